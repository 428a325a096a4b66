import { describe, expect, it } from "vitest";
import { gidsfunctieFteTotaal } from "../financiering/tabellen.js";
import { alleParameters, parameters } from "../parameters.js";
import { controleVoor, overschrijvingenProblemen, type Ondergrens } from "./overschrijving.js";
import type { Eenheid } from "./parameters.js";

const waardeProbleem = (eenheid: Eenheid, w: unknown, ondergrens?: Ondergrens) => controleVoor(eenheid, ondergrens).waarde(w);
const cent = controleVoor("cent");
import { parameterOp } from "./parameters.js";

describe("overschrijvingenProblemen", () => {
  it("geeft paden vanaf de overschrijving: zonder index bij één object, met index in een lijst", () => {
    expect(overschrijvingenProblemen(cent, { waarde: 1.5 })).toEqual([expect.objectContaining({ code: "ongeldige-waarde", pad: ["waarde"] })]);
    expect(overschrijvingenProblemen(cent, [{ waarde: 1 }, { waarde: 1.5, geldigVanaf: "2020-01-01" }]).map((p) => p.pad)).toEqual([[1, "waarde"], [1]]);
  });

  it("een lijst zonder overlap is goed; aangrenzende periodes overlappen niet, dezelfde dag wel", () => {
    const jaar = (j: number) => ({ waarde: j, geldigVanaf: `${j}-01-01`, geldigTot: `${j}-12-31` });
    expect(overschrijvingenProblemen(cent, [jaar(2026), jaar(2027), jaar(2025)])).toEqual([]);
    expect(overschrijvingenProblemen(cent, [jaar(2026), { waarde: 1, geldigVanaf: "2026-12-31", geldigTot: "2026-12-31" }])).toEqual([
      expect.objectContaining({ code: "inconsistent", pad: [1], tekst: expect.stringContaining("overschrijving [0]") }),
    ]);
    // ook als de latere overschrijving eindigt op de eerste dag van de eerdere
    expect(overschrijvingenProblemen(cent, [jaar(2026), { waarde: 1, geldigVanaf: "2025-01-01", geldigTot: "2026-01-01" }])).toEqual([
      expect.objectContaining({ code: "inconsistent", pad: [1], tekst: expect.stringContaining("overschrijving [0]") }),
    ]);
    // open einde aan beide kanten overlapt met alles
    expect(overschrijvingenProblemen(controleVoor("fte"), [jaar(2026), { waarde: 1 }])).toHaveLength(1);
    // een ongeldige periode telt niet mee voor overlap (die fout is al gemeld)
    expect(overschrijvingenProblemen(cent, [jaar(2026), { waarde: 1, geldigVanaf: "2026-02-30" }]).map((p) => p.code)).toEqual(["ongeldige-datum"]);
    expect(overschrijvingenProblemen(cent, [jaar(2026), { waarde: 1, geldigVanaf: "2026-06-01", geldigTot: "2026-01-01" }]).map((p) => p.code)).toEqual(["inconsistent"]);
  });

  it("controleert de waarde naar de eenheid", () => {
    expect(waardeProbleem("cent", 0)).toBeUndefined();
    expect(waardeProbleem("cent", Number.MAX_SAFE_INTEGER)).toBeUndefined();
    for (const w of [-1, 0.5, Number.MAX_SAFE_INTEGER + 1, "5", null, Number.NaN]) expect(waardeProbleem("cent", w), String(w)).toBeDefined();
    expect(waardeProbleem("fte", 0)).toBeUndefined();
    for (const w of [-0.01, Number.POSITIVE_INFINITY, Number.NaN, "1,35"]) expect(waardeProbleem("fte", w), String(w)).toBeDefined();
    for (const w of [1, 5, 1.5, 0.25, 1 / 12, 100]) expect(waardeProbleem("jaren", w), String(w)).toBeUndefined();
    for (const w of [0, -1, 2.3, 100.5, 101, "5", Number.NaN]) expect(waardeProbleem("jaren", w), String(w)).toBeDefined();
    // Minstens één maand: een looptijd die afgerond 0 maanden is, zou op de dag van vaststelling al verlopen.
    for (const w of [1e-11, 1e-9 / 12, 0.04]) expect(waardeProbleem("jaren", w), String(w)).toBeDefined();
    expect(waardeProbleem("jaren", 1 / 12 + 1e-12)).toBeUndefined();
    expect(waardeProbleem("datum", "2024-02-29")).toBeUndefined();
    expect(waardeProbleem("datum", "2024-01-01", { datum: "2025-01-01", omschrijving: "de grens" })).toEqual({ code: "te-klein", tekst: "2024-01-01 ligt vóór de grens (2025-01-01)" });
    expect(waardeProbleem("datum", "2025-01-01", { datum: "2025-01-01", omschrijving: "de grens" })).toBeUndefined();
  });

  it("elke waarde in de parametertabellen past bij de eenheid van haar parameter (ook andere en eerdere lezingen)", () => {
    for (const p of alleParameters()) {
      const lezingen = [...p.waarden.flatMap((w) => [w, ...(w.andereLezingen ?? [])]), ...(p.eerdereLezingen ?? [])];
      for (const l of lezingen) expect(waardeProbleem(p.eenheid, l.waarde), `${p.id}: ${String(l.waarde)}`).toBeUndefined();
      expect(p.ondergrens === undefined || p.eenheid === "datum", p.id).toBe(true);
    }
  });
});

describe("status 'aanname'", () => {
  it("de tolerantie bij de gidsfunctie is een aanname van de bibliotheek, geen bronwaarde", () => {
    const a = parameterOp(parameters.gidsfunctieTolerantie, "2026-07-01");
    expect(a).toMatchObject({ soort: "waarde", waarde: 0.05, status: "aanname", herkomst: "standaard", bron: { bron: "HRT", plaats: "§4.1" } });
    expect(a.soort === "waarde" && a.toelichting).toMatch(/^Aanname van de bibliotheek, geen waarde uit een bron/);
    // de bron noemt wel 2,7 fte (een bronwaarde), maar geen tolerantie
    expect(parameterOp(gidsfunctieFteTotaal, "2026-07-01")).toMatchObject({ status: "vastgesteld" });
  });

  it("alleen de tolerantie is een aanname; wie bronwaarden wil, filtert op status", () => {
    const aannames = alleParameters().filter((p) => p.waarden.some((w) => w.status === "aanname"));
    expect(aannames.map((p) => p.id)).toEqual(["gidsfunctie.tolerantie-fte"]);
    // een parameter die volgens haar titel een keuze van de bibliotheek is, heeft status aanname
    for (const p of alleParameters().filter((x) => /keuze van de bibliotheek/.test(x.titel))) {
      expect(p.waarden.every((w) => w.status === "aanname"), p.id).toBe(true);
    }
  });
});
