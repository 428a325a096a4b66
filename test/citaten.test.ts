import { describe, expect, it } from "vitest";
import { bronnen } from "../src/bronnen/bronnen.js";
import { controleerCitaat } from "../src/bronnen/citaat.js";
import { alleParameters } from "../src/parameters.js";
import { arbeidsmarktregios } from "../src/regio/regio.js";
import { regelcatalogus } from "../src/regels.js";
import { mijlpalen } from "../src/tijd/mijlpalen.js";

/**
 * Meta-test: elke regel, parameterwaarde, mijlpaal en elk feit in de referentiedata heeft een
 * citaat naar een bekende bron met een plaats. Faalt dit, dan faalt de build.
 */
describe("citaten", () => {
  it("het bronnenregister is compleet: titel, datum, soort; de vijf kerndocumenten en S1..S15", () => {
    for (const [sleutel, b] of Object.entries(bronnen)) {
      expect(b.sleutel).toBe(sleutel);
      expect(b.titel.length).toBeGreaterThan(5);
      expect(b.datum).toMatch(/^(\d{4}(-\d{2}(-\d{2})?)?|onbekend)$/);
    }
    for (const k of ["KB2022", "VERSLAG2022", "KB2024", "HRT", "NOTA2026", ...Array.from({ length: 15 }, (_, i) => `S${i + 1}`)]) {
      expect(Object.keys(bronnen)).toContain(k);
    }
    expect(bronnen.KB2024.referentie).toContain("33 566, nr. 109");
    expect(bronnen.KB2022.referentie).toContain("33 566, nr. 108");
    expect(bronnen.S1.referentie).toBe("Staatscourant 2025, 34554");
  });

  it("controleerCitaat vangt ontbrekende en onbekende bronnen", () => {
    expect(controleerCitaat({ bron: "HRT", plaats: "§4.1" })).toEqual([]);
    expect(controleerCitaat({ bron: "XYZ", plaats: "§1" })).toEqual(['onbekende bron "XYZ"']);
    expect(controleerCitaat({ bron: "HRT", plaats: " " })).toEqual(["plaats ontbreekt"]);
    expect(controleerCitaat(undefined)).toEqual(["geen citaat"]);
  });

  it("elke parameterwaarde, eerdere lezing, andere lezing en opmerking heeft een geldig citaat", () => {
    for (const p of alleParameters()) {
      expect(p.waarden.length, p.id).toBeGreaterThan(0);
      for (const w of p.waarden) {
        expect(controleerCitaat(w.bron), p.id).toEqual([]);
        for (const l of w.andereLezingen ?? []) expect(controleerCitaat(l.bron), p.id).toEqual([]);
      }
      for (const l of p.eerdereLezingen ?? []) expect([...controleerCitaat(l.bron), ...controleerCitaat(l.vervangenDoor)], p.id).toEqual([]);
      for (const o of p.opmerkingen ?? []) expect(controleerCitaat(o.bron), p.id).toEqual([]);
    }
  });

  it("parameters hebben unieke ids en waarden zonder overlap, gesorteerd", () => {
    const ids = alleParameters().map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of alleParameters()) {
      for (let i = 1; i < p.waarden.length; i++) {
        const vorige = p.waarden[i - 1]!;
        const deze = p.waarden[i]!;
        expect(vorige.geldigTot !== undefined && deze.geldigVanaf !== undefined && vorige.geldigTot < deze.geldigVanaf, p.id).toBe(true);
      }
    }
  });

  it("elke mijlpaal heeft een geldig citaat", () => {
    for (const m of mijlpalen()) {
      expect(controleerCitaat(m.bron), m.id).toEqual([]);
      for (const b of m.andereBronnen ?? []) expect(controleerCitaat(b), m.id).toEqual([]);
    }
  });

  it("elk regiofeit (indeling, alias, centrumgemeente) heeft een geldig citaat", () => {
    for (const r of arbeidsmarktregios) {
      expect(controleerCitaat(r.bron), r.code).toEqual([]);
      for (const a of r.aliassen) expect(controleerCitaat(a.bron), r.code).toEqual([]);
      const c = r.centrumgemeente;
      for (const b of c.status === "eenduidig" ? c.bronnen : [...c.lezingen.flatMap((l) => l.bronnen), ...(c.meerdereInDePraktijk?.bronnen ?? [])]) expect(controleerCitaat(b), r.code).toEqual([]);
    }
  });

  it("elke regel in de catalogus heeft een uniek id, grondslag, titel, hint en geldig citaat", () => {
    const ids = regelcatalogus.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of regelcatalogus) {
      expect(r.id, r.id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
      expect(["wet", "beleid", "handreiking", "voorbeeld"]).toContain(r.grondslag);
      expect(r.titel.length, r.id).toBeGreaterThan(3);
      expect(r.hint.length, r.id).toBeGreaterThan(3);
      expect(controleerCitaat(r.bron), r.id).toEqual([]);
      for (const b of r.andereBronnen ?? []) expect(controleerCitaat(b), r.id).toEqual([]);
    }
  });

  it("een regel die op een secundaire bron rust (nieuwsbericht of webpagina), is hoogstens een handreiking", () => {
    const secundair = (sleutel: string) => {
      const soort = bronnen[sleutel as keyof typeof bronnen]?.soort;
      return soort === "nieuwsbericht" || soort === "webpagina";
    };
    const teZwaar = regelcatalogus.filter((r) => secundair(r.bron.bron) && (r.grondslag === "wet" || r.grondslag === "beleid")).map((r) => `${r.id} (${r.bron.bron}, ${r.grondslag})`);
    expect(teZwaar).toEqual([]);
    // De twee regels die op een nieuwsbericht rusten, wegen gelijk (S11 en S9).
    const grondslag = (id: string) => regelcatalogus.find((r) => r.id === id)?.grondslag;
    expect([grondslag("werkcentrum/binnenlopen-zonder-afspraak"), grondslag("agenda/arbeidsmigranten")]).toEqual(["handreiking", "handreiking"]);
  });
});
