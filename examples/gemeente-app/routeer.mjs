#!/usr/bin/env node
// Voorbeeldprogramma voor een gemeentelijke app: leest hulpvragen (JSON-bestanden of NDJSON,
// één vraag per regel), controleert ze met parseHulpvraag en normaliseerHulpvraag, routeert ze
// met routeer ('no wrong door') en drukt per vraag af wie de arrangeur is, hoe de warme
// overdracht gaat, wie aanvullend meedoet en waarnaar verwezen wordt: elk met regel-id en bron.
// Gebruikt het gebouwde pakket zoals een gebruiker dat doet (`npm run build` eerst).
//
//   node examples/gemeente-app/routeer.mjs examples/hulpvragen/batch.ndjson --peildatum 2026-09-01
//   node examples/gemeente-app/routeer.mjs examples/hulpvragen/werkzoekende-bijstand-schulden.json
//   cat vragen.ndjson | node examples/gemeente-app/routeer.mjs - --inwerkingtreding onbekend
//
// Exitcode 0 als alle vragen gerouteerd zijn, 2 bij een ongeldige vraag (de rest wordt wel
// gerouteerd) of een ongeldige optie.
import { createReadStream, readFileSync } from "node:fs";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { fase, normaliseerHulpvraag, OngeldigeInvoerFout, regionaam, routeer, uitlegRoutering, deurTekst } from "arbeidsmarktinfra";
import { parseHulpvraag } from "arbeidsmarktinfra/schemas";

const GEBRUIK = "gebruik: node examples/gemeente-app/routeer.mjs <hulpvraag.json|hulpvragen.ndjson|-> … [--peildatum JJJJ-MM-DD] [--inwerkingtreding JJJJ-MM-DD|onbekend]";

let opties;
try {
  opties = parseArgs({ options: { peildatum: { type: "string" }, inwerkingtreding: { type: "string" } }, allowPositionals: true });
} catch (e) {
  // parseArgs meldt in het Engels; de gebruiker krijgt Nederlands.
  const optie = /'(--?[\w-]+)/.exec(e.message)?.[1] ?? "";
  stop(`${e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? `onbekende optie ${optie}` : `optie ${optie} verwacht een waarde`}\n${GEBRUIK}`);
}
const { values, positionals: bestanden } = opties;
if (bestanden.length === 0) stop(GEBRUIK);

// De bibliotheek leest nooit de klok; een app mag dat wel: zonder --peildatum geldt vandaag (Nederlandse tijd).
const peildatum = values.peildatum ?? new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Amsterdam" }).format(new Date());
const instellingen = values.inwerkingtreding !== undefined ? { inwerkingtreding: values.inwerkingtreding } : {};
const routeerOpties = { peildatum, instellingen };
try {
  // Controleert peildatum en inwerkingtreding één keer vooraf, niet per vraag.
  console.log(`Peildatum ${peildatum}${values.peildatum === undefined ? " (vandaag)" : ""}; fase: ${fase(peildatum, instellingen)}.`);
} catch (e) {
  if (e instanceof OngeldigeInvoerFout) stop(e.message);
  throw e;
}

const telling = { bepaald: 0, beoordelen: 0, ongeldig: 0 };
const perArrangeur = new Map();

for (const bestand of bestanden) {
  if (bestand.endsWith(".json")) {
    let invoer;
    try {
      invoer = JSON.parse(readFileSync(bestand, "utf8"));
    } catch (e) {
      meldOngeldig(basename(bestand), [`niet te lezen: ${e.code === "ENOENT" ? "bestand niet gevonden" : e.message.split("\n")[0]}`]);
      continue;
    }
    verwerk(invoer, basename(bestand));
  } else {
    // NDJSON (ook van stdin met "-"): regel voor regel, dus ook grote bestanden in weinig geheugen.
    const naam = bestand === "-" ? "stdin" : basename(bestand);
    const stroom = bestand === "-" ? process.stdin : createReadStream(bestand);
    let nr = 0;
    try {
      for await (const regel of createInterface({ input: stroom, crlfDelay: Infinity })) {
        nr++;
        if (regel.trim() === "") continue;
        let invoer;
        try {
          invoer = JSON.parse(regel);
        } catch (e) {
          meldOngeldig(`${naam} regel ${nr}`, [`geen geldige JSON: ${e.message}`]);
          continue;
        }
        verwerk(invoer, `${naam} regel ${nr}`);
      }
    } catch (e) {
      meldOngeldig(naam, [`niet te lezen: ${e.code === "ENOENT" ? "bestand niet gevonden" : e.message}`]);
    }
  }
}

