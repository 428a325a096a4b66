#!/usr/bin/env node
// Schrijft het gegenereerde deel van docs/mutatietesten.md uit het JSON-rapport van Stryker
// (reports/mutation/mutation.json), tussen de markeringen <!-- begin:gegenereerd --> en
// <!-- einde:gegenereerd -->. Het handgeschreven deel (uitleg van de overlevers) blijft staan.
//
//   node test/tools/mutatierapport.mjs            schrijven
//   node test/tools/mutatierapport.mjs --toon     alleen afdrukken
import { readFileSync, writeFileSync } from "node:fs";

const wortel = new URL("../../", import.meta.url);
const rapport = JSON.parse(readFileSync(new URL("reports/mutation/mutation.json", wortel), "utf8"));
const doc = new URL("docs/mutatietesten.md", wortel);

const telling = () => ({ Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, statisch: 0, uitgezonderd: 0 });
const score = (t) => {
  const gedekt = t.Killed + t.Timeout + t.Survived + t.NoCoverage;
  return gedekt === 0 ? 100 : ((t.Killed + t.Timeout) / gedekt) * 100;
};
const pct = (x) => x.toFixed(2).replace(".", ",");

const perBestand = new Map();
const totaal = telling();
const overlevers = [];
const uitzonderingen = new Map(); // reden -> [plaats]
for (const [bestand, d] of Object.entries(rapport.files).sort(([a], [b]) => a.localeCompare(b))) {
  const t = telling();
  const regels = d.source.split("\n");
  for (const m of d.mutants) {
    const s = m.status;
    if (s === "Ignored") {
      const k = m.static ? "statisch" : "uitgezonderd";
      t[k]++;
      totaal[k]++;
      if (!m.static) {
        const reden = (m.statusReason ?? "").trim();
        const plaats = `${bestand}:${m.location.start.line}`;
        const lijst = uitzonderingen.get(reden) ?? [];
        if (!lijst.includes(plaats)) lijst.push(plaats);
        uitzonderingen.set(reden, lijst);
      }
      continue;
    }
    if (!(s in t)) continue; // CompileError/RuntimeError tellen niet mee (zoals bij Stryker)
    t[s]++;
    totaal[s]++;
    if (s === "Survived" || s === "NoCoverage") {
      const { start, end } = m.location;
      const r = regels[start.line - 1] ?? "";
      const origineel = (start.line === end.line ? r.slice(start.column - 1, end.column - 1) : r.slice(start.column - 1) + " …").trim();
      overlevers.push({ plaats: `${bestand}:${start.line}`, status: s === "Survived" ? "overleefd" : "niet gedekt", mutator: m.mutatorName, origineel, vervanging: m.replacement ?? "" });
    }
  }
  perBestand.set(bestand, t);
}

const kort = (x, n = 70) => {
  const e = x.replace(/\s+/g, " ").replace(/\|/g, "\\|").replace(/`/g, "'");
  return e.length > n ? e.slice(0, n - 1) + "…" : e;
};

const uit = [];
uit.push("<!-- begin:gegenereerd (node test/tools/mutatierapport.mjs; niet met de hand bewerken) -->");
uit.push("");
uit.push(`**Mutatiescore: ${pct(score(totaal))}%** (grens in \`stryker.config.json\`: ${rapport.thresholds.break ?? "-"}%). ` +
  `${totaal.Killed} gedood, ${totaal.Timeout} time-out, ${totaal.Survived} overleefd, ${totaal.NoCoverage} niet gedekt; ` +
  `buiten de score: ${totaal.uitgezonderd} met een reden uitgezonderd (\`// Stryker disable …\`, hieronder) en ${totaal.statisch} statische mutanten (\`ignoreStatic\`, zie boven). ` +
  `Telden alle uitgezonderde mutanten als overlevers, dan was de score ${pct(score({ ...totaal, Survived: totaal.Survived + totaal.uitgezonderd }))}%.`);
uit.push("");
uit.push("| bestand | score | gedood | time-out | overleefd | niet gedekt | uitgezonderd | statisch |");
uit.push("|---|--:|--:|--:|--:|--:|--:|--:|");
for (const [b, t] of perBestand) {
  uit.push(`| \`${b}\` | ${pct(score(t))}% | ${t.Killed} | ${t.Timeout} | ${t.Survived} | ${t.NoCoverage} | ${t.uitgezonderd} | ${t.statisch} |`);
}
uit.push(`| **totaal** | **${pct(score(totaal))}%** | ${totaal.Killed} | ${totaal.Timeout} | ${totaal.Survived} | ${totaal.NoCoverage} | ${totaal.uitgezonderd} | ${totaal.statisch} |`);
uit.push("");
uit.push(`### Uitgezonderd met een reden (${totaal.uitgezonderd} mutanten op ${[...uitzonderingen.values()].reduce((s, l) => s + l.length, 0)} plaatsen)`);
uit.push("");
uit.push("De reden staat in de code, op de regel boven de mutant.");
uit.push("");
uit.push("| reden | plaatsen |");
uit.push("|---|---|");
for (const [reden, plaatsen] of [...uitzonderingen].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
  uit.push(`| ${kort(reden, 160)} | ${plaatsen.map((p) => `\`${p.replace(/^src\//, "")}\``).join(", ")} |`);
}
uit.push("");
uit.push(`### Overlevers en niet gedekte mutanten (${overlevers.length})`);
uit.push("");
if (overlevers.length === 0) uit.push("Geen.");
else {
  uit.push("| plaats | status | mutator | origineel | wordt |");
  uit.push("|---|---|---|---|---|");
  for (const o of overlevers) uit.push(`| \`${o.plaats}\` | ${o.status} | ${o.mutator} | \`${kort(o.origineel)}\` | \`${kort(o.vervanging)}\` |`);
}
uit.push("");
uit.push("<!-- einde:gegenereerd -->");
const blok = uit.join("\n");

if (process.argv.includes("--toon")) {
  console.log(blok);
} else {
  const huidig = readFileSync(doc, "utf8");
  const re = /<!-- begin:gegenereerd[\s\S]*?<!-- einde:gegenereerd -->/;
  if (!re.test(huidig)) {
    console.error("docs/mutatietesten.md mist de markeringen <!-- begin:gegenereerd --> … <!-- einde:gegenereerd -->");
    process.exit(1);
  }
  writeFileSync(doc, huidig.replace(re, () => blok));
  console.log(`docs/mutatietesten.md bijgewerkt: score ${pct(score(totaal))}%, ${overlevers.length} overlevers`);
}
