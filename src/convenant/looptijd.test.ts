import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { controleerRapport, kern, kernen, toetsRegel } from "../../test/hulp/contract.js";
import { diepBevroren, met, volledigConvenant } from "../../test/hulp/fixtures.js";
import { regelcatalogus } from "../regels.js";
import type { Convenant } from "./model.js";
import { convenantEigenRegels, looptijdOpPeildatum } from "./regels.js";
import { parseConvenant } from "./schema.js";
import { toetsConvenant } from "./toets.js";

/**
 * De datums van het convenant zelf: de samenhang van de looptijd bij het parsen, en de regel
 * convenant/looptijd-op-peildatum (ondertekend, ingegaan, niet verlopen op de peildatum).
 */

const P = "2026-09-01";
const ID = "convenant/looptijd-op-peildatum";
const basis = (): Convenant => volledigConvenant();
const metDatums = (ondertekening: string | undefined, ingangsdatum?: string, einddatum?: string): Convenant => {
  const c: Convenant = { ...basis(), ondertekening: ondertekening === undefined ? {} : { datum: ondertekening } };
  if (ingangsdatum === undefined && einddatum === undefined) return c;
  return { ...c, looptijd: { ...(ingangsdatum !== undefined && { ingangsdatum }), ...(einddatum !== undefined && { einddatum }) } };
};
/** De regel op een diep bevroren convenant; de invoer blijft gelijk aan een losse kopie. */
const toets = (c: Convenant, peildatum = P) => {
  const kopie = structuredClone(c);
  const bevroren = diepBevroren(c);
  const u = toetsRegel(looptijdOpPeildatum, bevroren, peildatum);
  expect(bevroren).toEqual(kopie);
  return u;
};
const k = (c: Convenant, peildatum = P) => toets(c, peildatum).map(kern);

