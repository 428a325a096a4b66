import { describe, expect, it } from "vitest";
import { controleerRapport, controleerRegels, kern, kernen, zwaarsteEerst } from "../../test/hulp/contract.js";
import type { Instellingen } from "../tijd/instellingen.js";
import { OngeldigeInvoerFout } from "../result.js";
import { agendaCyclus } from "./cyclus.js";
import type { Actie, Meerjarenagenda, RegionaleMeerjarenagenda, Verbindingen } from "./model.js";
import { agendaRegels, toetsAgenda } from "./regels.js";

/**
 * Aanvullende tests voor de agendaregels, gevonden met mutatietesten (docs/mutatietesten.md):
 * per regel uitkomst, pad en gegevens exact, grensdagen, volgorde en de keuzes tussen takken.
 * Berichten worden alleen getoetst op de waarden die een lezer nodig heeft (datums, namen).
 */

const PEIL = "2026-06-01";

const volledig: RegionaleMeerjarenagenda = {
  niveau: "regionaal",
  regio: "AM26",
  vastgesteldDoor: "regionaal-beraad",
  beleidsagenda: {
    vastgesteldOp: "2025-11-20",
    looptijd: { vanaf: "2026-01-01", tot: "2030-12-31" },
    arbeidsmarktanalyse: { omschrijving: "Regionale arbeidsmarktanalyse 2025" },
    ambities: [
      { id: "A1", titel: "Arbeidsbeperking", doelgroepen: ["arbeidsbeperking", "ggz-problematiek"] },
      { id: "A2", titel: "Zorg", sectoren: ["zorg", "kinderopvang"], doelgroepen: ["migratieachtergrond", "ouderen"] },
      { id: "A3", titel: "Jongeren", doelgroepen: ["jongeren"] },
      { id: "A4", titel: "Arbeidsmigranten", doelgroepen: ["arbeidsmigranten"] },
    ],
  },
  uitvoeringsagenda: {
    vastgesteldOp: "2025-11-20",
    looptijd: { vanaf: "2026-01-01", tot: "2027-12-31" },
    acties: [
      { id: "U1", titel: "Oriëntatie zorg", ambities: ["A2"], partners: ["UWV", "Gemeente X", "ROC X"] },
      { id: "U2", titel: "Banenafspraak", ambities: ["A1"], partners: ["UWV", "Werkgevers"] },
      { id: "U3", titel: "Na detentie", ambities: ["A1"], meerderePartijenNodig: true, doelgroepen: ["ex-gedetineerden"] },
    ],
  },
  monitoring: { indicatoren: [{ naam: "Plaatsingen", soort: "kwantitatief" }, { naam: "Ervaringen", soort: "kwalitatief" }] },
  verbindingen: {
    crucialeSectoren: ["zorg", "kinderopvang"],
    klimaatEnDigitaleTransitie: [{ naam: "Actieplan groene en digitale banen" }],
    humanCapitalAgendas: [{ naam: "HCA Zorg" }],
    economicBoards: [{ naam: "EB Oost" }, { naam: "EB West" }],
    schoolNaarDuurzaamWerk: [{ naam: "Programma SDW" }],
    winPunt: { naam: "WIN-punt Oost" },
    impulsbudget: [
      { jaar: 2026, bedrag: 50_000_000, omschrijving: "a" },
      { jaar: 2027, bedrag: 60_000_000, omschrijving: "b" },
    ],
  },
};

const regionaal = (extra: Partial<RegionaleMeerjarenagenda> = {}): RegionaleMeerjarenagenda => ({ niveau: "regionaal", regio: "AM26", ...extra });
const metVerbindingen = (v: Verbindingen): RegionaleMeerjarenagenda => ({ ...volledig, verbindingen: v });
const metActies = (acties: Actie[]): RegionaleMeerjarenagenda => ({ ...volledig, uitvoeringsagenda: { ...volledig.uitvoeringsagenda!, acties } });

function toets(a: Meerjarenagenda, peildatum = PEIL, instellingen?: Instellingen) {
  const opties = { peildatum, ...(instellingen !== undefined && { instellingen }) };
  const r = toetsAgenda(a, opties);
  controleerRapport(r, a);
  controleerRegels(agendaRegels, a, opties);
  return r;
}
const k = (a: Meerjarenagenda, regelId: string, peildatum = PEIL, instellingen?: Instellingen) => kernen(toets(a, peildatum, instellingen), regelId);
const bevindingen = (a: Meerjarenagenda, regelId: string, peildatum = PEIL, instellingen?: Instellingen) =>
  toets(a, peildatum, instellingen).bevindingen.filter((b) => b.regelId === regelId);
/** De bevinding over een deel (beleidsagenda of uitvoeringsagenda): de volgorde binnen een regel hangt af van de uitkomst. */
const over = <T extends { pad: string | readonly (string | number)[] }>(lijst: readonly T[], deel: string): T | undefined =>
  lijst.find((b) => (typeof b.pad === "string" ? b.pad.split(".")[0] : b.pad[0]) === deel);

describe("agenda/twee-delen: pad en gegevens per reden", () => {
  it("vastgesteld: per deel het pad van het deel en de vaststellingsdatum", () => {
    expect(k(volledig, "agenda/twee-delen")).toStrictEqual([
      { uitkomst: "voldaan", pad: "beleidsagenda", gegevens: { vastgesteldOp: "2025-11-20" } },
      { uitkomst: "voldaan", pad: "uitvoeringsagenda", gegevens: { vastgesteldOp: "2025-11-20" } },
    ]);
  });

  it("concept: het pad van de ontbrekende vaststellingsdatum en een hint die het veld noemt; niet opgenomen: het pad van het deel", () => {
    const b = bevindingen(regionaal({ beleidsagenda: {} }), "agenda/twee-delen");
    expect(b.map(kern)).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "beleidsagenda.vastgesteldOp" },
      { uitkomst: "niet-voldaan", pad: "uitvoeringsagenda" },
    ]);
    expect(b[0]?.hint).toContain("beleidsagenda.vastgesteldOp");
  });

  it("pas na de peildatum vastgesteld: de toekomstige datum in de gegevens en het bericht", () => {
    const b = bevindingen(volledig, "agenda/twee-delen", "2025-11-19");
    expect(b.map(kern)).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "beleidsagenda.vastgesteldOp", gegevens: { vastgesteldOp: "2025-11-20" } },
      { uitkomst: "niet-voldaan", pad: "uitvoeringsagenda.vastgesteldOp", gegevens: { vastgesteldOp: "2025-11-20" } },
    ]);
    expect(b[0]?.bericht).toMatch(/2025-11-20.*2025-11-19/);
  });
});

