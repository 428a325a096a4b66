#!/usr/bin/env node
// `npm run bench`: alle benchmarks in één run, elk getal met zijn verhouding tot een basislijn
// uit dezelfde run. Gebruikt dist/ (npm run bench bouwt eerst).
//
//   node test/bench/run.mjs            meten en afdrukken
//   node test/bench/run.mjs --schrijf  ook docs/prestaties.md schrijven (uit deze meting)
//   node test/bench/run.mjs --streng   exitcode 1 als een doel niet gehaald is
//   node test/bench/run.mjs --snel     kleiner en korter (om de scripts zelf te proberen; schrijft niet)
//
// Exitcode 1 altijd bij een inhoudelijke fout: basislijnen die het oneens zijn met routeer, een
// ongeldig voorbeeld, een batch-CLI die een regel anders routeert of niet met 0 eindigt.
import { existsSync, writeFileSync } from "node:fs";
import { benchBatch } from "./batch.mjs";
import { benchBundel } from "./bundel.mjs";
import { benchConvenant } from "./convenant.mjs";
import { figuren, fmt } from "./harnas.mjs";
import { benchKoudeImport } from "./koude-import.mjs";
import { machine, prestatiesMarkdown } from "./prestaties.mjs";
import { benchOverig } from "./overig.mjs";
import { benchRouteer } from "./routeer.mjs";

const args = new Set(process.argv.slice(2));
for (const a of args) {
  if (!["--schrijf", "--streng", "--snel"].includes(a)) {
    console.error(`onbekende optie ${a}; gebruik --schrijf, --streng of --snel`);
    process.exit(2);
  }
}
const snel = args.has("--snel");
if (snel && args.has("--schrijf")) {
  console.error("--snel meet te kort voor docs/prestaties.md; laat --schrijf weg of draai zonder --snel");
  process.exit(2);
}
for (const f of ["index.js", "schemas.js", "cli.js"]) {
  if (!existsSync(new URL(`../../dist/${f}`, import.meta.url))) {
    console.error(`dist/${f} ontbreekt: draai eerst npm run build (npm run bench doet dat zelf)`);
    process.exit(2);
  }
}

const lib = await import("../../dist/index.js");
const schemas = await import("../../dist/schemas.js");
const start = performance.now();
const voor = machine();
console.log(`arbeidsmarktinfra ${lib.VERSIE} — node ${process.version} — ${voor.datum}`);
console.log(`${voor.cpu}; ${voor.kernen} kernen; ${fmt(voor.geheugenGiB, 1)} GiB; belasting ${voor.belasting.map((x) => fmt(x, 2)).join(" / ")} (1/5/15 min)`);
console.log("Medianen; klok: processortijd van het proces. Elke kandidaat afwisselend met zijn basislijn gemeten.");

const rondes = snel ? 5 : 21;
const secties = [
  () => benchRouteer(lib, schemas, { rondes }),
  () => benchConvenant(lib, schemas, { rondes }),
  () => benchKoudeImport({ runs: snel ? 5 : 15 }),
  () => benchBatch(lib, schemas, { aantal: snel ? 50_000 : 1_000_000, runs: snel ? 1 : 3 }),
  () => benchOverig(lib, { rondes: snel ? 5 : 7 }),
  () => benchBundel(),
];
for (const s of secties) {
  const t0 = performance.now();
  await s();
  console.log(`  (${fmt((performance.now() - t0) / 1000, 0)} s)`);
}

const na = machine();
const duur = (performance.now() - start) / 1000;
const metDoel = figuren.filter((f) => !f.zonderDoel);
const niet = metDoel.filter((f) => !f.gehaald);
console.log(`\n== Samenvatting (${fmt(duur, 0)} s; belasting na afloop ${na.belasting.map((x) => fmt(x, 2)).join(" / ")})`);
for (const f of metDoel) console.log(`  ${f.gehaald ? "GEHAALD     " : "NIET GEHAALD"}  ${f.naam}: ${fmt(f.waarde, f.decimalen ?? 0)} ${f.eenheid} (doel ${f.doel})`);
console.log(niet.length === 0 ? `\nAlle ${metDoel.length} doelen gehaald.` : `\n${niet.length} van de ${metDoel.length} doelen NIET gehaald.`);

if (args.has("--schrijf")) {
  const pad = new URL("../../docs/prestaties.md", import.meta.url);
  writeFileSync(pad, prestatiesMarkdown({ versie: lib.VERSIE, voor, na, duur, figuren }));
  console.log("docs/prestaties.md geschreven.");
}
if (args.has("--streng") && niet.length > 0) process.exitCode = 1;
