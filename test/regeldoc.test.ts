import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { regelcatalogus } from "../src/regels.js";
import { genereerRegeldoc } from "./tools/regeldoc.js";

/** docs/regels.md is gegenereerd. Bijwerken: BIJWERKEN=1 npx vitest run test/regeldoc.test.ts */
describe("docs/regels.md", () => {
  it("is actueel met de regelcatalogus", () => {
    const pad = new URL("../docs/regels.md", import.meta.url);
    const nieuw = genereerRegeldoc(regelcatalogus);
    if (process.env["BIJWERKEN"]) writeFileSync(pad, nieuw);
    expect(readFileSync(pad, "utf8")).toBe(nieuw);
  });
});
