import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diepBevroren, met, volledigWerkcentrum } from "../../test/hulp/fixtures.js";
import { maakContext, type Regel, type RegelUitkomst } from "../bevinding/model.js";
import type { Instellingen } from "../tijd/instellingen.js";
import type { Werkcentrum } from "./model.js";
import {
  binnenlopenZonderAfspraak,
  extraGidsen,
  functieomschrijvingGids,
  fysiekKanaal,
  geenOudeNamen,
  gidsfunctieBezetting,
  gidstakenRegel,
  hostVan,
  kanalenInRegio,
  locatiesoorten,
  oudeNaamIn,
  toegangspoortCompleet,
  werkcentrumNaam,
  werkcentrumRegels,
  werkcentrumRegio,
  werkcentrumSubdomein,
  werkgeversdienstverleningViaWerkcentrum,
} from "./regels.js";
import { toetsWerkcentrum } from "./toets.js";

function toets(regel: Regel<Werkcentrum>, w: Werkcentrum, peildatum = "2026-09-01", instellingen?: Instellingen): readonly RegelUitkomst[] {
  return regel.toets(diepBevroren(w), maakContext({ peildatum, ...(instellingen !== undefined && { instellingen }) }));
}
const uitkomsten = (u: readonly RegelUitkomst[]) => u.map((x) => x.uitkomst);
const basis = volledigWerkcentrum;

describe("werkcentrum: het volledige voorbeeld voldoet aan elke regel", () => {
  for (const r of werkcentrumRegels) {
    it(r.id, () => {
      const u = toets(r, basis());
      expect(uitkomsten(u).every((x) => x === "voldaan"), JSON.stringify(u)).toBe(true);
    });
  }
});

describe("werkcentrum/regio, naam en subdomein", () => {
  it("onbekende regio: niet-voldaan; naam en subdomein niet van toepassing", () => {
    const w = { ...basis(), regio: "Rijnmondd" };
    expect(toets(werkcentrumRegio, w)[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: ["regio"] });
    expect(uitkomsten(toets(werkcentrumNaam, w))).toEqual(["niet-van-toepassing"]);
    expect(uitkomsten(toets(werkcentrumSubdomein, w))).toEqual(["niet-van-toepassing"]);
  });

  it.each([
    ["Werkcentrum Rijnmond", "Rijnmond", "voldaan"],
    ["werkcentrum rijnmond", "AM22", "voldaan"],
    ["Werkcentrum regio Groot-Amsterdam", "Groot Amsterdam", "voldaan"],
    ["Werkcentrum Groot Amsterdam", "AM18", "voldaan"],
    ["Werkcentrum Groningen Noord-Drenthe", "Groningen", "voldaan"],
    ["Werkcentrum regio Amersfoort", "Amersfoort", "voldaan"],
    ["Regionaal Werkcentrum Drechtsteden", "Drechtsteden", "niet-voldaan"],
    ["Werkplein Rijnmond", "Rijnmond", "niet-voldaan"],
    ["Werkcentrum Haaglanden", "Rijnmond", "niet-voldaan"],
  ])("naam %j in %s: %s", (naam, regio, verwacht) => {
    expect(toets(werkcentrumNaam, { ...basis(), regio, naam })[0]?.uitkomst).toBe(verwacht);
  });

  it("zonder naam: niet-voldaan op /naam met de verwachte naam", () => {
    expect(toets(werkcentrumNaam, met(basis(), ["naam"], undefined))[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: ["naam"], gegevens: { verwacht: "Werkcentrum Rijnmond" } });
  });

  it.each([
    ["https://rijnmond.werkcentrum.nl", "voldaan"],
    ["www.rijnmond.werkcentrum.nl/werkzoekenden", "voldaan"],
    ["HTTPS://Rijnmond.Werkcentrum.nl:443/", "voldaan"],
    ["https://werkcentrumrijnmond.nl", "niet-voldaan"],
    ["https://haaglanden.werkcentrum.nl", "niet-voldaan"],
  ])("subdomein %s: %s", (website, verwacht) => {
    expect(toets(werkcentrumSubdomein, met(basis(), ["toegangspoort", "website"], website))[0]?.uitkomst).toBe(verwacht);
  });

  it("subdomein met een alias (Groot-Amsterdam) en zonder website", () => {
    const w: Werkcentrum = { regio: "AM18", toegangspoort: { website: "grootamsterdam.werkcentrum.nl" } };
    expect(toets(werkcentrumSubdomein, w)[0]?.uitkomst).toBe("voldaan");
    expect(toets(werkcentrumSubdomein, { regio: "AM18" })[0]?.uitkomst).toBe("niet-van-toepassing");
    expect(hostVan(" http://www.Voorbeeld.nl/pad?x=1 ")).toBe("voorbeeld.nl");
  });
});