describe("agenda/vastgesteld-door-beraad: gevonden en verwacht orgaan", () => {
  const door = (a: Meerjarenagenda) => bevindingen(a, "agenda/vastgesteld-door-beraad");

  it("voldaan zonder gegevens; het bericht noemt het Beraad van het niveau", () => {
    expect(door(volledig).map(kern)).toStrictEqual([{ uitkomst: "voldaan", pad: "vastgesteldDoor" }]);
    expect(door(volledig)[0]?.bericht).toContain("het Regionaal Beraad");
    const landelijk: Meerjarenagenda = { niveau: "landelijk", vastgesteldDoor: "landelijk-beraad", beleidsagenda: { vastgesteldOp: "2026-02-15" } };
    expect(door(landelijk)[0]?.bericht).toContain("het Landelijk Beraad");
  });

  it("niet vermeld: het verwachte orgaan per niveau", () => {
    const { vastgesteldDoor: _, ...zonder } = volledig;
    expect(door(zonder).map(kern)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "vastgesteldDoor", gegevens: { verwacht: "regionaal-beraad" } }]);
    const landelijk = door({ niveau: "landelijk", beleidsagenda: { vastgesteldOp: "2026-02-15" } });
    expect(landelijk.map(kern)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "vastgesteldDoor", gegevens: { verwacht: "landelijk-beraad" } }]);
    expect(landelijk[0]?.bericht).toContain("het Landelijk Beraad");
  });

  it("een ander orgaan: gevonden en verwacht in de gegevens, het gevonden orgaan in het bericht", () => {
    const gevallen = [
      ["regionaal-werkbedrijf", "het Regionaal Werkbedrijf"],
      ["ander-orgaan", "een ander orgaan"],
      ["landelijk-beraad", "het Landelijk Beraad"],
    ] as const;
    for (const [gevonden, tekst] of gevallen) {
      const b = door({ ...volledig, vastgesteldDoor: gevonden });
      expect(b.map(kern)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "vastgesteldDoor", gegevens: { gevonden, verwacht: "regionaal-beraad" } }]);
      expect(b[0]?.bericht).toMatch(new RegExp(`regionale agenda is vastgesteld door ${tekst}; verwacht: het Regionaal Beraad`));
    }
    const landelijk = door({ niveau: "landelijk", vastgesteldDoor: "regionaal-beraad", beleidsagenda: { vastgesteldOp: "2026-02-15" } });
    expect(landelijk.map(kern)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "vastgesteldDoor", gegevens: { gevonden: "regionaal-beraad", verwacht: "landelijk-beraad" } }]);
    expect(landelijk[0]?.bericht).toMatch(/landelijke agenda is vastgesteld door een Regionaal Beraad; verwacht: het Landelijk Beraad/);
  });

  it("van toepassing zodra één deel is vastgesteld; n.v.t. als geen enkel deel op de peildatum is vastgesteld", () => {
    const alleenBeleid = regionaal({ beleidsagenda: { vastgesteldOp: "2026-01-10" }, uitvoeringsagenda: {} });
    expect(door(alleenBeleid).map(kern)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "vastgesteldDoor", gegevens: { verwacht: "regionaal-beraad" } }]);
    expect(bevindingen(alleenBeleid, "agenda/vastgesteld-door-beraad", "2026-01-09").map(kern)).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "vastgesteldDoor" }]);
  });
});

describe("agenda/looptijd-niet-overschreden: cyclus in de gegevens, grond van de vervaldatum", () => {
  const looptijd = (a: Meerjarenagenda, p = PEIL, i?: Instellingen) => bevindingen(a, "agenda/looptijd-niet-overschreden", p, i);

  it("actueel: pad van de vaststellingsdatum, de cyclus als gegevens", () => {
    const b = looptijd(volledig);
    expect(b.map((x) => [x.uitkomst, x.pad.join(".")])).toEqual([
      ["voldaan", "beleidsagenda.vastgesteldOp"],
      ["voldaan", "uitvoeringsagenda.vastgesteldOp"],
    ]);
    expect(b[0]?.gegevens).toMatchObject({ cyclus: { deel: "beleidsagenda", status: "actueel", vervaltOp: "2031-01-01", termijnVanaf: "looptijd", begrensdDoor: "termijn" } });
    expect(b[1]?.gegevens).toMatchObject({ cyclus: { deel: "uitvoeringsagenda", status: "actueel", vervaltOp: "2028-01-01" } });
    expect(b[0]?.bericht).toContain("actueel tot 2031-01-01");
    expect(b[0]?.bericht).toContain("vanaf het begin van de looptijd");
  });

  it("het bericht noemt de grond van de vervaldatum: vaststelling, begin van de looptijd of de (kortere) eigen looptijd", () => {
    const vaststelling = looptijd({ niveau: "landelijk", uitvoeringsagenda: { vastgesteldOp: "2026-03-01" } });
    expect(over(vaststelling, "uitvoeringsagenda")?.bericht).toContain("een looptijd van 2 jaar vanaf de vaststelling");
    const kort = looptijd({ niveau: "landelijk", uitvoeringsagenda: { vastgesteldOp: "2026-03-01", looptijd: { vanaf: "2026-03-01", tot: "2026-12-31" } } });
    expect(over(kort, "uitvoeringsagenda")?.gegevens).toMatchObject({ cyclus: { begrensdDoor: "eigen-looptijd", vervaltOp: "2027-01-01" } });
    expect(over(kort, "uitvoeringsagenda")?.bericht).toContain("de eigen looptijd van de agenda");
    expect(over(kort, "uitvoeringsagenda")?.bericht).not.toContain("jaar vanaf");
  });

  it("verloopt binnenkort: voldaan met vervaldatum, dagen en uiterste datum van de opvolger, en de datum volgens HRT", () => {
    const b = looptijd(volledig, "2027-11-01");
    expect(over(b, "uitvoeringsagenda")).toMatchObject({ uitkomst: "voldaan", pad: ["uitvoeringsagenda", "vastgesteldOp"], gegevens: { cyclus: { status: "verloopt-binnenkort", dagenTotVerval: 61, lezingenVerschillen: true } } });
    expect(over(b, "uitvoeringsagenda")?.bericht).toBe(
      "De uitvoeringsagenda is nog actueel maar verloopt op 2028-01-01 (over 61 dagen, na een looptijd van 2 jaar vanaf het begin van de looptijd); stel uiterlijk op 2028-01-01 een nieuwe vast. Volgens de handreiking (HRT §1.3, eens in de 2 jaar, gerekend vanaf de vaststelling) is uiterlijk op 2027-11-20 een nieuwe nodig.",
    );
    // zonder eigen looptijd vallen de lezingen samen en ontbreekt de HRT-zin
    const zonder = looptijd({ niveau: "landelijk", uitvoeringsagenda: { vastgesteldOp: "2026-03-01" } }, "2027-12-01");
    expect(over(zonder, "uitvoeringsagenda")?.bericht).toBe("De uitvoeringsagenda is nog actueel maar verloopt op 2028-03-01 (over 91 dagen, na een looptijd van 2 jaar vanaf de vaststelling); stel uiterlijk op 2028-03-01 een nieuwe vast.");
  });

  it("lezingen verschillen over verlopen: beoordelen met beide datums en bronnen", () => {
    const b = looptijd(volledig, "2027-11-20");
    expect(over(b, "uitvoeringsagenda")).toMatchObject({ uitkomst: "beoordelen", pad: ["uitvoeringsagenda", "vastgesteldOp"], hint: "Beoordeel welke lezing voor deze uitvoeringsagenda geldt, of stel een nieuwe uitvoeringsagenda vast." });
    expect(over(b, "uitvoeringsagenda")?.bericht).toBe(
      "De bronnen geven voor de uitvoeringsagenda (vastgesteld op 2025-11-20) een andere vervaldatum: volgens KB2024 §4 (een looptijd van 2 jaar vanaf het begin van de looptijd) is hij actueel tot 2028-01-01, volgens de handreiking HRT §1.3 (eens in de 2 jaar, gerekend vanaf de vaststelling) verlopen sinds 2027-11-20.",
    );
    expect(over(looptijd(volledig, "2027-11-19"), "uitvoeringsagenda")?.uitkomst).toBe("voldaan");
    // andersom: een looptijd die vóór de vaststelling begint, is volgens KB2024 eerder verlopen
    const terug = looptijd({ niveau: "landelijk", uitvoeringsagenda: { vastgesteldOp: "2026-03-01", looptijd: { vanaf: "2026-01-01", tot: "2028-06-30" } } }, "2028-02-01");
    expect(over(terug, "uitvoeringsagenda")?.uitkomst).toBe("beoordelen");
    expect(over(terug, "uitvoeringsagenda")?.bericht).toContain("is hij verlopen sinds 2028-01-01, volgens de handreiking HRT §1.3 (eens in de 2 jaar, gerekend vanaf de vaststelling) actueel tot 2028-03-01");
  });

  it("verlopen: niet-voldaan op het pad van de vaststellingsdatum, met vervaldatum en uiterste datum", () => {
    const b = looptijd(volledig, "2028-01-01");
    expect(b.map(kern).map((x) => [x.uitkomst, x.pad])).toEqual([
      ["niet-voldaan", "uitvoeringsagenda.vastgesteldOp"],
      ["voldaan", "beleidsagenda.vastgesteldOp"],
    ]);
    expect(b[0]?.gegevens).toMatchObject({ cyclus: { status: "verlopen", vervaltOp: "2028-01-01", dagenTotVerval: 0 } });
    expect(b[0]?.bericht).toMatch(/vastgesteld op 2025-11-20\) is verlopen sinds 2028-01-01.*uiterlijk op 2028-01-01/);
  });

  it("ontbrekend deel: n.v.t. op het pad van het deel", () => {
    expect(looptijd({ niveau: "landelijk" }).map(kern)).toStrictEqual([
      { uitkomst: "niet-van-toepassing", pad: "beleidsagenda" },
      { uitkomst: "niet-van-toepassing", pad: "uitvoeringsagenda" },
    ]);
  });
});

