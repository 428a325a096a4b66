import { describe, expect, it } from "vitest";
import { controleerRapport, kern, kernen, toetsRegel } from "../../test/hulp/contract.js";
import { met, volledigConvenant } from "../../test/hulp/fixtures.js";
import type { Regel } from "../bevinding/model.js";
import type { Convenant } from "./model.js";
import {
  agendaRegelsInConvenant,
  begroting,
  begrotingTotaleKosten,
  impulsbudgetBesluitvorming,
  impulsbudgetIndividueel,
  impulsbudgetKaders,
  meerjarenagenda,
  meerjarenagendaActueel,
  meerjarenagendaPer2026,
  noWrongDoor,
  onderwerpenRegionaalWerkbedrijf,
  werkcentrumRegelsInConvenant,
  werkcentrumRegio,
  werkcentrumVastgelegd,
  winPunt,
} from "./regels.js";
import { toetsConvenant } from "./toets.js";

/**
 * Aanvullende tests voor de eigen regels van het convenant en het inbedden van de Werkcentrum-
 * en agendaregels, gevonden met mutatietesten (docs/mutatietesten.md): per tak uitkomst, pad
 * en gegevens, namen die zonder verschil in hoofdletters gelijk zijn, en grensdagen.
 */

const P = "2026-09-01";
const basis = (): Convenant => volledigConvenant();

const toets = (regel: Regel<Convenant>, c: Convenant, peildatum = P) => toetsRegel(regel, c, peildatum);
const k = (regel: Regel<Convenant>, c: Convenant, peildatum = P) => toets(regel, c, peildatum).map(kern);
const zonder = (c: Convenant, veld: keyof Convenant): Convenant => met(c, [veld], undefined);

describe("convenant/werkcentrum-vastgelegd", () => {
  it("in het convenant (met of zonder eigen regio van dezelfde regio), of in een apart document", () => {
    expect(k(werkcentrumVastgelegd, basis())).toStrictEqual([{ uitkomst: "voldaan", pad: "werkcentrum" }]);
    expect(toets(werkcentrumVastgelegd, basis())[0]!.bericht).toContain("(Werkcentrum Rijnmond)");
    expect(k(werkcentrumVastgelegd, met(basis(), ["werkcentrum", "regio"], "AM22"))).toStrictEqual([{ uitkomst: "voldaan", pad: "werkcentrum" }]);
    const doc = { ...zonder(basis(), "werkcentrum"), werkcentrumDocument: "Bijlage 2" };
    expect(k(werkcentrumVastgelegd, doc)).toStrictEqual([{ uitkomst: "voldaan", pad: "werkcentrumDocument" }]);
    expect(toets(werkcentrumVastgelegd, doc)[0]!.bericht).toContain("Bijlage 2");
  });

  it("de regio van het Werkcentrum toetst convenant/werkcentrum-regio, niet deze regel; niets vastgelegd (een leeg document telt niet)", () => {
    expect(k(werkcentrumVastgelegd, met(basis(), ["werkcentrum", "regio"], "Twente"))).toStrictEqual([{ uitkomst: "voldaan", pad: "werkcentrum" }]);
    expect(k(werkcentrumVastgelegd, { ...zonder(basis(), "werkcentrum"), werkcentrumDocument: " " })).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "werkcentrum" }]);
  });

  it("een onderdeel werkcentrum zonder inhoud: leeg of alleen een regio is niet-voldaan, alleen een toelichting beoordelen; een document telt wel", () => {
    for (const w of [{}, { regio: "AM22" }, { naam: " ", kanalen: [], toegangspoort: {} }, { gidsfunctie: { bezetting: [] }, toelichting: " " }]) {
      const u = toets(werkcentrumVastgelegd, met(basis(), ["werkcentrum"], w));
      expect(u.map(kern), JSON.stringify(w)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "werkcentrum" }]);
      expect(u[0]!.bericht).toContain("leeg");
    }
    const alleenToelichting = toets(werkcentrumVastgelegd, met(basis(), ["werkcentrum"], { toelichting: "Zie de afspraken in artikel 5." }));
    expect(alleenToelichting.map(kern)).toStrictEqual([{ uitkomst: "beoordelen", pad: "werkcentrum.toelichting", gegevens: { toelichting: "Zie de afspraken in artikel 5." } }]);
    expect(k(werkcentrumVastgelegd, { ...met(basis(), ["werkcentrum"], {}), werkcentrumDocument: "Bijlage 2" })).toStrictEqual([{ uitkomst: "voldaan", pad: "werkcentrumDocument" }]);
    for (const w of [{ naam: "Werkcentrum Rijnmond" }, { kanalen: [{ naam: "Balie", soort: "flagshipstore" }] }, { werkgeversdienstverlening: { viaWerkcentrum: false } }, { vervangt: [{ soort: "wsp", naam: "WSP Rijnmond" }] }]) {
      expect(k(werkcentrumVastgelegd, met(basis(), ["werkcentrum"], w)), JSON.stringify(w)).toStrictEqual([{ uitkomst: "voldaan", pad: "werkcentrum" }]);
    }
  });
});