describe("werkcentrum/toegangspoort-compleet", () => {
  it("elk ontbrekend onderdeel is een eigen bevinding met het pad van dat veld", () => {
    expect(toets(toegangspoortCompleet, met(basis(), ["toegangspoort"], undefined))).toEqual([expect.objectContaining({ uitkomst: "niet-voldaan", pad: ["toegangspoort"] })]);
    const u = toets(toegangspoortCompleet, met(met(basis(), ["toegangspoort", "telefoon"], undefined), ["toegangspoort", "adres"], " "));
    expect(u.map((x) => x.pad.join("."))).toEqual(["toegangspoort.telefoon", "toegangspoort.adres"]);
  });
  it("ongeldig e-mailadres of webadres", () => {
    expect(toets(toegangspoortCompleet, met(basis(), ["toegangspoort", "email"], "info-at-rijnmond"))).toEqual([expect.objectContaining({ pad: ["toegangspoort", "email"] })]);
    expect(toets(toegangspoortCompleet, met(basis(), ["toegangspoort", "website"], "rijnmond"))).toEqual([expect.objectContaining({ pad: ["toegangspoort", "website"] })]);
  });
});

describe("werkcentrum/fysiek-kanaal en binnenlopen-zonder-afspraak", () => {
  it("geen kanalen of alleen brochurelocaties: niet-voldaan", () => {
    expect(toets(fysiekKanaal, met(basis(), ["kanalen"], []))[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: ["kanalen"] });
    const brochures = met(basis(), ["kanalen"], [{ naam: "Display", soort: "brochurelocatie" }]);
    expect(toets(fysiekKanaal, brochures)[0]?.uitkomst).toBe("niet-voldaan");
    expect(toets(binnenlopenZonderAfspraak, brochures)[0]?.uitkomst).toBe("niet-van-toepassing");
  });
  it("nergens vrije inloop: beoordelen op het eerste kanaal zonder vastlegging (onbekend), niet-voldaan als alles nee is", () => {
    const w = met(basis(), ["kanalen", 0, "zonderAfspraak"], false);
    expect(toets(binnenlopenZonderAfspraak, w)[0]).toMatchObject({ uitkomst: "beoordelen", pad: ["kanalen", 1, "zonderAfspraak"] });
    const allesNee = met(met(w, ["kanalen", 1, "zonderAfspraak"], false), ["kanalen", 2, "zonderAfspraak"], false);
    expect(toets(binnenlopenZonderAfspraak, allesNee)[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: ["kanalen", 0, "zonderAfspraak"] });
    expect(toets(binnenlopenZonderAfspraak, allesNee)[0]?.bericht).toContain("Bij geen enkel kanaal kunnen");
    // De regel rust op een nieuwsbericht (S11): handreiking, dus een advies, geen waarschuwing; ook na de wet.
    for (const peildatum of ["2026-03-01", "2026-09-01"]) {
      const b = toetsWerkcentrum(allesNee, { peildatum }).bevindingen.find((x) => x.regelId === "werkcentrum/binnenlopen-zonder-afspraak");
      expect(b, peildatum).toMatchObject({ uitkomst: "niet-voldaan", ernst: "advies" });
    }
  });
});

