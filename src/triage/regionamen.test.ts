import { describe, expect, it } from "vitest";
import { arbeidsmarktregios } from "../regio/regio.js";
import { isRegioCode, regioCodes, regionaam, regioNummer, type RegioCode } from "./regionamen.js";

describe("regionamen", () => {
  it("kent precies de 35 CBS-codes, met dezelfde namen als de regiotabel", () => {
    expect(regioCodes).toHaveLength(35);
    expect(regioCodes).toEqual(arbeidsmarktregios.map((r) => r.code));
    for (const r of arbeidsmarktregios) expect(regionaam(r.code as RegioCode)).toBe(r.naam);
  });

  it("regioNummer: volgnummer in CBS-volgorde, -1 voor alles wat geen code is", () => {
    regioCodes.forEach((c, i) => expect(regioNummer(c)).toBe(i));
    for (const x of ["AM04", "AM16", "AM31", "AM39", "am22", "AM2", "AM222", "BM22", "AMx2", "AM2x", ""]) expect(regioNummer(x), x).toBe(-1);
  });

  it("sleutels van Object.prototype zijn geen regiocode en geven geen functie als naam", () => {
    for (const x of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      expect(isRegioCode(x), x).toBe(false);
      // Buiten het type (JavaScript-gebruikers): de tekst zelf terug, nooit Object.prototype.constructor.
      expect(regionaam(x as RegioCode), x).toBe(x);
    }
    expect(isRegioCode(22)).toBe(false);
  });
});
