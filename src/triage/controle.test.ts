import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HULPVRAAG_SLEUTELS, hulpvraagArb, verminkteWaarde } from "../../test/hulp/triage.js";
import { gemuteerdePoel } from "../../test/hulp/robuust.js";
import { zadenVoor } from "../../test/hulp/zaden.js";
import { OngeldigeInvoerFout, type Issue, type Result } from "../result.js";
import { controleerActiviteiten, controleerHulpvraag, controleerInstrumenten, controleerWerkplan } from "./controle.js";
import { parseHulpvraag, parseMenukaart, parseWerkplan } from "./schema.js";

/**
 * De controles zonder zod (src/triage/controle.ts) en de schema's zijn het eens: wat het schema
 * ongewijzigd accepteert, accepteert de controle; wat het schema afkeurt, keurt de controle af,
 * met een code en pad die het schema ook meldt. (Het schema zet een regionaam om naar de code;
 * de controle verwacht getypeerde waarden, dus alleen de code: zo'n geval telt niet mee.)
 */

const SEED = 20_261_127;

/** De fout van een controle, of `undefined` als die niets vond. */
function fout(f: () => void): OngeldigeInvoerFout | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    if (e instanceof OngeldigeInvoerFout) return e;
    throw e;
  }
}

/** Vergelijkt controle en schema op één invoer; `voor` is het pad van de invoer in de controle. */
function eens<T>(invoer: unknown, schema: Result<T>, controle: () => void, voor: readonly (string | number)[] = [], alleenVanaf: readonly (string | number)[] = []): "geldig" | "ongeldig" | "omgezet" {
  const f = fout(controle);
  const issues = schema.ok ? [] : schema.issues.filter((i) => alleenVanaf.every((d, n) => i.path[n] === d));
  if (issues.length === 0) {
    // Het schema accepteert (dit deel): de controle ook, tenzij het schema iets omzette (regionaam → code).
    if (schema.ok && JSON.stringify(schema.value) !== JSON.stringify(invoer)) return "omgezet";
    expect(f, `controle weigert wat het schema accepteert: ${f?.message}`).toBeUndefined();
    return "geldig";
  }
  expect(f, `het schema weigert (${issues.map((i) => i.message).join("; ")}), de controle niet`).toBeDefined();
  // zod voert de samenhangcontroles (dubbel, einde vóór start) pas uit als de vorm klopt; de controle
  // meldt het eerste probleem in documentvolgorde. Zo'n melding klopt als het schema ook weigert.
  if (f!.code === "dubbel" || f!.code === "inconsistent") return "ongeldig";
  // Het schema meldt een fout element van een lijst-of-tekst (regios, privateOndersteuning) bij de lijst; de controle bij het element.
  const pad = f!.path.slice(voor.length);
  const past = issues.some((i: Issue) => groep(i.code) === groep(f!.code) && i.path.length <= pad.length && i.path.every((d, n) => d === pad[n]) && pad.length - i.path.length <= 1);
  expect(past, `controle: ${f!.code} ${JSON.stringify(pad)} (${f!.message}); schema: ${issues.map((i) => `${i.code} ${JSON.stringify(i.path)} ${i.message}`).join("; ")}`).toBe(true);
  return "ongeldig";
}

/** Ontbrekend, verkeerd type en verkeerde waarde liggen dicht bij elkaar (zod meldt een ontbrekende keuze tussen vormen als 'ongeldige-waarde'); de andere codes moeten gelijk zijn. */
const groep = (code: string): string => (["verplicht", "ongeldig-type", "ongeldige-waarde"].includes(code) ? "vorm" : code);

const waarde = verminkteWaarde;

/** Een kopie van `x` met de mutaties: een veld krijgt een waarde, of valt weg (`undefined`). */
function verminkt(x: object, mutaties: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const y = JSON.parse(JSON.stringify(x)) as Record<string, unknown>;
  for (const [k, w] of mutaties) {
    if (w === undefined) delete y[k];
    else y[k] = w;
  }
  return y;
}

/** Voert een eigenschap uit en telt hoe vaak controle en schema een invoer geldig, ongeldig of omgezet vonden. */
function tel<T>(arb: fc.Arbitrary<T>, geval: (x: T) => ReturnType<typeof eens>, numRuns: number): Record<ReturnType<typeof eens>, number> {
  const telling = { geldig: 0, ongeldig: 0, omgezet: 0 };
  fc.assert(
    fc.property(arb, (x) => {
      telling[geval(x)]++;
    }),
    { seed: SEED, numRuns },
  );
  return telling;
}

