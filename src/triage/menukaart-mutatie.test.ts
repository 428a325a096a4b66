import { describe, expect, it } from "vitest";
import { werkende, werkgever, werkzoekende } from "../../test/hulp/triage.js";
import { zoekInstrumenten } from "./menukaart.js";
import type { Hulpvraag, Instrument, InstrumentMatch, Menukaart } from "./model.js";

/**
 * Aanvullende tests voor `zoekInstrumenten`, gevonden met mutatietesten (docs/mutatietesten.md):
 * elke harde voorwaarde op haar grens (leeftijd 17/18/27/28), wat onbekend is (`na-te-gaan`),
 * wie tot welke doelgroep hoort (27 is geen jongere meer, 55 wel een 55-plusser), de regio van
 * een werkgever met één werkgebied, en de rangorde.
 */

const instrument = (id: string, x: Partial<Instrument> = {}): Instrument => ({
  id,
  naam: id,
  aanbieder: "Werkcentrum",
  functionaliteiten: ["loopbaanadvies"],
  doelgroepen: [],
  regios: "landelijk",
  ...x,
});
const kaart = (...instrumenten: Instrument[]): Menukaart => ({ titel: "Test", regio: "AM22", illustratief: true, instrumenten });
const zoek = (h: Hulpvraag, ...instrumenten: Instrument[]) => zoekInstrumenten(kaart(...instrumenten), h);
const een = (h: Hulpvraag, i: Instrument): InstrumentMatch | undefined => zoek(h, i)[0];
const ids = (m: readonly InstrumentMatch[]) => m.map((x) => x.instrument.id);

const LANDELIJK = { soort: "regio", regio: "landelijk" } as const;
const fn = (functionaliteit: string, ...onderwerpen: string[]) => ({ soort: "functionaliteit", functionaliteit, onderwerpen, regel: "triage/ondersteuningsbehoefte-centraal" });

describe("zoekInstrumenten: de behoefte bepaalt de functionaliteiten", () => {
  it("een functionaliteit noemt elk onderwerp dat haar nodig maakt, één keer", () => {
    const m = een(werkende({ onderwerpen: ["loopbaan", "scholing", "loopbaan"] }), instrument("advies"));
    expect(m).toStrictEqual({ instrument: instrument("advies"), status: "past", score: 3, redenen: [fn("loopbaanadvies", "loopbaan", "scholing"), LANDELIJK] });
  });

  it("een leerbedrijfvraag van een werkgever vraagt bemiddeling en voorzieningen; zonder leerbedrijfvraag niet", () => {
    const sub = instrument("sub", { functionaliteiten: ["voorzieningen-instrumenten-subsidies", "arbeidsbemiddeling"] });
    expect(een(werkgever({ onderwerpen: ["overig"], leerbedrijfvraag: true }), sub)?.redenen).toStrictEqual([
      fn("voorzieningen-instrumenten-subsidies", "leerbedrijfvraag"),
      fn("arbeidsbemiddeling", "leerbedrijfvraag"),
      LANDELIJK,
    ]);
    expect(een(werkgever({ onderwerpen: ["personeel"], leerbedrijfvraag: true }), sub)?.redenen[1]).toStrictEqual(fn("arbeidsbemiddeling", "personeel", "leerbedrijfvraag"));
    expect(zoek(werkgever({ onderwerpen: ["overig"], leerbedrijfvraag: false }), sub)).toEqual([]);
    expect(zoek(werkgever({ onderwerpen: ["overig"] }), sub)).toEqual([]);
  });

  it("een arbeidsbeperking vraagt voorzieningen, en bij een werkzoekende ook beschut werk", () => {
    const beschut = instrument("beschut", { functionaliteiten: ["beschut-werk"] });
    const voorz = instrument("voorz", { functionaliteiten: ["voorzieningen-instrumenten-subsidies"] });
    expect(een(werkzoekende({ onderwerpen: ["overig"], arbeidsbeperking: "ja" }), beschut)?.redenen[0]).toStrictEqual(fn("beschut-werk", "arbeidsbeperking"));
    expect(zoek(werkende({ onderwerpen: ["overig"], arbeidsbeperking: "ja" }), beschut)).toEqual([]);
    expect(een(werkende({ onderwerpen: ["overig"], arbeidsbeperking: "ja" }), voorz)?.redenen[0]).toStrictEqual(fn("voorzieningen-instrumenten-subsidies", "arbeidsbeperking"));
    expect(zoek(werkzoekende({ onderwerpen: ["overig"], arbeidsbeperking: "onbekend" }), beschut, voorz)).toEqual([]);
  });

  it("een werkende die werkloos dreigt te worden vraagt arbeidsjuridische dienstverlening; 'onbekend' of 'nee' niet", () => {
    const jur = instrument("jur", { functionaliteiten: ["arbeidsjuridisch"] });
    expect(een(werkende({ onderwerpen: ["overig"], dreigtWerkloos: "ja" }), jur)?.redenen[0]).toStrictEqual(fn("arbeidsjuridisch", "dreigtWerkloos"));
    expect(zoek(werkende({ onderwerpen: ["overig"], dreigtWerkloos: "onbekend" }), jur)).toEqual([]);
    expect(zoek(werkende({ onderwerpen: ["overig"], dreigtWerkloos: "nee" }), jur)).toEqual([]);
  });
});