describe("convenant/werkcentrum-regio", () => {
  it("een Werkcentrum van een andere regio: niet-voldaan op /werkcentrum/regio met gevonden en verwacht", () => {
    const u = toets(werkcentrumRegio, met(basis(), ["werkcentrum", "regio"], "Twente"));
    expect(u.map(kern)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "werkcentrum.regio", gegevens: { gevonden: "AM05", verwacht: "AM22" } }]);
    expect(u[0]!.bericht).toBe(
      "Het Werkcentrum in het convenant hoort bij Twente (AM05), het convenant bij Rijnmond (AM22). Het Regionaal Beraad legt de samenwerking in het Werkcentrum van de eigen regio vast; naam, subdomein en gemeenten van de kanalen zijn daarom niet getoetst.",
    );
  });

  it("dezelfde regio (code of naam), geen eigen regio, een onbekende regio, een onbekende regio van het convenant, geen Werkcentrum", () => {
    expect(k(werkcentrumRegio, met(basis(), ["werkcentrum", "regio"], "AM22"))).toStrictEqual([{ uitkomst: "voldaan", pad: "werkcentrum.regio", gegevens: { regio: "AM22" } }]);
    expect(k(werkcentrumRegio, met(basis(), ["werkcentrum", "regio"], "rijnmond"))).toStrictEqual([{ uitkomst: "voldaan", pad: "werkcentrum.regio", gegevens: { regio: "AM22" } }]);
    expect(k(werkcentrumRegio, basis())).toStrictEqual([{ uitkomst: "voldaan", pad: "werkcentrum", gegevens: { regio: "AM22" } }]);
    const onbekend = toets(werkcentrumRegio, met(basis(), ["werkcentrum", "regio"], "Rijnmondd"));
    expect(onbekend.map(kern)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "werkcentrum.regio", gegevens: { gevonden: "Rijnmondd", suggesties: ["Rijnmond"] } }]);
    expect(onbekend[0]!.hint).toBe('Bedoelde u "Rijnmond"?');
    expect(toets(werkcentrumRegio, met(basis(), ["werkcentrum", "regio"], "Qqqqqqqqqq"))[0]!.hint).toBeUndefined();
    expect(k(werkcentrumRegio, met(met(basis(), ["werkcentrum", "regio"], "Twente"), ["regio"], "Qqqqq"))).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "regio" }]);
    expect(k(werkcentrumRegio, met(basis(), ["regio"], "Qqqqq"))).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "regio" }]);
    expect(k(werkcentrumRegio, zonder(basis(), "werkcentrum"))).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "werkcentrum" }]);
  });

  it("in het rapport: de regels die van de regio afhangen zijn n.v.t. op /werkcentrum/regio, de andere Werkcentrum-regels toetsen gewoon", () => {
    const r = toetsConvenant(met(basis(), ["werkcentrum", "regio"], "AM05"), { peildatum: P });
    controleerRapport(r, met(basis(), ["werkcentrum", "regio"], "AM05"));
    const wc = r.bevindingen.filter((b) => b.regelId.startsWith("werkcentrum/"));
    expect(wc.filter((b) => b.uitkomst !== "voldaan").map((b) => [b.regelId, b.uitkomst, b.pointer])).toStrictEqual([
      ["werkcentrum/naam", "niet-van-toepassing", "/werkcentrum/regio"],
      ["werkcentrum/subdomein", "niet-van-toepassing", "/werkcentrum/regio"],
      ["werkcentrum/kanalen-in-regio", "niet-van-toepassing", "/werkcentrum/regio"],
    ]);
    expect(wc.find((b) => b.regelId === "werkcentrum/naam")?.bericht).toContain("hoort bij Twente en het convenant bij Rijnmond");
    expect(r.bevindingen.filter((b) => b.uitkomst === "niet-voldaan").map((b) => [b.regelId, b.pointer])).toStrictEqual([["convenant/werkcentrum-regio", "/werkcentrum/regio"]]);
  });
});

describe("convenant/impulsbudget-besluitvorming", () => {
  const ib = (x: Partial<NonNullable<Convenant["impulsbudget"]>>): Convenant => ({ ...basis(), impulsbudget: { ...basis().impulsbudget, ...x } });

  it("wie beslist: ontbrekend, de centrumgemeente of iemand anders (met gevonden en verwacht)", () => {
    expect(k(impulsbudgetBesluitvorming, zonder(basis(), "impulsbudget"))).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "impulsbudget" }]);
    expect(k(impulsbudgetBesluitvorming, met(basis(), ["impulsbudget", "besluitvorming"], undefined))[0]).toStrictEqual({ uitkomst: "niet-voldaan", pad: "impulsbudget.besluitvorming" });
    const cg = toets(impulsbudgetBesluitvorming, ib({ besluitvorming: "centrumgemeente" }))[0]!;
    expect(kern(cg)).toStrictEqual({ uitkomst: "niet-voldaan", pad: "impulsbudget.besluitvorming", gegevens: { gevonden: "centrumgemeente", verwacht: "regionaal-beraad" } });
    expect(cg.bericht).toContain("de centrumgemeente");
  });

  it("besluitvorming 'anders': beoordelen, met de toelichting in de gegevens en het bericht", () => {
    const anders = toets(impulsbudgetBesluitvorming, ib({ besluitvorming: "anders" }))[0]!;
    expect(kern(anders)).toStrictEqual({ uitkomst: "beoordelen", pad: "impulsbudget.besluitvorming", gegevens: { gevonden: "anders", verwacht: "regionaal-beraad" } });
    expect(anders.bericht).toContain("Het convenant licht niet toe wat die afspraak is.");
    expect(anders.hint).toContain("in gezamenlijkheid blijft beslissen");
    const t = "Het Regionaal Beraad beslist op voorstel van de centrumgemeente";
    const metT = toets(impulsbudgetBesluitvorming, ib({ besluitvorming: "anders", toelichting: t }))[0]!;
    expect(kern(metT)).toStrictEqual({ uitkomst: "beoordelen", pad: "impulsbudget.besluitvorming", gegevens: { gevonden: "anders", verwacht: "regionaal-beraad", toelichting: t } });
    expect(metT.bericht).toBe(`Het convenant legt een andere besluitvorming over het impulsbudget vast ('anders'); volgens KB2024 beslist het Regionaal Beraad in gezamenlijkheid. Toelichting in het convenant: "${t}".`);
  });

  it("formeel verantwoordelijk: de centrumgemeente bij naam of gemeentenaam, zonder verschil in hoofdletters", () => {
    for (const naam of ["Gemeente Rotterdam", "gemeente  ROTTERDAM", "Rotterdam"]) {
      expect(k(impulsbudgetBesluitvorming, ib({ formeelVerantwoordelijke: naam }))[1]).toStrictEqual({
        uitkomst: "voldaan",
        pad: "impulsbudget.formeelVerantwoordelijke",
        gegevens: { gevonden: naam, centrumgemeente: "Gemeente Rotterdam" },
      });
    }
    expect(k(impulsbudgetBesluitvorming, ib({ formeelVerantwoordelijke: "UWV" }))[1]).toStrictEqual({
      uitkomst: "niet-voldaan",
      pad: "impulsbudget.formeelVerantwoordelijke",
      gegevens: { gevonden: "UWV", verwacht: "Gemeente Rotterdam" },
    });
    // Zonder het veld gemeente bij de centrumgemeente wordt haar naam herkend ("Gemeente Rotterdam" = Rotterdam).
    const zonderGemeenteveld = met(ib({ formeelVerantwoordelijke: "GM0599" }), ["partijen", 0, "gemeente"], undefined);
    expect(k(impulsbudgetBesluitvorming, zonderGemeenteveld)[1]).toMatchObject({ uitkomst: "voldaan", gegevens: { gevonden: "GM0599" } });
  });

  it("niet ingevuld (met de verwachte naam als die er is) of geen centrumgemeente: beoordelen", () => {
    const leeg = toets(impulsbudgetBesluitvorming, ib({ formeelVerantwoordelijke: " " }))[1]!;
    expect(kern(leeg)).toStrictEqual({ uitkomst: "niet-voldaan", pad: "impulsbudget.formeelVerantwoordelijke" });
    expect(leeg.bericht).toContain("(verwacht: Gemeente Rotterdam)");
    const geenCg = met(ib({ formeelVerantwoordelijke: " " }), ["partijen", 0, "centrumgemeente"], false);
    expect(toets(impulsbudgetBesluitvorming, geenCg)[1]!.bericht).not.toContain("verwacht");
    expect(k(impulsbudgetBesluitvorming, met(basis(), ["partijen", 0, "centrumgemeente"], false))[1]).toStrictEqual({ uitkomst: "beoordelen", pad: "impulsbudget.formeelVerantwoordelijke" });
  });
});