describe("controleerHulpvraag en het Hulpvraag-schema zijn het eens", () => {
  it("op geldige hulpvragen en op willekeurig verminkte", () => {
    const mutaties = fc.array(fc.tuple(fc.constantFrom(...HULPVRAAG_SLEUTELS), fc.option(waarde, { nil: undefined })), { maxLength: 3 });
    const telling = tel(
      fc.tuple(hulpvraagArb, mutaties),
      ([h, m]) => {
        const x = verminkt(h, m);
        // Een regionaam of kleine letters zet het schema om naar de code (en toetst daarna verder); de controle verwacht de code.
        if (/"(Rijnmond|am22)"/.test(JSON.stringify(x))) return "omgezet";
        return eens(x, parseHulpvraag(x), () => controleerHulpvraag(["hulpvraag"], x), ["hulpvraag"]);
      },
      10_000,
    );
    expect(telling.geldig).toBeGreaterThan(500);
    expect(telling.ongeldig).toBeGreaterThan(1_000);
  });

  it("niet streng (zoals zoekInstrumenten leest): alleen de waarden die de uitkomst bepalen", () => {
    const h = { vrager: "werkzoekende", uitkering: "WW", onderwerpen: ["werk", "werk"], dreigtWerkloos: "misschien", extra: 1 };
    expect(fout(() => controleerHulpvraag(["h"], h))?.path).toEqual(["h", "dreigtWerkloos"]);
    expect(fout(() => controleerHulpvraag(["h"], h, false))).toBeUndefined();
    expect(fout(() => controleerHulpvraag(["h"], { ...h, onderwerpen: ["wrk"] }, false))?.path).toEqual(["h", "onderwerpen", 0]);
    expect(fout(() => controleerHulpvraag(["h"], { ...h, uitkering: "pensioen" }, false))?.path).toEqual(["h", "uitkering"]);
  });
});

describe("controleerActiviteiten en controleerInstrumenten zijn het eens met parseWerkplan en parseMenukaart", () => {
  const plan = zadenVoor("werkplan")[0] as Record<string, unknown>;
  const activiteitwaarde = fc.oneof(waarde, fc.constantFrom("lopend", "gepland", "afgerond", "re-integratie", "a1", "2026-01-01", "2025-12-31"));
  const activiteit = fc.oneof(
    fc.record(
      { id: fc.constantFrom("a1", "a2", "a3"), omschrijving: fc.constantFrom("Cursus", ""), aanbieder: fc.constantFrom("ROC", ""), functionaliteit: fc.constantFrom("re-integratie", "koffie"), status: fc.constantFrom("lopend", "bezig"), start: fc.constantFrom("2026-01-01", "2026-02-30"), einde: fc.constantFrom("2025-12-31", "2026-06-01") },
      { requiredKeys: [] },
    ),
    fc.dictionary(fc.constantFrom("id", "omschrijving", "aanbieder", "functionaliteit", "status", "start", "einde", "kosten"), activiteitwaarde),
    waarde,
  );

  it("activiteiten", () => {
    const telling = tel(
      fc.oneof(fc.array(activiteit, { maxLength: 4 }), waarde),
      (activiteiten) => {
        const p = { ...plan, activiteiten };
        return eens(p, parseWerkplan(p), () => controleerActiviteiten(["activiteiten"], activiteiten), [], ["activiteiten"]);
      },
      5_000,
    );
    expect(telling.geldig).toBeGreaterThan(200);
    expect(telling.ongeldig).toBeGreaterThan(1_000);
  });

  it("instrumenten", () => {
    const kaart = zadenVoor("menukaart")[0] as { instrumenten: Record<string, unknown>[] };
    const veld = fc.constantFrom("id", "naam", "aanbieder", "functionaliteiten", "doelgroepen", "regios", "voorwaarden", "toelichting", "url", "extra");
    const instrumentwaarde = fc.oneof(
      waarde,
      fc.constantFrom(["loopbaanadvies"], ["koffie"], [], ["jongeren", "jongeren"], ["AM22"], "landelijk"),
      fc.record({ vragers: fc.constantFrom(["werkende"], [], ["x"]), minLeeftijd: fc.constantFrom(18, -1, 200), maxLeeftijd: fc.constantFrom(17, 67), arbeidsbeperking: fc.constantFrom("ja", "onbekend"), uitkeringen: fc.constantFrom(["WW"], ["onbekend"]) }, { requiredKeys: [] }),
    );
    const mutaties = fc.array(fc.tuple(veld, fc.option(instrumentwaarde, { nil: undefined })), { maxLength: 2 });
    const telling = tel(
      fc.tuple(fc.nat({ max: kaart.instrumenten.length - 1 }), mutaties, fc.boolean()),
      ([n, m, dubbel]) => {
        const i = verminkt(kaart.instrumenten[n]!, m);
        const instrumenten = dubbel ? [i, kaart.instrumenten[n]!] : [i];
        const k = { ...kaart, instrumenten };
        return eens(k, parseMenukaart(k), () => controleerInstrumenten(["instrumenten"], instrumenten), [], ["instrumenten"]);
      },
      5_000,
    );
    expect(telling.geldig).toBeGreaterThan(200);
    expect(telling.ongeldig).toBeGreaterThan(1_000);
  });
});

