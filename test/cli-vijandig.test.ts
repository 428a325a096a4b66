import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { MAX_ALIASSEN, MAX_BESTAND } from "../src/cli/lezen.js";
import { MAX_REGEL } from "../src/cli/regels.js";
import { MAX_DIEPTE } from "../src/schema-hulp.js";
import { bouwPakketMetTsup } from "./hulp/bouw.js";
import { cli } from "./hulp/io.js";

/**
 * Vijandige invoer door elk commando dat een bestand leest (issue 6): prototype-sleutels, een
 * bestand van 10 MB, 10.000 niveaus diep (JSON en YAML), een binair bestand, ongeldige UTF-8,
 * een YAML-aliasbom en een leeg bestand. Elk geval geeft een duidelijke Nederlandse melding en
 * exitcode 2, geen stacktrace, geen vervuiling van Object.prototype. De CLI draait hier in-proces
 * (test/hulp/io.ts); de gevallen die om geheugen gaan draaien daarnaast als eigen proces via het
 * gebouwde `cli.js`, met een grens op het piekgeheugen (RSS). De leeslaag zelf staat in
 * test/vijandige-invoer.test.ts; de grenzen in docs/robuustheid.md.
 */

const MB = 1024 * 1024;
/** Grens voor het piekgeheugen (RSS) van een CLI-proces met vijandige invoer; zie docs/robuustheid.md. */
const MAX_RSS_MB = 150;

const enc = (t: string) => new TextEncoder().encode(t);
const concat = (...delen: (string | Uint8Array)[]) => {
  const bytes = delen.map((d) => (typeof d === "string" ? enc(d) : d));
  const uit = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
  let i = 0;
  for (const b of bytes) {
    uit.set(b, i);
    i += b.length;
  }
  return uit;
};

function yamlBom(): string {
  // 10 niveaus van 10 aliassen: uitgeklapt 10^10 elementen ('billion laughs').
  let s = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (let i = 0; i < 9; i++) s += `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(", ")}]\n`;
  return s;
}

/** Een geldig document met prototype-sleutels erbij (als JSON-tekst, zoals een aanvaller het aanlevert). */
function metPrototypeSleutels(voorbeeld: string): string {
  const tekst = readFileSync(voorbeeld, "utf8");
  const doc = JSON.stringify(voorbeeld.endsWith(".json") ? JSON.parse(tekst) : parseYaml(tekst));
  return `{"__proto__": {"vervuild": true}, "constructor": {"prototype": {"vervuild": true}}, "prototype": {"vervuild": true}, ${doc.slice(1)}`;
}

const diepJson = "[".repeat(10_000) + "]".repeat(10_000);
const diepObject = '{"a":'.repeat(10_000) + "1" + "}".repeat(10_000);
const binair = concat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), new Uint8Array(512).map((_, i) => (i * 73) % 256));
const groot = concat('{"regio": "', new Uint8Array(10 * MB).fill(0x78), '"}');

/** Per commando: een geldig voorbeeld (waar de prototype-sleutels aan toegevoegd worden). */
const COMMANDOS = {
  toets: "examples/convenanten/rijnmond-volledig.yaml",
  werkcentrum: "examples/werkcentra/rijnmond-volledig.yaml",
  agenda: "examples/agendas/volledig.yaml",
  transitie: "examples/transitie/op-orde.yaml",
  routeer: "examples/hulpvragen/werkende-met-ww.json",
} as const;

