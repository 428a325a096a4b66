import { describe, expect, it } from "vitest";
import type { Uitkomst } from "../bevinding/model.js";
import { heeftFout } from "../bevinding/model.js";
import type { Meerjarenagenda, RegionaleMeerjarenagenda } from "./model.js";
import { agendaRegels, toetsAgenda } from "./regels.js";

/** Een volledige, fictieve regionale agenda waarin elke regel voldaan is. */
const volledig: RegionaleMeerjarenagenda = {
  titel: "Regionale meerjarenagenda 2026-2030 (fictief)",
  niveau: "regionaal",
  regio: "AM26",
  vastgesteldDoor: "regionaal-beraad",
  beleidsagenda: {
    vastgesteldOp: "2025-11-20",
    looptijd: { vanaf: "2026-01-01", tot: "2030-12-31" },
    arbeidsmarktanalyse: { omschrijving: "Regionale arbeidsmarktanalyse 2025", datum: "2025-09-01", bronnen: ["UWV", "SBB", "VNG"] },
    ambities: [
      { id: "A1", titel: "Meer mensen met een arbeidsbeperking aan het werk", doelgroepen: ["arbeidsbeperking", "ggz-problematiek"] },
      { id: "A2", titel: "Voldoende personeel in zorg en kinderopvang", sectoren: ["zorg", "kinderopvang"], doelgroepen: ["migratieachtergrond", "ouderen"] },
      { id: "A3", titel: "Jongeren duurzaam aan het werk", doelgroepen: ["jongeren"] },
      { id: "A4", titel: "Goede dienstverlening aan arbeidsmigranten", doelgroepen: ["arbeidsmigranten"] },
    ],
  },
  uitvoeringsagenda: {
    vastgesteldOp: "2025-11-20",
    looptijd: { vanaf: "2026-01-01", tot: "2027-12-31" },
    acties: [
      { id: "U1", titel: "Oriëntatietrajecten zorg", ambities: ["A2"], partners: ["UWV", "Gemeente X", "ROC X"] },
      { id: "U2", titel: "Werkgeversaanpak banenafspraak", ambities: ["A1"], partners: ["UWV", "Werkgeversorganisatie"] },
      { id: "U3", titel: "Werk na detentie", ambities: ["A1"], meerderePartijenNodig: true, doelgroepen: ["ex-gedetineerden"] },
    ],
  },
  monitoring: {
    indicatoren: [
      { naam: "Aantal plaatsingen banenafspraak", soort: "kwantitatief", ambities: ["A1"] },
      { naam: "Ervaringen van werkgevers", soort: "kwalitatief" },
    ],
  },
  verbindingen: {
    crucialeSectoren: ["zorg", "kinderopvang"],
    klimaatEnDigitaleTransitie: [{ naam: "Actieplan groene en digitale banen" }],
    humanCapitalAgendas: [{ naam: "Human Capital Agenda Zorg" }],
    economicBoards: [{ naam: "Economic Board (fictief)" }],
    schoolNaarDuurzaamWerk: [{ naam: "Regionaal programma van school naar duurzaam werk" }],
    ontwikkelpaden: [{ naam: "Ontwikkelpad kinderopvang" }],
    winPunt: { naam: "WIN-punt (fictief)" },
    impulsbudget: [
      { jaar: 2026, bedrag: 50_000_000, omschrijving: "Oriëntatietrajecten en werkgeversaanpak", acties: ["U1", "U2"] },
      { jaar: 2027, bedrag: 60_000_000, omschrijving: "Voortzetting" },
    ],
  },
};

const PEIL = "2026-06-01";

function uitkomsten(a: Meerjarenagenda, regelId: string, peildatum = PEIL, instellingen?: { inwerkingtreding?: string; verloopvensterMaanden?: number }) {
  return toetsAgenda(a, { peildatum, ...(instellingen !== undefined && { instellingen }) })
    .bevindingen.filter((b) => b.regelId === regelId)
    .map((b) => ({ uitkomst: b.uitkomst, pad: b.pad.join("."), bericht: b.bericht }));
}
/** De volledige bevindingen van één regel (met ernst en gegevens). */
const volledigeBevindingen = (a: Meerjarenagenda, regelId: string, peildatum = PEIL) => toetsAgenda(a, { peildatum }).bevindingen.filter((b) => b.regelId === regelId);
const alleen = (a: Meerjarenagenda, regelId: string, peildatum = PEIL) => [...new Set(uitkomsten(a, regelId, peildatum).map((u) => u.uitkomst))];
const met = <T extends object>(basis: T, wijziging: Partial<T>): T => ({ ...basis, ...wijziging });
const zonder = <T extends object, K extends keyof T>(basis: T, ...sleutels: K[]): Omit<T, K> => {
  const kopie = { ...basis };
  for (const k of sleutels) delete kopie[k];
  return kopie;
};

