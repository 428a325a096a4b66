import { describe, expect, it } from "vitest";
import { normaliseerHulpvraag } from "./normaliseer.js";
import { parseHulpvraag } from "./schema.js";

const basis = { onderwerpen: ["werk"], deur: { soort: "werkcentrum" } };
const issues = (x: unknown) => {
  const r = parseHulpvraag(x);
  return r.ok ? [] : r.issues.map((i) => `${i.code} ${i.path.join(".")}: ${i.message}`);
};

describe("parseHulpvraag", () => {
  it("leest de drie soorten vragers", () => {
    expect(parseHulpvraag({ vrager: "werkzoekende", uitkering: "WW", wwEinddatum: "2026-10-01", ...basis }).ok).toBe(true);
    expect(parseHulpvraag({ vrager: "werkende", uitkering: "geen", privateOndersteuning: ["cao", "sociaal-plan"], dreigtWerkloos: "ja", contract: "zzp", ...basis }).ok).toBe(true);
    expect(parseHulpvraag({ vrager: "werkgever", regios: "landelijk", leerbedrijfvraag: true, omvang: "groot", ...basis }).ok).toBe(true);
  });

  it("onmogelijke combinaties zijn onbekende velden: een uitkering bij een werkgever, een contract bij een werkzoekende", () => {
    expect(issues({ vrager: "werkgever", uitkering: "WW", ...basis })).toEqual(['onbekend-veld uitkering: uitkering: onbekend veld "uitkering"']);
    expect(issues({ vrager: "werkzoekende", uitkering: "geen", contract: "vast", ...basis })).toEqual(['onbekend-veld contract: contract: onbekend veld "contract"']);
  });

  it("een WW-einddatum alleen bij WW; een ongeldige datum met Nederlandse melding", () => {
    expect(issues({ vrager: "werkzoekende", uitkering: "bijstand", wwEinddatum: "2026-10-01", ...basis })).toEqual([
      'inconsistent wwEinddatum: wwEinddatum: alleen bij uitkering "WW" (nu "bijstand")',
    ]);
    expect(issues({ vrager: "werkzoekende", uitkering: "WW", wwEinddatum: "2026-02-30", ...basis })[0]).toContain("februari 2026 heeft 28 dagen");
  });

  it("verplichte velden, lege en dubbele lijsten, verkeerde waarden", () => {
    expect(issues({ vrager: "werkzoekende", deur: { soort: "werkcentrum" } })).toEqual([
      "verplicht onderwerpen: onderwerpen: verplicht veld ontbreekt (verwacht lijst)",
      'verplicht uitkering: uitkering: verwacht een van "WW", "WIA/WGA", "Wajong", "bijstand", "geen", "onbekend" (verplicht veld ontbreekt)',
    ]);
    expect(issues({ vrager: "werkzoekende", uitkering: "geen", onderwerpen: ["werk", "werk"], deur: { soort: "werkcentrum" } })).toEqual(['dubbel onderwerpen.1: onderwerpen[1]: "werk" staat er al eerder in']);
    expect(issues({ vrager: "werkzoekende", uitkering: "AOW", ...basis })[0]).toMatch(/^ongeldige-waarde uitkering: .*verwacht een van "WW", "WIA\/WGA"/);
    expect(issues({ vrager: "student", ...basis })[0]).toMatch(/^ongeldige-waarde vrager/);
    expect(issues({ vrager: "werkende", uitkering: "geen", privateOndersteuning: [], ...basis })[0]).toMatch(/privateOndersteuning/);
    expect(issues({ vrager: "werkzoekende", uitkering: "geen", leeftijd: 17.5, ...basis })[0]).toMatch(/^ongeldig-type leeftijd|^ongeldige-waarde leeftijd/);
    expect(issues({ vrager: "werkzoekende", uitkering: "geen", onderwerpen: ["werk"], deur: { soort: "loket" } })[0]).toMatch(/deur/);
  });

  it("regio's: CBS-code of CBS-naam wordt de code; onbekend wordt gemeld; een werkgever met regio buiten zijn regio's is tegenstrijdig", () => {
    const r = parseHulpvraag({ vrager: "werkgever", regio: "zuid-limburg", regios: ["AM30", "Rijnmond", "am21"], ...basis });
    expect(r.ok && r.value.vrager === "werkgever" && [r.value.regio, r.value.regios]).toEqual(["AM30", ["AM30", "AM22", "AM21"]]);
    expect(issues({ vrager: "werkgever", regios: ["AM04"], ...basis })[0]).toMatch(/^ongeldige-waarde regios: regios: \[0\] onbekende arbeidsmarktregio "AM04"/);
    expect(issues({ vrager: "werkgever", regios: [], ...basis })[0]).toBe("te-klein regios: regios: mag niet leeg zijn");
    expect(issues({ vrager: "werkgever", regios: "overal", ...basis })[0]).toBe('ongeldige-waarde regios: regios: verwacht een lijst arbeidsmarktregio\'s of "landelijk"');
    expect(issues({ vrager: "werkgever", regio: "AM21", regios: ["AM22"], ...basis })).toEqual(["inconsistent regio: regio: AM21 staat niet in regios (AM22)"]);
    expect(issues({ vrager: "werkgever", regios: ["AM22", "Rijnmond"], ...basis })[0]).toMatch(/^dubbel regios\.1/);
  });
});