describe("controleerWerkplan accepteert elk plan dat parseWerkplan ongewijzigd accepteert", () => {
  it("op gemuteerde voorbeeldplannen", () => {
    const plannen = gemuteerdePoel(zadenVoor("werkplan"), parseWerkplan, 1_000);
    expect(plannen.length).toBeGreaterThan(300);
    for (const p of plannen) expect(fout(() => controleerWerkplan(["plan"], JSON.parse(JSON.stringify(p)))), JSON.stringify(p).slice(0, 300)).toBeUndefined();
  });
});

describe("controle.ts: elke controle met haar code, pad en melding", () => {
  const werkgever = { vrager: "werkgever", onderwerpen: ["personeel"], deur: { soort: "werkcentrum" } };
  const persoon = { vrager: "werkzoekende", uitkering: "WW", onderwerpen: ["werk"], deur: { soort: "werkcentrum" } };
  const gevallen: [string, () => void, string, readonly (string | number)[], string?][] = [
    ["regio niet in regios", () => controleerHulpvraag(["h"], { ...werkgever, regio: "AM17", regios: ["AM22", "AM21"] }), "inconsistent", ["h", "regio"], "h.regio: AM17 staat niet in regios (AM22, AM21)"],
    ["dubbel onderwerp", () => controleerHulpvraag(["h"], { ...persoon, onderwerpen: ["werk", "werk"] }), "dubbel", ["h", "onderwerpen", 1], 'h.onderwerpen[1]: "werk" staat er al eerder in'],
    ["onderwerpen geen lijst", () => controleerHulpvraag(["h"], { ...persoon, onderwerpen: 5 }), "ongeldig-type", ["h", "onderwerpen"], "h.onderwerpen: verwacht een lijst, ontvangen het getal 5"],
    ["onderwerpen leeg", () => controleerHulpvraag(["h"], { ...persoon, onderwerpen: [] }), "te-klein", ["h", "onderwerpen"], "h.onderwerpen: verwacht een niet-lege lijst, ontvangen een lijst"],
    ["regio geen tekst", () => controleerHulpvraag(["h"], { ...persoon, regio: 22 }), "ongeldig-type", ["h", "regio"], "h.regio: verwacht een arbeidsmarktregio als CBS-code (AM01…AM38, bijv. AM22), ontvangen het getal 22"],
    ["regio onbekend", () => controleerHulpvraag(["h"], { ...persoon, regio: "AM04" }), "ongeldige-waarde", ["h", "regio"]],
    ["regios tekst", () => controleerHulpvraag(["h"], { ...werkgever, regios: "AM22" }), "ongeldige-waarde", ["h", "regios"], 'h.regios: verwacht een lijst arbeidsmarktregio\'s of "landelijk", ontvangen de tekst "AM22"'],
    ["regios leeg", () => controleerHulpvraag(["h"], { ...werkgever, regios: [] }), "te-klein", ["h", "regios"]],
    ["leerbedrijfvraag", () => controleerHulpvraag(["h"], { ...werkgever, leerbedrijfvraag: "ja" }), "ongeldig-type", ["h", "leerbedrijfvraag"], 'h.leerbedrijfvraag: verwacht true of false, ontvangen de tekst "ja"'],
    ["omvang", () => controleerHulpvraag(["h"], { ...werkgever, omvang: "reus" }), "ongeldige-waarde", ["h", "omvang"]],
    ["persoonsveld bij werkgever", () => controleerHulpvraag(["h"], { ...werkgever, uitkering: "WW" }), "onbekend-veld", ["h", "uitkering"], 'h.uitkering: onbekend veld "uitkering" (geldt alleen voor een persoon); bekend zijn: vrager, id, onderwerpen, deur, regio, toelichting, omvang, regios, leerbedrijfvraag'],
    ["werkendeveld bij werkzoekende", () => controleerHulpvraag(["h"], { ...persoon, dreigtWerkloos: "ja" }), "onbekend-veld", ["h", "dreigtWerkloos"]],
    ["onbekend veld", () => controleerHulpvraag(["h"], { ...persoon, x: 1 }), "onbekend-veld", ["h", "x"], 'h.x: onbekend veld "x"; bekend zijn: vrager, id, onderwerpen, deur, regio, toelichting, uitkering, wwEinddatum, arbeidsbeperking, leeftijd, schoolverlaterZonderStartkwalificatie, arbeidsmigrant, woongemeente'],
    ["id leeg", () => controleerHulpvraag(["h"], { ...persoon, id: "" }), "te-klein", ["h", "id"]],
    ["toelichting geen tekst", () => controleerHulpvraag(["h"], { ...persoon, toelichting: 1 }), "ongeldig-type", ["h", "toelichting"]],
    ["deur partner zonder partner", () => controleerHulpvraag(["h"], { ...persoon, deur: { soort: "partner" } }), "verplicht", ["h", "deur", "partner"]],
    ["deur partner naam leeg", () => controleerHulpvraag(["h"], { ...persoon, deur: { soort: "partner", partner: "UWV", naam: "" } }), "te-klein", ["h", "deur", "naam"]],
    ["deur partner met regio", () => controleerHulpvraag(["h"], { ...persoon, deur: { soort: "partner", partner: "UWV", regio: "AM22" } }), "onbekend-veld", ["h", "deur", "regio"]],
    ["deur regio onbekend", () => controleerHulpvraag(["h"], { ...persoon, deur: { soort: "digitaal", regio: "AM04" } }), "ongeldige-waarde", ["h", "deur", "regio"]],
    ["deur werkcentrum met naam", () => controleerHulpvraag(["h"], { ...persoon, deur: { soort: "werkcentrum", naam: "x" } }), "onbekend-veld", ["h", "deur", "naam"]],
    ["woongemeente leeg", () => controleerHulpvraag(["h"], { ...persoon, woongemeente: "" }), "te-klein", ["h", "woongemeente"]],
    ["leeftijd negatief", () => controleerHulpvraag(["h"], { ...persoon, leeftijd: -1 }), "te-klein", ["h", "leeftijd"], "h.leeftijd: verwacht een geheel aantal jaren van 0 tot en met 130, ontvangen het getal -1"],
    ["leeftijd 131", () => controleerHulpvraag(["h"], { ...persoon, leeftijd: 131 }), "te-groot", ["h", "leeftijd"]],
    ["leeftijd 1,5", () => controleerHulpvraag(["h"], { ...persoon, leeftijd: 1.5 }), "ongeldig-type", ["h", "leeftijd"]],
    ["ja/nee", () => controleerHulpvraag(["h"], { ...persoon, arbeidsmigrant: "soms" }), "ongeldige-waarde", ["h", "arbeidsmigrant"]],
    ["contract", () => controleerHulpvraag(["h"], { ...persoon, vrager: "werkende", contract: "los" }), "ongeldige-waarde", ["h", "contract"]],
    ["private ondersteuning geen lijst", () => controleerHulpvraag(["h"], { ...persoon, vrager: "werkende", privateOndersteuning: 1 }), "ongeldig-type", ["h", "privateOndersteuning"]],
    ["WW-einddatum bij bijstand", () => controleerHulpvraag(["h"], { ...persoon, uitkering: "bijstand", wwEinddatum: "2026-10-01" }), "inconsistent", ["h", "wwEinddatum"], 'h.wwEinddatum: hoort alleen bij uitkering "WW" (uitkering is "bijstand")'],
  ];
  const geldig: [string, () => void][] = [
    ["regio in regios", () => controleerHulpvraag(["h"], { ...werkgever, regio: "AM21", regios: ["AM22", "AM21"] })],
    ["regios landelijk met regio", () => controleerHulpvraag(["h"], { ...werkgever, regio: "AM21", regios: "landelijk" })],
    ["niet streng: regio buiten regios en dubbele regios", () => controleerHulpvraag(["h"], { ...werkgever, regio: "AM17", regios: ["AM22", "AM22"] }, false)],
    ["niet streng: lege onderwerpen, deur en extra velden niet gecontroleerd", () => controleerHulpvraag(["h"], { vrager: "werkende", uitkering: "geen", onderwerpen: [], privateOndersteuning: ["cao", "cao"], x: 1 }, false)],
    ["grenzen van de leeftijd", () => (controleerHulpvraag(["h"], { ...persoon, leeftijd: 0 }), controleerHulpvraag(["h"], { ...persoon, leeftijd: 130 }))],
  ];

  const plan = zadenVoor("werkplan")[0] as Record<string, unknown> & { historie: Record<string, unknown>[]; intake: Record<string, unknown> };
  const intake = plan.historie[0]!;
  const wijziging = { ...intake, soort: "inkomenssituatie" };
  const metPlan = (x: Record<string, unknown>) => () => controleerWerkplan(["plan"], { ...plan, ...x });
  gevallen.push(
    ["plan.id leeg", metPlan({ id: "" }), "te-klein", ["plan", "id"]],
    ["arrangeur", metPlan({ arrangeur: { soort: "bank", organisatie: null } }), "ongeldige-waarde", ["plan", "arrangeur", "soort"]],
    ["arrangeur extra", metPlan({ arrangeur: { soort: "UWV", organisatie: "UWV", x: 1 } }), "onbekend-veld", ["plan", "arrangeur", "x"]],
    ["intake extra veld", metPlan({ intake: { ...plan.intake, x: 1 } }), "onbekend-veld", ["plan", "intake", "x"]],
    ["intake deur", metPlan({ intake: { ...plan.intake, deur: { soort: "balie" } } }), "ongeldige-waarde", ["plan", "intake", "deur", "soort"]],
    ["diagnose geen object", metPlan({ diagnose: "x" }), "ongeldig-type", ["plan", "diagnose"]],
    ["diagnose extra veld", metPlan({ diagnose: { datum: "2026-09-01", ondersteuningsbehoefte: "x", y: 1 } }), "onbekend-veld", ["plan", "diagnose", "y"]],
    ["diagnose datum", metPlan({ diagnose: { datum: "2026-09-31", ondersteuningsbehoefte: "x" } }), "ongeldige-datum", ["plan", "diagnose", "datum"]],
    ["diagnose leeg", metPlan({ diagnose: { datum: "2026-09-01", ondersteuningsbehoefte: "" } }), "te-klein", ["plan", "diagnose", "ondersteuningsbehoefte"]],
    ["historie geen lijst", metPlan({ historie: {} }), "ongeldig-type", ["plan", "historie"]],
    ["historie element", metPlan({ historie: [intake, 5] }), "ongeldig-type", ["plan", "historie", 1]],
    ["historie datum", metPlan({ historie: [intake, { ...wijziging, datum: "2026-13-01" }] }), "ongeldige-datum", ["plan", "historie", 1, "datum"]],
    ["historie soort", metPlan({ historie: [intake, { ...wijziging, soort: "x" }] }), "ongeldige-waarde", ["plan", "historie", 1, "soort"]],
    ["intake op een andere dag", metPlan({ historie: [{ ...intake, datum: "2026-09-02" }] }), "inconsistent", ["plan", "historie", 0]],
    ["historie begint niet met de intake", metPlan({ historie: [wijziging] }), "inconsistent", ["plan", "historie", 0], "plan.historie[0]: de historie begint met de intake op 2026-09-01 (één intake)"],
  );
  geldig.push(["twee wijzigingen op dezelfde dag", metPlan({ historie: [intake, { ...wijziging, datum: "2026-10-01" }, { ...wijziging, datum: "2026-10-01" }] })]);

  const act = { id: "a", omschrijving: "o", aanbieder: "p", status: "gepland" };
  gevallen.push(
    ["activiteit einde", () => controleerActiviteiten(["a"], [{ ...act, einde: "2026-02-30" }]), "ongeldige-datum", ["a", 0, "einde"]],
    ["activiteit aanbieder", () => controleerActiviteiten(["a"], [{ ...act, aanbieder: 1 }]), "ongeldig-type", ["a", 0, "aanbieder"]],
  );
  geldig.push(
    ["activiteit: einde op de dag van start", () => controleerActiviteiten(["a"], [{ ...act, start: "2026-01-01", einde: "2026-01-01" }])],
    ["activiteit: alleen start of alleen einde", () => controleerActiviteiten(["a"], [{ ...act, id: "b", start: "2026-03-01" }, { ...act, einde: "2026-01-01" }])],
  );

  const instrument = { id: "i", naam: "n", aanbieder: "a", functionaliteiten: ["loopbaanadvies"], doelgroepen: [], regios: "landelijk" };
  const metVoorwaarden = (v: unknown) => () => controleerInstrumenten(["k"], [{ ...instrument, voorwaarden: v }]);
  gevallen.push(
    ["aanbieder leeg", () => controleerInstrumenten(["k"], [{ ...instrument, aanbieder: "" }]), "te-klein", ["k", 0, "aanbieder"]],
    ["url leeg", () => controleerInstrumenten(["k"], [{ ...instrument, url: "" }]), "te-klein", ["k", 0, "url"]],
    ["toelichting geen tekst", () => controleerInstrumenten(["k"], [{ ...instrument, toelichting: 1 }]), "ongeldig-type", ["k", 0, "toelichting"]],
    ["functionaliteiten geen lijst", () => controleerInstrumenten(["k"], [{ ...instrument, functionaliteiten: "loopbaanadvies" }]), "ongeldige-waarde", ["k", 0, "functionaliteiten"], 'k[0].functionaliteiten: verwacht een lijst, ontvangen de tekst "loopbaanadvies"'],
    ["doelgroep onbekend", () => controleerInstrumenten(["k"], [{ ...instrument, doelgroepen: ["kinderen"] }]), "ongeldige-waarde", ["k", 0, "doelgroepen", 0]],
    ["voorwaarden geen object", metVoorwaarden([]), "ongeldig-type", ["k", 0, "voorwaarden"]],
    ["voorwaarden extra", metVoorwaarden({ x: 1 }), "onbekend-veld", ["k", 0, "voorwaarden", "x"]],
    ["voorwaarden vragers", metVoorwaarden({ vragers: [] }), "te-klein", ["k", 0, "voorwaarden", "vragers"]],
    ["voorwaarden uitkering onbekend", metVoorwaarden({ uitkeringen: ["onbekend"] }), "ongeldige-waarde", ["k", 0, "voorwaarden", "uitkeringen", 0]],
    ["voorwaarden maxLeeftijd", metVoorwaarden({ maxLeeftijd: 200 }), "te-groot", ["k", 0, "voorwaarden", "maxLeeftijd"]],
    ["voorwaarden minLeeftijd", metVoorwaarden({ minLeeftijd: "18" }), "ongeldig-type", ["k", 0, "voorwaarden", "minLeeftijd"]],
    ["voorwaarden min boven max", metVoorwaarden({ minLeeftijd: 30, maxLeeftijd: 20 }), "inconsistent", ["k", 0, "voorwaarden", "minLeeftijd"], "k[0].voorwaarden.minLeeftijd: minLeeftijd 30 is groter dan maxLeeftijd 20"],
    ["voorwaarden arbeidsbeperking", metVoorwaarden({ arbeidsbeperking: "onbekend" }), "ongeldige-waarde", ["k", 0, "voorwaarden", "arbeidsbeperking"]],
    ["voorwaarden overig leeg", metVoorwaarden({ overig: "" }), "te-klein", ["k", 0, "voorwaarden", "overig"]],
  );
  geldig.push(
    ["voorwaarden: min gelijk aan max, alleen een grens, uitkering WW", () => (metVoorwaarden({ minLeeftijd: 20, maxLeeftijd: 20, uitkeringen: ["WW"] })(), metVoorwaarden({ minLeeftijd: 20 })(), metVoorwaarden({ maxLeeftijd: 20 })())],
  );

  for (const [naam, f, code, pad, melding] of gevallen) {
    it(naam, () => {
      const e = fout(f);
      expect(e, "geen fout").toBeDefined();
      expect([e!.code, e!.path]).toEqual([code, pad]);
      if (melding !== undefined) expect(e!.message).toBe(melding);
    });
  }
  for (const [naam, f] of geldig) it(`geldig: ${naam}`, () => expect(fout(f)).toBeUndefined());
});
