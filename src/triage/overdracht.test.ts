import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { diepBevroren, werkende, werkzoekende } from "../../test/hulp/triage.js";
import type { Peildatum } from "../tijd/peildatum.js";
import type { Arrangeur, HulpvraagWerkzoekende, Planoverdracht, Planwijziging, Werkplan } from "./model.js";
import { triageRegels } from "./regels.js";
import { parseWerkplan } from "./schema.js";
import { maakWerkplan, wijzigInkomenssituatie } from "./werkplan.js";

/**
 * De warme overdracht van een Werkplan als de arrangeur verandert (triage/warme-overdracht-arrangeur):
 * een getypeerd record in de historie, geen record als de arrangeur dezelfde blijft, `beoordelen`
 * als de nieuwe arrangeur niet te bepalen is; parseWerkplan en het JSON Schema accepteren wat de
 * bibliotheek maakt en weigeren een overdracht die niet bij haar wijziging past.
 */

const UWV: Arrangeur = { soort: "UWV", organisatie: "UWV" };
const ZAANSTAD: Arrangeur = { soort: "gemeente", organisatie: "gemeente Zaanstad" };
const ID = "triage/warme-overdracht-arrangeur";

function plan(persoon: HulpvraagWerkzoekende = werkzoekende({ uitkering: "WW" }), peildatum = "2026-02-02"): Werkplan {
  const s = maakWerkplan(persoon, {
    peildatum,
    activiteiten: [
      { id: "a1", omschrijving: "Omscholing zorg", aanbieder: "ROC", status: "lopend" },
      { id: "a2", omschrijving: "Sollicitatietraining", aanbieder: "UWV", status: "afgerond" },
    ],
  });
  if (s.status !== "bepaald") throw new Error("verwacht een plan");
  return s.werkplan;
}

/** Een wijziging op een diep bevroren plan; het plan blijft gelijk aan een losse kopie. */
function wijzig(p: Werkplan, nieuw: Parameters<typeof wijzigInkomenssituatie>[1], peildatum: string): Werkplan {
  const kopie = structuredClone(p);
  const bevroren = diepBevroren(structuredClone(p));
  const uit = wijzigInkomenssituatie(bevroren, nieuw, { peildatum });
  expect(bevroren).toEqual(kopie);
  return uit;
}

const laatste = (p: Werkplan): Planwijziging => p.historie[p.historie.length - 1]!;

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const valideerJsonSchema = ajv.compile(JSON.parse(readFileSync(new URL("../json-schema/werkplan.schema.json", import.meta.url), "utf8")) as object);

/** parseWerkplan én het JSON Schema accepteren het plan (na een rondje JSON). */
function accepteert(p: Werkplan): void {
  const json = JSON.parse(JSON.stringify(p)) as unknown;
  expect(parseWerkplan(json)).toMatchObject({ ok: true });
  expect(valideerJsonSchema(json), JSON.stringify(valideerJsonSchema.errors)).toBe(true);
}