describe("convenant/impulsbudget-kaders-centrumgemeente en -individuele-dienstverlening", () => {
  it("kaders: n.v.t. zonder afspraken, niet vastgelegd, andere kaders (gevonden en verwacht), de centrumgemeente", () => {
    expect(k(impulsbudgetKaders, zonder(basis(), "impulsbudget"))).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "impulsbudget" }]);
    expect(k(impulsbudgetKaders, met(basis(), ["impulsbudget", "inkoopEnSubsidiekaders"], undefined))).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "impulsbudget.inkoopEnSubsidiekaders" }]);
    expect(k(impulsbudgetKaders, met(basis(), ["impulsbudget", "inkoopEnSubsidiekaders"], "per-uitvoerende-partner"))).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "impulsbudget.inkoopEnSubsidiekaders", gegevens: { gevonden: "per-uitvoerende-partner", verwacht: "centrumgemeente" } },
    ]);
    expect(k(impulsbudgetKaders, basis())).toStrictEqual([{ uitkomst: "voldaan", pad: "impulsbudget.inkoopEnSubsidiekaders" }]);
  });

  it("individuele dienstverlening: niet geregeld, niet toegestaan, of toegestaan met beide voorwaarden", () => {
    const pad = ["impulsbudget", "individueleDienstverlening"];
    expect(k(impulsbudgetIndividueel, met(basis(), pad, undefined))).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "impulsbudget.individueleDienstverlening" }]);
    expect(k(impulsbudgetIndividueel, zonder(basis(), "impulsbudget"))).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "impulsbudget.individueleDienstverlening" }]);
    expect(k(impulsbudgetIndividueel, met(basis(), pad, { toegestaan: false }))).toStrictEqual([{ uitkomst: "voldaan", pad: "impulsbudget.individueleDienstverlening.toegestaan" }]);
    expect(k(impulsbudgetIndividueel, met(basis(), pad, { toegestaan: true }))).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "impulsbudget.individueleDienstverlening.alleenBijUitzondering" },
      { uitkomst: "niet-voldaan", pad: "impulsbudget.individueleDienstverlening.aanvullendOpRegulier" },
    ]);
    const nee = toets(impulsbudgetIndividueel, met(basis(), pad, { toegestaan: true, alleenBijUitzondering: false, aanvullendOpRegulier: false }));
    expect(nee.map((u) => u.bericht)).toEqual([
      "Individuele dienstverlening uit het impulsbudget is niet tot uitzonderingen beperkt.",
      "Individuele dienstverlening uit het impulsbudget is niet beperkt tot aanvulling op de reguliere dienstverlening.",
    ]);
    expect(k(impulsbudgetIndividueel, basis())).toStrictEqual([{ uitkomst: "voldaan", pad: "impulsbudget.individueleDienstverlening" }]);
  });
});

describe("convenant/no-wrong-door", () => {
  it("per samenwerkende partij (adviseurs niet); zonder samenwerkende partijen n.v.t.", () => {
    const c = met(met(basis(), ["partijen", 1, "noWrongDoor"], false), ["partijen", 2, "noWrongDoor"], undefined);
    const u = toets(noWrongDoor, c);
    expect(u.map(kern)).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "partijen.1.noWrongDoor" },
      { uitkomst: "niet-voldaan", pad: "partijen.2.noWrongDoor" },
    ]);
    expect(u[0]!.bericht).toBe("Gemeente Schiedam verbindt zich niet aan 'no wrong door'.");
    expect(u[1]!.bericht).toBe("Niet vastgelegd dat UWV 'no wrong door' hanteert.");
    const goed = toets(noWrongDoor, basis());
    expect(goed.map(kern)).toStrictEqual([{ uitkomst: "voldaan", pad: "partijen" }]);
    expect(goed[0]!.bericht).toContain("Alle 10 samenwerkende partijen");
    expect(k(noWrongDoor, { ...basis(), partijen: [{ naam: "A", soort: "overig", rol: "adviseur" }] })).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "partijen" }]);
  });
});