describe("toetsAgenda: volledige agenda", () => {
  it("voldoet aan elke regel (geen niet-voldaan, niets te beoordelen)", () => {
    const r = toetsAgenda(volledig, { peildatum: PEIL });
    const open = r.bevindingen.filter((b) => b.uitkomst === "niet-voldaan" || b.uitkomst === "beoordelen");
    expect(open).toEqual([]);
    expect(new Set(r.bevindingen.map((b) => b.regelId))).toEqual(new Set(agendaRegels.map((x) => x.id)));
    expect(r.ontvangstbewijs.regels).toEqual(agendaRegels.map((x) => x.id));
    expect(heeftFout(r)).toBe(false);
  });

  it("muteert de (diep bevroren) invoer niet en is deterministisch", () => {
    const diepBevroren = <T>(x: T): T => {
      if (typeof x === "object" && x !== null) {
        for (const v of Object.values(x)) diepBevroren(v);
        Object.freeze(x);
      }
      return x;
    };
    const a = diepBevroren(structuredClone(volledig));
    const eerste = toetsAgenda(a, { peildatum: PEIL });
    expect(toetsAgenda(a, { peildatum: PEIL })).toEqual(eerste);
    expect(a).toEqual(volledig);
  });

  it("geen agendaregel heeft grondslag 'wet': ernst hoogstens waarschuwing, ook na de inwerkingtreding", () => {
    const leeg: Meerjarenagenda = { niveau: "regionaal", regio: "AM26" };
    const r = toetsAgenda(leeg, { peildatum: "2027-01-01" });
    expect(r.samenvatting.nietVoldaanPerErnst.fout).toBe(0);
    expect(r.samenvatting.nietVoldaanPerErnst.waarschuwing).toBeGreaterThan(0);
    expect(agendaRegels.every((x) => x.grondslag !== "wet")).toBe(true);
  });
});

describe("agenda/twee-delen", () => {
  it("voldaan met beide delen vastgesteld", () => expect(alleen(volledig, "agenda/twee-delen")).toEqual<Uitkomst[]>(["voldaan"]));
  it("niet-voldaan zonder uitvoeringsagenda, als concept of pas later vastgesteld", () => {
    expect(uitkomsten(zonder(volledig, "uitvoeringsagenda"), "agenda/twee-delen")).toContainEqual(expect.objectContaining({ uitkomst: "niet-voldaan", pad: "uitvoeringsagenda" }));
    const concept = met(volledig, { beleidsagenda: zonder(volledig.beleidsagenda!, "vastgesteldOp") });
    expect(uitkomsten(concept, "agenda/twee-delen")).toContainEqual(expect.objectContaining({ uitkomst: "niet-voldaan", pad: "beleidsagenda.vastgesteldOp", bericht: expect.stringContaining("concept") }));
    expect(uitkomsten(volledig, "agenda/twee-delen", "2025-11-19")).toContainEqual(expect.objectContaining({ uitkomst: "niet-voldaan", bericht: expect.stringContaining("pas op 2025-11-20") }));
  });
});

describe("agenda/vastgesteld-door-beraad", () => {
  it("voldaan door het Regionaal Beraad; landelijk door het Landelijk Beraad", () => {
    expect(alleen(volledig, "agenda/vastgesteld-door-beraad")).toEqual(["voldaan"]);
    const landelijk: Meerjarenagenda = { niveau: "landelijk", vastgesteldDoor: "landelijk-beraad", beleidsagenda: { vastgesteldOp: "2026-02-15" } };
    expect(alleen(landelijk, "agenda/vastgesteld-door-beraad")).toEqual(["voldaan"]);
  });
  it("niet-voldaan door het Regionaal Werkbedrijf, het verkeerde Beraad of zonder vermelding; n.v.t. als niets is vastgesteld", () => {
    expect(uitkomsten(met(volledig, { vastgesteldDoor: "regionaal-werkbedrijf" }), "agenda/vastgesteld-door-beraad")[0]).toMatchObject({ uitkomst: "niet-voldaan", bericht: expect.stringContaining("Regionaal Werkbedrijf") });
    expect(alleen(met(volledig, { vastgesteldDoor: "landelijk-beraad" }), "agenda/vastgesteld-door-beraad")).toEqual(["niet-voldaan"]);
    expect(uitkomsten(zonder(volledig, "vastgesteldDoor"), "agenda/vastgesteld-door-beraad")[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: "vastgesteldDoor" });
    expect(alleen({ niveau: "regionaal", regio: "AM26" }, "agenda/vastgesteld-door-beraad")).toEqual(["niet-van-toepassing"]);
  });
});

