import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { regelcatalogus } from "../src/regels.js";
import { cli } from "./hulp/io.js";

describe("CLI: toets en werkcentrum", () => {
  it("staan in de hoofdhulp, met eigen hulp", async () => {
    const h = await cli(["--help"]);
    for (const c of ["toets", "werkcentrum", "regels"]) expect(h.stdout).toContain(`  ${c}`);
    const t = await cli(["toets", "--help"]);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain("Gebruik: arbeidsmarktinfra toets <bestand.json|yaml|map> …");
    expect(t.stdout).toContain("--formaat");
  });

  it("tekstuitvoer gegroepeerd naar ernst, met bron en pad", async () => {
    const r = await cli(["toets", "examples/convenanten/twente-zonder-sbb.yaml", "--peildatum", "2026-09-01"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FOUT \(1\)\n {2}✗ beraad\/kernpartners-compleet/);
    expect(r.stdout).toContain("/partijen (examples/convenanten/twente-zonder-sbb.yaml:10:1): Kernpartner SBB ontbreekt.");
    expect(r.stdout).toContain("Bron: KB2024 §4");
    expect(r.stdout).toContain("[grondslag: wet]");
  });

  it("zonder peildatum gebruikt de CLI vandaag en zegt dat", async () => {
    const r = await cli(["toets", "examples/convenanten/rijnmond-volledig.yaml"], { vandaag: "2026-02-02" });
    expect(r.stdout).toContain("Peildatum 2026-02-02 (vandaag); fase: transitieperiode");
  });

  it("--inwerkingtreding verschuift de ernst: met een latere datum is de ontbrekende kernpartner een advies", async () => {
    const r = await cli(["toets", "examples/convenanten/twente-zonder-sbb.yaml", "--peildatum", "2026-09-01", "--inwerkingtreding", "2027-01-01"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("ADVIES (1)");
  });

  it("onleesbare of ongeldige invoer: exit 2 met paden en Nederlandse meldingen op stderr", async () => {
    const a = await cli(["toets", "bestaat-niet.yaml"]);
    expect(a).toMatchObject({ code: 2 });
    expect(a.stderr).toContain("bestand niet gevonden");
    const b = await cli(["toets", "c.json", "--formaat", "json"], { bestanden: { "c.json": '{"regio": "Rijnmond", "partijen": [{"naam": "UWV", "soort": "uwv"}]}' } });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('partijen[0].rol: verwacht een van "kernpartner"');
    expect(JSON.parse(b.stdout)).toMatchObject({ ok: false, issues: [{ path: ["partijen", 0, "rol"] }] });
    const c = await cli(["werkcentrum", "w.yaml"], { bestanden: { "w.yaml": "regio: Rijnmond\nkanalen: geen\n" } });
    expect(c.code).toBe(2);
    expect(c.stderr).toContain("kanalen: verwacht lijst");
    const d = await cli(["toets"]);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain("geef een of meer bestanden of een map");
  });
});

describe("CLI: regels", () => {
  it("toont de hele catalogus met grondslag, bron en ernst per fase", async () => {
    const r = await cli(["regels"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Regelcatalogus (${regelcatalogus.length} regels)`);
    expect(r.stdout).toContain("beraad/kernpartners-compleet\n  Alle kernpartners zijn er, met één aangewezen contactschool\n  grondslag: wet; ernst: advies / advies / fout");
    expect(r.stdout).toContain("werkcentrum/naam");
  });

  it("filtert op onderwerp; json bevat ernst per fase en bron", async () => {
    const r = await cli(["regels", "werkcentrum", "--formaat", "json"]);
    const j = JSON.parse(r.stdout) as { aantal: number; regels: { id: string; ernstPerFase: Record<string, string>; bron: { bron: string } }[] };
    expect(j.regels.every((x) => x.id.startsWith("werkcentrum/"))).toBe(true);
    expect(j.aantal).toBe(j.regels.length);
    expect(j.regels.find((x) => x.id === "werkcentrum/werkgeversdienstverlening-via-werkcentrum")?.ernstPerFase).toEqual({
      "voor-transitie": "advies",
      transitieperiode: "advies",
      "nieuwe-wet": "fout",
    });
    const onbekend = await cli(["regels", "triage2"]);
    expect(onbekend.code).toBe(2);
    expect(onbekend.stderr).toContain("kies uit");
  });
});

describe("arbeidsmarktinfra werkcentrum: onbekend is geen fout (audit W1)", () => {
  const yaml = readFileSync("examples/werkcentra/rijnmond-volledig.yaml", "utf8");
  const zonderVia = yaml.replace("  viaWerkcentrum: true\n", "");
  const zonderBlok = yaml.replace(/^werkgeversdienstverlening:\n(?: {2}.*\n)+/m, "");
  it.each([
    ["zonder viaWerkcentrum", zonderVia],
    ["zonder werkgeversdienstverlening", zonderBlok],
  ])("%s: exit 0 met een te beoordelen bevinding na de inwerkingtreding", async (_, tekst) => {
    expect(tekst).not.toBe(yaml);
    const r = await cli(["werkcentrum", "w.yaml", "--peildatum", "2026-09-01", "--formaat", "json"], { bestanden: { "w.yaml": tekst } });
    expect(r.code).toBe(0);
    const b = (JSON.parse(r.stdout) as { bevindingen: { regelId: string; uitkomst: string }[] }).bevindingen.filter((x) => x.regelId === "werkcentrum/werkgeversdienstverlening-via-werkcentrum");
    expect(b.map((x) => x.uitkomst)).toEqual(["beoordelen"]);
  });
  it("viaWerkcentrum: false blijft exit 1 na de inwerkingtreding", async () => {
    const r = await cli(["werkcentrum", "w.yaml", "--peildatum", "2026-09-01"], { bestanden: { "w.yaml": yaml.replace("viaWerkcentrum: true", "viaWerkcentrum: false") } });
    expect(r.code).toBe(1);
  });
});
