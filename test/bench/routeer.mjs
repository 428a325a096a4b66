#!/usr/bin/env node
// Meting van routeer: doorvoer en verhouding tot een handgeschreven if/switch-functie die voor
// dezelfde beslistabel dezelfde arrangeur geeft. Gebruikt dist/ (npm run build eerst):
//   node test/bench/routeer.mjs
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { meet, rapporteer } from "./harnas.mjs";

if (!existsSync(new URL("../../dist/index.js", import.meta.url))) {
  console.error("dist/ ontbreekt: draai eerst npm run build");
  process.exit(2);
}
const lib = await import("../../dist/index.js");
const { parseHulpvraag } = await import("../../dist/schemas.js");

const map = new URL("../../examples/hulpvragen/", import.meta.url);
const vragen = readdirSync(map)
  .filter((f) => f.endsWith(".json") && f !== "verwachtingen.json")
  .map((f) => {
    const p = parseHulpvraag(JSON.parse(readFileSync(new URL(f, map), "utf8")));
    const n = lib.normaliseerHulpvraag(p.value);
    return n.value;
  });
const N = vragen.length;
const opties = { peildatum: "2026-09-01" };

// De basislijn: dezelfde beslistabel met de hand, alleen de arrangeur (als tekst).
const IWT = "2026-07-01";
function handmatig(h, peildatum) {
  if (h.vrager === "werkgever") {
    const r = h.regios;
    if (r === undefined || (Array.isArray(r) && r.length === 0)) return "beoordelen";
    if (r === "landelijk") return "Landelijk WerkgeversServicepunt";
    for (let i = 1; i < r.length; i++) if (r[i] !== r[0]) return "Landelijk WerkgeversServicepunt";
    return peildatum >= IWT ? "Werkcentrum " + r[0] + " werkgeversdienstverlening" : "WerkgeversServicepunt " + r[0];
  }
  const u = h.uitkering;
  const gem = h.woongemeente === undefined ? "gemeente" : "gemeente " + h.woongemeente;
  if (h.vrager === "werkzoekende") {
    switch (u) {
      case "WW": return h.wwEinddatum !== undefined && h.wwEinddatum < peildatum ? "beoordelen" : "UWV";
      case "WIA/WGA": case "Wajong": return "UWV";
      case "bijstand": case "geen": return gem;
      default: return "beoordelen";
    }
  }
  if (u === "WIA/WGA" || u === "Wajong") return "UWV";
  const ab = h.arbeidsbeperking ?? "onbekend";
  if (ab === "ja") return u === "WW" ? "UWV" : u === "bijstand" || u === "geen" ? gem : "beoordelen";
  if (ab === "onbekend" || u !== "geen") return "beoordelen";
  const p = h.privateOndersteuning;
  const privaat = p === undefined || p === "onbekend" ? "onbekend" : p === "geen" || p.length === 0 ? "nee" : "ja";
  if (privaat === "ja" || h.dreigtWerkloos === "nee") return "sociale partners";
  return "beoordelen";
}

// Controle: beide geven dezelfde arrangeur.
for (const h of vragen) {
  const r = lib.routeer(h, opties);
  const a = r.status === "bepaald" ? r.arrangeur.organisatie ?? (r.arrangeur.soort === "sociale-partners" ? "sociale partners" : "gemeente") : "beoordelen";
  const b = handmatig(h, opties.peildatum).replace(/AM\d\d/, (c) => lib.regionaam(c));
  if (a !== b) throw new Error(`verschil bij ${h.id}: ${a} tegenover ${b}`);
}

console.log(`arbeidsmarktinfra ${lib.VERSIE} — node ${process.version} — ${N} voorbeeldvragen, peildatum ${opties.peildatum}\n`);
let som = 0;
const basis = rapporteer(meet("basislijn: handgeschreven if/switch (alleen arrangeur)", (i) => (som += handmatig(vragen[i % N], opties.peildatum).length)));
rapporteer(meet("routeer (volledige routering met stappen)", (i) => (som += lib.routeer(vragen[i % N], opties).stappen.length)), basis);
const json = vragen.map((h) => JSON.stringify(h));
rapporteer(meet("JSON.parse + parseHulpvraag + routeer (batchregel)", (i) => (som += lib.routeer(parseHulpvraag(JSON.parse(json[i % N])).value, opties).stappen.length)), basis);
if (som === 42) console.log("");