describe("Werkplan: warme overdracht als de arrangeur verandert", () => {
  it("WW → bijstand (woongemeente Zaanstad): UWV draagt het plan warm over aan gemeente Zaanstad, op de peildatum, met regel en bron", () => {
    const oud = plan();
    const nieuw = wijzig(oud, { vrager: "werkzoekende", uitkering: "bijstand" }, "2026-09-01");
    expect(nieuw.arrangeur).toEqual(ZAANSTAD);
    const w = laatste(nieuw);
    expect(w.vorigeArrangeur).toEqual(UWV);
    expect(w.doorlopendeActiviteiten).toEqual(["a1"]);
    const verwacht: Planoverdracht = {
      status: "bepaald",
      van: UWV,
      naar: ZAANSTAD,
      kandidaten: [],
      reden: null,
      warm: true,
      datum: "2026-09-01" as Peildatum,
      regel: ID,
      bron: {
        bron: "KB2022",
        plaats: "'Verantwoordelijkheidsverdeling'",
        citaat: "verantwoordelijkheid van elkaar overnemen, laten zij de activiteiten en diensten die al eerder zijn gestart doorlopen",
      },
      voorbereid: false,
    };
    expect(w.overdracht).toEqual(verwacht);
    // De bron van de overdracht is die van de regel in de catalogus.
    expect(triageRegels.find((r) => r.id === ID)?.bron).toEqual(w.overdracht?.bron);
    expect(oud.historie[0]).not.toHaveProperty("overdracht");
    accepteert(nieuw);
  });

  it("de regel staat in de catalogus (beleid, KB2022) met de bronnen voor 'warm', 'no wrong door', één plan en het max-WW-proces", () => {
    const r = triageRegels.find((x) => x.id === ID)!;
    expect(r.grondslag).toBe("beleid");
    expect(r.andereBronnen?.map((b) => `${b.bron} ${b.plaats}`)).toEqual([
      "HRT Hoofdstuk 3 'Samenwerking in het Regionaal Beraad en het Werkcentrum', inleiding",
      "HRT §3.2, kader 'no wrong door' Werkcentrum Twente",
      "KB2022 'Eén integraal plan naar (ander) werk'",
      "HRT §5.1 'Mogelijke dienstverlening door gemeenten' en 'Het max WW-proces'",
    ]);
    expect(r.andereBronnen?.[0]?.citaat).toBe("bij het warm doorverwijzen volgens het ‘no wrong door’-principe");
    expect(r.beschrijving).toContain("een eigen procedure voor de overdracht tussen arrangeurs geven ze niet");
  });

  it("blijft de arrangeur dezelfde, dan is er geen overdracht (WW → WIA bij UWV; bijstand → geen uitkering bij de gemeente)", () => {
    const wia = wijzig(plan(), { vrager: "werkzoekende", uitkering: "WIA/WGA" }, "2026-09-01");
    expect(wia.arrangeur).toEqual(UWV);
    expect(laatste(wia)).not.toHaveProperty("overdracht");
    const geen = wijzig(plan(werkzoekende({ uitkering: "bijstand" })), { vrager: "werkzoekende", uitkering: "geen" }, "2026-09-01");
    expect(geen.arrangeur).toEqual(ZAANSTAD);
    expect(laatste(geen)).not.toHaveProperty("overdracht");
    accepteert(wia);
    accepteert(geen);
  });

  it("kan de nieuwe arrangeur niet bepaald worden: overdracht 'beoordelen' met kandidaten en reden; de huidige blijft aanspreekpunt", () => {
    const n = wijzig(plan(), { vrager: "werkende", uitkering: "geen" }, "2026-09-01");
    expect(n.arrangeur).toEqual(UWV);
    expect(n.openstaand?.reden).toBe("arbeidsbeperking-onbekend");
    const w = laatste(n);
    expect(w.status).toBe("beoordelen");
    expect(w.overdracht).toMatchObject({ status: "beoordelen", van: UWV, naar: null, reden: "arbeidsbeperking-onbekend", warm: true, datum: "2026-09-01", regel: ID, voorbereid: false });
    expect(w.overdracht?.kandidaten).toEqual(n.openstaand?.kandidaten);
    expect(w.overdracht?.kandidaten.length).toBeGreaterThanOrEqual(2);
    accepteert(n);
  });

  it("een via het max-WW-proces voorbereide overdracht: voorbereid true (en de voorbereiding vervalt daarna)", () => {
    const ww = plan(werkzoekende({ uitkering: "WW", wwEinddatum: "2026-10-31" as Peildatum }), "2026-09-01");
    expect(ww.voorbereideOverdracht?.naar).toEqual(ZAANSTAD);
    const n = wijzig(ww, { vrager: "werkzoekende", uitkering: "bijstand", herkomst: "einde WW" }, "2026-11-01");
    expect(laatste(n).overdracht).toMatchObject({ status: "bepaald", van: UWV, naar: ZAANSTAD, voorbereid: true, datum: "2026-11-01" });
    expect(n.voorbereideOverdracht).toBeUndefined();
    accepteert(n);
    // Voorbereid naar een van de kandidaten bij 'beoordelen'.
    const b = wijzig(ww, { vrager: "werkzoekende", uitkering: "onbekend" }, "2026-11-01");
    expect(laatste(b).overdracht).toMatchObject({ status: "beoordelen", voorbereid: true });
    expect(laatste(b).overdracht?.kandidaten).toContainEqual(ZAANSTAD);
    accepteert(b);
  });

  it("heen en terug: elke wijziging met een andere arrangeur heeft haar eigen overdracht", () => {
    const naarGemeente = wijzig(plan(), { vrager: "werkzoekende", uitkering: "bijstand" }, "2026-09-01");
    const terug = wijzig(naarGemeente, { vrager: "werkzoekende", uitkering: "WW" }, "2026-12-01");
    expect(terug.historie.map((h) => (h.overdracht?.status === "bepaald" ? [h.datum, h.overdracht.van.soort, h.overdracht.naar.soort] : [h.datum, null]))).toEqual([
      ["2026-02-02", null],
      ["2026-09-01", "UWV", "gemeente"],
      ["2026-12-01", "gemeente", "UWV"],
    ]);
    accepteert(terug);
  });

  it("woongemeente onbekend: de overdracht noemt de soort (gemeente) zonder organisatie", () => {
    const { woongemeente: _w, regio: _r, ...zonder } = werkzoekende({ uitkering: "WW" });
    const n = wijzig(plan(zonder), { vrager: "werkzoekende", uitkering: "bijstand" }, "2026-09-01");
    expect(laatste(n).overdracht).toMatchObject({ status: "bepaald", van: UWV, naar: { soort: "gemeente", organisatie: null } });
    accepteert(n);
  });

  it("werkende → werkzoekende: van de sociale partners naar UWV", () => {
    const s = maakWerkplan(werkende({ contract: "flex" }), { peildatum: "2026-02-02" });
    if (s.status !== "bepaald") throw new Error("verwacht een plan");
    const n = wijzig(s.werkplan, { vrager: "werkzoekende", uitkering: "WW" }, "2026-09-01");
    expect(laatste(n).overdracht).toMatchObject({ status: "bepaald", van: { soort: "sociale-partners", organisatie: null }, naar: UWV });
    accepteert(n);
  });
});