describe("zoekInstrumenten: doelgroepen tellen mee voor de score (soort vrager 1, andere doelgroep 2)", () => {
  // Loopbaanadvies past bij de standaardwerkende (loopbaan), bemiddeling bij de werkzoekende (werk) en de werkgever (personeel).
  const score = (h: Hulpvraag, doelgroep: string) => een(h, instrument("i", { functionaliteiten: ["loopbaanadvies", "arbeidsbemiddeling"], doelgroepen: [doelgroep as never] }));

  it("jongeren tot 27, 55-plussers vanaf 55; zonder leeftijd geen van beide", () => {
    const reden = (m: InstrumentMatch | undefined) => m?.redenen.filter((r) => r.soort === "doelgroep");
    expect(score(werkende({ leeftijd: 26 }), "jongeren")).toMatchObject({ score: 5 });
    expect(reden(score(werkende({ leeftijd: 26 }), "jongeren"))).toStrictEqual([{ soort: "doelgroep", doelgroep: "jongeren" }]);
    expect(score(werkende({ leeftijd: 27 }), "jongeren")).toMatchObject({ score: 3 });
    expect(score(werkende({ leeftijd: 55 }), "55-plussers")).toMatchObject({ score: 5 });
    expect(score(werkende({ leeftijd: 54 }), "55-plussers")).toMatchObject({ score: 3 });
    expect(score(werkende({ leeftijd: 20 }), "55-plussers")).toMatchObject({ score: 3 });
    expect(score(werkende({ leeftijd: 60 }), "jongeren")).toMatchObject({ score: 3 });
    expect(score(werkende(), "jongeren")).toMatchObject({ score: 3 });
    expect(score(werkende(), "55-plussers")).toMatchObject({ score: 3 });
  });

  it("arbeidsbeperking, arbeidsmigrant en schoolverlater alleen bij 'ja'", () => {
    for (const [veld, doelgroep] of [
      ["arbeidsbeperking", "arbeidsbeperking"],
      ["arbeidsmigrant", "arbeidsmigranten"],
      ["schoolverlaterZonderStartkwalificatie", "schoolverlaters"],
    ] as const) {
      expect(score(werkzoekende({ [veld]: "ja" }), doelgroep), doelgroep).toMatchObject({ score: 5 });
      expect(score(werkzoekende({ [veld]: "onbekend" }), doelgroep), doelgroep).toMatchObject({ score: 3 });
    }
  });

  it("zzp en flexwerkers (flex of uitzend) alleen voor werkenden met dat contract", () => {
    expect(score(werkende({ contract: "zzp" }), "zzp")).toMatchObject({ score: 5 });
    expect(score(werkende({ contract: "flex" }), "zzp")).toMatchObject({ score: 3 });
    expect(score(werkende({ contract: "flex" }), "flexwerkers")).toMatchObject({ score: 5 });
    expect(score(werkende({ contract: "uitzend" }), "flexwerkers")).toMatchObject({ score: 5 });
    expect(score(werkende({ contract: "vast" }), "flexwerkers")).toMatchObject({ score: 3 });
    expect(score(werkende({ contract: "zzp" }), "flexwerkers")).toMatchObject({ score: 3 });
  });

  it("mkb: kleine en middelgrote werkgevers, niet grote of onbekende", () => {
    const m = (omvang: "klein" | "middelgroot" | "groot" | "onbekend") => score(werkgever({ omvang }), "mkb")?.score;
    expect([m("klein"), m("middelgroot"), m("groot"), m("onbekend")]).toEqual([5, 5, 3, 3]);
  });

  it("de soort vrager telt 1; een instrument voor een andere soort vrager valt af", () => {
    expect(een(werkende({ leeftijd: 20 }), instrument("i", { doelgroepen: ["werkenden", "jongeren"] }))).toMatchObject({
      score: 3 + 1 + 2,
      redenen: [fn("loopbaanadvies", "loopbaan"), LANDELIJK, { soort: "doelgroep", doelgroep: "werkenden" }, { soort: "doelgroep", doelgroep: "jongeren" }],
    });
    expect(zoek(werkende(), instrument("i", { doelgroepen: ["werkzoekenden", "jongeren"] }))).toEqual([]);
    expect(zoek(werkende({ leeftijd: 20 }), instrument("i", { doelgroepen: ["jongeren"] }))).toHaveLength(1);
  });
});