describe("convenant/begroting en -totale-kosten", () => {
  const post = (x: Record<string, unknown>) => met(basis(), ["begroting", "posten"], [{ omschrijving: "Post", ...x }]);

  it("per post: betaler (een partij, zonder verschil in hoofdletters) en budget", () => {
    expect(k(begroting, post({ betaler: "uwv", budget: "b" }))).toStrictEqual([{ uitkomst: "voldaan", pad: "begroting.posten" }]);
    const u = toets(begroting, post({ betaler: "Provincie", budget: " " }));
    expect(u.map(kern)).toStrictEqual([
      { uitkomst: "beoordelen", pad: "begroting.posten.0.betaler" },
      { uitkomst: "niet-voldaan", pad: "begroting.posten.0.budget" },
    ]);
    expect(u[0]!.hint).toContain("naam van een partij");
    expect(k(begroting, post({ budget: "b" }))).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "begroting.posten.0.betaler" }]);
    expect(toets(begroting, basis())[0]!.bericht).toContain("alle 2 posten");
  });

  it("geen begroting of geen posten", () => {
    expect(k(begroting, zonder(basis(), "begroting"))).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "begroting" }]);
    expect(k(begroting, met(basis(), ["begroting", "posten"], []))).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "begroting.posten" }]);
    expect(k(begroting, met(basis(), ["begroting", "posten"], undefined))).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "begroting.posten" }]);
  });

  it("totale kosten: een bedrag of een toelichting volstaat; een jaar alleen niet", () => {
    const t = (x: unknown) => k(begrotingTotaleKosten, met(basis(), ["begroting", "totaleKostenWerkcentrum"], x));
    expect(t({ bedragCent: 0 })).toStrictEqual([{ uitkomst: "voldaan", pad: "begroting.totaleKostenWerkcentrum" }]);
    expect(t({ toelichting: "Zie bijlage 3" })).toStrictEqual([{ uitkomst: "voldaan", pad: "begroting.totaleKostenWerkcentrum" }]);
    expect(t({ jaar: 2026 })).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "begroting.totaleKostenWerkcentrum" }]);
    expect(t({ jaar: 2026, toelichting: " " })).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "begroting.totaleKostenWerkcentrum" }]);
    expect(t(undefined)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "begroting.totaleKostenWerkcentrum" }]);
    expect(k(begrotingTotaleKosten, zonder(basis(), "begroting"))).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "begroting" }]);
  });
});

describe("convenant/meerjarenagenda", () => {
  const m = (x: unknown) => met(basis(), ["arbeidsmarktbeleid", "meerjarenagenda"], x);

  it("vastgesteld: op of vóór de peildatum voldaan; erna beoordelen (het document spreekt zichzelf tegen), met status, datum en peildatum; datum of verwijzing nodig", () => {
    expect(k(meerjarenagenda, m({ status: "vastgesteld", vastgesteldOp: P }))).toStrictEqual([{ uitkomst: "voldaan", pad: "arbeidsmarktbeleid.meerjarenagenda" }]);
    const later = toets(meerjarenagenda, m({ status: "vastgesteld", vastgesteldOp: "2026-09-02" }));
    expect(later.map(kern)).toStrictEqual([
      { uitkomst: "beoordelen", pad: "arbeidsmarktbeleid.meerjarenagenda.vastgesteldOp", gegevens: { status: "vastgesteld", vastgesteldOp: "2026-09-02", peildatum: P } },
    ]);
    expect(later[0]!.bericht).toBe(
      "De meerjarenagenda heet vastgesteld, maar de datum 2026-09-02 ligt na de peildatum 2026-09-01: op de peildatum is ze nog niet vastgesteld. Klopt de status of de datum niet, of toetst u een peildatum van vóór het document?",
    );
    expect(later[0]!.hint).toContain("in-voorbereiding");
    expect(k(meerjarenagenda, m({ status: "vastgesteld", verwijzing: "Agenda 2026" }))).toStrictEqual([{ uitkomst: "voldaan", pad: "arbeidsmarktbeleid.meerjarenagenda" }]);
    expect(k(meerjarenagenda, m({ status: "vastgesteld", verwijzing: " " }))).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "arbeidsmarktbeleid.meerjarenagenda.vastgesteldOp" }]);
    expect(toets(meerjarenagenda, m({ status: "vastgesteld", vastgesteldOp: "2025-12-11", verwijzing: "Agenda" }))[0]!.bericht).toContain("op 2025-12-11 (Agenda)");
  });

  it("in voorbereiding: vastgelegd (voldaan) op elke peildatum; de datum toetst convenant/meerjarenagenda-per-2026", () => {
    const v = m({ status: "in-voorbereiding", beoogdeVaststelling: "2025-12-15" });
    expect(k(meerjarenagenda, v, "2025-12-31")).toStrictEqual([{ uitkomst: "voldaan", pad: "arbeidsmarktbeleid.meerjarenagenda" }]);
    expect(toets(meerjarenagenda, v, "2025-12-31")[0]!.bericht).toContain("(beoogd 2025-12-15)");
    expect(k(meerjarenagenda, v, "2026-01-01")).toStrictEqual([{ uitkomst: "voldaan", pad: "arbeidsmarktbeleid.meerjarenagenda" }]);
    expect(k(meerjarenagenda, m(undefined))).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "arbeidsmarktbeleid.meerjarenagenda" }]);
    expect(k(meerjarenagenda, zonder(basis(), "arbeidsmarktbeleid"))).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "arbeidsmarktbeleid.meerjarenagenda" }]);
  });
});