describe("agenda/looptijd-binnen-termijn: grensdag en parameter op de vaststellingsdatum", () => {
  const binnen = (a: Meerjarenagenda, i?: Instellingen) => k(a, "agenda/looptijd-binnen-termijn", PEIL, i);

  it("precies 5 en 2 jaar (tot en met de dag vóór het jubileum): voldaan met de laatste dag in de gegevens", () => {
    expect(binnen(volledig)).toStrictEqual([
      {
        uitkomst: "voldaan",
        pad: "beleidsagenda.looptijd",
        gegevens: { looptijd: { vanaf: "2026-01-01", tot: "2030-12-31" }, termijnJaren: 5, uiterlijkeLaatsteDag: "2030-12-31", parameter: "agenda.beleidsagenda.looptijd" },
      },
      {
        uitkomst: "voldaan",
        pad: "uitvoeringsagenda.looptijd",
        gegevens: { looptijd: { vanaf: "2026-01-01", tot: "2027-12-31" }, termijnJaren: 2, uiterlijkeLaatsteDag: "2027-12-31", parameter: "agenda.uitvoeringsagenda.looptijd" },
      },
    ]);
  });

  it("één dag te lang: niet-voldaan op looptijd.tot", () => {
    const a = { ...volledig, uitvoeringsagenda: { ...volledig.uitvoeringsagenda!, looptijd: { vanaf: "2026-01-01", tot: "2028-01-01" } } };
    expect(over(binnen(a), "uitvoeringsagenda")).toStrictEqual({
      uitkomst: "niet-voldaan",
      pad: "uitvoeringsagenda.looptijd.tot",
      gegevens: { looptijd: { vanaf: "2026-01-01", tot: "2028-01-01" }, termijnJaren: 2, uiterlijkeLaatsteDag: "2027-12-31", parameter: "agenda.uitvoeringsagenda.looptijd" },
    });
  });

  it("de parameter geldt op de vaststellingsdatum; zonder vaststelling op het begin van de looptijd", () => {
    const drieJaar = { parameters: { "agenda.uitvoeringsagenda.looptijd": { waarde: 3, geldigVanaf: "2026-01-01" } } };
    const lang = { ...volledig, uitvoeringsagenda: { vastgesteldOp: "2025-11-20", looptijd: { vanaf: "2026-01-01", tot: "2028-12-31" } } };
    expect(over(binnen(lang, drieJaar), "uitvoeringsagenda")).toMatchObject({ uitkomst: "niet-voldaan", gegevens: { termijnJaren: 2 } });
    const concept = { ...volledig, uitvoeringsagenda: { looptijd: { vanaf: "2026-01-01", tot: "2028-12-31" } } };
    expect(over(binnen(concept, drieJaar), "uitvoeringsagenda")).toMatchObject({ uitkomst: "voldaan", gegevens: { termijnJaren: 3, uiterlijkeLaatsteDag: "2028-12-31" } });
  });

  it("zonder eigen looptijd: n.v.t. op het pad van de looptijd", () => {
    expect(binnen({ niveau: "landelijk", beleidsagenda: {} })).toStrictEqual([
      { uitkomst: "niet-van-toepassing", pad: "beleidsagenda.looptijd" },
      { uitkomst: "niet-van-toepassing", pad: "uitvoeringsagenda.looptijd" },
    ]);
  });
});

describe("agenda/analyse-en-ambities", () => {
  it("aantallen ambities in de gegevens; paden van analyse en ambities", () => {
    expect(k(volledig, "agenda/analyse-en-ambities")).toStrictEqual([
      { uitkomst: "voldaan", pad: "beleidsagenda.arbeidsmarktanalyse" },
      { uitkomst: "voldaan", pad: "beleidsagenda.ambities", gegevens: { aantal: 4 } },
    ]);
    const een = regionaal({ beleidsagenda: { ambities: [{ id: "A", titel: "a" }] } });
    expect(k(een, "agenda/analyse-en-ambities")).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "beleidsagenda.arbeidsmarktanalyse" },
      { uitkomst: "voldaan", pad: "beleidsagenda.ambities", gegevens: { aantal: 1 } },
    ]);
  });

  it("landelijk: analyse n.v.t.; zonder ambities niet-voldaan; zonder beleidsagenda n.v.t.", () => {
    expect(k({ niveau: "landelijk", beleidsagenda: {} }, "agenda/analyse-en-ambities")).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "beleidsagenda.ambities" },
      { uitkomst: "niet-van-toepassing", pad: "beleidsagenda.arbeidsmarktanalyse" },
    ]);
    expect(k({ niveau: "landelijk" }, "agenda/analyse-en-ambities")).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "beleidsagenda" }]);
  });
});

