import { describe, expect, it } from "vitest";
import { heeftFout } from "../bevinding/model.js";
import { mijlpalen } from "../tijd/mijlpalen.js";
import { oudeLoketten, transitiedatums, transitieMijlpalen } from "./datums.js";
import type { OudLoket, Transitiedossier } from "./model.js";
import { toetsTransitie, transitieRegels } from "./regels.js";
import { stappenplanOverzicht, stappenplanTwente } from "./stappenplan.js";

const basis: Transitiedossier = { regio: "AM05" };

/**
 * De bevindingen van één regel in de volgorde van het dossier (op de index in het pad, zoals
 * `declaraties.1.ingediendOp`); het rapport zelf zet per regel eerst wat aandacht vraagt.
 */
function uitkomsten(dossier: Transitiedossier, regelId: string, peildatum: string, instellingen?: { inwerkingtreding?: string }) {
  const index = (pad: readonly (string | number)[]) => (typeof pad[1] === "number" ? pad[1] : -1);
  return toetsTransitie(dossier, { peildatum, ...(instellingen !== undefined && { instellingen }) })
    .bevindingen.filter((b) => b.regelId === regelId)
    .sort((a, b) => index(a.pad) - index(b.pad))
    .map((b) => ({ uitkomst: b.uitkomst, ernst: b.ernst, pad: b.pad.join("."), bericht: b.bericht }));
}

describe("transitiedatums", () => {
  it("komen uit de mijlpalen (één bron voor elke datum)", () => {
    const d = transitiedatums();
    const mp = (id: string) => mijlpalen().find((m) => m.id === id)?.van;
    expect(d.laatsteDeclaratiemoment).toMatchObject({ datum: "2025-11-28", mijlpaal: "laatste-declaratiemoment", bron: { bron: "HRT" } });
    for (const x of Object.values(d)) if (x.mijlpaal) expect(x.datum).toBe(mp(x.mijlpaal));
    expect(d.rmtLaatsteStartViaUwv.datum).toBe("2024-12-31");
    expect(d.rmtEindeViaUwv.datum).toBe("2025-08-31");
    expect(d.verantwoordingPersoneleInzet2024.datum).toBe("2025-07-15");
    expect(d.eindeRmtRegeling.datum).toBe("2025-01-01");
    expect(d.laatsteDagWebsitesLeerwerkloketten).toMatchObject({ datum: "2025-12-31", bron: { bron: "HRT", plaats: expect.stringContaining("§5.2") } });
  });

  it("transitieMijlpalen bevat RMT, LWL en WSP; de WSP-mijlpaal volgt de inwerkingtreding", () => {
    const ids = transitieMijlpalen().map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(["einde-rmt-regeling", "laatste-declaratiemoment", "einde-financiering-leerwerkloketten", "werkgeversdienstverlening-via-werkcentrum", "einde-transitieperiode"]));
    expect(ids).not.toContain("evaluatie-hervorming");
    // De datum uit de handreiking volgt niet de inwerkingtreding maar de eigen parameter.
    expect(transitieMijlpalen({ inwerkingtreding: "2027-01-01" }).find((m) => m.id === "werkgeversdienstverlening-via-werkcentrum")?.van).toBe("2026-07-01");
    expect(transitieMijlpalen({ inwerkingtreding: "2027-01-01" }).find((m) => m.id === "einde-transitieperiode")?.van).toBe("2027-01-01");
    const eigen = transitieMijlpalen({ parameters: { "werkcentrum.werkgeversdienstverlening-vanaf": { waarde: "2026-10-01" } } }).find((m) => m.id === "werkgeversdienstverlening-via-werkcentrum");
    expect(eigen).toMatchObject({ van: "2026-10-01", tot: "2026-10-01", precisie: "dag", datumTekst: "2026-10-01", status: "instelling", herkomst: "instelling" });
    for (const l of Object.values(oudeLoketten)) for (const id of l.mijlpalen) expect(mijlpalen().some((m) => m.id === id), id).toBe(true);
  });
});

