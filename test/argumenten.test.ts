import { describe, expect, it } from "vitest";
import * as lib from "../src/index.js";
import { OngeldigeInvoerFout } from "../src/result.js";
import { vangFout } from "./hulp/fout.js";

/**
 * Regelfuncties krijgen getypeerde, geparseerde invoer. Wie ze toch met iets anders aanroept
 * (JavaScript zonder typen, ongeparseerde JSON), krijgt een Nederlandse OngeldigeInvoerFout
 * die naar de parse-functie verwijst, nooit een TypeError diep in de regels.
 */
const opties = { peildatum: "2026-01-01" };
const functies: Record<string, (x: unknown) => unknown> = {
  toetsConvenant: (x) => lib.toetsConvenant(x as never, opties),
  toetsWerkcentrum: (x) => lib.toetsWerkcentrum(x as never, opties),
  toetsRegionaalBeraad: (x) => lib.toetsRegionaalBeraad(x as never, opties),
  toetsAgenda: (x) => lib.toetsAgenda(x as never, opties),
  agendaCyclus: (x) => lib.agendaCyclus(x as never, opties),
  toetsTransitie: (x) => lib.toetsTransitie(x as never, opties),
  stappenplanOverzicht: (x) => lib.stappenplanOverzicht(x as never, opties),
  routeer: (x) => lib.routeer(x as never, opties),
  wijzigInkomenssituatie: (x) => lib.wijzigInkomenssituatie(x as never, { uitkering: "bijstand" } as never, opties),
  maakWerkplan: (x) => lib.maakWerkplan(x as never, opties),
  zoekInstrumenten: (x) => lib.zoekInstrumenten(x as never, x as never),
};

describe("regelfuncties met iets anders dan een object", () => {
  for (const [naam, f] of Object.entries(functies)) {
    it(`${naam}: OngeldigeInvoerFout met een Nederlandse melding`, () => {
      for (const x of [undefined, null, 42, "tekst", [], true]) {
        let fout: unknown;
        try {
          f(x);
        } catch (e) {
          fout = e;
        }
        expect(fout, `${naam}(${JSON.stringify(x)})`).toBeInstanceOf(OngeldigeInvoerFout);
        expect((fout as Error).message).toMatch(new RegExp(`^${naam}: .*verwacht`));
        expect((fout as Error).message).toContain("arbeidsmarktinfra/schemas");
      }
    });
  }
});

/** De volledige melding: functie, veld, wat verwacht werd en de parse-functie die het wel kan. */
const melding = (functie: string, pad: readonly (string | number)[], verwacht: string, parse: string): string =>
  `${functie}: ${pad.length === 0 ? "invoer" : lib.formatPad(pad)}: verwacht ${verwacht}; lees onbetrouwbare invoer eerst met ${parse} uit arbeidsmarktinfra/schemas`;

const fout = vangFout;

