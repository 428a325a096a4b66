import { describe, expect, it } from "vitest";
import { vangFout } from "../../test/hulp/fout.js";
import { agendaCyclus } from "../agenda/cyclus.js";
import { landelijkeMiddelenInJaar, regionaleMiddelen } from "../financiering/middelen.js";
import { alleParameters } from "../parameters.js";
import { routeer } from "../triage/routeer.js";
import { fase } from "./fase.js";
import { controleerInstellingen, INSTELLINGEN_VELDEN, PARAMETER_IDS } from "./instellingen-controle.js";
import { InstellingenSchema, parseInstellingen } from "./schema.js";
import { inwerkingtreding } from "./wet.js";
import { OngeldigeInvoerFout } from "../result.js";
import type { Instellingen } from "./instellingen.js";
import { mijlpalen } from "./mijlpalen.js";

const zoals = (x: unknown) => x as Instellingen;

describe("controleerInstellingen", () => {
  it("PARAMETER_IDS is precies de lijst ids van alle ingebouwde parameters, in dezelfde volgorde", () => {
    expect(PARAMETER_IDS).toEqual(alleParameters().map((p) => p.id));
  });

  it("laat geldige instellingen en undefined door", () => {
    expect(() => controleerInstellingen(undefined)).not.toThrow();
    expect(() => controleerInstellingen({})).not.toThrow();
    const alles: Instellingen = {
      inwerkingtreding: "2027-01-01",
      parameters: Object.fromEntries(PARAMETER_IDS.map((id) => [id, { waarde: 1 }])),
      verloopvensterMaanden: 6,
      wwEindeVensterMaanden: 3,
    };
    expect(() => controleerInstellingen(alles)).not.toThrow();
  });

  it("meldt een onbekend veld met pad en de bekende velden", () => {
    const f = vangFout(() => controleerInstellingen(zoals({ inwerkingsdatum: "2027-01-01" })));
    expect(f.code).toBe("onbekend-veld");
    expect(f.path).toEqual(["instellingen", "inwerkingsdatum"]);
    expect(f.message).toBe('instellingen: onbekend veld "inwerkingsdatum"; bekend zijn: inwerkingtreding, parameters, verloopvensterMaanden, wwEindeVensterMaanden');
  });

  it("meldt een onbekende parameter-id met pad en de bekende ids", () => {
    const f = vangFout(() => controleerInstellingen({ parameters: { "regio.impulsbudjet": { waarde: 1 } } }));
    expect(f.code).toBe("onbekend-veld");
    expect(f.path).toEqual(["instellingen", "parameters", "regio.impulsbudjet"]);
    expect(f.message).toBe(`instellingen.parameters["regio.impulsbudjet"]: onbekende parameter "regio.impulsbudjet"; bekend zijn: ${PARAMETER_IDS.join(", ")}`);
  });

  it.each([
    ["een tekst", "2027-01-01"],
    ["een lijst", []],
    ["null", null],
  ])("weigert instellingen die geen object zijn (%s)", (_, waarde) => {
    const f = vangFout(() => controleerInstellingen(zoals(waarde)));
    expect(f.code).toBe("ongeldig-type");
    expect(f.path).toEqual(["instellingen"]);
    expect(f.message).toBe("instellingen: verwacht een object (lees onbetrouwbare invoer met parseInstellingen)");
  });

  it.each([["een lijst", [{ waarde: 1 }]], ["een tekst", "x"], ["null", null]])("weigert parameters die geen object zijn (%s)", (_, waarde) => {
    const f = vangFout(() => controleerInstellingen(zoals({ parameters: waarde })));
    expect(f.code).toBe("ongeldig-type");
    expect(f.path).toEqual(["instellingen", "parameters"]);
    expect(f.message).toBe("instellingen.parameters: verwacht een object met parameter-ids als sleutels");
  });

  it("INSTELLINGEN_VELDEN zijn precies de velden van InstellingenSchema", () => {
    const schema = InstellingenSchema as unknown as { shape: Record<string, unknown> };
    expect([...INSTELLINGEN_VELDEN].sort()).toEqual(Object.keys(schema.shape).sort());
  });

  it.each([
    ["null", null, ["instellingen", "parameters", "regio.impulsbudget"], 'instellingen.parameters["regio.impulsbudget"]', "null"],
    ["een tekst", "82.800.000", ["instellingen", "parameters", "regio.impulsbudget"], 'instellingen.parameters["regio.impulsbudget"]', 'de tekst "82.800.000"'],
    ["een getal in een lijst", [{ waarde: 1 }, 5], ["instellingen", "parameters", "regio.impulsbudget", 1], 'instellingen.parameters["regio.impulsbudget"][1]', "het getal 5"],
  ])("weigert een overschrijving die geen object is (%s), in plaats van een TypeError", (_, waarde, pad, veld, ontvangen) => {
    const f = vangFout(() => regionaleMiddelen(2027, zoals({ parameters: { "regio.impulsbudget": waarde } })));
    expect(f.code).toBe("ongeldig-type");
    expect(f.path).toEqual(pad);
    expect(f.message).toBe(`${veld}: verwacht een overschrijving { waarde, geldigVanaf?, geldigTot?, toelichting? } of een lijst daarvan, ontvangen ${ontvangen}`);
    expect(() => fase("2026-09-01", zoals({ parameters: { "wet.inwerkingtreding": waarde } }))).toThrow(OngeldigeInvoerFout);
  });

  it("controleert een object één keer (daarna onthouden), maar een gewijzigde kopie opnieuw", () => {
    const goed: Instellingen = { inwerkingtreding: "2027-01-01" };
    controleerInstellingen(goed);
    controleerInstellingen(goed);
    expect(() => controleerInstellingen(zoals({ ...goed, extra: 1 }))).toThrow(/onbekend veld "extra"/);
  });

  it("wordt gebruikt door elke functie die instellingen krijgt (geen stille standaardwaarde bij een tikfout)", () => {
    const tikfout = zoals({ inwerkingsdatum: "2030-01-01" });
    const paramTikfout: Instellingen = { parameters: { "wet.inwerkingtreeding": { waarde: "2030-01-01" } } };
    const hulpvraag = { vrager: "werkzoekende", uitkering: "WW", onderwerpen: [], deur: { soort: "werkcentrum" } } as const;
    const aanroepen: [string, (i: Instellingen) => unknown][] = [
      ["fase", (i) => fase("2026-09-01", i)],
      ["mijlpalen", (i) => mijlpalen(i)],
      ["routeer", (i) => routeer(hulpvraag, { peildatum: "2026-09-01", instellingen: i })],
      ["agendaCyclus", (i) => agendaCyclus({ niveau: "regionaal" } as never, { peildatum: "2026-09-01", instellingen: i })],
      ["regionaleMiddelen", (i) => regionaleMiddelen(2027, i)],
      ["landelijkeMiddelenInJaar", (i) => landelijkeMiddelenInJaar(2028, i)],
    ];
    for (const [naam, f] of aanroepen) {
      expect(vangFout(() => f(tikfout)).path, naam).toEqual(["instellingen", "inwerkingsdatum"]);
      expect(vangFout(() => f(paramTikfout)).path, naam).toEqual(["instellingen", "parameters", "wet.inwerkingtreeding"]);
    }
  });
});

