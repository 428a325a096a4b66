import { describe, expect, it } from "vitest";
import { kern, toetsRegel } from "../../test/hulp/contract.js";
import { volledigWerkcentrum } from "../../test/hulp/fixtures.js";
import type { Regel } from "../bevinding/model.js";
import type { Instellingen } from "../tijd/instellingen.js";
import type { Kanaal, Werkcentrum } from "./model.js";
import {
  binnenlopenZonderAfspraak,
  extraGidsen,
  functieomschrijvingGids,
  fysiekKanaal,
  geenOudeNamen,
  gidsfunctieBezetting,
  gidstakenRegel,
  hostVan,
  locatiesoorten,
  oudeNaamIn,
  toegangspoortCompleet,
  werkcentrumNaam,
  werkcentrumRegio,
  werkcentrumSubdomein,
  werkgeversdienstverleningViaWerkcentrum,
} from "./regels.js";

/**
 * Aanvullende tests voor de Werkcentrum-regels, gevonden met mutatietesten
 * (docs/mutatietesten.md): de tolerantie van de gidsfunctie op de grens (2,60 fte totaal,
 * 1,30 per kant), elke soort locatie, de gegevens met gevonden en verwacht, en de
 * inwerkingtreding als grens voor de regels over de werkgeversdienstverlening en oude namen.
 */

const P = "2026-09-01";
const basis = (): Werkcentrum => volledigWerkcentrum();
const toets = (regel: Regel<Werkcentrum>, w: Werkcentrum, peildatum = P, instellingen?: Instellingen) => toetsRegel(regel, w, peildatum, instellingen);
const k = (regel: Regel<Werkcentrum>, w: Werkcentrum, peildatum = P, instellingen?: Instellingen) => toets(regel, w, peildatum, instellingen).map(kern);

describe("werkcentrum/regio, naam en subdomein", () => {
  it("regio: de code; onbekend met gevonden en suggesties (hint alleen met een suggestie)", () => {
    expect(k(werkcentrumRegio, basis())).toStrictEqual([{ uitkomst: "voldaan", pad: "regio", gegevens: { regio: "AM22" } }]);
    const a = toets(werkcentrumRegio, { ...basis(), regio: "Rijmond" })[0]!;
    expect(a.hint).toMatch(/^Bedoelde u "Rijnmond"/);
    const b = toets(werkcentrumRegio, { ...basis(), regio: "Qqqqqqq" })[0]!;
    expect(kern(b)).toStrictEqual({ uitkomst: "niet-voldaan", pad: "regio", gegevens: { gevonden: "Qqqqqqq", suggesties: [] } });
    expect("hint" in b).toBe(false);
  });

  it("naam: CBS-naam, met 'regio', een bekende naam; anders niet-voldaan met gevonden en verwacht", () => {
    const n = (naam: string | undefined, regio = "Rijnmond") => toets(werkcentrumNaam, { ...basis(), regio, ...(naam !== undefined ? { naam } : { naam: "" }) })[0]!;
    expect(kern(n("Werkcentrum Rijnmond"))).toStrictEqual({ uitkomst: "voldaan", pad: "naam", gegevens: { gevonden: "Werkcentrum Rijnmond", verwacht: "Werkcentrum Rijnmond" } });
    expect(n("Werkcentrum regio Rijnmond").uitkomst).toBe("voldaan");
    const alias = n("Werkcentrum Groningen Noord-Drenthe", "AM01");
    expect(kern(alias)).toStrictEqual({ uitkomst: "voldaan", pad: "naam", gegevens: { gevonden: "Werkcentrum Groningen Noord-Drenthe", verwacht: "Werkcentrum Groningen" } });
    expect(alias.bericht).toContain('de bekende naam "Groningen Noord-Drenthe" van Groningen');
    expect(kern(n("Werkcentrum Twente"))).toStrictEqual({ uitkomst: "niet-voldaan", pad: "naam", gegevens: { gevonden: "Werkcentrum Twente", verwacht: "Werkcentrum Rijnmond" } });
    expect(n("Rijnmond Werkcentrum").uitkomst).toBe("niet-voldaan");
    expect(n("Werkcentrum regio").uitkomst).toBe("niet-voldaan");
    expect(n("Werkcentrum", "AM01").bericht).toContain('(of met "Groningen Noord-Drenthe")');
    expect(n("Werkcentrum").bericht).not.toContain("(of met");
    expect(kern(n(""))).toStrictEqual({ uitkomst: "niet-voldaan", pad: "naam", gegevens: { verwacht: "Werkcentrum Rijnmond" } });
    expect(k(werkcentrumNaam, { ...basis(), regio: "Qqqq" })).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "regio" }]);
  });

  it("hostVan: zonder protocol, www., pad, poort of query, in kleine letters", () => {
    expect(hostVan(" HTTPS://www.Rijnmond.Werkcentrum.nl:443/werkgevers?x=1#a ")).toBe("rijnmond.werkcentrum.nl");
    expect(hostVan("rijnmond.werkcentrum.nl/pad")).toBe("rijnmond.werkcentrum.nl");
    expect(hostVan("http://wwwx.nl")).toBe("wwwx.nl");
    // Een regeleinde in het pad (bijv. een adres over twee regels geplakt) hoort bij het pad.
    expect(hostVan("rijnmond.werkcentrum.nl/x\ny.nl")).toBe("rijnmond.werkcentrum.nl");
    expect(hostVan("ftp://a.nl#x")).toBe("a.nl");
  });

  it("subdomein: gevonden host, of de verwachte subdomeinen (CBS-naam en aliassen); zonder website of regio n.v.t.", () => {
    const s = (website: string, regio = "Rijnmond") => k(werkcentrumSubdomein, { ...basis(), regio, toegangspoort: { ...basis().toegangspoort, website } });
    expect(s("https://www.rijnmond.werkcentrum.nl/")).toStrictEqual([{ uitkomst: "voldaan", pad: "toegangspoort.website", gegevens: { gevonden: "rijnmond.werkcentrum.nl" } }]);
    expect(s("https://werkcentrumrijnmond.nl")).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "toegangspoort.website", gegevens: { gevonden: "werkcentrumrijnmond.nl", verwacht: ["rijnmond.werkcentrum.nl"] } },
    ]);
    expect(s("grootamsterdam.werkcentrum.nl", "AM18")[0]?.uitkomst).toBe("voldaan");
    expect(s("x.nl", "AM01")[0]?.gegevens).toStrictEqual({ gevonden: "x.nl", verwacht: ["groningen.werkcentrum.nl", "groningennoorddrenthe.werkcentrum.nl"] });
    expect(s(" ")).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "toegangspoort.website" }]);
    expect(k(werkcentrumSubdomein, { ...basis(), regio: "Qqqq" })).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "regio" }]);
  });
});

