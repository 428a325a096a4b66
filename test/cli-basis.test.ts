import { describe, expect, it } from "vitest";
import { VERSIE } from "../src/versie.js";
import { cli } from "./hulp/io.js";

describe("CLI: algemeen", () => {
  it("--help en --version", async () => {
    const h = await cli(["--help"]);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain("Gebruik: arbeidsmarktinfra <commando>");
    for (const c of ["regio", "fase", "middelen"]) expect(h.stdout).toContain(c);
    const v = await cli(["--version"]);
    expect(v).toMatchObject({ code: 0, stdout: `${VERSIE}\n` });
  });

  it("onbekend commando of optie geeft exit 2 met Nederlandse melding", async () => {
    const a = await cli(["bestaatniet"]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain("onbekend commando");
    const b = await cli(["fase", "--onzin"]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain("onbekende optie --onzin");
    const c = await cli(["regio", "AM30", "--formaat", "xml"]);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain("--formaat moet een van tekst, json zijn");
  });
});

describe("CLI: regio", () => {
  it("vindt een regio op naam en toont Werkcentrum, subdomein en centrumgemeente", async () => {
    const r = await cli(["regio", "zuid", "limburg"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("AM30 Zuid-Limburg");
    expect(r.stdout).toContain("Werkcentrum Zuid-Limburg");
    expect(r.stdout).toContain("zuidlimburg.werkcentrum.nl");
    expect(r.stdout).toContain("BETWIST");
  });

  it("vindt een regio via een gemeente, ook een roepnaam of oude naam", async () => {
    const r = await cli(["regio", "Den Haag"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("'s-Gravenhage");
    expect(r.stdout).toContain("AM21 Haaglanden");
    const w = await cli(["regio", "Weesp"]);
    expect(w.stdout).toContain("laatst in 2022");
    expect(w.stdout).toContain("AM18 Groot Amsterdam");
  });

  it("json-uitvoer", async () => {
    const r = await cli(["regio", "AM18", "--formaat", "json"]);
    const j = JSON.parse(r.stdout) as { soort: string; regio: { code: string; werkcentrum: { subdomein: string }; gemeenten: string[] } };
    expect(j.soort).toBe("regio");
    expect(j.regio.code).toBe("AM18");
    expect(j.regio.werkcentrum.subdomein).toBe("grootamsterdam.werkcentrum.nl");
    expect(j.regio.gemeenten).toHaveLength(8);
  });

  it("onbekend: exit 2, 'onbekend' en de dichtstbijzijnde namen op stderr", async () => {
    const r = await cli(["regio", "Zuid Limbrug"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("onbekend");
    expect(r.stderr).toContain('"Zuid-Limburg"');
    const d = await cli(["regio", "Bergen"]);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain("Bergen (NH.)");
    const leeg = await cli(["regio"]);
    expect(leeg.code).toBe(2);
  });
});

describe("CLI: fase", () => {
  it("toont de fase met datums en bronnen", async () => {
    const r = await cli(["fase", "--peildatum", "2025-06-01"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Peildatum 2025-06-01: transitieperiode");
    expect(r.stdout).toContain("NOTA2026");
  });

  it("gebruikt vandaag als er geen peildatum is, en zegt dat", async () => {
    const r = await cli(["fase"], { vandaag: "2024-05-01" });
    expect(r.stdout).toContain("Peildatum 2024-05-01 (vandaag): voor-transitie");
  });

  it("--inwerkingtreding en json", async () => {
    const r = await cli(["fase", "--peildatum", "2026-08-01", "--inwerkingtreding", "2027-01-01", "--formaat", "json"]);
    expect(JSON.parse(r.stdout)).toMatchObject({ fase: "transitieperiode", inwerkingtreding: { datum: "2027-01-01", herkomst: "instelling" } });
  });

  it("ongeldige datum: exit 2 met melding", async () => {
    const r = await cli(["fase", "--peildatum", "2025-02-30"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("februari 2025 heeft 28 dagen");
    const s = await cli(["fase", "--peildatum", "2026-01-01", "--inwerkingtreding", "morgen"]);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain("onbekend");
  });
});

describe("CLI: middelen", () => {
  it("toont de bedragen per regio met status en bron", async () => {
    const r = await cli(["middelen", "2027"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("€ 1.116.977");
    expect(r.stdout).toContain("€ 648.545");
    expect(r.stdout).toContain("onder-voorbehoud");
  });

  it("toont in 2033 beide lezingen", async () => {
    const r = await cli(["middelen", "2033", "--formaat", "json"]);
    const j = JSON.parse(r.stdout) as { eenheid: string; perRegio: { impulsbudget: { soort: string; lezingen: { bedrag: number }[] } } };
    expect(j.eenheid).toBe("eurocent");
    expect(j.perRegio.impulsbudget.soort).toBe("betwist");
    expect(j.perRegio.impulsbudget.lezingen.map((l) => l.bedrag)).toEqual([17_406_800, 0]);
  });

  it("ongeldig jaar: exit 2", async () => {
    for (const args of [["middelen"], ["middelen", "twintig"], ["middelen", "2025", "2026"], ["middelen", "20255"]]) {
      const r = await cli(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain("jaartal");
    }
  });
});

describe("routeer met een NDJSON-bestand zonder --batch", () => {
  it("wijst op --batch (exit 2)", async () => {
    const r = await cli(["routeer", "examples/hulpvragen/batch.ndjson", "--peildatum", "2026-09-01"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nog tekens na het einde van het document (regel 2, kolom 1); is dit NDJSON (één hulpvraag per regel)? Gebruik dan --batch examples/hulpvragen/batch.ndjson");
  });
});
