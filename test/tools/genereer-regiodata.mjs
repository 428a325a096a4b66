#!/usr/bin/env node
// Genereert src/regio/data/gegevens.ts uit de CBS-extracten in src/regio/data/*.csv.
// Gebruik: node test/tools/genereer-regiodata.mjs [--controleer]
// Met --controleer wordt niets geschreven; exit 1 als het bestand verouderd is.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const map = join(dirname(fileURLToPath(import.meta.url)), "../../src/regio/data");

/** Leest CSV (komma's, velden eventueel tussen dubbele aanhalingstekens). */
export function leesCsv(tekst) {
  const regels = tekst.replace(/\r\n/g, "\n").split("\n").filter((r) => r.length > 0);
  return regels.map((regel) => {
    const velden = [];
    let i = 0;
    while (i <= regel.length) {
      if (regel[i] === '"') {
        let eind = i + 1;
        let waarde = "";
        for (;;) {
          const q = regel.indexOf('"', eind);
          if (q === -1) throw new Error(`open aanhalingsteken in: ${regel}`);
          waarde += regel.slice(eind, q);
          if (regel[q + 1] === '"') { waarde += '"'; eind = q + 2; continue; }
          i = q + 2;
          break;
        }
        velden.push(waarde);
      } else {
        const komma = regel.indexOf(",", i);
        const eind = komma === -1 ? regel.length : komma;
        velden.push(regel.slice(i, eind));
        i = eind + 1;
      }
    }
    return velden;
  });
}

export function genereer() {
  const [kop1, ...gemeenten] = leesCsv(readFileSync(join(map, "arbeidsmarktregio_gemeenten_2026.csv"), "utf8"));
  const verwacht1 = "gemeentecode,gemeentenaam,arbeidsmarktregio_code,arbeidsmarktregio_naam,provincie_code,provincie_naam,corop_code,corop_naam";
  if (kop1.join(",") !== verwacht1) throw new Error(`onverwachte kolommen: ${kop1.join(",")}`);
  const [kop2, ...historie] = leesCsv(readFileSync(join(map, "cbs_gemeenten_corop_amr_provincie_2010-2026.ahrnuld-jobmarket.csv"), "utf8"));
  if (kop2.join(",") !== "name,code,year,corop_code,corop,region_code,region,province_code,province") throw new Error("onverwachte kolommen historie");

  const regios = new Map();
  for (const [code, naam, regio, regionaam] of gemeenten) {
    if (!/^GM\d{4}$/.test(code) || !/^AM\d{2}$/.test(regio)) throw new Error(`ongeldige codes: ${code} ${regio}`);
    if (regios.has(regio) && regios.get(regio) !== regionaam) throw new Error(`regio ${regio} heeft twee namen`);
    regios.set(regio, regionaam);
  }
  const huidigeCodes = new Set(gemeenten.map((g) => g[0]));
  const oud = historie
    .filter(([naam, , jaar]) => Number(jaar) < 2026)
    .map(([naam, code, jaar, , , regio]) => [naam, code, Number(jaar), regio === "" ? null : regio])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  // Controle: elke huidige gemeente staat ook in de historie met jaar 2026 en dezelfde regio.
  const h2026 = new Map(historie.filter((r) => r[2] === "2026").map((r) => [r[1], r[5]]));
  for (const [code, , regio] of gemeenten) {
    if (h2026.get(code) !== regio) throw new Error(`historie en 2026-bestand verschillen voor ${code}`);
  }
  if (h2026.size !== huidigeCodes.size) throw new Error("aantal gemeenten 2026 verschilt tussen de bestanden");

  const regels = [
    "// GEGENEREERD door test/tools/genereer-regiodata.mjs uit de CSV-bestanden in deze map. Niet met de hand wijzigen.",
    "// Bron: CBS, Gebieden in Nederland 2026 (86247NED), CC BY 4.0.",
    "",
    "/** [code, CBS-naam] van de 35 arbeidsmarktregio's (2026). */",
    "export const REGIO_RIJEN = [",
    ...[...regios].sort().map(([c, n]) => `  [${JSON.stringify(c)}, ${JSON.stringify(n)}],`),
    "] as const;",
    "",
    "/** Provinciecode en -naam (CBS). */",
    "export const PROVINCIES: Readonly<Record<string, string>> = {",
    ...[...new Map(gemeenten.map((g) => [g[4], g[5]]))].sort().map(([c, n]) => `  ${c}: ${JSON.stringify(n)},`),
    "};",
    "",
    "/** [code, naam, regio, provinciecode] van de 342 gemeenten (2026). De COROP-indeling staat alleen in de CSV. */",
    "export const GEMEENTE_RIJEN: readonly (readonly [string, string, string, string])[] = [",
    ...gemeenten
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([code, naam, regio, , pc]) => `  ${JSON.stringify([code, naam, regio, pc])},`),
    "];",
    "",
  ];
  const oudeRegels = [
    "// GEGENEREERD door test/tools/genereer-regiodata.mjs uit de CSV-bestanden in deze map. Niet met de hand wijzigen.",
    "// Bron: CBS, Gebieden in Nederland 2010-2026, via ahrnuld/jobmarket (CC BY 4.0).",
    "",
    "/** [naam, code, laatste jaar, regio in dat jaar of null] van gemeentenamen die in 2026 niet meer bestaan. */",
    "export const OUDE_GEMEENTE_RIJEN: readonly (readonly [string, string, number, string | null])[] = [",
    ...oud.map((r) => `  ${JSON.stringify(r)},`),
    "];",
    "",
  ];
  return { "gegevens.ts": regels.join("\n") + "\n", "oude-gemeenten.ts": oudeRegels.join("\n") };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [bestand, nieuw] of Object.entries(genereer())) {
    const uit = join(map, bestand);
    if (process.argv.includes("--controleer")) {
      if (readFileSync(uit, "utf8") !== nieuw) {
        console.error(`src/regio/data/${bestand} is verouderd: draai node test/tools/genereer-regiodata.mjs`);
        process.exit(1);
      }
      console.log(`${bestand} is actueel`);
    } else {
      writeFileSync(uit, nieuw);
      console.log(`geschreven: ${uit}`);
    }
  }
}
