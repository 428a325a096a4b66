import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bedragInJaar, landelijkeMiddelenInJaar, regionaleMiddelen } from "../src/financiering/middelen.js";
import { alleParameters } from "../src/parameters.js";
import { parseHulpvraag, parseMenukaart, parseWerkplan } from "../src/schemas.js";
import { fase, faseUitleg } from "../src/tijd/fase.js";
import type { Instellingen } from "../src/tijd/instellingen.js";
import { mijlpalen, mijlpalenNa } from "../src/tijd/mijlpalen.js";
import { parameterOp, type Parameter } from "../src/tijd/parameters.js";
import { inwerkingtreding } from "../src/tijd/wet.js";
import { transitieMijlpalen } from "../src/transitie/datums.js";
import { zoekInstrumenten } from "../src/triage/menukaart.js";
import { uitkeringen, type Hulpvraag, type Inkomenssituatie, type PersoonsHulpvraag, type Routering } from "../src/triage/model.js";
import { normaliseerHulpvraag } from "../src/triage/normaliseer.js";
import { routeer } from "../src/triage/routeer.js";
import { uitlegRoutering } from "../src/triage/uitleg.js";
import { maakWerkplan, wijzigInkomenssituatie } from "../src/triage/werkplan.js";
import * as hoofdEntry from "../src/index.js";
import { OngeldigeInvoerFout, type IssueCode } from "../src/result.js";
import { deterministischEnOnaangeraakt, gemuteerdePoel, instellingenArb, peildatumArb, RUNS, SEED } from "./hulp/robuust.js";
import { diepeVariant, GELDIGE_ARGUMENTEN, varianten } from "./hulp/vormen.js";
import { hulpvraagArb } from "./hulp/triage.js";
import { zadenVoor } from "./hulp/zaden.js";

/**
 * Robuustheid van de overige regelfuncties (issue 6): triage (routeer, uitleg, normaliseren,
 * Werkplan, menukaart) en de tijd- en geldfuncties (fase, mijlpalen, parameters, middelen).
 * Elke functie is op geldige invoer, willekeurige geldige peildata en instellingen
 * deterministisch en laat diep bevroren invoer ongemoeid.
 *
 * "Elke geldige hulpvraag krijgt precies één uitkomst" staat met 10.000 runs in
 * src/triage/eigenschappen.test.ts (generator uit het model, in drie tijdzones); hier komt
 * dezelfde eis nog eens langs op gemuteerde voorbeeldvragen (andere generator: namen van
 * gemeenten, ontbrekende velden, lastige teksten).
 */

const opties = (peildatum: string, instellingen: Instellingen | undefined) => ({ peildatum, ...(instellingen !== undefined && { instellingen }) });

/** Precies één uitkomst (zelfde eis als src/triage/eigenschappen.test.ts). */
function eenUitkomst(r: Routering): boolean {
  if (r.status === "bepaald") return r.arrangeur !== null && r.kandidaten.length === 0 && r.reden === null;
  return r.arrangeur === null && r.kandidaten.length >= 2 && r.reden !== null;
}

const POEL = 1_000;

