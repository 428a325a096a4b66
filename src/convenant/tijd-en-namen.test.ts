import { describe, expect, it } from "vitest";
import { controleerRapport, kern, kernen, toetsRegel } from "../../test/hulp/contract.js";
import { met, volledigConvenant, volledigWerkcentrum } from "../../test/hulp/fixtures.js";
import type { Bevinding, Regel } from "../bevinding/model.js";
import type { Meerjarenagenda } from "../agenda/model.js";
import { toetsAgenda } from "../agenda/regels.js";
import { dagVanMijlpaal } from "../mijlpaal.js";
import type { Instellingen } from "../tijd/instellingen.js";
import { toetsWerkcentrum } from "../werkcentrum/toets.js";
import { REGELS_MET_REGIO, werkcentrumRegels } from "../werkcentrum/regels.js";
import type { Convenant } from "./model.js";
import {
  begroting,
  convenantEigenRegels,
  impulsbudgetBesluitvorming,
  impulsbudgetKaders,
  meerjarenagenda,
  meerjarenagendaActueel,
  meerjarenagendaPer2026,
  MEERJARENAGENDA_UITERLIJK,
} from "./regels.js";
import { toetsConvenant } from "./toets.js";

/**
 * Tests bij de tweede audit van de convenantregels: de naam van de formeel verantwoordelijke,
 * 'anders' bij het impulsbudget, de tijd bij de meerjarenagenda (gelijk aan de agendaregels), de
 * ernst van de datumbevinding, een Werkcentrum van een andere regio, en tegenstrijdigheden
 * tussen de verwijzing en de agenda in het convenant zelf.
 */

const P = "2026-09-01";
const basis = (): Convenant => volledigConvenant();
const toets = (regel: Regel<Convenant>, c: Convenant, peildatum = P, instellingen?: Instellingen) => toetsRegel(regel, c, peildatum, instellingen);
const k = (regel: Regel<Convenant>, c: Convenant, peildatum = P) => toets(regel, c, peildatum).map(kern);
const fv = (naam: string, c: Convenant = basis()) => toets(impulsbudgetBesluitvorming, met(c, ["impulsbudget", "formeelVerantwoordelijke"], naam))[1]!;
const verwijzing = (m: unknown, c: Convenant = basis()) => met(c, ["arbeidsmarktbeleid", "meerjarenagenda"], m);
const rapport = (c: Convenant, peildatum = P) => {
  const r = toetsConvenant(c, { peildatum });
  controleerRapport(r, c);
  return r;
};
const agendaBevindingen = (r: { bevindingen: readonly Bevinding[] }) => r.bevindingen.filter((b) => b.regelId.startsWith("convenant/meerjarenagenda"));

