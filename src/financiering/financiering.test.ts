import { describe, expect, it } from "vitest";
import { OngeldigeInvoerFout } from "../result.js";
import { cent, euro, formatBedrag, miljoenEuro, somBedragen } from "./bedrag.js";
import { landelijkeMiddelenInJaar, regionaleMiddelen, vwnwImpulsTotaal } from "./middelen.js";
import { gidsfunctieFteGemeenten, gidsfunctieFteTotaal, gidsfunctieFteUwv, impulsbudgetPerRegio } from "./tabellen.js";
import { parameterOp } from "../tijd/parameters.js";

describe("bedragen in eurocent", () => {
  it("formatteert op z'n Nederlands", () => {
    expect(formatBedrag(euro(1_116_977))).toBe("€ 1.116.977");
    expect(formatBedrag(euro(0))).toBe("€ 0");
    expect(formatBedrag(euro(12, 5))).toBe("€ 12,05");
    expect(formatBedrag(cent(-1250))).toBe("-€ 12,50");
    expect(formatBedrag(euro(135_000))).toBe("€ 135.000");
  });

  it("negatieve bedragen: het minteken geldt ook voor de centen, ook bij -0 euro", () => {
    expect(euro(-12, 50)).toBe(-1250);
    expect(euro(-0, 50)).toBe(-50);
    expect(euro(0, 50)).toBe(50);
    expect(formatBedrag(euro(-0, 50))).toBe("-€ 0,50");
  });

  it("kent geen kommagetallen", () => {
    expect(() => cent(0.1 + 0.2)).toThrow(OngeldigeInvoerFout);
    expect(() => euro(1.5)).toThrow(/hele euro/);
    expect(() => formatBedrag(10.5)).toThrow(/geheel aantal eurocenten/);
    expect(miljoenEuro("23,5")).toBe(2_350_000_000);
    expect(miljoenEuro("109,5")).toBe(10_950_000_000);
    expect(() => miljoenEuro("23.5")).toThrow();
    expect(somBedragen([euro(1), euro(2)])).toBe(300);
  });
});

describe("regionaleMiddelen (HRT Tabel 4)", () => {
  const bedrag = (jaar: number, deel: "impulsbudget" | "structureel") => {
    const b = regionaleMiddelen(jaar)[deel];
    return b.soort === "bedrag" ? b.bedrag : b.soort;
  };

  it.each([
    [2025, 910_129],
    [2026, 827_390],
    [2027, 1_116_977],
    [2028, 1_291_475],
    [2029, 1_033_180],
    [2030, 861_919],
    [2031, 690_658],
    [2032, 485_707],
    [2034, 0],
    [2040, 0],
  ])("impulsbudget %i = € %i", (jaar, euros) => {
    expect(bedrag(jaar, "impulsbudget")).toBe(euros * 100);
  });

  it("structureel € 648.545 vanaf 2025, ook na 2034", () => {
    for (const jaar of [2025, 2030, 2034, 2040]) expect(bedrag(jaar, "structureel")).toBe(64_854_500);
  });

  it("toont in 2033 beide lezingen: HRT € 174.068 en NOTA2026 €0", () => {
    const b = regionaleMiddelen(2033).impulsbudget;
    expect(b.soort).toBe("betwist");
    if (b.soort === "betwist") {
      expect(b.lezingen.map((l) => [l.bedrag, l.bron?.bron])).toEqual([
        [17_406_800, "HRT"],
        [0, "NOTA2026"],
      ]);
    }
  });

  it("zegt 'geen-waarde' vóór 2025 in plaats van nul", () => {
    const m = regionaleMiddelen(2024);
    expect(m.impulsbudget).toMatchObject({ soort: "geen-waarde", reden: "nog-niet-geldig" });
    expect(m.structureel.soort).toBe("geen-waarde");
  });

  it("draagt status 'onder-voorbehoud' en de bron HRT Tabel 4", () => {
    const b = regionaleMiddelen(2026).impulsbudget;
    expect(b).toMatchObject({ soort: "bedrag", status: "onder-voorbehoud", bron: { bron: "HRT" } });
    expect(regionaleMiddelen(2026).opmerkingen.map((o) => o.bron.bron)).toContain("NOTA2026");
  });

  it("laat een overschrijving (bijv. de Meicirculaire) voorgaan", () => {
    const m = regionaleMiddelen(2026, { parameters: { [impulsbudgetPerRegio.id]: { waarde: 82_800_000, geldigVanaf: "2026-01-01", geldigTot: "2026-12-31" } } });
    expect(m.impulsbudget).toMatchObject({ soort: "bedrag", bedrag: 82_800_000, status: "instelling" });
  });

  it("weigert een ongeldig jaar", () => {
    expect(() => regionaleMiddelen(2025.5)).toThrow(OngeldigeInvoerFout);
    expect(() => regionaleMiddelen(25)).toThrow(/vier cijfers/);
  });
});

