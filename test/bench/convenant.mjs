#!/usr/bin/env node
// Benchmarks voor het convenant (na `npm run build`): toetsConvenant op een volledig convenant,
// de 35 regio's samen, en parseConvenant tegenover een kale zod-safeParse van hetzelfde schema.
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { meet, rapporteer, fmt } from "./harnas.mjs";

const lib = await import("../../dist/index.js");
const schemas = await import("../../dist/schemas.js");

const volledig = parseYaml(readFileSync(new URL("../../examples/convenanten/rijnmond-volledig.yaml", import.meta.url), "utf8"));
const geparseerd = schemas.parseConvenant(volledig);
if (!geparseerd.ok) throw new Error("voorbeeld ongeldig");
const c = geparseerd.value;
const opties = { peildatum: "2026-09-01" };

/** Een convenant per regio, gebouwd uit de referentiedata en het volledige voorbeeld. */
function convenantVoor(r) {
  const cg = r.centrumgemeente.status === "eenduidig" ? r.centrumgemeente.naam : r.centrumgemeente.lezingen[0].naam;
  const gemeenten = lib.gemeentenVan(r).map((g) => g.naam).filter((n) => n !== cg);
  const partijen = c.partijen.map((p, i) => (i === 0 ? { ...p, naam: `Gemeente ${cg}`, gemeente: cg, vertegenwoordigt: gemeenten } : p)).filter((p) => p.soort !== "gemeente" || p.centrumgemeente);
  const naam = `Werkcentrum ${r.naam}`;
  return {
    ...c,
    regio: r.naam,
    partijen,
    impulsbudget: { ...c.impulsbudget, formeelVerantwoordelijke: `Gemeente ${cg}` },
    werkcentrum: { ...c.werkcentrum, naam, toegangspoort: { ...c.werkcentrum.toegangspoort, website: `https://${lib.werkcentrumSubdomein(r)}` } },
  };
}
const alle = lib.arbeidsmarktregios.map(convenantVoor);
const r0 = lib.toetsConvenant(alle[0], opties);
console.log(`regio's: ${alle.length}; bevindingen per convenant ≈ ${r0.bevindingen.length}`);

const b = rapporteer(meet("toetsConvenant (volledig convenant Rijnmond)", () => lib.toetsConvenant(c, opties)));
console.log(`  → ${fmt(b.opsPerSec)} toetsen/s (doel ≥ 10.000)`);
const a = rapporteer(meet("toetsConvenant × 35 regio's", () => { for (const x of alle) lib.toetsConvenant(x, opties); }));
console.log(`  → ${fmt(1000 / a.opsPerSec, 2)} ms voor alle 35 samen (doel < 5 ms)`);

const kaal = rapporteer(meet("basislijn: ConvenantSchema.safeParse (kale zod)", () => schemas.ConvenantSchema.safeParse(volledig)));
const p = rapporteer(meet("parseConvenant (diepte + safeParse)", () => schemas.parseConvenant(volledig)), kaal);
console.log(`  → parseConvenant is ${fmt(p.ratio, 2)}x de kale safeParse (doel ≤ 1,3)`);

// Verhouding met afwisselende rondes (A, B, A, B, …): robuuster op een drukke machine.
function verhouding(fa, fb, { rondes = 41, n = 2000 } = {}) {
  const r = [];
  for (let i = 0; i < 200; i++) { fa(); fb(); }
  for (let k = 0; k < rondes; k++) {
    let t0 = performance.now();
    for (let i = 0; i < n; i++) fa();
    const ta = performance.now() - t0;
    t0 = performance.now();
    for (let i = 0; i < n; i++) fb();
    const tb = performance.now() - t0;
    r.push(tb / ta);
  }
  r.sort((x, y) => x - y);
  return r[Math.floor(r.length / 2)];
}
const v = verhouding(() => schemas.ConvenantSchema.safeParse(volledig), () => schemas.parseConvenant(volledig));
console.log(`  → afwisselend gemeten (mediaan van 41 rondes): parseConvenant / safeParse = ${fmt(v, 2)}`);