describe("convenant/onderwerpen-regionaal-werkbedrijf en convenant/win-punt", () => {
  it("onderwerpen: alleen true is voldaan; false en ontbrekend hebben elk een eigen bericht", () => {
    const pad = ["arbeidsmarktbeleid", "onderwerpenRegionaalWerkbedrijf"];
    expect(k(onderwerpenRegionaalWerkbedrijf, basis())).toStrictEqual([{ uitkomst: "voldaan", pad: pad.join(".") }]);
    const nee = toets(onderwerpenRegionaalWerkbedrijf, met(basis(), pad, false));
    const leeg = toets(onderwerpenRegionaalWerkbedrijf, met(basis(), pad, undefined));
    expect([...nee, ...leeg].map(kern)).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: pad.join(".") },
      { uitkomst: "niet-voldaan", pad: pad.join(".") },
    ]);
    expect(nee[0]!.bericht).not.toBe(leeg[0]!.bericht);
  });

  it("WIN-punt: afspraken of een bijlage, of de reden; anders beoordelen (afspraken zijn optioneel, HRT §6.2)", () => {
    const w = (x: unknown) => k(winPunt, met(basis(), ["winPunt"], x));
    expect(w({ afspraken: "Spreekuur" })).toStrictEqual([{ uitkomst: "voldaan", pad: "winPunt" }]);
    expect(w({ bijlage: "Bijlage 4" })).toStrictEqual([{ uitkomst: "voldaan", pad: "winPunt" }]);
    expect(w({ geenAfsprakenReden: "Er is nog geen WIN-punt" })).toStrictEqual([{ uitkomst: "voldaan", pad: "winPunt.geenAfsprakenReden" }]);
    expect(w({ afspraken: " ", vorm: "apart" })).toStrictEqual([{ uitkomst: "beoordelen", pad: "winPunt" }]);
    expect(w(undefined)).toStrictEqual([{ uitkomst: "beoordelen", pad: "winPunt" }]);
    expect(toets(winPunt, met(basis(), ["winPunt"], undefined))[0]!.bericht).toBe(
      "Het convenant zegt niets over het WIN-punt. Dat mag (afspraken zijn optioneel), maar SZW adviseert na te denken over de verhouding tot het Werkcentrum.",
    );
    expect(toets(winPunt, basis())[0]!.bericht).toContain("(samenwerking)");
  });
});

describe("toetsConvenant: ingebedde Werkcentrum- en agendaregels", () => {
  const r = (c: Convenant, peildatum = P, instellingen?: { inwerkingtreding: string }) => {
    const x = toetsConvenant(c, { peildatum, ...(instellingen !== undefined && { instellingen }) });
    controleerRapport(x, c);
    return x;
  };

  it("zonder Werkcentrum: n.v.t. op werkcentrum, of beoordelen als het in een apart document staat; de regels vanaf de wet eerst n.v.t.", () => {
    const geen = zonder(basis(), "werkcentrum");
    expect(kernen(r(geen), "werkcentrum/naam")).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "werkcentrum" }]);
    const doc = r({ ...geen, werkcentrumDocument: "Bijlage 2" });
    expect(kernen(doc, "werkcentrum/naam")).toStrictEqual([{ uitkomst: "beoordelen", pad: "werkcentrumDocument" }]);
    expect(doc.bevindingen.find((b) => b.regelId === "werkcentrum/naam")?.hint).toContain("arbeidsmarktinfra werkcentrum");
    expect(kernen(r({ ...geen, werkcentrumDocument: "Bijlage 2" }, "2026-06-30"), "werkcentrum/geen-oude-namen")).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "werkcentrum" }]);
    expect(kernen(r({ ...geen, werkcentrumDocument: "Bijlage 2" }, P), "werkcentrum/geen-oude-namen")).toStrictEqual([{ uitkomst: "beoordelen", pad: "werkcentrumDocument" }]);
  });

  it("paden onder /werkcentrum; een Werkcentrum zonder eigen regio gebruikt die van het convenant (en het pad /regio)", () => {
    const c = met(basis(), ["werkcentrum", "naam"], "Werkcentrum Twente");
    expect(kernen(r(c), "werkcentrum/naam")).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "werkcentrum.naam", gegevens: { gevonden: "Werkcentrum Twente", verwacht: "Werkcentrum Rijnmond" } }]);
    const metRegio = met(c, ["werkcentrum", "regio"], "Rijnmond");
    expect(kernen(r(metRegio), "werkcentrum/naam")).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "werkcentrum.naam", gegevens: { gevonden: "Werkcentrum Twente", verwacht: "Werkcentrum Rijnmond" } }]);
    // Een andere regio dan die van het convenant: de naam wordt niet getoetst (convenant/werkcentrum-regio meldt het).
    expect(kernen(r(met(c, ["werkcentrum", "regio"], "Twente")), "werkcentrum/naam")).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "werkcentrum.regio" }]);
    // Is de regio van het convenant onbekend, dan geldt die van het Werkcentrum.
    expect(kernen(r(met(met(c, ["werkcentrum", "regio"], "Twente"), ["regio"], "Qqqqq")), "werkcentrum/naam")).toStrictEqual([
      { uitkomst: "voldaan", pad: "werkcentrum.naam", gegevens: { gevonden: "Werkcentrum Twente", verwacht: "Werkcentrum Twente" } },
    ]);
    expect(kernen(r(met(basis(), ["regio"], "Qqqqq")), "werkcentrum/naam")).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "regio" }]);
    expect(r(basis()).bevindingen.some((b) => b.regelId === "werkcentrum/regio")).toBe(false);
  });

  it("een meegeleverde meerjarenagenda: de agendaregels onder /meerjarenagenda", () => {
    const c: Convenant = { ...basis(), meerjarenagenda: { niveau: "regionaal", regio: "AM22" } };
    expect(kernen(r(c), "agenda/twee-delen")).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "meerjarenagenda.beleidsagenda" },
      { uitkomst: "niet-voldaan", pad: "meerjarenagenda.uitvoeringsagenda" },
    ]);
    expect(r(basis()).bevindingen.some((b) => b.regelId.startsWith("agenda/"))).toBe(false);
  });
});