describe("agenda/looptijd-niet-overschreden", () => {
  it("voldaan zolang beide delen niet verlopen zijn, ook binnen het verloopvenster (met de vervaldatum in het bericht)", () => {
    expect(alleen(volledig, "agenda/looptijd-niet-overschreden")).toEqual(["voldaan"]);
    const binnenkort = uitkomsten(volledig, "agenda/looptijd-niet-overschreden", "2027-11-19");
    expect(binnenkort[1]).toMatchObject({ uitkomst: "voldaan", bericht: expect.stringContaining("verloopt op 2028-01-01") });
    expect(binnenkort[1]?.bericht).toContain("Volgens de handreiking (HRT §1.3, eens in de 2 jaar, gerekend vanaf de vaststelling) is uiterlijk op 2027-11-20 een nieuwe nodig.");
  });
  it("beoordelen als de lezingen verschillen: KB2024 (looptijd 2026-2030) actueel, HRT (eens in de 5 jaar vanaf de vaststelling op 2025-11-15) verlopen", () => {
    const a: Meerjarenagenda = { niveau: "regionaal", regio: "AM26", beleidsagenda: { vastgesteldOp: "2025-11-15", looptijd: { vanaf: "2026-01-01", tot: "2030-12-31" } } };
    expect(uitkomsten(a, "agenda/looptijd-niet-overschreden", "2030-11-14")[0]?.uitkomst).toBe("voldaan");
    const u = uitkomsten(a, "agenda/looptijd-niet-overschreden", "2030-11-20")[0];
    expect(u).toMatchObject({ uitkomst: "beoordelen", pad: "beleidsagenda.vastgesteldOp" });
    expect(u?.bericht).toContain("volgens KB2024 §4 (een looptijd van 5 jaar vanaf het begin van de looptijd) is hij actueel tot 2031-01-01");
    expect(u?.bericht).toContain("volgens de handreiking HRT §1.3 (eens in de 5 jaar, gerekend vanaf de vaststelling) verlopen sinds 2030-11-15");
    const na = uitkomsten(a, "agenda/looptijd-niet-overschreden", "2031-01-01")[0];
    expect(na).toMatchObject({ uitkomst: "niet-voldaan", bericht: expect.stringContaining("Volgens de handreiking (HRT §1.3, eens in de 5 jaar, gerekend vanaf de vaststelling) is hij verlopen sinds 2030-11-15.") });
  });
  it("niet-voldaan op de vervaldag van de uitvoeringsagenda (eigen looptijd tot en met 2027-12-31)", () => {
    const u = uitkomsten(volledig, "agenda/looptijd-niet-overschreden", "2028-01-01");
    // Binnen een regel eerst wat aandacht vraagt (voerRegelsUit).
    expect(u[1]?.uitkomst).toBe("voldaan");
    expect(u[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: "uitvoeringsagenda.vastgesteldOp", bericht: expect.stringContaining("verlopen sinds 2028-01-01") });
  });
  it("een beleidsagenda van 29 februari 2024 zonder eigen looptijd is actueel tot en met 28 februari 2029 en verlopen op 1 maart 2029", () => {
    const a: Meerjarenagenda = { niveau: "landelijk", beleidsagenda: { vastgesteldOp: "2024-02-29" } };
    expect(uitkomsten(a, "agenda/looptijd-niet-overschreden", "2029-02-28")[0]?.uitkomst).toBe("voldaan");
    expect(uitkomsten(a, "agenda/looptijd-niet-overschreden", "2029-03-01")[0]?.uitkomst).toBe("niet-voldaan");
  });
  it("n.v.t. voor een ontbrekend deel", () => expect(alleen({ niveau: "landelijk" }, "agenda/looptijd-niet-overschreden")).toEqual(["niet-van-toepassing"]));
});