describe("triage: deterministisch en zonder de invoer te wijzigen", () => {
  const voorbeelden = gemuteerdePoel(zadenVoor("hulpvraag"), parseHulpvraag, POEL);
  const hulpvraag: fc.Arbitrary<Hulpvraag> = fc.oneof(hulpvraagArb, fc.constantFrom(...voorbeelden));

  it(`routeer, uitlegRoutering en normaliseerHulpvraag; precies één uitkomst (${RUNS} runs)`, () => {
    expect(voorbeelden.length).toBeGreaterThan(POEL / 3);
    fc.assert(
      fc.property(hulpvraag, peildatumArb, instellingenArb, (h, p, i) => {
        const r = deterministischEnOnaangeraakt(routeer, h, opties(p, i));
        if (!eenUitkomst(r)) throw new Error(`geen eenduidige uitkomst: ${JSON.stringify(r).slice(0, 500)}`);
        deterministischEnOnaangeraakt(uitlegRoutering, r);
        const n = deterministischEnOnaangeraakt(normaliseerHulpvraag, h);
        if (n.ok && !eenUitkomst(routeer(n.value, opties(p, i)))) throw new Error("genormaliseerde vraag zonder eenduidige uitkomst");
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`maakWerkplan en wijzigInkomenssituatie (${RUNS} runs)`, () => {
    const plannen = gemuteerdePoel(zadenVoor("werkplan"), parseWerkplan, POEL);
    expect(plannen.length).toBeGreaterThan(POEL / 3);
    const personen = voorbeelden.filter((h): h is PersoonsHulpvraag => h.vrager !== "werkgever");
    const situatie: fc.Arbitrary<Inkomenssituatie & { herkomst?: string }> = fc.record(
      { vrager: fc.constantFrom("werkende" as const, "werkzoekende" as const), uitkering: fc.constantFrom(...uitkeringen), wwEinddatum: peildatumArb, herkomst: fc.constantFrom("UWV-beschikking", "melding gemeente") },
      { requiredKeys: ["vrager", "uitkering"] },
    ).map(({ wwEinddatum, ...rest }) => (rest.uitkering === "WW" && wwEinddatum !== undefined ? { ...rest, wwEinddatum } : rest));
    fc.assert(
      fc.property(fc.constantFrom(...personen), fc.constantFrom(...plannen), situatie, peildatumArb, instellingenArb, (persoon, plan, s, p, i) => {
        const start = deterministischEnOnaangeraakt(maakWerkplan, persoon, { ...opties(p, i), id: "x", ondersteuningsbehoefte: "werk" });
        if (start.status === "bepaald" && start.werkplan.historie.length !== 1) throw new Error("nieuw plan zonder intake");
        if (start.status === "bepaald" && !parseWerkplan(JSON.parse(JSON.stringify(start.werkplan))).ok) throw new Error("maakWerkplan maakt een plan dat parseWerkplan afkeurt");
        // Een wijziging ligt op of na de laatste wijziging (ervoor is een OngeldigeInvoerFout, zie werkplan.test.ts).
        const laatste = plan.historie[plan.historie.length - 1]!.datum;
        const datum = p < laatste ? laatste : p;
        const nieuw = deterministischEnOnaangeraakt(wijzigInkomenssituatie, plan, s, opties(datum, i));
        if (nieuw.historie.length !== plan.historie.length + 1) throw new Error("wijziging niet in de historie");
        const terug = parseWerkplan(JSON.parse(JSON.stringify(nieuw)));
        if (!terug.ok) throw new Error(`wijzigInkomenssituatie maakt een plan dat parseWerkplan afkeurt: ${JSON.stringify(terug.issues)}`);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`zoekInstrumenten (${RUNS} runs)`, () => {
    const kaarten = gemuteerdePoel(zadenVoor("menukaart"), parseMenukaart, POEL);
    expect(kaarten.length).toBeGreaterThan(POEL / 3);
    fc.assert(
      fc.property(fc.constantFrom(...kaarten), hulpvraag, (k, h) => {
        const m = deterministischEnOnaangeraakt(zoekInstrumenten, k, h);
        for (let j = 1; j < m.length; j++) if (m[j - 1]!.score < m[j]!.score) throw new Error("niet aflopend gesorteerd op score");
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe("tijd en geld: deterministisch en zonder de invoer te wijzigen", () => {
  const params = alleParameters();

  it(`fase, faseUitleg, inwerkingtreding, mijlpalen, mijlpalenNa, transitieMijlpalen, parameterOp (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(peildatumArb, instellingenArb, fc.nat({ max: params.length - 1 }), (p, i, n) => {
        const f = deterministischEnOnaangeraakt(fase, p, i);
        const u = deterministischEnOnaangeraakt(faseUitleg, p, i);
        if (u.fase !== f) throw new Error("faseUitleg en fase verschillen");
        deterministischEnOnaangeraakt(inwerkingtreding, i);
        const alle = deterministischEnOnaangeraakt(mijlpalen, i);
        const na = deterministischEnOnaangeraakt(mijlpalenNa, p, i);
        if (na.length > alle.length) throw new Error("mijlpalenNa geeft meer dan mijlpalen");
        deterministischEnOnaangeraakt(transitieMijlpalen, i);
        deterministischEnOnaangeraakt(parameterOp as (x: Parameter<unknown>, p: string, i?: Instellingen) => unknown, params[n]!, p, i);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`regionaleMiddelen, landelijkeMiddelenInJaar, bedragInJaar (${RUNS} runs)`, () => {
    const bedragen = params.filter((x) => x.eenheid === "cent") as Parameter<number>[];
    fc.assert(
      fc.property(fc.integer({ min: 2020, max: 2040 }), instellingenArb, fc.nat({ max: bedragen.length - 1 }), (jaar, i, n) => {
        const r = deterministischEnOnaangeraakt(regionaleMiddelen, jaar, i);
        if (r.jaar !== jaar) throw new Error("ander jaar");
        deterministischEnOnaangeraakt(landelijkeMiddelenInJaar, jaar, i);
        deterministischEnOnaangeraakt(bedragInJaar as (x: Parameter<number>, j: number, i?: Instellingen) => unknown, bedragen[n]!, jaar, i);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

/**
 * Vijandige vormen (issue 6, principe 7): elke functie van de hoofd-entry krijgt getypeerde
 * waarden, maar een aanroep vanuit JavaScript of met ongeparseerde JSON mag niet crashen. Elke
 * functie wordt aangeroepen met geldige argumenten waarvan telkens één argument, één veld of
 * één veld daarvan vervangen is door `{}`, `null`, `[]`, een tekst, een getal, `NaN`, een
 * functie, een object zonder prototype enz. (uitputtend), en daarnaast met een willekeurige
 * waarde op een willekeurige diepte (fast-check, vaste seed). Eis: de functie geeft een waarde,
 * of gooit een OngeldigeInvoerFout met een bekende code, een pad en een Nederlandse melding die
 * het veld noemt; nooit een TypeError, RangeError of andere fout.
 */
const CODES: readonly IssueCode[] = ["verplicht", "ongeldig-type", "ongeldige-waarde", "ongeldige-datum", "ongeldig-formaat", "te-klein", "te-groot", "onbekend-veld", "dubbel", "inconsistent", "te-diep", "te-groot-bestand", "onleesbaar"];
const ENGELS = /Cannot read|Cannot convert|is not a function|is not iterable|is not defined|undefined is not|Invalid time|Maximum call stack|\[object Object\]/;

/**
 * Uitzonderingen, met reden. `waarde` en `perJaar` bouwen de parametertabellen van de bibliotheek zelf; src/tijd/parameters.ts
 * valt buiten deze wijziging (alleen een vormcontrole bovenaan parameterOp).
 */
const UITZONDERINGEN: Readonly<Record<string, (wat: string) => boolean>> = {
  waarde: () => true,
  perJaar: () => true,
};

/** Roept `f` aan; geeft een beschrijving van wat er mis is, of `undefined` als de uitkomst mag. */
function beoordeel(f: (...a: unknown[]) => unknown, args: unknown[]): string | undefined {
  try {
    f(...args);
    return undefined;
  } catch (e) {
    if (!(e instanceof OngeldigeInvoerFout)) return `${(e as Error)?.constructor?.name ?? typeof e}: ${String((e as Error)?.message ?? e)}`;
    if (!CODES.includes(e.code)) return `onbekende code ${e.code}`;
    if (!Array.isArray(e.path) || !e.path.every((d) => typeof d === "string" || typeof d === "number")) return `geen pad: ${JSON.stringify(e.path)}`;
    if (typeof e.message !== "string" || e.message.length < 10 || ENGELS.test(e.message)) return `geen Nederlandse melding: ${e.message}`;
    const veld = [...e.path].reverse().find((d): d is string => typeof d === "string");
    if (veld !== undefined && !e.message.includes(veld) && !e.message.includes(JSON.stringify(veld))) return `de melding noemt het veld ${veld} niet: ${e.message}`;
    return undefined;
  }
}

describe("vijandige vormen: elke functie van de hoofd-entry geeft een waarde of een OngeldigeInvoerFout", () => {
  const functies = Object.entries(hoofdEntry).filter(([naam, f]) => typeof f === "function" && naam !== "OngeldigeInvoerFout") as [string, (...a: unknown[]) => unknown][];

  it("elke geëxporteerde functie staat in de tabel met geldige argumenten (test/hulp/vormen.ts)", () => {
    expect(functies.length).toBeGreaterThan(80);
    expect(functies.map(([n]) => n).filter((n) => !Object.hasOwn(GELDIGE_ARGUMENTEN, n))).toEqual([]);
    expect(Object.keys(GELDIGE_ARGUMENTEN).filter((n) => !functies.some(([m]) => m === n))).toEqual([]);
  });

  for (const [naam, f] of functies) {
    it(`${naam}: één argument of veld vijandig (uitputtend), en willekeurig op elke diepte`, () => {
      const maak = GELDIGE_ARGUMENTEN[naam]!;
      expect(beoordeel(f, maak()), "geldige argumenten").toBeUndefined();
      const uitzondering = UITZONDERINGEN[naam] ?? (() => false);
      const fouten: string[] = [];
      for (const [wat, args] of varianten(maak())) {
        if (uitzondering(wat)) continue;
        const fout = beoordeel(f, args);
        if (fout !== undefined) fouten.push(`${wat}: ${fout}`);
      }
      expect(fouten.slice(0, 10), `${fouten.length} varianten`).toEqual([]);
      fc.assert(
        fc.property(diepeVariant(maak()), ([wat, args]) => {
          if (uitzondering(wat)) return;
          const fout = beoordeel(f, args);
          if (fout !== undefined) throw new Error(`${wat}: ${fout}`);
        }),
        { seed: Number(process.env.VORMSEED ?? SEED), numRuns: Number(process.env.VORMRUNS ?? 200) },
      );
    });
  }
});

describe("de controle zelf", () => {
  it("vangt een functie die haar invoer wijzigt, en een die niet deterministisch is", () => {
    const sorteer = (x: { lijst: number[] }) => x.lijst.sort();
    expect(() => deterministischEnOnaangeraakt(sorteer, { lijst: [3, 1, 2] })).toThrow(TypeError);
    let teller = 0;
    const teller1 = (x: { a: number }) => ({ a: x.a, n: teller++ });
    expect(() => deterministischEnOnaangeraakt(teller1, { a: 1 })).toThrow(/niet deterministisch/);
    expect(deterministischEnOnaangeraakt((x: { a: number }) => ({ b: x.a }), { a: 1 })).toEqual({ b: 1 });
  });
});