describe("convenant/impulsbudget-besluitvorming: de formeel verantwoordelijke als gemeente herkend", () => {
  it.each(["Gemeente Rotterdam (centrumgemeente)", "College van B&W Rotterdam", "GM0599", "de centrumgemeente", "Rotterdam, als centrumgemeente", "Centrumgemeente", "Centrumgemeente Rotterdam"])(
    "%s: voldaan, zonder tegenstrijdig bericht",
    (naam) => {
      const u = fv(naam);
      expect(kern(u)).toStrictEqual({ uitkomst: "voldaan", pad: "impulsbudget.formeelVerantwoordelijke", gegevens: { gevonden: naam, centrumgemeente: "Gemeente Rotterdam" } });
      expect(u.bericht).toContain("Gemeente Rotterdam");
      expect(u.bericht).not.toMatch(/dat is de centrumgemeente|maar/);
    },
  );

  it("de berichten: bij naam, als rol en als herkende gemeente", () => {
    expect(fv("Gemeente Rotterdam").bericht).toBe("De centrumgemeente Gemeente Rotterdam is formeel verantwoordelijk voor het impulsbudget.");
    expect(fv("de centrumgemeente").bericht).toBe("Formeel verantwoordelijk voor het impulsbudget is de centrumgemeente (Gemeente Rotterdam).");
    expect(fv("GM0599").bericht).toBe('Formeel verantwoordelijk voor het impulsbudget is "GM0599": de centrumgemeente Gemeente Rotterdam.');
  });

  it("een andere gemeente of partij: niet-voldaan, met gevonden, verwacht en de gemeentecodes", () => {
    const schiedam = fv("Gemeente Schiedam");
    expect(kern(schiedam)).toStrictEqual({
      uitkomst: "niet-voldaan",
      pad: "impulsbudget.formeelVerantwoordelijke",
      gegevens: { gevonden: "Gemeente Schiedam", verwacht: "Gemeente Rotterdam", gemeente: "GM0606", centrumgemeente: "GM0599" },
    });
    expect(schiedam.bericht).toBe('Volgens het convenant is "Gemeente Schiedam" formeel verantwoordelijk voor het impulsbudget; in formele zin verantwoordelijk is de centrumgemeente, Gemeente Rotterdam.');
    expect(fv("Schiedam (centrumgemeente)").bericht).toContain('"Schiedam (centrumgemeente)" (gemeente Schiedam)');
    expect(fv("Utrecht").uitkomst).toBe("niet-voldaan");
    expect(kern(fv("UWV"))).toStrictEqual({ uitkomst: "niet-voldaan", pad: "impulsbudget.formeelVerantwoordelijke", gegevens: { gevonden: "UWV", verwacht: "Gemeente Rotterdam" } });
    expect(fv("UWV").bericht).not.toContain("Regionaal Beraad beslist");
    const beraad = fv("het Regionaal Beraad");
    expect(beraad.uitkomst).toBe("niet-voldaan");
    expect(beraad.bericht).toContain("(het Regionaal Beraad beslist in gezamenlijkheid over de inzet)");
    expect(fv("Regionaal Beraad").uitkomst).toBe("niet-voldaan");
  });

  it("niet te herleiden: beoordelen met de reden (dubbelzinnig, oude naam, onbekend met suggestie)", () => {
    expect(kern(fv("Bergen"))).toStrictEqual({ uitkomst: "beoordelen", pad: "impulsbudget.formeelVerantwoordelijke", gegevens: { gevonden: "Bergen", verwacht: "Gemeente Rotterdam" } });
    expect(fv("Bergen").bericht).toContain("kan meerdere gemeenten zijn (Bergen (NH.) en Bergen (L.))");
    expect(fv("Weesp").bericht).toContain("Weesp bestaat sinds 2023 niet meer als gemeente");
    const typo = fv("Rotterdamm");
    expect(kern(typo)).toStrictEqual({ uitkomst: "beoordelen", pad: "impulsbudget.formeelVerantwoordelijke", gegevens: { gevonden: "Rotterdamm", verwacht: "Gemeente Rotterdam", suggesties: ["Rotterdam"] } });
    expect(typo.hint).toBe('Bedoelde u "Rotterdam"? Noem de centrumgemeente zoals in de partijen (Gemeente Rotterdam), met de CBS-naam of -code, of als "de centrumgemeente".');
    expect(fv("Gemeente Rotterdam en Schiedam").uitkomst).toBe("beoordelen");
    expect(fv("Qqqqqqqqqqqqq").hint).toMatch(/^Noem de centrumgemeente/);
  });

  it("een centrumgemeente die zelf niet als gemeente te herkennen is: een herkende gemeente is beoordelen, dezelfde naam voldaan", () => {
    const c = met(met(basis(), ["partijen", 0, "gemeente"], undefined), ["partijen", 0, "naam"], "Stad aan de Maas");
    expect(kern(fv("Rotterdam", c))).toStrictEqual({ uitkomst: "beoordelen", pad: "impulsbudget.formeelVerantwoordelijke", gegevens: { gevonden: "Rotterdam", verwacht: "Stad aan de Maas", gemeente: "GM0599" } });
    expect(fv("Rotterdam", c).hint).toContain("`gemeente`");
    expect(fv("stad aan de maas", c).uitkomst).toBe("voldaan");
    expect(fv("de centrumgemeente", c).uitkomst).toBe("voldaan");
  });
});

