import { describe, expect, it } from "vitest";
import { OngeldigeInvoerFout } from "../result.js";
import {
  arbeidsmarktregios,
  centrumgemeenteVan,
  gemeenten,
  gemeentenVan,
  oudeGemeenten,
  regioVanGemeente,
  vindGemeente,
  vindRegio,
  werkcentrumNaam,
  werkcentrumSubdomein,
  zoekGemeente,
  zoekRegio,
} from "./regio.js";

describe("arbeidsmarktregio's", () => {
  it("zijn er 35, met codes AM01-03, AM05-15, AM17-30 en AM32-38", () => {
    expect(arbeidsmarktregios).toHaveLength(35);
    const codes = arbeidsmarktregios.map((r) => r.code);
    const verwacht = [1, 2, 3, ...range(5, 15), ...range(17, 30), ...range(32, 38)].map((n) => `AM${String(n).padStart(2, "0")}`);
    expect(codes).toEqual(verwacht);
    for (const ontbreekt of ["AM04", "AM16", "AM31"]) expect(vindRegio(ontbreekt)).toBeUndefined();
  });

  it("verdelen samen precies 342 gemeenten, elk in één regio", () => {
    expect(gemeenten).toHaveLength(342);
    const alle = arbeidsmarktregios.flatMap((r) => r.gemeenten);
    expect(alle).toHaveLength(342);
    expect(new Set(alle).size).toBe(342);
    for (const g of gemeenten) expect(g.code).toMatch(/^GM\d{4}$/);
  });

  it("hebben de aantallen gemeenten uit de CBS-indeling", () => {
    const aantal = (code: string) => vindRegio(code)!.gemeenten.length;
    expect(aantal("AM02")).toBe(18);
    expect(aantal("AM20")).toBe(4);
    expect(aantal("AM30")).toBe(16);
    expect(aantal("AM35")).toBe(3);
    expect(aantal("AM36")).toBe(16);
  });

  it("noemen provincies, ook over provinciegrenzen heen", () => {
    const groningen = vindRegio("AM01")!;
    expect(groningen.provincies).toEqual([
      { code: "PV20", naam: "Groningen", aantalGemeenten: 10 },
      { code: "PV22", naam: "Drenthe", aantalGemeenten: 4 },
    ]);
    expect(regioVanGemeente("Zuidplas")?.code).toBe("AM22");
    expect(regioVanGemeente("Vijfheerenlanden")?.code).toBe("AM35");
  });

  it("hebben elk een centrumgemeente die lid is van de regio; twee zijn betwist met alle lezingen", () => {
    for (const r of arbeidsmarktregios) {
      const c = r.centrumgemeente;
      const codes = c.status === "eenduidig" ? [c.gemeente] : [...c.lezingen.map((l) => l.gemeente), ...(c.meerdereInDePraktijk?.gemeenten.map((g) => g.gemeente) ?? [])];
      for (const code of codes) expect(r.gemeenten, `${r.code} ${code}`).toContain(code);
      const bronnen = c.status === "eenduidig" ? c.bronnen : c.lezingen.flatMap((l) => l.bronnen);
      expect(bronnen.length).toBeGreaterThan(0);
    }
    const betwist = arbeidsmarktregios.filter((r) => r.centrumgemeente.status === "betwist").map((r) => r.code);
    expect(betwist).toEqual(["AM24", "AM30"]);
    const zeeland = vindRegio("Zeeland")!.centrumgemeente;
    expect(zeeland.status === "betwist" && zeeland.lezingen.map((l) => l.naam)).toEqual(["Goes", "Middelburg (Z.)"]);
    const zl = vindRegio("AM30")!.centrumgemeente;
    // P13 noemt drie centrumgemeenten samen, niet Sittard-Geleen alleen: dat is een gezamenlijke lezing, geen losse.
    expect(zl.status === "betwist" && zl.lezingen.map((l) => [l.naam, l.bronnen.map((b) => b.bron)])).toEqual([["Heerlen", ["P12"]], ["Maastricht", ["R13"]]]);
    expect(zl.status === "betwist" && zl.meerdereInDePraktijk).toEqual({
      gemeenten: [{ gemeente: "GM0917", naam: "Heerlen" }, { gemeente: "GM1883", naam: "Sittard-Geleen" }, { gemeente: "GM0935", naam: "Maastricht" }],
      bronnen: [{ bron: "P13", plaats: "nieuwsbericht 2023", citaat: "centrumgemeenten Heerlen, Sittard-Geleen en Maastricht" }],
      toelichting: expect.any(String),
    });
    expect(zeeland.status === "betwist" && zeeland.meerdereInDePraktijk).toBeUndefined();
    // Geen losse lezing rust op een bron die meer gemeenten samen noemt.
    for (const r of arbeidsmarktregios) {
      const c = r.centrumgemeente;
      if (c.status !== "betwist") continue;
      const samen = new Set(c.meerdereInDePraktijk?.bronnen.map((b) => `${b.bron}|${b.citaat ?? ""}`) ?? []);
      for (const l of c.lezingen) for (const b of l.bronnen) expect(samen.has(`${b.bron}|${b.citaat ?? ""}`), `${r.code} ${l.naam}`).toBe(false);
    }
    expect(arbeidsmarktregios.filter((r) => r.centrumgemeente.zekerheid === "alleen-2013")).toHaveLength(23);
  });
});