describe("zoekInstrumenten: regio", () => {
  const regionaal = instrument("r", { functionaliteiten: ["arbeidsbemiddeling"], regios: ["AM22"] });

  it("een werkgever met één werkgebied heeft die regio; met meer of landelijk is de regio onbekend", () => {
    expect(een(werkgever({ regios: ["AM22"] }), regionaal)).toMatchObject({ status: "past", score: 4, redenen: [fn("arbeidsbemiddeling", "personeel"), { soort: "regio", regio: "AM22" }] });
    expect(een(werkgever({ regios: ["AM22", "AM22"] }), regionaal)).toMatchObject({ status: "past", score: 4 });
    for (const regios of [["AM22", "AM21"], "landelijk"] as const) {
      expect(een(werkgever({ regios }), regionaal)).toMatchObject({ status: "na-te-gaan", score: 3, redenen: [fn("arbeidsbemiddeling", "personeel"), { soort: "regio", regio: "onbekend" }] });
    }
    expect(een(werkgever({ regios: ["AM21", "AM22"], regio: "AM22" }), regionaal)).toMatchObject({ status: "past", score: 4 });
    expect(zoek(werkgever({ regios: ["AM21"] }), regionaal)).toEqual([]);
  });

  it("een persoon zonder regio: na te gaan; buiten de regio: valt af", () => {
    const { regio: _, ...zonderRegio } = werkzoekende();
    expect(een(zonderRegio, regionaal)).toMatchObject({ status: "na-te-gaan", redenen: [fn("arbeidsbemiddeling", "werk"), { soort: "regio", regio: "onbekend" }] });
    expect(zoek(werkzoekende({ regio: "AM17" }), regionaal)).toEqual([]);
  });
});