describe("agenda/looptijd-binnen-termijn", () => {
  it("voldaan voor 2026-2030 en 2026-2027; n.v.t. zonder eigen looptijd", () => {
    expect(alleen(volledig, "agenda/looptijd-binnen-termijn")).toEqual(["voldaan"]);
    expect(alleen({ niveau: "landelijk", beleidsagenda: { vastgesteldOp: "2026-01-01" } }, "agenda/looptijd-binnen-termijn")).toEqual(["niet-van-toepassing"]);
  });
  it("niet-voldaan voor een beleidsagenda 2026-2031 of een uitvoeringsagenda van drie jaar", () => {
    const lang = met(volledig, { beleidsagenda: { ...volledig.beleidsagenda!, looptijd: { vanaf: "2026-01-01", tot: "2031-12-31" } } });
    expect(uitkomsten(lang, "agenda/looptijd-binnen-termijn")[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: "beleidsagenda.looptijd.tot", bericht: expect.stringContaining("uiterlijk 2030-12-31") });
    const drie = met(volledig, { uitvoeringsagenda: { ...volledig.uitvoeringsagenda!, looptijd: { vanaf: "2026-01-01", tot: "2028-12-31" } } });
    expect(uitkomsten(drie, "agenda/looptijd-binnen-termijn").map((u) => [u.uitkomst, u.pad])).toEqual([["niet-voldaan", "uitvoeringsagenda.looptijd.tot"], ["voldaan", "beleidsagenda.looptijd"]]);
  });
  it("schrikkeldag: een looptijd van 2024-02-29 tot en met 2029-02-28 is precies 5 jaar, net als 2024-03-01 tot en met 2029-02-28", () => {
    const beleid = (vanaf: string, tot: string): Meerjarenagenda => ({ niveau: "landelijk", beleidsagenda: { vastgesteldOp: vanaf, looptijd: { vanaf, tot } } });
    const schrikkel = volledigeBevindingen(beleid("2024-02-29", "2029-02-28"), "agenda/looptijd-binnen-termijn")[0];
    expect(schrikkel).toMatchObject({ uitkomst: "voldaan", gegevens: { uiterlijkeLaatsteDag: "2029-02-28" } });
    expect(uitkomsten(beleid("2024-03-01", "2029-02-28"), "agenda/looptijd-binnen-termijn")[0]?.uitkomst).toBe("voldaan");
    expect(uitkomsten(beleid("2024-03-01", "2029-03-01"), "agenda/looptijd-binnen-termijn")[0]?.uitkomst).toBe("niet-voldaan");
    expect(volledigeBevindingen(beleid("2024-01-01", "2028-12-31"), "agenda/looptijd-binnen-termijn")[0]).toMatchObject({ uitkomst: "voldaan", gegevens: { uiterlijkeLaatsteDag: "2028-12-31" } });
    // een termijn vanaf 1 maart 2023 omvat 29 februari 2028
    expect(volledigeBevindingen(beleid("2023-03-01", "2028-02-29"), "agenda/looptijd-binnen-termijn")[0]).toMatchObject({ uitkomst: "voldaan", gegevens: { uiterlijkeLaatsteDag: "2028-02-29" } });
    // dezelfde regel in de cyclus: een agenda die haar hele looptijd benut, verloopt pas de dag na de laatste dag
    expect(uitkomsten(beleid("2024-02-29", "2029-02-28"), "agenda/looptijd-niet-overschreden", "2029-02-28")[0]?.uitkomst).toBe("voldaan");
  });
});

describe("agenda/analyse-en-ambities", () => {
  it("voldaan met analyse en ambities", () => expect(alleen(volledig, "agenda/analyse-en-ambities")).toEqual(["voldaan"]));
  it("niet-voldaan zonder analyse of zonder ambities; analyse n.v.t. voor de landelijke agenda", () => {
    const b = volledig.beleidsagenda!;
    expect(uitkomsten(met(volledig, { beleidsagenda: zonder(b, "arbeidsmarktanalyse") }), "agenda/analyse-en-ambities")[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: "beleidsagenda.arbeidsmarktanalyse" });
    expect(uitkomsten(met(volledig, { beleidsagenda: { ...b, ambities: [] } }), "agenda/analyse-en-ambities")[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: "beleidsagenda.ambities" });
    const landelijk: Meerjarenagenda = { niveau: "landelijk", beleidsagenda: { vastgesteldOp: "2026-02-15", ambities: [{ id: "L1", titel: "x" }] } };
    expect(uitkomsten(landelijk, "agenda/analyse-en-ambities").map((u) => u.uitkomst)).toEqual(["voldaan", "niet-van-toepassing"]);
  });
});

