import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bronnen } from "../src/bronnen/bronnen.js";
import { alleParameters } from "../src/parameters.js";
import { arbeidsmarktregios, gemeenten, oudeGemeenten } from "../src/regio/regio.js";
import { mijlpalen } from "../src/tijd/mijlpalen.js";
import { DATAVERSIE, VERSIE } from "../src/versie.js";

describe("versies", () => {
  it("VERSIE is die van package.json", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(VERSIE).toBe(pkg.version);
  });

  it("de vingerafdruk van de gegevens hoort bij DATAVERSIE (verhoog DATAVERSIE bij een wijziging)", () => {
    const gegevens = JSON.stringify({ bronnen, parameters: alleParameters(), regios: arbeidsmarktregios, gemeenten, oudeGemeenten, mijlpalen: mijlpalen() });
    const hash = createHash("sha256").update(gegevens).digest("hex").slice(0, 16);
    expect({ DATAVERSIE, hash }).toMatchInlineSnapshot(`
      {
        "DATAVERSIE": "2026.11.5",
        "hash": "c2a39f3e8b2a4fb7",
      }
    `);
  });
});
