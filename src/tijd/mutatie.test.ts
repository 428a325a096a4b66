import { describe, expect, it } from "vitest";
import { citeer } from "../bronnen/citaat.js";
import { looptijdBeleidsagenda } from "../agenda/termijnen.js";
import { gidsfunctieFteUwv, impulsbudgetPerRegio } from "../financiering/tabellen.js";
import { fase } from "./fase.js";
import { parameterOp, type Parameter } from "./parameters.js";
import { beschrijfType, controleerPeildatum, parsePeildatum, peildatum, type Peildatum } from "./peildatum.js";
import { BEGIN_TRANSITIE, inwerkingtreding, inwerkingtredingWet } from "./wet.js";
import { vangFout } from "../../test/hulp/fout.js";

/**
 * Aanvullende tests voor tijd (peildatum, parameters, inwerkingtreding, fase), gevonden met
 * mutatietesten (docs/mutatietesten.md): grensdagen van geldigheidsperioden, de paden en codes
 * van fouten in instellingen, en welke velden een antwoord wel of niet heeft.
 */

const fout = vangFout;
const BRON = citeer("HRT", "§1");

describe("peildatum", () => {
  it("het standaardpad is ['peildatum'], ook bij parsePeildatum en peildatum()", () => {
    expect(controleerPeildatum("2026-13-01")).toMatchObject({ code: "ongeldige-datum", path: ["peildatum"] });
    expect(parsePeildatum("2026-02-30")).toStrictEqual({ ok: false, issues: [expect.objectContaining({ code: "ongeldige-datum", path: ["peildatum"] })] });
    expect(parsePeildatum("2026-02-28")).toStrictEqual({ ok: true, value: "2026-02-28" });
    expect(parsePeildatum(5, ["x", "datum"])).toMatchObject({ ok: false, issues: [{ path: ["x", "datum"], message: expect.stringMatching(/^x\.datum: /) }] });
    expect(fout(() => peildatum("2026-02-30"))).toMatchObject({ path: ["peildatum"], code: "ongeldige-datum" });
  });

  it("jaar 0000 bestaat niet", () => {
    expect(controleerPeildatum("0000-01-01")).toStrictEqual({ code: "ongeldige-datum", path: ["peildatum"], message: "peildatum: jaar 0000 bestaat niet" });
  });

  it("beschrijfType noemt het soort waarde (voor meldingen over een verkeerd type)", () => {
    expect(beschrijfType(null)).toBe("null");
    expect(beschrijfType([1])).toBe("een lijst");
    expect(beschrijfType({})).toBe("een object");
    expect(beschrijfType(true)).toBe("de waarde true");
    expect(beschrijfType(undefined)).toBe("niets");
    expect(beschrijfType(5)).toBe("het getal 5");
    expect(beschrijfType(10n)).toBe("bigint");
    expect(beschrijfType(() => 1)).toBe("function");
    expect(beschrijfType("a".repeat(40))).toBe(`de tekst "${"a".repeat(40)}"`);
    expect(beschrijfType("a".repeat(41))).toBe(`de tekst "${"a".repeat(40)}…"`);
  });
});

