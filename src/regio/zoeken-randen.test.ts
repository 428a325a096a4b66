import { describe, expect, it } from "vitest";
import { OngeldigeInvoerFout } from "../result.js";
import { regioVanGemeente, vindGemeente, werkcentrumNaam, werkcentrumSubdomein, zoekGemeente } from "./regio.js";

/** Randen van het zoeken naar gemeenten en regio's: codes van verdwenen gemeenten, onbekende codes, JavaScript-aanroepen zonder tekst. */
describe("zoekGemeente op code", () => {
  it("een code van een verdwenen gemeente (met of zonder GM, zonder voorloopnullen) geeft de oude naam", () => {
    for (const term of ["GM0305", "gm0305", "305", "0305"]) {
      expect(zoekGemeente(term), term).toMatchObject({ soort: "oude-naam", oud: { naam: "Abcoude", code: "GM0305", laatsteJaar: 2010, regio: null } });
    }
  });

  it("een code die nooit bestond is onbekend, zonder suggesties uit het niets", () => {
    expect(zoekGemeente("GM9999")).toEqual({ soort: "onbekend", suggesties: [] });
  });

  it("'gemeente X' vindt X", () => {
    expect(zoekGemeente("gemeente Emmen")).toMatchObject({ soort: "gemeente", gemeente: { code: "GM0114" } });
  });
});

describe("aanroepen vanuit JavaScript zonder tekst", () => {
  it("vindGemeente en regioVanGemeente geven undefined in plaats van te gooien", () => {
    for (const x of [5, null, undefined, {}, ["Emmen"]]) {
      expect(vindGemeente(x as unknown as string), String(x)).toBeUndefined();
      expect(regioVanGemeente(x as unknown as string), String(x)).toBeUndefined();
    }
  });
});

describe("werkcentrumNaam en werkcentrumSubdomein met een onbekende regio", () => {
  it("gooien OngeldigeInvoerFout, met een suggestie als er een dichtbij ligt", () => {
    expect(() => werkcentrumNaam("Rijnmnd")).toThrow(new OngeldigeInvoerFout({ code: "ongeldige-waarde", path: ["regio"], message: 'werkcentrumNaam: onbekende arbeidsmarktregio "Rijnmnd"; bedoelde u "Rijnmond"?' }));
    expect(() => werkcentrumSubdomein("qqqqqqqq")).toThrow('werkcentrumSubdomein: onbekende arbeidsmarktregio "qqqqqqqq"');
    expect(() => werkcentrumSubdomein("qqqqqqqq")).not.toThrow(/bedoelde u/);
  });
});
