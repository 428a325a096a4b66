#!/usr/bin/env node
// Voorbeeldprogramma voor een consultant: toetst alle convenanten in een map en schrijft één
// rapport in Markdown (per convenant de open bevindingen, met bron). Gebruikt het gebouwde
// pakket zoals een gebruiker dat doet (`npm run build` eerst).
//
//   node examples/consultant/rapport.mjs examples/convenanten --peildatum 2026-09-01 > rapport.md
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";
import { formatCitaat, toetsConvenant } from "arbeidsmarktinfra";
import { parseConvenant } from "arbeidsmarktinfra/schemas";

const { values, positionals } = parseArgs({ options: { peildatum: { type: "string" } }, allowPositionals: true });
const map = positionals[0];
if (!map || !values.peildatum) {
  console.error("gebruik: node examples/consultant/rapport.mjs <map> --peildatum JJJJ-MM-DD");
  process.exit(2);
}

const regels = [`# Toetsing samenwerkingsconvenanten — peildatum ${values.peildatum}`, ""];
const totalen = { fout: 0, waarschuwing: 0, advies: 0, beoordelen: 0, onleesbaar: 0 };
for (const bestand of readdirSync(map).filter((b) => /\.(ya?ml|json)$/.test(b)).sort()) {
  const tekst = readFileSync(join(map, bestand), "utf8");
  const invoer = bestand.endsWith(".json") ? JSON.parse(tekst) : parseYaml(tekst);
  const p = parseConvenant(invoer);
  regels.push(`## ${bestand}`, "");
  if (!p.ok) {
    totalen.onleesbaar++;
    regels.push("Niet te toetsen:", ...p.issues.map((i) => `- ${i.message}`), "");
    continue;
  }
  const r = toetsConvenant(p.value, { peildatum: values.peildatum });
  const s = r.samenvatting;
  totalen.fout += s.nietVoldaanPerErnst.fout;
  totalen.waarschuwing += s.nietVoldaanPerErnst.waarschuwing;
  totalen.advies += s.nietVoldaanPerErnst.advies;
  totalen.beoordelen += s.perUitkomst.beoordelen;
  regels.push(
    `Regio ${p.value.regio}; fase ${r.ontvangstbewijs.fase}. ${s.nietVoldaanPerErnst.fout} fout, ${s.nietVoldaanPerErnst.waarschuwing} waarschuwing, ` +
      `${s.nietVoldaanPerErnst.advies} advies, ${s.perUitkomst.beoordelen} te beoordelen, ${s.perUitkomst.voldaan} voldaan.`,
    "",
  );
  const open = r.bevindingen.filter((b) => b.uitkomst === "niet-voldaan" || b.uitkomst === "beoordelen");
  if (open.length > 0) {
    regels.push("| ernst | uitkomst | regel | plaats | bevinding | bron |", "|---|---|---|---|---|---|");
    for (const b of open) regels.push(`| ${b.ernst} | ${b.uitkomst} | \`${b.regelId}\` | \`${b.pointer || "/"}\` | ${b.bericht.replaceAll("|", "\\|")} | ${formatCitaat(b.bron).replaceAll("|", "\\|")} |`);
    regels.push("");
  }
}
regels.push("## Totaal", "", `${totalen.fout} fout, ${totalen.waarschuwing} waarschuwing, ${totalen.advies} advies, ${totalen.beoordelen} te beoordelen, ${totalen.onleesbaar} niet te toetsen.`, "");
process.stdout.write(regels.join("\n"));
process.exitCode = totalen.fout > 0 ? 1 : 0;