describe("transitie/declaratie-voor-laatste-moment", () => {
  const dossier: Transitiedossier = {
    ...basis,
    declaraties: [
      { partij: "Gemeente Enschede", ingediendOp: "2025-11-28", bedrag: 1_250_000 },
      { partij: "FNV", ingediendOp: "2025-11-29", bedrag: 300_050 },
    ],
  };
  it("op het laatste declaratiemoment voldaan; een dag later voor eigen rekening (advies, geen fout)", () => {
    const u = uitkomsten(dossier, "transitie/declaratie-voor-laatste-moment", "2026-01-15");
    expect(u[0]).toMatchObject({ uitkomst: "voldaan", pad: "declaraties.0.ingediendOp" });
    expect(u[1]).toMatchObject({ uitkomst: "niet-voldaan", ernst: "advies", bericht: expect.stringContaining("komt voor eigen rekening van FNV") });
    expect(u[1]?.bericht).toContain("€ 3.000,50");
    const b = toetsTransitie(dossier, { peildatum: "2026-01-15" }).bevindingen.find((x) => x.uitkomst === "niet-voldaan");
    expect(b?.gegevens).toMatchObject({ gevolg: "eigen-rekening", voorRekeningVan: "FNV", bedrag: 300_050 });
    expect(b?.bron).toMatchObject({ bron: "HRT", citaat: expect.stringContaining("voor eigen rekening") });
  });
  it("noemt een declaratie na de peildatum gepland; zonder declaraties n.v.t.", () => {
    expect(uitkomsten(dossier, "transitie/declaratie-voor-laatste-moment", "2025-10-01")[1]?.bericht).toContain("gepland");
    expect(uitkomsten(basis, "transitie/declaratie-voor-laatste-moment", "2026-01-01")[0]?.uitkomst).toBe("niet-van-toepassing");
  });
});

describe("transitie/rmt-inkoop-uwv-gestart en -beeindigd", () => {
  const dossier: Transitiedossier = {
    ...basis,
    rmtInkoopViaUwv: [
      { omschrijving: "Scholing logistiek", ingekochtDoor: "Gemeente Hengelo", startdatum: "2024-12-31", einddatum: "2025-08-31" },
      { omschrijving: "Loopbaancoaching", ingekochtDoor: "CNV", startdatum: "2025-01-01", einddatum: "2025-09-01" },
      { omschrijving: "Taaltraject", ingekochtDoor: "Gemeente Almelo", startdatum: "2024-10-01" },
    ],
  };
  it("start uiterlijk 31 december 2024", () => {
    expect(uitkomsten(dossier, "transitie/rmt-inkoop-uwv-gestart", "2025-06-01").map((u) => u.uitkomst)).toEqual(["voldaan", "niet-voldaan", "voldaan"]);
  });
  it("einde uiterlijk 31 augustus 2025; zonder einddatum n.v.t. tot en met die dag, daarna beoordelen", () => {
    expect(uitkomsten(dossier, "transitie/rmt-inkoop-uwv-beeindigd", "2025-08-31").map((u) => u.uitkomst)).toEqual(["voldaan", "niet-voldaan", "niet-van-toepassing"]);
    const na = uitkomsten(dossier, "transitie/rmt-inkoop-uwv-beeindigd", "2025-09-01");
    expect(na[1]).toMatchObject({ uitkomst: "niet-voldaan", pad: "rmtInkoopViaUwv.1.einddatum", bericht: expect.stringContaining("2025-09-01, na 2025-08-31") });
    expect(na[2]?.uitkomst).toBe("beoordelen");
  });
});