describe("werkcentrum/toegangspoort-compleet", () => {
  it("elk ontbrekend onderdeel, een ongeldig e-mailadres en een website zonder punt op hun eigen pad", () => {
    expect(k(toegangspoortCompleet, { ...basis(), toegangspoort: {} })).toStrictEqual(
      ["website", "email", "telefoon", "adres"].map((v) => ({ uitkomst: "niet-voldaan", pad: `toegangspoort.${v}` })),
    );
    const t = { ...basis().toegangspoort, email: "info@werkcentrum", website: "https://intranet/werk" };
    expect(k(toegangspoortCompleet, { ...basis(), toegangspoort: t })).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "toegangspoort.email" },
      { uitkomst: "niet-voldaan", pad: "toegangspoort.website" },
    ]);
    for (const email of ["a b@c.nl", "a@b@c.nl", "@c.nl", "a@.nl"]) {
      expect(k(toegangspoortCompleet, { ...basis(), toegangspoort: { ...basis().toegangspoort, email } }), email).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "toegangspoort.email" }]);
    }
    expect(k(toegangspoortCompleet, { ...basis(), toegangspoort: { ...basis().toegangspoort, email: " info@rijnmond.werkcentrum.nl " } })).toStrictEqual([{ uitkomst: "voldaan", pad: "toegangspoort" }]);
    const { toegangspoort: _, ...zonder } = basis();
    expect(k(toegangspoortCompleet, zonder as Werkcentrum)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "toegangspoort" }]);
  });
});