describe("convenant: berichten en paden (mutatietesten, ronde 2)", () => {
  it("werkcentrum-vastgelegd: zonder naam geen haakjes", () => {
    expect(toets(werkcentrumVastgelegd, met(basis(), ["werkcentrum", "naam"], undefined))[0]!.bericht).toBe("Het convenant legt de samenwerking in het Werkcentrum vast.");
  });

  it("impulsbudget-besluitvorming: voldaan op het pad besluitvorming; zonder centrumgemeente geen verwachte naam", () => {
    expect(k(impulsbudgetBesluitvorming, basis())[0]).toStrictEqual({ uitkomst: "voldaan", pad: "impulsbudget.besluitvorming" });
    const c = met(met(basis(), ["partijen", 0, "centrumgemeente"], false), ["impulsbudget", "formeelVerantwoordelijke"], undefined);
    const u = toets(impulsbudgetBesluitvorming, c)[1]!;
    expect(kern(u)).toStrictEqual({ uitkomst: "niet-voldaan", pad: "impulsbudget.formeelVerantwoordelijke" });
    expect(u.bericht).toBe("Niet vastgelegd wie formeel verantwoordelijk is voor het impulsbudget.");
  });

  it("impulsbudget-individueel: niet vastgelegd heeft een ander bericht dan 'nee'", () => {
    const u = toets(impulsbudgetIndividueel, met(basis(), ["impulsbudget", "individueleDienstverlening"], { toegestaan: true }));
    expect(u.map((x) => x.bericht)).toStrictEqual([
      "Niet vastgelegd dat individuele dienstverlening uit het impulsbudget alleen bij uitzondering is.",
      "Niet vastgelegd dat individuele dienstverlening uit het impulsbudget aanvullend is op de reguliere dienstverlening.",
    ]);
  });

  it("meerjarenagenda: het bericht zonder datum, zonder verwijzing en zonder beoogde vaststelling", () => {
    const m = (x: unknown, peildatum = P) => toets(meerjarenagenda, met(basis(), ["arbeidsmarktbeleid", "meerjarenagenda"], x), peildatum)[0]!.bericht;
    expect(m({ status: "vastgesteld", verwijzing: "Agenda 2026" })).toBe("De regionale meerjarenagenda is vastgesteld (Agenda 2026).");
    expect(m({ status: "vastgesteld", vastgesteldOp: "2025-12-11" })).toBe("De regionale meerjarenagenda is vastgesteld op 2025-12-11.");
    expect(m({ status: "in-voorbereiding" }, "2025-06-01")).toBe("Het convenant spreekt af dat er een regionale meerjarenagenda komt; of dat op tijd is, toetst convenant/meerjarenagenda-per-2026.");
  });

  it("onderwerpen-regionaal-werkbedrijf en WIN-punt: de berichten per waarde", () => {
    const pad = ["arbeidsmarktbeleid", "onderwerpenRegionaalWerkbedrijf"];
    expect(toets(onderwerpenRegionaalWerkbedrijf, met(basis(), pad, false))[0]!.bericht).toBe("Het convenant neemt de onderwerpen van het Regionaal Werkbedrijf niet over.");
    expect(toets(onderwerpenRegionaalWerkbedrijf, met(basis(), pad, undefined))[0]!.bericht).toBe(
      "Niet vastgelegd dat de onderwerpen van het Regionaal Werkbedrijf (arbeidsbeperking, banenafspraak) op de tafel van het Regionaal Beraad staan.",
    );
    expect(toets(winPunt, met(basis(), ["winPunt"], { afspraken: "Spreekuur" }))[0]!.bericht).toBe("Het convenant bevat afspraken met het WIN-punt.");
  });

  it("onderwerpen-regionaal-werkbedrijf zonder arbeidsmarktbeleid: niet-voldaan (geen uitzondering)", () => {
    expect(k(onderwerpenRegionaalWerkbedrijf, zonder(basis(), "arbeidsmarktbeleid"))).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "arbeidsmarktbeleid.onderwerpenRegionaalWerkbedrijf" }]);
  });

  it("Werkcentrum in een apart document vóór de wet: alleen de regels vanaf de inwerkingtreding zijn n.v.t.", () => {
    const c = { ...zonder(basis(), "werkcentrum"), werkcentrumDocument: "Bijlage 2" };
    const r = toetsConvenant(c, { peildatum: "2026-06-30" });
    expect(kernen(r, "werkcentrum/naam")).toStrictEqual([{ uitkomst: "beoordelen", pad: "werkcentrumDocument" }]);
    expect(kernen(r, "werkcentrum/werkgeversdienstverlening-via-werkcentrum")).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "werkcentrum" }]);
  });

  it("agendaregels in het convenant: zonder meegeleverde meerjarenagenda n.v.t. op /meerjarenagenda", () => {
    expect(agendaRegelsInConvenant.length).toBeGreaterThan(0);
    for (const regel of agendaRegelsInConvenant) {
      const u = toets(regel, basis());
      expect(u.map(kern), regel.id).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "meerjarenagenda" }]);
      expect(u[0]!.bericht).toBe("Het convenant bevat de meerjarenagenda niet zelf.");
    }
  });
});