describe("zoekInstrumenten: harde voorwaarden", () => {
  const met = (voorwaarden: Instrument["voorwaarden"]) => instrument("v", { functionaliteiten: ["arbeidsbemiddeling", "loopbaanadvies"], ...(voorwaarden !== undefined && { voorwaarden }) });

  it("vrager: een andere soort valt af; de eigen soort geeft een voldane voorwaarde", () => {
    expect(zoek(werkende(), met({ vragers: ["werkzoekende", "werkgever"] }))).toEqual([]);
    expect(een(werkzoekende(), met({ vragers: ["werkzoekende", "werkgever"] }))).toMatchObject({
      status: "past",
      redenen: [fn("arbeidsbemiddeling", "werk"), LANDELIJK, { soort: "voorwaarde", veld: "vrager", uitkomst: "voldaan", verwacht: "werkzoekende of werkgever", gevonden: "werkzoekende" }],
    });
  });

  it("uitkering: een werkgever of een andere uitkering valt af; een onbekende uitkering is na te gaan", () => {
    const v = met({ uitkeringen: ["WW", "bijstand"] });
    expect(zoek(werkgever(), v)).toEqual([]);
    expect(zoek(werkzoekende({ uitkering: "Wajong" }), v)).toEqual([]);
    expect(een(werkzoekende({ uitkering: "WW" }), v)?.redenen[2]).toStrictEqual({ soort: "voorwaarde", veld: "uitkering", uitkomst: "voldaan", verwacht: "WW of bijstand", gevonden: "WW" });
    expect(een(werkzoekende({ uitkering: "onbekend" }), v)).toMatchObject({
      status: "na-te-gaan",
      redenen: [fn("arbeidsbemiddeling", "werk"), LANDELIJK, { soort: "voorwaarde", veld: "uitkering", uitkomst: "onbekend", verwacht: "WW of bijstand", gevonden: null }],
    });
  });

  it("leeftijd: de grenzen zelf horen erbij; zonder leeftijd na te gaan; een werkgever valt af", () => {
    const v = met({ minLeeftijd: 18, maxLeeftijd: 27 });
    const l = (leeftijd?: number) => zoek(werkzoekende(leeftijd === undefined ? {} : { leeftijd }), v);
    expect([17, 18, 27, 28].map((x) => l(x).length)).toEqual([0, 1, 1, 0]);
    expect(l(18)[0]?.redenen[2]).toStrictEqual({ soort: "voorwaarde", veld: "leeftijd", uitkomst: "voldaan", verwacht: "18 tot en met 27 jaar", gevonden: "18" });
    expect(l()[0]).toMatchObject({ status: "na-te-gaan", redenen: [fn("arbeidsbemiddeling", "werk"), LANDELIJK, { soort: "voorwaarde", veld: "leeftijd", uitkomst: "onbekend", gevonden: null }] });
    expect(zoek(werkgever(), v)).toEqual([]);
    expect(zoek(werkgever(), met({ maxLeeftijd: 27 }))).toEqual([]);
  });

  it("alleen een onder- of bovengrens", () => {
    const vanaf = met({ minLeeftijd: 50 });
    expect(zoek(werkzoekende({ leeftijd: 49 }), vanaf)).toEqual([]);
    expect(een(werkzoekende({ leeftijd: 50 }), vanaf)?.redenen[2]).toMatchObject({ verwacht: "50 tot en met … jaar", gevonden: "50" });
    const tot = met({ maxLeeftijd: 30 });
    expect(zoek(werkzoekende({ leeftijd: 31 }), tot)).toEqual([]);
    expect(een(werkzoekende({ leeftijd: 5 }), tot)?.redenen[2]).toMatchObject({ verwacht: "0 tot en met 30 jaar", gevonden: "5" });
  });

  it("arbeidsbeperking: de andere waarde valt af, onbekend of ontbrekend is na te gaan, een werkgever valt af", () => {
    const v = met({ arbeidsbeperking: "ja" });
    expect(zoek(werkzoekende({ arbeidsbeperking: "nee" }), v)).toEqual([]);
    const ja = zoek(werkzoekende({ arbeidsbeperking: "ja" }), instrument("v", { functionaliteiten: ["arbeidsbemiddeling"], voorwaarden: { arbeidsbeperking: "ja" } }))[0];
    expect(ja?.redenen[2]).toStrictEqual({ soort: "voorwaarde", veld: "arbeidsbeperking", uitkomst: "voldaan", verwacht: "ja", gevonden: "ja" });
    for (const h of [werkzoekende({ arbeidsbeperking: "onbekend" }), werkzoekende()]) {
      expect(een(h, v)).toMatchObject({ status: "na-te-gaan", redenen: [fn("arbeidsbemiddeling", "werk"), LANDELIJK, { soort: "voorwaarde", veld: "arbeidsbeperking", uitkomst: "onbekend", verwacht: "ja", gevonden: null }] });
    }
    expect(een(werkzoekende({ arbeidsbeperking: "nee" }), met({ arbeidsbeperking: "nee" }))?.redenen[2]).toMatchObject({ gevonden: "nee" });
    expect(zoek(werkgever(), v)).toEqual([]);
  });

  it("een voorwaarde in woorden is altijd na te gaan; zonder voorwaarden past het instrument", () => {
    expect(een(werkzoekende(), met({ overig: "inwoner van Zaanstad" }))).toMatchObject({
      status: "na-te-gaan",
      redenen: [fn("arbeidsbemiddeling", "werk"), LANDELIJK, { soort: "voorwaarde-tekst", tekst: "inwoner van Zaanstad" }],
    });
    expect(een(werkzoekende(), met(undefined))).toStrictEqual({ instrument: met(undefined), status: "past", score: 3, redenen: [fn("arbeidsbemiddeling", "werk"), LANDELIJK] });
    expect(een(werkzoekende(), met({}))).toStrictEqual({ instrument: met({}), status: "past", score: 3, redenen: [fn("arbeidsbemiddeling", "werk"), LANDELIJK] });
  });
});