describe("normaliseerHulpvraag", () => {
  const p = (x: Record<string, unknown>) => {
    const r = parseHulpvraag({ vrager: "werkzoekende", uitkering: "geen", ...basis, ...x });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return normaliseerHulpvraag(r.value);
  };

  it("maakt van de woongemeente de CBS-naam en vult de regio aan", () => {
    expect(p({ woongemeente: "Den Haag" })).toMatchObject({ ok: true, value: { woongemeente: "'s-Gravenhage", regio: "AM21" } });
    expect(p({ woongemeente: "GM0479" })).toMatchObject({ ok: true, value: { woongemeente: "Zaanstad", regio: "AM17" } });
    expect(p({ woongemeente: "zaanstad", regio: "AM17" })).toMatchObject({ ok: true });
  });

  it("meldt een onbekende, dubbelzinnige of opgeheven gemeente en een regio die er niet bij hoort", () => {
    const fout = (x: Record<string, unknown>) => {
      const r = p(x);
      return r.ok ? "" : r.issues.map((i) => `${i.code} ${i.path.join(".")}: ${i.message}`).join("; ");
    };
    expect(fout({ woongemeente: "Zaanstd" })).toBe('ongeldige-waarde woongemeente: woongemeente: onbekende gemeente "Zaanstd"; bedoelde u "Zaanstad"?');
    expect(fout({ woongemeente: "Bergen" })).toMatch(/dubbelzinnig: Bergen \(NH\.\) \(GM0373\) of Bergen \(L\.\) \(GM0893\)/);
    expect(fout({ woongemeente: "Weesp" })).toMatch(/Weesp bestaat sinds \d{4} niet meer als gemeente/);
    expect(fout({ woongemeente: "Zaanstad", regio: "AM22" })).toBe("inconsistent regio: regio: Zaanstad hoort bij arbeidsmarktregio AM17, niet bij AM22");
  });

  it("laat werkgevers en vragen zonder woongemeente ongemoeid", () => {
    const w = { vrager: "werkgever" as const, onderwerpen: ["personeel" as const], deur: { soort: "digitaal" as const } };
    expect(normaliseerHulpvraag(w)).toEqual({ ok: true, value: w });
  });
});

describe("parseHulpvraag met iets dat geen object is (adoptietoets)", () => {
  it("zegt dat er een object verwacht werd, niet dat de vrager ontbreekt", () => {
    expect(parseHulpvraag(null)).toEqual({ ok: false, issues: [{ code: "ongeldig-type", path: [], message: "(hele document): verwacht een object (een hulpvraag), ontvangen null" }] });
    const lijst = parseHulpvraag([]);
    expect(lijst.ok ? "" : lijst.issues[0]?.message).toBe("(hele document): verwacht een object (een hulpvraag), ontvangen een lijst");
    // Een object zonder (geldige) vrager: de melding noemt de vrager.
    const leeg = parseHulpvraag({});
    expect(leeg.ok ? [] : leeg.issues.map((i) => i.path)).toEqual([["vrager"]]);
  });
});