describe("werkcentrum/locatiesoorten (voorbeeld Rijnmond)", () => {
  it("brochurelocatie zonder personeel met inloop: niet-voldaan", () => {
    const u = toets(locatiesoorten, met(basis(), ["kanalen", 3, "zonderAfspraak"], true));
    expect(u).toEqual([expect.objectContaining({ uitkomst: "niet-voldaan", pad: ["kanalen", 3, "zonderAfspraak"] })]);
  });
  it("informatielocatie zonder partner of medewerker", () => {
    const u = toets(locatiesoorten, met(met(basis(), ["kanalen", 2, "bemensing"], undefined), ["kanalen", 2, "beheerder"], undefined));
    expect(u.map((x) => x.pad.join("."))).toEqual(["kanalen.2.beheerder", "kanalen.2.bemensing"]);
  });
  it("dienstverleningslocatie: niet publiek, bemensing zonder de beheerder, huisstijl van het Werkcentrum", () => {
    const w = met(met(met(basis(), ["kanalen", 1, "publiekToegankelijk"], false), ["kanalen", 1, "bemensing"], ["Gemeente Rotterdam"]), ["kanalen", 1, "huisstijl"], "werkcentrum");
    expect(toets(locatiesoorten, w).map((x) => [x.uitkomst, x.pad.join(".")])).toEqual([
      ["niet-voldaan", "kanalen.1.publiekToegankelijk"],
      ["niet-voldaan", "kanalen.1.bemensing"],
      ["beoordelen", "kanalen.1.huisstijl"],
    ]);
    expect(toets(locatiesoorten, met(basis(), ["kanalen", 1, "beheerder"], undefined))[0]?.pad).toEqual(["kanalen", 1, "beheerder"]);
  });
  it("flagshipstore in partnerhuisstijl of alleen in het weekend open", () => {
    expect(toets(locatiesoorten, met(basis(), ["kanalen", 0, "huisstijl"], "partner"))[0]?.uitkomst).toBe("beoordelen");
    const weekend = met(basis(), ["kanalen", 0, "openingstijden"], [{ dagen: ["za", "zo"], van: "10:00", tot: "16:00" }]);
    expect(toets(locatiesoorten, weekend)[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: ["kanalen", 0, "openingstijden"] });
  });
  it("een openingstijd met de eindtijd niet na de begintijd (invoer buiten parseWerkcentrum om) wordt beoordeeld, bij elk soort kanaal", () => {
    const omgekeerd = met(basis(), ["kanalen", 0, "openingstijden"], [{ dagen: ["ma"], van: "17:00", tot: "09:00" }]);
    expect(toets(locatiesoorten, omgekeerd)).toEqual([
      expect.objectContaining({ uitkomst: "beoordelen", pad: ["kanalen", 0, "openingstijden", 0, "tot"], gegevens: { van: "17:00", tot: "09:00" }, bericht: expect.stringContaining("de eindtijd ligt niet na de begintijd") }),
    ]);
    const w: Werkcentrum = { regio: "Rijnmond", kanalen: [{ naam: "Bus", soort: "mobiel", openingstijden: [{ dagen: ["za"], van: "9:00", tot: "12:00" }, { dagen: ["zo"], van: "10:00", tot: "10:00" }, { dagen: ["ma"], van: "10:00", tot: "24:00" }] }] };
    expect(toets(locatiesoorten, w).map((x) => [x.uitkomst, x.pad.join("."), x.bericht])).toEqual([
      ["beoordelen", "kanalen.0.openingstijden.0.van", "Bus: openingstijd za van 9:00 tot 12:00: de begintijd is geen tijd in de vorm UU:MM, dus is niet te zien wanneer het kanaal open is."],
      ["beoordelen", "kanalen.0.openingstijden.1.tot", "Bus: openingstijd zo van 10:00 tot 10:00: de eindtijd ligt niet na de begintijd, dus is niet te zien wanneer het kanaal open is."],
      ["beoordelen", "kanalen.0.openingstijden.2.tot", "Bus: openingstijd ma van 10:00 tot 24:00: de eindtijd is geen tijd in de vorm UU:MM, dus is niet te zien wanneer het kanaal open is."],
    ]);
    // Meerdere dagen met komma's; de hint zegt hoe het wel moet.
    const tweeDagen = toets(locatiesoorten, met(basis(), ["kanalen", 0, "openingstijden"], [{ dagen: ["ma", "di", "wo"], van: "22:00", tot: "02:00" }]))[0]!;
    expect(tweeDagen.bericht).toMatch(/: openingstijd ma, di, wo van 22:00 tot 02:00: de eindtijd ligt niet na de begintijd/);
    expect(tweeDagen.hint).toBe("Geef van en tot als UU:MM met tot na van (openingstijden over middernacht: splits ze over twee dagen).");
    // Ook via toetsWerkcentrum: geen stille voldoening.
    expect(toetsWerkcentrum(omgekeerd, { peildatum: "2026-09-01" }).bevindingen.find((b) => b.regelId === "werkcentrum/locatiesoorten")?.uitkomst).toBe("beoordelen");
  });
  it("zonder kanalen niet van toepassing; pop-up, werkcafé en mobiel zijn altijd consistent", () => {
    expect(uitkomsten(toets(locatiesoorten, { regio: "Rijnmond" }))).toEqual(["niet-van-toepassing"]);
    const w: Werkcentrum = { regio: "Rijnmond", kanalen: [{ naam: "Bus", soort: "mobiel" }, { naam: "Café", soort: "werkcafe" }, { naam: "Pop-up", soort: "pop-up" }] };
    expect(uitkomsten(toets(locatiesoorten, w))).toEqual(["voldaan"]);
  });
});

describe("werkcentrum/gidsfunctie-bezetting (zo'n 2,7 fte; ongeveer 1,35 per kant)", () => {
  const metFte = (uwv: number, gemeenten: number): Werkcentrum =>
    met(basis(), ["gidsfunctie", "bezetting"], [
      { partner: "UWV", soort: "uwv", fte: uwv },
      { partner: "Gemeente Rotterdam", soort: "gemeente", fte: gemeenten },
    ]);

  it.each([
    [1.35, 1.35, "voldaan"],
    [1.3, 1.3, "voldaan"], // binnen de tolerantie van 0,05 per kant
    [2, 2, "voldaan"],
    [1.29, 1.35, "beoordelen"], // totaal 2,64 ≥ 2,60 maar UWV onder 1,30
    [2.0, 0.7, "beoordelen"], // gezamenlijk verantwoordelijk: totaal genoeg, verdeling scheef
    [1.3, 1.29, "niet-voldaan"], // totaal 2,59 < 2,60
    [1.0, 1.2, "niet-voldaan"],
    [0, 0, "niet-voldaan"],
  ])("UWV %s + gemeenten %s: %s", (uwv, gem, verwacht) => {
    expect(toets(gidsfunctieBezetting, metFte(uwv, gem))[0]?.uitkomst).toBe(verwacht);
  });

  it("telt per partner op in honderdsten (0,1 + 0,2 is precies 0,3)", () => {
    const w = met(basis(), ["gidsfunctie", "bezetting"], [
      { partner: "UWV", soort: "uwv", fte: 1.35 },
      ...Array.from({ length: 27 }, (_, i) => ({ partner: `Gemeente ${i}`, soort: "gemeente", fte: 0.05 })),
    ]);
    expect(toets(gidsfunctieBezetting, w)[0]).toMatchObject({ uitkomst: "voldaan", gegevens: { fteGemeenten: 1.35, fteTotaal: 2.7 } });
  });

  it("normen en tolerantie zijn overschrijfbaar via instellingen.parameters", () => {
    const w = metFte(1.35, 1.35);
    const strenger: Instellingen = { parameters: { "gidsfunctie.fte-totaal": { waarde: 3.5 }, "gidsfunctie.fte-uwv": { waarde: 1.75 }, "gidsfunctie.fte-gemeenten": { waarde: 1.75 } } };
    const u = toets(gidsfunctieBezetting, w, "2026-09-01", strenger);
    expect(u[0]).toMatchObject({ uitkomst: "niet-voldaan", gegevens: { normTotaal: 3.5, herkomstNormen: "instelling" } });
    const ruim: Instellingen = { parameters: { "gidsfunctie.tolerantie-fte": { waarde: 0.2 } } };
    expect(toets(gidsfunctieBezetting, metFte(1.2, 1.2))[0]?.uitkomst).toBe("niet-voldaan");
    expect(toets(gidsfunctieBezetting, metFte(1.2, 1.2), "2026-09-01", ruim)[0]?.uitkomst).toBe("voldaan");
  });

  it("vóór 2025 geldt geen norm: niet van toepassing; zonder gidsfunctie of bezetting: niet-voldaan", () => {
    expect(toets(gidsfunctieBezetting, basis(), "2024-12-31")[0]?.uitkomst).toBe("niet-van-toepassing");
    expect(toets(gidsfunctieBezetting, met(basis(), ["gidsfunctie"], undefined))[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: ["gidsfunctie"] });
    expect(toets(gidsfunctieBezetting, met(basis(), ["gidsfunctie", "bezetting"], []))[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: ["gidsfunctie", "bezetting"] });
  });

  it("eigenschap: voldaan ⇔ elke kant ≥ 1,30 en niet-voldaan ⇔ totaal < 2,60", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (u, g) => {
        const uitkomst = toets(gidsfunctieBezetting, metFte(u / 100, g / 100))[0]!.uitkomst;
        if (u + g < 260) return uitkomst === "niet-voldaan";
        if (u >= 130 && g >= 130) return uitkomst === "voldaan";
        return uitkomst === "beoordelen";
      }),
      { seed: 20260901, numRuns: 300 },
    );
  });
});

