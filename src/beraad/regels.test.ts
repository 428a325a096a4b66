import { describe, expect, it } from "vitest";
import { diepBevroren, met, volledigConvenant } from "../../test/hulp/fixtures.js";
import { maakContext, type Regel, type RegelUitkomst } from "../bevinding/model.js";
import type { Partij, RegionaalBeraad } from "./model.js";
import {
  adviseurGeenStemrecht,
  beraadRegels,
  besluitStrategischePartner,
  eenCentrumgemeenteMetRegie,
  gemeentenUitRegio,
  kernpartnersCompleet,
  kernpartnerSoort,
  regioEnCentrumgemeente,
  samenwerkingspartnerGeenStemrecht,
  soortStrategischePartner,
} from "./regels.js";
import { toetsRegionaalBeraad } from "./toets.js";

const basis = (): RegionaalBeraad => volledigConvenant();

function toets(regel: Regel<RegionaalBeraad>, b: RegionaalBeraad, peildatum = "2026-09-01"): readonly RegelUitkomst[] {
  return regel.toets(diepBevroren(b), maakContext({ peildatum }));
}

const uitkomsten = (u: readonly RegelUitkomst[]) => u.map((x) => x.uitkomst);
const metPartijen = (b: RegionaalBeraad, f: (p: readonly Partij[]) => readonly Partij[]): RegionaalBeraad => ({ ...b, partijen: f(b.partijen) });

describe("beraad: het volledige voorbeeld voldoet aan elke regel", () => {
  for (const r of beraadRegels) {
    it(r.id, () => {
      const u = toets(r, basis());
      expect(u.length).toBeGreaterThan(0);
      expect(uitkomsten(u).every((x) => x === "voldaan"), JSON.stringify(u)).toBe(true);
    });
  }
});

describe("beraad/regio-en-centrumgemeente", () => {
  it("onbekende regio: niet-voldaan op /regio met suggesties", () => {
    const u = toets(regioEnCentrumgemeente, { ...basis(), regio: "Rijmond" });
    expect(u).toHaveLength(1);
    expect(u[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: ["regio"] });
    expect(u[0]!.hint).toContain("Rijnmond");
  });

  it("een andere gemeente als centrumgemeente: niet-voldaan met de verwachte", () => {
    const b = met(basis(), ["partijen", 0, "gemeente"], "Schiedam");
    const u = toets(regioEnCentrumgemeente, b);
    expect(u[1]).toMatchObject({ uitkomst: "niet-voldaan", pad: ["partijen", 0, "gemeente"], gegevens: { gevonden: "GM0606", verwacht: "GM0599" } });
    expect(u[1]!.bericht).toContain("Rotterdam");
  });

  it("centrumgemeente via naam (zonder veld gemeente), roepnaam en code", () => {
    const zonderVeld = met(basis(), ["partijen", 0, "gemeente"], undefined);
    expect(uitkomsten(toets(regioEnCentrumgemeente, zonderVeld))).toEqual(["voldaan", "voldaan"]);
    const haag: RegionaalBeraad = { regio: "AM21", partijen: [{ naam: "Gemeente Den Haag", soort: "gemeente", rol: "kernpartner", centrumgemeente: true }] };
    expect(uitkomsten(toets(regioEnCentrumgemeente, haag))).toEqual(["voldaan", "voldaan"]);
    expect(uitkomsten(toets(regioEnCentrumgemeente, met(basis(), ["partijen", 0, "gemeente"], "GM0599")))).toEqual(["voldaan", "voldaan"]);
  });

  it("betwiste regio (Zuid-Limburg, Zeeland): beoordelen met alle lezingen; een andere gemeente is niet-voldaan", () => {
    const zl: RegionaalBeraad = { regio: "Zuid-Limburg", partijen: [{ naam: "Gemeente Maastricht", soort: "gemeente", rol: "kernpartner", centrumgemeente: true }] };
    const u = toets(regioEnCentrumgemeente, zl);
    expect(u[1]).toMatchObject({ uitkomst: "beoordelen" });
    expect((u[1]!.gegevens!["lezingen"] as unknown[]).length).toBe(2);
    expect(u[1]!.gegevens!["gezamenlijkeLezing"]).toMatchObject({ gemeenten: [{ naam: "Heerlen" }, { naam: "Sittard-Geleen" }, { naam: "Maastricht" }] });
    expect(u[1]!.bericht).toContain("Heerlen (P12) of Maastricht (R13), of Heerlen, Sittard-Geleen en Maastricht samen (P13)");
    const zeeland: RegionaalBeraad = { regio: "AM24", partijen: [{ naam: "Gemeente Goes", soort: "gemeente", rol: "kernpartner", centrumgemeente: true }] };
    expect(toets(regioEnCentrumgemeente, zeeland)[1]?.uitkomst).toBe("beoordelen");
    const venlo = met(zl, ["partijen", 0, "naam"], "Gemeente Venlo");
    expect(toets(regioEnCentrumgemeente, venlo)[1]?.uitkomst).toBe("niet-voldaan");
  });

  it("onherkenbare of oude gemeentenaam: beoordelen, nooit stil voldaan", () => {
    const u = toets(regioEnCentrumgemeente, met(basis(), ["partijen", 0, "gemeente"], "Rotterdamm-Zuid"));
    expect(u[1]?.uitkomst).toBe("beoordelen");
    const oud = toets(regioEnCentrumgemeente, { regio: "AM18", partijen: [{ naam: "Weesp", soort: "gemeente", rol: "kernpartner", centrumgemeente: true }] });
    expect(oud[1]?.uitkomst).toBe("beoordelen");
    expect(oud[1]?.hint).toMatch(/bestaat sinds \d{4} niet meer/);
  });
});

