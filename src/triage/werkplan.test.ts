import { describe, expect, it } from "vitest";
import { diepBevroren, werkende, werkzoekende } from "../../test/hulp/triage.js";
import { vangFout } from "../../test/hulp/fout.js";
import { OngeldigeInvoerFout } from "../result.js";
import type { Peildatum } from "../tijd/peildatum.js";
import type { Activiteit, Werkplan } from "./model.js";
import { parseWerkplan } from "./schema.js";
import { inkomenssituatieVan, maakWerkplan, wijzigInkomenssituatie } from "./werkplan.js";

const activiteiten: Activiteit[] = [
  { id: "a1", omschrijving: "Omscholing tot verzorgende IG", aanbieder: "ROC", functionaliteit: "re-integratie", status: "lopend", start: "2026-03-01" as Peildatum },
  { id: "a2", omschrijving: "Sollicitatietraining", aanbieder: "UWV", status: "afgerond", start: "2026-02-10" as Peildatum, einde: "2026-02-20" as Peildatum },
  { id: "a3", omschrijving: "Proefplaatsing", aanbieder: "zorginstelling", status: "gepland" },
];

function plan(): Werkplan {
  const s = maakWerkplan(werkzoekende({ uitkering: "WW" }), { peildatum: "2026-02-02", id: "wp-1", ondersteuningsbehoefte: "Overstap naar de zorg", activiteiten });
  if (s.status !== "bepaald") throw new Error("verwacht een plan");
  return s.werkplan;
}