describe("inwerkingtreding", () => {
  it("standaard: 1 juli 2026 (beoogd) met bron en de opmerking uit NOTA2026", () => {
    const i = inwerkingtreding();
    expect(i).toMatchObject({ datum: "2026-07-01", status: "beoogd", herkomst: "standaard", bron: { bron: "HRT" } });
    expect(i.opmerkingen.length).toBeGreaterThan(0);
    expect(i.opmerkingen).toEqual(inwerkingtredingWet.opmerkingen);
  });

  it("'onbekend' en een eigen datum: instelling, zonder bron, met dezelfde opmerkingen", () => {
    const opmerkingen = inwerkingtredingWet.opmerkingen;
    expect(inwerkingtreding({ inwerkingtreding: "onbekend" })).toStrictEqual({ datum: null, status: "instelling", herkomst: "instelling", opmerkingen });
    expect(inwerkingtreding({ inwerkingtreding: "2025-01-01" })).toStrictEqual({ datum: "2025-01-01", status: "instelling", herkomst: "instelling", opmerkingen });
  });

  it("een datum vóór het begin van de transitieperiode of een ongeldige datum: fout op het veld", () => {
    expect(fout(() => inwerkingtreding({ inwerkingtreding: "2024-12-31" }))).toMatchObject({ code: "te-klein", path: ["instellingen", "inwerkingtreding"] });
    const f = fout(() => inwerkingtreding({ inwerkingtreding: "2026-02-30" }));
    expect(f).toMatchObject({ code: "ongeldige-datum", path: ["instellingen", "inwerkingtreding"] });
    expect(f.message).toContain('of gebruik "onbekend"');
  });

  it("via de parameter wet.inwerkingtreding: zonder bron; vóór 2025 een fout op de parameter", () => {
    expect(inwerkingtreding({ parameters: { "wet.inwerkingtreding": { waarde: "2025-01-01" } } })).toStrictEqual({
      datum: "2025-01-01",
      status: "instelling",
      herkomst: "instelling",
      opmerkingen: inwerkingtredingWet.opmerkingen,
    });
    expect(fout(() => inwerkingtreding({ parameters: { "wet.inwerkingtreding": { waarde: "2024-12-31" } } }))).toMatchObject({
      code: "te-klein",
      path: ["instellingen", "parameters", "wet.inwerkingtreding", "waarde"],
      message: 'instellingen.parameters["wet.inwerkingtreding"].waarde: 2024-12-31 ligt vóór het begin van de transitieperiode (2025-01-01)',
    });
  });

  it("een fout in de instellingen noemt het hele veld, gelijk aan het pad", () => {
    expect(fout(() => inwerkingtreding({ parameters: { "wet.inwerkingtreding": { waarde: "2027-13-01" } } }))).toMatchObject({
      code: "ongeldige-datum",
      path: ["instellingen", "parameters", "wet.inwerkingtreding", "waarde"],
      message: 'instellingen.parameters["wet.inwerkingtreding"].waarde: 2027-13-01 is geen bestaande datum: maand 13 bestaat niet',
    });
    expect(fout(() => fase("2026-03-12", { inwerkingtreding: "2026-02-30" }))).toMatchObject({
      code: "ongeldige-datum",
      path: ["instellingen", "inwerkingtreding"],
      message: 'instellingen.inwerkingtreding: 2026-02-30 is geen bestaande datum: februari 2026 heeft 28 dagen; of gebruik "onbekend"',
    });
    expect(fout(() => fase("2026-03-12", { inwerkingtreding: "2024-06-01" }))).toMatchObject({
      code: "te-klein",
      message: 'instellingen.inwerkingtreding: 2024-06-01 ligt vóór het begin van de transitieperiode (2025-01-01); of gebruik "onbekend"',
    });
  });

  it("fase: met een onbekende inwerkingtreding blijft het de transitieperiode", () => {
    expect(fase("2040-01-01", { inwerkingtreding: "onbekend" })).toBe("transitieperiode");
    expect(fase(BEGIN_TRANSITIE, { inwerkingtreding: "onbekend" })).toBe("transitieperiode");
  });
});

