import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { volledigConvenant, volledigWerkcentrum, met } from "../../test/hulp/fixtures.js";
import { parseRegionaalBeraad } from "../beraad/schema.js";
import { parseWerkcentrum } from "../werkcentrum/schema.js";
import { parseConvenant } from "./schema.js";

describe("parseConvenant", () => {
  it("accepteert het volledige voorbeeld en geeft dezelfde gegevens terug", () => {
    const c = volledigConvenant();
    const r = parseConvenant(c);
    expect(r).toEqual({ ok: true, value: c });
  });

  it("accepteert een minimaal convenant (regio en partijen) en $schema", () => {
    expect(parseConvenant({ regio: "AM22", partijen: [] }).ok).toBe(true);
    expect(parseConvenant({ $schema: "./convenant.schema.json", regio: "AM22", partijen: [] }).ok).toBe(true);
  });

  it("meldt een onbekend veld met pad en de plek voor vrije afspraken; gooit nooit", () => {
    const r = parseConvenant({ ...volledigConvenant(), stemverhouding: "2/3" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([expect.objectContaining({ code: "onbekend-veld", path: ["stemverhouding"] })]);
    expect(r.issues[0]!.message).toContain("overigeAfspraken");
  });

  it("meldt ontbrekende en ongeldige velden met pad en Nederlandse melding", () => {
    const r = parseConvenant({ partijen: [{ naam: "UWV", soort: "uwv", rol: "lid" }, { naam: "", soort: "bank", rol: "kernpartner" }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const per = Object.fromEntries(r.issues.map((i) => [i.path.join("."), [i.code, i.message]]));
    expect(per["regio"]).toEqual(["verplicht", expect.stringContaining("verplicht veld ontbreekt")]);
    expect(per["partijen.0.rol"]?.[1]).toMatch(/partijen\[0\]\.rol: verwacht een van "kernpartner"/);
    expect(per["partijen.1.naam"]?.[1]).toContain("mag niet leeg zijn");
    expect(per["partijen.1.soort"]?.[0]).toBe("ongeldige-waarde");
  });

  it("controleert datums, bedragen en fte", () => {
    const fouten = (c: unknown) => {
      const r = parseConvenant(c);
      return r.ok ? [] : r.issues.map((i) => `${i.path.join(".")}: ${i.code}`);
    };
    expect(fouten(met(volledigConvenant(), ["partijen", 7, "toelating", "datum"], "2025-02-30"))).toEqual(["partijen.7.toelating.datum: ongeldige-datum"]);
    expect(fouten(met(volledigConvenant(), ["begroting", "posten", 0, "bedragCent"], 135000.5))).toEqual(["begroting.posten.0.bedragCent: ongeldig-type"]);
    const r = parseConvenant(met(volledigConvenant(), ["begroting", "posten", 0, "bedragCent"], 135000.5));
    expect(!r.ok && r.issues[0]!.message).toContain("geheel aantal eurocenten");
    expect(fouten(met(volledigConvenant(), ["begroting", "posten", 0, "bedragCent"], -1))).toEqual(["begroting.posten.0.bedragCent: te-klein"]);
    expect(fouten(met(volledigConvenant(), ["werkcentrum", "gidsfunctie", "bezetting", 0, "fte"], -0.5))).toEqual(["werkcentrum.gidsfunctie.bezetting.0.fte: te-klein"]);
    expect(fouten(met(volledigConvenant(), ["werkcentrum", "gidsfunctie", "bezetting", 0, "soort"], "sbb"))[0]).toBe("werkcentrum.gidsfunctie.bezetting.0.soort: ongeldige-waarde");
  });

  it("bewaart afspraken die het model niet kent in overigeAfspraken", () => {
    const r = parseConvenant({ regio: "Rijnmond", partijen: [], overigeAfspraken: [{ titel: "Vertrouwelijkheid", tekst: "Stukken zijn vertrouwelijk." }], geschillen: "Mediation." });
    expect(r.ok && r.value.overigeAfspraken?.[0]?.tekst).toBe("Stukken zijn vertrouwelijk.");
    expect(r.ok && r.value.geschillen).toBe("Mediation.");
  });

  it("weigert te diep geneste invoer en niet-objecten zonder uitzondering", () => {
    let diep: unknown = {};
    for (let i = 0; i < 200; i++) diep = { a: diep };
    expect(parseConvenant(diep)).toMatchObject({ ok: false, issues: [{ code: "te-diep" }] });
    for (const x of [null, 42, "tekst", [], undefined]) expect(parseConvenant(x).ok).toBe(false);
  });

  it("leest YAML-invoer (na het parsen) net als JSON", () => {
    const tekst = "regio: Twente\npartijen:\n  - { naam: UWV, soort: uwv, rol: kernpartner }\n";
    expect(parseConvenant(parseYaml(tekst))).toMatchObject({ ok: true, value: { regio: "Twente" } });
  });
});

describe("parseWerkcentrum en parseRegionaalBeraad", () => {
  it("accepteren geldige invoer", () => {
    expect(parseWerkcentrum(volledigWerkcentrum())).toEqual({ ok: true, value: volledigWerkcentrum() });
    const { regio, partijen } = volledigConvenant();
    expect(parseRegionaalBeraad({ regio, partijen }).ok).toBe(true);
  });
  it("melden fouten met pad", () => {
    const w = parseWerkcentrum({ regio: "Rijnmond", kanalen: [{ naam: "Zuidplein", soort: "winkel", openingstijden: [{ dagen: [], van: "9:00", tot: "17:00" }] }], website: "x" });
    expect(w.ok).toBe(false);
    if (w.ok) return;
    expect(w.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["kanalen.0.soort", "kanalen.0.openingstijden.0.dagen", "kanalen.0.openingstijden.0.van", "website"]));
    expect(w.issues.find((i) => i.path.join(".") === "kanalen.0.openingstijden.0.van")?.message).toContain("UU:MM");
    const b = parseRegionaalBeraad({ regio: "Rijnmond", partijen: [], werkcentrum: {} });
    expect(b).toMatchObject({ ok: false, issues: [{ code: "onbekend-veld", path: ["werkcentrum"] }] });
  });
});
