import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli } from "./hulp/io.js";

/**
 * De toetscommando's met regel en kolom in het bestand (tekst, JSON, SARIF, invoerproblemen) en
 * met meer bestanden of een map in één aanroep: een consultant toetst een map convenanten.
 */
const MAP = "examples/convenanten";
const TWENTE = `${MAP}/twente-zonder-sbb.yaml`;
const RIJNMOND = `${MAP}/rijnmond-volledig.yaml`;
const P = ["--peildatum", "2026-09-01"];

/** De regel (vanaf 1) van een bestand. */
const regel = (bestand: string, n: number) => readFileSync(bestand, "utf8").split("\n")[n - 1] ?? "";

describe("regel en kolom in de uitvoer", () => {
  it("tekst: elke bevinding noemt bestand:regel:kolom van haar pad (een editor maakt er een link van)", async () => {
    const r = await cli(["toets", TWENTE, ...P]);
    expect(r.code).toBe(1);
    const m = /\/partijen \(examples\/convenanten\/twente-zonder-sbb\.yaml:(\d+):1\): Kernpartner SBB ontbreekt\./.exec(r.stdout);
    expect(m).not.toBeNull();
    expect(regel(TWENTE, Number(m![1]))).toBe("partijen:");
  });

  it("JSON: posities per JSON Pointer van de bevindingen, die naar de juiste regel wijzen", async () => {
    const r = await cli(["toets", RIJNMOND, ...P, "--formaat", "json"]);
    const j = JSON.parse(r.stdout) as { ok: boolean; bevindingen: { pointer: string }[]; posities: Record<string, { regel: number; kolom: number }> };
    expect(j.ok).toBe(true);
    for (const b of j.bevindingen) expect(j.posities[b.pointer], b.pointer).toBeDefined();
    expect(regel(RIJNMOND, j.posities["/regio"]!.regel)).toMatch(/^regio: /);
    const p = j.posities["/partijen/0"]!;
    expect(regel(RIJNMOND, p.regel).slice(p.kolom - 1)).toMatch(/^naam: Gemeente Rotterdam/);
  });

  it("SARIF: een region (startLine, startColumn) bij elke locatie", async () => {
    const r = await cli(["toets", TWENTE, ...P, "--formaat", "sarif"]);
    const log = JSON.parse(r.stdout) as { runs: { results: { locations: { physicalLocation: { region?: { startLine: number; startColumn: number } }; logicalLocations: { fullyQualifiedName: string }[] }[] }[] }[] };
    const res = log.runs[0]!.results;
    expect(res.length).toBeGreaterThan(10);
    for (const x of res) expect(x.locations[0]!.physicalLocation.region?.startLine).toBeGreaterThan(0);
    const regioRes = res.find((x) => x.locations[0]!.logicalLocations[0]!.fullyQualifiedName === "/regio")!;
    expect(regel(TWENTE, regioRes.locations[0]!.physicalLocation.region!.startLine)).toMatch(/^regio: /);
  });

  it("invoerproblemen: stderr, JSON en SARIF noemen regel en kolom (YAML en JSON)", async () => {
    const yaml = "regio: AM22\npartijen:\n  - naam: UWV\n    soort: uwv\n    rol: kernparter\n";
    const a = await cli(["toets", "c.yaml", ...P], { bestanden: { "c.yaml": yaml } });
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/partijen\[0\]\.rol: .*kernparter.* \(c\.yaml:5:5\)/);
    const b = await cli(["toets", "c.json", ...P, "--formaat", "json"], { bestanden: { "c.json": '{\n  "regio": "AM22",\n  "partijen": [{ "naam": "UWV", "soort": "uwv" }]\n}\n' } });
    expect(b.code).toBe(2);
    // Het ontbrekende veld rol: de positie van het element erboven.
    expect(JSON.parse(b.stdout)).toMatchObject({ ok: false, posities: { "/partijen/0/rol": { regel: 3, kolom: 16 } } });
    const c = await cli(["toets", "c.yaml", ...P, "--formaat", "sarif"], { bestanden: { "c.yaml": yaml } });
    const log = JSON.parse(c.stdout) as { runs: { invocations: { toolExecutionNotifications: { locations: { physicalLocation: { region?: unknown } }[] }[] }[] }[] };
    const meldingen = log.runs[0]!.invocations[0]!.toolExecutionNotifications;
    expect(meldingen.some((m) => JSON.stringify(m.locations[0]!.physicalLocation.region) === '{"startLine":5,"startColumn":5}')).toBe(true);
  });

  it("zonder leesbare posities (onleesbaar bestand) blijft de uitvoer zoals zonder", async () => {
    const r = await cli(["toets", "k.json", ...P], { bestanden: { "k.json": '{"regio": ' } });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/k\.json:\d+:\d+/);
  });
});