describe("agenda/actie-dient-ambitie", () => {
  it("voldaan als elke actie een bestaande ambitie noemt", () => expect(alleen(volledig, "agenda/actie-dient-ambitie")).toEqual(["voldaan"]));
  it("niet-voldaan zonder ambitie, met een onbekende ambitie of zonder acties; beoordelen zonder ambities om te controleren", () => {
    const u = volledig.uitvoeringsagenda!;
    const acties = [{ titel: "Zonder ambitie", partners: ["UWV", "SBB"] }, { titel: "Onbekend", ambities: ["A9"], partners: ["UWV", "SBB"] }];
    const r = uitkomsten(met(volledig, { uitvoeringsagenda: { ...u, acties } }), "agenda/actie-dient-ambitie");
    expect(r).toEqual([
      expect.objectContaining({ uitkomst: "niet-voldaan", pad: "uitvoeringsagenda.acties.0.ambities" }),
      expect.objectContaining({ uitkomst: "niet-voldaan", pad: "uitvoeringsagenda.acties.1.ambities", bericht: expect.stringContaining("A9") }),
    ]);
    expect(uitkomsten(met(volledig, { uitvoeringsagenda: { ...u, acties: [] } }), "agenda/actie-dient-ambitie")[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: "uitvoeringsagenda.acties" });
    expect(alleen(zonder(volledig, "beleidsagenda"), "agenda/actie-dient-ambitie")).toEqual(["beoordelen"]);
  });
});

describe("agenda/actie-gezamenlijk", () => {
  it("voldaan met twee partners of de markering meerderePartijenNodig", () => expect(alleen(volledig, "agenda/actie-gezamenlijk")).toEqual(["voldaan"]));
  it("niet-voldaan met één partner (ook als die dubbel staat) of zonder partners", () => {
    const acties = [
      { titel: "Eén trekker", ambities: ["A1"], partners: ["UWV", " uwv "] },
      { titel: "Niemand", ambities: ["A1"] },
    ];
    const r = uitkomsten(met(volledig, { uitvoeringsagenda: { ...volledig.uitvoeringsagenda!, acties } }), "agenda/actie-gezamenlijk");
    expect(r.map((x) => [x.uitkomst, x.pad])).toEqual([
      ["niet-voldaan", "uitvoeringsagenda.acties.0.partners"],
      ["niet-voldaan", "uitvoeringsagenda.acties.1.partners"],
    ]);
  });
});

describe("agenda/monitoring-beide-soorten", () => {
  it("voldaan met beide soorten", () => expect(alleen(volledig, "agenda/monitoring-beide-soorten")).toEqual(["voldaan"]));
  it("niet-voldaan zonder kwalitatieve indicator of zonder monitoring", () => {
    const m = { indicatoren: [{ naam: "Plaatsingen", soort: "kwantitatief" as const }] };
    expect(uitkomsten(met(volledig, { monitoring: m }), "agenda/monitoring-beide-soorten").map((u) => u.uitkomst)).toEqual(["niet-voldaan", "voldaan"]);
    expect(uitkomsten(zonder(volledig, "monitoring"), "agenda/monitoring-beide-soorten")).toEqual([expect.objectContaining({ uitkomst: "niet-voldaan", pad: "monitoring" })]);
  });
});

