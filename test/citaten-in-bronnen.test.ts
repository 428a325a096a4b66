import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as bibliotheek from "../src/index.js";

/**
 * Elk citaat (`{ bron, plaats, citaat }`) dat de bibliotheek uit een van de vijf brondocumenten
 * aanhaalt, staat letterlijk in dat document. De teksten staan in `test/fixtures/bronnen/`
 * (overgenomen uit de brondocumenten van het project). Letterlijk betekent: dezelfde woorden in
 * dezelfde volgorde; witruimte, regelovergangen, opmaaktags (`<b>`), afbreekstreepjes aan het eind
 * van een regel en de soort aanhalingsteken of apostrof (' of ’) tellen niet. `…` in een citaat
 * slaat een stuk over (hoogstens 600 tekens).
 *
 * Gezocht wordt in alles wat de hoofd-entry exporteert (regelcatalogus, parameters, tabellen,
 * mijlpalen, bronnen van functies zonder argumenten niet), plus `alleParameters()` en `mijlpalen()`.
 */
const wortel = new URL("../", import.meta.url).pathname;
const DOCUMENTEN = ["KB2022", "KB2024", "HRT", "NOTA2026", "VERSLAG2022"] as const;
const teksten: Record<string, string> = Object.fromEntries(DOCUMENTEN.map((d) => [d, readFileSync(join(wortel, "test/fixtures/bronnen", `${d}.txt`), "utf8")]));

const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const teken = (c: string) => (/['’‘]/.test(c) ? "['’‘]" : /["“”«»]/.test(c) ? '["“”«»]' : esc(c));
const TUSSEN_LETTERS = "(?:-?[ \\t]*\\n\\s*|<[^>]+>)*";
const TUSSEN_WOORDEN = "(?:\\s|<[^>]+>)+";

/** Het citaat als patroon (zie boven wat niet telt). */
export function patroon(citaat: string): RegExp {
  const delen = citaat
    .split("…")
    .map((d) => d.trim())
    .filter((d) => d !== "");
  return new RegExp(delen.map((d) => d.split(/\s+/).map((w) => [...w].map(teken).join(TUSSEN_LETTERS)).join(TUSSEN_WOORDEN)).join("[\\s\\S]{0,600}?"));
}

interface Gevonden {
  readonly waar: string;
  readonly bron: string;
  readonly plaats: string;
  readonly citaat: string;
}

/** Alle citaten in een waarde (diep), met het pad waar ze staan. */
function verzamel(w: unknown, waar: string, uit: Gevonden[], gezien: Set<object>): void {
  if (typeof w !== "object" || w === null || gezien.has(w)) return;
  gezien.add(w);
  if (Array.isArray(w)) {
    w.forEach((x, i) => verzamel(x, `${waar}[${i}]`, uit, gezien));
    return;
  }
  const o = w as Record<string, unknown>;
  if (typeof o["bron"] === "string" && typeof o["plaats"] === "string" && typeof o["citaat"] === "string") {
    uit.push({ waar, bron: o["bron"], plaats: o["plaats"], citaat: o["citaat"] });
  }
  for (const [k, v] of Object.entries(o)) verzamel(v, `${waar}.${k}`, uit, gezien);
}

const gevonden: Gevonden[] = [];
const gezien = new Set<object>();
for (const [naam, w] of Object.entries(bibliotheek)) verzamel(w, naam, gevonden, gezien);
verzamel(bibliotheek.alleParameters(), "alleParameters()", gevonden, gezien);
verzamel(bibliotheek.mijlpalen(), "mijlpalen()", gevonden, gezien);
const uitDocumenten = gevonden.filter((g) => (DOCUMENTEN as readonly string[]).includes(g.bron));

describe("citaten staan letterlijk in hun bron", () => {
  it("er zijn genoeg citaten uit de vijf documenten gevonden (de zoektocht zelf werkt)", () => {
    expect(uitDocumenten.length).toBeGreaterThan(150);
    for (const d of DOCUMENTEN) expect(uitDocumenten.some((g) => g.bron === d), d).toBe(true);
  });

  it("het patroon vindt een echt citaat en mist een verzonnen", () => {
    expect(patroon("Het Regionaal Beraad stelt de regionale meerjarenagenda vast.").test(teksten["KB2024"]!)).toBe(true);
    expect(patroon("Het Regionaal Beraad stelt de landelijke meerjarenagenda vast.").test(teksten["KB2024"]!)).toBe(false);
    // Over een regelovergang en met een andere apostrof.
    expect(patroon("jongeren tot 27 jaar te ondersteunen bij de overgang van school naar werk").test(teksten["HRT"]!)).toBe(true);
    expect(patroon("Arbeidsmarktregio's gaan de naam Werkcentrum gebruiken").test(teksten["HRT"]!)).toBe(true);
  });

  it("elk citaat uit KB2022, KB2024, HRT, NOTA2026 en VERSLAG2022 staat in het document", () => {
    const niet = uitDocumenten.filter((g) => !patroon(g.citaat).test(teksten[g.bron]!)).map((g) => `${g.waar}: ${g.bron} ${g.plaats}: "${g.citaat}"`);
    expect([...new Set(niet)]).toEqual([]);
  });
});