describe("vindRegio", () => {
  it.each([
    ["zuid limburg", "AM30"],
    ["AM30", "AM30"],
    ["am30", "AM30"],
    ["AM1", "AM01"],
    ["Groot-Amsterdam", "AM18"],
    ["Groot Amsterdam", "AM18"],
    ["GROOTAMSTERDAM", "AM18"],
    ["Zaanstreek / Waterland", "AM17"],
    ["Stedendriehoek en Noordwest Veluwe", "AM06"],
    ["Food Valley", "AM38"],
    ["regio Amersfoort", "AM14"],
    ["Werkcentrum Groningen Noord-Drenthe", "AM01"],
    ["Fryslân", "AM02"],
    ["Werkcentrum Fryslan", "AM02"],
    ["Regio Zwolle", "AM36"],
    ["Werkcentrum regio Groot-Amsterdam", "AM18"], // NOTA2026
    ["Arbeidsmarktregio Regio Zwolle", "AM36"],
    ["Helmond-De Peel", "AM32"],
    ["  Rijnmond ", "AM22"],
  ])("%s → %s", (term, code) => {
    expect(vindRegio(term)?.code).toBe(code);
  });

  it("geeft undefined voor onbekend, met suggesties via zoekRegio", () => {
    expect(vindRegio("Atlantis")).toBeUndefined();
    expect(vindRegio("")).toBeUndefined();
    expect(vindRegio(42 as unknown as string)).toBeUndefined();
    const z = zoekRegio("Zuid Limbrug");
    expect(z.soort === "onbekend" && z.suggesties[0]).toBe("Zuid-Limburg");
  });
});

describe("regioVanGemeente", () => {
  it.each([
    ["Den Haag", "AM21"],
    ["'s-Gravenhage", "AM21"],
    ["s gravenhage", "AM21"],
    ["GM0518", "AM21"],
    ["0518", "AM21"],
    ["Den Bosch", "AM27"],
    ["Amsterdam", "AM18"],
    ["Zaanstad", "AM17"],
    ["Súdwest-Fryslân", "AM02"],
    ["Sudwest Fryslan", "AM02"],
    ["Hengelo", "AM05"],
    ["Nuenen, Gerwen en Nederwetten", "AM28"],
    ["gemeente Utrecht", "AM13"],
  ])("%s → %s", (term, code) => {
    expect(regioVanGemeente(term)?.code).toBe(code);
  });

  it("geeft undefined voor dubbelzinnige, onbekende en te oude namen", () => {
    expect(regioVanGemeente("Bergen")).toBeUndefined();
    expect(zoekGemeente("Bergen").soort).toBe("dubbelzinnig");
    expect(regioVanGemeente("Bergen NH")?.code).toBe("AM15");
    expect(regioVanGemeente("Bergen (L.)")?.code).toBe("AM29");
    expect(regioVanGemeente("Nergenshuizen")).toBeUndefined();
    // Abcoude verdween in 2011, vóór de arbeidsmarktregio's in de bron.
    expect(zoekGemeente("Abcoude")).toMatchObject({ soort: "oude-naam", regio: undefined });
    expect(regioVanGemeente("Abcoude")).toBeUndefined();
  });

  it("een oude naam geeft geen regio van 2026: de bron kent alleen de regio in het laatste jaar", () => {
    // Vianen (GM0620) hoorde in 2018 bij Midden-Utrecht (AM13); de opvolger Vijfheerenlanden
    // (GM1961) hoort in 2026 bij Gorinchem (AM35). Ook Weesp (2022, AM18) geeft geen regio.
    expect(regioVanGemeente("Vianen")).toBeUndefined();
    expect(regioVanGemeente("Weesp")).toBeUndefined();
    expect(regioVanGemeente("Vijfheerenlanden")?.code).toBe("AM35");
    expect(zoekGemeente("Vianen")).toMatchObject({ soort: "oude-naam", oud: { naam: "Vianen", laatsteJaar: 2018, regio: "AM13" }, regio: { code: "AM13" } });
  });

  it("vindGemeente vindt alleen bestaande gemeenten", () => {
    expect(vindGemeente("Den Haag")?.naam).toBe("'s-Gravenhage");
    expect(vindGemeente("Weesp")).toBeUndefined();
    expect(oudeGemeenten.find((o) => o.naam === "Weesp")).toMatchObject({ laatsteJaar: 2022, regio: "AM18" });
  });

  it("gemeentenVan geeft de leden van een regio", () => {
    expect(gemeentenVan(vindRegio("AM35")!).map((g) => g.naam).sort()).toEqual(["Gorinchem", "Molenlanden", "Vijfheerenlanden"]);
    // Ook op code of naam, zoals werkcentrumNaam; een onbekende regio is een OngeldigeInvoerFout.
    expect(gemeentenVan("AM30")).toHaveLength(16);
    expect(gemeentenVan("Gorinchem").map((g) => g.code)).toEqual(gemeentenVan(vindRegio("AM35")!).map((g) => g.code));
    expect(() => gemeentenVan("Atlantis")).toThrow(/gemeentenVan: onbekende arbeidsmarktregio "Atlantis"/);
  });
});