describe("agenda/kwetsbare-groepen", () => {
  it("voldaan: elke groep is doelgroep van een ambitie of actie", () => {
    const r = uitkomsten(volledig, "agenda/kwetsbare-groepen");
    expect(r).toHaveLength(7);
    expect(r.every((x) => x.uitkomst === "voldaan")).toBe(true);
  });
  it("bewust weggelaten met reden en analyse: voldaan; zonder analyse: niet-voldaan; niet genoemd: niet-voldaan", () => {
    const b = volledig.beleidsagenda!;
    const zonderOuderen = met(volledig, {
      beleidsagenda: { ...b, ambities: b.ambities!.map((x) => (x.id === "A2" ? { ...x, doelgroepen: ["migratieachtergrond" as const] } : x)) },
    });
    const ouderen = (a: Meerjarenagenda) => uitkomsten(a, "agenda/kwetsbare-groepen").find((x) => x.bericht.includes("ouderen"));
    expect(ouderen(zonderOuderen)).toMatchObject({ uitkomst: "niet-voldaan", pad: "verbindingen.kwetsbareGroepen" });
    const bewust = met(zonderOuderen, { verbindingen: { ...volledig.verbindingen, kwetsbareGroepen: [{ groep: "ouderen", keuze: "bewust-niet-opgenomen", reden: "Volgens de analyse geen knelpunt in deze regio" }] } });
    expect(ouderen(bewust)).toMatchObject({ uitkomst: "voldaan", pad: "verbindingen.kwetsbareGroepen.0" });
    const zonderAnalyse = met(bewust, { beleidsagenda: zonder(bewust.beleidsagenda!, "arbeidsmarktanalyse") });
    expect(ouderen(zonderAnalyse)).toMatchObject({ uitkomst: "niet-voldaan", bericht: expect.stringContaining("geen regionale arbeidsmarktanalyse") });
  });
  it("beoordelen bij 'opgenomen' zonder ambitie of actie, bij een tegenstrijdige keuze en bij weglaten in de landelijke agenda", () => {
    const opgenomen: Meerjarenagenda = { niveau: "regionaal", regio: "AM26", verbindingen: { kwetsbareGroepen: [{ groep: "ouderen", keuze: "opgenomen" }] } };
    expect(uitkomsten(opgenomen, "agenda/kwetsbare-groepen").find((x) => x.bericht.includes("ouderen"))?.uitkomst).toBe("beoordelen");
    const tegenstrijdig = met(volledig, { verbindingen: { ...volledig.verbindingen, kwetsbareGroepen: [{ groep: "jongeren", keuze: "bewust-niet-opgenomen", reden: "x" }] } });
    expect(uitkomsten(tegenstrijdig, "agenda/kwetsbare-groepen").find((x) => x.bericht.includes("jongeren"))?.uitkomst).toBe("beoordelen");
    const landelijk: Meerjarenagenda = { niveau: "landelijk", verbindingen: { kwetsbareGroepen: [{ groep: "ouderen", keuze: "bewust-niet-opgenomen", reden: "x" }] } };
    expect(uitkomsten(landelijk, "agenda/kwetsbare-groepen").find((x) => x.bericht.includes("ouderen"))?.uitkomst).toBe("beoordelen");
  });
});

describe("agenda/arbeidsmigranten", () => {
  it("voldaan als doelgroep, via het WIN-punt of als opgenomen groep", () => {
    expect(alleen(volledig, "agenda/arbeidsmigranten")).toEqual(["voldaan"]);
    expect(alleen({ niveau: "landelijk", verbindingen: { winPunt: { naam: "WIN-punten" } } }, "agenda/arbeidsmigranten")).toEqual(["voldaan"]);
    expect(alleen({ niveau: "landelijk", verbindingen: { kwetsbareGroepen: [{ groep: "arbeidsmigranten", keuze: "opgenomen" }] } }, "agenda/arbeidsmigranten")).toEqual(["voldaan"]);
  });
  it("niet-voldaan zonder plek, ook als de groep bewust is weggelaten (S9 tegenover KB2024)", () => {
    expect(uitkomsten({ niveau: "landelijk" }, "agenda/arbeidsmigranten")[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: "verbindingen.winPunt" });
    const weg: Meerjarenagenda = { niveau: "regionaal", regio: "AM26", verbindingen: { kwetsbareGroepen: [{ groep: "arbeidsmigranten", keuze: "bewust-niet-opgenomen", reden: "weinig arbeidsmigranten" }] } };
    expect(uitkomsten(weg, "agenda/arbeidsmigranten")[0]).toMatchObject({ uitkomst: "niet-voldaan", bericht: expect.stringMatching(/KB2024.*S9/) });
  });
});