describe("agenda/actie-dient-ambitie", () => {
  it("voldaan per actie zonder gegevens; het bericht noemt de ambities", () => {
    const b = bevindingen(metActies([{ titel: "Drie", ambities: ["A1", "A2", "A3"], partners: ["a", "b"] }]), "agenda/actie-dient-ambitie");
    expect(b.map(kern)).toStrictEqual([{ uitkomst: "voldaan", pad: "uitvoeringsagenda.acties.0.ambities" }]);
    expect(b[0]?.bericht).toContain("A1, A2 en A3");
  });

  it("onbekende ambities: welke onbekend zijn en welke bestaan", () => {
    const b = bevindingen(metActies([{ titel: "Deels", ambities: ["A1", "A9"] }, { titel: "Twee", ambities: ["X", "Y"] }]), "agenda/actie-dient-ambitie");
    expect(b.map(kern)).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "uitvoeringsagenda.acties.0.ambities", gegevens: { onbekend: ["A9"], bekend: ["A1", "A2", "A3", "A4"] } },
      { uitkomst: "niet-voldaan", pad: "uitvoeringsagenda.acties.1.ambities", gegevens: { onbekend: ["X", "Y"], bekend: ["A1", "A2", "A3", "A4"] } },
    ]);
    expect(b[1]?.bericht).toContain("X en Y");
  });

  it("geen ambities om na te gaan (geen beleidsagenda of een lege lijst): beoordelen met de genoemde ambities", () => {
    const zonderBeleid = { ...volledig, beleidsagenda: { vastgesteldOp: "2025-11-20" } };
    const leeg = { ...volledig, beleidsagenda: { ...volledig.beleidsagenda!, ambities: [] } };
    for (const a of [zonderBeleid, leeg]) {
      expect(k(a, "agenda/actie-dient-ambitie")[0]).toStrictEqual({ uitkomst: "beoordelen", pad: "uitvoeringsagenda.acties.0.ambities", gegevens: { ambities: ["A2"] } });
    }
    expect(k(metActies([{ titel: "Geen", ambities: [] }]), "agenda/actie-dient-ambitie")).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "uitvoeringsagenda.acties.0.ambities" }]);
  });

  it("uitvoeringsagenda zonder acties: niet-voldaan op acties; zonder uitvoeringsagenda: n.v.t.", () => {
    expect(k(regionaal({ uitvoeringsagenda: {} }), "agenda/actie-dient-ambitie")).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "uitvoeringsagenda.acties" }]);
    expect(k(regionaal(), "agenda/actie-dient-ambitie")).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "uitvoeringsagenda" }]);
  });
});

describe("agenda/actie-gezamenlijk", () => {
  it("partners als gegevens (zoals opgegeven); de markering op haar eigen pad", () => {
    expect(k(volledig, "agenda/actie-gezamenlijk")).toStrictEqual([
      { uitkomst: "voldaan", pad: "uitvoeringsagenda.acties.0.partners", gegevens: { partners: ["UWV", "Gemeente X", "ROC X"] } },
      { uitkomst: "voldaan", pad: "uitvoeringsagenda.acties.1.partners", gegevens: { partners: ["UWV", "Werkgevers"] } },
      { uitkomst: "voldaan", pad: "uitvoeringsagenda.acties.2.meerderePartijenNodig" },
    ]);
  });

  it("namen die alleen in hoofdletters of witruimte verschillen tellen als één partner", () => {
    const b = bevindingen(metActies([{ titel: "Eén", partners: ["Gemeente  X", " gemeente x "] }, { titel: "Geen" }]), "agenda/actie-gezamenlijk");
    expect(b.map(kern)).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "uitvoeringsagenda.acties.0.partners", gegevens: { partners: ["Gemeente  X", " gemeente x "] } },
      { uitkomst: "niet-voldaan", pad: "uitvoeringsagenda.acties.1.partners", gegevens: { partners: [] } },
    ]);
    expect(b[0]?.bericht).toContain("één partner gedragen (Gemeente  X)");
    expect(b[1]?.bericht).toContain("geen partners");
  });

  it("witruimte binnen een naam telt als één spatie, niet als niets: 'Gemeente X' en 'GemeenteX' zijn twee partners", () => {
    expect(k(metActies([{ titel: "Twee", partners: ["Gemeente X", "GemeenteX"] }]), "agenda/actie-gezamenlijk")).toStrictEqual([
      { uitkomst: "voldaan", pad: "uitvoeringsagenda.acties.0.partners", gegevens: { partners: ["Gemeente X", "GemeenteX"] } },
    ]);
  });

  it("één partner met de markering meerderePartijenNodig: voldaan; zonder acties: n.v.t.", () => {
    expect(k(metActies([{ titel: "M", partners: ["UWV"], meerderePartijenNodig: true }]), "agenda/actie-gezamenlijk")).toStrictEqual([
      { uitkomst: "voldaan", pad: "uitvoeringsagenda.acties.0.meerderePartijenNodig" },
    ]);
    expect(k(metActies([{ titel: "M", partners: ["UWV"], meerderePartijenNodig: false }]), "agenda/actie-gezamenlijk")[0]?.uitkomst).toBe("niet-voldaan");
    expect(k(metActies([]), "agenda/actie-gezamenlijk")).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "uitvoeringsagenda.acties" }]);
    expect(k(regionaal(), "agenda/actie-gezamenlijk")).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "uitvoeringsagenda.acties" }]);
  });
});

describe("agenda/monitoring-beide-soorten", () => {
  it("per soort het aantal; zonder een soort niet-voldaan met die soort", () => {
    const m = { indicatoren: [{ naam: "a", soort: "kwantitatief" as const }, { naam: "b", soort: "kwantitatief" as const }] };
    const b = bevindingen({ ...volledig, monitoring: m }, "agenda/monitoring-beide-soorten");
    expect(b.map(kern)).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "monitoring.indicatoren", gegevens: { soort: "kwalitatief" } },
      { uitkomst: "voldaan", pad: "monitoring.indicatoren", gegevens: { soort: "kwantitatief", aantal: 2 } },
    ]);
    expect(b[0]?.bericht).toContain("kwalitatieve");
    expect(k(regionaal(), "agenda/monitoring-beide-soorten")).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "monitoring" }]);
  });
});