/** Gevallen voor de commando's die één bestand lezen: bestandsnaam, inhoud en een stukje van de verwachte melding. */
function gevallen(voorbeeld: string): readonly (readonly [string, string | Uint8Array, string | RegExp])[] {
  return [
    ["kaal-proto.json", '{"__proto__": {"vervuild": true}, "constructor": {"prototype": {"vervuild": true}}, "prototype": {"vervuild": true}}', /onbekend veld "__proto__"|verwacht een van/],
    ["kaal-proto.yaml", "__proto__:\n  vervuild: true\nconstructor:\n  prototype:\n    vervuild: true\nprototype: {vervuild: true}\n", /onbekend veld "__proto__"|verwacht een van/],
    ["proto.json", metPrototypeSleutels(voorbeeld), 'onbekend veld "__proto__"'],
    ["groot.json", groot, `het bestand is te groot (${groot.length} bytes; hoogstens ${MAX_BESTAND})`],
    ["diep.json", diepJson, `te diep genest (meer dan ${MAX_DIEPTE} niveaus)`],
    ["diep-object.json", diepObject, `te diep genest (meer dan ${MAX_DIEPTE} niveaus)`],
    ["diep.yaml", diepJson, "het document is te diep genest om te lezen"],
    ["binair.png", binair, "dit lijkt een binair bestand"],
    ["utf8.json", concat('{"regio": "', new Uint8Array([0xc3, 0x28]), '"}'), "het bestand is geen geldige UTF-8-tekst"],
    ["bom.yaml", yamlBom(), `te veel YAML-aliassen (meer dan ${MAX_ALIASSEN})`],
    ["leeg.json", "", "het bestand is leeg"],
    ["witruimte.yaml", "  \n\t\n", "het bestand bevat alleen witruimte"],
  ];
}