describe("werkcentrum/extra-gidsen (HRT §4.2)", () => {
  it("niet neutraal: niet-voldaan; eisen of financiering niet vastgelegd: beoordelen (onbekend), per veld", () => {
    const w = met(met(met(basis(), ["gidsfunctie", "extraGidsen", 0, "neutraal"], false), ["gidsfunctie", "extraGidsen", 0, "alleDoelgroepen"], undefined), ["gidsfunctie", "extraGidsen", 0, "financiering"], undefined);
    expect(toets(extraGidsen, w).map((x) => [x.uitkomst, x.pad.at(-1), x.bericht.includes("vervult geen neutrale rol") || x.bericht.startsWith("Niet vastgelegd")])).toEqual([
      ["niet-voldaan", "neutraal", true],
      ["beoordelen", "alleDoelgroepen", true],
      ["beoordelen", "financiering", true],
    ]);
  });
  it("betaald uit het impulsbudget, geen kernpartnersoort, UWV als extra gids, gegevensdeling niet geregeld: beoordelen", () => {
    const w = met(
      met(met(basis(), ["gidsfunctie", "extraGidsen", 0, "financiering"], "impulsbudget"), ["gidsfunctie", "extraGidsen", 0, "soort"], "uitzendorganisatie"),
      ["gidsfunctie", "extraGidsen", 0, "afsprakenGegevensdeling"],
      undefined,
    );
    expect(toets(extraGidsen, w).map((x) => [x.uitkomst, x.pad.at(-1)])).toEqual([
      ["beoordelen", "soort"],
      ["beoordelen", "financiering"],
      ["beoordelen", "afsprakenGegevensdeling"],
    ]);
    expect(toets(extraGidsen, met(basis(), ["gidsfunctie", "extraGidsen", 0, "soort"], "uwv"))[0]).toMatchObject({ uitkomst: "beoordelen", pad: ["gidsfunctie", "extraGidsen", 0, "soort"] });
  });
  it("zonder extra gidsen: niet van toepassing", () => {
    expect(uitkomsten(toets(extraGidsen, met(basis(), ["gidsfunctie", "extraGidsen"], undefined)))).toEqual(["niet-van-toepassing"]);
  });
});

describe("werkcentrum/gidstaken en werkcentrum/functieomschrijving-gids", () => {
  it("ontbrekende taken staan in de melding en in de gegevens", () => {
    const u = toets(gidstakenRegel, met(basis(), ["gidsfunctie", "taken"], ["welkom-heten", "in-verbinding-brengen"]));
    expect(u[0]).toMatchObject({ uitkomst: "niet-voldaan", gegevens: { ontbreekt: ["algemene-informatie", "loopbaangesprek"] } });
    expect(toets(gidstakenRegel, met(basis(), ["gidsfunctie", "taken"], undefined))[0]).toMatchObject({ uitkomst: "beoordelen", pad: ["gidsfunctie", "taken"] });
    expect(uitkomsten(toets(gidstakenRegel, met(basis(), ["gidsfunctie"], undefined)))).toEqual(["niet-van-toepassing"]);
  });
  it("functieomschrijving ontbreekt of is niet door beide opgesteld", () => {
    expect(toets(functieomschrijvingGids, met(basis(), ["gidsfunctie", "functieomschrijving"], undefined))[0]?.uitkomst).toBe("niet-voldaan");
    expect(toets(functieomschrijvingGids, met(basis(), ["gidsfunctie", "functieomschrijving", "opgesteldDoor"], ["uwv"]))[0]).toMatchObject({
      uitkomst: "niet-voldaan",
      pad: ["gidsfunctie", "functieomschrijving", "opgesteldDoor"],
    });
    expect(uitkomsten(toets(functieomschrijvingGids, met(basis(), ["gidsfunctie"], undefined)))).toEqual(["niet-van-toepassing"]);
  });
});

