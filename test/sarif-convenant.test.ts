import { readdirSync, readFileSync } from "node:fs";
import AjvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { cli } from "./hulp/io.js";

/**
 * De uitvoer van `--formaat sarif` is geldige SARIF 2.1.0 (schema rtm.5, draft-04), voor elk
 * voorbeeld en ook bij onleesbare of ongeldige invoer (exitcode 2).
 */
const schema = JSON.parse(readFileSync(new URL("./fixtures/sarif-2.1.0-rtm.5.json", import.meta.url), "utf8")) as object;
// CommonJS-pakketten: onder NodeNext staat de klasse en de functie op `.default`.
const ajv = new AjvDraft04.default({ strict: false, allErrors: true, unicodeRegExp: false });
ajvFormats.default(ajv);
const valideer = ajv.compile(schema);

function geldig(uitvoer: string): Record<string, unknown> {
  const log = JSON.parse(uitvoer) as Record<string, unknown>;
  const ok = valideer(log);
  expect(valideer.errors ?? [], JSON.stringify(valideer.errors?.slice(0, 5))).toEqual([]);
  expect(ok).toBe(true);
  return log;
}

interface Resultaat {
  ruleId: string;
  ruleIndex?: number;
  kind: string;
  level: string;
  locations: { physicalLocation?: { artifactLocation: { uri: string } }; logicalLocations: { fullyQualifiedName: string }[] }[];
}

describe("SARIF 2.1.0 van de CLI", () => {
  for (const [map, commando] of [
    ["examples/convenanten", "toets"],
    ["examples/werkcentra", "werkcentrum"],
  ] as const) {
    for (const bestand of readdirSync(map)) {
      it(`${commando} ${bestand}`, async () => {
        const r = await cli([commando, `${map}/${bestand}`, "--peildatum", "2026-09-01", "--formaat", "sarif"]);
        expect([0, 1]).toContain(r.code);
        const log = geldig(r.stdout) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: Resultaat[] }[] };
        const run = log.runs[0]!;
        const regels = run.tool.driver.rules;
        for (const res of run.results) {
          expect(regels[res.ruleIndex!]?.id).toBe(res.ruleId);
          expect(res.locations[0]?.physicalLocation?.artifactLocation.uri).toBe(`${map}/${bestand}`);
          expect(res.locations[0]?.logicalLocations[0]?.fullyQualifiedName).toMatch(/^\//);
          if (res.kind !== "fail") expect(res.level).toBe("none");
        }
        const fouten = run.results.filter((x) => x.kind === "fail" && x.level === "error").length;
        expect(fouten > 0).toBe(r.code === 1);
      });
    }
  }

  it("ongeldige invoer (exit 2) geeft ook geldige SARIF, met de problemen als notificaties", async () => {
    const r = await cli(["toets", "fout.yaml", "--formaat", "sarif", "--peildatum", "2026-01-01"], {
      bestanden: { "fout.yaml": "regio: Rijnmond\npartijen:\n  - { naam: UWV, soort: uwv, rol: lid }\nstemming: unaniem\n" },
    });
    expect(r.code).toBe(2);
    const log = geldig(r.stdout) as { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string }; locations: { logicalLocations: { fullyQualifiedName: string }[] }[] }[] }[]; results: unknown[] }[] };
    const inv = log.runs[0]!.invocations[0]!;
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications.map((n) => n.locations[0]!.logicalLocations[0]!.fullyQualifiedName)).toEqual(["/partijen/0/rol", "/stemming"]);
    expect(log.runs[0]!.results).toEqual([]);
    const leeg = await cli(["werkcentrum", "leeg.json", "--formaat", "sarif"], { bestanden: { "leeg.json": "" } });
    expect(leeg.code).toBe(2);
    geldig(leeg.stdout);
  });
});

describe("SARIF met regel en kolom, en met meer bestanden", () => {
  it("een map convenanten plus een ongeldig bestand: één geldige log met een run per bestand, met regions", async () => {
    const r = await cli(["toets", "examples/convenanten", "fout.yaml", "--peildatum", "2026-09-01", "--formaat", "sarif"], {
      bestanden: { "fout.yaml": "regio: Rijnmond\npartijen:\n  - { naam: UWV, soort: uwv, rol: lid }\n" },
    });
    expect(r.code).toBe(2);
    const log = geldig(r.stdout) as { runs: { results: { locations: { physicalLocation: { region?: { startLine: number; startColumn: number } } }[] }[]; invocations: { toolExecutionNotifications?: { locations: { physicalLocation: { region?: { startLine: number } } }[] }[] }[] }[] };
    expect(log.runs).toHaveLength(readdirSync("examples/convenanten").length + 1);
    for (const run of log.runs.slice(0, -1)) for (const res of run.results) expect(res.locations[0]!.physicalLocation.region!.startColumn).toBeGreaterThan(0);
    expect(log.runs.at(-1)!.invocations[0]!.toolExecutionNotifications![0]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 3, startColumn: 30 });
  });
});

describe("SARIF: bestandsnamen als uri-reference (RFC 3986)", () => {
  it("spaties, letters met accenten, # en % in de naam geven geldige SARIF; een absoluut pad wordt een file-URI", async () => {
    const { mkdtempSync, copyFileSync, rmSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const map = mkdtempSync(join(tmpdir(), "sarif-"));
    try {
      const naam = "mijn convenant één #1 100%.yaml";
      copyFileSync("examples/convenanten/rijnmond-volledig.yaml", join(map, naam));
      const absoluut = geldig((await cli(["toets", join(map, naam), "--peildatum", "2026-09-01", "--formaat", "sarif"])).stdout);
      const uri = ((absoluut["runs"] as { results: Resultaat[] }[])[0]!.results[0]!.locations[0]!.physicalLocation!.artifactLocation.uri);
      expect(uri).toBe(`file://${map.split("/").map(encodeURIComponent).join("/")}/mijn%20convenant%20%C3%A9%C3%A9n%20%231%20100%25.yaml`);
      expect(decodeURIComponent(new URL(uri).pathname)).toBe(join(map, naam));
      // Ook bij onleesbare invoer (exitcode 2) en met een relatieve naam.
      const { bestandAlsUri } = await import("../src/bevinding/sarif.js");
      expect(bestandAlsUri("convenanten/mijn convenant.yaml")).toBe("convenanten/mijn%20convenant.yaml");
      expect(bestandAlsUri("C:\\werk\\a b.yaml")).toBe("file:///C:/werk/a%20b.yaml");
      expect(bestandAlsUri("a:b.yaml")).toBe("a%3Ab.yaml");
      expect(bestandAlsUri("https://voorbeeld.nl/c.yaml")).toBe("https://voorbeeld.nl/c.yaml");
      const onleesbaar = await cli(["toets", join(map, "bestaat niet é.yaml"), "--peildatum", "2026-09-01", "--formaat", "sarif"]);
      expect(onleesbaar.code).toBe(2);
      geldig(onleesbaar.stdout);
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });
});
