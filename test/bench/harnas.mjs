// Meetharnas voor `npm run bench`: meet doorvoer (ops/s) van een functie en de verhouding
// tot een basislijn die in dezelfde run gemeten wordt (deze machines zijn gedeeld en rumoerig:
// verhoudingen zijn betrouwbaarder dan absolute tijden). Geen timing in unit-tests.

/** Meet een functie: opwarmen, dan herhaalde rondes; geeft de mediaan in ops/s. */
export function meet(naam, fn, { rondes = 7, minMs = 150 } = {}) {
  // opwarmen en bepalen hoeveel iteraties een ronde krijgt
  let n = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn(i);
    const ms = performance.now() - t0;
    if (ms >= minMs / 4) {
      n = Math.max(1, Math.ceil((n * minMs) / Math.max(ms, 0.001)));
      break;
    }
    n *= 4;
  }
  const metingen = [];
  for (let r = 0; r < rondes; r++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn(i);
    const ms = performance.now() - t0;
    metingen.push((n / ms) * 1000);
  }
  metingen.sort((a, b) => a - b);
  const mediaan = metingen[Math.floor(metingen.length / 2)];
  return { naam, opsPerSec: mediaan, min: metingen[0], max: metingen.at(-1), iteraties: n };
}

/** Opmaak van een getal met duizendtallen. */
export const fmt = (x, d = 0) => x.toLocaleString("nl-NL", { maximumFractionDigits: d, minimumFractionDigits: d });

/** Drukt een meting af met de verhouding tot de basislijn. */
export function rapporteer(m, basis) {
  const ratio = basis ? basis.opsPerSec / m.opsPerSec : 1;
  const regel = `${m.naam.padEnd(58)} ${fmt(m.opsPerSec).padStart(14)} ops/s` + (basis ? `   ${fmt(ratio, 2).padStart(7)}x trager dan "${basis.naam}"` : "   (basislijn)");
  console.log(regel);
  return { ...m, ratio };
}
