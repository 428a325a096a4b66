// Sectie koude import: een vers Node-proces importeert één entry; het kindproces meet zelf de
// tijd van de import (zonder het opstarten van Node), als processortijd (zoals de andere secties:
// wachten op een kern van een gedeelde machine telt niet) en als wandkloktijd (ter informatie). Afwisselend met een basislijn in een even
// vers proces: `import("zod")`, een veelgebruikte bibliotheek van vergelijkbare aard (de
// schemas-entry laadt zod zelf ook). Mediaan over de runs.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { figuur, fmt, mediaan, sectie } from "./harnas.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Eén vers proces: de importtijd in ms (wandklok en processortijd, in het kind gemeten). */
function eenImport(specifier) {
  const code =
    `const c0 = process.cpuUsage(); const t0 = performance.now(); await import(${JSON.stringify(specifier)});` +
    `const c = process.cpuUsage(c0); console.log(JSON.stringify({ wand: performance.now() - t0, cpu: (c.user + c.system) / 1000 }));`;
  // cwd = de repository: "zod" en "arbeidsmarktinfra" lossen op zoals bij een gebruiker.
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`import van ${specifier} mislukt: ${r.stderr}`);
  return JSON.parse(r.stdout.trim());
}

/** Kandidaat en basislijn afwisselend, elk `n` keer. */
function koudeImport(specifier, basis, n) {
  const k = [];
  const b = [];
  eenImport(specifier); // bestanden in de paginacache, zoals na een installatie
  eenImport(basis);
  for (let i = 0; i < n; i++) {
    if (i % 2) b.push(eenImport(basis));
    k.push(eenImport(specifier));
    if (!(i % 2)) b.push(eenImport(basis));
  }
  const stat = (xs, veld) => ({ mediaan: mediaan(xs.map((x) => x[veld])), min: Math.min(...xs.map((x) => x[veld])), max: Math.max(...xs.map((x) => x[veld])) });
  return { k: stat(k, "cpu"), kWand: stat(k, "wand"), b: stat(b, "cpu"), factor: mediaan(k.map((x, i) => x.cpu / b[i].cpu)) };
}

export function benchKoudeImport({ runs }) {
  sectie("4. Koude import in een vers Node-proces");
  for (const [entry, naam, doel] of [
    ["arbeidsmarktinfra", "hoofd-entry (arbeidsmarktinfra)", 50],
    ["arbeidsmarktinfra/schemas", "schemas-entry (arbeidsmarktinfra/schemas, laadt zod)", undefined],
  ]) {
    const m = koudeImport(entry, "zod", runs);
    figuur({
      sectie: "koude import",
      naam: `import("${entry}"): ${naam}, ${runs} verse processen`,
      waarde: m.k.mediaan,
      decimalen: 1,
      eenheid: "ms",
      toelichting: `processortijd, runs: ${fmt(m.k.min, 1)}–${fmt(m.k.max, 1)} ms; wandklok (mediaan) ${fmt(m.kWand.mediaan, 1)} ms, runs ${fmt(m.kWand.min, 1)}–${fmt(m.kWand.max, 1)} ms`,
      basislijn: { naam: 'import("zod") in een vers proces', waarde: m.b.mediaan, decimalen: 1, eenheid: "ms" },
      verhouding: m.factor,
      verhoudingTekst: "× de tijd van de basislijn",
      doel: doel === undefined ? "geen (apart gemeten)" : `≤ ${doel} ms`,
      gehaald: doel === undefined ? true : m.k.mediaan <= doel,
      zonderDoel: doel === undefined,
    });
  }
}
