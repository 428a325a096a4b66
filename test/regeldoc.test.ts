import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { regelcatalogus } from "../src/regels.js";
import { commandos } from "../src/cli/cli.js";
import { helpVoor } from "../src/cli/commando.js";
import { genereerBronnendoc, genereerClidoc, genereerParameterdoc, genereerRegeldoc } from "./tools/regeldoc.js";
import { alleParameters } from "../src/parameters.js";
import { mijlpalen } from "../src/tijd/mijlpalen.js";
import { formatBedrag } from "../src/financiering/bedrag.js";

/** docs/regels.md, docs/bronnen.md en docs/cli.md zijn gegenereerd. Bijwerken: BIJWERKEN=1 npx vitest run test/regeldoc.test.ts */
describe("docs/regels.md", () => {
  it("is actueel met de regelcatalogus", () => {
    const pad = new URL("../docs/regels.md", import.meta.url);
    const nieuw = genereerRegeldoc(regelcatalogus);
    if (process.env["BIJWERKEN"]) writeFileSync(pad, nieuw);
    expect(readFileSync(pad, "utf8")).toBe(nieuw);
  });

  it("docs/bronnen.md is actueel met het bronnenregister", () => {
    const pad = new URL("../docs/bronnen.md", import.meta.url);
    const nieuw = genereerBronnendoc();
    if (process.env["BIJWERKEN"]) writeFileSync(pad, nieuw);
    expect(readFileSync(pad, "utf8")).toBe(nieuw);
  });

  it("docs/parameters-en-mijlpalen.md is actueel met de parameters en mijlpalen", () => {
    const pad = new URL("../docs/parameters-en-mijlpalen.md", import.meta.url);
    const nieuw = genereerParameterdoc(alleParameters(), mijlpalen(), { bedrag: formatBedrag });
    if (process.env["BIJWERKEN"]) writeFileSync(pad, nieuw);
    expect(readFileSync(pad, "utf8")).toBe(nieuw);
    // Elk id staat erin, precies één keer als rij.
    for (const id of [...alleParameters().map((p) => p.id), ...mijlpalen().map((m) => m.id)]) expect(nieuw.split("\n").filter((r) => r.startsWith(`| \`${id}\` |`)), id).toHaveLength(1);
  });

  it("docs/cli.md is actueel met de commando's", () => {
    const pad = new URL("../docs/cli.md", import.meta.url);
    const nieuw = genereerClidoc(commandos, helpVoor);
    if (process.env["BIJWERKEN"]) writeFileSync(pad, nieuw);
    expect(readFileSync(pad, "utf8")).toBe(nieuw);
  });
});