describe("Werkplan", () => {
  it("maakWerkplan: één intake met de arrangeur uit de routering, diagnose en activiteiten", () => {
    const p = plan();
    expect(p.arrangeur).toEqual({ soort: "UWV", organisatie: "UWV" });
    expect(p.intake).toEqual({ datum: "2026-02-02", deur: { soort: "werkcentrum" } });
    expect(p.diagnose).toEqual({ datum: "2026-02-02", ondersteuningsbehoefte: "Overstap naar de zorg" });
    expect(p.historie).toHaveLength(1);
    expect(p.historie[0]).toMatchObject({ soort: "intake", status: "bepaald", bron: { bron: "VERSLAG2022" } });
    expect(p.historie[0]!.regels).toContain("triage/uwv-uitkeringsgerechtigden");
  });

  it("maakWerkplan: geen plan zolang de arrangeur beoordeeld moet worden", () => {
    const s = maakWerkplan(werkzoekende({ uitkering: "onbekend" }), { peildatum: "2026-02-02" });
    expect(s.status).toBe("beoordelen");
    expect("werkplan" in s).toBe(false);
  });

  it("wijzigInkomenssituatie: nieuw plan met de nieuwe arrangeur; lopende activiteiten lopen door; geen nieuwe intake; invoer onaangeraakt", () => {
    const oud = diepBevroren(plan());
    const kopie = structuredClone(oud);
    const nieuw = wijzigInkomenssituatie(oud, { vrager: "werkzoekende", uitkering: "bijstand", herkomst: "melding gemeente Zaanstad" }, { peildatum: "2026-09-01" });
    expect(oud).toEqual(kopie);
    expect(nieuw).not.toBe(oud);
    expect(nieuw.arrangeur).toEqual({ soort: "gemeente", organisatie: "gemeente Zaanstad" });
    expect(nieuw.persoon).toMatchObject({ vrager: "werkzoekende", uitkering: "bijstand" });
    expect(nieuw.intake).toEqual(oud.intake);
    expect(nieuw.diagnose).toEqual(oud.diagnose);
    expect(nieuw.activiteiten).toEqual(oud.activiteiten);
    expect(nieuw.historie).toHaveLength(2);
    expect(nieuw.historie[1]).toEqual({
      datum: "2026-09-01",
      soort: "inkomenssituatie",
      status: "bepaald",
      arrangeur: { soort: "gemeente", organisatie: "gemeente Zaanstad" },
      vorigeArrangeur: { soort: "UWV", organisatie: "UWV" },
      vorigeInkomenssituatie: { vrager: "werkzoekende", uitkering: "WW" },
      inkomenssituatie: { vrager: "werkzoekende", uitkering: "bijstand" },
      doorlopendeActiviteiten: ["a1", "a3"],
      regels: ["triage/doorlopende-dienstverlening", "triage/gemeente-bijstand-of-geen-uitkering", "triage/no-wrong-door"],
      bron: { bron: "KB2022", plaats: "'Eén integraal plan naar (ander) werk'", citaat: expect.stringContaining("lopende activiteiten kunnen afmaken") },
      herkomst: "melding gemeente Zaanstad",
      overdracht: {
        status: "bepaald",
        van: { soort: "UWV", organisatie: "UWV" },
        naar: { soort: "gemeente", organisatie: "gemeente Zaanstad" },
        kandidaten: [],
        reden: null,
        warm: true,
        datum: "2026-09-01",
        regel: "triage/warme-overdracht-arrangeur",
        bron: { bron: "KB2022", plaats: "'Verantwoordelijkheidsverdeling'", citaat: expect.stringContaining("verantwoordelijkheid van elkaar overnemen") },
        voorbereid: false,
      },
    });
    expect(parseWerkplan(JSON.parse(JSON.stringify(nieuw)))).toMatchObject({ ok: true });
  });

  it("van werkend naar werkloos: de velden voor werkenden vervallen; van WW met einde in zicht: de overdracht wordt voorbereid", () => {
    const s = maakWerkplan(werkende({ contract: "flex" }), { peildatum: "2026-02-02" });
    if (s.status !== "bepaald") throw new Error("verwacht een plan");
    expect(s.werkplan.arrangeur.soort).toBe("sociale-partners");
    const n = wijzigInkomenssituatie(s.werkplan, { vrager: "werkzoekende", uitkering: "WW", wwEinddatum: "2026-10-01" as Peildatum }, { peildatum: "2026-09-01" });
    expect(n.persoon).not.toHaveProperty("contract");
    expect(n.persoon).not.toHaveProperty("privateOndersteuning");
    expect(n.persoon).toMatchObject({ vrager: "werkzoekende", uitkering: "WW", wwEinddatum: "2026-10-01" });
    expect(n.arrangeur.soort).toBe("UWV");
    expect(n.voorbereideOverdracht?.naar).toEqual({ soort: "gemeente", organisatie: "gemeente Zaanstad" });
    const terug = wijzigInkomenssituatie(n, { vrager: "werkende", uitkering: "geen" }, { peildatum: "2026-11-01" });
    expect(terug.voorbereideOverdracht).toBeUndefined();
    expect(terug.persoon).not.toHaveProperty("wwEinddatum");
  });

  it("van WW naar werk: de gegevens voor werkenden gaan mee, zodat de routering van werkenden beslist", () => {
    const zonder = wijzigInkomenssituatie(plan(), { vrager: "werkende", uitkering: "geen" }, { peildatum: "2026-09-01" });
    expect(zonder.openstaand?.reden).toBe("arbeidsbeperking-onbekend");
    const met = wijzigInkomenssituatie(
      plan(),
      { vrager: "werkende", uitkering: "geen", arbeidsbeperking: "nee", contract: "vast", privateOndersteuning: ["cao"], dreigtWerkloos: "nee", herkomst: "melding werkgever" },
      { peildatum: "2026-09-01" },
    );
    expect(met.openstaand).toBeUndefined();
    expect(met.arrangeur).toEqual({ soort: "sociale-partners", organisatie: null });
    expect(met.persoon).toMatchObject({ vrager: "werkende", uitkering: "geen", arbeidsbeperking: "nee", contract: "vast", privateOndersteuning: ["cao"], dreigtWerkloos: "nee", woongemeente: "Zaanstad" });
    expect(met.persoon).not.toHaveProperty("herkomst");
    expect(met.historie.at(-1)).toMatchObject({ herkomst: "melding werkgever", inkomenssituatie: { vrager: "werkende", uitkering: "geen" } });
  });

  it("meldt een onbekend veld en een veld voor werkenden bij een werkzoekende, in plaats van het stil te laten vallen", () => {
    const onbekend = vangFout(() => wijzigInkomenssituatie(plan(), { vrager: "werkende", uitkering: "geen", arbeidsbeperkng: "nee" } as never, { peildatum: "2026-09-01" }));
    expect(onbekend.code).toBe("onbekend-veld");
    expect(onbekend.path).toEqual(["nieuweSituatie", "arbeidsbeperkng"]);
    expect(onbekend.message).toBe(
      'nieuweSituatie.arbeidsbeperkng: onbekend veld "arbeidsbeperkng"; bekend zijn: vrager, uitkering, wwEinddatum, herkomst, arbeidsbeperking, contract, privateOndersteuning, dreigtWerkloos; bedoelde u "arbeidsbeperking"?',
    );
    const alleenWerkenden = vangFout(() => wijzigInkomenssituatie(plan(), { vrager: "werkzoekende", uitkering: "geen", dreigtWerkloos: "ja" }, { peildatum: "2026-09-01" }));
    expect(alleenWerkenden.code).toBe("inconsistent");
    expect(alleenWerkenden.path).toEqual(["nieuweSituatie", "dreigtWerkloos"]);
    expect(alleenWerkenden.message).toBe('nieuweSituatie.dreigtWerkloos: geldt alleen voor een werkende (vrager is "werkzoekende")');
    const werkgever = vangFout(() => wijzigInkomenssituatie(plan(), { vrager: "werkgever", uitkering: "geen" } as never, { peildatum: "2026-09-01" }));
    expect([werkgever.code, werkgever.path, werkgever.message]).toEqual([
      "ongeldige-waarde",
      ["nieuweSituatie", "vrager"],
      'nieuweSituatie.vrager: verwacht een van "werkende", "werkzoekende", ontvangen de tekst "werkgever"',
    ]);
    const contract = vangFout(() => wijzigInkomenssituatie(plan(), { vrager: "werkende", uitkering: "geen", contract: "freelance" } as never, { peildatum: "2026-09-01" }));
    expect([contract.code, contract.path, contract.message]).toEqual([
      "ongeldige-waarde",
      ["nieuweSituatie", "contract"],
      'nieuweSituatie.contract: verwacht een van "vast", "flex", "uitzend", "zzp", "onbekend", ontvangen de tekst "freelance"',
    ]);
    const ww = vangFout(() => wijzigInkomenssituatie(plan(), { vrager: "werkzoekende", uitkering: "bijstand", wwEinddatum: "2026-10-01" as Peildatum }, { peildatum: "2026-09-01" }));
    expect([ww.code, ww.path, ww.message]).toEqual(["inconsistent", ["nieuweSituatie", "wwEinddatum"], 'nieuweSituatie.wwEinddatum: hoort alleen bij uitkering "WW" (uitkering is "bijstand")']);
    // Een veld met undefined laat het oude gegeven staan (geen expliciete undefined in persoon).
    const metArbeidsbeperking = wijzigInkomenssituatie(plan(), { vrager: "werkzoekende", uitkering: "WIA/WGA", arbeidsbeperking: "ja" }, { peildatum: "2026-09-01" });
    const zonder = wijzigInkomenssituatie(metArbeidsbeperking, { vrager: "werkzoekende", uitkering: "WIA/WGA", arbeidsbeperking: undefined } as never, { peildatum: "2026-09-02" });
    expect(zonder.persoon).toMatchObject({ arbeidsbeperking: "ja" });
    expect(Object.values(zonder.persoon)).not.toContain(undefined);
    // arbeidsbeperking geldt voor beide
    expect(wijzigInkomenssituatie(plan(), { vrager: "werkzoekende", uitkering: "WIA/WGA", arbeidsbeperking: "ja" }, { peildatum: "2026-09-01" }).persoon).toMatchObject({ arbeidsbeperking: "ja" });
  });

  it("een ongeldige waarde krijgt het pad waar ze vandaan kwam (nieuweSituatie of plan.persoon)", () => {
    const uitkering = vangFout(() => wijzigInkomenssituatie(plan(), { vrager: "werkzoekende", uitkering: "pensioen" } as never, { peildatum: "2026-09-01" }));
    expect([uitkering.code, uitkering.path]).toEqual(["ongeldige-waarde", ["nieuweSituatie", "uitkering"]]);
    expect(uitkering.message).toBe('nieuweSituatie.uitkering: verwacht een van "WW", "WIA/WGA", "Wajong", "bijstand", "geen", "onbekend", ontvangen de tekst "pensioen"');
    const beperking = vangFout(() => wijzigInkomenssituatie(plan(), { vrager: "werkende", uitkering: "geen", arbeidsbeperking: "soms" } as never, { peildatum: "2026-09-01" }));
    expect([beperking.path, beperking.message.startsWith("nieuweSituatie.arbeidsbeperking: ")]).toEqual([["nieuweSituatie", "arbeidsbeperking"], true]);
    // Een ongeldige waarde in het bestaande plan (niet in de nieuwe situatie): pad in het plan.
    const oud = { ...plan(), persoon: { ...plan().persoon, arbeidsbeperking: "soms" } } as never;
    const inPlan = vangFout(() => wijzigInkomenssituatie(oud, { vrager: "werkende", uitkering: "geen" }, { peildatum: "2026-09-01" }));
    expect([inPlan.path, inPlan.message.startsWith("plan.persoon.arbeidsbeperking: ")]).toEqual([["plan", "persoon", "arbeidsbeperking"], true]);
    // Andere fouten (zoals een ongeldige peildatum) blijven zoals routeer ze geeft.
    expect(vangFout(() => wijzigInkomenssituatie(plan(), { vrager: "werkende", uitkering: "geen" }, { peildatum: "2026-02-30" })).path).toEqual(["peildatum"]);
  });

  it("als de nieuwe arrangeur beoordeeld moet worden, blijft de huidige aanspreekpunt en staat de keuze open", () => {
    const n = wijzigInkomenssituatie(plan(), { vrager: "werkzoekende", uitkering: "onbekend" }, { peildatum: "2026-09-01" });
    expect(n.arrangeur).toEqual({ soort: "UWV", organisatie: "UWV" });
    expect(n.openstaand).toEqual({
      sinds: "2026-09-01",
      kandidaten: [
        { soort: "UWV", organisatie: "UWV" },
        { soort: "gemeente", organisatie: "gemeente Zaanstad" },
      ],
      reden: "uitkering-onbekend",
      nagaan: ["uitkering"],
    });
    expect(n.historie.at(-1)?.status).toBe("beoordelen");
    const opgelost = wijzigInkomenssituatie(n, { vrager: "werkzoekende", uitkering: "geen" }, { peildatum: "2026-09-15" });
    expect(opgelost.openstaand).toBeUndefined();
    expect(opgelost.arrangeur.soort).toBe("gemeente");
  });

  it("gooit bij een peildatum vóór de intake of een ongeldige peildatum", () => {
    expect(() => wijzigInkomenssituatie(plan(), { vrager: "werkzoekende", uitkering: "geen" }, { peildatum: "2026-01-01" })).toThrow(OngeldigeInvoerFout);
    expect(() => wijzigInkomenssituatie(plan(), { vrager: "werkzoekende", uitkering: "geen" }, { peildatum: "2026-02-31" })).toThrow(OngeldigeInvoerFout);
  });

  it("parseWerkplan meldt een dubbele activiteit, een tweede intake en een historie buiten volgorde", () => {
    const p = JSON.parse(JSON.stringify(plan())) as Record<string, unknown> & { activiteiten: unknown[]; historie: Record<string, unknown>[] };
    p.activiteiten.push(p.activiteiten[0]);
    p.historie.push({ ...p.historie[0]!, datum: "2026-01-01" });
    const r = parseWerkplan(p);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const codes = r.issues.map((i) => `${i.code} ${i.path.join(".")}`);
    expect(codes).toContain("dubbel activiteiten.3.id");
    expect(codes).toContain("dubbel historie.1.soort");
    expect(codes).toContain("inconsistent historie.1.datum");
    expect(parseWerkplan({ ...p, onzin: 1 }).ok).toBe(false);
  });
});