describe("na de inwerkingtreding: werkgeversdienstverlening via het Werkcentrum, geen oude namen", () => {
  const oud = (): Werkcentrum => ({
    ...basis(),
    naam: "Werkcentrum Rijnmond",
    kanalen: [{ naam: "Leerwerkloket Rotterdam", soort: "flagshipstore", zonderAfspraak: true, bemensing: ["UWV"] }],
    werkgeversdienstverlening: { viaWerkcentrum: false, naam: "WSP Rijnmond" },
    vervangt: [{ soort: "wsp", naam: "WSP Rijnmond", status: "actief" }],
  });

  it("vóór de inwerkingtreding niet van toepassing, daarna niet-voldaan", () => {
    for (const r of [werkgeversdienstverleningViaWerkcentrum, geenOudeNamen]) {
      expect(uitkomsten(toets(r, oud(), "2026-06-30"))).toEqual(["niet-van-toepassing"]);
      expect(uitkomsten(toets(r, oud(), "2026-07-01"))).toContain("niet-voldaan");
    }
    expect(toets(geenOudeNamen, oud()).map((u) => u.pad.join("."))).toEqual(["kanalen.0.naam", "werkgeversdienstverlening.naam"]);
  });

  it("een latere of onbekende inwerkingtreding: vóór 1 juli 2026 niet van toepassing, daarna beoordelen (HRT §5.3 'in ieder geval vanaf 1 juli 2026')", () => {
    expect(uitkomsten(toets(werkgeversdienstverleningViaWerkcentrum, oud(), "2026-06-30", { inwerkingtreding: "2027-01-01" }))).toEqual(["niet-van-toepassing"]);
    expect(uitkomsten(toets(werkgeversdienstverleningViaWerkcentrum, oud(), "2026-09-01", { inwerkingtreding: "2027-01-01" }))).toEqual(["beoordelen"]);
    expect(toets(werkgeversdienstverleningViaWerkcentrum, oud(), "2030-01-01", { inwerkingtreding: "onbekend" })[0]?.bericht).toContain("inwerkingtreding: onbekend");
    // Na de (latere) inwerkingtreding: niet-voldaan.
    expect(uitkomsten(toets(werkgeversdienstverleningViaWerkcentrum, oud(), "2027-01-01", { inwerkingtreding: "2027-01-01" }))).toEqual(["niet-voldaan"]);
    // De beschrijving noemt beide gevallen (gegenereerd in docs/regels.md).
    expect(werkgeversdienstverleningViaWerkcentrum.beschrijving).toContain("een latere of onbekende inwerkingtreding");
  });

  it("werkgeversdienstverlening ontbreekt of viaWerkcentrum is niet vastgelegd: beoordelen (onbekend, geen fout)", () => {
    expect(toets(werkgeversdienstverleningViaWerkcentrum, met(basis(), ["werkgeversdienstverlening"], undefined))[0]).toMatchObject({ uitkomst: "beoordelen", pad: ["werkgeversdienstverlening"] });
    expect(toets(werkgeversdienstverleningViaWerkcentrum, met(basis(), ["werkgeversdienstverlening", "viaWerkcentrum"], undefined))[0]).toMatchObject({
      uitkomst: "beoordelen",
      pad: ["werkgeversdienstverlening", "viaWerkcentrum"],
    });
  });

  it.each([
    ["WerkgeversServicepunt Rijnmond", "WerkgeversServicepunt"],
    ["Werkgevers Service Punt", "WerkgeversServicepunt"],
    ["wsp@rijnmond.nl", "WerkgeversServicepunt"],
    ["https://www.wsp-rijnmond.nl", "WerkgeversServicepunt"],
    ["Leerwerkloket", "Leerwerkloket"],
    ["www.leerwerkloketrijnmond.nl", "Leerwerkloket"],
    ["LWL Rijnmond", "Leerwerkloket"],
    ["Regionaal Mobiliteitsteam", "regionaal mobiliteitsteam"],
    ["RMT's Rijnmond", "regionaal mobiliteitsteam"],
    ["WSP Rijnmond (niet het Landelijk WSP)", "WerkgeversServicepunt"],
  ])("herkent de oude naam in %j", (tekst, naam) => {
    expect(oudeNaamIn(tekst)).toBe(naam);
  });

  it.each(["Landelijk WerkgeversServicepunt", "Landelijk WSP Gemeenten", "Landelijk WSP UWV", "Werkcentrum Rijnmond", "wspraak", "Karmt", "Postbus 1234"])("geen oude naam in %j", (tekst) => {
    expect(oudeNaamIn(tekst)).toBeUndefined();
  });

  // audit W3: de afkorting vastgeschreven aan de regionaam in een web- of e-mailadres
  it.each([
    ["https://www.wsprijnmond.nl", "WerkgeversServicepunt"],
    ["wsprijnmond.nl", "WerkgeversServicepunt"],
    ["http://WSPRijnmond.nl/werkgevers", "WerkgeversServicepunt"],
    ["info@rmtrijnmond.nl", "regionaal mobiliteitsteam"],
    ["rmtrijnmond@gemeente.nl", "regionaal mobiliteitsteam"],
    ["mailto:info@lwlrijnmond.nl", "Leerwerkloket"],
    ["Zie www.rijnmond.nl of werk.rmtrijnmond.nl", "regionaal mobiliteitsteam"],
    ["info@werkcentrum-wsprijnmond.nl", "WerkgeversServicepunt"],
  ])("herkent de oude afkorting in het adres %j", (tekst, naam) => {
    expect(oudeNaamIn(tekst)).toBe(naam);
  });

  it.each([
    "https://rijnmond.werkcentrum.nl",
    "info@rijnmond.werkcentrum.nl",
    "https://www.warmtenetrijnmond.nl",
    "info@stormtij.nl",
    "https://www.vormtaal.nl/wsprijnmond",
    "Wsprijnmond Werkgevers",
    "rmtrijnmond",
    "v.o.f.",
    "De gemeente vormt een team",
  ])("geen oude naam in %j (alleen adressen, alleen vooraan een deel van host of e-mail)", (tekst) => {
    expect(oudeNaamIn(tekst)).toBeUndefined();
  });

  it("geen-oude-namen vangt website en e-mail met een vastgeschreven afkorting (audit W3)", () => {
    const w = met(met(basis(), ["toegangspoort", "website"], "https://www.wsprijnmond.nl"), ["toegangspoort", "email"], "info@rmtrijnmond.nl");
    expect(toets(geenOudeNamen, w, "2026-07-01").map((x) => [x.uitkomst, x.pad.join("."), x.gegevens?.["oudeNaam"]])).toEqual([
      ["niet-voldaan", "toegangspoort.website", "WerkgeversServicepunt"],
      ["niet-voldaan", "toegangspoort.email", "regionaal mobiliteitsteam"],
    ]);
  });
});