describe("convenant/impulsbudget-kaders-centrumgemeente: 'anders' is beoordelen", () => {
  const kaders = (x: Record<string, unknown>) => toets(impulsbudgetKaders, met(basis(), ["impulsbudget"], { ...basis().impulsbudget, ...x }))[0]!;

  it("'anders' met en zonder toelichting: beoordelen, de toelichting in gegevens en bericht", () => {
    const t = "Subsidies lopen via het regionaal fonds van de centrumgemeente.";
    const met_ = kaders({ inkoopEnSubsidiekaders: "anders", toelichting: t });
    expect(kern(met_)).toStrictEqual({ uitkomst: "beoordelen", pad: "impulsbudget.inkoopEnSubsidiekaders", gegevens: { gevonden: "anders", verwacht: "centrumgemeente", toelichting: t } });
    expect(met_.bericht).toBe(
      `Volgens het convenant gelden bij het impulsbudget andere inkoop- en subsidiekaders ('anders'); volgens de handreiking zijn het die van de centrumgemeente, ook als partners het werk uitvoeren. Toelichting in het convenant: "${t}".`,
    );
    expect(met_.hint).toContain("HRT §2.1");
    const zonder = kaders({ inkoopEnSubsidiekaders: "anders", toelichting: "  " });
    expect(kern(zonder)).toStrictEqual({ uitkomst: "beoordelen", pad: "impulsbudget.inkoopEnSubsidiekaders", gegevens: { gevonden: "anders", verwacht: "centrumgemeente" } });
    expect(zonder.bericht).toContain("Het convenant licht niet toe wat die afspraak is.");
  });

  it("de kaders van elke uitvoerende partner: niet-voldaan, met een leesbaar bericht", () => {
    const u = kaders({ inkoopEnSubsidiekaders: "per-uitvoerende-partner" });
    expect(u.uitkomst).toBe("niet-voldaan");
    expect(u.bericht).toBe("Volgens het convenant gelden bij het impulsbudget de inkoop- en subsidiekaders van elke uitvoerende partner; het zijn die van de centrumgemeente, ook als partners het werk uitvoeren.");
    expect(u.bericht).not.toMatch(/kaders anders|kaders per-uitvoerende-partner/);
  });
});

describe("convenant/begroting: een gemeente telt ook met haar CBS-naam of -code", () => {
  it("'Rotterdam' en 'GM0599' betalen als de partij Gemeente Rotterdam; een vertegenwoordigde gemeente die geen partij is blijft beoordelen", () => {
    const post = (betaler: string) => met(basis(), ["begroting", "posten", 0, "betaler"], betaler);
    expect(k(begroting, post("Rotterdam"))).toStrictEqual([{ uitkomst: "voldaan", pad: "begroting.posten" }]);
    expect(k(begroting, post("GM0599"))).toStrictEqual([{ uitkomst: "voldaan", pad: "begroting.posten" }]);
    expect(k(begroting, post("Schiedam"))).toStrictEqual([{ uitkomst: "voldaan", pad: "begroting.posten" }]);
    expect(k(begroting, post("Gemeente Barendrecht"))).toStrictEqual([{ uitkomst: "beoordelen", pad: "begroting.posten.0.betaler" }]);
    // Alleen partijen van de soort gemeente tellen als gemeente.
    const uwvInRotterdam = met(post("Rotterdam"), ["partijen", 0, "soort"], "overig");
    expect(k(begroting, uwvInRotterdam)).toStrictEqual([{ uitkomst: "beoordelen", pad: "begroting.posten.0.betaler" }]);
  });
});