describe("transitie/verantwoording-personele-inzet-2024", () => {
  const dossier: Transitiedossier = {
    ...basis,
    verantwoordingPersoneleInzet2024: [
      { organisatie: "UWV", soort: "uwv", ingediendOp: "2025-07-15" },
      { organisatie: "Gemeente Enschede", soort: "gemeente", ingediendOp: "2025-07-16" },
      { organisatie: "VNO-NCW Midden", soort: "werkgeversorganisatie" },
      { organisatie: "FNV", soort: "werknemersorganisatie", ingediendOp: "2025-07-10" },
    ],
  };
  it("vóór en op de uiterste datum: open is n.v.t.; een indiening na de peildatum telt nog niet", () => {
    const op = uitkomsten(dossier, "transitie/verantwoording-personele-inzet-2024", "2025-07-15");
    expect(op.map((u) => u.uitkomst)).toEqual(["voldaan", "niet-van-toepassing", "niet-van-toepassing", "voldaan"]);
    expect(op[2]?.bericht).toContain("open");
    expect(uitkomsten(dossier, "transitie/verantwoording-personele-inzet-2024", "2025-07-01")[3]?.uitkomst).toBe("niet-van-toepassing");
  });
  it("na de uiterste datum: niet ingediend of te laat is niet-voldaan", () => {
    const na = uitkomsten(dossier, "transitie/verantwoording-personele-inzet-2024", "2025-07-16");
    expect(na.map((u) => u.uitkomst)).toEqual(["voldaan", "niet-voldaan", "niet-voldaan", "voldaan"]);
    expect(na[1]?.bericht).toContain("te laat ingediend op 2025-07-16");
    expect(na[2]?.bericht).toContain("niet ingediend");
  });
});

describe("transitie/rmt-en-leerwerkloket-afgebouwd", () => {
  const loket = (soort: OudLoket["soort"], status: OudLoket["status"]): OudLoket => ({ soort, naam: "Twente", status });
  it("RMT: n.v.t. vóór 2025, actief in 2025 beoordelen (restwerk HRT §5.1), vanaf 2026 niet-voldaan; in afbouw in 2025 voldaan, daarna beoordelen", () => {
    const d: Transitiedossier = { ...basis, oudeLoketten: [loket("rmt", "actief"), loket("rmt", "in-afbouw")] };
    const r = (p: string) => uitkomsten(d, "transitie/rmt-en-leerwerkloket-afgebouwd", p).map((u) => u.uitkomst);
    expect(r("2024-12-31")).toEqual(["niet-van-toepassing", "niet-van-toepassing"]);
    for (const p of ["2025-01-01", "2025-06-01", "2025-12-31"]) expect(r(p), p).toEqual(["beoordelen", "voldaan"]);
    expect(r("2026-01-01")).toEqual(["niet-voldaan", "beoordelen"]);
    expect(uitkomsten(d, "transitie/rmt-en-leerwerkloket-afgebouwd", "2026-01-01")[1]).toMatchObject({ bericht: expect.stringContaining("restanten zonder einddatum") });
    expect(uitkomsten(d, "transitie/rmt-en-leerwerkloket-afgebouwd", "2026-01-01")[0]).toMatchObject({ ernst: "advies", bericht: expect.stringContaining("alleen in 2025 nog restwerkzaamheden") });
  });
  it("RMT en Leerwerkloket worden in 2025 gelijk behandeld: beoordelen met de toegestane restanten uit de handreiking in het bericht", () => {
    const d: Transitiedossier = { ...basis, oudeLoketten: [loket("rmt", "actief"), loket("leerwerkloket", "actief")] };
    const [rmt, lwl] = uitkomsten(d, "transitie/rmt-en-leerwerkloket-afgebouwd", "2025-06-01");
    expect(rmt?.uitkomst).toBe(lwl?.uitkomst);
    expect(rmt).toMatchObject({ uitkomst: "beoordelen", ernst: "advies", pad: "oudeLoketten.0.status" });
    // Woorden uit HRT §5.1 ('Declaraties aanvullende dienstverlening' en 'Communicatie').
    for (const w of ["een beperkt aantal werkzaamheden", "de laatste declaraties", "monitorgegevens over november en december 2024", "verantwoording personele inzet 2024", "31 augustus 2025", "tijdelijk verwijzen naar de regionale RMT-website"]) {
      expect(rmt?.bericht).toContain(w);
    }
    const regel = transitieRegels.find((x) => x.id === "transitie/rmt-en-leerwerkloket-afgebouwd");
    expect(regel?.andereBronnen).toEqual(
      expect.arrayContaining([
        { bron: "HRT", plaats: "§5.1 'Declaraties aanvullende dienstverlening'", citaat: "hebben in 2025 nog een beperkt aantal werkzaamheden" },
        { bron: "HRT", plaats: "§5.1 'Communicatie'", citaat: "vanaf januari 2025 nog tijdelijk verwezen worden naar de regionale RMT-website" },
      ]),
    );
    expect(transitiedatums().laatsteDagRestwerkRmt).toMatchObject({ datum: "2025-12-31", bron: { bron: "HRT", plaats: expect.stringContaining("§5.1") } });
  });
  it("Leerwerkloket: actief in 2025 is beoordelen (merk gestopt; alleen websites, e-mail, community en CRM lopen door), vanaf 2026 niet-voldaan", () => {
    const d: Transitiedossier = { ...basis, oudeLoketten: [loket("leerwerkloket", "actief")] };
    expect(uitkomsten(d, "transitie/rmt-en-leerwerkloket-afgebouwd", "2024-12-31")[0]?.uitkomst).toBe("niet-van-toepassing");
    for (const p of ["2025-01-01", "2025-06-01", "2025-12-31"]) {
      expect(uitkomsten(d, "transitie/rmt-en-leerwerkloket-afgebouwd", p)[0], p).toMatchObject({ uitkomst: "beoordelen", ernst: "advies" });
    }
    expect(uitkomsten({ ...basis, oudeLoketten: [loket("leerwerkloket", "in-afbouw")] }, "transitie/rmt-en-leerwerkloket-afgebouwd", "2025-06-01")[0]?.uitkomst).toBe("voldaan");
    expect(uitkomsten(d, "transitie/rmt-en-leerwerkloket-afgebouwd", "2026-01-01")[0]).toMatchObject({ uitkomst: "niet-voldaan", ernst: "advies" });
    expect(uitkomsten({ ...basis, oudeLoketten: [loket("leerwerkloket", "opgegaan-in-werkcentrum")] }, "transitie/rmt-en-leerwerkloket-afgebouwd", "2026-01-01")[0]?.uitkomst).toBe("voldaan");
  });
  it("de e-mailadressen blijven volgens HRT §5.2 'tot de overgang naar een Werkcentrum is gerealiseerd' in gebruik, niet 'in 2025'", () => {
    const seed = "de e-mailadressen van de adviseurs tot de overgang naar een Werkcentrum is gerealiseerd";
    const bericht = uitkomsten({ ...basis, oudeLoketten: [loket("leerwerkloket", "actief")] }, "transitie/rmt-en-leerwerkloket-afgebouwd", "2025-06-01")[0]?.bericht;
    const beschrijving = transitieRegels.find((r) => r.id === "transitie/rmt-en-leerwerkloket-afgebouwd")?.beschrijving;
    for (const tekst of [bericht, beschrijving]) {
      expect(tekst).toContain(seed);
      expect(tekst).not.toMatch(/in 2025 blijven alleen[^.;]*e-mailadressen/i);
    }
  });
});