describe("toetsWerkcentrum", () => {
  it("één rapport met alle regels, ernst volgens grondslag en fase", () => {
    const r = toetsWerkcentrum(diepBevroren({ regio: "Rijnmond", naam: "Werkplein Rijnmond" }), { peildatum: "2026-03-01" });
    expect(r.ontvangstbewijs.regels).toEqual(werkcentrumRegels.map((x) => x.id));
    const naam = r.bevindingen.find((b) => b.regelId === "werkcentrum/naam")!;
    expect(naam).toMatchObject({ uitkomst: "niet-voldaan", ernst: "waarschuwing", grondslag: "beleid", pointer: "/naam" });
    const poort = r.bevindingen.find((b) => b.regelId === "werkcentrum/toegangspoort-compleet")!;
    expect(poort).toMatchObject({ uitkomst: "niet-voldaan", ernst: "advies", pointer: "/toegangspoort" });
    expect(r.samenvatting.nietVoldaanPerErnst.fout).toBe(0);
  });
  it("weigert invoer zonder regio met een Nederlandse melding", () => {
    expect(() => toetsWerkcentrum({} as never, { peildatum: "2026-01-01" })).toThrow(/regio: verwacht een tekst/);
    expect(() => toetsWerkcentrum(basis(), { peildatum: "2026-13-01" })).toThrow(/maand 13 bestaat niet/);
  });
});

describe("onbekend is beoordelen, niet niet-voldaan (audit W1)", () => {
  it("werkgeversdienstverlening zonder viaWerkcentrum of helemaal weggelaten: geen fout na de wet, wel te beoordelen", () => {
    const { werkgeversdienstverlening: _, ...zonder } = basis();
    for (const w of [met(basis(), ["werkgeversdienstverlening"], { naam: "Werkcentrum Rijnmond voor werkgevers" }), zonder as Werkcentrum]) {
      const r = toetsWerkcentrum(diepBevroren(w), { peildatum: "2026-09-01" });
      const b = r.bevindingen.filter((x) => x.regelId === "werkcentrum/werkgeversdienstverlening-via-werkcentrum");
      expect(b.map((x) => x.uitkomst)).toEqual(["beoordelen"]);
      expect(r.bevindingen.some((x) => x.uitkomst === "niet-voldaan" && x.ernst === "fout")).toBe(false);
    }
    // 'nee' blijft een fout na de inwerkingtreding
    const nee = toetsWerkcentrum(met(basis(), ["werkgeversdienstverlening", "viaWerkcentrum"], false), { peildatum: "2026-09-01" });
    expect(nee.bevindingen.find((x) => x.regelId === "werkcentrum/werkgeversdienstverlening-via-werkcentrum")).toMatchObject({ uitkomst: "niet-voldaan", ernst: "fout" });
  });

  it("extraGidsen[].neutraal en kanalen[].zonderAfspraak niet ingevuld: beoordelen; false: niet-voldaan", () => {
    expect(uitkomsten(toets(extraGidsen, met(basis(), ["gidsfunctie", "extraGidsen", 0, "neutraal"], undefined)))).toEqual(["beoordelen"]);
    expect(uitkomsten(toets(extraGidsen, met(basis(), ["gidsfunctie", "extraGidsen", 0, "neutraal"], false)))).toEqual(["niet-voldaan"]);
    const kanalenZonder = basis().kanalen!.map((k) => ({ ...k, zonderAfspraak: undefined }));
    expect(uitkomsten(toets(binnenlopenZonderAfspraak, met(basis(), ["kanalen"], kanalenZonder)))).toEqual(["beoordelen"]);
    const kanalenNee = basis().kanalen!.map((k) => ({ ...k, zonderAfspraak: false }));
    expect(uitkomsten(toets(binnenlopenZonderAfspraak, met(basis(), ["kanalen"], kanalenNee)))).toEqual(["niet-voldaan"]);
  });
});

