#!/usr/bin/env node
// Voorbeeldprogramma voor een consultant: toetst alle convenanten in een map en schrijft één
// rapport in Markdown (per convenant de open bevindingen, met bron). Gebruikt het gebouwde
// pakket zoals een gebruiker dat doet (`npm run build` eerst).
//
//   node examples/consultant/rapport.mjs examples/convenanten --peildatum 2026-09-01 > rapport.md
//
// Exitcode 0 zonder fout, 1 bij een bevinding met ernst fout, 2 als een bestand niet te lezen
// of te toetsen was (het rapport noemt het dan) of bij ongeldige opties.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";
import { formatCitaat, OngeldigeInvoerFout, toetsConvenant } from "arbeidsmarktinfra";
import { parseConvenant } from "arbeidsmarktinfra/schemas";

const GEBRUIK = "gebruik: node examples/consultant/rapport.mjs <map> --peildatum JJJJ-MM-DD [--inwerkingtreding JJJJ-MM-DD|onbekend]";
let args;
try {
  args = parseArgs({ options: { peildatum: { type: "string" }, inwerkingtreding: { type: "string" } }, allowPositionals: true });
} catch {
  stop(GEBRUIK);
}
const { values, positionals } = args;
const map = positionals[0];
if (!map || !values.peildatum || positionals.length > 1) stop(GEBRUIK);
const opties = { peildatum: values.peildatum, ...(values.inwerkingtreding !== undefined && { instellingen: { inwerkingtreding: values.inwerkingtreding } }) };

let bestanden;
try {
  bestanden = readdirSync(map).filter((b) => /\.(ya?ml|json)$/.test(b)).sort();
} catch {
  stop(`${map}: map niet gevonden of niet leesbaar`);
}

const regels = [`# Toetsing samenwerkingsconvenanten — peildatum ${values.peildatum}`, ""];
const totalen = { fout: 0, waarschuwing: 0, advies: 0, beoordelen: 0, onleesbaar: 0 };
for (const bestand of bestanden) {
  regels.push(`## ${bestand}`, "");
  let invoer;
  try {
    const tekst = readFileSync(join(map, bestand), "utf8");
    invoer = bestand.endsWith(".json") ? JSON.parse(tekst) : parseYaml(tekst, { maxAliasCount: 100 });
  } catch (e) {
    totalen.onleesbaar++;
    const soort = e.syscall === undefined ? `geen geldige ${bestand.endsWith(".json") ? "JSON" : "YAML"}` : "bestand niet leesbaar";
    regels.push(`Niet te lezen: ${soort} (${e.message.split("\n")[0]}).`, "");
    continue;
  }
  const p = parseConvenant(invoer); // nooit een uitzondering; paden en meldingen in het Nederlands
  if (!p.ok) {
    totalen.onleesbaar++;
    regels.push("Niet te toetsen:", ...p.issues.map((i) => `- ${i.message}`), "");
    continue;
  }
  let r;
  try {
    r = toetsConvenant(p.value, opties);
  } catch (e) {
    if (e instanceof OngeldigeInvoerFout) stop(e.message); // ongeldige peildatum of inwerkingtreding
    throw e;
  }
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
// Zoals de CLI: 1 bij een bevinding met ernst fout, 2 als een bestand niet te lezen of te toetsen was.
process.exitCode = totalen.onleesbaar > 0 ? 2 : totalen.fout > 0 ? 1 : 0;

function stop(melding) {
  console.error(melding);
  process.exit(2);
}