describe("agenda/kwetsbare-groepen: elke tak met pad en gegevens", () => {
  const groep = (a: Meerjarenagenda, g: string) => bevindingen(a, "agenda/kwetsbare-groepen").find((b) => b.gegevens?.["groep"] === g);

  it("doelgroep van ambities en acties: alle verwijzingen, het eerste pad", () => {
    const a = metActies([{ titel: "O", ambities: ["A2"], partners: ["a", "b"], doelgroepen: ["ouderen"] }]);
    expect(kern(groep(a, "ouderen")!)).toStrictEqual({
      uitkomst: "voldaan",
      pad: "beleidsagenda.ambities.1.doelgroepen",
      gegevens: { groep: "ouderen", verwijzingen: [["beleidsagenda", "ambities", 1, "doelgroepen"], ["uitvoeringsagenda", "acties", 0, "doelgroepen"]] },
    });
    expect(kern(groep(volledig, "ex-gedetineerden")!)).toStrictEqual({
      uitkomst: "voldaan",
      pad: "uitvoeringsagenda.acties.2.doelgroepen",
      gegevens: { groep: "ex-gedetineerden", verwijzingen: [["uitvoeringsagenda", "acties", 2, "doelgroepen"]] },
    });
  });

  it("de keuze wordt per groep gevonden, niet de eerste in de lijst", () => {
    const keuzes = [
      { groep: "jongeren", keuze: "opgenomen" },
      { groep: "ouderen", keuze: "bewust-niet-opgenomen", reden: "Geen knelpunt volgens de analyse" },
    ] as const;
    const zonderOuderen = { ...volledig.beleidsagenda!, ambities: [{ id: "A1", titel: "x", doelgroepen: ["jongeren" as const] }] };
    const a = { ...volledig, beleidsagenda: zonderOuderen, verbindingen: { kwetsbareGroepen: keuzes } };
    // De bewuste keuze heeft als gegevens de keuze en de reden; ouderen is de vierde groep uit KB2024.
    expect(kern(bevindingen(a, "agenda/kwetsbare-groepen").find((b) => b.pad.join(".") === "verbindingen.kwetsbareGroepen.1")!)).toStrictEqual({
      uitkomst: "voldaan",
      pad: "verbindingen.kwetsbareGroepen.1",
      gegevens: { keuze: "bewust-niet", reden: "Geen knelpunt volgens de analyse" },
    });
  });

  it("bewust weggelaten maar wel doelgroep: beoordelen op de keuze, met de verwijzingen", () => {
    const a = metVerbindingen({ kwetsbareGroepen: [{ groep: "jongeren", keuze: "opgenomen" }, { groep: "ouderen", keuze: "bewust-niet-opgenomen", reden: "x" }] });
    expect(kern(groep(a, "ouderen")!)).toStrictEqual({
      uitkomst: "beoordelen",
      pad: "verbindingen.kwetsbareGroepen.1",
      gegevens: { groep: "ouderen", verwijzingen: [["beleidsagenda", "ambities", 1, "doelgroepen"]] },
    });
  });

  it("niet genoemd: niet-voldaan op de lijst met keuzes; als opgenomen zonder ambitie of actie: beoordelen met eigen hint", () => {
    const leeg = regionaal({ verbindingen: { kwetsbareGroepen: [{ groep: "arbeidsmigranten", keuze: "opgenomen" }, { groep: "ouderen", keuze: "opgenomen" }] } });
    const b = bevindingen(leeg, "agenda/kwetsbare-groepen");
    expect(b.map(kern)).toStrictEqual(zwaarsteEerst([
      { uitkomst: "niet-voldaan", pad: "verbindingen.kwetsbareGroepen", gegevens: { groep: "arbeidsbeperking" } },
      { uitkomst: "niet-voldaan", pad: "verbindingen.kwetsbareGroepen", gegevens: { groep: "migratieachtergrond" } },
      { uitkomst: "niet-voldaan", pad: "verbindingen.kwetsbareGroepen", gegevens: { groep: "jongeren" } },
      { uitkomst: "beoordelen", pad: "verbindingen.kwetsbareGroepen.1", gegevens: { groep: "ouderen" } },
      { uitkomst: "beoordelen", pad: "verbindingen.kwetsbareGroepen.0", gegevens: { groep: "arbeidsmigranten" } },
      { uitkomst: "niet-voldaan", pad: "verbindingen.kwetsbareGroepen", gegevens: { groep: "ggz-problematiek" } },
      { uitkomst: "niet-voldaan", pad: "verbindingen.kwetsbareGroepen", gegevens: { groep: "ex-gedetineerden" } },
    ]));
    expect(groep(leeg, "ouderen")?.hint).toContain("doelgroepen");
    expect(groep(leeg, "ouderen")?.hint).not.toBe(b[0]?.hint);
    expect(b[0]?.bericht).toContain("mensen met een arbeidsbeperking");
  });

  it("bewust weggelaten: regionaal zonder analyse niet-voldaan, landelijk beoordelen; elk met een eigen hint", () => {
    const keuze = { kwetsbareGroepen: [{ groep: "ouderen", keuze: "bewust-niet-opgenomen", reden: "Andere focus" }] } as const;
    const keuzeNul = (a: Meerjarenagenda) => bevindingen(a, "agenda/kwetsbare-groepen").find((b) => b.pad.join(".") === "verbindingen.kwetsbareGroepen.0")!;
    const regio = keuzeNul(regionaal({ verbindingen: keuze }));
    expect(kern(regio)).toStrictEqual({ uitkomst: "niet-voldaan", pad: "verbindingen.kwetsbareGroepen.0", gegevens: { keuze: "bewust-niet", reden: "Andere focus" } });
    expect(regio.hint).toContain("beleidsagenda.arbeidsmarktanalyse");
    const land = keuzeNul({ niveau: "landelijk", verbindingen: keuze });
    expect(kern(land)).toStrictEqual({ uitkomst: "beoordelen", pad: "verbindingen.kwetsbareGroepen.0", gegevens: { keuze: "bewust-niet", reden: "Andere focus" } });
    expect(land.hint).toContain("KB2024 §4");
    expect(land.bericht).toContain("Andere focus");
  });
});

describe("agenda/arbeidsmigranten: elke grond voor voldaan en niet-voldaan", () => {
  const am = (a: Meerjarenagenda) => bevindingen(a, "agenda/arbeidsmigranten");

  it("doelgroep van een actie (zonder WIN-punt of keuze): voldaan op het eerste pad", () => {
    const a = regionaal({ uitvoeringsagenda: { acties: [{ titel: "x" }, { titel: "y", doelgroepen: ["arbeidsmigranten"] }] } });
    expect(am(a).map(kern)).toStrictEqual([
      { uitkomst: "voldaan", pad: "uitvoeringsagenda.acties.1.doelgroepen", gegevens: { verwijzingen: [["uitvoeringsagenda", "acties", 1, "doelgroepen"]] } },
    ]);
  });

  it("WIN-punt: voldaan op het WIN-punt, met de naam in het bericht", () => {
    const b = am(regionaal({ verbindingen: { winPunt: { naam: "WIN-punt Oost" } } }));
    expect(b.map(kern)).toStrictEqual([{ uitkomst: "voldaan", pad: "verbindingen.winPunt" }]);
    expect(b[0]?.bericht).toContain("WIN-punt Oost");
  });

  it("als opgenomen groep of bewust weggelaten: op de plek van de keuze", () => {
    const keuzes = (keuze: "opgenomen" | "bewust-niet-opgenomen") =>
      regionaal({
        verbindingen: {
          kwetsbareGroepen: [{ groep: "ouderen", keuze: "opgenomen" }, keuze === "opgenomen" ? { groep: "arbeidsmigranten", keuze } : { groep: "arbeidsmigranten", keuze, reden: "Weinig arbeidsmigranten" }],
        },
      });
    expect(am(keuzes("opgenomen")).map(kern)).toStrictEqual([{ uitkomst: "voldaan", pad: "verbindingen.kwetsbareGroepen.1" }]);
    const weg = am(keuzes("bewust-niet-opgenomen"));
    expect(weg.map(kern)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "verbindingen.kwetsbareGroepen.1", gegevens: { reden: "Weinig arbeidsmigranten" } }]);
    expect(weg[0]?.bericht).toContain("Weinig arbeidsmigranten");
  });

  it("nergens: niet-voldaan op het WIN-punt", () => {
    expect(am(regionaal()).map(kern)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "verbindingen.winPunt" }]);
  });
});

