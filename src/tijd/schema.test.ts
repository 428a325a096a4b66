import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { regionaleMiddelen } from "../financiering/middelen.js";
import { alleParameters } from "../parameters.js";
import { OngeldigeInvoerFout, type Issue } from "../result.js";
import type { Instellingen } from "./instellingen.js";
import { mijlpalen } from "./mijlpalen.js";
import { parameterOp, type Eenheid } from "./parameters.js";
import { parseInstellingen, ParameterOverschrijvingSchema } from "./schema.js";
import { fase } from "./fase.js";
import { inwerkingtreding } from "./wet.js";

/** Een geldige waarde per eenheid. */
const GOED: Record<Eenheid, number | string> = { cent: 82_739_000, fte: 1.35, datum: "2027-01-01", jaren: 5 };

function problemen(invoer: unknown): readonly Pick<Issue, "code" | "path" | "message">[] {
  const r = parseInstellingen(invoer);
  return r.ok ? [] : r.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
}

describe("parseInstellingen", () => {
  it("accepteert een geldige overschrijving van elke bekende parameter, als object en als lijst", () => {
    for (const p of alleParameters()) {
      expect(parseInstellingen({ parameters: { [p.id]: { waarde: GOED[p.eenheid] } } }).ok, p.id).toBe(true);
      expect(parseInstellingen({ parameters: { [p.id]: [{ waarde: GOED[p.eenheid], toelichting: "eigen keuze" }] } }).ok, p.id).toBe(true);
    }
    expect(parseInstellingen({ inwerkingtreding: "2025-01-01" }).ok).toBe(true);
    expect(parseInstellingen({ parameters: { "agenda.uitvoeringsagenda.looptijd": { waarde: 1.5 } } }).ok).toBe(true); // 18 maanden
    expect(
      parseInstellingen({
        parameters: {
          "regio.impulsbudget": [
            { waarde: 82_800_000, geldigVanaf: "2026-01-01", geldigTot: "2026-12-31" },
            { waarde: 111_700_000, geldigVanaf: "2027-01-01", geldigTot: "2027-01-01" },
          ],
        },
      }).ok,
    ).toBe(true);
  });

  it.each<[string, unknown, Pick<Issue, "code" | "path">, RegExp]>([
    ["een bedrag met een halve cent", { "regio.impulsbudget": { waarde: 827390.5 } }, { code: "ongeldige-waarde", path: ["parameters", "regio.impulsbudget", "waarde"] }, /verwacht een geheel, niet-negatief aantal eurocenten .*, ontvangen het getal 827390\.5$/],
    ["een bedrag als tekst", { "regio.impulsbudget": { waarde: "82739000" } }, { code: "ongeldige-waarde", path: ["parameters", "regio.impulsbudget", "waarde"] }, /ontvangen de tekst "82739000"$/],
    ["een negatief bedrag", { "vwnw.impuls": { waarde: -1 } }, { code: "ongeldige-waarde", path: ["parameters", "vwnw.impuls", "waarde"] }, /eurocenten/],
    ["een bedrag boven 2^53", { "landelijk.totaal": { waarde: 2 ** 53 } }, { code: "ongeldige-waarde", path: ["parameters", "landelijk.totaal", "waarde"] }, /eurocenten/],
    ["negatieve fte", { "gidsfunctie.fte-uwv": { waarde: -1 } }, { code: "ongeldige-waarde", path: ["parameters", "gidsfunctie.fte-uwv", "waarde"] }, /verwacht een niet-negatief aantal fte .*, ontvangen het getal -1$/],
    ["fte als tekst met komma", { "gidsfunctie.fte-totaal": { waarde: "2,7" } }, { code: "ongeldige-waarde", path: ["parameters", "gidsfunctie.fte-totaal", "waarde"] }, /fte/],
    ["een datum die niet bestaat", { "wet.inwerkingtreding": { waarde: "2027-13-01" } }, { code: "ongeldige-datum", path: ["parameters", "wet.inwerkingtreding", "waarde"] }, /^parameters\["wet\.inwerkingtreding"\]\.waarde: 2027-13-01 is geen bestaande datum: maand 13 bestaat niet$/],
    ["een datum als getal", { "werkcentrum.werkgeversdienstverlening-vanaf": { waarde: 12 } }, { code: "ongeldig-type", path: ["parameters", "werkcentrum.werkgeversdienstverlening-vanaf", "waarde"] }, /verwacht een datum als tekst \(JJJJ-MM-DD\), ontvangen het getal 12$/],
    ["een inwerkingtreding vóór de transitie", { "wet.inwerkingtreding": { waarde: "2024-12-31" } }, { code: "te-klein", path: ["parameters", "wet.inwerkingtreding", "waarde"] }, /2024-12-31 ligt vóór het begin van de transitieperiode \(2025-01-01\)$/],
    ["een periode bij een datumparameter", { "wet.inwerkingtreding": { waarde: "2027-01-01", geldigVanaf: "2026-01-01" } }, { code: "ongeldige-waarde", path: ["parameters", "wet.inwerkingtreding", "geldigVanaf"] }, /geen geldigheidsperiode/],
    ["looptijd 0", { "agenda.beleidsagenda.looptijd": { waarde: 0 } }, { code: "ongeldige-waarde", path: ["parameters", "agenda.beleidsagenda.looptijd", "waarde"] }, /een positief aantal jaren in hele maanden/],
    ["looptijd 2,3 jaar (geen hele maanden)", { "agenda.beleidsagenda.looptijd": { waarde: 2.3 } }, { code: "ongeldige-waarde", path: ["parameters", "agenda.beleidsagenda.looptijd", "waarde"] }, /ontvangen het getal 2\.3$/],
    ["looptijd van 101 jaar", { "agenda.uitvoeringsagenda.looptijd": { waarde: 101 } }, { code: "ongeldige-waarde", path: ["parameters", "agenda.uitvoeringsagenda.looptijd", "waarde"] }, /hoogstens 100/],
    ["geldigVanaf na geldigTot", { "regio.impulsbudget": { waarde: 1, geldigVanaf: "2026-12-31", geldigTot: "2026-01-01" } }, { code: "inconsistent", path: ["parameters", "regio.impulsbudget", "geldigTot"] }, /2026-01-01 ligt vóór geldigVanaf 2026-12-31/],
    ["overlappende overschrijvingen", { "regio.impulsbudget": [{ waarde: 1, geldigVanaf: "2026-01-01", geldigTot: "2026-12-31" }, { waarde: 2, geldigVanaf: "2026-12-31" }] }, { code: "inconsistent", path: ["parameters", "regio.impulsbudget", 1] }, /overlapt met die van overschrijving \[0\]/],
    ["twee datums voor dezelfde datumparameter", { "wet.inwerkingtreding": [{ waarde: "2027-01-01" }, { waarde: "2028-01-01" }] }, { code: "inconsistent", path: ["parameters", "wet.inwerkingtreding", 1] }, /overlapt/],
    ["een getal in plaats van een overschrijving", { "gidsfunctie.fte-totaal": 3 }, { code: "ongeldig-type", path: ["parameters", "gidsfunctie.fte-totaal"] }, /^parameters\["gidsfunctie\.fte-totaal"\]: verwacht een overschrijving \{ waarde, geldigVanaf\?, geldigTot\?, toelichting\? \} of een lijst daarvan, ontvangen het getal 3$/],
    ["een overschrijving zonder waarde", { "gidsfunctie.fte-totaal": { toelichting: "x" } }, { code: "verplicht", path: ["parameters", "gidsfunctie.fte-totaal", "waarde"] }, /verplicht veld ontbreekt/],
    ["een onbekend veld in een overschrijving", { "gidsfunctie.fte-totaal": { waarde: 2.7, bron: "HRT" } }, { code: "onbekend-veld", path: ["parameters", "gidsfunctie.fte-totaal", "bron"] }, /onbekend veld "bron"; bekend zijn: waarde, geldigVanaf, geldigTot, toelichting$/],
    ["een toelichting die geen tekst is", { "gidsfunctie.fte-totaal": { waarde: 2.7, toelichting: 5 } }, { code: "ongeldig-type", path: ["parameters", "gidsfunctie.fte-totaal", "toelichting"] }, /verwacht een tekst, ontvangen het getal 5$/],
  ])("weigert %s, met pad en melding", (_, parameters, verwacht, melding) => {
    const p = problemen({ parameters });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject(verwacht);
    expect(p[0]!.message).toMatch(melding);
  });

  it.each([
    ["2024-06-01", "te-klein", /^inwerkingtreding: 2024-06-01 ligt vóór het begin van de transitieperiode \(2025-01-01\); of gebruik "onbekend"$/],
    ["2026-02-30", "ongeldige-datum", /februari 2026 heeft 28 dagen; of gebruik "onbekend"$/],
    ["binnenkort", "ongeldig-formaat", /"binnenkort" heeft niet de vorm JJJJ-MM-DD/],
  ])("weigert inwerkingtreding %s (vóór 2025-01-01 zou fase weigeren)", (waarde, code, melding) => {
    const p = problemen({ inwerkingtreding: waarde });
    expect(p).toMatchObject([{ code, path: ["inwerkingtreding"] }]);
    expect(p[0]!.message).toMatch(melding);
  });

  it("geeft alle problemen tegelijk", () => {
    const p = problemen({
      inwerkingtreding: "2024-06-01",
      extra: 1,
      parameters: {
        "regio.impulsbudget": [{ waarde: 1.5, bron: "x" }, 4, { waarde: 1, geldigVanaf: "2027-01-01", geldigTot: "2026-01-01" }],
        "gidsfunctie.fte-uwv": { waarde: -1 },
        "regio.impulsbudet": { waarde: 1 },
      },
    });
    expect(p.map((i) => [i.code, i.path.join(".")])).toEqual(
      expect.arrayContaining([
        ["te-klein", "inwerkingtreding"],
        ["onbekend-veld", "extra"],
        ["onbekend-veld", "parameters.regio.impulsbudget.0.bron"],
        ["ongeldige-waarde", "parameters.regio.impulsbudget.0.waarde"],
        ["ongeldig-type", "parameters.regio.impulsbudget.1"],
        ["inconsistent", "parameters.regio.impulsbudget.2.geldigTot"],
        ["ongeldige-waarde", "parameters.gidsfunctie.fte-uwv.waarde"],
        ["onbekend-veld", "parameters.regio.impulsbudet"],
      ]),
    );
    expect(p).toHaveLength(8);
  });

  it("ParameterOverschrijvingSchema (los van de parameter) weigert een omgekeerde periode", () => {
    expect(ParameterOverschrijvingSchema.safeParse({ waarde: 1, geldigVanaf: "2026-01-01", geldigTot: "2026-12-31" }).success).toBe(true);
    const r = ParameterOverschrijvingSchema.safeParse({ waarde: 1, geldigVanaf: "2026-12-31", geldigTot: "2026-01-01" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ["geldigTot"], message: expect.stringContaining("ligt vóór geldigVanaf") });
  });

  it("meldt een onbekend parameter-id (met de bekende ids) in plaats van het stil te negeren", () => {
    const r = parseInstellingen({ parameters: { "regio.impulsbudget": { waarde: 100 }, "regio.impulsbudet": { waarde: 200 } } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: "onbekend-veld", path: ["parameters", "regio.impulsbudet"] });
    expect(r.issues[0]!.message).toMatch(/^parameters\["regio\.impulsbudet"\]: onbekende parameter "regio\.impulsbudet"; bekend zijn: wet\.inwerkingtreding, werkcentrum\.werkgeversdienstverlening-vanaf, regio\.impulsbudget, /);
  });

  it("onbekende velden en ongeldige vensters met pad", () => {
    const r = parseInstellingen({ inwerkingtreding: "2027-02-30", verloopvensterMaanden: 61, extra: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["inwerkingtreding", "verloopvensterMaanden", "extra"]));
  });

  it("wat parseInstellingen accepteert, accepteren de functies ook; wat het weigert, weigeren ze ook (dezelfde controle)", () => {
    const datum = fc.constantFrom("2024-12-31", "2025-01-01", "2026-07-01", "2026-02-30", "2026-13-01", "2026-1-1", "morgen");
    const waarde = fc.oneof(
      fc.constantFrom<unknown>(0, 1, -1, 1.35, 1.5, 2.3, 101, 2 ** 53, Number.NaN, "1", "82739000", null, true),
      fc.integer({ min: -5, max: 200_000_000 }),
      datum,
    );
    const overschrijving = fc.oneof(
      fc.record({ waarde, geldigVanaf: datum, geldigTot: datum, toelichting: fc.constantFrom<unknown>("t", 5) }, { requiredKeys: [] }),
      fc.constantFrom<unknown>(3, "x", null),
    );
    const ids = alleParameters().map((p) => p.id);
    const geteld = { goed: 0, fout: 0 };
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.oneof(overschrijving, fc.array(overschrijving, { maxLength: 3 })), (id, o) => {
        const instellingen = { parameters: { [id]: o } } as unknown as Instellingen;
        const geparst = parseInstellingen(instellingen).ok;
        const p = alleParameters().find((x) => x.id === id)!;
        let gebruikt = true;
        try {
          parameterOp(p, "2026-07-01", instellingen);
          if (id === "wet.inwerkingtreding") fase("2026-07-01", instellingen);
        } catch (e) {
          if (!(e instanceof OngeldigeInvoerFout)) throw e;
          gebruikt = false;
        }
        expect(gebruikt, JSON.stringify(o)).toBe(geparst);
        geteld[geparst ? "goed" : "fout"]++;
      }),
      { seed: 20261127, numRuns: 3000 },
    );
    // beide kanten komen ruim voor (anders bewijst de eigenschap niets)
    expect(geteld.goed).toBeGreaterThan(200);
    expect(geteld.fout).toBeGreaterThan(200);
  });

  it("de audit-gevallen gooien nu al bij het lezen, niet pas later of nooit (regionaleMiddelen, inwerkingtreding, mijlpalen)", () => {
    const omgekeerd: Instellingen = { parameters: { "regio.impulsbudget": { waarde: 1, geldigVanaf: "2026-12-31", geldigTot: "2026-01-01" } } };
    expect(parseInstellingen(omgekeerd).ok).toBe(false);
    // voorheen: stil de waarde uit HRT Tabel 4
    expect(() => regionaleMiddelen(2026, omgekeerd)).toThrow(/geldigTot: 2026-01-01 ligt vóór geldigVanaf 2026-12-31/);
    const periode: Instellingen = { parameters: { "wet.inwerkingtreding": { waarde: "2027-01-01", geldigVanaf: "2026-01-01" } } };
    expect(parseInstellingen(periode).ok).toBe(false);
    // voorheen: stil de standaarddatum (de overschrijving gold niet op 2025-01-01)
    expect(() => inwerkingtreding(periode)).toThrow(OngeldigeInvoerFout);
    expect(() => mijlpalen({ parameters: { "werkcentrum.werkgeversdienstverlening-vanaf": { waarde: "2027-01-01", geldigTot: "2027-12-31" } } })).toThrow(/geen geldigheidsperiode/);
  });
});