describe("Werkplan: overdracht tussen arrangeurs van dezelfde soort of met dezelfde organisatie", () => {
  /** Het plan na een verhuizing: de persoon woont nu in Rotterdam (het plan zelf is nog van de oude arrangeur). */
  const verhuisd = (p: Werkplan): Werkplan => ({ ...p, persoon: { ...p.persoon, woongemeente: "Rotterdam", regio: "AM22" } });
  const ROTTERDAM: Arrangeur = { soort: "gemeente", organisatie: "gemeente Rotterdam" };

  it("verhuisd: de nieuwe woongemeente neemt het plan warm over van de vorige (beide een gemeente)", () => {
    const oud = verhuisd(plan(werkzoekende({ uitkering: "bijstand" })));
    expect(oud.arrangeur).toEqual(ZAANSTAD);
    const n = wijzig(oud, { vrager: "werkzoekende", uitkering: "geen" }, "2026-09-01");
    expect(n.arrangeur).toEqual(ROTTERDAM);
    expect(laatste(n).overdracht).toMatchObject({ status: "bepaald", van: ZAANSTAD, naar: ROTTERDAM, voorbereid: false });
    accepteert(n);
  });

  it("een overdracht voorbereid naar de vorige woongemeente telt niet als voorbereid voor de nieuwe", () => {
    const ww = plan(werkzoekende({ uitkering: "WW", wwEinddatum: "2026-10-31" as Peildatum }), "2026-09-01");
    expect(ww.voorbereideOverdracht?.naar).toEqual(ZAANSTAD);
    const n = wijzig(verhuisd(ww), { vrager: "werkzoekende", uitkering: "bijstand", herkomst: "einde WW" }, "2026-11-01");
    expect(laatste(n).overdracht).toMatchObject({ status: "bepaald", van: UWV, naar: ROTTERDAM, voorbereid: false });
  });

  it("andere soort zonder organisatie: van de sociale partners naar de (onbekende) woongemeente is een overdracht", () => {
    const { woongemeente: _w, regio: _r, ...zonder } = werkende({ contract: "flex" });
    const s = maakWerkplan(zonder, { peildatum: "2026-02-02" });
    if (s.status !== "bepaald") throw new Error("verwacht een plan");
    expect(s.werkplan.arrangeur).toEqual({ soort: "sociale-partners", organisatie: null });
    const n = wijzig(s.werkplan, { vrager: "werkzoekende", uitkering: "bijstand" }, "2026-09-01");
    expect(n.arrangeur).toEqual({ soort: "gemeente", organisatie: null });
    expect(laatste(n).overdracht).toMatchObject({ status: "bepaald", van: { soort: "sociale-partners", organisatie: null }, naar: { soort: "gemeente", organisatie: null } });
    accepteert(n);
  });
});