/** Een fout als [code, pad, melding], om in één keer te vergelijken. */
const kort = (f: () => unknown): [string, readonly (string | number)[], string] => {
  const e = vangFout(f);
  return [e.code, e.path, e.message];
};
const opties = { peildatum: "2026-10-01" };

describe("wijzigInkomenssituatie: de historie blijft in datumvolgorde", () => {
  it("een wijziging vóór de laatste wijziging wordt geweigerd, met beide datums; op dezelfde dag mag", () => {
    const na = wijzigInkomenssituatie(plan(), { vrager: "werkzoekende", uitkering: "bijstand" }, { peildatum: "2026-09-01" });
    expect(kort(() => wijzigInkomenssituatie(na, { vrager: "werkende", uitkering: "geen" }, { peildatum: "2026-05-01" }))).toEqual([
      "te-klein",
      ["opties", "peildatum"],
      "opties.peildatum: 2026-05-01 ligt vóór de laatste wijziging in de historie van het Werkplan (2026-09-01); wijzigingen komen in datumvolgorde",
    ]);
    expect(kort(() => wijzigInkomenssituatie(plan(), { vrager: "werkzoekende", uitkering: "geen" }, { peildatum: "2026-02-01" }))).toEqual([
      "te-klein",
      ["opties", "peildatum"],
      "opties.peildatum: 2026-02-01 ligt vóór de intake van het Werkplan (2026-02-02)",
    ]);
    const zelfdeDag = wijzigInkomenssituatie(na, { vrager: "werkzoekende", uitkering: "geen" }, { peildatum: "2026-09-01" });
    expect(zelfdeDag.historie.map((h) => h.datum)).toEqual(["2026-02-02", "2026-09-01", "2026-09-01"]);
    expect(parseWerkplan(JSON.parse(JSON.stringify(zelfdeDag)))).toMatchObject({ ok: true });
  });
});