describe("convenant/meerjarenagenda: de agenda in het convenant zelf", () => {
  // De verwijzing in het voorbeeld noemt 2025-12-11; een agenda met een deel van die datum spreekt haar niet tegen.
  const agenda = (x: Record<string, unknown>) => met(basis(), ["meerjarenagenda"], { vastgesteldDoor: "regionaal-beraad", beleidsagenda: { vastgesteldOp: "2025-12-11" }, ...x });
  const verwijzing = { uitkomst: "voldaan", pad: "arbeidsmarktbeleid.meerjarenagenda" };

  it("regionale agenda van dezelfde regio (code of naam van het convenant): voldaan, naast de verwijzing", () => {
    expect(k(meerjarenagenda, agenda({ niveau: "regionaal", regio: "AM22" }))).toStrictEqual([{ uitkomst: "voldaan", pad: "meerjarenagenda", gegevens: { regio: "AM22" } }, verwijzing]);
    expect(toets(meerjarenagenda, agenda({ niveau: "regionaal", regio: "AM22" }))[0]!.bericht).toBe("Het convenant bevat de regionale meerjarenagenda van Rijnmond zelf; de regels agenda/* toetsen de inhoud.");
  });

  it("zonder verwijzing telt de agenda zelf (geen 'verwijst niet')", () => {
    const c = met(agenda({ niveau: "regionaal", regio: "AM22" }), ["arbeidsmarktbeleid", "meerjarenagenda"], undefined);
    expect(k(meerjarenagenda, c)).toStrictEqual([{ uitkomst: "voldaan", pad: "meerjarenagenda", gegevens: { regio: "AM22" } }]);
  });

  it("agenda van een andere regio, een onbekende regio of een landelijke agenda: niet-voldaan met pad en gegevens", () => {
    expect(k(meerjarenagenda, agenda({ niveau: "regionaal", regio: "AM05" }))).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "meerjarenagenda.regio", gegevens: { gevonden: "AM05", verwacht: "AM22" } },
      verwijzing,
    ]);
    expect(toets(meerjarenagenda, agenda({ niveau: "regionaal", regio: "AM05" }))[0]!.bericht).toBe("De meerjarenagenda hoort bij Twente, het convenant bij Rijnmond.");
    expect(k(meerjarenagenda, agenda({ niveau: "regionaal", regio: "AM99" }))[0]).toStrictEqual({ uitkomst: "niet-voldaan", pad: "meerjarenagenda.regio", gegevens: { gevonden: "AM99" } });
    expect(k(meerjarenagenda, agenda({ niveau: "landelijk" }))[0]).toStrictEqual({ uitkomst: "niet-voldaan", pad: "meerjarenagenda.niveau", gegevens: { gevonden: "landelijk", verwacht: "regionaal" } });
  });

  it("is de regio van het convenant zelf onbekend (dat meldt beraad/regio-en-centrumgemeente), dan telt de agenda zonder vergelijking", () => {
    const c = met(agenda({ niveau: "regionaal", regio: "AM22" }), ["regio"], "Nergensland");
    expect(k(meerjarenagenda, c)[0]).toStrictEqual({ uitkomst: "voldaan", pad: "meerjarenagenda", gegevens: { regio: "AM22" } });
  });

  it("in het hele rapport: de bevinding staat onder /meerjarenagenda/regio", () => {
    const r = toetsConvenant(agenda({ niveau: "regionaal", regio: "AM05" }), { peildatum: P });
    const b = r.bevindingen.filter((x) => x.regelId === "convenant/meerjarenagenda");
    expect(b.map((x) => x.pointer)).toStrictEqual(["/meerjarenagenda/regio", "/arbeidsmarktbeleid/meerjarenagenda"]);
    expect(b.map((x) => [x.uitkomst, x.pad])).toStrictEqual([
      ["niet-voldaan", ["meerjarenagenda", "regio"]],
      ["voldaan", ["arbeidsmarktbeleid", "meerjarenagenda"]],
    ]);
  });
});