describe("meer bestanden of een map", () => {
  it("tekst: per bestand het rapport en daarna een overzicht; de exitcode is de zwaarste", async () => {
    const r = await cli(["toets", RIJNMOND, TWENTE, ...P]);
    expect(r.code).toBe(1);
    expect(r.stdout.match(/^Toets van het samenwerkingsconvenant van /gm)).toHaveLength(2);
    expect(r.stdout).toContain("Overzicht van 2 bestanden: 1 zonder fout, 1 met fout, 0 ongeldig of onleesbaar (niet getoetst)");
    expect(r.stdout).toMatch(/ {2}zonder fout examples\/convenanten\/rijnmond-volledig\.yaml: 0 fout/);
    expect(r.stdout).toMatch(/ {2}MET FOUT {4}examples\/convenanten\/twente-zonder-sbb\.yaml: 1 fout/);
  });

  it("een ongeldig bestand stopt de andere niet, en geeft exit 2", async () => {
    const r = await cli(["toets", "kapot.yaml", RIJNMOND, ...P], { bestanden: { "kapot.yaml": "regio: [" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("kan kapot.yaml niet gebruiken");
    expect(r.stdout).toContain("Toets van het samenwerkingsconvenant van examples/convenanten/rijnmond-volledig.yaml");
    expect(r.stdout).toMatch(/ONGELDIG {4}kapot\.yaml: 1 probleem in de invoer/);
  });

  it("een map: de JSON- en YAML-bestanden erin, op naam, elk getoetst", async () => {
    const namen = readdirSync(MAP).filter((n) => /\.(json|ya?ml)$/.test(n)).sort();
    const r = await cli(["toets", MAP, ...P, "--formaat", "json"]);
    expect(r.code).toBe(1);
    const lijst = JSON.parse(r.stdout) as { ok: boolean; bestand: string }[];
    expect(lijst.map((x) => x.bestand)).toEqual(namen.map((n) => `${MAP}/${n}`));
    expect(lijst.every((x) => x.ok)).toBe(true);
    // Met een afsluitende slash geen dubbele.
    const s = await cli(["toets", `${MAP}/`, ...P, "--formaat", "json"]);
    expect((JSON.parse(s.stdout) as { bestand: string }[])[0]!.bestand).toBe(`${MAP}/${namen[0]}`);
  });

  it("een map met andere bestanden: alleen .json, .yaml en .yml; een map zonder zulke bestanden is een gebruiksfout", async () => {
    const bestanden = { "m/b.yml": readFileSync(RIJNMOND, "utf8"), "m/a.json": readFileSync(`${MAP}/haaglanden-werkcentrum-apart.json`, "utf8") };
    const r = await cli(["toets", "m", ...P, "--formaat", "json"], { bestanden, mappen: { m: ["LEESMIJ.md", "b.yml", "a.json", "x.txt"] } });
    expect((JSON.parse(r.stdout) as { bestand: string }[]).map((x) => x.bestand)).toEqual(["m/a.json", "m/b.yml"]);
    const leeg = await cli(["toets", "leeg", ...P], { mappen: { leeg: ["notities.txt"] } });
    expect(leeg.code).toBe(2);
    expect(leeg.stderr).toContain("leeg: geen .json-, .yaml- of .yml-bestanden in deze map");
  });

  it("SARIF: één log met een run per bestand, elk met zijn eigen bestand in de locaties", async () => {
    const r = await cli(["toets", RIJNMOND, TWENTE, "kapot.yaml", ...P, "--formaat", "sarif"], { bestanden: { "kapot.yaml": "regio: [" } });
    expect(r.code).toBe(2);
    const log = JSON.parse(r.stdout) as { version: string; runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]; invocations: { executionSuccessful: boolean }[] }[] };
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(3);
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(RIJNMOND);
    expect(log.runs[1]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(TWENTE);
    expect(log.runs[2]!.invocations[0]!.executionSuccessful).toBe(false);
  });

  it("één bestand geeft in JSON één object (zoals voorheen), geen lijst", async () => {
    const r = await cli(["toets", RIJNMOND, ...P, "--formaat", "json"]);
    expect(Array.isArray(JSON.parse(r.stdout))).toBe(false);
  });

  it("agenda en transitie: het overzicht (cyclus, stappenplan) staat bij elk bestand", async () => {
    const agenda = "examples/agendas/volledig.yaml";
    const r = await cli(["agenda", agenda, agenda, ...P]);
    expect(r.stdout.match(/^Cyclus op 2026-09-01/gm)).toHaveLength(2);
    const t = await cli(["transitie", "examples/transitie/op-orde.yaml", "examples/transitie/te-laat.yaml", ...P]);
    expect(t.stdout.match(/^Termijnen \(HRT §5\.1 en §5\.2\):/gm)).toHaveLength(2);
    // Het overzicht staat na de kop, vóór de bevindingen.
    expect(t.stdout.indexOf("Termijnen")).toBeLessThan(t.stdout.indexOf("Samenvatting:"));
  });
});
