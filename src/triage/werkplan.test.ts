import { describe, expect, it } from "vitest";
import { diepBevroren, werkende, werkzoekende } from "../../test/hulp/triage.js";
import { vangFout } from "../../test/hulp/fout.js";
import { OngeldigeInvoerFout } from "../result.js";
import type { Peildatum } from "../tijd/peildatum.js";
import type { Activiteit, Werkplan } from "./model.js";
import { parseWerkplan } from "./schema.js";
import { maakWerkplan, wijzigInkomenssituatie } from "./werkplan.js";

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
      'nieuweSituatie: onbekend veld "arbeidsbeperkng"; bekend zijn: vrager, uitkering, wwEinddatum, herkomst, arbeidsbeperking, contract, privateOndersteuning, dreigtWerkloos',
    );
    const alleenWerkenden = vangFout(() => wijzigInkomenssituatie(plan(), { vrager: "werkzoekende", uitkering: "geen", dreigtWerkloos: "ja" }, { peildatum: "2026-09-01" }));
    expect(alleenWerkenden.code).toBe("inconsistent");
    expect(alleenWerkenden.path).toEqual(["nieuweSituatie", "dreigtWerkloos"]);
    expect(alleenWerkenden.message).toBe('nieuweSituatie.dreigtWerkloos: geldt alleen voor een werkende (vrager is "werkzoekende")');
    const werkgever = vangFout(() => wijzigInkomenssituatie(plan(), { vrager: "werkgever", uitkering: "geen" } as never, { peildatum: "2026-09-01" }));
    expect([werkgever.code, werkgever.path, werkgever.message]).toEqual(["ongeldige-waarde", ["nieuweSituatie", "vrager"], 'nieuweSituatie.vrager: verwacht "werkende" of "werkzoekende", ontvangen "werkgever"']);
    const contract = vangFout(() => wijzigInkomenssituatie(plan(), { vrager: "werkende", uitkering: "geen", contract: "freelance" } as never, { peildatum: "2026-09-01" }));
    expect([contract.code, contract.path, contract.message]).toEqual([
      "ongeldige-waarde",
      ["nieuweSituatie", "contract"],
      'nieuweSituatie.contract: verwacht een van vast, flex, uitzend, zzp, onbekend, ontvangen "freelance"',
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

  it("een ongeldige waarde die routeer vindt, krijgt het pad waar ze vandaan kwam (nieuweSituatie of plan.persoon)", () => {
    const uitkering = vangFout(() => wijzigInkomenssituatie(plan(), { vrager: "werkzoekende", uitkering: "pensioen" } as never, { peildatum: "2026-09-01" }));
    expect([uitkering.code, uitkering.path]).toEqual(["ongeldige-waarde", ["nieuweSituatie", "uitkering"]]);
    expect(uitkering.message).toBe('nieuweSituatie.uitkering: ongeldige waarde "pensioen"; lees onbetrouwbare invoer met parseHulpvraag');
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