describe("wijzigInkomenssituatie: waarden buiten het model worden geweigerd, niet opgeslagen", () => {
  const wijzig = (n: Record<string, unknown>) => () => wijzigInkomenssituatie(plan(), n as never, opties);
  it("ja/nee-velden, WW-einddatum, private ondersteuning, contract en herkomst", () => {
    expect(kort(wijzig({ vrager: "werkzoekende", uitkering: "WW", arbeidsbeperking: "misschien" }))).toEqual([
      "ongeldige-waarde",
      ["nieuweSituatie", "arbeidsbeperking"],
      'nieuweSituatie.arbeidsbeperking: verwacht een van "ja", "nee", "onbekend", ontvangen de tekst "misschien"',
    ]);
    expect(kort(wijzig({ vrager: "werkende", uitkering: "geen", dreigtWerkloos: true }))).toEqual([
      "ongeldige-waarde",
      ["nieuweSituatie", "dreigtWerkloos"],
      'nieuweSituatie.dreigtWerkloos: verwacht een van "ja", "nee", "onbekend", ontvangen de waarde true',
    ]);
    expect(kort(wijzig({ vrager: "werkzoekende", uitkering: "WW", wwEinddatum: "2026-13-45" }))).toEqual([
      "ongeldige-datum",
      ["nieuweSituatie", "wwEinddatum"],
      "nieuweSituatie.wwEinddatum: 2026-13-45 is geen bestaande datum: maand 13 bestaat niet",
    ]);
    expect(kort(wijzig({ vrager: "werkzoekende", uitkering: "WW", wwEinddatum: 20261001 }))).toEqual([
      "ongeldig-type",
      ["nieuweSituatie", "wwEinddatum"],
      "nieuweSituatie.wwEinddatum: verwacht een datum als tekst (JJJJ-MM-DD), ontvangen het getal 20261001",
    ]);
    expect(kort(wijzig({ vrager: "werkende", uitkering: "geen", privateOndersteuning: ["xyz"] }))).toEqual([
      "ongeldige-waarde",
      ["nieuweSituatie", "privateOndersteuning", 0],
      'nieuweSituatie.privateOndersteuning[0]: verwacht een van "cao", "O&O-fonds", "sociaal-plan", "werkgever", ontvangen de tekst "xyz"',
    ]);
    expect(kort(wijzig({ vrager: "werkende", uitkering: "geen", privateOndersteuning: "cao" }))).toEqual([
      "ongeldige-waarde",
      ["nieuweSituatie", "privateOndersteuning"],
      'nieuweSituatie.privateOndersteuning: verwacht een niet-lege lijst met "cao", "O&O-fonds", "sociaal-plan", "werkgever", of "geen" of "onbekend", ontvangen de tekst "cao"',
    ]);
    expect(kort(wijzig({ vrager: "werkende", uitkering: "geen", privateOndersteuning: [] }))[0]).toBe("te-klein");
    expect(kort(wijzig({ vrager: "werkende", uitkering: "geen", privateOndersteuning: ["cao", "cao"] })).slice(0, 2)).toEqual(["dubbel", ["nieuweSituatie", "privateOndersteuning", 1]]);
    expect(kort(wijzig({ vrager: "werkzoekende", uitkering: "WW", herkomst: 5 }))).toEqual([
      "ongeldig-type",
      ["nieuweSituatie", "herkomst"],
      "nieuweSituatie.herkomst: verwacht een tekst, ontvangen het getal 5",
    ]);
    expect(kort(wijzig({ vrager: "werkzoekende" }))).toEqual([
      "verplicht",
      ["nieuweSituatie", "uitkering"],
      'nieuweSituatie.uitkering: verwacht een van "WW", "WIA/WGA", "Wajong", "bijstand", "geen", "onbekend", ontvangen niets',
    ]);
    expect(kort(() => wijzigInkomenssituatie(plan(), null as never, opties))).toEqual(["ongeldig-type", ["nieuweSituatie"], "nieuweSituatie: verwacht een object, ontvangen null"]);
  });

  it("de audit-gevallen die vroeger stil werden opgeslagen", () => {
    // Voorheen: arbeidsbeperking "misschien" en de WW-einddatum 2026-13-45 in persoon; ["xyz"] naar de sociale partners; herkomst 5 in de historie.
    for (const n of [
      { vrager: "werkzoekende", uitkering: "WW", arbeidsbeperking: "misschien" },
      { vrager: "werkzoekende", uitkering: "WW", wwEinddatum: "2026-13-45" },
      { vrager: "werkende", uitkering: "geen", arbeidsbeperking: "nee", privateOndersteuning: ["xyz"] },
      { vrager: "werkzoekende", uitkering: "WW", herkomst: 5 },
    ]) {
      expect(() => wijzigInkomenssituatie(plan(), n as never, opties), JSON.stringify(n)).toThrow(OngeldigeInvoerFout);
    }
  });
});

