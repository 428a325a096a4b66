import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

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
 * browser, alle dependencies meegebundeld) en geeft de grootte en de code.
 */
export async function bundelConsument(map: string, code: string): Promise<{ bytes: number; gzip: number; code: string }> {
  const bestand = join(map, `consument-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(bestand, code);
  const r = await build({
    entryPoints: [bestand],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    legalComments: "none",
    logLevel: "silent",
    nodePaths: [join(wortel, "node_modules")],
  });
  const uit = r.outputFiles[0]!.contents;
  return { bytes: uit.length, gzip: gzipSync(uit, { level: 9 }).length, code: new TextDecoder().decode(uit) };
}
