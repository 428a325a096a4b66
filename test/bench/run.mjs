#!/usr/bin/env node
// `npm run bench`: bouwt niet zelf; gebruikt dist/ (npm run build eerst).
import { existsSync } from "node:fs";
import { meet, rapporteer } from "./harnas.mjs";

if (!existsSync(new URL("../../dist/index.js", import.meta.url))) {
  console.error("dist/ ontbreekt: draai eerst npm run build");
  process.exit(2);
}
const lib = await import("../../dist/index.js");

console.log(`arbeidsmarktinfra ${lib.VERSIE} — node ${process.version} — ${new Date().toISOString().slice(0, 10)}`);
console.log("Elke regel: mediaan van 7 rondes; verhouding tegen een basislijn uit dezelfde run.\n");

// Opzoeken van een regio: tegen een kale Map.get op een voorgenormaliseerde sleutel.
const termen = ["zuid limburg", "AM30", "Groot-Amsterdam", "Rijnmond", "Food Valley", "regio Amersfoort", "am1", "Twente"];
const kaal = new Map(lib.arbeidsmarktregios.map((r) => [r.code.toLowerCase(), r]));
const basis = rapporteer(meet("basislijn: Map.get op genormaliseerde code", (i) => kaal.get(termen[i % termen.length].toLowerCase())));
rapporteer(meet("vindRegio (normaliseren + aliassen + voorvoegsels)", (i) => lib.vindRegio(termen[i % termen.length])), basis);
const gemeenten = ["Den Haag", "GM0363", "Weesp", "Súdwest-Fryslân", "Zaanstad", "Hengelo"];
rapporteer(meet("regioVanGemeente (roepnamen, oude namen)", (i) => lib.regioVanGemeente(gemeenten[i % gemeenten.length])), basis);
const jaren = [2025, 2026, 2027, 2028, 2033, 2034];
const tabel = new Map(jaren.map((j) => [j, j]));
const basis2 = rapporteer(meet("basislijn: Map.get op jaar", (i) => tabel.get(jaren[i % jaren.length])));
rapporteer(meet("regionaleMiddelen(jaar) met status en bron", (i) => lib.regionaleMiddelen(jaren[i % jaren.length])), basis2);
const data = ["2024-12-31", "2025-06-01", "2026-07-01", "2030-01-01"];
const basis3 = rapporteer(meet("basislijn: ISO-datumvergelijking", (i) => data[i % 4] < "2025-01-01"));
rapporteer(meet("fase(peildatum) met validatie", (i) => lib.fase(data[i % 4])), basis3);