describe("transitie/wsp-via-werkcentrum (grondslag wet)", () => {
  const d = (status: OudLoket["status"]): Transitiedossier => ({ ...basis, oudeLoketten: [{ soort: "wsp", naam: "Twente", status }] });
  it("n.v.t. vóór 1 juli 2026; daarna bij een latere of onbekende inwerkingtreding beoordelen (HRT §5.3: 'in ieder geval vanaf 1 juli 2026')", () => {
    expect(uitkomsten(d("actief"), "transitie/wsp-via-werkcentrum", "2026-06-30")[0]?.uitkomst).toBe("niet-van-toepassing");
    expect(uitkomsten(d("actief"), "transitie/wsp-via-werkcentrum", "2026-06-30", { inwerkingtreding: "2027-01-01" })[0]?.uitkomst).toBe("niet-van-toepassing");
    expect(uitkomsten(d("actief"), "transitie/wsp-via-werkcentrum", "2026-09-01", { inwerkingtreding: "2027-01-01" })[0]?.uitkomst).toBe("beoordelen");
    expect(uitkomsten(d("actief"), "transitie/wsp-via-werkcentrum", "2030-01-01", { inwerkingtreding: "onbekend" })[0]?.uitkomst).toBe("beoordelen");
    const r = toetsTransitie(d("actief"), { peildatum: "2026-09-01", instellingen: { inwerkingtreding: "2027-01-01" } });
    expect(r.bevindingen.find((b) => b.regelId === "transitie/wsp-via-werkcentrum")).toMatchObject({ uitkomst: "beoordelen", ernst: "advies" });
  });
  it("vanaf de inwerkingtreding: actief is een fout, in afbouw beoordelen, opgegaan voldaan", () => {
    const r = toetsTransitie(d("actief"), { peildatum: "2026-07-01" });
    expect(r.bevindingen.find((b) => b.regelId === "transitie/wsp-via-werkcentrum")).toMatchObject({ uitkomst: "niet-voldaan", ernst: "fout" });
    expect(heeftFout(r)).toBe(true);
    expect(uitkomsten(d("in-afbouw"), "transitie/wsp-via-werkcentrum", "2026-07-01")[0]?.uitkomst).toBe("beoordelen");
    expect(uitkomsten(d("opgegaan-in-werkcentrum"), "transitie/wsp-via-werkcentrum", "2026-07-01")[0]?.uitkomst).toBe("voldaan");
    expect(uitkomsten(d("actief"), "transitie/wsp-via-werkcentrum", "2027-01-01", { inwerkingtreding: "2027-01-01" })[0]?.uitkomst).toBe("niet-voldaan");
  });
});