describe("welk veld, wat verwacht, welke parse-functie", () => {
  const menukaart = { instrumenten: [] };
  const hulpvraag = { vrager: "werkende", onderwerpen: [] };
  const plan = { activiteiten: [], persoon: { vrager: "werkzoekende" } };
  const gevallen: [string, () => unknown, readonly (string | number)[], string, string, string][] = [
    // [naam, aanroep, pad, functie, verwacht, parse-functie]
    ["toetsConvenant zonder object", () => lib.toetsConvenant(1 as never, opties), [], "toetsConvenant", "een object", "parseConvenant"],
    ["toetsConvenant zonder regio", () => lib.toetsConvenant({ partijen: [] } as never, opties), ["regio"], "toetsConvenant", "een tekst", "parseConvenant"],
    ["toetsConvenant zonder partijen", () => lib.toetsConvenant({ regio: "AM22" } as never, opties), ["partijen"], "toetsConvenant", "een lijst", "parseConvenant"],
    ["toetsRegionaalBeraad zonder object", () => lib.toetsRegionaalBeraad(null as never, opties), [], "toetsRegionaalBeraad", "een object", "parseRegionaalBeraad"],
    ["toetsWerkcentrum zonder regio", () => lib.toetsWerkcentrum({} as never, opties), ["regio"], "toetsWerkcentrum", "een tekst", "parseWerkcentrum"],
    ["toetsAgenda zonder object", () => lib.toetsAgenda([] as never, opties), [], "toetsAgenda", "een object", "parseMeerjarenagenda"],
    ["toetsAgenda zonder niveau", () => lib.toetsAgenda({} as never, opties), ["niveau"], "toetsAgenda", "een tekst", "parseMeerjarenagenda"],
    ["agendaCyclus zonder object", () => lib.agendaCyclus("x" as never, opties), [], "agendaCyclus", "een object", "parseMeerjarenagenda"],
    ["agendaCyclus zonder niveau", () => lib.agendaCyclus({ niveau: 1 } as never, opties), ["niveau"], "agendaCyclus", "een tekst", "parseMeerjarenagenda"],
    ["toetsTransitie zonder object", () => lib.toetsTransitie(undefined as never, opties), [], "toetsTransitie", "een object", "parseTransitiedossier"],
    ["stappenplanOverzicht zonder object", () => lib.stappenplanOverzicht(7 as never, opties), [], "stappenplanOverzicht", "een object", "parseTransitiedossier"],
    ["routeer zonder object", () => lib.routeer([] as never, opties), [], "routeer", "een object", "parseHulpvraag"],
    ["routeer met null", () => lib.routeer(null as never, opties), [], "routeer", "een object", "parseHulpvraag"],
    ["routeer met tekst", () => lib.routeer("werkende" as never, opties), [], "routeer", "een object", "parseHulpvraag"],
    ["zoekInstrumenten zonder menukaart", () => lib.zoekInstrumenten(1 as never, hulpvraag as never), ["menukaart"], "zoekInstrumenten", "een object", "parseMenukaart"],
    ["zoekInstrumenten zonder instrumenten", () => lib.zoekInstrumenten({} as never, hulpvraag as never), ["menukaart", "instrumenten"], "zoekInstrumenten", "een lijst", "parseMenukaart"],
    ["zoekInstrumenten zonder hulpvraag", () => lib.zoekInstrumenten(menukaart as never, 1 as never), ["hulpvraag"], "zoekInstrumenten", "een object", "parseHulpvraag"],
    ["zoekInstrumenten zonder vrager", () => lib.zoekInstrumenten(menukaart as never, { onderwerpen: [] } as never), ["hulpvraag", "vrager"], "zoekInstrumenten", "een tekst", "parseHulpvraag"],
    ["zoekInstrumenten zonder onderwerpen", () => lib.zoekInstrumenten(menukaart as never, { vrager: "werkende" } as never), ["hulpvraag", "onderwerpen"], "zoekInstrumenten", "een lijst", "parseHulpvraag"],
    ["wijzigInkomenssituatie zonder plan", () => lib.wijzigInkomenssituatie(1 as never, { uitkering: "bijstand" } as never, opties), ["plan"], "wijzigInkomenssituatie", "een object", "parseWerkplan"],
    ["wijzigInkomenssituatie zonder activiteiten", () => lib.wijzigInkomenssituatie({ persoon: plan.persoon } as never, { uitkering: "bijstand" } as never, opties), ["plan", "activiteiten"], "wijzigInkomenssituatie", "een lijst", "parseWerkplan"],
    ["wijzigInkomenssituatie zonder historie", () => lib.wijzigInkomenssituatie(plan as never, null as never, opties), ["plan", "historie"], "wijzigInkomenssituatie", "een lijst", "parseWerkplan"],
    ["maakWerkplan zonder persoon", () => lib.maakWerkplan(null as never, opties), ["persoon"], "maakWerkplan", "een object", "parseHulpvraag"],
    ["maakWerkplan zonder vrager", () => lib.maakWerkplan({ onderwerpen: ["werk"] } as never, opties), ["persoon", "vrager"], "maakWerkplan", "een tekst", "parseHulpvraag"],
  ];
  for (const [naam, aanroep, pad, functie, verwacht, parse] of gevallen) {
    it(naam, () => {
      const e = fout(aanroep);
      expect({ naam: e.name, code: e.code, path: e.path, message: e.message }).toStrictEqual({
        naam: "OngeldigeInvoerFout",
        code: "ongeldig-type",
        path: pad,
        message: melding(functie, pad, verwacht, parse),
      });
    });
  }
});