describe("wijzigInkomenssituatie: een plan zonder de vorm van een Werkplan", () => {
  const nieuw = { vrager: "werkzoekende", uitkering: "bijstand" } as const;
  const met = (x: Record<string, unknown>) => () => wijzigInkomenssituatie({ ...plan(), ...x } as never, nieuw, opties);
  it("zonder intake of historie: een OngeldigeInvoerFout met het pad, geen TypeError", () => {
    const { intake: _i, ...zonderIntake } = plan();
    expect(kort(() => wijzigInkomenssituatie(zonderIntake as never, nieuw, opties))).toEqual(["verplicht", ["plan", "intake"], "plan.intake: verwacht een object, ontvangen niets"]);
    const { historie: _h, ...zonderHistorie } = plan();
    expect(kort(() => wijzigInkomenssituatie(zonderHistorie as never, nieuw, opties))).toEqual([
      "ongeldig-type",
      ["plan", "historie"],
      "wijzigInkomenssituatie: plan.historie: verwacht een lijst; lees onbetrouwbare invoer eerst met parseWerkplan uit arbeidsmarktinfra/schemas",
    ]);
    expect(kort(met({ historie: [] }))).toEqual(["te-klein", ["plan", "historie"], "plan.historie: verwacht minstens de intake, ontvangen een lijst"]);
    expect(kort(met({ intake: null }))[1]).toEqual(["plan", "intake"]);
    expect(kort(met({ intake: { datum: "2026-02-30", deur: { soort: "werkcentrum" } } }))[1]).toEqual(["plan", "intake", "datum"]);
    expect(kort(met({ activiteiten: [null] }))).toEqual(["ongeldig-type", ["plan", "activiteiten", 0], "plan.activiteiten[0]: verwacht een object, ontvangen null"]);
    expect(kort(met({ arrangeur: { soort: "UWV" } }))).toEqual(["verplicht", ["plan", "arrangeur", "organisatie"], "plan.arrangeur.organisatie: verwacht een niet-lege tekst, ontvangen niets"]);
    expect(kort(met({ diagnose: { datum: "2026-02-02" } }))[1]).toEqual(["plan", "diagnose", "ondersteuningsbehoefte"]);
    expect(kort(met({ onzin: 1 }))).toEqual(["onbekend-veld", ["plan", "onzin"], expect.stringContaining('plan.onzin: onbekend veld "onzin"')]);
  });

  it("een historie die niet met de intake begint of niet in datumvolgorde staat (zoals de oude versie die maakte)", () => {
    const p = plan();
    const intake = p.historie[0]!;
    const wijziging = { ...intake, soort: "inkomenssituatie" as const };
    expect(kort(met({ historie: [intake, { ...wijziging, datum: "2026-09-01" }, { ...wijziging, datum: "2026-05-01" }] }))).toEqual([
      "inconsistent",
      ["plan", "historie", 2, "datum"],
      "plan.historie[2].datum: 2026-05-01 ligt vóór de vorige wijziging (2026-09-01)",
    ]);
    expect(kort(met({ historie: [{ ...intake, datum: "2026-01-01" }] }))).toEqual(["inconsistent", ["plan", "historie", 0], "plan.historie[0]: de historie begint met de intake op 2026-02-02 (één intake)"]);
    expect(kort(met({ historie: [intake, intake] }))).toEqual(["dubbel", ["plan", "historie", 1, "soort"], "plan.historie[1].soort: een Werkplan heeft één intake"]);
    expect(kort(met({ historie: [intake, { ...wijziging, datum: "x" }] }))[0]).toBe("ongeldig-formaat");
  });

  it("een persoon die geen persoon is, of waarden buiten het model heeft", () => {
    const p = plan();
    expect(kort(met({ persoon: { vrager: "werkgever", regios: ["AM17"], onderwerpen: ["personeel"], deur: { soort: "werkcentrum" } } }))[1]).toEqual(["plan", "persoon", "vrager"]);
    expect(kort(met({ persoon: { ...p.persoon, deur: null } }))).toEqual(["ongeldig-type", ["plan", "persoon", "deur"], "plan.persoon.deur: verwacht een object, ontvangen null"]);
    expect(kort(met({ persoon: { ...p.persoon, onderwerpen: ["wrk"] } }))[1]).toEqual(["plan", "persoon", "onderwerpen", 0]);
    expect(kort(met({ persoon: { ...p.persoon, regio: "Zaanstreek/Waterland" } }))[1]).toEqual(["plan", "persoon", "regio"]);
    expect(kort(met({ persoon: { ...p.persoon, contract: "vast" } }))).toEqual([
      "onbekend-veld",
      ["plan", "persoon", "contract"],
      expect.stringContaining('plan.persoon.contract: onbekend veld "contract" (geldt alleen voor een werkende)'),
    ]);
  });
});