describe("de gidsfunctie vóór 2025 (audit W2): alle vier regels niet van toepassing", () => {
  const gidsregels = [gidsfunctieBezetting, extraGidsen, gidstakenRegel, functieomschrijvingGids];
  it.each(["2024-06-01", "2024-12-31"])("op %s: n.v.t. met een volledige, lege of ontbrekende gidsfunctie", (peildatum) => {
    const { gidsfunctie: _, ...zonder } = basis();
    for (const w of [basis(), zonder as Werkcentrum, met(basis(), ["gidsfunctie"], {}), met(basis(), ["gidsfunctie", "bezetting"], undefined), met(basis(), ["gidsfunctie", "functieomschrijving"], undefined)]) {
      for (const r of gidsregels) {
        const u = toets(r, w, peildatum);
        expect(uitkomsten(u), r.id).toEqual(["niet-van-toepassing"]);
        expect(u[0]!.bericht, r.id).toContain("geldt de gidsfunctie nog niet");
      }
    }
  });
  it("vanaf 2025-01-01 gelden ze: een ontbrekende bezetting of functieomschrijving voldoet niet", () => {
    expect(uitkomsten(toets(gidsfunctieBezetting, met(basis(), ["gidsfunctie", "bezetting"], undefined), "2025-01-01"))).toEqual(["niet-voldaan"]);
    expect(uitkomsten(toets(functieomschrijvingGids, met(basis(), ["gidsfunctie", "functieomschrijving"], undefined), "2025-01-01"))).toEqual(["niet-voldaan"]);
    for (const r of gidsregels) expect(uitkomsten(toets(r, basis(), "2025-01-01")), r.id).toEqual(["voldaan"]);
  });
  it("de start is een vaste datum: een norm die via de instellingen eerder geldt, laat de gidsfunctie niet eerder gelden", () => {
    const alleenTotaal = { parameters: { "gidsfunctie.fte-totaal": { waarde: 2.7 } } };
    const alleNormen = { parameters: { "gidsfunctie.fte-totaal": { waarde: 2.7 }, "gidsfunctie.fte-uwv": { waarde: 1.35 }, "gidsfunctie.fte-gemeenten": { waarde: 1.35 } } };
    const { gidsfunctie: _, ...zonder } = basis();
    for (const inst of [alleenTotaal, alleNormen]) {
      for (const w of [basis(), zonder as Werkcentrum, met(basis(), ["gidsfunctie", "functieomschrijving"], undefined), met(basis(), ["gidsfunctie", "bezetting"], undefined)]) {
        for (const r of gidsregels) expect(uitkomsten(toets(r, w, "2024-06-01", inst)), r.id).toEqual(["niet-van-toepassing"]);
      }
      expect(uitkomsten(toets(functieomschrijvingGids, met(basis(), ["gidsfunctie", "functieomschrijving"], undefined), "2025-01-01", inst))).toEqual(["niet-voldaan"]);
    }
  });
  it("citeert de infographic van de handreiking ('Start gidsfunctie Werkcentrum'), niet Tabel 1", () => {
    for (const r of gidsregels) {
      expect(r.andereBronnen, r.id).toContainEqual({ bron: "HRT", plaats: expect.stringContaining("infographic 'Op weg naar een Werkcentrum in elke regio'"), citaat: "Start gidsfunctie Werkcentrum" });
    }
  });
  it("de startdatum is die van de mijlpaal start-structurele-middelen-gidsfunctie", async () => {
    const { dagVanMijlpaal } = await import("../mijlpaal.js");
    const start = dagVanMijlpaal("start-structurele-middelen-gidsfunctie");
    const dagErvoor = `${Number(start.slice(0, 4)) - 1}-12-31`;
    expect(start.endsWith("-01-01")).toBe(true);
    expect(uitkomsten(toets(gidstakenRegel, basis(), dagErvoor))).toEqual(["niet-van-toepassing"]);
    expect(uitkomsten(toets(gidstakenRegel, basis(), start))).toEqual(["voldaan"]);
  });
});