describe("parameterOp", () => {
  const perioden: Parameter<number> = {
    id: "test.perioden",
    titel: "Test",
    eenheid: "jaren",
    waarden: [
      { waarde: 1, status: "vastgesteld", bron: BRON, geldigVanaf: "2020-01-01" as Peildatum, geldigTot: "2020-12-31" as Peildatum },
      { waarde: 2, status: "beoogd", bron: BRON, geldigVanaf: "2022-01-01" as Peildatum, geldigTot: "2022-12-31" as Peildatum, toelichting: "t", andereLezingen: [{ waarde: 3, status: "beoogd", bron: BRON }] },
    ],
  };

  it("de eerste en laatste dag van een periode horen erbij; ervoor, ertussen en erna geen waarde met de reden", () => {
    expect(parameterOp(perioden, "2020-01-01")).toMatchObject({ soort: "waarde", waarde: 1 });
    expect(parameterOp(perioden, "2022-12-31")).toMatchObject({ soort: "waarde", waarde: 2 });
    const geen = (p: string, reden: string) => ({ soort: "geen-waarde", parameter: "test.perioden", peildatum: p, reden, eersteGeldigVanaf: "2020-01-01", laatstGeldigTot: "2022-12-31" });
    expect(parameterOp(perioden, "2019-12-31")).toStrictEqual(geen("2019-12-31", "nog-niet-geldig"));
    expect(parameterOp(perioden, "2021-06-01")).toStrictEqual(geen("2021-06-01", "gat"));
    expect(parameterOp(perioden, "2023-01-01")).toStrictEqual(geen("2023-01-01", "vervallen"));
  });

  it("zonder begin- of einddatum ontbreken die velden in het antwoord; zonder waarden 'gat'", () => {
    expect(parameterOp(perioden, "2020-06-01")).toStrictEqual({
      soort: "waarde",
      parameter: "test.perioden",
      peildatum: "2020-06-01",
      waarde: 1,
      status: "vastgesteld",
      herkomst: "standaard",
      bron: BRON,
      geldigVanaf: "2020-01-01",
      geldigTot: "2020-12-31",
      andereLezingen: [],
    });
    expect(parameterOp(looptijdBeleidsagenda, "2026-01-01")).toStrictEqual({
      soort: "waarde",
      parameter: "agenda.beleidsagenda.looptijd",
      peildatum: "2026-01-01",
      waarde: 5,
      status: "beoogd",
      herkomst: "standaard",
      bron: looptijdBeleidsagenda.waarden[0]!.bron,
      andereLezingen: [],
      toelichting: "Geldt voor de landelijke en de regionale meerjarenagenda.",
    });
    expect(parameterOp({ ...perioden, waarden: [] }, "2020-01-01")).toStrictEqual({ soort: "geen-waarde", parameter: "test.perioden", peildatum: "2020-01-01", reden: "gat" });
  });

  it("een overschrijving: alleen de opgegeven velden; de standaardlezingen (met toelichting en andere lezingen) ernaast", () => {
    const a = parameterOp(perioden, "2022-06-01", { parameters: { "test.perioden": { waarde: 7 } } });
    expect(a).toStrictEqual({
      soort: "waarde",
      parameter: "test.perioden",
      peildatum: "2022-06-01",
      waarde: 7,
      status: "instelling",
      herkomst: "instelling",
      andereLezingen: [
        { waarde: 2, status: "beoogd", bron: BRON, toelichting: "t" },
        { waarde: 3, status: "beoogd", bron: BRON },
      ],
    });
    const b = parameterOp(perioden, "2020-06-01", { parameters: { "test.perioden": [{ waarde: 8, geldigVanaf: "2020-06-01", geldigTot: "2020-06-30", toelichting: "Circulaire" }] } });
    expect(b).toStrictEqual({
      soort: "waarde",
      parameter: "test.perioden",
      peildatum: "2020-06-01",
      waarde: 8,
      status: "instelling",
      herkomst: "instelling",
      geldigVanaf: "2020-06-01",
      geldigTot: "2020-06-30",
      andereLezingen: [{ waarde: 1, status: "vastgesteld", bron: BRON }],
      toelichting: "Circulaire",
    });
    expect(parameterOp(perioden, "2021-06-01", { parameters: { "test.perioden": { waarde: 9 } } })).toMatchObject({ waarde: 9, andereLezingen: [] });
    expect(parameterOp(perioden, "2020-07-01", { parameters: { "test.perioden": [{ waarde: 8, geldigVanaf: "2020-06-01", geldigTot: "2020-06-30" }] } })).toMatchObject({ waarde: 1, herkomst: "standaard" });
  });

  it("een ongeldige overschrijving: fout op het pad van de waarde, per eenheid een eigen verwachting", () => {
    const ov = (p: Parameter<unknown>, waarde: unknown, i = 0) =>
      fout(() => parameterOp(p, "2026-07-01", { parameters: { [p.id]: [...Array.from({ length: i }, () => ({ waarde: 1 })), { waarde: waarde as number }] } }));
    expect(ov(impulsbudgetPerRegio, -1)).toMatchObject({ code: "ongeldige-waarde", path: ["instellingen", "parameters", "regio.impulsbudget", 0, "waarde"], message: expect.stringContaining("eurocenten") });
    expect(ov(impulsbudgetPerRegio, 1.5).path).toEqual(["instellingen", "parameters", "regio.impulsbudget", 0, "waarde"]);
    expect(ov(impulsbudgetPerRegio, "5", 1).path).toEqual(["instellingen", "parameters", "regio.impulsbudget", 1, "waarde"]);
    expect(ov(gidsfunctieFteUwv, -0.1)).toMatchObject({ code: "ongeldige-waarde", message: expect.stringContaining("een niet-negatief aantal fte") });
    expect(ov(gidsfunctieFteUwv, Number.POSITIVE_INFINITY).message).toContain("een niet-negatief aantal fte");
    expect(ov(gidsfunctieFteUwv, "1").message).toContain("een niet-negatief aantal fte");
    expect(ov(looptijdBeleidsagenda, -1).message).toContain("een positief aantal jaren in hele maanden");
    expect(ov(inwerkingtredingWet, "2026-02-30")).toMatchObject({ code: "ongeldige-datum", path: ["instellingen", "parameters", "wet.inwerkingtreding", 0, "waarde"] });
    // één overschrijving (geen lijst): geen index in het pad
    expect(fout(() => parameterOp(perioden, "2020-06-01", { parameters: { "test.perioden": { waarde: 1, geldigVanaf: "2020-02-30" } } }))).toMatchObject({
      path: ["instellingen", "parameters", "test.perioden", "geldigVanaf"],
      message: 'instellingen.parameters["test.perioden"].geldigVanaf: 2020-02-30 is geen bestaande datum: februari 2020 heeft 29 dagen',
    });
    expect(parameterOp(impulsbudgetPerRegio, "2026-07-01", { parameters: { "regio.impulsbudget": { waarde: 0 } } })).toMatchObject({ waarde: 0 });
    expect(parameterOp(gidsfunctieFteUwv, "2026-07-01", { parameters: { [gidsfunctieFteUwv.id]: { waarde: 0 } } })).toMatchObject({ waarde: 0, herkomst: "instelling" });
  });
});
