import { describe, expect, it } from "vitest";
import { citeer } from "../bronnen/citaat.js";
import { OngeldigeInvoerFout } from "../result.js";
import { parameterOp, perJaar, waarde, type Parameter } from "./parameters.js";

const bron = citeer("HRT", "§2.1 Tabel 4");
const tabel: Parameter<number> = {
  id: "test.tabel",
  titel: "test",
  eenheid: "cent",
  waarden: [
    ...perJaar([[2025, 100], [2026, 200]], "onder-voorbehoud", bron),
    waarde(400, "beoogd", bron, { vanaf: "2028-01-01", tot: "2028-12-31", andereLezingen: [{ waarde: 0, status: "beoogd", bron: citeer("NOTA2026", "punt 2") }] }),
  ],
};

describe("parameterOp", () => {
  it("geeft de waarde die op de peildatum geldt, met status en bron", () => {
    const a = parameterOp(tabel, "2026-12-31");
    expect(a).toMatchObject({ soort: "waarde", waarde: 200, status: "onder-voorbehoud", herkomst: "standaard", bron, geldigVanaf: "2026-01-01", geldigTot: "2026-12-31" });
  });

  it("geeft vóór de eerste waarde 'nog-niet-geldig', nooit een stille nul", () => {
    expect(parameterOp(tabel, "2024-12-31")).toMatchObject({ soort: "geen-waarde", reden: "nog-niet-geldig", eersteGeldigVanaf: "2025-01-01" });
  });

  it("valt niet terug op een oudere waarde in een gat of na het einde", () => {
    expect(parameterOp(tabel, "2027-06-01")).toMatchObject({ soort: "geen-waarde", reden: "gat" });
    expect(parameterOp(tabel, "2029-01-01")).toMatchObject({ soort: "geen-waarde", reden: "vervallen", laatstGeldigTot: "2028-12-31" });
  });

  it("toont andere lezingen van andere bronnen", () => {
    const a = parameterOp(tabel, "2028-05-05");
    expect(a.soort === "waarde" && a.andereLezingen).toEqual([{ waarde: 0, status: "beoogd", bron: citeer("NOTA2026", "punt 2") }]);
  });

  it("laat een overschrijving uit de instellingen voorgaan, binnen haar periode", () => {
    const instellingen = { parameters: { "test.tabel": { waarde: 150, geldigVanaf: "2026-01-01", geldigTot: "2026-12-31", toelichting: "Meicirculaire 2025" } } };
    const a = parameterOp(tabel, "2026-03-01", instellingen);
    expect(a).toMatchObject({ soort: "waarde", waarde: 150, status: "instelling", herkomst: "instelling", toelichting: "Meicirculaire 2025" });
    expect(a.soort === "waarde" && a.andereLezingen[0]?.waarde).toBe(200);
    expect(parameterOp(tabel, "2025-03-01", instellingen)).toMatchObject({ waarde: 100, herkomst: "standaard" });
    // Een overschrijving kan ook een gat vullen.
    expect(parameterOp(tabel, "2027-03-01", { parameters: { "test.tabel": [{ waarde: 1, geldigVanaf: "2027-01-01", geldigTot: "2027-12-31" }] } })).toMatchObject({ waarde: 1, herkomst: "instelling" });
  });

  it("weigert ongeldige overschrijvingen en peildata met een duidelijke melding", () => {
    expect(() => parameterOp(tabel, "2026-02-30")).toThrow(OngeldigeInvoerFout);
    expect(() => parameterOp(tabel, "2026-01-01", { parameters: { "test.tabel": { waarde: 1.5 } } })).toThrow(/geheel, niet-negatief aantal eurocenten/);
    expect(() => parameterOp(tabel, "2026-01-01", { parameters: { "test.tabel": { waarde: 1, geldigVanaf: "2026-13-01" } } })).toThrow(/geldigVanaf/);
  });

  it("muteert de tabel en de instellingen niet", () => {
    const instellingen = Object.freeze({ parameters: Object.freeze({ "test.tabel": Object.freeze({ waarde: 5 }) }) });
    const kopie = JSON.stringify(tabel);
    parameterOp(Object.freeze(tabel), "2026-01-01", instellingen);
    expect(JSON.stringify(tabel)).toBe(kopie);
  });
});