describe("werkcentrum: kanalen", () => {
  const kanalen = (...k: Kanaal[]): Werkcentrum => ({ ...basis(), kanalen: k });
  const brochure: Kanaal = { naam: "Display", soort: "brochurelocatie" };

  it("fysiek kanaal: het eerste bemenste kanaal; alleen brochures of niets is niet-voldaan", () => {
    expect(k(fysiekKanaal, kanalen(brochure, { naam: "Pop", soort: "pop-up" }))).toStrictEqual([{ uitkomst: "voldaan", pad: "kanalen.1" }]);
    expect(k(fysiekKanaal, kanalen(brochure))).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "kanalen" }]);
    expect(k(fysiekKanaal, kanalen())).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "kanalen" }]);
    const { kanalen: _, ...zonder } = basis();
    expect(k(fysiekKanaal, zonder as Werkcentrum)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "kanalen" }]);
  });

  it("binnenlopen: het kanaal zonder afspraak; niet vastgelegd is beoordelen (eerste onbekende kanaal); overal nee is niet-voldaan", () => {
    const a: Kanaal = { naam: "A", soort: "mobiel", zonderAfspraak: false };
    const b: Kanaal = { naam: "B", soort: "werkcafe" };
    const c: Kanaal = { naam: "C", soort: "pop-up", zonderAfspraak: true };
    expect(k(binnenlopenZonderAfspraak, kanalen(brochure, { ...brochure, zonderAfspraak: true }, a, c))).toStrictEqual([{ uitkomst: "voldaan", pad: "kanalen.3.zonderAfspraak" }]);
    const onbekend = toets(binnenlopenZonderAfspraak, kanalen(brochure, a, b));
    expect(onbekend.map(kern)).toStrictEqual([{ uitkomst: "beoordelen", pad: "kanalen.2.zonderAfspraak" }]);
    // A zegt uitdrukkelijk nee, B zwijgt: de melding zegt dat niet "bij geen enkel kanaal" iets is vastgelegd.
    expect(onbekend[0]!.bericht).toBe("Bij geen bemenst kanaal is vastgelegd dat mensen er zonder afspraak kunnen binnenlopen; bij een deel staat dat het niet kan, bij een ander deel is het niet vastgelegd (bijv. B).");
    expect(toets(binnenlopenZonderAfspraak, kanalen(brochure, b, { ...b, naam: "B2" }))[0]!.bericht).toBe("Bij geen enkel kanaal is vastgelegd of mensen er zonder afspraak kunnen binnenlopen (bijv. B).");
    expect(onbekend[0]!.hint).toBe("Leg per bemenst kanaal `zonderAfspraak` vast (true of false).");
    const nee = toets(binnenlopenZonderAfspraak, kanalen(brochure, a, { ...a, naam: "A2" }));
    expect(nee.map(kern)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "kanalen.1.zonderAfspraak" }]);
    expect(nee[0]!.bericht).toBe("Bij geen enkel kanaal kunnen mensen zonder afspraak binnenlopen.");
    expect(k(binnenlopenZonderAfspraak, kanalen(brochure))).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "kanalen" }]);
    const { kanalen: _, ...zonder } = basis();
    expect(k(binnenlopenZonderAfspraak, zonder as Werkcentrum)).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "kanalen" }]);
  });

  it("locatiesoorten: per soort wat er ontbreekt, op het pad van dat veld", () => {
    const u = k(
      locatiesoorten,
      kanalen(
        { naam: "Br1", soort: "brochurelocatie", zonderAfspraak: true },
        { naam: "Br2", soort: "brochurelocatie", zonderAfspraak: true, bemensing: ["UWV"] },
        { naam: "Info", soort: "informatielocatie" },
        { naam: "Dienst", soort: "dienstverleningslocatie", huisstijl: "werkcentrum" },
        { naam: "Dienst2", soort: "dienstverleningslocatie", beheerder: "UWV", bemensing: ["Gemeente"], publiekToegankelijk: true },
        { naam: "Flag", soort: "flagshipstore", huisstijl: "partner", openingstijden: [{ dagen: ["za", "zo"], van: "10:00", tot: "16:00" }] },
        { naam: "Mob", soort: "mobiel" },
      ),
    );
    expect(u).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "kanalen.0.zonderAfspraak" },
      { uitkomst: "beoordelen", pad: "kanalen.2.beheerder" },
      { uitkomst: "beoordelen", pad: "kanalen.2.bemensing" },
      { uitkomst: "beoordelen", pad: "kanalen.3.publiekToegankelijk" },
      { uitkomst: "beoordelen", pad: "kanalen.3.beheerder" },
      { uitkomst: "beoordelen", pad: "kanalen.3.huisstijl" },
      { uitkomst: "niet-voldaan", pad: "kanalen.4.bemensing" },
      { uitkomst: "beoordelen", pad: "kanalen.5.huisstijl" },
      { uitkomst: "niet-voldaan", pad: "kanalen.5.openingstijden" },
    ]);
  });

  it("locatiesoorten: niet ingevuld is beoordelen (met hint), aantoonbaar anders is niet-voldaan", () => {
    const u = toets(
      locatiesoorten,
      kanalen(
        { naam: "Info", soort: "informatielocatie", beheerder: "Gemeente", bemensing: [] },
        { naam: "Dienst", soort: "dienstverleningslocatie", beheerder: "UWV", publiekToegankelijk: false },
      ),
    );
    expect(u.map(kern)).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "kanalen.0.bemensing" },
      { uitkomst: "niet-voldaan", pad: "kanalen.1.publiekToegankelijk" },
      { uitkomst: "beoordelen", pad: "kanalen.1.bemensing" },
    ]);
    expect(u[0]!.bericht).toBe("Informatielocatie Info: er is geen medewerker van een partner die er (basis)informatie geeft.");
    expect(u[1]!.bericht).toBe("Dienstverleningslocatie Dienst is niet publiek toegankelijk; een dienstverleningslocatie is publiek toegankelijk voor werkenden, werkzoekenden en werkgevers.");
    expect(u[2]!.bericht).toBe("Dienstverleningslocatie Dienst: niet vastgelegd wie de locatie bemenst (volgens het voorbeeld medewerkers van UWV).");
    expect(u[2]!.hint).toBe("Leg `bemensing` vast, dan kan de bibliotheek het toetsen.");
    const leeg = toets(locatiesoorten, kanalen({ naam: "Info", soort: "informatielocatie" }, { naam: "Dienst", soort: "dienstverleningslocatie", bemensing: ["UWV"] }));
    expect(leeg.map((x) => x.bericht)).toStrictEqual([
      "Informatielocatie Info: niet vastgelegd van welke partner de locatie is.",
      "Informatielocatie Info: niet vastgelegd welke partner er (basis)informatie geeft.",
      "Dienstverleningslocatie Dienst: niet vastgelegd of de locatie publiek toegankelijk is voor werkenden, werkzoekenden en werkgevers.",
      "Dienstverleningslocatie Dienst: niet vastgelegd van welke partner de locatie is.",
    ]);
    expect(leeg.map((x) => x.uitkomst)).toStrictEqual(["beoordelen", "beoordelen", "beoordelen", "beoordelen"]);
  });

  it("locatiesoorten: goed ingevuld (beheerder ook zonder verschil in hoofdletters, één werkdag volstaat); zonder kanalen n.v.t.", () => {
    const goed = toets(
      locatiesoorten,
      kanalen(
        { naam: "Dienst", soort: "dienstverleningslocatie", beheerder: "UWV", bemensing: ["uwv"], publiekToegankelijk: true, huisstijl: "partner" },
        { naam: "Flag", soort: "flagshipstore", huisstijl: "werkcentrum", openingstijden: [{ dagen: ["za"], van: "10:00", tot: "12:00" }, { dagen: ["zo", "vr"], van: "10:00", tot: "12:00" }] },
        { naam: "Flag2", soort: "flagshipstore" },
        { naam: "Info", soort: "informatielocatie", beheerder: "Gemeente", bemensing: ["Gemeente"] },
      ),
    );
    expect(goed.map(kern)).toStrictEqual([{ uitkomst: "voldaan", pad: "kanalen" }]);
    expect(goed[0]!.bericht).toContain("Alle 4 kanalen");
    expect(k(locatiesoorten, kanalen())).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "kanalen" }]);
  });
});