describe("landelijke middelen en VWNW", () => {
  it("KB2024 geeft alleen 2025, 2028 en 2034", () => {
    const l2025 = landelijkeMiddelenInJaar(2025);
    expect(l2025.totaal).toMatchObject({ soort: "bedrag", bedrag: miljoenEuro("109,5") });
    expect(landelijkeMiddelenInJaar(2028).nieuwTijdelijk).toMatchObject({ bedrag: miljoenEuro("67,0") });
    expect(landelijkeMiddelenInJaar(2034).totaal).toMatchObject({ bedrag: miljoenEuro("46,5") });
    expect(landelijkeMiddelenInJaar(2026).totaal).toMatchObject({ soort: "geen-waarde", reden: "gat" });
  });

  it("structurele middelen gelden elk jaar vanaf 2025, ook na 2034; tijdelijke middelen lopen af tot 2034", () => {
    for (const jaar of [2025, 2026, 2027, 2031, 2034, 2035, 2050]) {
      const l = landelijkeMiddelenInJaar(jaar);
      expect(l.bestaandStructureel, String(jaar)).toMatchObject({ soort: "bedrag", bedrag: miljoenEuro("23,5"), status: "beoogd" });
      expect(l.nieuwStructureel, String(jaar)).toMatchObject({ soort: "bedrag", bedrag: miljoenEuro("23,0"), status: "beoogd" });
    }
    expect(landelijkeMiddelenInJaar(2024).bestaandStructureel).toMatchObject({ soort: "geen-waarde", reden: "nog-niet-geldig" });
    // Tijdelijk: alleen de kolommen van de brief; vanaf 2034 €0 (afgelopen), daarna ook.
    expect(landelijkeMiddelenInJaar(2027).nieuwTijdelijk).toMatchObject({ soort: "geen-waarde", reden: "gat" });
    expect(landelijkeMiddelenInJaar(2035).nieuwTijdelijk).toMatchObject({ soort: "bedrag", bedrag: 0 });
    const t2035 = landelijkeMiddelenInJaar(2035).totaal;
    expect(t2035).toMatchObject({ soort: "bedrag", bedrag: miljoenEuro("46,5") });
    expect(t2035.soort === "bedrag" && t2035.bron).toEqual({
      bron: "KB2024",
      plaats: "'Financiering arbeidsmarktinfrastructuur'",
      citaat: "bestaande en nieuwe structurele middelen en tijdelijke middelen die aflopen tot 2034",
    });
    expect(landelijkeMiddelenInJaar(2033).totaal).toMatchObject({ soort: "geen-waarde", reden: "gat" });
  });

  it("de totalen van KB2024 kloppen met de delen", () => {
    for (const jaar of [2025, 2028, 2034]) {
      const l = landelijkeMiddelenInJaar(jaar);
      const b = (x: typeof l.totaal) => (x.soort === "bedrag" ? x.bedrag : NaN);
      expect(b(l.bestaandStructureel) + b(l.nieuwStructureel) + b(l.nieuwTijdelijk)).toBe(b(l.totaal));
    }
  });

  it("de VWNW-impuls telt op tot de €89,5 mln uit de tekst", () => {
    const t = vwnwImpulsTotaal();
    expect(t.berekend).toBe(8_950_000_000);
    expect(t.klopt).toBe(true);
  });

  it("gidsfunctie: 1,35 fte UWV + 1,35 fte gemeenten = 2,7 fte", () => {
    const fte = (p: typeof gidsfunctieFteUwv) => {
      const a = parameterOp(p, "2026-01-01");
      return a.soort === "waarde" ? a.waarde : NaN;
    };
    expect(Math.round(fte(gidsfunctieFteUwv) * 100) + Math.round(fte(gidsfunctieFteGemeenten) * 100)).toBe(Math.round(fte(gidsfunctieFteTotaal) * 100));
  });
});

describe("jaar als argument", () => {
  it("een jaar als tekst heet zo in de melding (niet 'ontvangen 2026', wat op een getal lijkt)", () => {
    const hint = "; de bedragen gelden per kalenderjaar en zijn voor elke regio gelijk: regionaleMiddelen(2026)";
    for (const [f, extra] of [
      [() => landelijkeMiddelenInJaar("2026" as unknown as number), ""],
      [() => regionaleMiddelen("2026" as unknown as number), hint],
    ] as const) {
      expect(f).toThrow(OngeldigeInvoerFout);
      try {
        f();
      } catch (e) {
        expect((e as OngeldigeInvoerFout).code).toBe("ongeldig-type");
        expect((e as OngeldigeInvoerFout).path).toEqual(["jaar"]);
        expect((e as Error).message).toBe(`jaar: verwacht een jaartal als getal (bijv. 2026), ontvangen de tekst "2026"${extra}`);
      }
    }
    // Een regiocode of peildatum als eerste argument (met ongeldige instellingen erna): het jaar wordt eerst gemeld.
    expect(() => regionaleMiddelen("AM30" as unknown as number, 2026 as never)).toThrow(`jaar: verwacht een jaartal als getal (bijv. 2026), ontvangen de tekst "AM30"${hint}`);
    expect(() => regionaleMiddelen("2026-09-01" as unknown as number)).toThrow(`ontvangen de tekst "2026-09-01"${hint}`);
    expect(() => landelijkeMiddelenInJaar("AM30" as unknown as number, 2026 as never)).toThrow(/^jaar: verwacht een jaartal als getal \(bijv\. 2026\), ontvangen de tekst "AM30"$/);
    expect(() => regionaleMiddelen(undefined as unknown as number)).toThrow("jaar: verwacht een jaartal als getal (bijv. 2026), ontvangen niets");
    expect(() => regionaleMiddelen(2026.5)).toThrow("jaar: verwacht een jaartal van vier cijfers (bijv. 2026), ontvangen het getal 2026.5");
  });
});