describe("agenda/regionale-agenda-per-2026", () => {
  it("niet van toepassing vóór 1 januari 2026 en voor de landelijke agenda", () => {
    expect(alleen({ niveau: "regionaal", regio: "AM26" }, "agenda/regionale-agenda-per-2026", "2025-12-31")).toEqual(["niet-van-toepassing"]);
    expect(alleen({ niveau: "landelijk" }, "agenda/regionale-agenda-per-2026", "2026-06-01")).toEqual(["niet-van-toepassing"]);
  });
  it("voldaan met een agenda die uiterlijk op 1 januari 2026 is vastgesteld", () => {
    expect(uitkomsten(volledig, "agenda/regionale-agenda-per-2026", "2026-01-01")[0]).toMatchObject({ uitkomst: "voldaan", bericht: expect.stringContaining("op tijd") });
  });
  it("beoordelen met een agenda die na 1 januari 2026 is vastgesteld: er kan een eerdere agenda zijn geweest (HRT §1.3: 'per 1 januari 2026 te werken op basis van')", () => {
    const laat = met(volledig, { beleidsagenda: { ...volledig.beleidsagenda!, vastgesteldOp: "2026-01-02" }, uitvoeringsagenda: { ...volledig.uitvoeringsagenda!, vastgesteldOp: "2026-01-02" } });
    const u = volledigeBevindingen(laat, "agenda/regionale-agenda-per-2026", "2026-03-01")[0];
    expect(u).toMatchObject({
      uitkomst: "beoordelen",
      pad: ["beleidsagenda", "vastgesteldOp"],
      grondslag: "handreiking",
      bericht: expect.stringContaining("op 2026-01-02 vastgesteld, na de inzet om per 2026-01-01 te werken op basis van een regionale meerjarenagenda"),
      hint: expect.stringContaining("eerdere regionale meerjarenagenda"),
    });
  });
  it("niet-voldaan vanaf 1 januari 2026 zonder vastgesteld deel", () => {
    expect(uitkomsten({ niveau: "regionaal", regio: "AM26" }, "agenda/regionale-agenda-per-2026", "2026-01-01")[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: "beleidsagenda" });
    const concept = met(volledig, { beleidsagenda: zonder(volledig.beleidsagenda!, "vastgesteldOp"), uitvoeringsagenda: zonder(volledig.uitvoeringsagenda!, "vastgesteldOp") });
    expect(uitkomsten(concept, "agenda/regionale-agenda-per-2026")[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: "beleidsagenda.vastgesteldOp" });
  });
});

describe("agenda/verbonden-met-opgaven", () => {
  it("voldaan met alle vier de verbindingen; cruciale sectoren ook via de ambities", () => {
    expect(uitkomsten(volledig, "agenda/verbonden-met-opgaven").map((u) => u.uitkomst)).toEqual(["voldaan", "voldaan", "voldaan", "voldaan"]);
    const viaAmbities = met(volledig, { verbindingen: zonder(volledig.verbindingen!, "crucialeSectoren") });
    expect(uitkomsten(viaAmbities, "agenda/verbonden-met-opgaven")[0]).toMatchObject({ uitkomst: "voldaan", pad: "beleidsagenda.ambities" });
  });
  it("niet-voldaan zonder Economic Boards; voldaan als bewust niet verbonden met reden", () => {
    const zonderEb = met(volledig, { verbindingen: zonder(volledig.verbindingen!, "economicBoards") });
    expect(uitkomsten(zonderEb, "agenda/verbonden-met-opgaven")[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: "verbindingen.economicBoards" });
    const bewust = met(zonderEb, { verbindingen: { ...zonderEb.verbindingen, nietVerbonden: [{ onderwerp: "economic-boards", reden: "De provincie heeft geen Economic Board" }] } });
    expect(uitkomsten(bewust, "agenda/verbonden-met-opgaven")[3]).toMatchObject({ uitkomst: "voldaan", pad: "verbindingen.nietVerbonden.0" });
  });
});

describe("agenda/school-naar-duurzaam-werk", () => {
  it("voldaan met het regionaal programma; n.v.t. voor de landelijke agenda", () => {
    expect(alleen(volledig, "agenda/school-naar-duurzaam-werk")).toEqual(["voldaan"]);
    expect(alleen({ niveau: "landelijk" }, "agenda/school-naar-duurzaam-werk")).toEqual(["niet-van-toepassing"]);
  });
  it("niet-voldaan zonder verbinding", () => {
    expect(alleen(met(volledig, { verbindingen: zonder(volledig.verbindingen!, "schoolNaarDuurzaamWerk") }), "agenda/school-naar-duurzaam-werk")).toEqual(["niet-voldaan"]);
  });
});