describe("werkcentrum/gidsfunctie-bezetting: tolerantie 0,05 fte per kant", () => {
  const bezet = (uwv: number, gem: number, extra: { soort: "uwv" | "gemeente"; fte: number }[] = []) => ({
    ...basis(),
    gidsfunctie: { ...basis().gidsfunctie, bezetting: [{ partner: "UWV", soort: "uwv" as const, fte: uwv }, { partner: "Gemeente", soort: "gemeente" as const, fte: gem }, ...extra.map((e, i) => ({ partner: `P${i}`, ...e }))] },
  });
  const gegevens = (u: number, g: number, herkomstNormen = "standaard", x: Record<string, number> = {}) => ({
    fteUwv: u,
    fteGemeenten: g,
    fteTotaal: Math.round((u + g) * 100) / 100,
    normUwv: 1.35,
    normGemeenten: 1.35,
    normTotaal: 2.7,
    tolerantiePerKant: 0.05,
    herkomstNormen,
    ...x,
  });

  it("precies op de ondergrens (1,30 + 1,30 = 2,60): voldaan; 0,01 eronder: niet-voldaan", () => {
    expect(k(gidsfunctieBezetting, bezet(1.3, 1.3))).toStrictEqual([{ uitkomst: "voldaan", pad: "gidsfunctie.bezetting", gegevens: gegevens(1.3, 1.3) }]);
    const te = toets(gidsfunctieBezetting, bezet(1.3, 1.29));
    expect(te.map(kern)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "gidsfunctie.bezetting", gegevens: gegevens(1.3, 1.29) }]);
    expect(te[0]!.bericht).toBe("UWV 1,30 fte + gemeenten 1,29 fte = 2,59 fte; dat is minder dan zo'n 2,70 fte (ondergrens met tolerantie 2,60).");
  });

  it("totaal genoeg, één kant onder 1,30: beoordelen met de kant in het bericht en een eigen hint", () => {
    const u = toets(gidsfunctieBezetting, bezet(1.29, 1.31));
    expect(u.map(kern)).toStrictEqual([{ uitkomst: "beoordelen", pad: "gidsfunctie.bezetting", gegevens: gegevens(1.29, 1.31) }]);
    expect(u[0]!.bericht).toContain("het aandeel van UWV (1,29 fte, norm ongeveer 1,35) ligt onder de norm");
    expect(u[0]!.hint).toContain("gezamenlijk verantwoordelijk");
    const g = toets(gidsfunctieBezetting, bezet(2, 0.6));
    expect(g[0]!.bericht).toContain("het aandeel van gemeenten (0,60 fte, norm ongeveer 1,35)");
  });

  it("fte's worden in honderdsten opgeteld (0,85 + 0,5 = 1,35); alles wat geen UWV is telt bij de gemeenten", () => {
    expect(k(gidsfunctieBezetting, bezet(1.35, 0.85, [{ soort: "gemeente", fte: 0.5 }]))[0]).toStrictEqual({ uitkomst: "voldaan", pad: "gidsfunctie.bezetting", gegevens: gegevens(1.35, 1.35) });
    expect(k(gidsfunctieBezetting, bezet(0.7, 1.35, [{ soort: "uwv", fte: 0.65 }]))[0]?.uitkomst).toBe("voldaan");
  });

  it("overschreven normen: herkomst 'instelling'; met een lagere totaalnorm kunnen beide kanten laag zijn", () => {
    const inst = { parameters: { "gidsfunctie.fte-totaal": { waarde: 2 } } };
    const u = toets(gidsfunctieBezetting, bezet(1, 1), P, inst);
    expect(u.map(kern)).toStrictEqual([{ uitkomst: "beoordelen", pad: "gidsfunctie.bezetting", gegevens: gegevens(1, 1, "instelling", { normTotaal: 2 }) }]);
    expect(u[0]!.bericht).toContain("UWV (1,00 fte, norm ongeveer 1,35) en gemeenten (1,00 fte, norm ongeveer 1,35)");
    expect(k(gidsfunctieBezetting, bezet(1.3, 1.3), P, { parameters: { "gidsfunctie.tolerantie-fte": { waarde: 0 } } })[0]?.uitkomst).toBe("niet-voldaan");
  });

  it("vóór 2025 zijn alle vier gidsfunctieregels n.v.t., elk op het eigen pad", () => {
    for (const [regel, pad] of [
      [gidsfunctieBezetting, "gidsfunctie.bezetting"],
      [extraGidsen, "gidsfunctie.extraGidsen"],
      [gidstakenRegel, "gidsfunctie.taken"],
      [functieomschrijvingGids, "gidsfunctie.functieomschrijving"],
    ] as const) {
      expect(k(regel as Regel<Werkcentrum>, basis(), "2024-12-31"), pad).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad }]);
    }
  });

  it("vóór 2025 n.v.t., ook zonder gidsfunctie of bezetting; vanaf 2025 zonder gidsfunctie of bezetting niet-voldaan", () => {
    const voor = toets(gidsfunctieBezetting, bezet(1, 1), "2024-12-31");
    expect(voor.map(kern)).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "gidsfunctie.bezetting" }]);
    expect(voor[0]!.bericht).toBe('Op 2024-12-31 geldt de gidsfunctie nog niet: die start per 1 januari 2025 ("Start gidsfunctie Werkcentrum"), met de structurele middelen van UWV en gemeenten.');
    const { gidsfunctie: _g, ...zonderGids } = basis();
    for (const w of [zonderGids as Werkcentrum, { ...basis(), gidsfunctie: {} }, { ...basis(), gidsfunctie: { bezetting: [] } }]) {
      expect(k(gidsfunctieBezetting, w, "2024-12-31")).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "gidsfunctie.bezetting" }]);
    }
    expect(k(gidsfunctieBezetting, { ...basis(), gidsfunctie: { bezetting: [] } })).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "gidsfunctie.bezetting" }]);
    expect(k(gidsfunctieBezetting, { ...basis(), gidsfunctie: {} })).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "gidsfunctie.bezetting" }]);
    const { gidsfunctie: _, ...zonder } = basis();
    expect(k(gidsfunctieBezetting, zonder as Werkcentrum)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "gidsfunctie" }]);
  });
});

