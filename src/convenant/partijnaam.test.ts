import { describe, expect, it } from "vitest";
import { gemeentecodeUitTekst, gemeenteUitTekst } from "./partijnaam.js";

const code = (t: string) => gemeentecodeUitTekst(t);

describe("gemeenteUitTekst: de gemeente in een vrije tekst uit een convenant", () => {
  it.each([
    ["Rotterdam", "GM0599"],
    ["gemeente rotterdam", "GM0599"],
    ["GM0599", "GM0599"],
    ["0599", "GM0599"],
    ["Gemeente Rotterdam (centrumgemeente)", "GM0599"],
    ["Rotterdam, als centrumgemeente", "GM0599"],
    ["Rotterdam als de centrumgemeente", "GM0599"],
    ["Centrumgemeente Rotterdam", "GM0599"],
    ["de centrumgemeente Rotterdam", "GM0599"],
    ["College van B&W Rotterdam", "GM0599"],
    ["college van B & W van Rotterdam", "GM0599"],
    ["Het college van burgemeester en wethouders van de gemeente Rotterdam", "GM0599"],
    ["College van BW Rotterdam", "GM0599"],
    // "college van" zonder B&W: de woorden vooraan vallen een voor een weg, niet als één reeks.
    ["College van Rotterdam", "GM0599"],
    ["Het college van Rotterdam", "GM0599"],
    // Een rol achteraan die twee keer genoemd wordt, valt twee keer weg.
    ["Rotterdam, centrumgemeente (als centrumgemeente)", "GM0599"],
    ["Den Haag (centrumgemeente)", "GM0518"],
    ["'s-Gravenhage", "GM0518"],
    // Een gemeentenaam die met "De" begint, blijft heel: eerst zoeken, dan pas inkorten.
    ["De Bilt", "GM0310"],
    ["Gemeente De Bilt", "GM0310"],
    ["Hof van Twente", "GM1735"],
  ])("%s → %s", (tekst, verwacht) => {
    expect(code(tekst)).toBe(verwacht);
  });

  it("alleen de rol, zonder naam: 'de centrumgemeente'", () => {
    for (const t of ["de centrumgemeente", "Centrumgemeente", "DE CENTRUMGEMEENTE", "(centrumgemeente)", "het college van de centrumgemeente", "als centrumgemeente", "(als de centrumgemeente)"]) {
      expect(gemeenteUitTekst(t), t).toStrictEqual({ soort: "rol" });
    }
  });

  it("geen gemeente of niet eenduidig: het zoekresultaat zegt waarom (met suggesties voor de hele tekst)", () => {
    expect(gemeenteUitTekst("UWV").soort).toBe("onbekend");
    expect(gemeenteUitTekst("Regionaal Beraad").soort).toBe("onbekend");
    expect(gemeenteUitTekst("Gemeente Rotterdam en Schiedam").soort).toBe("onbekend");
    expect(gemeenteUitTekst("de gemeente").soort).toBe("onbekend");
    expect(gemeenteUitTekst("()").soort).toBe("onbekend");
    expect(gemeenteUitTekst("Bergen (centrumgemeente)").soort).toBe("dubbelzinnig");
    expect(gemeenteUitTekst("Weesp, als centrumgemeente")).toMatchObject({ soort: "oude-naam", oud: { naam: "Weesp" } });
    const fout = gemeenteUitTekst("Rotterdamm");
    expect(fout).toMatchObject({ soort: "onbekend" });
    expect(fout.soort === "onbekend" && fout.suggesties).toContain("Rotterdam");
    expect(code("Weesp")).toBeUndefined();
  });
});
