import { describe, expect, it } from "vitest";
import { isBronSleutel } from "../bronnen/bronnen.js";
import { isPeildatum } from "./peildatum.js";
import { mijlpalen, mijlpalenNa } from "./mijlpalen.js";

describe("mijlpalen", () => {
  it("zijn gesorteerd, met geldige datums, een bron en een unieke id", () => {
    const lijst = mijlpalen();
    const ids = new Set(lijst.map((m) => m.id));
    expect(ids.size).toBe(lijst.length);
    for (const m of lijst) {
      expect(isBronSleutel(m.bron.bron), m.id).toBe(true);
      expect(m.bron.plaats.length, m.id).toBeGreaterThan(0);
      expect(m.van !== null && isPeildatum(m.van) && m.tot !== null && isPeildatum(m.tot) && m.van <= m.tot, m.id).toBe(true);
      for (const s of m.strijdigMet ?? []) expect(ids.has(s), `${m.id} -> ${s}`).toBe(true);
    }
    const vans = lijst.map((m) => m.van!);
    expect([...vans].sort()).toEqual(vans);
  });

  it("bevat de harde RMT-datums uit HRT §5.1", () => {
    const op = (id: string) => mijlpalen().find((m) => m.id === id);
    expect(op("rmt-laatste-start-via-uwv")?.van).toBe("2024-12-31");
    expect(op("verantwoording-personele-inzet-2024")?.van).toBe("2025-07-15");
    expect(op("rmt-einde-via-uwv")?.van).toBe("2025-08-31");
    expect(op("laatste-declaratiemoment")?.van).toBe("2025-11-28");
  });

  it("toont beide lezingen van het einde van het impulsbudget (2033 en 2034)", () => {
    const nota = mijlpalen().find((m) => m.id === "impulsbudget-nul-nota");
    const hrt = mijlpalen().find((m) => m.id === "impulsbudget-nul-handreiking");
    expect(nota?.van?.slice(0, 4)).toBe("2033");
    expect(hrt?.van?.slice(0, 4)).toBe("2034");
    expect(nota?.strijdigMet).toContain("impulsbudget-nul-handreiking");
  });

  it("de vaststelling van de landelijke meerjarenagenda is een periode, geen dag: NOTA2026 zegt alleen 'recent' (nota van 11 maart 2026)", () => {
    const op = (id: string) => mijlpalen().find((m) => m.id === id);
    expect(op("landelijke-meerjarenagenda-vastgesteld")).toMatchObject({
      van: "2026-01-01",
      tot: "2026-03-11",
      precisie: "periode",
      datumTekst: "begin 2026 (vóór 11 maart 2026)",
      bron: { bron: "NOTA2026", citaat: "Het Landelijk Beraad heeft recent de landelijke meerjarenagenda vastgesteld." },
      strijdigMet: ["landelijke-meerjarenagenda-gepland"],
    });
    expect(op("landelijke-meerjarenagenda-definitief")).toMatchObject({ van: "2026-03-15", precisie: "dag", status: "beoogd" });
    expect(op("landelijke-meerjarenagenda-gepland")).toMatchObject({ van: "2025-03-01", tot: "2025-05-31", precisie: "seizoen" });
    // een periode blijft in mijlpalenNa tot haar laatste dag voorbij is
    expect(mijlpalenNa("2026-03-10").some((m) => m.id === "landelijke-meerjarenagenda-vastgesteld")).toBe(true);
    expect(mijlpalenNa("2026-03-11").some((m) => m.id === "landelijke-meerjarenagenda-vastgesteld")).toBe(false);
  });

  it("toont beide datums van de Kamerbrief van 2024 (KB2024 en HRT: 29 april; NOTA2026: 24 april)", () => {
    const kb = mijlpalen().find((m) => m.id === "kamerbrief-hervorming");
    const nota = mijlpalen().find((m) => m.id === "kamerbrief-hervorming-nota");
    expect(kb).toMatchObject({ van: "2024-04-29", strijdigMet: ["kamerbrief-hervorming-nota"] });
    expect(nota).toMatchObject({ van: "2024-04-24", strijdigMet: ["kamerbrief-hervorming"] });
    expect(nota?.bron.bron).toBe("NOTA2026");
  });

  it("toont de geplande start van de campagne (HRT: eind 2025) naast de werkelijke (NOTA2026: 23 maart 2026)", () => {
    const gepland = mijlpalen().find((m) => m.id === "publiekscampagne-gepland");
    const gebeurd = mijlpalen().find((m) => m.id === "publiekscampagne");
    expect(gepland).toMatchObject({ van: "2025-10-01", tot: "2025-12-31", precisie: "periode", datumTekst: "eind 2025", status: "beoogd", strijdigMet: ["publiekscampagne"] });
    expect(gepland?.bron).toMatchObject({ bron: "HRT", plaats: "§1.5 Communicatie" });
    expect(gebeurd).toMatchObject({ van: "2026-03-23", status: "gebeurd", strijdigMet: ["publiekscampagne-gepland"] });
  });

  it("mijlpalenNa geeft alleen wat na de peildatum ligt, vage datums tot hun periode voorbij is", () => {
    const na = mijlpalenNa("2025-11-01");
    // Eerst de periode 'eind 2025' (nog niet voorbij), dan de eerste dag ná de peildatum.
    expect(na.slice(0, 2).map((m) => m.id)).toEqual(["publiekscampagne-gepland", "laatste-declaratiemoment"]);
    expect(na.every((m) => m.tot === null || m.tot > "2025-11-01")).toBe(true);
    expect(mijlpalenNa("2025-11-28").some((m) => m.id === "laatste-declaratiemoment")).toBe(false);
    // 'medio 2025' loopt tot eind augustus
    expect(mijlpalenNa("2025-06-15").some((m) => m.id === "community-leerwerkloketten-sluit")).toBe(true);
    expect(mijlpalenNa("2035-01-01")).toEqual([]);
  });

  it("verschuift mijlpalen die van de inwerkingtreding afhangen mee met de instellingen", () => {
    const m = mijlpalen({ inwerkingtreding: "2027-01-01" }).find((x) => x.id === "einde-transitieperiode");
    expect(m?.van).toBe("2027-01-01");
    const onbekend = mijlpalenNa("2030-01-01", { inwerkingtreding: "onbekend" });
    expect(onbekend.map((x) => x.id)).toEqual(expect.arrayContaining(["inwerkingtreding-wet", "einde-transitieperiode"]));
    expect(onbekend.at(-1)?.van).toBeNull();
  });

  it("weigert een ongeldige peildatum", () => {
    expect(() => mijlpalenNa("2025-02-29")).toThrow(/februari 2025 heeft 28 dagen/);
  });
});