describe("werkcentrum/extra-gidsen, gidstaken en functieomschrijving", () => {
  const gids = (x: Record<string, unknown>) => ({ ...basis(), gidsfunctie: { ...basis().gidsfunctie, extraGidsen: [{ partner: "SBB", soort: "sbb", ...x }] } }) as Werkcentrum;
  const alles = { neutraal: true, alleDoelgroepen: true, onderAansturingWerkcentrum: true, volgensFunctieomschrijving: true, financiering: "eigen-middelen-partner", afsprakenGegevensdeling: "x" };

  it("elke eis op haar eigen pad; een gids van UWV, een gemeente of een andere soort: beoordelen", () => {
    expect(k(extraGidsen, gids({}))).toStrictEqual([
      ...["neutraal", "alleDoelgroepen", "onderAansturingWerkcentrum", "volgensFunctieomschrijving", "financiering"].map((v) => ({ uitkomst: "beoordelen", pad: `gidsfunctie.extraGidsen.0.${v}` })),
      { uitkomst: "beoordelen", pad: "gidsfunctie.extraGidsen.0.afsprakenGegevensdeling" },
    ]);
    expect(k(extraGidsen, gids({ ...alles, neutraal: false, alleDoelgroepen: false, onderAansturingWerkcentrum: false, volgensFunctieomschrijving: false }))).toStrictEqual(
      ["neutraal", "alleDoelgroepen", "onderAansturingWerkcentrum", "volgensFunctieomschrijving"].map((v) => ({ uitkomst: "niet-voldaan", pad: `gidsfunctie.extraGidsen.0.${v}` })),
    );
    expect(toets(extraGidsen, gids({ ...alles, neutraal: false }))[0]!.bericht).toBe("De extra gids van SBB vervult geen neutrale rol.");
    const onbekend = toets(extraGidsen, gids({ ...alles, neutraal: undefined }))[0]!;
    expect(onbekend.bericht).toBe("Niet vastgelegd of de extra gids van SBB een neutrale rol vervult.");
    expect(onbekend.hint).toBe("Leg `neutraal` vast, dan kan de bibliotheek het toetsen.");
    expect(toets(extraGidsen, gids({ ...alles, financiering: undefined }))[0]!.bericht).toBe("Niet vastgelegd wie de extra gids van SBB betaalt.");
    for (const soort of ["uwv", "gemeente", "overig"]) {
      expect(k(extraGidsen, gids({ ...alles, soort })), soort).toStrictEqual([{ uitkomst: "beoordelen", pad: "gidsfunctie.extraGidsen.0.soort" }]);
    }
    expect(k(extraGidsen, gids({ ...alles, soort: "uwv", afsprakenGegevensdeling: undefined }))).toStrictEqual([{ uitkomst: "beoordelen", pad: "gidsfunctie.extraGidsen.0.soort" }]);
    expect(k(extraGidsen, gids({ ...alles, financiering: "impulsbudget" }))).toStrictEqual([{ uitkomst: "beoordelen", pad: "gidsfunctie.extraGidsen.0.financiering" }]);
    const g = toets(extraGidsen, gids({ ...alles, afsprakenGegevensdeling: " " }));
    expect(g.map(kern)).toStrictEqual([{ uitkomst: "beoordelen", pad: "gidsfunctie.extraGidsen.0.afsprakenGegevensdeling" }]);
    expect(g[0]!.hint).toContain("Gegevensdeling");
    expect(k(extraGidsen, gids(alles))).toStrictEqual([{ uitkomst: "voldaan", pad: "gidsfunctie.extraGidsen.0" }]);
    expect(k(extraGidsen, { ...basis(), gidsfunctie: { extraGidsen: [] } })).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "gidsfunctie.extraGidsen" }]);
  });

  it("gidstaken: welke ontbreken; functieomschrijving: wie ontbreekt (gevonden)", () => {
    const taken = (t?: string[]) => k(gidstakenRegel, { ...basis(), gidsfunctie: { ...(t !== undefined && { taken: t }) } } as Werkcentrum);
    expect(taken(["loopbaangesprek", "welkom-heten"])).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "gidsfunctie.taken", gegevens: { ontbreekt: ["algemene-informatie", "in-verbinding-brengen"] } }]);
    expect(taken()).toStrictEqual([{ uitkomst: "beoordelen", pad: "gidsfunctie.taken" }]);
    expect(taken([])[0]!.uitkomst).toBe("niet-voldaan");
    expect(taken(["welkom-heten", "algemene-informatie", "loopbaangesprek", "in-verbinding-brengen"])).toStrictEqual([{ uitkomst: "voldaan", pad: "gidsfunctie.taken" }]);
    const f = (x?: Record<string, unknown>) => k(functieomschrijvingGids, { ...basis(), gidsfunctie: { ...(x !== undefined && { functieomschrijving: x }) } } as Werkcentrum);
    expect(f({ opgesteldDoor: ["uwv"] })).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "gidsfunctie.functieomschrijving.opgesteldDoor", gegevens: { gevonden: ["uwv"] } }]);
    expect(f({ opgesteldDoor: [] })).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "gidsfunctie.functieomschrijving.opgesteldDoor", gegevens: { gevonden: [] } }]);
    expect(toets(functieomschrijvingGids, { ...basis(), gidsfunctie: { functieomschrijving: { opgesteldDoor: [] } } })[0]!.bericht).toContain("(ontbreekt: uwv en gemeenten)");
    expect(f({})).toStrictEqual([{ uitkomst: "beoordelen", pad: "gidsfunctie.functieomschrijving.opgesteldDoor" }]);
    expect(toets(functieomschrijvingGids, { ...basis(), gidsfunctie: { functieomschrijving: {} } })[0]!.bericht).toBe("Niet vastgelegd wie de functieomschrijving van de gids heeft opgesteld.");
    expect(f()).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "gidsfunctie.functieomschrijving" }]);
    expect(f({ opgesteldDoor: ["gemeenten", "uwv"] })).toStrictEqual([{ uitkomst: "voldaan", pad: "gidsfunctie.functieomschrijving" }]);
    const { gidsfunctie: _, ...zonder } = basis();
    expect(k(gidstakenRegel, zonder as Werkcentrum)).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "gidsfunctie" }]);
    expect(k(functieomschrijvingGids, zonder as Werkcentrum)).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "gidsfunctie" }]);
  });
});

