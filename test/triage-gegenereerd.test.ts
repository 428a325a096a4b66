import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { genereerBeslistabel } from "./tools/triage-beslistabel.js";
import { genereerTriagedoc } from "./tools/triagedoc.js";

/**
 * Gegenereerde bestanden van de triage. Bijwerken:
 * BIJWERKEN=1 npx vitest run test/triage-gegenereerd.test.ts
 */
function vergelijk(relatief: string, nieuw: string): void {
  const pad = new URL(relatief, import.meta.url);
  if (process.env["BIJWERKEN"]) writeFileSync(pad, nieuw);
  expect(readFileSync(pad, "utf8"), `${relatief} is verouderd; draai BIJWERKEN=1 npx vitest run test/triage-gegenereerd.test.ts`).toBe(nieuw);
}

describe("triage: gegenereerde bestanden", () => {
  it("src/triage/beslistabel.gen.ts volgt de ts-pattern-tabel", () => {
    vergelijk("../src/triage/beslistabel.gen.ts", genereerBeslistabel());
  });

  it("docs/triage.md volgt de regels (beslistabel, overdracht, verwijzingen, regelcatalogus)", () => {
    vergelijk("../docs/triage.md", genereerTriagedoc());
  });
});