describe("convenant/meerjarenagenda*: de tijd zoals de agendaregels die rekenen", () => {
  it("de datumregel heeft de grondslag en bron van agenda/regionale-agenda-per-2026 (handreiking, HRT); de vastlegregel alleen KB2024 §4", () => {
    const agendaRegel = toetsAgenda({ niveau: "regionaal", regio: "AM22" }, { peildatum: P }).bevindingen.find((b) => b.regelId === "agenda/regionale-agenda-per-2026")!;
    expect(meerjarenagendaPer2026.grondslag).toBe("handreiking");
    expect(meerjarenagendaPer2026.bron).toStrictEqual(agendaRegel.bron);
    expect(meerjarenagendaPer2026.bron.bron).toBe("HRT");
    expect(meerjarenagenda.grondslag).toBe("beleid");
    expect(meerjarenagenda.bron.bron).toBe("KB2024");
    expect(JSON.stringify(meerjarenagenda.andereBronnen ?? [])).not.toContain("1 januari 2026");
    expect(meerjarenagendaActueel.grondslag).toBe("beleid");
    expect(MEERJARENAGENDA_UITERLIJK).toBe(dagVanMijlpaal("regionale-meerjarenagenda"));
    const ids = convenantEigenRegels.map((r) => r.id);
    expect(ids.slice(ids.indexOf("convenant/meerjarenagenda"), ids.indexOf("convenant/meerjarenagenda") + 3)).toStrictEqual([
      "convenant/meerjarenagenda",
      "convenant/meerjarenagenda-per-2026",
      "convenant/meerjarenagenda-actueel",
    ]);
  });

  it("(a) 'vastgesteld' op een datum na de peildatum telt als nog niet vastgesteld, net als 'in voorbereiding' met die datum: geen niet-voldaan", () => {
    const vast = rapport(verwijzing({ status: "vastgesteld", vastgesteldOp: "2025-12-11" }), "2025-10-01");
    const voorb = rapport(verwijzing({ status: "in-voorbereiding", beoogdeVaststelling: "2025-12-11" }), "2025-10-01");
    expect(agendaBevindingen(vast).some((b) => b.uitkomst === "niet-voldaan")).toBe(false);
    expect(kernen(vast, "convenant/meerjarenagenda")).toStrictEqual([
      { uitkomst: "beoordelen", pad: "arbeidsmarktbeleid.meerjarenagenda.vastgesteldOp", gegevens: { status: "vastgesteld", vastgesteldOp: "2025-12-11", peildatum: "2025-10-01" } },
    ]);
    expect(kernen(voorb, "convenant/meerjarenagenda")).toStrictEqual([{ uitkomst: "voldaan", pad: "arbeidsmarktbeleid.meerjarenagenda" }]);
    for (const id of ["convenant/meerjarenagenda-per-2026", "convenant/meerjarenagenda-actueel"]) {
      expect(kernen(vast, id).map((x) => x.uitkomst), id).toStrictEqual(kernen(voorb, id).map((x) => x.uitkomst));
      expect(kernen(vast, id)[0]?.uitkomst, id).toBe("niet-van-toepassing");
    }
    expect(vast.bevindingen.find((b) => b.regelId === "convenant/meerjarenagenda-per-2026")?.bericht).toBe("De ambitie geldt vanaf 2026-01-01; de peildatum 2025-10-01 ligt eerder.");
    // Na de inzetdatum: beide zijn op de peildatum nog niet vastgesteld.
    const na = (m: unknown) => kernen(rapport(verwijzing(m), "2026-02-01"), "convenant/meerjarenagenda-per-2026")[0]?.uitkomst;
    expect(na({ status: "vastgesteld", vastgesteldOp: "2026-03-01" })).toBe("niet-voldaan");
    expect(na({ status: "in-voorbereiding", beoogdeVaststelling: "2026-03-01" })).toBe("niet-voldaan");
  });

  it("(b) in voorbereiding met een beoogde datum na 1 januari 2026: vóór die datum al beoordelen (handreiking, advies)", () => {
    const c = verwijzing({ status: "in-voorbereiding", beoogdeVaststelling: "2026-06-01" });
    const b = rapport(c, "2025-10-01").bevindingen.find((x) => x.regelId === "convenant/meerjarenagenda-per-2026")!;
    expect(kern(b)).toStrictEqual({ uitkomst: "beoordelen", pad: "arbeidsmarktbeleid.meerjarenagenda.beoogdeVaststelling", gegevens: { beoogd: "2026-06-01", inzet: "2026-01-01" } });
    expect(b.ernst).toBe("advies");
    expect(b.bericht).toBe("De regionale meerjarenagenda wordt volgens het convenant op 2026-06-01 vastgesteld, na de inzet om per 2026-01-01 te werken op basis van een regionale meerjarenagenda.");
    expect(b.hint).toContain("eerdere regionale meerjarenagenda");
    // Op of vóór de inzetdatum beoogd, of zonder datum: vóór de inzetdatum niet van toepassing.
    expect(k(meerjarenagendaPer2026, verwijzing({ status: "in-voorbereiding", beoogdeVaststelling: "2026-01-01" }), "2025-10-01")).toStrictEqual([
      { uitkomst: "niet-van-toepassing", pad: "arbeidsmarktbeleid.meerjarenagenda.beoogdeVaststelling" },
    ]);
    const zonderDatum = toets(meerjarenagendaPer2026, verwijzing({ status: "in-voorbereiding" }), "2025-10-01");
    expect(zonderDatum.map(kern)).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "arbeidsmarktbeleid.meerjarenagenda.status" }]);
    expect(zonderDatum[0]!.bericht).toBe("De ambitie geldt vanaf 2026-01-01; de peildatum 2025-10-01 ligt eerder.");
  });

  it("(c) vastgesteld na de inzetdatum: dezelfde uitkomst, hetzelfde bericht en dezelfde hint als agenda/regionale-agenda-per-2026", () => {
    const conv = toets(meerjarenagendaPer2026, verwijzing({ status: "vastgesteld", vastgesteldOp: "2026-03-01" }))[0]!;
    const agenda = toetsAgenda({ niveau: "regionaal", regio: "AM22", beleidsagenda: { vastgesteldOp: "2026-03-01" } }, { peildatum: P }).bevindingen.find((b) => b.regelId === "agenda/regionale-agenda-per-2026")!;
    expect(agenda.uitkomst).toBe("beoordelen");
    expect([conv.uitkomst, conv.bericht, conv.hint, conv.gegevens]).toStrictEqual([agenda.uitkomst, agenda.bericht, agenda.hint, agenda.gegevens]);
    expect(conv.pad).toStrictEqual(["arbeidsmarktbeleid", "meerjarenagenda", "vastgesteldOp"]);
  });

  it("eigenschap: op de verwijzing geeft de datumregel dezelfde uitkomst als agenda/regionale-agenda-per-2026 op dezelfde agenda", () => {
    const data = ["2019-01-01", "2024-06-30", "2025-12-31", "2026-01-01", "2026-01-02", "2026-03-01", "2027-05-05"];
    const peildata = ["2025-06-01", "2025-12-31", "2026-01-01", "2026-02-01", "2026-09-01", "2028-01-01"];
    let vergeleken = 0;
    for (const d of data) {
      for (const p of peildata) {
        // Vóór de inzetdatum kijkt de convenantregel al naar een beoogde datum erna; de agendaregel niet.
        if (d > p && p < MEERJARENAGENDA_UITERLIJK && d > MEERJARENAGENDA_UITERLIJK) continue;
        const a: Meerjarenagenda = { niveau: "regionaal", regio: "AM22", beleidsagenda: { vastgesteldOp: d } };
        const verwacht = toetsAgenda(a, { peildatum: p }).bevindingen.find((b) => b.regelId === "agenda/regionale-agenda-per-2026")!.uitkomst;
        expect(toets(meerjarenagendaPer2026, verwijzing({ status: "vastgesteld", vastgesteldOp: d }), p)[0]?.uitkomst, `${d} op ${p}`).toBe(verwacht);
        vergeleken++;
      }
    }
    expect(vergeleken).toBeGreaterThan(30);
  });

  it("vastgesteld zonder datum (alleen een verwijzing): vóór de inzetdatum n.v.t., daarna beoordelen", () => {
    const c = verwijzing({ status: "vastgesteld", verwijzing: "Meerjarenagenda Rijnmond" });
    expect(k(meerjarenagendaPer2026, c, "2025-10-01")).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "arbeidsmarktbeleid.meerjarenagenda" }]);
    const u = toets(meerjarenagendaPer2026, c)[0]!;
    expect(kern(u)).toStrictEqual({ uitkomst: "beoordelen", pad: "arbeidsmarktbeleid.meerjarenagenda", gegevens: { inzet: "2026-01-01", verwijzing: "Meerjarenagenda Rijnmond" } });
    expect(u.bericht).toContain("noemt de datum niet");
    expect(k(meerjarenagendaActueel, c)).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "arbeidsmarktbeleid.meerjarenagenda" }]);
  });

  it("(3) in voorbereiding op 2026-02-01: de datumbevinding is advies (handreiking), de vastlegregel voldaan; geen waarschuwing op een datum", () => {
    const r = rapport(verwijzing({ status: "in-voorbereiding", beoogdeVaststelling: "2025-12-15" }), "2026-02-01");
    const b = agendaBevindingen(r).map((x) => [x.regelId, x.uitkomst, x.ernst, x.pointer]);
    expect(b).toStrictEqual([
      ["convenant/meerjarenagenda", "voldaan", "waarschuwing", "/arbeidsmarktbeleid/meerjarenagenda"],
      ["convenant/meerjarenagenda-per-2026", "niet-voldaan", "advies", "/arbeidsmarktbeleid/meerjarenagenda/beoogdeVaststelling"],
      ["convenant/meerjarenagenda-actueel", "niet-van-toepassing", "waarschuwing", "/arbeidsmarktbeleid/meerjarenagenda"],
    ]);
    const per2026 = r.bevindingen.find((x) => x.regelId === "convenant/meerjarenagenda-per-2026")!;
    // Hetzelfde bericht als agenda/regionale-agenda-per-2026 voor een agenda zonder vastgesteld deel; de beoogde datum staat in de gegevens.
    expect(per2026.bericht).toBe("Op 2026-02-01 is geen deel van de regionale meerjarenagenda vastgesteld; de inzet was 2026-01-01.");
    expect(per2026.gegevens).toStrictEqual({ inzet: "2026-01-01", beoogd: "2025-12-15" });
    expect(per2026.bron.bron).toBe("HRT");
    const zonderDatum = rapport(verwijzing({ status: "in-voorbereiding" }), "2026-02-01").bevindingen.find((x) => x.regelId === "convenant/meerjarenagenda-per-2026")!;
    expect([zonderDatum.uitkomst, zonderDatum.pointer]).toStrictEqual(["niet-voldaan", "/arbeidsmarktbeleid/meerjarenagenda/status"]);
  });

  it("(d) een verwezen agenda ouder dan de looptijd van de beleidsagenda: niet-voldaan (beleid, waarschuwing), met beide vervaldatums", () => {
    const r = rapport(verwijzing({ status: "vastgesteld", vastgesteldOp: "2019-01-01" }));
    const b = r.bevindingen.find((x) => x.regelId === "convenant/meerjarenagenda-actueel")!;
    expect(kern(b)).toMatchObject({
      uitkomst: "niet-voldaan",
      pad: "arbeidsmarktbeleid.meerjarenagenda.vastgesteldOp",
      gegevens: {
        vastgesteldOp: "2019-01-01",
        beleidsagenda: { cyclus: { status: "verlopen", vervaltOp: "2024-01-01" } },
        uitvoeringsagenda: { cyclus: { status: "verlopen", vervaltOp: "2021-01-01" } },
      },
    });
    expect(b.ernst).toBe("waarschuwing");
    expect(b.bericht).toBe(
      "De meerjarenagenda waarnaar het convenant verwijst, is vastgesteld op 2019-01-01 en verlopen. De beleidsagenda (vastgesteld op 2019-01-01) is verlopen sinds 2024-01-01, na een looptijd van 5 jaar vanaf de vaststelling; de volgende had uiterlijk op 2024-01-01 vastgesteld moeten zijn. De uitvoeringsagenda (vastgesteld op 2019-01-01) is verlopen sinds 2021-01-01, na een looptijd van 2 jaar vanaf de vaststelling; de volgende had uiterlijk op 2021-01-01 vastgesteld moeten zijn.",
    );
  });

  it("alleen de uitvoeringsagenda verlopen: beoordelen (een latere kan bestaan); binnen het verloopvenster voldaan met de datum; het venster uit de instellingen", () => {
    const c = verwijzing({ status: "vastgesteld", vastgesteldOp: "2023-06-01" });
    const u = toets(meerjarenagendaActueel, c)[0]!;
    expect(kern(u)).toMatchObject({ uitkomst: "beoordelen", pad: "arbeidsmarktbeleid.meerjarenagenda.vastgesteldOp" });
    expect(u.bericht).toBe(
      "De meerjarenagenda waarnaar het convenant verwijst, is vastgesteld op 2023-06-01. De beleidsagenda is actueel tot 2028-06-01 (een looptijd van 5 jaar vanaf de vaststelling). De uitvoeringsagenda (vastgesteld op 2023-06-01) is verlopen sinds 2025-06-01, na een looptijd van 2 jaar vanaf de vaststelling; de volgende had uiterlijk op 2025-06-01 vastgesteld moeten zijn. Het convenant noemt geen latere uitvoeringsagenda.",
    );
    expect(u.hint).toContain("latere uitvoeringsagenda");
    const binnenkort = verwijzing({ status: "vastgesteld", vastgesteldOp: "2024-12-01" });
    const v = toets(meerjarenagendaActueel, binnenkort)[0]!;
    expect(v.uitkomst).toBe("voldaan");
    expect(v.bericht).toContain("De uitvoeringsagenda is nog actueel maar verloopt op 2026-12-01 (over 91 dagen");
    expect(toets(meerjarenagendaActueel, binnenkort, P, { verloopvensterMaanden: 0 })[0]!.bericht).not.toContain("verloopt op");
    expect(toets(meerjarenagendaActueel, basis())[0]!.bericht).toBe(
      "De meerjarenagenda waarnaar het convenant verwijst, is vastgesteld op 2025-12-11. De beleidsagenda is actueel tot 2030-12-11 (een looptijd van 5 jaar vanaf de vaststelling). De uitvoeringsagenda is actueel tot 2027-12-11 (een looptijd van 2 jaar vanaf de vaststelling).",
    );
  });

  it("eigenschap: de looptijdregel op de verwijzing is voldaan precies als agenda/looptijd-niet-overschreden voor beide delen voldaan is", () => {
    for (const d of ["2019-01-01", "2021-09-01", "2023-06-01", "2024-09-02", "2024-12-01", "2025-12-11"]) {
      for (const p of ["2026-01-01", "2026-09-01", "2027-12-11", "2030-12-11"]) {
        if (d > p) continue;
        const a: Meerjarenagenda = { niveau: "regionaal", regio: "AM22", beleidsagenda: { vastgesteldOp: d }, uitvoeringsagenda: { vastgesteldOp: d } };
        const agenda = toetsAgenda(a, { peildatum: p }).bevindingen.filter((b) => b.regelId === "agenda/looptijd-niet-overschreden");
        const conv = toets(meerjarenagendaActueel, verwijzing({ status: "vastgesteld", vastgesteldOp: d }), p)[0]!;
        expect(conv.uitkomst === "voldaan", `${d} op ${p}`).toBe(agenda.every((b) => b.uitkomst === "voldaan"));
        expect(conv.uitkomst === "niet-voldaan", `${d} op ${p}`).toBe(agenda.find((b) => b.pad[0] === "beleidsagenda")!.uitkomst === "niet-voldaan");
      }
    }
  });
});

