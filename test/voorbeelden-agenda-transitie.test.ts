import { describe, expect, it } from "vitest";
import type { Toetsrapport } from "../src/bevinding/model.js";
import { cli } from "./hulp/io.js";

/**
 * De voorbeeldbestanden in examples/agendas en examples/transitie, in-proces door de CLI met een
 * vaste peildatum: exitcodes en de regels die (niet) voldaan zijn.
 */

async function json(args: string[]) {
  const r = await cli([...args, "--formaat", "json"]);
  return { code: r.code, rapport: JSON.parse(r.stdout) as Toetsrapport, stderr: r.stderr };
}
const ids = (r: Toetsrapport, uitkomst: string) => [...new Set(r.bevindingen.filter((b) => b.uitkomst === uitkomst).map((b) => b.regelId))].sort();

describe("voorbeelden: meerjarenagenda's (peildatum 2026-06-01)", () => {
  const P = ["--peildatum", "2026-06-01"];

  it("volledig.yaml: exit 0, elke regel voldaan, cyclus in de tekstuitvoer", async () => {
    const { code, rapport } = await json(["agenda", "examples/agendas/volledig.yaml", ...P]);
    expect(code).toBe(0);
    expect(ids(rapport, "niet-voldaan")).toEqual([]);
    expect(ids(rapport, "beoordelen")).toEqual([]);
    expect(rapport.samenvatting.perUitkomst.voldaan).toBeGreaterThan(20);
    const tekst = await cli(["agenda", "examples/agendas/volledig.yaml", ...P]);
    expect(tekst.stdout).toMatch(/Cyclus op 2026-06-01[\s\S]*Beleidsagenda\s+ACTUEEL\s+vastgesteld 2025-11-20, verloopt 2031-01-01/);
    expect(tekst.stdout).toMatch(/Uitvoeringsagenda\s+ACTUEEL\s+vastgesteld 2025-11-20, verloopt 2028-01-01/);
    expect(tekst.stdout.indexOf("Cyclus")).toBeGreaterThan(tekst.stdout.indexOf("Peildatum 2026-06-01"));
    // de looptijd begint na de vaststelling: de lezing van de handreiking (vanaf de vaststelling) staat eronder
    expect(tekst.stdout).toMatch(/verloopt 2031-01-01 .*\n\s+andere lezing \(HRT §1\.3, eens in de 5 jaar vanaf vaststelling\): verloopt 2030-11-20 \(over 1633 dagen\)/);
  });

  it("zonder-uitvoeringsagenda.yaml: exit 0 met een waarschuwing van agenda/twee-delen", async () => {
    const { code, rapport } = await json(["agenda", "examples/agendas/zonder-uitvoeringsagenda.yaml", ...P]);
    expect(code).toBe(0);
    expect(ids(rapport, "niet-voldaan")).toEqual(["agenda/twee-delen"]);
    expect(rapport.bevindingen.find((b) => b.uitkomst === "niet-voldaan")).toMatchObject({ ernst: "waarschuwing", pointer: "/uitvoeringsagenda" });
  });

  it("verlopen-uitvoeringsagenda.yaml: verlopen op 2025-03-01 en vastgesteld door het Regionaal Werkbedrijf", async () => {
    const { code, rapport } = await json(["agenda", "examples/agendas/verlopen-uitvoeringsagenda.yaml", ...P]);
    expect(code).toBe(0);
    expect(ids(rapport, "niet-voldaan")).toEqual(["agenda/looptijd-niet-overschreden", "agenda/vastgesteld-door-beraad"]);
    const verlopen = rapport.bevindingen.find((b) => b.regelId === "agenda/looptijd-niet-overschreden" && b.uitkomst === "niet-voldaan");
    expect(verlopen?.gegevens).toMatchObject({ cyclus: { deel: "uitvoeringsagenda", status: "verlopen", vervaltOp: "2025-03-01" } });
  });

  it("onvolledige-inhoud.yaml: de ontbrekende inhoud geeft de verwachte regels", async () => {
    const { code, rapport } = await json(["agenda", "examples/agendas/onvolledige-inhoud.yaml", ...P]);
    expect(code).toBe(0);
    expect(ids(rapport, "niet-voldaan")).toEqual([
      "agenda/actie-dient-ambitie",
      "agenda/actie-gezamenlijk",
      "agenda/analyse-en-ambities",
      "agenda/arbeidsmigranten",
      "agenda/impulsbudget-besteding",
      "agenda/kwetsbare-groepen",
      "agenda/monitoring-beide-soorten",
      "agenda/school-naar-duurzaam-werk",
      "agenda/verbonden-met-opgaven",
    ]);
    expect(rapport.samenvatting.nietVoldaanPerErnst.fout).toBe(0);
  });

  it("landelijk.yaml: exit 0; regionale regels niet van toepassing", async () => {
    const { code, rapport } = await json(["agenda", "examples/agendas/landelijk.yaml", ...P]);
    expect(code).toBe(0);
    expect(ids(rapport, "niet-voldaan")).toEqual([]);
    expect(ids(rapport, "niet-van-toepassing")).toEqual(
      expect.arrayContaining(["agenda/regionale-agenda-per-2026", "agenda/school-naar-duurzaam-werk", "agenda/impulsbudget-besteding"]),
    );
  });

  it("ongeldig.yaml: exit 2 met Nederlandse meldingen per veld", async () => {
    const r = await cli(["agenda", "examples/agendas/ongeldig.yaml", ...P]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("3 problemen in de invoer");
    expect(r.stderr).toContain("bedoelt u AM30 (Zuid-Limburg)?");
    expect(r.stderr).toContain("beleidsagenda.vastgesteldOp: 2025-02-29 is geen bestaande datum");
    const j = await cli(["agenda", "examples/agendas/ongeldig.yaml", ...P, "--formaat", "json"]);
    expect(JSON.parse(j.stdout)).toMatchObject({ ok: false, issues: expect.arrayContaining([expect.objectContaining({ code: "onbekend-veld", path: ["beleidsagenda", "ambitie"] })]) });
  });

  it("sarif-uitvoer en een niet-bestaand bestand", async () => {
    const s = await cli(["agenda", "examples/agendas/onvolledige-inhoud.yaml", ...P, "--formaat", "sarif"]);
    expect(s.code).toBe(0);
    expect(JSON.parse(s.stdout)).toMatchObject({ version: "2.1.0" });
    const weg = await cli(["agenda", "examples/agendas/bestaat-niet.yaml", ...P]);
    expect(weg.code).toBe(2);
  });
});

describe("voorbeelden: transitie", () => {
  it("op-orde.yaml (peildatum 2026-03-01): exit 0, niets niet-voldaan, stappenplan in de tekst", async () => {
    const { code, rapport } = await json(["transitie", "examples/transitie/op-orde.yaml", "--peildatum", "2026-03-01"]);
    expect(code).toBe(0);
    expect(ids(rapport, "niet-voldaan")).toEqual([]);
    expect(ids(rapport, "voldaan")).toEqual([
      "transitie/declaratie-voor-laatste-moment",
      "transitie/rmt-en-leerwerkloket-afgebouwd",
      "transitie/rmt-inkoop-uwv-beeindigd",
      "transitie/rmt-inkoop-uwv-gestart",
      "transitie/stappenplan-twente",
      "transitie/verantwoording-personele-inzet-2024",
    ]);
    const tekst = await cli(["transitie", "examples/transitie/op-orde.yaml", "--peildatum", "2026-03-01"]);
    expect(tekst.stdout).toContain("VOORBEELD uit één regio");
    expect(tekst.stdout).toMatch(/Huisvesting\s+GEREED\s+✓ Uitwerken huisvestingsconcept \| ✓ Huisvesting zoeken \| ✓ Gidsrol en fysieke locatie\(s\) operationeel/);
  });

  it("te-laat.yaml (peildatum 2026-03-01): declaratie, RMT-inkoop, verantwoording, RMT actief en stappenplan; alleen adviezen", async () => {
    const { code, rapport } = await json(["transitie", "examples/transitie/te-laat.yaml", "--peildatum", "2026-03-01"]);
    expect(code).toBe(0);
    expect(ids(rapport, "niet-voldaan")).toEqual([
      "transitie/declaratie-voor-laatste-moment",
      "transitie/rmt-en-leerwerkloket-afgebouwd",
      "transitie/rmt-inkoop-uwv-beeindigd",
      "transitie/rmt-inkoop-uwv-gestart",
      "transitie/stappenplan-twente",
      "transitie/verantwoording-personele-inzet-2024",
    ]);
    expect(rapport.bevindingen.filter((b) => b.uitkomst === "niet-voldaan").every((b) => b.ernst === "advies")).toBe(true);
    const eigen = rapport.bevindingen.find((b) => b.regelId === "transitie/declaratie-voor-laatste-moment" && b.uitkomst === "niet-voldaan");
    expect(eigen?.bericht).toContain("komt voor eigen rekening van Werknemersorganisatie");
    expect(rapport.bevindingen.filter((b) => b.regelId === "transitie/verantwoording-personele-inzet-2024").map((b) => b.uitkomst)).toEqual(["niet-voldaan", "niet-voldaan", "voldaan"]);
  });

  it("te-laat.yaml vóór 15 juli 2025: de ontbrekende verantwoording is nog open (n.v.t.)", async () => {
    const { rapport } = await json(["transitie", "examples/transitie/te-laat.yaml", "--peildatum", "2025-07-15"]);
    expect(rapport.bevindingen.filter((b) => b.regelId === "transitie/verantwoording-personele-inzet-2024").map((b) => b.uitkomst)).toEqual(["voldaan", "niet-van-toepassing", "niet-van-toepassing"]);
  });

  it("wsp-na-inwerkingtreding.yaml: exit 1 na de beoogde inwerkingtreding, exit 0 bij een latere", async () => {
    const na = await json(["transitie", "examples/transitie/wsp-na-inwerkingtreding.yaml", "--peildatum", "2026-09-01"]);
    expect(na.code).toBe(1);
    expect(na.rapport.bevindingen.find((b) => b.uitkomst === "niet-voldaan")).toMatchObject({ regelId: "transitie/wsp-via-werkcentrum", ernst: "fout" });
    const later = await cli(["transitie", "examples/transitie/wsp-na-inwerkingtreding.yaml", "--peildatum", "2026-09-01", "--inwerkingtreding", "2027-01-01"]);
    expect(later.code).toBe(0);
    const voor = await cli(["transitie", "examples/transitie/wsp-na-inwerkingtreding.yaml", "--peildatum", "2026-06-30"]);
    expect(voor.code).toBe(0);
  });
});

// JSON Schema en zod op deze voorbeelden: test/json-schema-voorbeelden.test.ts (alle mappen in examples/).

describe("CLI: mijlpalen", () => {
  it("toont de mijlpalen na de peildatum met bron, en betwiste datums met beide lezingen", async () => {
    const r = await cli(["mijlpalen", "--peildatum", "2025-11-01"]);
    expect(r.code).toBe(0);
    const regels = r.stdout.split("\n");
    expect(regels[0]).toBe("Mijlpalen na 2025-11-01; inwerkingtreding wet: 2026-07-01 (beoogd)");
    expect(regels[2]).toMatch(/^ {2}eind 2025\s+\[beoogd\]\s+Start landelijke en regionale campagne Werkcentrum/);
    expect(r.stdout).toMatch(/\n {2}2025-11-28\s+\[vastgesteld\]\s+Laatste declaratiemoment RMT/);
    expect(r.stdout).toMatch(/eind 2025[\s\S]*?BETWIST — andere lezing: 2026-03-23/);
    expect(r.stdout).not.toContain("2025-08-31");
    expect(r.stdout).toMatch(/2033\s+\[beoogd\]\s+Impulsbudget €0 \(volgens NOTA2026\)[\s\S]*?BETWIST — andere lezing: 2034/);
    expect(r.stdout).toMatch(/begin 2026 \(vóór 11 maart 2026\)[\s\S]*?BETWIST — andere lezing: voorjaar 2025/);
    expect(r.stdout).toContain("Let op:");
  });

  it("volgt --inwerkingtreding, ook 'onbekend', en geeft json", async () => {
    const r = await cli(["mijlpalen", "--peildatum", "2026-08-01", "--inwerkingtreding", "2027-01-01", "--formaat", "json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { peildatum: string; inwerkingtreding: { datum: string }; mijlpalen: { id: string; van: string | null; andereLezingen: { id: string }[] }[] };
    expect(j.inwerkingtreding.datum).toBe("2027-01-01");
    expect(j.mijlpalen.find((m) => m.id === "einde-transitieperiode")).toMatchObject({
      van: "2027-01-01",
      status: "instelling",
      herkomst: "instelling",
      standaard: { van: "2026-07-01", status: "beoogd", bron: { bron: "HRT", plaats: "§1.2" } },
    });
    expect(j.mijlpalen.find((m) => m.id === "impulsbudget-nul-nota")?.andereLezingen.map((x) => x.id)).toEqual(["impulsbudget-nul-handreiking"]);
    const o = await cli(["mijlpalen", "--peildatum", "2026-08-01", "--inwerkingtreding", "onbekend"]);
    // een datum uit de instellingen heet zo, met de lezing van de bron erbij, zonder de bron voor die datum te claimen
    expect(o.stdout).toMatch(/onbekend\s+\[instelling\]\s+Einde van de transitieperiode.*\n\s+id: einde-transitieperiode; datum opgegeven \(instellingen\.inwerkingtreding\), niet uit een bron\n/);
    expect(o.stdout).toContain("volgens de bronnen: 2026-07-01 (beoogd, HRT §1.2)");
  });

  it("zonder peildatum: vandaag, en dat staat erbij; na 2034 niets meer", async () => {
    const r = await cli(["mijlpalen"], { vandaag: "2025-06-01" });
    expect(r.stdout).toContain("Mijlpalen na 2025-06-01 (vandaag)");
    const leeg = await cli(["mijlpalen", "--peildatum", "2035-01-01"]);
    expect(leeg.stdout).toContain("Geen mijlpalen na deze peildatum.");
  });

  it("ongeldige peildatum of formaat: exit 2", async () => {
    const a = await cli(["mijlpalen", "--peildatum", "2025-02-29"]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain("februari 2025 heeft 28 dagen");
    expect((await cli(["mijlpalen", "--formaat", "sarif"])).code).toBe(2);
    expect((await cli(["mijlpalen", "--inwerkingtreding", "morgen"])).code).toBe(2);
  });

  it("staat in de hoofdhulp, met agenda en transitie", async () => {
    const h = await cli(["--help"]);
    for (const c of ["agenda", "transitie", "mijlpalen"]) expect(h.stdout).toMatch(new RegExp(`^ {2}${c}\\s`, "m"));
  });
});