describe("Werkcentrum-naam en subdomein", () => {
  it("is 'Werkcentrum' + naam van de regio (KB2024)", () => {
    expect(werkcentrumNaam(vindRegio("AM30")!)).toBe("Werkcentrum Zuid-Limburg");
    expect(werkcentrumNaam("Groningen")).toBe("Werkcentrum Groningen");
    expect(werkcentrumNaam("AM22")).toBe("Werkcentrum Rijnmond");
  });

  it("subdomein is [naam regio].werkcentrum.nl zonder spaties en tekens (HRT §1.5)", () => {
    expect(werkcentrumSubdomein("Groot-Amsterdam")).toBe("grootamsterdam.werkcentrum.nl");
    expect(werkcentrumSubdomein("AM22")).toBe("rijnmond.werkcentrum.nl");
    expect(werkcentrumSubdomein("AM17")).toBe("zaanstreekwaterland.werkcentrum.nl");
    for (const r of arbeidsmarktregios) expect(werkcentrumSubdomein(r)).toMatch(/^[a-z0-9]+\.werkcentrum\.nl$/);
  });

  it("gooit bij een onbekende regio met een suggestie", () => {
    expect(() => werkcentrumNaam("Zuid Limbrug")).toThrow(OngeldigeInvoerFout);
    expect(() => werkcentrumNaam("Zuid Limbrug")).toThrow(/Zuid-Limburg/);
  });
});

function range(van: number, tot: number): number[] {
  return Array.from({ length: tot - van + 1 }, (_, i) => van + i);
}

describe("centrumgemeenteVan", () => {
  it("geeft de centrumgemeente van elke regio, op code, naam of object (dezelfde waarde als regio.centrumgemeente)", () => {
    for (const r of arbeidsmarktregios) {
      expect(centrumgemeenteVan(r.code)).toBe(r.centrumgemeente);
      expect(centrumgemeenteVan(r.naam)).toBe(r.centrumgemeente);
      expect(centrumgemeenteVan(r)).toBe(r.centrumgemeente);
    }
    expect(centrumgemeenteVan("Rijnmond")).toMatchObject({ status: "eenduidig", gemeente: "GM0599", naam: "Rotterdam" });
    expect(centrumgemeenteVan("AM24").status).toBe("betwist");
    expect(centrumgemeenteVan("Zuid-Limburg").status).toBe("betwist");
  });
  it("onbekende regio of geen tekst: OngeldigeInvoerFout met suggestie", () => {
    expect(() => centrumgemeenteVan("Rijmond")).toThrow('centrumgemeenteVan: onbekende arbeidsmarktregio "Rijmond"; bedoelde u "Rijnmond"?');
    expect(() => centrumgemeenteVan(5 as unknown as string)).toThrow(OngeldigeInvoerFout);
  });
});
