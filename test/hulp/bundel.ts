import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
// @ts-expect-error -- JavaScript-module zonder typen (gedeeld met de benchmark)
import { bundelBrowser } from "../bench/bundel.mjs";

const wortel = new URL("../../", import.meta.url).pathname;

/**
 * Bouwt de entries zoals tsup dat doet (esm, zonder splitting, externe dependencies niet meegenomen)
 * naar een tijdelijke map, zodat de bundeltest niet van een eerdere `npm run build` afhangt.
 */
export async function bouwPakket(): Promise<{ map: string; opruimen: () => void }> {
  const map = mkdtempSync(join(tmpdir(), "ami-dist-"));
  await build({
    entryPoints: { index: join(wortel, "src/index.ts"), schemas: join(wortel, "src/schemas.ts") },
    outdir: map,
    bundle: true,
    splitting: false,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    packages: "external",
    logLevel: "silent",
  });
  // Zoals in node_modules/arbeidsmarktinfra: de bundler mag ongebruikte modules weglaten.
  writeFileSync(join(map, "package.json"), JSON.stringify({ type: "module", sideEffects: false }));
  return { map, opruimen: () => rmSync(map, { recursive: true, force: true }) };
}

/**
 * Bundelt een stukje consumentencode zoals een browserapp dat doet (esbuild, minify, esm,
 * browser, alle dependencies meegebundeld) en geeft de grootte en de code; dezelfde instellingen
 * als de bundelsectie van de benchmark (test/bench/bundel.mjs).
 */
export async function bundelConsument(map: string, code: string): Promise<{ bytes: number; gzip: number; code: string }> {
  return bundelBrowser(code, map, [join(wortel, "node_modules")]);
}