describe("de inwerkingtreding op twee plekken (audit 5): geen stille keuze", () => {
  const dubbel = { inwerkingtreding: "2026-08-01", parameters: { "wet.inwerkingtreding": { waarde: "2027-01-01" } } };
  const melding = 'de inwerkingtreding staat ook in instellingen.inwerkingtreding; geef haar op één plek op (de bibliotheek kiest niet tussen twee opgaven)';

  it("parseInstellingen meldt het op de parameter (inconsistent)", () => {
    const r = parseInstellingen(dubbel);
    expect(r).toEqual({ ok: false, issues: [{ code: "inconsistent", path: ["parameters", "wet.inwerkingtreding"], message: `parameters["wet.inwerkingtreding"]: ${melding}` }] });
    // Ook als beide dezelfde datum noemen: één plek.
    expect(parseInstellingen({ inwerkingtreding: "2027-01-01", parameters: { "wet.inwerkingtreding": { waarde: "2027-01-01" } } }).ok).toBe(false);
    // Eén van beide is goed.
    expect(parseInstellingen({ inwerkingtreding: "2027-01-01" }).ok).toBe(true);
    expect(parseInstellingen({ parameters: { "wet.inwerkingtreding": { waarde: "2027-01-01" } } }).ok).toBe(true);
  });

  it("fase, inwerkingtreding en routeer gooien een OngeldigeInvoerFout in plaats van er een te kiezen", () => {
    for (const f of [() => fase("2026-09-01", dubbel), () => inwerkingtreding(dubbel)]) {
      const e = vangFout(f);
      expect([e.code, e.path, e.message]).toEqual(["inconsistent", ["instellingen", "parameters", "wet.inwerkingtreding"], `instellingen.parameters["wet.inwerkingtreding"]: ${melding}`]);
    }
    expect(fase("2026-09-01", { parameters: { "wet.inwerkingtreding": { waarde: "2027-01-01" } } })).toBe("transitieperiode");
    expect(fase("2026-09-01", { inwerkingtreding: "2026-08-01" })).toBe("nieuwe-wet");
  });
});