describe("beraad/een-centrumgemeente-met-regie", () => {
  it("geen centrumgemeente: niet-voldaan met de verwachte in de hint", () => {
    const u = toets(eenCentrumgemeenteMetRegie, met(basis(), ["partijen", 0, "centrumgemeente"], undefined));
    expect(u).toEqual([expect.objectContaining({ uitkomst: "niet-voldaan", pad: ["partijen"] })]);
    expect(u[0]!.hint).toContain("Rotterdam");
  });
  it("twee centrumgemeenten: niet-voldaan op de tweede", () => {
    const u = toets(eenCentrumgemeenteMetRegie, met(basis(), ["partijen", 1, "centrumgemeente"], true));
    expect(u).toContainEqual(expect.objectContaining({ uitkomst: "niet-voldaan", pad: ["partijen", 1, "centrumgemeente"] }));
    expect(uitkomsten(u)).not.toContain("voldaan");
  });
  it("functionele regie ontbreekt of ligt bij een ander: niet-voldaan met pad", () => {
    const zonder = toets(eenCentrumgemeenteMetRegie, met(basis(), ["partijen", 0, "functioneleRegie"], undefined));
    expect(zonder).toEqual([expect.objectContaining({ uitkomst: "niet-voldaan", pad: ["partijen", 0, "functioneleRegie"] })]);
    const ander = toets(eenCentrumgemeenteMetRegie, met(basis(), ["partijen", 2, "functioneleRegie"], true));
    expect(ander).toEqual([expect.objectContaining({ uitkomst: "niet-voldaan", pad: ["partijen", 2, "functioneleRegie"] })]);
  });
  it("centrumgemeente die geen gemeente of geen kernpartner is", () => {
    const b = met(met(basis(), ["partijen", 0, "soort"], "provincie"), ["partijen", 0, "rol"], "strategische-partner");
    const paden = toets(eenCentrumgemeenteMetRegie, b).map((u) => u.pad.join("."));
    expect(paden).toEqual(["partijen.0.soort", "partijen.0.rol"]);
  });
});