/** Engelse woorden en sporen van een uitzondering die niet in een melding aan de gebruiker horen. */
const ENGELS = /\b(Invalid|Expected|expected|Unexpected|Unterminated|is not|Cannot|Error|undefined|function|must|position)\b|\[object |interne fout/;
const STACK = /\n\s+at /;

function vervuild(): boolean {
  return ({} as Record<string, unknown>)["vervuild"] !== undefined || Object.hasOwn(Object.prototype, "vervuild") || Object.hasOwn(Object.prototype, "prototype");
}

function controleerMelding(r: { code: number; stdout: string; stderr: string }, verwacht: string | RegExp): void {
  expect(r.code).toBe(2);
  if (typeof verwacht === "string") expect(r.stderr).toContain(verwacht);
  else expect(r.stderr).toMatch(verwacht);
  expect(r.stderr + r.stdout).not.toMatch(STACK);
  expect(r.stderr.replace(/"(?:[^"\\]|\\.)*"/g, '""')).not.toMatch(ENGELS);
  expect(vervuild()).toBe(false);
}

describe("vijandige invoer door de CLI (in-proces)", () => {
  for (const [commando, voorbeeld] of Object.entries(COMMANDOS)) {
    describe(commando, () => {
      it("het geldige voorbeeld zelf is in orde (anders zegt de rest niets)", async () => {
        const r = await cli([commando, voorbeeld, "--peildatum", "2026-09-01"]);
        expect(r.code, r.stderr).toBeLessThan(2);
      });

      for (const [naam, inhoud, verwacht] of gevallen(voorbeeld)) {
        it(naam, async () => {
          const r = await cli([commando, naam, "--peildatum", "2026-09-01"], { bestanden: { [naam]: inhoud } });
          controleerMelding(r, verwacht);
          expect(r.stdout).toBe("");
          expect(r.stderr).toMatch(new RegExp(`^kan ${naam.replace(".", "\\.")} niet gebruiken: \\d+ (probleem|problemen) in de invoer`));
          // Ook als JSON: een leesbaar resultaat met issues, geen half rapport.
          const j = await cli([commando, naam, "--peildatum", "2026-09-01", "--formaat", "json"], { bestanden: { [naam]: inhoud } });
          expect(j.code).toBe(2);
          expect(JSON.parse(j.stdout)).toMatchObject({ ok: false, bestand: naam, issues: expect.arrayContaining([expect.objectContaining({ code: expect.any(String) })]) });
        });
      }

      it("prototype-sleutels in een geldig document worden alle drie gemeld", async () => {
        const r = await cli([commando, "proto.json", "--peildatum", "2026-09-01"], { bestanden: { "proto.json": metPrototypeSleutels(voorbeeld) } });
        controleerMelding(r, "3 problemen in de invoer");
        for (const k of ["__proto__", "constructor", "prototype"]) expect(r.stderr).toContain(`onbekend veld "${k}"`);
      });
    });
  }

  describe("routeer --batch", () => {
    const geldig = readFileSync("examples/hulpvragen/werkende-met-ww.json", "utf8").replace(/\s*\n\s*/g, " ");
    const batchGevallen: readonly (readonly [string, string | Uint8Array, string])[] = [
      ["proto.ndjson", `${geldig}\n${metPrototypeSleutels("examples/hulpvragen/werkende-met-ww.json")}\n`, 'regel 2: __proto__: onbekend veld "__proto__"'],
      ["vrager-constructor.ndjson", '{"vrager": "constructor", "onderwerpen": ["werk"], "deur": {"soort": "werkcentrum"}}\n{"vrager": "__proto__"}\n', "regel 2: vrager: verwacht een van"],
      ["groot.ndjson", concat(groot, "\n", geldig, "\n"), `regel 1: (hele document): de regel is te lang (meer dan ${MAX_REGEL} bytes`],
      ["diep.ndjson", `${diepObject}\n${diepJson}\n`, `regel 2: (hele document): te diep genest (meer dan ${MAX_DIEPTE} niveaus)`],
      ["binair.ndjson", binair, "dit lijkt binaire inhoud, geen JSON (bevat NUL-bytes)"],
      ["utf8.ndjson", concat(geldig, "\n", '{"vrager": "', new Uint8Array([0xc3, 0x28]), '"}\n'), "regel 2: (hele document): de regel is geen geldige UTF-8-tekst"],
      ["bom.ndjson", yamlBom(), "regel 1: (hele document): geen geldige JSON: onverwacht teken 'a'"],
      ["kapot.ndjson", `${geldig}\n{"vrager": "werkende",,}\n`, "regel 2: (hele document): geen geldige JSON: verwacht een veldnaam tussen dubbele aanhalingstekens (een komma te veel?) (kolom 23)"],
      ["leeg.ndjson", "", "het bestand is leeg (geen enkele hulpvraag"],
      ["witregels.ndjson", "\n  \n\r\n", "het bestand is leeg (geen enkele hulpvraag"],
    ];
    for (const [naam, inhoud, verwacht] of batchGevallen) {
      it(naam, async () => {
        const r = await cli(["routeer", "--batch", naam, "--peildatum", "2026-09-01"], { bestanden: { [naam]: inhoud } });
        controleerMelding(r, verwacht);
        // Per niet-lege invoerregel één uitvoerregel; geldige regels worden gewoon gerouteerd.
        for (const regel of r.stdout.split("\n").filter((x) => x !== "")) expect(JSON.parse(regel)).toHaveProperty("ok");
      });
    }

    it("na een te lange regel gaat de batch verder met de volgende", async () => {
      const r = await cli(["routeer", "--batch", "g.ndjson", "--peildatum", "2026-09-01"], { bestanden: { "g.ndjson": concat(groot, "\n", geldig, "\n") } });
      const uit = r.stdout.trimEnd().split("\n").map((x) => JSON.parse(x) as { regel: number; ok: boolean });
      expect(uit.map((x) => [x.regel, x.ok])).toEqual([
        [1, false],
        [2, true],
      ]);
      expect(r.stderr).toContain("1 van de 2 regels ongeldig");
    });
  });
});

describe("vijandige invoer door de gebouwde CLI (eigen proces): begrensd geheugen", () => {
  let bouw: { map: string; opruimen: () => void };
  let tmp: string;
  beforeAll(() => {
    bouw = bouwPakketMetTsup();
    tmp = mkdtempSync(join(tmpdir(), "ami-vijandig-"));
    // Meet het piekgeheugen van het kindproces zelf (ook zonder /usr/bin/time).
    writeFileSync(
      join(tmp, "rss.mjs"),
      'import { writeFileSync } from "node:fs";\nprocess.on("exit", () => { if (process.env.AMI_RSS) writeFileSync(process.env.AMI_RSS, String(process.resourceUsage().maxRSS)); });\n',
    );
    writeFileSync(join(tmp, "groot.json"), groot);
    writeFileSync(join(tmp, "groot.ndjson"), concat(groot, "\n"));
    writeFileSync(join(tmp, "bom.yaml"), yamlBom());
    writeFileSync(join(tmp, "bom.ndjson"), yamlBom());
    writeFileSync(join(tmp, "diep.yaml"), diepJson);
    writeFileSync(join(tmp, "diep.ndjson"), diepObject + "\n");
  }, 120_000);
  afterAll(() => {
    bouw.opruimen();
    rmSync(tmp, { recursive: true, force: true });
  });

  async function draai(args: string[], id: string): Promise<{ code: number; stdout: string; stderr: string; rssMb: number }> {
    const rssBestand = join(tmp, `rss-${id}`);
    const r = await promisify(execFile)(process.execPath, ["--import", `file://${join(tmp, "rss.mjs")}`, join(bouw.map, "cli.js"), ...args], {
      env: { ...process.env, AMI_RSS: rssBestand },
      maxBuffer: 64 * MB,
    }).then(
      (x) => ({ code: 0, stdout: x.stdout, stderr: x.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );
    return { ...r, rssMb: Number(readFileSync(rssBestand, "utf8")) / 1024 };
  }

  it(`10 MB, YAML-aliasbom en 10.000 niveaus diep, per commando: exit 2 en piek-RSS onder ${MAX_RSS_MB} MB`, async () => {
    const taken: [string, string[], string][] = [];
    for (const commando of Object.keys(COMMANDOS)) {
      for (const [bestand, verwacht] of [
        ["groot.json", "te groot"],
        ["bom.yaml", "te veel YAML-aliassen"],
        ["diep.yaml", "te diep genest"],
      ] as const) {
        taken.push([`${commando} ${bestand}`, [commando, join(tmp, bestand), "--peildatum", "2026-09-01"], verwacht]);
      }
    }
    for (const [bestand, verwacht] of [
      ["groot.ndjson", "de regel is te lang"],
      ["bom.ndjson", "geen geldige JSON"],
      ["diep.ndjson", "te diep genest"],
    ] as const) {
      taken.push([`routeer --batch ${bestand}`, ["routeer", "--batch", join(tmp, bestand), "--peildatum", "2026-09-01"], verwacht]);
    }
    // Twee tegelijk (twee kernen).
    const uitkomsten: { naam: string; code: number; stderr: string; rssMb: number }[] = [];
    for (let i = 0; i < taken.length; i += 2) {
      const paar = taken.slice(i, i + 2);
      uitkomsten.push(...(await Promise.all(paar.map(async ([naam, args], j) => ({ naam, ...(await draai(args, `${i + j}`)) })))));
    }
    const basis = await draai(["--version"], "basis");
    for (const [k, [naam, , verwacht]] of taken.entries()) {
      const u = uitkomsten[k]!;
      expect(u.code, `${naam}: ${u.stderr}`).toBe(2);
      expect(u.stderr, naam).toContain(verwacht);
      expect(u.stderr, naam).not.toMatch(STACK);
      expect(u.rssMb, `${naam}: piek-RSS ${u.rssMb.toFixed(0)} MB (kaal proces: ${basis.rssMb.toFixed(0)} MB)`).toBeLessThan(MAX_RSS_MB);
    }
    console.info(`piek-RSS: kaal ${basis.rssMb.toFixed(0)} MB; ${uitkomsten.map((u) => `${u.naam} ${u.rssMb.toFixed(0)}`).join("; ")} (MB)`);
  }, 120_000);
});