describe("parseWerkplan: de overdracht", () => {
  const metOverdracht = (wijzigOverdracht: (o: Record<string, unknown>) => unknown, wijzigWijziging: (w: Record<string, unknown>) => void = () => {}) => {
    const p = JSON.parse(JSON.stringify(wijzigInkomenssituatie(plan(), { vrager: "werkzoekende", uitkering: "bijstand" }, { peildatum: "2026-09-01" }))) as Record<string, unknown>;
    const w = (p["historie"] as Record<string, unknown>[])[1]!;
    w["overdracht"] = wijzigOverdracht(w["overdracht"] as Record<string, unknown>);
    wijzigWijziging(w);
    return parseWerkplan(p);
  };
  const problemen = (r: ReturnType<typeof parseWerkplan>) => (r.ok ? [] : r.issues.map((i) => [i.code, i.path.join("."), i.message]));

  it("een plan van een eerdere versie (zonder overdracht) blijft geldig en kan verder", () => {
    const p = JSON.parse(JSON.stringify(wijzigInkomenssituatie(plan(), { vrager: "werkzoekende", uitkering: "bijstand" }, { peildatum: "2026-09-01" }))) as Werkplan;
    const { overdracht: _o, ...zonder } = p.historie[1]!;
    const oud: Werkplan = { ...p, historie: [p.historie[0]!, zonder] };
    const r = parseWerkplan(oud);
    expect(r).toMatchObject({ ok: true });
    if (!r.ok) return;
    const verder = wijzigInkomenssituatie(r.value, { vrager: "werkzoekende", uitkering: "WW" }, { peildatum: "2026-12-01" });
    expect(laatste(verder).overdracht).toMatchObject({ van: ZAANSTAD, naar: UWV });
  });

  it("weigert een overdracht die niet bij haar wijziging past", () => {
    expect(problemen(metOverdracht((o) => ({ ...o, datum: "2026-09-02" })))).toEqual([
      ["inconsistent", "historie.1.overdracht.datum", "historie[1].overdracht.datum: de overdracht is op de dag van de wijziging (2026-09-01), niet op 2026-09-02"],
    ]);
    expect(problemen(metOverdracht((o) => ({ ...o, van: ZAANSTAD, naar: UWV })))).toEqual([
      ["inconsistent", "historie.1.overdracht.van", "historie[1].overdracht.van: is niet de vorige arrangeur van de wijziging (vorigeArrangeur)"],
      ["inconsistent", "historie.1.overdracht.naar", "historie[1].overdracht.naar: is niet de arrangeur na de wijziging (arrangeur)"],
    ]);
    expect(problemen(metOverdracht((o) => ({ ...o, naar: UWV })))).toEqual([
      ["inconsistent", "historie.1.overdracht.naar", "historie[1].overdracht.naar: is dezelfde arrangeur als van: dan is er geen overdracht"],
    ]);
    expect(problemen(metOverdracht((o) => o, (w) => (w["status"] = "beoordelen")))).toEqual([
      ["inconsistent", "historie.1.overdracht.status", 'historie[1].overdracht.status: de overdracht is "bepaald", de wijziging "beoordelen"'],
    ]);
  });

  it("zonder vorigeArrangeur in de wijziging valt `van` niet te vergelijken: geldig", () => {
    expect(problemen(metOverdracht((o) => ({ ...o, van: { soort: "sociale-partners", organisatie: null } }), (w) => delete w["vorigeArrangeur"]))).toEqual([]);
  });

  it("een beoordelen-overdracht: naar null, minstens twee kandidaten en een reden", () => {
    const beoordelen = (o: Record<string, unknown>) => ({ ...o, status: "beoordelen", naar: null, kandidaten: [UWV, ZAANSTAD], reden: "uitkering-onbekend" });
    const metStatus = (w: Record<string, unknown>) => {
      w["status"] = "beoordelen";
      w["arrangeur"] = UWV;
    };
    expect(problemen(metOverdracht(beoordelen, metStatus))).toEqual([]);
    expect(problemen(metOverdracht((o) => ({ ...beoordelen(o), kandidaten: [ZAANSTAD] }), metStatus)).map((p) => p.slice(0, 2))).toEqual([["te-klein", "historie.1.overdracht.kandidaten"]]);
    expect(problemen(metOverdracht((o) => ({ ...beoordelen(o), naar: ZAANSTAD }), metStatus)).map((p) => p.slice(0, 2))).toEqual([["ongeldig-type", "historie.1.overdracht.naar"]]);
  });

  it("weigert een overdracht bij de intake, een koude overdracht, een andere regel en kandidaten bij 'bepaald'", () => {
    const p = JSON.parse(JSON.stringify(wijzigInkomenssituatie(plan(), { vrager: "werkzoekende", uitkering: "bijstand" }, { peildatum: "2026-09-01" }))) as Record<string, unknown>;
    const historie = p["historie"] as Record<string, unknown>[];
    historie[0]!["overdracht"] = { ...(historie[1]!["overdracht"] as object), datum: "2026-02-02" };
    expect(problemen(parseWerkplan(p))).toEqual([["inconsistent", "historie.0.overdracht", "historie[0].overdracht: een intake heeft geen overdracht (alleen een wijziging van de inkomenssituatie)"]]);
    expect(problemen(metOverdracht((o) => ({ ...o, warm: false }))).map((x) => x.slice(0, 2))).toEqual([["ongeldige-waarde", "historie.1.overdracht.warm"]]);
    expect(problemen(metOverdracht((o) => ({ ...o, regel: "triage/no-wrong-door" }))).map((x) => x.slice(0, 2))).toEqual([["ongeldige-waarde", "historie.1.overdracht.regel"]]);
    expect(problemen(metOverdracht((o) => ({ ...o, kandidaten: [UWV] }))).map((x) => x.slice(0, 2))).toEqual([["te-groot", "historie.1.overdracht.kandidaten"]]);
    expect(problemen(metOverdracht((o) => ({ ...o, status: "misschien" }))).map((x) => x.slice(0, 2))).toEqual([["ongeldige-waarde", "historie.1.overdracht.status"]]);
    expect(problemen(metOverdracht((o) => ({ ...o, extra: 1 }))).map((x) => x.slice(0, 2))).toEqual([["onbekend-veld", "historie.1.overdracht.extra"]]);
  });
});