describe("beraad/kernpartners-compleet", () => {
  it("een ontbrekende kernpartner (SBB) is niet-voldaan op /partijen", () => {
    const b = metPartijen(basis(), (p) => p.filter((x) => x.soort !== "sbb"));
    const u = toets(kernpartnersCompleet, b);
    expect(u.filter((x) => x.uitkomst === "niet-voldaan")).toEqual([expect.objectContaining({ pad: ["partijen"], gegevens: { categorie: "sbb" } })]);
  });
  it("UWV met een andere rol: niet-voldaan op de rol", () => {
    const u = toets(kernpartnersCompleet, met(basis(), ["partijen", 2, "rol"], "samenwerkingspartner"));
    expect(u).toContainEqual(expect.objectContaining({ uitkomst: "niet-voldaan", pad: ["partijen", 2, "rol"] }));
  });
  it("alle soorten ontbreken: vijf categorieën en de contactschool", () => {
    const u = toets(kernpartnersCompleet, { regio: "Rijnmond", partijen: [] });
    expect(u).toHaveLength(6);
    expect(uitkomsten(u).every((x) => x === "niet-voldaan")).toBe(true);
  });
  it("contactschool: geen, twee, onbekende soort, geen ROC zonder en met afspraak", () => {
    const geen = toets(kernpartnersCompleet, met(basis(), ["partijen", 6, "contactschool"], undefined));
    expect(geen).toContainEqual(expect.objectContaining({ uitkomst: "niet-voldaan", pad: ["partijen", 6, "contactschool"] }));
    const twee = metPartijen(basis(), (p) => [...p, { naam: "ROC Zuid", soort: "onderwijsinstelling", rol: "kernpartner", onderwijssoort: "roc", contactschool: true }]);
    expect(toets(kernpartnersCompleet, twee)).toContainEqual(expect.objectContaining({ uitkomst: "niet-voldaan", pad: ["partijen", 11, "contactschool"] }));
    const onbekend = met(basis(), ["partijen", 6, "onderwijssoort"], undefined);
    expect(toets(kernpartnersCompleet, onbekend)).toContainEqual(expect.objectContaining({ uitkomst: "beoordelen", pad: ["partijen", 6, "onderwijssoort"] }));
    const hbo = met(basis(), ["partijen", 6, "onderwijssoort"], "hbo");
    expect(toets(kernpartnersCompleet, hbo)).toContainEqual(expect.objectContaining({ uitkomst: "beoordelen", pad: ["partijen", 6, "contactschoolAfspraak"] }));
    const metAfspraak = met(hbo, ["partijen", 6, "contactschoolAfspraak"], { datum: "2025-04-01", kenmerk: "OND-1" });
    expect(uitkomsten(toets(kernpartnersCompleet, metAfspraak)).every((x) => x === "voldaan")).toBe(true);
    const geenSchool = metPartijen(basis(), (p) => p.filter((x) => x.soort !== "onderwijsinstelling"));
    expect(toets(kernpartnersCompleet, geenSchool)).toContainEqual(expect.objectContaining({ uitkomst: "niet-voldaan", pad: ["partijen"], gegevens: { categorie: "contactschool" } }));
    const strategisch = met(basis(), ["partijen", 6, "rol"], "strategische-partner");
    expect(toets(kernpartnersCompleet, strategisch)).toContainEqual(expect.objectContaining({ uitkomst: "niet-voldaan", pad: ["partijen", 6, "rol"] }));
  });
});

describe("beraad/kernpartner-soort", () => {
  it("een provincie als kernpartner is niet-voldaan", () => {
    const b = metPartijen(basis(), (p) => [...p, { naam: "Provincie Zuid-Holland", soort: "provincie", rol: "kernpartner" }]);
    expect(toets(kernpartnerSoort, b)).toEqual([expect.objectContaining({ uitkomst: "niet-voldaan", pad: ["partijen", 11, "rol"] })]);
  });
  it("een tweede school als kernpartner (geen contactschool) is beoordelen", () => {
    const b = metPartijen(basis(), (p) => [...p, { naam: "Hogeschool Rotterdam", soort: "onderwijsinstelling", rol: "kernpartner", onderwijssoort: "hbo" }]);
    expect(toets(kernpartnerSoort, b)).toEqual([expect.objectContaining({ uitkomst: "beoordelen", pad: ["partijen", 11, "rol"] })]);
  });
  it("zonder kernpartners: niet van toepassing", () => {
    expect(uitkomsten(toets(kernpartnerSoort, { regio: "Rijnmond", partijen: [] }))).toEqual(["niet-van-toepassing"]);
  });
});

