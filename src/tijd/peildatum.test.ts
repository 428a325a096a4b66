import { describe, expect, it } from "vitest";
import { OngeldigeInvoerFout } from "../result.js";
import { controleerPeildatum, dagenInMaand, isPeildatum, isSchrikkeljaar, parsePeildatum, peildatum } from "./peildatum.js";

describe("peildatum", () => {
  it("accepteert bestaande datums in de vorm JJJJ-MM-DD", () => {
    for (const d of ["2025-01-01", "2024-02-29", "2000-02-29", "2026-12-31", "0001-01-01"]) {
      expect(isPeildatum(d)).toBe(true);
      expect(peildatum(d)).toBe(d);
    }
  });

  it("weigert 2025-02-30 met een melding die de maand noemt", () => {
    const issue = controleerPeildatum("2025-02-30");
    expect(issue?.code).toBe("ongeldige-datum");
    expect(issue?.message).toBe("peildatum: 2025-02-30 is geen bestaande datum: februari 2025 heeft 28 dagen");
    expect(() => peildatum("2025-02-30")).toThrow(OngeldigeInvoerFout);
  });

  it("weigert 2025-2-3 omdat de vorm niet klopt", () => {
    const issue = controleerPeildatum("2025-2-3");
    expect(issue?.code).toBe("ongeldig-formaat");
    expect(issue?.message).toContain("JJJJ-MM-DD");
  });

  it.each([
    ["1900-02-29", "ongeldige-datum"],
    ["2100-02-29", "ongeldige-datum"],
    ["2025-13-01", "ongeldige-datum"],
    ["2025-00-10", "ongeldige-datum"],
    ["2025-04-31", "ongeldige-datum"],
    ["2025-01-00", "ongeldige-datum"],
    ["0000-01-01", "ongeldige-datum"],
    ["2025-01-01T00:00:00Z", "ongeldig-formaat"],
    [" 2025-01-01", "ongeldig-formaat"],
    ["20250101", "ongeldig-formaat"],
    ["", "ongeldig-formaat"],
  ])("weigert %s (%s)", (d, code) => {
    expect(controleerPeildatum(d)?.code).toBe(code);
    expect(isPeildatum(d)).toBe(false);
  });

  it("weigert andere typen dan tekst", () => {
    for (const w of [undefined, null, 20250101, new Date(), {}, []]) {
      expect(controleerPeildatum(w)?.code).toBe("ongeldig-type");
    }
    const r = parsePeildatum(42, ["opties", "peildatum"]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.path).toEqual(["opties", "peildatum"]);
      // de melding noemt het hele veld, zoals het pad
      expect(r.issues[0]?.message).toBe("opties.peildatum: verwacht een datum als tekst (JJJJ-MM-DD), ontvangen het getal 42");
    }
  });

  it("kent schrikkeljaren en maandlengtes", () => {
    expect(isSchrikkeljaar(2024)).toBe(true);
    expect(isSchrikkeljaar(2100)).toBe(false);
    expect(isSchrikkeljaar(2000)).toBe(true);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => dagenInMaand(2025, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(dagenInMaand(2024, 2)).toBe(29);
  });

  it("de melding noemt het veld met het hele pad; een pad van één deel (een argument of optie) letterlijk", () => {
    expect(controleerPeildatum("2026-02-30", ["instellingen", "inwerkingtreding"])?.message).toBe("instellingen.inwerkingtreding: 2026-02-30 is geen bestaande datum: februari 2026 heeft 28 dagen");
    expect(controleerPeildatum("x", ["stappenplan", 2, "gereedOp"])?.message).toBe('stappenplan[2].gereedOp: "x" heeft niet de vorm JJJJ-MM-DD (bijvoorbeeld 2026-07-01)');
    expect(controleerPeildatum("x", ["instellingen", "parameters", "wet.inwerkingtreding", "waarde"])?.message).toMatch(/^instellingen\.parameters\["wet\.inwerkingtreding"\]\.waarde: /);
    expect(controleerPeildatum("x", ["--peildatum"])?.message).toMatch(/^--peildatum: /);
    expect(controleerPeildatum("x", [])?.message).toMatch(/^peildatum: /);
    expect(controleerPeildatum("x")?.message).toMatch(/^peildatum: /);
  });

  it("OngeldigeInvoerFout draagt code en pad", () => {
    try {
      peildatum("2025-02-30", ["convenant", "ondertekend"]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OngeldigeInvoerFout);
      expect((e as OngeldigeInvoerFout).code).toBe("ongeldige-datum");
      expect((e as OngeldigeInvoerFout).path).toEqual(["convenant", "ondertekend"]);
      expect((e as Error).message).toMatch(/^convenant\.ondertekend: 2025-02-30 is geen bestaande datum/);
    }
  });
});