describe("werkcentrum: vanaf de inwerkingtreding", () => {
  it("werkgeversdienstverlening: vóór de wet n.v.t. (met de datum, of 'datum onbekend'); daarna per waarde", () => {
    const voor = toets(werkgeversdienstverleningViaWerkcentrum, basis(), "2026-06-30");
    expect(voor.map(kern)).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "werkgeversdienstverlening" }]);
    expect(voor[0]!.bericht).toContain("(2026-07-01)");
    expect(toets(werkgeversdienstverleningViaWerkcentrum, basis(), "2026-06-30", { inwerkingtreding: "onbekend" })[0]!.bericht).toContain("(datum onbekend)");
    // Na 1 juli 2026 (handreiking) maar vóór een latere of onbekende wet: 'niet via het Werkcentrum' is beoordelen, 'via' voldaan.
    for (const iwt of ["2027-01-01", "onbekend"]) {
      const niet = toets(werkgeversdienstverleningViaWerkcentrum, { ...basis(), werkgeversdienstverlening: { viaWerkcentrum: false, naam: "WSP X" } } as Werkcentrum, P, { inwerkingtreding: iwt });
      expect(niet.map(kern), iwt).toStrictEqual([
        { uitkomst: "beoordelen", pad: "werkgeversdienstverlening.viaWerkcentrum", gegevens: { handreiking: "2026-07-01", inwerkingtreding: iwt === "onbekend" ? null : iwt } },
      ]);
      expect(niet[0]!.bericht).toBe(
        `De werkgeversdienstverlening (WSP X) gaat niet via het Werkcentrum. De handreiking beoogt dat in ieder geval vanaf 2026-07-01, maar de wet is nog niet in werking (inwerkingtreding: ${iwt}).`,
      );
      expect(toets(werkgeversdienstverleningViaWerkcentrum, { ...basis(), werkgeversdienstverlening: { viaWerkcentrum: true } } as Werkcentrum, P, { inwerkingtreding: iwt }).map(kern)).toStrictEqual([
        { uitkomst: "voldaan", pad: "werkgeversdienstverlening.viaWerkcentrum" },
      ]);
    }
    const w = (x: unknown) => k(werkgeversdienstverleningViaWerkcentrum, { ...basis(), werkgeversdienstverlening: x } as Werkcentrum, "2026-07-01");
    expect(w({ viaWerkcentrum: true })).toStrictEqual([{ uitkomst: "voldaan", pad: "werkgeversdienstverlening.viaWerkcentrum" }]);
    expect(w({ viaWerkcentrum: false })).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "werkgeversdienstverlening.viaWerkcentrum" }]);
    expect(w({})).toStrictEqual([{ uitkomst: "beoordelen", pad: "werkgeversdienstverlening.viaWerkcentrum" }]);
    expect(w(undefined)).toStrictEqual([{ uitkomst: "beoordelen", pad: "werkgeversdienstverlening" }]);
    expect(toets(werkgeversdienstverleningViaWerkcentrum, { ...basis(), werkgeversdienstverlening: { viaWerkcentrum: false, naam: "WSP X" } })[0]!.bericht).toContain("(WSP X)");
  });

  it("oude namen: naam, website, e-mail, adres, kanalen en werkgeversdienstverlening, met de oude naam; het Landelijk WSP niet", () => {
    const w: Werkcentrum = {
      ...basis(),
      naam: "Werkcentrum WSP Rijnmond",
      toegangspoort: { website: "https://leerwerkloketrijnmond.nl", email: "info@rmt-rijnmond.nl", telefoon: "010", adres: "Postbus 1, WSP" },
      kanalen: [{ naam: "Zuidplein", soort: "pop-up" }, { naam: "Mobiliteitsteam bus", soort: "mobiel" }],
      werkgeversdienstverlening: { viaWerkcentrum: true, naam: "Landelijk WerkgeversServicepunt" },
    };
    expect(k(geenOudeNamen, w)).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "naam", gegevens: { gevonden: "Werkcentrum WSP Rijnmond", oudeNaam: "WerkgeversServicepunt" } },
      { uitkomst: "niet-voldaan", pad: "toegangspoort.website", gegevens: { gevonden: "https://leerwerkloketrijnmond.nl", oudeNaam: "Leerwerkloket" } },
      { uitkomst: "niet-voldaan", pad: "toegangspoort.email", gegevens: { gevonden: "info@rmt-rijnmond.nl", oudeNaam: "regionaal mobiliteitsteam" } },
      { uitkomst: "niet-voldaan", pad: "toegangspoort.adres", gegevens: { gevonden: "Postbus 1, WSP", oudeNaam: "WerkgeversServicepunt" } },
      { uitkomst: "niet-voldaan", pad: "kanalen.1.naam", gegevens: { gevonden: "Mobiliteitsteam bus", oudeNaam: "regionaal mobiliteitsteam" } },
    ]);
    expect(k(geenOudeNamen, { ...basis(), werkgeversdienstverlening: { naam: "Werkgevers Service Punt" } })).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "werkgeversdienstverlening.naam", gegevens: { gevonden: "Werkgevers Service Punt", oudeNaam: "WerkgeversServicepunt" } },
    ]);
    expect(k(geenOudeNamen, basis())).toStrictEqual([{ uitkomst: "voldaan", pad: "" }]);
    expect(k(geenOudeNamen, { regio: "Rijnmond" })).toStrictEqual([{ uitkomst: "voldaan", pad: "" }]);
    expect(k(geenOudeNamen, w, "2026-06-30")).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "" }]);
  });

  it("oudeNaamIn: afkortingen alleen als los woord", () => {
    expect(oudeNaamIn("WSP")).toBe("WerkgeversServicepunt");
    expect(oudeNaamIn("wspx")).toBeUndefined();
    expect(oudeNaamIn("xwsp")).toBeUndefined();
    expect(oudeNaamIn("Leer-werk-loket")).toBe("Leerwerkloket");
    expect(oudeNaamIn("lwl.nl")).toBe("Leerwerkloket");
    expect(oudeNaamIn("RMT")).toBe("regionaal mobiliteitsteam");
    expect(oudeNaamIn("Landelijk WerkgeversServicepunt")).toBeUndefined();
    expect(oudeNaamIn("Werkcentrum")).toBeUndefined();
  });
});