describe("beraad/gemeenten-uit-regio", () => {
  it("een gemeente uit een andere regio is niet-voldaan met de regio waar ze wel bij hoort", () => {
    const u = toets(gemeentenUitRegio, met(basis(), ["partijen", 1, "naam"], "Gemeente Dordrecht"));
    expect(u).toEqual([expect.objectContaining({ uitkomst: "niet-voldaan", pad: ["partijen", 1, "naam"], gegevens: expect.objectContaining({ gevonden: "AM23", verwacht: "AM22" }) })]);
    expect(u[0]!.bericht).toContain("Drechtsteden");
  });
  it("ook vertegenwoordigde gemeenten worden getoetst; dubbelzinnig, oud en onbekend zijn beoordelen", () => {
    const b = met(basis(), ["partijen", 0, "vertegenwoordigt"], ["Barendrecht", "Bergen", "Rozenburg", "Nergenshuizen", "Tilburg"]);
    const u = toets(gemeentenUitRegio, b);
    expect(u.map((x) => [x.uitkomst, x.pad.join(".")])).toEqual([
      ["beoordelen", "partijen.0.vertegenwoordigt.1"],
      ["beoordelen", "partijen.0.vertegenwoordigt.2"],
      ["beoordelen", "partijen.0.vertegenwoordigt.3"],
      ["niet-voldaan", "partijen.0.vertegenwoordigt.4"],
    ]);
  });
  it("voldaan: het aantal in de melding, enkelvoud bij één gemeente", () => {
    expect(toets(gemeentenUitRegio, basis())[0]!.bericht).toMatch(/^Alle \d+ gemeenten horen bij Rijnmond\.$/);
    const een: RegionaalBeraad = { regio: "Rijnmond", partijen: [{ naam: "Gemeente Rotterdam", soort: "gemeente", rol: "kernpartner" }] };
    expect(toets(gemeentenUitRegio, een)).toEqual([expect.objectContaining({ uitkomst: "voldaan", bericht: "De gemeente hoort bij Rijnmond.", gegevens: { aantal: 1 } })]);
  });
  it("onbekende regio of geen gemeenten: niet van toepassing", () => {
    expect(uitkomsten(toets(gemeentenUitRegio, { ...basis(), regio: "Atlantis" }))).toEqual(["niet-van-toepassing"]);
    expect(uitkomsten(toets(gemeentenUitRegio, { regio: "Rijnmond", partijen: [] }))).toEqual(["niet-van-toepassing"]);
  });
});

describe("beraad/besluit-strategische-partner", () => {
  it("zonder besluit: niet-voldaan op /toelating", () => {
    const u = toets(besluitStrategischePartner, met(basis(), ["partijen", 7, "toelating"], undefined));
    expect(u).toContainEqual(expect.objectContaining({ uitkomst: "niet-voldaan", pad: ["partijen", 7, "toelating"] }));
  });
  it("besluit zonder datum of kenmerk: niet-voldaan op dat veld", () => {
    const u = toets(besluitStrategischePartner, met(basis(), ["partijen", 7, "toelating"], {}));
    expect(u.filter((x) => x.uitkomst === "niet-voldaan").map((x) => x.pad.join("."))).toEqual(["partijen.7.toelating.datum", "partijen.7.toelating.kenmerk"]);
  });
  it("besluit na de peildatum telt op de peildatum nog niet", () => {
    expect(toets(besluitStrategischePartner, basis(), "2025-03-12").every((x) => x.uitkomst === "niet-voldaan")).toBe(true);
    expect(toets(besluitStrategischePartner, basis(), "2025-03-13").every((x) => x.uitkomst === "voldaan")).toBe(true);
  });
  it("zonder strategische partners: niet van toepassing", () => {
    expect(uitkomsten(toets(besluitStrategischePartner, metPartijen(basis(), (p) => p.filter((x) => x.rol !== "strategische-partner"))))).toEqual(["niet-van-toepassing"]);
  });
});

