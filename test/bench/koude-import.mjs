// Koude import: start een vers Node-proces dat één entry importeert, tegen een leeg proces als
// basislijn (zelfde run, afwisselend gemeten). Het verschil is de kosten van de import.
import { spawnSync } from "node:child_process";

function eenRun(code) {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return Number(r.stdout.trim());
}

/**
 * Meet in het kindproces zelf: performance.now() na de import min die vóór (ms). Zo telt het
 * opstarten van Node niet mee. Mediaan over n runs.
 */
export function koudeImport(entry, n = 15) {
  const code = `const t0 = performance.now(); await import(${JSON.stringify(entry)}); console.log(performance.now() - t0);`;
  const leeg = `const t0 = performance.now(); await import("node:path"); console.log(performance.now() - t0);`;
  const metingen = [];
  const basis = [];
  for (let i = 0; i < n; i++) {
    basis.push(eenRun(leeg));
    metingen.push(eenRun(code));
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { ms: med(metingen), basisMs: med(basis), min: Math.min(...metingen), max: Math.max(...metingen) };
}