describe("zoekInstrumenten: rangorde", () => {
  it("score, dan 'past' vóór 'na-te-gaan', dan naam, dan id", () => {
    const h = werkende({ leeftijd: 20 });
    const m = zoek(
      h,
      instrument("z-na", { naam: "A", voorwaarden: { overig: "x" } }),
      instrument("b2", { naam: "B" }),
      instrument("b1", { naam: "B" }),
      instrument("c", { naam: "C" }),
      instrument("hoog", { naam: "Z", doelgroepen: ["jongeren"] }),
      instrument("a-past", { naam: "D" }),
    );
    expect(ids(m)).toEqual(["hoog", "b1", "b2", "c", "a-past", "z-na"]);
    expect(m.map((x) => x.score)).toEqual([5, 3, 3, 3, 3, 3]);
    expect(ids(zoek(h, instrument("b", { naam: "N" }), instrument("a", { naam: "N" })))).toEqual(["a", "b"]);
    expect(ids(zoek(h, instrument("c", { naam: "N" }), instrument("b", { naam: "N" }), instrument("a", { naam: "N" }), instrument("d", { naam: "N" })))).toEqual(["a", "b", "c", "d"]);
    expect(ids(zoek(h, instrument("a", { naam: "N" }), instrument("d", { naam: "N" }), instrument("b", { naam: "N" }), instrument("c", { naam: "N" })))).toEqual(["a", "b", "c", "d"]);
    expect(ids(zoek(h, instrument("y", { naam: "M", voorwaarden: { overig: "x" } }), instrument("x", { naam: "N" })))).toEqual(["x", "y"]);
  });
});

describe("zoekInstrumenten: velden van een andere soort vrager tellen niet mee", () => {
  // Zo'n vraag ontstaat met een spread, bijv. `{ ...vraagVanWerkende, vrager: "werkzoekende" }`: TypeScript
  // meldt de overgebleven velden dan niet, en parseHulpvraag wordt niet altijd eerst aangeroepen.
  it("een werkzoekende met een overgebleven dreigtWerkloos 'ja' vraagt geen arbeidsjuridische dienstverlening", () => {
    const jur = instrument("jur", { functionaliteiten: ["arbeidsjuridisch"] });
    const h: Hulpvraag = { ...werkende({ onderwerpen: ["overig"], dreigtWerkloos: "ja" }), vrager: "werkzoekende" };
    expect(zoek(h, jur)).toEqual([]);
    expect(een(werkende({ onderwerpen: ["overig"], dreigtWerkloos: "ja" }), jur)?.status).toBe("past");
  });

  it("een werkzoekende met een overgebleven contract is geen zzp'er of flexwerker", () => {
    for (const [contract, doelgroep] of [
      ["zzp", "zzp"],
      ["flex", "flexwerkers"],
    ] as const) {
      const i = instrument("i", { functionaliteiten: ["arbeidsbemiddeling"], doelgroepen: [doelgroep] });
      const h: Hulpvraag = { ...werkende({ onderwerpen: ["werk"], contract }), vrager: "werkzoekende" };
      expect(een(h, i), doelgroep).toStrictEqual({ instrument: i, status: "past", score: 3, redenen: [fn("arbeidsbemiddeling", "werk"), LANDELIJK] });
    }
  });

  it("de regios van een werkgever geven een persoon zonder regio geen regio", () => {
    const regionaal = instrument("r", { functionaliteiten: ["arbeidsbemiddeling"], regios: ["AM22"] });
    const { regio: _, ...zonderRegio } = werkzoekende();
    const h: Hulpvraag = { ...zonderRegio, ...{ regios: ["AM22"] } };
    expect(een(h, regionaal)).toMatchObject({ status: "na-te-gaan", score: 3, redenen: [fn("arbeidsbemiddeling", "werk"), { soort: "regio", regio: "onbekend" }] });
  });
});