describe("maakWerkplan: alleen voor een persoon, en alleen met activiteiten in de vorm van het model", () => {
  it("een werkgever krijgt geen Werkplan (KB2022: één persoonlijk Werkplan), maar een duidelijke fout", () => {
    const f = vangFout(() => maakWerkplan({ vrager: "werkgever", regios: ["AM17"], onderwerpen: ["personeel"], deur: { soort: "werkcentrum" } } as never, { peildatum: "2026-09-01" }));
    expect([f.code, f.path]).toEqual(["ongeldige-waarde", ["persoon", "vrager"]]);
    expect(f.message).toBe(
      'persoon.vrager: een Werkplan is er voor een persoon (werkende of werkzoekende), niet voor een werkgever (KB2022: "één persoonlijk Werkplan"); de vraag van een werkgever routeer je met routeer',
    );
  });

  const persoon = werkzoekende({ uitkering: "WW" });
  const maak = (activiteiten: unknown) => () => maakWerkplan(persoon, { peildatum: "2026-09-01", activiteiten: activiteiten as never });
  const goed = { id: "a", omschrijving: "Cursus", aanbieder: "ROC", status: "gepland" };
  it("activiteiten: een lijst van objecten met unieke ids en velden van het goede type", () => {
    expect(kort(maak("x"))).toEqual(["ongeldig-type", ["opties", "activiteiten"], 'opties.activiteiten: verwacht een lijst, ontvangen de tekst "x"']);
    expect(kort(maak([{ id: 1 }]))).toEqual(["ongeldig-type", ["opties", "activiteiten", 0, "id"], "opties.activiteiten[0].id: verwacht een niet-lege tekst, ontvangen het getal 1"]);
    expect(kort(maak([goed, goed]))).toEqual(["dubbel", ["opties", "activiteiten", 1, "id"], 'opties.activiteiten[1].id: activiteit "a" staat er al eerder in']);
    expect(kort(maak([{ ...goed, status: "bezig" }]))[1]).toEqual(["opties", "activiteiten", 0, "status"]);
    expect(kort(maak([{ ...goed, functionaliteit: "koffie" }]))[1]).toEqual(["opties", "activiteiten", 0, "functionaliteit"]);
    expect(kort(maak([{ ...goed, omschrijving: "" }]))[0]).toBe("te-klein");
    expect(kort(maak([{ ...goed, start: "2026-02-30" }]))).toEqual(["ongeldige-datum", ["opties", "activiteiten", 0, "start"], "opties.activiteiten[0].start: 2026-02-30 is geen bestaande datum: februari 2026 heeft 28 dagen"]);
    expect(kort(maak([{ ...goed, start: "2026-03-01", einde: "2026-02-01" }]))).toEqual(["inconsistent", ["opties", "activiteiten", 0, "einde"], "opties.activiteiten[0].einde: einde 2026-02-01 ligt vóór start 2026-03-01"]);
    expect(kort(maak([{ ...goed, kosten: 5 }]))[0]).toBe("onbekend-veld");
    expect(maakWerkplan(persoon, { peildatum: "2026-09-01", activiteiten: [goed as never] })).toMatchObject({ status: "bepaald", werkplan: { activiteiten: [goed] } });
  });

  it("id, ondersteuningsbehoefte en opties zelf", () => {
    expect(kort(() => maakWerkplan(persoon, { peildatum: "2026-09-01", id: "" }))[1]).toEqual(["opties", "id"]);
    expect(kort(() => maakWerkplan(persoon, { peildatum: "2026-09-01", ondersteuningsbehoefte: 5 as never }))[1]).toEqual(["opties", "ondersteuningsbehoefte"]);
    expect(kort(() => maakWerkplan(persoon, { peildatum: "2026-09-01", ondersteuningsbehoefte: "" }))).toEqual([
      "te-klein",
      ["opties", "ondersteuningsbehoefte"],
      'opties.ondersteuningsbehoefte: verwacht een niet-lege tekst, ontvangen de tekst ""',
    ]);
    expect(kort(() => maakWerkplan(persoon, null as never))).toEqual(["ongeldig-type", ["opties"], "opties: verwacht een object, ontvangen null"]);
  });

  it("een persoon met een waarde buiten het model, of zonder deur: een fout met pad, geen TypeError en geen plan dat parseWerkplan afkeurt", () => {
    expect(kort(() => maakWerkplan({ ...persoon, arbeidsbeperking: "misschien" } as never, { peildatum: "2026-09-01" }))[1]).toEqual(["persoon", "arbeidsbeperking"]);
    expect(kort(() => maakWerkplan({ ...persoon, deur: undefined } as never, { peildatum: "2026-09-01" }))).toEqual(["verplicht", ["persoon", "deur"], "persoon.deur: verwacht een object, ontvangen niets"]);
    expect(kort(() => maakWerkplan({ ...persoon, onderwerpen: null } as never, { peildatum: "2026-09-01" }))[1]).toEqual(["persoon", "onderwerpen"]);
    expect(kort(() => maakWerkplan(5 as never, { peildatum: "2026-09-01" }))).toEqual([
      "ongeldig-type",
      ["persoon"],
      "maakWerkplan: persoon: verwacht een object; lees onbetrouwbare invoer eerst met parseHulpvraag uit arbeidsmarktinfra/schemas",
    ]);
  });
});

describe("inkomenssituatieVan", () => {
  it("de inkomenssituatie van een persoon; iets anders geeft een fout met pad", () => {
    expect(inkomenssituatieVan(werkzoekende({ uitkering: "WW", wwEinddatum: "2026-10-01" as Peildatum }))).toEqual({ vrager: "werkzoekende", uitkering: "WW", wwEinddatum: "2026-10-01" });
    expect(kort(() => inkomenssituatieVan(null as never))).toEqual(["ongeldig-type", ["persoon"], "persoon: verwacht een object, ontvangen null"]);
    expect(kort(() => inkomenssituatieVan({ vrager: "werkgever" } as never))).toEqual(["ongeldige-waarde", ["persoon", "vrager"], 'persoon.vrager: verwacht een van "werkende", "werkzoekende", ontvangen de tekst "werkgever"']);
    expect(kort(() => inkomenssituatieVan({ vrager: "werkende" } as never))).toEqual([
      "verplicht",
      ["persoon", "uitkering"],
      'persoon.uitkering: verwacht een van "WW", "WIA/WGA", "Wajong", "bijstand", "geen", "onbekend", ontvangen niets',
    ]);
  });
});