describe("beraad/samenwerkingspartner-geen-stemrecht en beraad/adviseur-geen-stemrecht", () => {
  it("stemrecht voor een samenwerkingspartner of adviseur is niet-voldaan", () => {
    expect(toets(samenwerkingspartnerGeenStemrecht, met(basis(), ["partijen", 9, "stemrecht"], true))).toEqual([
      expect.objectContaining({ uitkomst: "niet-voldaan", pad: ["partijen", 9, "stemrecht"] }),
    ]);
    expect(toets(adviseurGeenStemrecht, met(basis(), ["partijen", 10, "stemrecht"], true))).toEqual([
      expect.objectContaining({ uitkomst: "niet-voldaan", pad: ["partijen", 10, "stemrecht"] }),
    ]);
  });
  it("zonder zulke partijen: niet van toepassing", () => {
    const b = metPartijen(basis(), (p) => p.filter((x) => x.rol === "kernpartner"));
    expect(uitkomsten(toets(samenwerkingspartnerGeenStemrecht, b))).toEqual(["niet-van-toepassing"]);
    expect(uitkomsten(toets(adviseurGeenStemrecht, b))).toEqual(["niet-van-toepassing"]);
  });
});

describe("beraad/soort-strategische-partner", () => {
  it("een soort die de handreiking niet noemt of een kernpartnersoort: beoordelen", () => {
    expect(toets(soortStrategischePartner, met(basis(), ["partijen", 7, "soort"], "overig"))).toContainEqual(
      expect.objectContaining({ uitkomst: "beoordelen", pad: ["partijen", 7, "soort"] }),
    );
    expect(toets(soortStrategischePartner, met(basis(), ["partijen", 7, "soort"], "werkgeversorganisatie"))).toContainEqual(
      expect.objectContaining({ uitkomst: "beoordelen", pad: ["partijen", 7, "soort"] }),
    );
  });
  it("een uitzendorganisatie zonder koepel of buiten ABU/NBBU: beoordelen op /koepel", () => {
    expect(toets(soortStrategischePartner, met(basis(), ["partijen", 8, "koepel"], undefined))).toContainEqual(
      expect.objectContaining({ uitkomst: "beoordelen", pad: ["partijen", 8, "koepel"] }),
    );
    expect(toets(soortStrategischePartner, met(basis(), ["partijen", 8, "koepel"], "OVAL"))).toContainEqual(
      expect.objectContaining({ uitkomst: "beoordelen", pad: ["partijen", 8, "koepel"] }),
    );
    expect(uitkomsten(toets(soortStrategischePartner, met(basis(), ["partijen", 8, "koepel"], "nbbu")))).toEqual(["voldaan", "voldaan"]);
  });
});

describe("toetsRegionaalBeraad", () => {
  it("geeft een rapport met ernst volgens de fase: wet is vóór de inwerkingtreding advies, daarna fout", () => {
    const b = metPartijen(basis(), (p) => p.filter((x) => x.soort !== "uwv"));
    const voor = toetsRegionaalBeraad(b, { peildatum: "2026-03-01" });
    const na = toetsRegionaalBeraad(b, { peildatum: "2026-09-01" });
    const vind = (r: typeof voor) => r.bevindingen.find((x) => x.regelId === "beraad/kernpartners-compleet" && x.uitkomst === "niet-voldaan");
    expect(vind(voor)).toMatchObject({ ernst: "advies", pointer: "/partijen" });
    expect(vind(na)).toMatchObject({ ernst: "fout" });
    expect(na.ontvangstbewijs.regels).toEqual(beraadRegels.map((r) => r.id));
  });
  it("weigert invoer die geen beraad is, met een Nederlandse melding", () => {
    expect(() => toetsRegionaalBeraad({ regio: "Rijnmond" } as never, { peildatum: "2026-01-01" })).toThrow(/partijen: verwacht een lijst/);
    expect(() => toetsRegionaalBeraad(null as never, { peildatum: "2026-01-01" })).toThrow(/verwacht een object/);
  });
});

