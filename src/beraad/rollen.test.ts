import { describe, expect, it } from "vitest";
import { controleerCitaat } from "../bronnen/citaat.js";
import { OngeldigeInvoerFout } from "../result.js";
import { landelijkBeraad, vergelijkLandelijkBeraad } from "./landelijk.js";
import { kernpartnersoorten, organisatiesoorten, rollen } from "./model.js";
import { KOEPELS, rolToegestaan, rolToelatingen } from "./rollen.js";

describe("rolToegestaan: welke rol een soort kan hebben, met bron", () => {
  it("elke soort en rol heeft een antwoord met geldige bronnen", () => {
    for (const s of organisatiesoorten) {
      for (const r of rollen) {
        const t = rolToegestaan(s, r);
        expect(["toegestaan", "niet-toegestaan", "niet-genoemd"]).toContain(t.status);
        expect(t.bronnen.length, `${s}/${r}`).toBeGreaterThan(0);
        for (const b of t.bronnen) expect(controleerCitaat(b), `${s}/${r}`).toEqual([]);
      }
    }
    expect(Object.keys(rolToelatingen).sort()).toEqual([...organisatiesoorten].sort());
  });

  it("precies de kernpartnersoorten kunnen kernpartner zijn", () => {
    for (const s of organisatiesoorten) {
      expect(rolToegestaan(s, "kernpartner").status, s).toBe(kernpartnersoorten.includes(s) ? "toegestaan" : "niet-toegestaan");
    }
    expect(rolToegestaan("onderwijsinstelling", "kernpartner").voorwaarde).toMatch(/contactschool/);
  });

  it("de provincie kan strategische partner zijn, nooit kernpartner; 'overig' is niet genoemd", () => {
    expect(rolToegestaan("provincie", "strategische-partner").status).toBe("toegestaan");
    expect(rolToegestaan("provincie", "kernpartner").status).toBe("niet-toegestaan");
    expect(rolToegestaan("overig", "strategische-partner").status).toBe("niet-genoemd");
    expect(rolToegestaan("uwv", "strategische-partner").status).toBe("niet-genoemd");
    expect(rolToegestaan("sociaal-ontwikkelbedrijf", "strategische-partner").bronnen.map((b) => b.bron)).toEqual(["HRT", "KB2024"]);
  });

  it("koepels volgens de handreiking; iedere soort kan samenwerkingspartner of adviseur zijn", () => {
    expect(KOEPELS.uitzendorganisatie).toEqual(["ABU", "NBBU"]);
    expect(rolToegestaan("uitzendorganisatie", "strategische-partner").voorwaarde).toMatch(/ABU/);
    for (const s of organisatiesoorten) {
      expect(rolToegestaan(s, "samenwerkingspartner").status).toBe("toegestaan");
      expect(rolToegestaan(s, "adviseur").bronnen[0]?.bron).toBe("KB2022");
    }
  });
});

describe("landelijkBeraad: samenstelling volgens elke bron, zonder te kiezen", () => {
  it("het ondertekende convenant (S1) met de zestien partijen", () => {
    const namen = landelijkBeraad.ondertekend.leden.map((l) => l.naam);
    expect(namen).toEqual(["SZW", "OCW", "EZ", "VNG", "G4", "G40", "Divosa", "UWV", "SBB", "VNO-NCW", "MKB-Nederland", "FNV", "CNV", "VCP", "MBO Raad", "NRTO"]);
    expect(landelijkBeraad.ondertekend.bron.bron).toBe("S1");
    expect(landelijkBeraad.lezingen[0]).toBe(landelijkBeraad.ondertekend);
  });

  it("elke lezing, elk verschil en elke afspraak heeft een geldig citaat", () => {
    for (const l of landelijkBeraad.lezingen) expect(controleerCitaat(l.bron), l.id).toEqual([]);
    for (const v of landelijkBeraad.verschillen) for (const l of v.lezingen) expect(controleerCitaat(l.bron), v.onderwerp).toEqual([]);
    for (const a of landelijkBeraad.afspraken) for (const b of a.bronnen) expect(controleerCitaat(b), a.tekst).toEqual([]);
  });

  it("noemt het bovenregionaal tactisch overleg uit KB2022 (schakel tussen regionaal en landelijk)", () => {
    const t = landelijkBeraad.afspraken.find((a) => a.tekst.includes("bovenregionaal tactisch overleg"));
    expect(t?.tekst).toContain("alle 35 arbeidsmarktregio's");
    expect(t?.bronnen).toEqual([expect.objectContaining({ bron: "KB2022" })]);
  });

  it("toont de verschillen: EZ tegenover EZK, Divosa, uitvoerders", () => {
    const onderwerpen = landelijkBeraad.verschillen.map((v) => v.onderwerp);
    expect(onderwerpen).toEqual(expect.arrayContaining(["Ministerie van Economische Zaken", "Divosa", "Uitvoerders"]));
    const ez = landelijkBeraad.verschillen.find((v) => v.onderwerp === "Ministerie van Economische Zaken")!;
    expect(new Set(ez.lezingen.map((l) => l.tekst.slice(0, 3).trim()))).toEqual(new Set(["EZ", "EZK"]));
  });

  it("vergelijkLandelijkBeraad berekent wat in de ene lezing staat en niet in de andere", () => {
    const v = vergelijkLandelijkBeraad("S1", "KB2024");
    expect(v.alleenInA.map((l) => l.naam)).toEqual(expect.arrayContaining(["EZ", "Divosa", "G40", "MBO Raad"]));
    expect(v.alleenInB.map((l) => l.naam)).toEqual(expect.arrayContaining(["EZK", "(publieke en private) uitvoerders"]));
    expect(vergelijkLandelijkBeraad("S1", "S1")).toMatchObject({ alleenInA: [], alleenInB: [] });
    expect(vergelijkLandelijkBeraad("NOTA2026", "S1").alleenInA.map((l) => l.naam)).toEqual(["EZK", "sociale partners", "onderwijs"]);
    expect(() => vergelijkLandelijkBeraad("S1", "X" as never)).toThrow(OngeldigeInvoerFout);
  });
});
