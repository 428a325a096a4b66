import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * Het gebouwde pakket zoals een gebruiker het krijgt: bestandslijst van `npm pack`, import via
 * ESM en CJS, en de CLI als proces. Bouwt eerst (tsup), zodat de test niet van een oude dist afhangt.
 */
const wortel = new URL("../", import.meta.url).pathname;

beforeAll(() => {
  execFileSync("npx", ["tsup", "--silent"], { cwd: wortel, stdio: "pipe" });
}, 120_000);

describe("npm pack", () => {
  it("levert alleen wat nodig is", () => {
    const uit = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: wortel, encoding: "utf8" });
    const bestanden = (JSON.parse(uit) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    for (const nodig of [
      "package.json",
      "README.md",
      "LICENSE",
      "CHANGELOG.md",
      "dist/index.js",
      "dist/index.cjs",
      "dist/index.d.ts",
      "dist/index.d.cts",
      "dist/schemas.js",
      "dist/schemas.cjs",
      "dist/schemas.d.ts",
      "dist/schemas.d.cts",
      "dist/cli.js",
      "src/index.ts",
      // De documentatie (Markdown) zit erin: README en CLI-hulp verwijzen naar docs/.
      ...readdirSync(new URL("../docs/", import.meta.url)).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`),
      ...readdirSync(new URL("../src/json-schema/", import.meta.url)).map((f) => `src/json-schema/${f}`),
    ]) {
      expect(bestanden, nodig).toContain(nodig);
    }
    for (const p of bestanden) {
      expect(p, p).not.toMatch(/(^test\/|^examples\/|^docs\/api\/|^docs\/.*(?<!\.md)$|^coverage\/|\.test\.ts$|^\.stryker|^reports\/|node_modules|\.csv$|^\.github|^\.ci)/);
    }
  });
});

describe("gebouwde entries", () => {
  it("ESM: root en schemas laden", async () => {
    const root = (await import(`${wortel}dist/index.js`)) as Record<string, unknown>;
    expect(typeof root["fase"]).toBe("function");
    expect(root["parseInstellingen"]).toBeUndefined();
    const schemas = (await import(`${wortel}dist/schemas.js`)) as Record<string, unknown>;
    expect(typeof schemas["parseInstellingen"]).toBe("function");
  });

  it("CJS: require werkt voor beide entries", () => {
    const require = createRequire(import.meta.url);
    const root = require(`${wortel}dist/index.cjs`) as { fase: (p: string) => string };
    expect(root.fase("2025-06-01")).toBe("transitieperiode");
    const schemas = require(`${wortel}dist/schemas.cjs`) as { parseInstellingen: (x: unknown) => { ok: boolean } };
    expect(schemas.parseInstellingen({}).ok).toBe(true);
  });

  /** Laadt een entry in een vers proces en geeft de geladen modules die 'zod' bevatten. */
  function zodModulesNa(entry: string): string[] {
    const haak = `let poort; export function initialize(d) { poort = d.poort; } export async function resolve(s, c, volgende) { const r = await volgende(s, c); poort.postMessage(r.url); return r; }`;
    const code = `
      import { register } from "node:module";
      import { MessageChannel } from "node:worker_threads";
      const { port1, port2 } = new MessageChannel();
      const geladen = [];
      port1.on("message", (u) => geladen.push(u));
      register("data:text/javascript," + encodeURIComponent(${JSON.stringify(haak)}), { data: { poort: port2 }, transferList: [port2] });
      await import(${JSON.stringify(entry)});
      await new Promise((r) => setTimeout(r, 100));
      port1.close();
      console.log(JSON.stringify(geladen));
    `;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const geladen = JSON.parse(r.stdout) as string[];
    expect(geladen.length).toBeGreaterThan(1);
    return geladen.filter((u) => /\/zod\//.test(u));
  }

  it("de root-entry laadt zod niet, de schemas-entry wel", () => {
    expect(zodModulesNa(`${wortel}dist/index.js`)).toEqual([]);
    expect(zodModulesNa(`${wortel}dist/schemas.js`).length).toBeGreaterThan(0);
  });

  it("CJS: de root-entry laadt zod niet", () => {
    const r = spawnSync(process.execPath, ["-e", `require(${JSON.stringify(`${wortel}dist/index.cjs`)}); console.log(JSON.stringify(Object.keys(require.cache).filter((k) => k.includes("/zod/"))));`], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});

describe("CLI als proces", () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, [`${wortel}dist/cli.js`, ...args], { encoding: "utf8", cwd: wortel });

  it("--version, regio, en exit 2 bij onbekende invoer zonder stacktrace", () => {
    expect(cli("--version").stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const r = cli("regio", "Zuid-Limburg");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Werkcentrum Zuid-Limburg");
    const o = cli("regio", "Atlantis");
    expect(o.status).toBe(2);
    expect(o.stderr).toContain("onbekend");
    expect(o.stderr).not.toMatch(/\n\s+at /);
  });

  it("toets als proces: exitcode 0, 1 en 2", () => {
    expect(cli("toets", "examples/convenanten/zuid-limburg-te-weinig-gidsen.yaml", "--peildatum", "2026-09-01").status).toBe(0);
    const fout = cli("toets", "examples/convenanten/twente-zonder-sbb.yaml", "--peildatum", "2026-09-01");
    expect(fout.status).toBe(1);
    expect(fout.stdout).toContain("beraad/kernpartners-compleet");
    const onleesbaar = cli("toets", "package.json", "--peildatum", "2026-09-01");
    expect(onleesbaar.status).toBe(2);
    expect(onleesbaar.stderr).toContain("onbekend veld");
    expect(onleesbaar.stderr).not.toMatch(/\n\s+at /);
  });
});