describe("een gemeente uit een andere regio (derde brontoets)", () => {
  it("als centrumgemeente: niet-voldaan, ook waar alleen de regeling van 2013 de centrumgemeente noemt of de bronnen het oneens zijn", () => {
    // Rijnmond (AM22): Utrecht (AM13) als centrumgemeente.
    const metCentrum = (b: RegionaalBeraad, naam: string, regio?: string): RegionaalBeraad => ({
      ...metPartijen(b, (ps) => ps.map((p) => (p.centrumgemeente === true ? { ...p, naam: `Gemeente ${naam}`, gemeente: naam } : p))),
      ...(regio !== undefined && { regio }),
    });
    const u = toets(regioEnCentrumgemeente, metCentrum(basis(), "Utrecht"));
    expect(u[1]).toMatchObject({ uitkomst: "niet-voldaan", gegevens: { gevonden: "GM0344", regioVanGemeente: "AM13" } });
    expect(u[1]!.bericht).toMatch(/^Utrecht hoort niet bij Rijnmond maar bij Midden-Utrecht, en kan dus niet de centrumgemeente van Rijnmond zijn; verwacht: /);
    // Twente (AM05, alleen de regeling van 2013): Zwolle (AM07) is niet-voldaan, Hengelo (AM05) beoordelen.
    const twente = (naam: string) => toets(regioEnCentrumgemeente, metCentrum(basis(), naam, "AM05"))[1]!;
    expect(twente("Zwolle").uitkomst).toBe("niet-voldaan");
    expect(twente("Hengelo (O.)").uitkomst).toBe("beoordelen");
    // Zeeland (AM24, betwist): Rotterdam is niet-voldaan met de lezingen in de gegevens.
    const zeeland = toets(regioEnCentrumgemeente, metCentrum(basis(), "Rotterdam", "AM24"))[1]!;
    expect(zeeland).toMatchObject({ uitkomst: "niet-voldaan", gegevens: { regioVanGemeente: "AM22" } });
  });

  it("als strategische partner: geen advies om kernpartner te worden, wel bij een gemeente van de regio", () => {
    const metPartner = (naam: string) =>
      toets(soortStrategischePartner, metPartijen(basis(), (ps) => [...ps, { naam: `Gemeente ${naam}`, soort: "gemeente", gemeente: naam, rol: "strategische-partner" } as Partij])).find(
        (x) => x.uitkomst === "beoordelen",
      )!;
    const buiten = metPartner("Zwolle");
    expect(buiten.bericht).toBe("Gemeente Zwolle (gemeente): Een gemeente is een soort kernpartner; de bronnen noemen deze soort niet als strategische partner.");
    expect(buiten.hint).toMatch(/^Gemeente Zwolle hoort niet bij Rijnmond \(zie beraad\/gemeenten-uit-regio\); als kernpartner zou het een fout zijn\./);
    const binnen = metPartner("Schiedam");
    expect(binnen.bericht).toMatch(/Overweeg de rol kernpartner\.$/);
    expect(binnen.hint).toBeUndefined();
    // Alleen een gemeente wordt aan de regio getoetst: UWV met (ten onrechte) een gemeente van elders houdt het advies, zonder regiohint.
    const uwv = toets(soortStrategischePartner, metPartijen(basis(), (ps) => [...ps, { naam: "UWV Zwolle", soort: "uwv", gemeente: "Zwolle", rol: "strategische-partner" } as Partij])).find(
      (x) => x.uitkomst === "beoordelen",
    )!;
    expect(uwv.bericht).toMatch(/Overweeg de rol kernpartner\.$/);
    expect(uwv.hint).toBeUndefined();
  });
});