describe("agenda/regionale-agenda-per-2026: de inzetdatum als grensdag", () => {
  const r26 = (a: Meerjarenagenda, p = PEIL) => bevindingen(a, "agenda/regionale-agenda-per-2026", p);

  it("n.v.t. op de hele agenda voor een landelijke agenda en vóór 2026-01-01", () => {
    expect(r26({ niveau: "landelijk" }).map(kern)).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "" }]);
    const vooraf = r26(volledig, "2025-12-31");
    expect(vooraf.map(kern)).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "" }]);
    expect(vooraf[0]?.bericht).toMatch(/2026-01-01.*2025-12-31/);
  });

  it("vastgesteld op de inzetdatum is op tijd; de vroegste vaststelling van de twee delen telt", () => {
    const opDeDag = regionaal({ beleidsagenda: { vastgesteldOp: "2026-03-01" }, uitvoeringsagenda: { vastgesteldOp: "2026-01-01" } });
    expect(r26(opDeDag).map(kern)).toStrictEqual([{ uitkomst: "voldaan", pad: "", gegevens: { eersteVaststelling: "2026-01-01", inzet: "2026-01-01", opTijd: true } }]);
  });

  it("vastgesteld na de inzetdatum: beoordelen op de vroegst vastgestelde datum, met een hint om een eerdere agenda na te gaan", () => {
    const laat = regionaal({ beleidsagenda: { vastgesteldOp: "2026-01-02" } });
    const b = r26(laat);
    expect(b.map(kern)).toStrictEqual([{ uitkomst: "beoordelen", pad: "beleidsagenda.vastgesteldOp", gegevens: { eersteVaststelling: "2026-01-02", inzet: "2026-01-01", opTijd: false } }]);
    expect(b[0]?.bericht).toBe("De regionale meerjarenagenda is op 2026-01-02 vastgesteld, na de inzet om per 2026-01-01 te werken op basis van een regionale meerjarenagenda.");
    expect(b[0]?.hint).toBe(
      "Ga na of de regio op 2026-01-01 werkte op basis van een eerdere regionale meerjarenagenda; zo ja, dan is aan de inzet voldaan (toets die eerdere agenda op peildatum 2026-01-01), zo nee, dan is de inzet niet gehaald.",
    );
    const uitvoeringEerst = regionaal({ beleidsagenda: { vastgesteldOp: "2026-05-01" }, uitvoeringsagenda: { vastgesteldOp: "2026-02-01" } });
    expect(r26(uitvoeringEerst).map(kern)[0]).toMatchObject({ uitkomst: "beoordelen", pad: "uitvoeringsagenda.vastgesteldOp", gegevens: { eersteVaststelling: "2026-02-01" } });
    // Alleen een uitvoeringsagenda (geen beleidsagenda): het pad wijst naar de uitvoeringsagenda.
    const alleenUitvoering = regionaal({ uitvoeringsagenda: { vastgesteldOp: "2026-02-01" } });
    expect(r26(alleenUitvoering).map(kern)[0]).toMatchObject({ uitkomst: "beoordelen", pad: "uitvoeringsagenda.vastgesteldOp" });
  });

  it("een opvolger die jaren later is vastgesteld is niet 'niet-voldaan': de bibliotheek kent de eerdere agenda niet", () => {
    const opvolger = regionaal({ beleidsagenda: { vastgesteldOp: "2031-01-10" } });
    const b = r26(opvolger, "2031-06-01");
    expect(b.map(kern)).toStrictEqual([{ uitkomst: "beoordelen", pad: "beleidsagenda.vastgesteldOp", gegevens: { eersteVaststelling: "2031-01-10", inzet: "2026-01-01", opTijd: false } }]);
    expect(b[0]?.bericht).toContain("op 2031-01-10 vastgesteld, na de inzet om per 2026-01-01");
  });

  it("niets vastgesteld: de inzetdatum in de gegevens", () => {
    expect(r26(regionaal({ beleidsagenda: {} })).map(kern)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "beleidsagenda.vastgesteldOp", gegevens: { inzet: "2026-01-01" } }]);
    expect(r26(regionaal(), "2026-01-01").map(kern)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "beleidsagenda", gegevens: { inzet: "2026-01-01" } }]);
  });
});

describe("agenda/verbonden-met-opgaven", () => {
  it("volgorde en namen: sectoren in de volgorde van KB2024, verwijzingen met hun namen", () => {
    const b = bevindingen(metVerbindingen({ ...volledig.verbindingen, crucialeSectoren: ["kinderopvang", "zorg"] }), "agenda/verbonden-met-opgaven");
    expect(b.map(kern)).toStrictEqual([
      { uitkomst: "voldaan", pad: "verbindingen.crucialeSectoren", gegevens: { onderwerp: "cruciale-sectoren", namen: ["zorg", "kinderopvang"] } },
      { uitkomst: "voldaan", pad: "verbindingen.klimaatEnDigitaleTransitie", gegevens: { onderwerp: "klimaat-en-digitale-transitie", namen: ["Actieplan groene en digitale banen"] } },
      { uitkomst: "voldaan", pad: "verbindingen.humanCapitalAgendas", gegevens: { onderwerp: "human-capital-agendas", namen: ["HCA Zorg"] } },
      { uitkomst: "voldaan", pad: "verbindingen.economicBoards", gegevens: { onderwerp: "economic-boards", namen: ["EB Oost", "EB West"] } },
    ]);
    expect(b[3]?.bericht).toContain("(provinciale) Economic Boards: EB Oost en EB West");
  });

  it("sectoren uit verbindingen en ambities samen; alleen uit ambities: het pad van de ambities", () => {
    const samen = { ...volledig, beleidsagenda: { ...volledig.beleidsagenda!, ambities: [{ id: "A", titel: "a", sectoren: ["veiligheid" as const] }] } };
    const s = (a: Meerjarenagenda) => k(a, "agenda/verbonden-met-opgaven").find((x) => (x.gegevens as { onderwerp?: string } | undefined)?.onderwerp === "cruciale-sectoren");
    expect(s({ ...samen, verbindingen: { crucialeSectoren: ["onderwijs"] } })).toStrictEqual({
      uitkomst: "voldaan",
      pad: "verbindingen.crucialeSectoren",
      gegevens: { onderwerp: "cruciale-sectoren", namen: ["onderwijs", "(internationale) veiligheid"] },
    });
    for (const verbindingen of [{}, { crucialeSectoren: [] }]) {
      expect(s({ ...samen, verbindingen })).toStrictEqual({ uitkomst: "voldaan", pad: "beleidsagenda.ambities", gegevens: { onderwerp: "cruciale-sectoren", namen: ["(internationale) veiligheid"] } });
    }
  });

  it("niet gelegd: niet-voldaan op het veld; bewust niet: de keuze op haar plek in nietVerbonden", () => {
    const a = regionaal({
      beleidsagenda: { arbeidsmarktanalyse: { omschrijving: "x" } },
      verbindingen: {
        nietVerbonden: [
          { onderwerp: "human-capital-agendas", reden: "Geen HCA in de regio" },
          { onderwerp: "economic-boards", reden: "Geen Economic Board" },
        ],
      },
    });
    const b = bevindingen(a, "agenda/verbonden-met-opgaven");
    expect(b.map(kern)).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "verbindingen.crucialeSectoren", gegevens: { onderwerp: "cruciale-sectoren" } },
      { uitkomst: "niet-voldaan", pad: "verbindingen.klimaatEnDigitaleTransitie", gegevens: { onderwerp: "klimaat-en-digitale-transitie" } },
      { uitkomst: "voldaan", pad: "verbindingen.nietVerbonden.0", gegevens: { keuze: "bewust-niet", reden: "Geen HCA in de regio" } },
      { uitkomst: "voldaan", pad: "verbindingen.nietVerbonden.1", gegevens: { keuze: "bewust-niet", reden: "Geen Economic Board" } },
    ]);
    expect(b[0]?.bericht).toContain("voldoende personeel voor cruciale publieke sectoren");
    const landelijk = bevindingen({ niveau: "landelijk", verbindingen: a.verbindingen! }, "agenda/verbonden-met-opgaven");
    expect(landelijk.map((x) => x.uitkomst)).toEqual(["niet-voldaan", "niet-voldaan", "beoordelen", "beoordelen"]);
  });
});