describe("werkcentrum/kanalen-in-regio (audit W7)", () => {
  const kanaal = (gemeente?: string) => ({ naam: "Werkpunt", soort: "pop-up" as const, ...(gemeente !== undefined && { gemeente }) });
  it("een kanaal in Amsterdam bij Werkcentrum Rijnmond: beoordelen, met beide regio's", () => {
    const u = toets(kanalenInRegio, met(basis(), ["kanalen"], [...basis().kanalen!, kanaal("Amsterdam")]));
    expect(u).toHaveLength(1);
    expect(u[0]).toMatchObject({ uitkomst: "beoordelen", pad: ["kanalen", basis().kanalen!.length, "gemeente"], gegevens: { gemeente: "GM0363", gevonden: "AM18", verwacht: "AM22" } });
    expect(u[0]!.bericht).toBe("Kanaal Werkpunt: Amsterdam hoort niet bij Rijnmond maar bij Groot Amsterdam.");
    const r = toetsWerkcentrum(met(basis(), ["kanalen", 0, "gemeente"], "Amsterdam"), { peildatum: "2026-09-01" });
    expect(r.bevindingen.find((b) => b.regelId === "werkcentrum/kanalen-in-regio")).toMatchObject({ uitkomst: "beoordelen", ernst: "advies", pointer: "/kanalen/0/gemeente" });
  });
  it("onbekende of dubbelzinnige gemeente: beoordelen; alle gemeenten in de regio: voldaan; zonder gemeenten of regio: n.v.t.", () => {
    const onbekend = toets(kanalenInRegio, met(basis(), ["kanalen"], [kanaal("Roterdam")]));
    expect(onbekend[0]).toMatchObject({ uitkomst: "beoordelen", pad: ["kanalen", 0, "gemeente"], bericht: 'Kanaal Werkpunt: Kan "Roterdam" niet als gemeente herkennen.' });
    expect(onbekend[0]!.hint).toContain('"Rotterdam"');
    expect(uitkomsten(toets(kanalenInRegio, met(basis(), ["kanalen"], [kanaal("Bergen")])))).toEqual(["beoordelen"]);
    const goed = toets(kanalenInRegio, met(basis(), ["kanalen"], [kanaal("Rotterdam"), kanaal("GM0606"), kanaal()]));
    expect(goed).toEqual([expect.objectContaining({ uitkomst: "voldaan", pad: ["kanalen"], bericht: "De 2 kanalen met een gemeente liggen in Rijnmond.", gegevens: { aantal: 2 } })]);
    expect(toets(kanalenInRegio, met(basis(), ["kanalen"], [kanaal(), kanaal(" ")]))).toEqual([
      expect.objectContaining({ uitkomst: "niet-van-toepassing", pad: ["kanalen"], bericht: "Bij geen enkel kanaal is de gemeente opgegeven." }),
    ]);
    expect(uitkomsten(toets(kanalenInRegio, met(basis(), ["kanalen"], undefined)))).toEqual(["niet-van-toepassing"]);
    expect(toets(kanalenInRegio, met(basis(), ["regio"], "Qqqq"))[0]).toMatchObject({ uitkomst: "niet-van-toepassing", bericht: "Kan de gemeenten van de kanalen niet toetsen: de regio is onbekend." });
  });
  it("een gemeente die geen tekst is (niet geparste invoer: 5, null): beoordelen, geen TypeError; de andere kanalen tellen gewoon", () => {
    const w = met(basis(), ["kanalen"], [{ ...kanaal(), gemeente: 5 }, { ...kanaal(), gemeente: null }, kanaal("Rotterdam"), kanaal("Amsterdam")]) as unknown as Werkcentrum;
    const u = toets(kanalenInRegio, w);
    expect(u.map((x) => [x.uitkomst, x.pad])).toEqual([
      ["beoordelen", ["kanalen", 0, "gemeente"]],
      ["beoordelen", ["kanalen", 1, "gemeente"]],
      ["beoordelen", ["kanalen", 3, "gemeente"]],
    ]);
    expect(u[0]).toMatchObject({ bericht: "Kanaal Werkpunt: de gemeente 5 is geen tekst; verwacht een CBS-naam of code GM….", gegevens: { gevonden: 5 } });
    expect(u[1]!.bericht).toContain("de gemeente null is geen tekst");
    const rapport = toetsWerkcentrum(w, { peildatum: "2026-09-01" });
    expect(rapport.bevindingen.filter((b) => b.regelId === "werkcentrum/kanalen-in-regio").map((b) => b.pointer)).toEqual(["/kanalen/0/gemeente", "/kanalen/1/gemeente", "/kanalen/3/gemeente"]);
  });
});

describe("oudeNaamIn: geheugen", () => {
  it("geeft bij herhaling dezelfde uitkomst, ook als er geen oude naam in staat", () => {
    for (let i = 0; i < 3; i++) {
      expect(oudeNaamIn("Bel het WSP Rijnmond")).toBe(oudeNaamIn("Bel het WSP Rijnmond"));
      expect(oudeNaamIn("Werkcentrum Rijnmond")).toBeUndefined();
      expect(oudeNaamIn("info@wsprijnmond.nl")).toBeDefined();
    }
  });

  it("lange teksten en meer teksten dan het geheugen bewaart geven dezelfde uitkomst als de eerste keer", () => {
    const lang = `${"x ".repeat(400)}WerkgeversServicepunt`;
    const teksten = [lang, ...Array.from({ length: 1500 }, (_, i) => (i % 3 === 0 ? `Leerwerkloket ${i}` : `Werkcentrum ${i}`))];
    const eerst = teksten.map(oudeNaamIn);
    expect(eerst[0]).toBeDefined();
    expect(eerst.filter((x) => x !== undefined)).toHaveLength(501);
    expect(teksten.map(oudeNaamIn)).toEqual(eerst);
  });
});