describe("werkcentrum: berichten en grensgevallen (mutatietesten, ronde 2)", () => {
  it("regio: meer suggesties in de hint, met 'of' ertussen", () => {
    expect(toets(werkcentrumRegio, { ...basis(), regio: "Groning" })[0]!.hint).toBe('Bedoelde u "Groningen" of "Groningen Noord-Drenthe"?');
  });

  it("naam: de berichten bij de CBS-naam, zonder aliassen en bij een onbekende regio", () => {
    const n = (naam: string, regio = "Rijnmond") => toets(werkcentrumNaam, { ...basis(), regio, naam })[0]!;
    expect(n("Werkcentrum Rijnmond").bericht).toBe(`"Werkcentrum Rijnmond" is 'Werkcentrum' + de naam van de regio.`);
    expect(n("Werkcentrum Groningen", "AM01").bericht).toBe(`"Werkcentrum Groningen" is 'Werkcentrum' + de naam van de regio.`);
    expect(n("Werkcentrum Twente").bericht).toBe(`"Werkcentrum Twente" is niet 'Werkcentrum' gevolgd door de naam van de regio; verwacht "Werkcentrum Rijnmond".`);
    expect(n("Werkcentrum", "AM01").bericht).toBe(`"Werkcentrum" is niet 'Werkcentrum' gevolgd door de naam van de regio; verwacht "Werkcentrum Groningen" (of met "Groningen Noord-Drenthe").`);
    expect(n("Werkcentrum", "Qqqq").bericht).toBe("Kan de naam niet toetsen: de regio is onbekend.");
  });

  it("naam: alleen 'Werkcentrum' vooraan telt, en 'regio' alleen als los voorvoegsel", () => {
    const n = (naam: string) => k(werkcentrumNaam, { ...basis(), naam });
    // elf tekens die niet 'werkcentrum' zijn, gevolgd door de regio
    expect(n("Werkcentrax Rijnmond")).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "naam", gegevens: { gevonden: "Werkcentrax Rijnmond", verwacht: "Werkcentrum Rijnmond" } }]);
    expect(n("Arbeidsplein Rijnmond")[0]!.uitkomst).toBe("niet-voldaan");
    // vijf tekens die niet 'regio' zijn, vóór de regio
    expect(n("Werkcentrum Regia Rijnmond")[0]!.uitkomst).toBe("niet-voldaan");
  });

  it("subdomein: het bericht bij een onbekende regio", () => {
    expect(toets(werkcentrumSubdomein, { ...basis(), regio: "Qqqq" })[0]!.bericht).toBe("Kan het subdomein niet toetsen: de regio is onbekend.");
  });

  it("hostVan: protocol en www. alleen vooraan", () => {
    expect(hostVan("x.nlhttps://rijnmond.werkcentrum.nl")).toBe("x.nlhttps");
    expect(hostVan("https://ikwww.nl")).toBe("ikwww.nl");
    expect(hostVan("https://rijnmond.www.nl/pad")).toBe("rijnmond.www.nl");
  });

  it("toegangspoort: een e-mailadres met iets erachter is ongeldig", () => {
    for (const email of ["info@rijnmond.nl extra", "a@b.nl@c", "info@rijnmond.nl, info@uwv.nl"]) {
      const u = toets(toegangspoortCompleet, { ...basis(), toegangspoort: { ...basis().toegangspoort, email } });
      expect(u.map(kern), email).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "toegangspoort.email" }]);
      expect(u[0]!.bericht).toBe(`${JSON.stringify(email)} is geen geldig e-mailadres.`);
    }
  });

  it("fysiek kanaal: berichten met het aantal bemenste kanalen; een lege lijst is 'geen kanaal'", () => {
    const brochure: Kanaal = { naam: "Display", soort: "brochurelocatie" };
    expect(toets(fysiekKanaal, { ...basis(), kanalen: [brochure, { naam: "Pop", soort: "pop-up" }, brochure] })[0]!.bericht).toBe(
      "1 bemenst(e) fysiek(e) kanaal/kanalen, waaronder Pop (pop-up).",
    );
    expect(toets(fysiekKanaal, { ...basis(), kanalen: [] })[0]!.bericht).toBe("Er is geen fysiek kanaal opgegeven.");
    expect(toets(fysiekKanaal, { ...basis(), kanalen: [brochure, brochure] })[0]!.bericht).toBe("Alleen brochurelocaties (2); daar is geen personeel. Er is geen bemenst fysiek kanaal.");
  });

  it("dienstverleningslocatie: de beheerder hoeft maar één van de bemensers te zijn", () => {
    const dienst: Kanaal = { naam: "Dienst", soort: "dienstverleningslocatie", beheerder: "UWV", bemensing: ["Gemeente", "UWV"], publiekToegankelijk: true, huisstijl: "partner" };
    expect(k(locatiesoorten, { ...basis(), kanalen: [dienst] })).toStrictEqual([{ uitkomst: "voldaan", pad: "kanalen" }]);
  });

  it("bezetting: overschreven normen vóór 2025 maken de regel niet van toepassing (vaste startdatum), vanaf 2025 gelden ze", () => {
    const w = { ...basis(), gidsfunctie: { ...basis().gidsfunctie, bezetting: [{ partner: "UWV", soort: "uwv" as const, fte: 2 }, { partner: "G", soort: "gemeente" as const, fte: 2 }] } };
    const normen = { "gidsfunctie.fte-uwv": { waarde: 1.35 }, "gidsfunctie.fte-gemeenten": { waarde: 1.35 }, "gidsfunctie.fte-totaal": { waarde: 2.7 } };
    const voor = toets(gidsfunctieBezetting, w, "2024-12-31", { parameters: normen });
    expect(voor.map(kern)).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "gidsfunctie.bezetting" }]);
    expect(voor[0]!.bericht).toContain("geldt de gidsfunctie nog niet");
    expect(k(gidsfunctieBezetting, w, "2025-01-01", { parameters: { "gidsfunctie.fte-totaal": { waarde: 4.5 } } })[0]).toMatchObject({ uitkomst: "niet-voldaan", gegevens: { normTotaal: 4.5 } });
  });

  it("extra gids van een gemeente: geen afspraken over gegevensdeling nodig", () => {
    const w = { ...basis(), gidsfunctie: { ...basis().gidsfunctie, extraGidsen: [{ partner: "Gemeente X", soort: "gemeente" as const, neutraal: true, alleDoelgroepen: true, onderAansturingWerkcentrum: true, volgensFunctieomschrijving: true, financiering: "eigen-middelen-partner" as const }] } };
    expect(k(extraGidsen, w)).toStrictEqual([{ uitkomst: "beoordelen", pad: "gidsfunctie.extraGidsen.0.soort" }]);
  });

  it("werkgeversdienstverlening: de berichten bij 'nee' zonder naam en bij 'niet vastgelegd'", () => {
    const w = (d: Record<string, unknown>) => toets(werkgeversdienstverleningViaWerkcentrum, { ...basis(), werkgeversdienstverlening: d } as Werkcentrum)[0]!.bericht;
    expect(w({ viaWerkcentrum: false })).toBe("De werkgeversdienstverlening gaat niet via het Werkcentrum.");
    expect(w({})).toBe("Niet vastgelegd of de werkgeversdienstverlening via het Werkcentrum gaat.");
    expect(w({ naam: "Team Werkgevers" })).toBe("Niet vastgelegd of de werkgeversdienstverlening (Team Werkgevers) via het Werkcentrum gaat.");
    const { werkgeversdienstverlening: _, ...zonder } = basis();
    const z = toets(werkgeversdienstverleningViaWerkcentrum, zonder as Werkcentrum)[0]!;
    expect(z.bericht).toBe("Niet vastgelegd hoe de werkgeversdienstverlening wordt aangeboden; gaat ze via het Werkcentrum?");
    expect(z.hint).toBe("Leg `werkgeversdienstverlening` vast, dan kan de bibliotheek het toetsen.");
  });
});