describe("agenda/school-naar-duurzaam-werk en agenda/impulsbudget-besteding: alleen regionaal", () => {
  it("landelijk: n.v.t. op het veld", () => {
    expect(k({ niveau: "landelijk" }, "agenda/school-naar-duurzaam-werk")).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "verbindingen.schoolNaarDuurzaamWerk" }]);
    expect(k({ niveau: "landelijk" }, "agenda/impulsbudget-besteding")).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "verbindingen.impulsbudget" }]);
  });

  it("regionaal: het programma met naam, of niet-voldaan", () => {
    expect(k(volledig, "agenda/school-naar-duurzaam-werk")).toStrictEqual([
      { uitkomst: "voldaan", pad: "verbindingen.schoolNaarDuurzaamWerk", gegevens: { onderwerp: "school-naar-duurzaam-werk", namen: ["Programma SDW"] } },
    ]);
    expect(k(regionaal({ verbindingen: { schoolNaarDuurzaamWerk: [] } }), "agenda/school-naar-duurzaam-werk")).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "verbindingen.schoolNaarDuurzaamWerk", gegevens: { onderwerp: "school-naar-duurzaam-werk" } },
    ]);
  });
});

describe("agenda/impulsbudget-besteding: per jaar opgeteld en gesorteerd", () => {
  const bron = { bron: "HRT", plaats: "§2.1 Tabel 4 'Overzicht tijdelijke en structurele middelen'" };
  const posten = (...p: [number, number][]) => metVerbindingen({ impulsbudget: p.map(([jaar, bedrag], i) => ({ jaar, bedrag, omschrijving: `post ${i}` })) });

  it("voldaan: het overzicht per jaar (oplopend), met het geplande totaal en het beschikbare bedrag", () => {
    const b = bevindingen(posten([2027, 60_000_000], [2026, 50_000_000], [2026, 1_000_000]), "agenda/impulsbudget-besteding");
    expect(b.map(kern)).toStrictEqual([
      {
        uitkomst: "voldaan",
        pad: "verbindingen.impulsbudget",
        gegevens: {
          perJaar: [
            { jaar: 2026, gepland: 51_000_000, beschikbaar: [{ bedrag: 82_739_000, status: "onder-voorbehoud", bron }] },
            { jaar: 2027, gepland: 60_000_000, beschikbaar: [{ bedrag: 111_697_700, status: "onder-voorbehoud", bron }] },
          ],
        },
      },
    ]);
    expect(b[0]?.bericht).toContain("2026 en 2027");
  });

  it("boven het budget: beoordelen op het bedrag van de eerste post van dat jaar, met de lezingen; de jaren oplopend", () => {
    const b = bevindingen(posten([2028, 200_000_000], [2026, 50_000_000], [2026, 40_000_000]), "agenda/impulsbudget-besteding");
    expect(b.map((x) => [x.uitkomst, x.pad.join("."), x.gegevens?.["jaar"], x.gegevens?.["gepland"]])).toEqual([
      ["beoordelen", "verbindingen.impulsbudget.1.bedrag", 2026, 90_000_000],
      ["beoordelen", "verbindingen.impulsbudget.0.bedrag", 2028, 200_000_000],
    ]);
    expect(b[0]?.gegevens?.["lezingen"]).toMatchObject([{ bedrag: 82_739_000, status: "onder-voorbehoud", bron: { bron: "HRT" } }]);
    expect(b[0]?.bericht).toContain("€ 900.000");
    expect(b[0]?.bericht).toContain("€ 827.390 (HRT §2.1 Tabel 4");
    expect(b[0]?.hint).toContain("andere middelen");
  });

  it("2033 (HRT en NOTA2026 spreken elkaar tegen): beide lezingen in het overzicht; alles boven € 0 is te beoordelen", () => {
    const nul = bevindingen(posten([2033, 0]), "agenda/impulsbudget-besteding");
    expect(nul[0]?.uitkomst).toBe("voldaan");
    expect((nul[0]?.gegevens?.["perJaar"] as { beschikbaar: unknown[] }[])[0]?.beschikbaar).toMatchObject([
      { bedrag: 17_406_800, bron: { bron: "HRT" } },
      { bedrag: 0, status: "beoogd", bron: { bron: "NOTA2026" } },
    ]);
    const een = bevindingen(posten([2033, 1]), "agenda/impulsbudget-besteding");
    expect(een[0]).toMatchObject({ uitkomst: "beoordelen", gegevens: { jaar: 2033, gepland: 1 } });
    expect(een[0]?.gegevens?.["lezingen"]).toMatchObject([
      { bedrag: 17_406_800, bron: { bron: "HRT" }, binnenBudget: true },
      { bedrag: 0, bron: { bron: "NOTA2026" }, binnenBudget: false },
    ]);
  });

  it("2033 gelijk aan HRT Tabel 4: per lezing de uitkomst (binnen HRT, boven NOTA2026), niet 'meer dan' beide", () => {
    const b = bevindingen(posten([2033, 17_406_800]), "agenda/impulsbudget-besteding");
    expect(b.map(kern)).toStrictEqual([
      {
        uitkomst: "beoordelen",
        pad: "verbindingen.impulsbudget.0.bedrag",
        gegevens: {
          jaar: 2033,
          gepland: 17_406_800,
          lezingen: [
            { bedrag: 17_406_800, status: "onder-voorbehoud", bron, toelichting: expect.any(String), binnenBudget: true },
            { bedrag: 0, status: "beoogd", bron: { bron: "NOTA2026", plaats: "punt 2", citaat: "Na 2028 loopt dit budget per jaar af tot €0 in 2033." }, toelichting: expect.any(String), binnenBudget: false },
          ],
        },
      },
    ]);
    expect(b[0]?.bericht).toBe(
      "In 2033 is € 174.068 gepland. De bronnen verschillen over het impulsbudget per regio in dat jaar: volgens HRT §2.1 Tabel 4 'Overzicht tijdelijke en structurele middelen' (onder-voorbehoud) is het € 174.068 en past de planning daarbinnen; volgens NOTA2026 punt 2 (beoogd: \"Na 2028 loopt dit budget per jaar af tot €0 in 2033.\") is het € 0 en gaat de planning er € 174.068 boven.",
    );
    expect(b[0]?.bericht).not.toContain("meer dan");
    expect(b[0]?.hint).toContain("andere middelen");
  });

  it("2033 boven beide lezingen: beide 'gaat erboven', met het verschil per lezing", () => {
    const b = bevindingen(posten([2033, 17_406_801]), "agenda/impulsbudget-besteding");
    expect(b[0]?.bericht).toContain("is het € 174.068 en gaat de planning er € 0,01 boven");
    expect(b[0]?.bericht).toContain("is het € 0 en gaat de planning er € 174.068,01 boven");
  });

  it("een opgegeven bedrag (instelling) heet 'opgegeven' in het bericht", () => {
    const inst = { parameters: { "regio.impulsbudget": { waarde: 100 } } };
    const b = bevindingen(posten([2026, 101]), "agenda/impulsbudget-besteding", PEIL, inst);
    expect(b[0]).toMatchObject({ uitkomst: "beoordelen", gegevens: { jaar: 2026, gepland: 101 } });
    expect(b[0]?.bericht).toContain("€ 1 (opgegeven, instelling)");
  });

  it("een jaar zonder impulsbudget: beoordelen met de reden", () => {
    const b = bevindingen(posten([2024, 100]), "agenda/impulsbudget-besteding");
    expect(b.map(kern)).toStrictEqual([{ uitkomst: "beoordelen", pad: "verbindingen.impulsbudget.0.bedrag", gegevens: { jaar: 2024, gepland: 100 } }]);
    expect(b[0]?.bericht).toContain("Geen bedrag vóór 2025");
  });

  it("geen posten: de verbinding ontbreekt (niet-voldaan) of is bewust niet gelegd", () => {
    expect(k(posten(), "agenda/impulsbudget-besteding")).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "verbindingen.impulsbudget", gegevens: { onderwerp: "impulsbudget" } }]);
    const reden = metVerbindingen({ impulsbudget: [], nietVerbonden: [{ onderwerp: "impulsbudget", reden: "Apart bestedingsplan" }] });
    expect(k(reden, "agenda/impulsbudget-besteding")).toStrictEqual([{ uitkomst: "voldaan", pad: "verbindingen.nietVerbonden.0", gegevens: { keuze: "bewust-niet", reden: "Apart bestedingsplan" } }]);
  });
});