describe("stappenplan Twente", () => {
  it("bevat 8 onderwerpen × 3 fasen met de celteksten uit HRT §3.2, als voorbeeld", () => {
    expect(stappenplanTwente.grondslag).toBe("voorbeeld");
    expect(stappenplanTwente.onderwerpen.map((o) => o.id)).toEqual(["planvorming", "governance", "financieel", "huisvesting", "personeel", "dienstverlening", "ict-privacy", "communicatie"]);
    expect(stappenplanTwente.fasen.map((f) => f.periode)).toEqual(["Eind 2024", "2025", "Vanaf 2026"]);
    expect(stappenplanTwente.onderwerpen.find((o) => o.id === "planvorming")?.stappen).toEqual(["Uitvoeringsplan voor 2025", "Regionale meerjarenagenda", "Uitvoeringsplan per jaar o.b.v. meerjarenagenda"]);
    expect(stappenplanTwente.onderwerpen.find((o) => o.id === "huisvesting")?.stappen[2]).toBe("Gidsrol en fysieke locatie(s) operationeel");
  });

  it("geeft per onderwerp een status op de peildatum", () => {
    const dossier: Transitiedossier = {
      ...basis,
      stappenplan: [
        { onderwerp: "governance", fase: 1, gereedOp: "2024-11-15" },
        { onderwerp: "governance", fase: 2, gereedOp: "2025-04-01" },
        { onderwerp: "planvorming", fase: 1 },
        { onderwerp: "planvorming", fase: 2, gereedOp: "2025-11-20" },
        { onderwerp: "planvorming", fase: 3, gereedOp: "2026-01-15" },
      ],
    };
    const o = stappenplanOverzicht(dossier, { peildatum: "2025-03-01" });
    const gov = o.onderwerpen.find((x) => x.onderwerp === "governance")!;
    expect(gov).toMatchObject({ status: "op-schema" });
    expect(gov.stappen.map((s) => s.status)).toEqual(["gereed", "lopend", "nog-niet"]);
    expect(o.onderwerpen.find((x) => x.onderwerp === "financieel")?.stappen.map((s) => s.status)).toEqual(["achter", "lopend", "nog-niet"]);
    expect(o.onderwerpen.find((x) => x.onderwerp === "financieel")?.status).toBe("achter");
    const later = stappenplanOverzicht(dossier, { peildatum: "2026-02-01" });
    expect(later.onderwerpen.find((x) => x.onderwerp === "planvorming")?.status).toBe("gereed");
    expect(later.onderwerpen.find((x) => x.onderwerp === "governance")?.stappen.map((s) => s.status)).toEqual(["gereed", "gereed", "lopend"]);
    expect(stappenplanOverzicht(dossier, { peildatum: "2025-11-19" }).onderwerpen.find((x) => x.onderwerp === "planvorming")?.stappen[1]?.status).toBe("lopend");
    const regel = toetsTransitie(dossier, { peildatum: "2025-03-01" }).bevindingen.filter((b) => b.regelId === "transitie/stappenplan-twente");
    expect(regel.find((b) => b.bericht.startsWith("Governance"))).toMatchObject({ uitkomst: "voldaan", ernst: "advies", bericht: "Governance: op schema (1 van 3 stappen gereed)." });
    // Financieel meldt de regio niet: het stappenplan is een voorbeeld, dus n.v.t. (audit W5), met de voorbije stap in het bericht
    expect(regel.find((b) => b.bericht.startsWith("Financieel"))).toMatchObject({ uitkomst: "niet-van-toepassing", gegevens: { onderwerp: "financieel", status: "achter", gemeld: false } });
  });

  it("de regel is hoogstens een advies; n.v.t. zonder meldingen, en per onderwerp zonder meldingen (audit W5)", () => {
    const dossier: Transitiedossier = { ...basis, stappenplan: [{ onderwerp: "governance", fase: 1 }] };
    const u = uitkomsten(dossier, "transitie/stappenplan-twente", "2026-09-01");
    expect(u).toHaveLength(8);
    expect(u.every((x) => x.ernst === "advies")).toBe(true);
    // alleen governance gemeld: de andere zeven onderwerpen zijn n.v.t., niet niet-voldaan
    expect(u.map((x) => x.uitkomst)).toEqual(["niet-voldaan", ...Array<string>(7).fill("niet-van-toepassing")]);
    expect(u[0]?.bericht).toMatch(/^Governance: /);
    expect(u.find((x) => x.bericht.startsWith("Financieel"))).toMatchObject({ uitkomst: "niet-van-toepassing", bericht: expect.stringContaining('"Werkbegroting"') });
    expect(u.find((x) => x.bericht.startsWith("Governance"))?.bericht).toBe('Governance: niet gereed gemeld: fase 2 (2025) "Opstarten Regionaal Beraad".');
    expect(uitkomsten(basis, "transitie/stappenplan-twente", "2026-09-01")).toEqual([expect.objectContaining({ uitkomst: "niet-van-toepassing" })]);
  });

  it("weigert een ongeldige peildatum of gereed-datum", () => {
    expect(() => stappenplanOverzicht(basis, { peildatum: "2025-02-30" })).toThrow(/februari 2025 heeft 28 dagen/);
    expect(() => stappenplanOverzicht({ stappenplan: [{ onderwerp: "governance", fase: 1, gereedOp: "2024-13-01" }] }, { peildatum: "2025-01-01" })).toThrow(/gereedOp/);
  });
});

describe("toetsTransitie", () => {
  it("muteert de (diep bevroren) invoer niet en voert alle regels uit", () => {
    const dossier: Transitiedossier = {
      ...basis,
      declaraties: [{ partij: "A", ingediendOp: "2025-07-15", bedrag: 1 }],
      rmtInkoopViaUwv: [{ omschrijving: "x", ingekochtDoor: "A", startdatum: "2024-06-01", einddatum: "2025-06-01" }],
      verantwoordingPersoneleInzet2024: [{ organisatie: "A", ingediendOp: "2025-07-01" }],
      oudeLoketten: [{ soort: "rmt", naam: "x", status: "gesloten" }],
      stappenplan: [{ onderwerp: "planvorming", fase: 1 }],
    };
    const bevroren = structuredClone(dossier);
    const vries = (x: unknown): void => {
      if (typeof x === "object" && x !== null) {
        Object.values(x).forEach(vries);
        Object.freeze(x);
      }
    };
    vries(bevroren);
    const r = toetsTransitie(bevroren, { peildatum: "2026-01-01" });
    expect(bevroren).toEqual(dossier);
    expect(new Set(r.bevindingen.map((b) => b.regelId))).toEqual(new Set(transitieRegels.map((x) => x.id)));
  });
});
