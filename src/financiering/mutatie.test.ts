import { describe, expect, it } from "vitest";
import { citeer } from "../bronnen/citaat.js";
import type { Parameter } from "../tijd/parameters.js";
import type { Peildatum } from "../tijd/peildatum.js";
import { cent, euro, formatBedrag, isCent, miljoenEuro, type Cent } from "./bedrag.js";
import { bedragInJaar, regionaleMiddelen } from "./middelen.js";
import { impulsbudgetPerRegio } from "./tabellen.js";
import { vangFout } from "../../test/hulp/fout.js";

/**
 * Aanvullende tests voor bedragen en middelen, gevonden met mutatietesten
 * (docs/mutatietesten.md): negatieve bedragen met centen, grenzen van jaartallen en centen,
 * het formaat van miljoenen, en wanneer twee bronnen elkaar wel of niet tegenspreken.
 */

const fout = vangFout;
const BRON = citeer("HRT", "§2.1");
const NOTA = citeer("NOTA2026", "punt 2");

describe("bedragen in eurocenten", () => {
  it("euro: centen 0 tot en met 99, ook bij een negatief bedrag (de centen tellen mee in de richting van het bedrag)", () => {
    expect(euro(-5, 50)).toBe(-550);
    expect(euro(0, 50)).toBe(50);
    expect(euro(5, 99)).toBe(599);
    for (const [e, c] of [[5, 100], [5, -1], [5, 1.5], [1.5, 0]] as const) expect(fout(() => euro(e, c))).toMatchObject({ code: "ongeldige-waarde", path: ["bedrag"] });
  });

  it("cent en isCent: alleen veilige gehele getallen", () => {
    expect(isCent(5)).toBe(true);
    expect(isCent("5")).toBe(false);
    expect(isCent(0.5)).toBe(false);
    const f = fout(() => cent(0.5));
    expect(f).toMatchObject({ code: "ongeldige-waarde", path: ["bedrag"] });
    expect(f.message).toContain("0.5");
  });

  it("miljoenEuro: hele miljoenen of met één of twee decimalen", () => {
    expect(miljoenEuro("23")).toBe(2_300_000_000);
    expect(miljoenEuro("23,5")).toBe(2_350_000_000);
    expect(miljoenEuro("23,45")).toBe(2_345_000_000);
    for (const t of ["23,456", "23,", ",5", "23.5", ""]) {
      const f = fout(() => miljoenEuro(t));
      expect(f).toMatchObject({ code: "ongeldig-formaat", path: ["bedrag"] });
      expect(f.message).toContain(JSON.stringify(t));
    }
  });

  it("formatBedrag weigert een bedrag dat geen geheel aantal centen is", () => {
    expect(fout(() => formatBedrag(1.5))).toMatchObject({ code: "ongeldige-waarde", path: ["bedrag"] });
  });
});

describe("bedragInJaar", () => {
  it("jaartallen van vier cijfers (1000 tot en met 9999); anders een fout op het jaar", () => {
    expect(bedragInJaar(impulsbudgetPerRegio, 1000).soort).toBe("geen-waarde");
    expect(bedragInJaar(impulsbudgetPerRegio, 9999).soort).toBe("bedrag");
    for (const j of [999, 10_000, 2025.5]) expect(fout(() => bedragInJaar(impulsbudgetPerRegio, j))).toMatchObject({ code: "ongeldige-waarde", path: ["jaar"] });
    expect(fout(() => bedragInJaar(impulsbudgetPerRegio, 2025.5)).message).toBe("jaar: verwacht een jaartal van vier cijfers (bijv. 2026), ontvangen het getal 2025.5");
  });

  it("een bedrag met bron en toelichting; 2033 betwist met beide lezingen", () => {
    expect(regionaleMiddelen(2027).impulsbudget).toStrictEqual({
      soort: "bedrag",
      bedrag: 111_697_700,
      status: "onder-voorbehoud",
      bron: { bron: "HRT", plaats: "§2.1 Tabel 4 'Overzicht tijdelijke en structurele middelen'" },
      toelichting: expect.stringContaining("Meicirculaire 2025"),
    });
    const b = regionaleMiddelen(2033).impulsbudget;
    expect(b).toMatchObject({ soort: "betwist", lezingen: [{ bedrag: 17_406_800, bron: { bron: "HRT" } }, { bedrag: 0, status: "beoogd", bron: { bron: "NOTA2026" }, toelichting: expect.stringContaining("2033") }] });
    expect(regionaleMiddelen(2027).opmerkingen.length).toBeGreaterThan(0);
  });

  it("een overschrijving geeft één bedrag (instelling), zonder bron of toelichting, ook in 2033", () => {
    const inst = { parameters: { "regio.impulsbudget": { waarde: 100 } } };
    expect(bedragInJaar(impulsbudgetPerRegio, 2033, inst)).toStrictEqual({ soort: "bedrag", bedrag: 100, status: "instelling" });
    expect(bedragInJaar(impulsbudgetPerRegio, 2033, { parameters: { "regio.impulsbudget": { waarde: 0, toelichting: "NOTA2026" } } })).toStrictEqual({
      soort: "bedrag",
      bedrag: 0,
      status: "instelling",
      toelichting: "NOTA2026",
    });
  });

  const p = (andere: { waarde: number; toelichting?: string }[]): Parameter<Cent> => ({
    id: "test.bedrag",
    titel: "Test",
    eenheid: "cent",
    waarden: [
      { waarde: 500 as Cent, status: "vastgesteld", bron: BRON, geldigVanaf: "2030-01-01" as Peildatum, geldigTot: "2030-12-31" as Peildatum, andereLezingen: andere.map((a) => ({ ...a, waarde: a.waarde as Cent, status: "beoogd" as const, bron: NOTA })) },
      { waarde: 600 as Cent, status: "vastgesteld", bron: BRON, geldigVanaf: "2032-01-01" as Peildatum, geldigTot: "2032-12-31" as Peildatum },
    ],
  });

  it("een andere bron met hetzelfde bedrag is geen tegenspraak; een ander bedrag wel (met of zonder toelichting)", () => {
    expect(bedragInJaar(p([{ waarde: 500 }]), 2030)).toStrictEqual({ soort: "bedrag", bedrag: 500, status: "vastgesteld", bron: BRON });
    expect(bedragInJaar(p([{ waarde: 500 }, { waarde: 400 }]), 2030)).toStrictEqual({
      soort: "betwist",
      lezingen: [
        { bedrag: 500, status: "vastgesteld", bron: BRON },
        { bedrag: 400, status: "beoogd", bron: NOTA },
      ],
    });
    expect(bedragInJaar(p([{ waarde: 400, toelichting: "t" }]), 2030)).toMatchObject({ soort: "betwist", lezingen: [{ bedrag: 500 }, { bedrag: 400, toelichting: "t" }] });
  });

  it("geen bedrag: de reden en het jaar in de toelichting (vóór, na, of een gat)", () => {
    expect(bedragInJaar(p([]), 2029)).toStrictEqual({ soort: "geen-waarde", reden: "nog-niet-geldig", toelichting: "Geen bedrag vóór 2030." });
    expect(bedragInJaar(p([]), 2033)).toStrictEqual({ soort: "geen-waarde", reden: "vervallen", toelichting: "Geen bedrag na 2032." });
    expect(bedragInJaar(p([]), 2031)).toStrictEqual({ soort: "geen-waarde", reden: "gat", toelichting: "De bron noemt voor dit jaar geen bedrag." });
  });
});