describe("parseConvenant: de looptijd", () => {
  const looptijd = (l: unknown) => parseConvenant(met(basis(), ["looptijd"], l));

  it("een einddatum vóór de ingangsdatum is inconsistent, op het pad van de einddatum", () => {
    const r = looptijd({ ingangsdatum: "2026-01-01", einddatum: "2025-12-31" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([{ code: "inconsistent", path: ["looptijd", "einddatum"], message: "looptijd.einddatum: de einddatum (2025-12-31) ligt vóór de ingangsdatum (2026-01-01)" }]);
  });

  it("dezelfde dag, alleen een van beide, of geen van beide: geldig", () => {
    for (const l of [{ ingangsdatum: "2026-01-01", einddatum: "2026-01-01" }, { ingangsdatum: "2026-01-01", einddatum: "2029-12-31" }, { einddatum: "2020-01-01" }, { ingangsdatum: "2030-01-01" }, { toelichting: "onbepaalde tijd" }]) {
      expect(looptijd(l), JSON.stringify(l)).toMatchObject({ ok: true, value: { looptijd: l } });
    }
  });

  it("een ongeldige datum (begin of einde) geeft de datummelding, geen extra 'inconsistent'; samen met een onbekend veld worden beide gemeld", () => {
    const r = looptijd({ ingangsdatum: "2026-01-01", einddatum: "2025-02-30" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.path.join("."), i.code])).not.toContainEqual(["looptijd.einddatum", "inconsistent"]);
    expect(r.issues.map((i) => i.path.join("."))).toEqual(["looptijd.einddatum"]);
    const begin = looptijd({ ingangsdatum: "2026-02-30", einddatum: "2025-12-31" });
    expect(begin.ok ? [] : begin.issues.map((i) => [i.path.join("."), i.code])).toEqual([["looptijd.ingangsdatum", "ongeldige-datum"]]);
    const twee = looptijd({ ingangsdatum: "2026-01-01", einddatum: "2025-12-31", eind: "x" });
    expect(twee.ok).toBe(false);
    if (!twee.ok) expect(twee.issues.map((i) => i.code).sort()).toEqual(["inconsistent", "onbekend-veld"]);
  });
});

describe("convenant/looptijd-op-peildatum", () => {
  it("staat in de catalogus bij de convenantregels, met KB2024 §4 als bron en HRT §1.3 ernaast (beleid)", () => {
    expect(convenantEigenRegels[0]).toBe(looptijdOpPeildatum);
    expect(regelcatalogus.filter((r) => r.id === ID)).toHaveLength(1);
    expect(looptijdOpPeildatum.grondslag).toBe("beleid");
    expect(looptijdOpPeildatum.bron).toMatchObject({ bron: "KB2024", citaat: expect.stringContaining("legt deze vast in een convenant") });
    expect(looptijdOpPeildatum.andereBronnen?.map((b) => b.bron)).toEqual(["HRT", "HRT"]);
    expect(looptijdOpPeildatum.beschrijving).toContain("zeggen de bronnen niets");
  });

  it("ondertekend, ingegaan, einddatum na de peildatum: voldaan, met de datums in de gegevens", () => {
    const u = toets(metDatums("2025-06-19", "2025-07-01", "2029-06-30"));
    expect(u.map(kern)).toEqual([{ uitkomst: "voldaan", pad: "looptijd", gegevens: { peildatum: P, ondertekening: "2025-06-19", ingangsdatum: "2025-07-01", einddatum: "2029-06-30" } }]);
    expect(u[0]!.bericht).toBe(`Het convenant geldt op de peildatum ${P}: het is ondertekend op 2025-06-19, is ingegaan op 2025-07-01 en loopt tot en met 2029-06-30.`);
  });

  it("de grensdagen tellen mee: ondertekend en ingegaan óp de peildatum, einddatum óp de peildatum (tot en met)", () => {
    expect(k(metDatums(P, P, P))).toEqual([{ uitkomst: "voldaan", pad: "looptijd", gegevens: { peildatum: P, ondertekening: P, ingangsdatum: P, einddatum: P } }]);
  });

  it("alleen een ondertekening (geen looptijd): voldaan op ondertekening.datum, voor onbepaalde tijd", () => {
    const u = toets(basis());
    expect(u.map(kern)).toEqual([{ uitkomst: "voldaan", pad: "ondertekening.datum", gegevens: { peildatum: P, ondertekening: "2025-06-19" } }]);
    expect(u[0]!.bericht).toContain("is ondertekend op 2025-06-19 en heeft geen einddatum (onbepaalde tijd)");
  });

  it("zonder datum van ondertekening maar met een looptijd: voldaan, en het bericht zegt dat de ondertekening niet genoemd is", () => {
    const u = toets(metDatums(undefined, undefined, "2027-12-31"));
    expect(u.map(kern)).toEqual([{ uitkomst: "voldaan", pad: "looptijd", gegevens: { peildatum: P, einddatum: "2027-12-31" } }]);
    expect(u[0]!.bericht).toBe(`Het convenant geldt op de peildatum ${P}: het noemt geen datum van ondertekening en loopt tot en met 2027-12-31.`);
    // Alleen een ingangsdatum is ook een datum: geen "niet van toepassing".
    const alleenBegin = toets(metDatums(undefined, "2025-07-01"));
    expect(alleenBegin.map(kern)).toEqual([{ uitkomst: "voldaan", pad: "looptijd", gegevens: { peildatum: P, ingangsdatum: "2025-07-01" } }]);
    expect(alleenBegin[0]!.bericht).toBe(`Het convenant geldt op de peildatum ${P}: het noemt geen datum van ondertekening, is ingegaan op 2025-07-01 en heeft geen einddatum (onbepaalde tijd).`);
  });

  it("nog niet ondertekend op de peildatum: beoordelen (een concept vóór de ondertekening), met hint", () => {
    const u = toets(metDatums("2026-09-02"));
    expect(u.map(kern)).toEqual([{ uitkomst: "beoordelen", pad: "ondertekening.datum", gegevens: { ondertekening: "2026-09-02", peildatum: P } }]);
    expect(u[0]!.bericht).toContain("nog niet ondertekend");
    expect(u[0]!.bericht).toContain("concept vóór de ondertekening");
    expect(u[0]!.hint).toBeDefined();
  });

  it("nog niet ingegaan op de peildatum: beoordelen op looptijd.ingangsdatum", () => {
    const u = toets(metDatums("2026-06-01", "2026-09-02"));
    expect(u.map(kern)).toEqual([{ uitkomst: "beoordelen", pad: "looptijd.ingangsdatum", gegevens: { ingangsdatum: "2026-09-02", peildatum: P } }]);
    expect(u[0]!.bericht).toContain("nog niet in werking");
  });

  it("verlopen (einddatum vóór de peildatum): niet voldaan op looptijd.einddatum; de dag na de einddatum is de eerste dag verlopen", () => {
    const u = toets(metDatums("2021-06-01", "2021-07-01", "2026-08-31"));
    expect(u.map(kern)).toEqual([{ uitkomst: "niet-voldaan", pad: "looptijd.einddatum", gegevens: { einddatum: "2026-08-31", peildatum: P } }]);
    expect(u[0]!.bericht).toContain("verlopen");
    expect(u[0]!.bericht).toContain("tot en met 2026-08-31");
    // Dezelfde einddatum, een dag eerder getoetst: nog geldig.
    expect(k(metDatums("2021-06-01", "2021-07-01", "2026-08-31"), "2026-08-31").map((x) => x.uitkomst)).toEqual(["voldaan"]);
  });

  it("meer tegelijk: elke datum een eigen bevinding (nog niet ondertekend, nog niet ingegaan)", () => {
    expect(k(metDatums("2026-10-01", "2027-01-01", "2030-12-31")).map((x) => [x.uitkomst, x.pad])).toEqual([
      ["beoordelen", "ondertekening.datum"],
      ["beoordelen", "looptijd.ingangsdatum"],
    ]);
    // Getekend na de peildatum, maar de looptijd is al voorbij: ook beide.
    expect(k(metDatums("2026-10-01", "2024-01-01", "2025-12-31")).map((x) => [x.uitkomst, x.pad])).toEqual([
      ["beoordelen", "ondertekening.datum"],
      ["niet-voldaan", "looptijd.einddatum"],
    ]);
  });

  it("geen enkele datum: niet van toepassing met een duidelijke melding (ook met een looptijd met alleen een toelichting)", () => {
    for (const c of [met(basis(), ["ondertekening"], undefined), metDatums(undefined), met(met(basis(), ["ondertekening"], { plaats: "Rotterdam" }), ["looptijd"], { toelichting: "Voor onbepaalde tijd" })]) {
      const u = toets(c);
      expect(u.map(kern)).toEqual([{ uitkomst: "niet-van-toepassing", pad: "looptijd" }]);
      expect(u[0]!.bericht).toBe("Het convenant noemt geen datum van ondertekening, ingangsdatum of einddatum: of het op de peildatum geldt, is niet na te gaan.");
    }
  });

  it("een looptijd die zichzelf tegenspreekt (alleen zonder parseConvenant mogelijk): beoordelen, geen andere bevindingen", () => {
    const u = toets(metDatums("2026-10-01", "2027-01-01", "2026-01-01"));
    expect(u.map(kern)).toEqual([{ uitkomst: "beoordelen", pad: "looptijd.einddatum", gegevens: { ingangsdatum: "2027-01-01", einddatum: "2026-01-01", peildatum: P } }]);
    expect(u[0]!.bericht).toContain("spreekt zichzelf tegen");
  });

  it("is deterministisch", () => {
    const c = metDatums("2026-10-01", "2026-11-01", "2026-12-01");
    expect(toets(c)).toEqual(toets(structuredClone(c)));
  });
});

describe("convenant/looptijd-op-peildatum in het rapport", () => {
  it("ernst: beleid, dus een waarschuwing vóór en na de inwerkingtreding; een verlopen convenant alleen geeft geen fout (exit 0)", () => {
    const c = metDatums("2021-06-01", "2021-07-01", "2025-12-31");
    for (const peildatum of ["2026-03-01", P]) {
      const r = toetsConvenant(diepBevroren(structuredClone(c)), { peildatum });
      controleerRapport(r, c);
      expect(r.bevindingen.filter((b) => b.regelId === ID).map((b) => [b.uitkomst, b.ernst, b.pointer])).toEqual([["niet-voldaan", "waarschuwing", "/looptijd/einddatum"]]);
    }
  });

  it("het volledige voorbeeld (examples/convenanten/rijnmond-volledig.yaml) geldt op 2026-09-01; verlopen of nog niet getekend valt nu op", () => {
    const p = parseConvenant(parseYaml(readFileSync(new URL("../../examples/convenanten/rijnmond-volledig.yaml", import.meta.url), "utf8")));
    if (!p.ok) throw new Error(JSON.stringify(p.issues));
    const rijnmond = p.value;
    const r = toetsConvenant(diepBevroren(structuredClone(rijnmond)), { peildatum: P });
    expect(r.bevindingen.every((b) => b.uitkomst === "voldaan" || b.uitkomst === "niet-van-toepassing")).toBe(true);
    expect(kernen(r, ID)).toEqual([{ uitkomst: "voldaan", pad: "looptijd", gegevens: { peildatum: P, ondertekening: "2025-06-19", ingangsdatum: "2025-07-01" } }]);

    const verlopen = toetsConvenant(met(rijnmond, ["looptijd", "einddatum"], "2026-06-30"), { peildatum: P });
    expect(kernen(verlopen, ID)).toEqual([{ uitkomst: "niet-voldaan", pad: "looptijd.einddatum", gegevens: { einddatum: "2026-06-30", peildatum: P } }]);
    expect(verlopen.samenvatting.perUitkomst["niet-voldaan"]).toBe(1);

    const concept = toetsConvenant(met(met(rijnmond, ["ondertekening", "datum"], "2026-10-15"), ["looptijd", "ingangsdatum"], "2026-11-01"), { peildatum: P });
    expect(kernen(concept, ID).map((x) => [x.uitkomst, x.pad])).toEqual([
      ["beoordelen", "ondertekening.datum"],
      ["beoordelen", "looptijd.ingangsdatum"],
    ]);
    expect(concept.samenvatting.perUitkomst["beoordelen"]).toBe(2);
  });
});