describe("agenda/impulsbudget-besteding", () => {
  it("voldaan met een besteding binnen het impulsbudget per regio", () => expect(alleen(volledig, "agenda/impulsbudget-besteding")).toEqual(["voldaan"]));
  it("niet-voldaan zonder besteding; voldaan met een reden om het niet op te nemen", () => {
    const geen = met(volledig, { verbindingen: zonder(volledig.verbindingen!, "impulsbudget") });
    expect(uitkomsten(geen, "agenda/impulsbudget-besteding")[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: "verbindingen.impulsbudget" });
    const reden = met(geen, { verbindingen: { ...geen.verbindingen, nietVerbonden: [{ onderwerp: "impulsbudget", reden: "In een apart bestedingsplan van het Beraad" }] } });
    expect(alleen(reden, "agenda/impulsbudget-besteding")).toEqual(["voldaan"]);
  });
  it("beoordelen boven het impulsbudget (2026: € 827.390), bij betwiste bedragen (2033) en zonder bedrag (2024)", () => {
    const posten = (jaar: number, bedrag: number) => met(volledig, { verbindingen: { ...volledig.verbindingen, impulsbudget: [{ jaar, bedrag, omschrijving: "x" }] } });
    expect(alleen(posten(2026, 82_739_000), "agenda/impulsbudget-besteding")).toEqual(["voldaan"]);
    expect(uitkomsten(posten(2026, 82_739_001), "agenda/impulsbudget-besteding")[0]).toMatchObject({ uitkomst: "beoordelen", pad: "verbindingen.impulsbudget.0.bedrag", bericht: expect.stringContaining("€ 827.390") });
    expect(uitkomsten(posten(2033, 100_000), "agenda/impulsbudget-besteding")[0]).toMatchObject({
      uitkomst: "beoordelen",
      bericht: expect.stringMatching(/HRT .*€ 174\.068 en past de planning daarbinnen; volgens NOTA2026 .*€ 0 en gaat de planning er € 1\.000 boven/),
    });
    expect(alleen(posten(2024, 100), "agenda/impulsbudget-besteding")).toEqual(["beoordelen"]);
  });
  it("n.v.t. voor de landelijke agenda", () => expect(alleen({ niveau: "landelijk" }, "agenda/impulsbudget-besteding")).toEqual(["niet-van-toepassing"]));
});

describe("geheugen van de cyclus per toets", () => {
  // De agendaregels rekenen de cyclus één keer per toets uit (snelheid). Een context die de
  // aanroeper hergebruikt, mag na een wijziging van de agenda geen oude uitkomst geven.
  it("een hergebruikte context geeft na een wijziging van de agenda de nieuwe uitkomst", async () => {
    const { maakContext, voerRegelsUit } = await import("../bevinding/model.js");
    const regel = agendaRegels.find((r) => r.id === "agenda/looptijd-niet-overschreden")!;
    const ctx = maakContext({ peildatum: "2026-09-01" });
    const agenda: { niveau: "regionaal"; regio: string; beleidsagenda: { vastgesteldOp: string }; uitvoeringsagenda: { vastgesteldOp: string } } = {
      niveau: "regionaal",
      regio: "AM14",
      beleidsagenda: { vastgesteldOp: "2025-06-01" },
      uitvoeringsagenda: { vastgesteldOp: "2025-06-01" },
    };
    expect(voerRegelsUit([regel], agenda, ctx).map((b) => b.uitkomst)).toEqual(["voldaan", "voldaan"]);
    agenda.uitvoeringsagenda.vastgesteldOp = "2020-01-01";
    expect(voerRegelsUit([regel], agenda, ctx).map((b) => b.uitkomst)).toEqual(["niet-voldaan", "voldaan"]);
    // Ook rechtstreeks: een andere context rekent opnieuw.
    agenda.beleidsagenda.vastgesteldOp = "2019-01-01";
    expect(regel.toets(agenda, maakContext({ peildatum: "2026-09-01" })).map((u) => u.uitkomst)).toEqual(["niet-voldaan", "niet-voldaan"]);
  });

  it("binnen één toets geven de regels dezelfde cyclus als agendaCyclus", async () => {
    const { agendaCyclus } = await import("./cyclus.js");
    const r = toetsAgenda(volledig, { peildatum: "2026-09-01" });
    const looptijd = r.bevindingen.filter((b) => b.regelId === "agenda/looptijd-niet-overschreden");
    const c = agendaCyclus(volledig, { peildatum: "2026-09-01" });
    expect(looptijd.map((b) => (b.gegevens as { cyclus: unknown }).cyclus)).toEqual([c.beleidsagenda, c.uitvoeringsagenda]);
  });
});