describe("convenant/meerjarenagenda: verwijzing en agenda in het convenant zelf spreken elkaar tegen", () => {
  const metAgenda = (beleid: string | undefined, uitvoering: string | undefined, m: unknown) =>
    verwijzing(m, {
      ...basis(),
      meerjarenagenda: {
        niveau: "regionaal",
        regio: "AM22",
        vastgesteldDoor: "regionaal-beraad",
        beleidsagenda: beleid === undefined ? {} : { vastgesteldOp: beleid },
        uitvoeringsagenda: uitvoering === undefined ? {} : { vastgesteldOp: uitvoering },
      },
    });

  it("andere datum: beoordelen met beide waarden en beide paden", () => {
    const u = toets(meerjarenagenda, metAgenda("2026-03-01", "2026-03-01", { status: "vastgesteld", vastgesteldOp: "2025-12-01" }));
    expect(u.map(kern)).toStrictEqual([
      { uitkomst: "voldaan", pad: "meerjarenagenda", gegevens: { regio: "AM22" } },
      {
        uitkomst: "beoordelen",
        pad: "arbeidsmarktbeleid.meerjarenagenda.vastgesteldOp",
        gegevens: {
          verwijzing: { pad: ["arbeidsmarktbeleid", "meerjarenagenda", "vastgesteldOp"], vastgesteldOp: "2025-12-01" },
          agenda: [
            { pad: ["meerjarenagenda", "beleidsagenda", "vastgesteldOp"], vastgesteldOp: "2026-03-01" },
            { pad: ["meerjarenagenda", "uitvoeringsagenda", "vastgesteldOp"], vastgesteldOp: "2026-03-01" },
          ],
        },
      },
    ]);
    expect(u[1]!.bericht).toBe(
      "Het convenant spreekt zichzelf tegen over de meerjarenagenda: de verwijzing noemt die vastgesteld op 2025-12-01, maar de agenda in het convenant zelf noemt 2026-03-01 (beleidsagenda) en 2026-03-01 (uitvoeringsagenda).",
    );
    expect(u[1]!.hint).toContain("gelijk");
  });

  it("dezelfde datum als een van de delen, of een verwijzing zonder datum: geen tegenspraak", () => {
    expect(k(meerjarenagenda, metAgenda("2025-12-01", "2026-03-01", { status: "vastgesteld", vastgesteldOp: "2026-03-01" })).map((x) => x.uitkomst)).toStrictEqual(["voldaan", "voldaan"]);
    expect(k(meerjarenagenda, metAgenda("2025-12-01", undefined, { status: "vastgesteld", vastgesteldOp: "2025-12-01" })).map((x) => x.uitkomst)).toStrictEqual(["voldaan", "voldaan"]);
    expect(k(meerjarenagenda, metAgenda("2025-12-01", undefined, { status: "vastgesteld", verwijzing: "Agenda" })).map((x) => x.uitkomst)).toStrictEqual(["voldaan", "voldaan"]);
  });

  it("'vastgesteld' met datum tegenover een agenda zonder vaststellingsdatum; 'in voorbereiding' tegenover een vastgestelde agenda", () => {
    const concept = toets(meerjarenagenda, metAgenda(undefined, undefined, { status: "vastgesteld", vastgesteldOp: "2025-12-01" }))[1]!;
    expect(kern(concept)).toMatchObject({ uitkomst: "beoordelen", pad: "arbeidsmarktbeleid.meerjarenagenda.vastgesteldOp", gegevens: { agenda: [] } });
    expect(concept.bericht).toContain("de agenda in het convenant zelf heeft geen vaststellingsdatum (een concept)");
    const voorb = toets(meerjarenagenda, metAgenda("2025-12-01", undefined, { status: "in-voorbereiding" }))[1]!;
    expect(kern(voorb)).toStrictEqual({
      uitkomst: "beoordelen",
      pad: "arbeidsmarktbeleid.meerjarenagenda.status",
      gegevens: { verwijzing: { pad: ["arbeidsmarktbeleid", "meerjarenagenda", "status"], status: "in-voorbereiding" }, agenda: [{ pad: ["meerjarenagenda", "beleidsagenda", "vastgesteldOp"], vastgesteldOp: "2025-12-01" }] },
    });
    // Een deel dat pas na de peildatum wordt vastgesteld, spreekt 'in voorbereiding' niet tegen.
    expect(k(meerjarenagenda, metAgenda("2026-10-01", undefined, { status: "in-voorbereiding" })).map((x) => x.uitkomst)).toStrictEqual(["voldaan", "voldaan"]);
  });

  it("met de agenda in het convenant zelf zijn de tijdregels op de verwijzing n.v.t. (de agendaregels toetsen)", () => {
    const c = metAgenda("2026-03-01", "2026-03-01", { status: "vastgesteld", vastgesteldOp: "2019-01-01" });
    expect(k(meerjarenagendaPer2026, c)).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "meerjarenagenda" }]);
    expect(k(meerjarenagendaActueel, c)).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "meerjarenagenda" }]);
    expect(toets(meerjarenagendaActueel, c)[0]!.bericht).toContain("agenda/looptijd-niet-overschreden");
    expect(k(meerjarenagendaPer2026, met(basis(), ["arbeidsmarktbeleid"], undefined))).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "arbeidsmarktbeleid.meerjarenagenda" }]);
  });
});

describe("REGELS_MET_REGIO: precies de Werkcentrum-regels die van de regio afhangen", () => {
  it("de andere regels geven voor een andere regio dezelfde uitkomsten; deze niet", () => {
    const w = volledigWerkcentrum();
    const uitkomsten = (regio: string) => {
      const r = toetsWerkcentrum({ ...w, regio }, { peildatum: P });
      return new Map(werkcentrumRegels.map((x) => [x.id, JSON.stringify(r.bevindingen.filter((b) => b.regelId === x.id).map((b) => [b.uitkomst, b.pad, b.gegevens]))]));
    };
    const rijnmond = uitkomsten("AM22");
    const twente = uitkomsten("AM05");
    const afhankelijk = werkcentrumRegels.map((x) => x.id).filter((id) => rijnmond.get(id) !== twente.get(id));
    expect(afhankelijk).toStrictEqual([...REGELS_MET_REGIO]);
  });
});
