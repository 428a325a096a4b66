import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { alleParameters } from "../src/parameters.js";
import { parseInstellingen } from "../src/schemas.js";

/**
 * Het JSON Schema van de instellingen (voor teams zonder TypeScript) kent per parameter de eenheid
 * van de waarde: wat `parseInstellingen` om de eenheid weigert, weigert ajv ook. Controles over
 * velden heen (`geldigVanaf` ≤ `geldigTot`, geen overlap in een lijst) en de ondergrens van een
 * datum kan JSON Schema niet uitdrukken; die doet alleen `parseInstellingen` (en de functies).
 */
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const valideer = ajv.compile(JSON.parse(readFileSync(new URL("../src/json-schema/instellingen.schema.json", import.meta.url), "utf8")) as object);

describe("instellingen.schema.json: de eenheid per parameter", () => {
  it("noemt voor elke parameter de eenheid en de titel", () => {
    const schema = JSON.parse(readFileSync(new URL("../src/json-schema/instellingen.schema.json", import.meta.url), "utf8")) as {
      properties: { parameters: { properties: Record<string, { description: string }>; additionalProperties: boolean } };
    };
    const p = schema.properties.parameters;
    expect(p.additionalProperties).toBe(false);
    for (const x of alleParameters()) expect(p.properties[x.id]?.description, x.id).toBe(`${x.titel} (eenheid: ${x.eenheid})`);
  });

  it.each<[string, unknown]>([
    ["een bedrag met een halve cent", { "regio.impulsbudget": { waarde: 827390.5 } }],
    ["een bedrag als tekst", { "regio.impulsbudget": { waarde: "82739000" } }],
    ["een negatief bedrag", { "vwnw.impuls": [{ waarde: -1 }] }],
    ["negatieve fte", { "gidsfunctie.fte-uwv": { waarde: -1 } }],
    ["een datum als getal", { "werkcentrum.werkgeversdienstverlening-vanaf": { waarde: 12 } }],
    ["een datum die niet bestaat", { "wet.inwerkingtreding": { waarde: "2027-13-01" } }],
    ["een periode bij een datumparameter", { "wet.inwerkingtreding": { waarde: "2027-01-01", geldigTot: "2027-12-31" } }],
    ["looptijd 0", { "agenda.beleidsagenda.looptijd": { waarde: 0 } }],
    ["looptijd van 101 jaar", { "agenda.beleidsagenda.looptijd": { waarde: 101 } }],
    ["een getal in plaats van een overschrijving", { "gidsfunctie.fte-totaal": 3 }],
    ["een onbekend veld", { "gidsfunctie.fte-totaal": { waarde: 2.7, bron: "HRT" } }],
    ["een onbekend parameter-id", { "regio.impulsbudet": { waarde: 1 } }],
  ])("ajv en parseInstellingen weigeren allebei %s", (_, parameters) => {
    expect(parseInstellingen({ parameters }).ok).toBe(false);
    expect(valideer({ parameters })).toBe(false);
  });

  it("geldige overschrijvingen in elke eenheid accepteren ze allebei", () => {
    const goed = {
      verloopvensterMaanden: 6,
      parameters: {
        "regio.impulsbudget": [{ waarde: 82_800_000, geldigVanaf: "2026-01-01", geldigTot: "2026-12-31", toelichting: "Meicirculaire 2025" }],
        "gidsfunctie.fte-uwv": { waarde: 1.35 },
        "wet.inwerkingtreding": { waarde: "2027-01-01" },
        "agenda.uitvoeringsagenda.looptijd": { waarde: 1.5 },
      },
    };
    expect(parseInstellingen(goed).ok).toBe(true);
    expect(valideer(goed), JSON.stringify(valideer.errors)).toBe(true);
  });

  it("wat JSON Schema niet kan uitdrukken, weigert alleen parseInstellingen (gedocumenteerd)", () => {
    for (const parameters of [
      { "regio.impulsbudget": { waarde: 1, geldigVanaf: "2026-12-31", geldigTot: "2026-01-01" } },
      { "regio.impulsbudget": [{ waarde: 1 }, { waarde: 2 }] },
      { "wet.inwerkingtreding": { waarde: "2024-06-01" } },
      { "agenda.beleidsagenda.looptijd": { waarde: 2.3 } },
    ]) {
      expect(parseInstellingen({ parameters }).ok, JSON.stringify(parameters)).toBe(false);
      expect(valideer({ parameters }), JSON.stringify(parameters)).toBe(true);
    }
    // De inwerkingtreding op twee plekken.
    const dubbel = { inwerkingtreding: "2027-01-01", parameters: { "wet.inwerkingtreding": { waarde: "2027-01-01" } } };
    expect(parseInstellingen(dubbel).ok).toBe(false);
    expect(valideer(dubbel)).toBe(true);
  });
});