describe("agendaCyclus: randen van de invoer", () => {
  it("verloopvenster 0 en 60 zijn geldig, 61, -1, 1.5 en een tekst niet; de fout noemt het veld", () => {
    const a: Meerjarenagenda = { niveau: "landelijk" };
    expect(agendaCyclus(a, { peildatum: PEIL, instellingen: { verloopvensterMaanden: 60 } }).verloopvensterMaanden).toBe(60);
    expect(agendaCyclus(a, { peildatum: PEIL, instellingen: { verloopvensterMaanden: 0 } }).verloopvensterMaanden).toBe(0);
    for (const v of [61, -1, 1.5, "6"]) {
      let fout: unknown;
      try {
        agendaCyclus(a, { peildatum: PEIL, instellingen: { verloopvensterMaanden: v as number } });
      } catch (e) {
        fout = e;
      }
      expect(fout).toBeInstanceOf(OngeldigeInvoerFout);
      expect(fout).toMatchObject({ code: "ongeldige-waarde", path: ["instellingen", "verloopvensterMaanden"] });
    }
  });

  it("een ongeldige datum in de looptijd noemt het pad van die datum", () => {
    const fout = (looptijd: { vanaf: string; tot: string }) => {
      try {
        agendaCyclus({ niveau: "landelijk", beleidsagenda: { vastgesteldOp: "2026-01-01", looptijd } }, { peildatum: PEIL });
      } catch (e) {
        return e as OngeldigeInvoerFout;
      }
      return undefined;
    };
    expect(fout({ vanaf: "2026-02-30", tot: "2026-12-31" })).toMatchObject({ path: ["beleidsagenda", "looptijd", "vanaf"], message: expect.stringMatching(/^beleidsagenda\.looptijd\.vanaf:/) });
    expect(fout({ vanaf: "2026-01-01", tot: "2026-13-01" })).toMatchObject({ path: ["beleidsagenda", "looptijd", "tot"] });
  });

  it("termijn met bron en zonder bron (instelling); de opmerkingen van de parameter", () => {
    const c = agendaCyclus({ niveau: "landelijk", uitvoeringsagenda: { vastgesteldOp: "2026-01-01" } }, { peildatum: PEIL, instellingen: { parameters: { "agenda.uitvoeringsagenda.looptijd": { waarde: 1 } } } });
    const u = c.uitvoeringsagenda;
    expect(u.status !== "ontbreekt" && u.termijn).toStrictEqual({ jaren: 1, parameter: "agenda.uitvoeringsagenda.looptijd", status: "instelling", herkomst: "instelling", opmerkingen: expect.any(Array) });
    expect(u).toMatchObject({ vervaltOp: "2027-01-01", termijnVanaf: "vaststelling", begrensdDoor: "termijn" });
  });

  it("een eigen looptijd die langer is dan de termijn begrenst niet; een die even lang is ook niet", () => {
    const c = (tot: string) => agendaCyclus({ niveau: "landelijk", uitvoeringsagenda: { vastgesteldOp: "2026-01-01", looptijd: { vanaf: "2026-01-01", tot } } }, { peildatum: PEIL }).uitvoeringsagenda;
    expect(c("2028-12-31")).toMatchObject({ vervaltOp: "2028-01-01", begrensdDoor: "termijn", termijnVanaf: "looptijd" });
    expect(c("2027-12-31")).toMatchObject({ vervaltOp: "2028-01-01", begrensdDoor: "termijn" });
    expect(c("2027-12-30")).toMatchObject({ vervaltOp: "2027-12-31", begrensdDoor: "eigen-looptijd" });
  });
});

describe("agenda: randgevallen die de mutatietest vond", () => {
  it("een actie zonder het veld ambities noemt geen ambitie (en heeft dus geen onbekende)", () => {
    expect(k(metActies([{ titel: "Los", partners: ["a", "b"] }]), "agenda/actie-dient-ambitie")).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "uitvoeringsagenda.acties.0.ambities" }]);
  });

  it("cruciale sectoren alleen uit de ambities, zonder verbindingen", () => {
    const a = regionaal({ beleidsagenda: { ambities: [{ id: "A", titel: "a", sectoren: ["zorg"] }] } });
    expect(k(a, "agenda/verbonden-met-opgaven").find((x) => (x.gegevens as { onderwerp?: string } | undefined)?.onderwerp === "cruciale-sectoren")).toStrictEqual({ uitkomst: "voldaan", pad: "beleidsagenda.ambities", gegevens: { onderwerp: "cruciale-sectoren", namen: ["zorg"] } });
  });

  it("een bewust niet gelegde verbinding noemt het onderwerp in het bericht", () => {
    const a = regionaal({ verbindingen: { nietVerbonden: [{ onderwerp: "economic-boards", reden: "Geen board" }] } });
    expect(bevindingen(a, "agenda/verbonden-met-opgaven")[3]?.bericht).toContain("de verbinding met (provinciale) Economic Boards");
  });

  it("agendaCyclus zonder opties geeft een OngeldigeInvoerFout, geen TypeError", () => {
    expect(() => agendaCyclus({ niveau: "landelijk" }, undefined as never)).toThrow(OngeldigeInvoerFout);
  });
});

describe("agenda: enkelvoud en meervoud in de berichten", () => {
  it("één naam zonder 'en', meer namen met komma's en 'en'", () => {
    expect(bevindingen(metActies([{ titel: "Een", ambities: ["A1"], partners: ["a", "b"] }]), "agenda/actie-dient-ambitie")[0]?.bericht).toMatch(/dient A1\.$/);
  });

  it("1 ambitie, 4 ambities; 1 onbekende ambitie, 2 onbekende ambities; 1 indicator, 2 indicatoren", () => {
    expect(bevindingen(regionaal({ beleidsagenda: { ambities: [{ id: "A", titel: "a" }] } }), "agenda/analyse-en-ambities")[1]?.bericht).toMatch(/noemt 1 ambitie\.$/);
    expect(bevindingen(volledig, "agenda/analyse-en-ambities")[1]?.bericht).toMatch(/noemt 4 ambities\.$/);
    const onbekend = bevindingen(metActies([{ titel: "E", ambities: ["X"] }, { titel: "M", ambities: ["X", "Y"] }]), "agenda/actie-dient-ambitie");
    expect(onbekend[0]?.bericht).toMatch(/onbekende ambitie X\.$/);
    expect(onbekend[1]?.bericht).toMatch(/onbekende ambities X en Y\.$/);
    const m = (soorten: ("kwantitatief" | "kwalitatief")[]) =>
      bevindingen({ ...volledig, monitoring: { indicatoren: soorten.map((soort, i) => ({ naam: `i${i}`, soort })) } }, "agenda/monitoring-beide-soorten").map((b) => b.bericht);
    expect(m(["kwantitatief", "kwalitatief", "kwalitatief"])).toEqual(["1 kwantitatieve indicator.", "2 kwalitatieve indicatoren."]);
    expect(m([])).toEqual(["De monitoring heeft geen kwantitatieve indicator.", "De monitoring heeft geen kwalitatieve indicator."]);
  });
});
