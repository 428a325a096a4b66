import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dagenTussen, jaarVan, plusDagen, plusJaren, plusMaanden, vergelijkPeildata } from "./kalender.js";
import { isPeildatum, type Peildatum } from "./peildatum.js";

const p = (s: string) => s as Peildatum;

describe("kalender", () => {
  it("maandeinderegel: 29 februari plus jaren wordt 28 februari in een gewoon jaar", () => {
    expect(plusJaren(p("2024-02-29"), 5)).toBe("2029-02-28");
    expect(plusJaren(p("2024-02-29"), 4)).toBe("2028-02-29");
    expect(plusJaren(p("2024-02-29"), 2)).toBe("2026-02-28");
    expect(plusMaanden(p("2025-01-31"), 1)).toBe("2025-02-28");
    expect(plusMaanden(p("2024-01-31"), 1)).toBe("2024-02-29");
    expect(plusMaanden(p("2025-08-31"), -6)).toBe("2025-02-28");
  });

  it("rekent over 30 december 2011, die in Pacific/Apia niet bestond", () => {
    expect(plusDagen(p("2011-12-29"), 1)).toBe("2011-12-30");
    expect(plusDagen(p("2011-12-29"), 2)).toBe("2011-12-31");
    expect(dagenTussen(p("2011-12-29"), p("2011-12-31"))).toBe(2);
  });

  it("rekent over de zomertijdovergang zonder dagen te verliezen", () => {
    expect(plusDagen(p("2025-03-29"), 1)).toBe("2025-03-30");
    expect(plusDagen(p("2025-03-30"), 1)).toBe("2025-03-31");
    expect(plusDagen(p("2025-10-25"), 2)).toBe("2025-10-27");
  });

  it("jaarVan en vergelijken", () => {
    expect(jaarVan(p("2026-07-01"))).toBe(2026);
    expect(vergelijkPeildata(p("2025-01-01"), p("2025-01-02"))).toBe(-1);
    expect(vergelijkPeildata(p("2025-01-02"), p("2025-01-02"))).toBe(0);
    expect(vergelijkPeildata(p("2026-01-01"), p("2025-12-31"))).toBe(1);
  });

  const datum = fc
    .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10) as Peildatum);

  it("eigenschap: plusDagen(d, n) ligt precies n kalenderdagen verder en is een geldige datum", () => {
    fc.assert(
      fc.property(datum, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const uit = plusDagen(d, n);
        return isPeildatum(uit) && dagenTussen(d, uit) === n;
      }),
      { seed: 20261127, numRuns: 2000 },
    );
  });

  it("eigenschap: plusJaren geeft dezelfde maand en een dag die niet later is", () => {
    fc.assert(
      fc.property(datum, fc.integer({ min: -50, max: 50 }), (d, n) => {
        const uit = plusJaren(d, n);
        return isPeildatum(uit) && uit.slice(5, 7) === d.slice(5, 7) && Number(uit.slice(8)) <= Number(d.slice(8)) && jaarVan(uit) === jaarVan(d) + n;
      }),
      { seed: 20261127, numRuns: 2000 },
    );
  });
});

describe("kalender: geheugen", () => {
  // De rekenfuncties onthouden uitkomsten (snelheid). Dat mag de controle van de argumenten niet
  // omzeilen, en een herhaalde vraag geeft dezelfde uitkomst als de eerste.
  it("een object dat zich als datum voordoet, wordt ook na een geldige vraag met dezelfde tekst geweigerd", () => {
    expect(plusMaanden(p("2024-01-31"), 1)).toBe("2024-02-29");
    expect(plusDagen(p("2024-01-31"), 1)).toBe("2024-02-01");
    expect(dagenTussen(p("2024-01-31"), p("2024-03-01"))).toBe(30);
    const nep = { toString: () => "2024-01-31" } as unknown as Peildatum;
    expect(() => plusMaanden(nep, 1)).toThrow(/verwacht/);
    expect(() => plusDagen(nep, 1)).toThrow(/verwacht/);
    expect(() => dagenTussen(nep, p("2024-03-01"))).toThrow(/van: verwacht/);
    expect(() => dagenTussen(p("2024-01-31"), nep)).toThrow(/tot: verwacht/);
  });

  it("een ongeldige vraag wordt niet onthouden: ook de tweede keer een fout", () => {
    for (let i = 0; i < 2; i++) {
      expect(() => plusMaanden(p("2025-02-30"), 1)).toThrow(/2025-02-30/);
      expect(() => plusMaanden(p("2025-02-28"), 1.5)).toThrow(/maanden/);
    }
  });

  it("onderscheidt maanden, dagen en het verschil met dezelfde datum (geen gedeelde sleutel)", () => {
    expect(plusMaanden(p("2025-01-01"), 2)).toBe("2025-03-01");
    expect(plusDagen(p("2025-01-01"), 2)).toBe("2025-01-03");
    expect(plusMaanden(p("2025-01-01"), -2)).toBe("2024-11-01");
    expect(dagenTussen(p("2025-01-01"), p("2025-01-03"))).toBe(2);
    expect(dagenTussen(p("2025-01-03"), p("2025-01-01"))).toBe(-2);
  });

  it("geeft met en zonder geheugen hetzelfde (veel verschillende data, meer dan de grens van het geheugen)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: -120, max: 120 }), (dag, n) => {
        const d = p(new Date(Date.UTC(2000, 0, 1 + dag)).toISOString().slice(0, 10));
        const eerst = [plusMaanden(d, n), plusDagen(d, n), dagenTussen(d, plusDagen(d, n))];
        expect([plusMaanden(d, n), plusDagen(d, n), dagenTussen(d, plusDagen(d, n))]).toEqual(eerst);
        expect(eerst[2]).toBe(n);
      }),
      { seed: 20261127, numRuns: 6000 },
    );
  });
});