const arrangeurs = [...perArrangeur]
  .sort(([a, n], [b, m]) => m - n || a.localeCompare(b, "nl"))
  .map(([wie, n]) => `${wie} ${n}`)
  .join(", ");
console.log(
  `\n${telling.bepaald + telling.beoordelen + telling.ongeldig} hulpvragen: ${telling.bepaald} arrangeur bepaald, ` +
    `${telling.beoordelen} te beoordelen door de gids, ${telling.ongeldig} ongeldig.${arrangeurs ? `\nPer arrangeur: ${arrangeurs}.` : ""}`,
);
process.exitCode = telling.ongeldig > 0 ? 2 : 0;

/** Leest, normaliseert en routeert één vraag en drukt het resultaat af. */
function verwerk(invoer, herkomst) {
  const p = parseHulpvraag(invoer); // vorm: nooit een uitzondering, onbekende velden worden gemeld
  const h = p.ok ? normaliseerHulpvraag(p.value) : p; // woongemeente → CBS-naam, regio erbij
  if (!h.ok) {
    meldOngeldig(herkomst, h.issues.map((i) => i.message));
    return;
  }
  const vraag = h.value;
  const r = routeer(vraag, routeerOpties);
  const uitleg = uitlegRoutering(r); // dezelfde stappen, als Nederlandse zinnen
  const regels = [`\n── ${vraag.id ?? herkomst}${vraag.id !== undefined ? ` (${herkomst})` : ""}`, `   ${wieVraagt(vraag, r)}`];
  r.stappen.forEach((stap, i) => {
    const kop = i === 0 ? (r.status === "bepaald" ? "Arrangeur" : "Te beoordelen") : onderdeel(stap.regel, r);
    const tekst = i === 0 ? uitleg.uitkomst.replace(/^Arrangeur: /, "").replace(/^Te beoordelen door een mens: /, "") : uitleg.stappen[i].tekst;
    regels.push(`   ${kop}: ${tekst}`, `      [${stap.regel}] ${stap.bron.bron} ${stap.bron.plaats}`);
  });
  console.log(regels.join("\n"));
  telling[r.status]++;
  if (r.status === "bepaald") {
    const wie = r.arrangeur.organisatie ?? r.arrangeur.soort;
    perArrangeur.set(wie, (perArrangeur.get(wie) ?? 0) + 1);
  }
}

/** Bij welk onderdeel van de routering een stap hoort. */
function onderdeel(regel, r) {
  if (regel === r.overdracht.regel) return `Warme overdracht (${r.overdracht.soort})`;
  if (r.aanvullend.some((a) => a.regel === regel)) return "Aanvullend";
  if (r.verwijzingen.some((v) => v.regel === regel)) return "Verwijzen";
  if (regel === "triage/max-ww-overdracht") return "Einde WW";
  if (regel === "triage/transitie-uwv-eigen-clienten") return "UWV in de transitieperiode";
  if (regel === "triage/werkgever-regionaal") return "Werkgeversdienstverlening";
  return "Stap";
}

/** Eén regel over de vrager, de regio en de gebruikte deur. */
function wieVraagt(h, r) {
  const delen = [h.vrager];
  if (h.vrager !== "werkgever") delen.push(`uitkering ${h.uitkering}${h.wwEinddatum ? ` tot en met ${h.wwEinddatum}` : ""}`, ...(h.woongemeente ? [`woont in ${h.woongemeente}`] : []));
  else delen.push(`werkgebied ${h.regios === undefined ? "onbekend" : h.regios === "landelijk" ? "landelijk" : h.regios.join(", ")}`);
  if (r.regio) delen.push(`regio ${r.regio} ${regionaam(r.regio)}`);
  delen.push(`deur: ${deurTekst(r.deur, r.overdracht.werkcentrum)}`, `onderwerpen: ${h.onderwerpen.join(", ")}`);
  return delen.join("; ");
}

function meldOngeldig(herkomst, meldingen) {
  telling.ongeldig++;
  console.log([`\n── ${herkomst}: ONGELDIG, niet gerouteerd`, ...meldingen.map((m) => `   - ${m}`)].join("\n"));
  console.error(`${herkomst}: ${meldingen.join("; ")}`);
}

function stop(melding) {
  console.error(melding);
  process.exit(2);
}