describe("convenant: berichten, paden en grensdagen (mutatietesten, run van 27 november)", () => {
  const fv = (naam: string, c: Convenant = basis()) => toets(impulsbudgetBesluitvorming, met(c, ["impulsbudget", "formeelVerantwoordelijke"], naam))[1]!;
  const verwijzing = (m: unknown, c: Convenant = basis()) => met(c, ["arbeidsmarktbeleid", "meerjarenagenda"], m);

  it("werkcentrum-vastgelegd: een lijst met alleen lege namen legt niets vast, een lijst met een naam wel", () => {
    const w = (partners: string[]) => met(basis(), ["werkcentrum"], { werkgeversdienstverlening: { partners } });
    const leeg = toets(werkcentrumVastgelegd, w(["", " "]));
    expect(leeg.map(kern)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "werkcentrum" }]);
    expect(leeg[0]!.bericht).toContain("Het onderdeel werkcentrum is leeg");
    expect(k(werkcentrumVastgelegd, w(["UWV"]))).toStrictEqual([{ uitkomst: "voldaan", pad: "werkcentrum" }]);
  });

  it("impulsbudget 'anders': de toelichting staat zonder witruimte eromheen in het bericht", () => {
    const c = met(met(basis(), ["impulsbudget", "besluitvorming"], "anders"), ["impulsbudget", "toelichting"], "  Op voorstel van de centrumgemeente. ");
    expect(toets(impulsbudgetBesluitvorming, c)[0]!.bericht).toMatch(/ Toelichting in het convenant: "Op voorstel van de centrumgemeente\."\.$/);
  });

  it("formeel verantwoordelijk: de waarde van het veld gemeente van de centrumgemeente is haar naam (hetzelfde bericht als bij haar partijnaam)", () => {
    // De partij heet "Gemeente Rotterdam" met gemeente: "Rotterdam"; "Rotterdam" noemt dus de centrumgemeente zelf.
    expect(fv("Rotterdam").bericht).toBe("De centrumgemeente Gemeente Rotterdam is formeel verantwoordelijk voor het impulsbudget.");
    expect(fv("rotterdam").bericht).toBe(fv("Gemeente Rotterdam").bericht);
  });

  it("formeel verantwoordelijk: een andere partij dan het Regionaal Beraad, zonder toevoeging over de gezamenlijke besluitvorming", () => {
    expect(fv("UWV").bericht).toBe('Volgens het convenant is "UWV" formeel verantwoordelijk voor het impulsbudget; in formele zin verantwoordelijk is de centrumgemeente, Gemeente Rotterdam.');
  });

  it("formeel verantwoordelijk, niet te herleiden: de reden, en suggesties alleen als die er zijn (meerdere met 'of')", () => {
    const geen = fv("Stichting Qqqqqqqq");
    expect(geen.bericht).toBe('Kan "Stichting Qqqqqqqq" niet herleiden tot de centrumgemeente Gemeente Rotterdam of een andere partij: de naam is geen gemeente of partij in het convenant.');
    expect(kern(geen)).toStrictEqual({ uitkomst: "beoordelen", pad: "impulsbudget.formeelVerantwoordelijke", gegevens: { gevonden: "Stichting Qqqqqqqq", verwacht: "Gemeente Rotterdam" } });
    expect(geen.hint).toBe('Noem de centrumgemeente zoals in de partijen (Gemeente Rotterdam), met de CBS-naam of -code, of als "de centrumgemeente".');
    const twee = fv("Almer");
    expect(twee.gegevens).toStrictEqual({ gevonden: "Almer", verwacht: "Gemeente Rotterdam", suggesties: ["Almere", "Almelo"] });
    expect(twee.hint).toBe('Bedoelde u "Almere" of "Almelo"? Noem de centrumgemeente zoals in de partijen (Gemeente Rotterdam), met de CBS-naam of -code, of als "de centrumgemeente".');
  });

  it("begroting: een betaler die geen gemeente is, is geen partij, ook niet naast een gemeentepartij waarvan de naam geen gemeente is", () => {
    // "Gemeenten Voorne aan Zee en Nissewaard" is een partij van soort gemeente, maar geen (eenduidige) gemeente.
    const c = met(met(basis(), ["partijen", 1], { naam: "Gemeenten Voorne aan Zee en Nissewaard", soort: "gemeente", rol: "kernpartner", stemrecht: true, noWrongDoor: true }), ["begroting", "posten"], [
      { omschrijving: "Post", betaler: "Stichting Werkfonds", budget: "b" },
    ]);
    expect(k(begroting, c)).toStrictEqual([{ uitkomst: "beoordelen", pad: "begroting.posten.0.betaler" }]);
  });

  it("meerjarenagenda: 'in voorbereiding' tegenover een agenda met een deel dat op de peildatum zelf is vastgesteld, spreekt zichzelf tegen", () => {
    const c = verwijzing({ status: "in-voorbereiding" }, { ...basis(), meerjarenagenda: { niveau: "regionaal", regio: "AM22", beleidsagenda: { vastgesteldOp: P } } });
    expect(k(meerjarenagenda, c).map((x) => [x.uitkomst, x.pad])).toStrictEqual([
      ["voldaan", "meerjarenagenda"],
      ["beoordelen", "arbeidsmarktbeleid.meerjarenagenda.status"],
    ]);
    // Een dag later vastgesteld: geen tegenspraak.
    expect(k(meerjarenagenda, c, "2026-08-31").map((x) => x.uitkomst)).toStrictEqual(["voldaan", "voldaan"]);
  });

  it("meerjarenagenda-per-2026: 'vastgesteld' met een datum na de peildatum wijst naar die datum", () => {
    expect(k(meerjarenagendaPer2026, verwijzing({ status: "vastgesteld", vastgesteldOp: "2026-03-01" }), "2026-02-01")).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "arbeidsmarktbeleid.meerjarenagenda.vastgesteldOp", gegevens: { inzet: "2026-01-01", beoogd: "2026-03-01" } },
    ]);
  });

  it("meerjarenagenda-per-2026: met de agenda in het convenant zelf n.v.t., met de agendaregel in het bericht", () => {
    const c: Convenant = { ...basis(), meerjarenagenda: { niveau: "regionaal", regio: "AM22" } };
    expect(toets(meerjarenagendaPer2026, c)[0]!.bericht).toBe("Het convenant bevat de meerjarenagenda zelf; die toetst agenda/regionale-agenda-per-2026.");
  });

  it("meerjarenagenda-per-2026: vastgesteld zonder datum is op de inzetdatum zelf al beoordelen; zonder verwijzing zonder die gegevens", () => {
    const metVerwijzing = verwijzing({ status: "vastgesteld", verwijzing: "Meerjarenagenda Rijnmond" });
    expect(k(meerjarenagendaPer2026, metVerwijzing, "2026-01-01")).toStrictEqual([
      { uitkomst: "beoordelen", pad: "arbeidsmarktbeleid.meerjarenagenda", gegevens: { inzet: "2026-01-01", verwijzing: "Meerjarenagenda Rijnmond" } },
    ]);
    expect(k(meerjarenagendaPer2026, metVerwijzing, "2025-12-31")).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "arbeidsmarktbeleid.meerjarenagenda" }]);
    // Zonder datum en zonder verwijzing (convenant/meerjarenagenda meldt dat): gegevens alleen met de inzet.
    expect(k(meerjarenagendaPer2026, verwijzing({ status: "vastgesteld" }))).toStrictEqual([{ uitkomst: "beoordelen", pad: "arbeidsmarktbeleid.meerjarenagenda", gegevens: { inzet: "2026-01-01" } }]);
  });

  it("meerjarenagenda-actueel: ook voldaan heeft de datum en de cyclus van beide delen in de gegevens", () => {
    const u = toets(meerjarenagendaActueel, basis());
    expect(u.map((x) => x.uitkomst)).toStrictEqual(["voldaan"]);
    expect(u[0]!.gegevens).toMatchObject({
      vastgesteldOp: "2025-12-11",
      beleidsagenda: { cyclus: { status: "actueel", vervaltOp: "2030-12-11" } },
      uitvoeringsagenda: { cyclus: { status: "actueel", vervaltOp: "2027-12-11" } },
    });
  });

  it("ingebedde Werkcentrum-regels: 'geen Werkcentrum' en 'een leeg onderdeel' hebben elk hun eigen bericht", () => {
    const naam = werkcentrumRegelsInConvenant.find((r) => r.id === "werkcentrum/naam")!;
    const geen = toets(naam, zonder(basis(), "werkcentrum"));
    const leeg = toets(naam, met(basis(), ["werkcentrum"], { regio: "AM22" }));
    expect([...geen, ...leeg].map(kern)).toStrictEqual([
      { uitkomst: "niet-van-toepassing", pad: "werkcentrum" },
      { uitkomst: "niet-van-toepassing", pad: "werkcentrum" },
    ]);
    expect(geen[0]!.bericht).toBe("Het convenant bevat geen Werkcentrum (zie convenant/werkcentrum-vastgelegd).");
    expect(leeg[0]!.bericht).toBe("Het onderdeel werkcentrum is leeg (zie convenant/werkcentrum-vastgelegd).");
  });
});
