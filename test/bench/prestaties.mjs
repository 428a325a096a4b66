// docs/prestaties.md, geschreven uit een meting van test/bench/run.mjs (nooit met de hand).
import { cpus, loadavg, totalmem, availableParallelism, platform, arch, release } from "node:os";
import { fmt } from "./harnas.mjs";
import { AANTAL_VRAGEN } from "./routeer.mjs";

/** De machine en haar belasting op dit moment. */
export function machine() {
  const c = cpus();
  return {
    datum: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    node: process.version,
    v8: process.versions.v8,
    platform: `${platform()} ${release()} (${arch()})`,
    cpu: c[0]?.model?.trim() ?? "onbekend",
    kernen: c.length,
    parallel: availableParallelism(),
    geheugenGiB: totalmem() / 2 ** 30,
    belasting: loadavg(),
  };
}

const cel = (s) => String(s).replaceAll("|", "\\|");
const getal = (x, d) => fmt(x, d);

function rij(f, i) {
  const d = f.decimalen ?? 0;
  const waarde = `${getal(f.waarde, d)} ${f.eenheid}`;
  const basis = `${f.basislijn.naam}: ${getal(f.basislijn.waarde, f.basislijn.decimalen ?? 0)} ${f.basislijn.eenheid}`;
  const verhouding = `${getal(f.verhouding, 2)}${f.verhoudingTekst}`;
  return `| ${i} | ${cel(f.naam)} | ${cel(waarde)} | ${cel(basis)} | ${cel(verhouding)} | ${cel(f.doel)} | ${f.zonderDoel ? "–" : f.gehaald ? "gehaald" : "**niet gehaald**"} |`;
}

/** De Markdown van docs/prestaties.md. */
export function prestatiesMarkdown({ versie, voor, na, duur, figuren }) {
  const metDoel = figuren.filter((f) => !f.zonderDoel);
  const info = figuren.filter((f) => f.zonderDoel);
  const niet = metDoel.filter((f) => !f.gehaald);
  const kop = "| # | Meting | Waarde (mediaan) | Basislijn (zelfde run) | Verhouding | Doel | Uitkomst |\n|---|---|---|---|---|---|---|";
  // Dezelfde nummers als in de tabellen: eerst de metingen met een doel, dan de rest.
  const toelichtingen = [...metDoel, ...info]
    .map((f, i) => (f.toelichting ? `${i + 1}. ${cel(f.naam)}: ${f.toelichting}.` : undefined))
    .filter((x) => x !== undefined);
  const belasting = (m) => m.belasting.map((x) => getal(x, 2)).join(" / ");

  return `# Prestaties

> Gegenereerd door \`npm run bench\` (\`test/bench/run.mjs --schrijf\`) uit één meting op de
> machine hieronder. Niet met de hand wijzigen: draai de benchmark opnieuw.

## Machine

| | |
|---|---|
| Datum van de meting | ${voor.datum} |
| arbeidsmarktinfra | ${versie} |
| Node.js | ${voor.node} (V8 ${voor.v8}) |
| Platform | ${cel(voor.platform)} |
| Processor | ${cel(voor.cpu)} |
| Kernen | ${voor.kernen} (beschikbaar voor Node: ${voor.parallel}) |
| Geheugen | ${getal(voor.geheugenGiB, 1)} GiB |
| Belasting (load average 1/5/15 min) | voor de run ${belasting(voor)}; erna ${belasting(na)} |
| Duur van de hele run | ${getal(duur, 0)} s |

## Uitkomsten tegen de doelen

${niet.length === 0 ? `Alle ${metDoel.length} doelen gehaald in deze run.` : `**${niet.length} van de ${metDoel.length} doelen niet gehaald in deze run** (zie onder).`}

${kop}
${metDoel.map((f, i) => rij(f, i + 1)).join("\n")}

### Ter informatie (zonder doel)

${kop}
${info.map((f, i) => rij(f, metDoel.length + i + 1)).join("\n")}

### Toelichting per meting

${toelichtingen.join("\n")}
${
  niet.length === 0
    ? ""
    : `
### Niet gehaald

${niet.map((f) => `- ${cel(f.naam)}: ${getal(f.waarde, f.decimalen ?? 0)} ${f.eenheid}, doel ${f.doel}.`).join("\n")}
`
}
## Methode

- **Eén run, basislijnen in dezelfde run.** Deze machines worden gedeeld en zijn rumoerig. Daarom
  staat bij elk getal een basislijn die in dezelfde run is gemeten, en de verhouding daartoe. Een
  kandidaat en zijn basislijn worden afwisselend gemeten (A B, B A, A B, …) en de verhouding wordt
  per paar genomen; zo blijft ze zinvol als de machine halverwege trager wordt.
- **Medianen.** Elke meting in het proces bestaat uit rondes van minstens 60 ms na een opwarmtijd
  van minstens 750 ms (de JIT optimaliseert eerst; bij de kleine functies onder "ter informatie"
  30 ms en 200 ms); de tabel geeft de mediaan, de toelichting de spreiding.
- **Klok: processortijd.** In-proces meten we de processortijd van het proces (\`process.cpuUsage\`,
  user + system), niet de wandklok: een proces dat op een kern wacht, telt niet. Dat is de maat
  voor "op één kern". De hulpthreads van V8 (garbage collector) tellen mee: die kosten horen bij het
  werk. Ook de koude import is de processortijd van het kindproces tijdens de import (de
  wandkloktijd staat in de toelichting). De doorvoer van de batch-CLI is in wandkloktijd van het
  hele commando (wat een gebruiker ziet); de processortijd staat in de toelichting.
- **routeer.** ${fmt(AANTAL_VRAGEN)} hulpvragen, deterministisch gegenereerd uit het model
  (\`test/bench/vragen.mjs\`: alle soorten vragers, uitkeringen, leeftijden, onderwerpen, deuren en
  regio's, gemeenten als naam, roepnaam of CBS-code) en gelezen zoals een gebruiker dat doet:
  \`parseHulpvraag\` en daarna \`normaliseerHulpvraag\`. Twee basislijnen, afgeleid van dezelfde
  beslistabel (\`src/triage/beslistabel.ts\`, rij voor rij):
  (a) een handgeschreven \`if\`/\`switch\`-functie die alleen de status, de arrangeur (soort en
  organisatie) en de reden geeft; (b) json-rules-engine met dezelfde rijen als JSON-regels
  (aflopende prioriteit en \`engine.stop()\` na de eerste treffer, zoals ts-pattern; afgeleide
  feiten \`werkgebied\` en \`privaat\` als dynamische feiten, de WW-einddatum met een eigen
  operator), aangeroepen zoals gebruikers dat doen: \`await engine.run(feiten)\` per vraag, na
  elkaar. Die codering is ruim twee keer zo snel als elkaar uitsluitende regels in één
  prioriteit, dus de gunstigste voor json-rules-engine. Vóór het meten worden alle drie vraag voor
  vraag vergeleken (status, soort en organisatie van de arrangeur, reden) bij twee peildatums
  (transitieperiode en na de wet); bij één verschil stopt de benchmark. \`routeer\` geeft daarbij
  veel meer dan de basislijnen: overdracht, aanvullende partijen, verwijzingen, transitie en de
  uitleg in stappen met regel-id en citaat.
- **toetsConvenant.** Het volledige voorbeeld \`examples/convenanten/rijnmond-volledig.yaml\`, en één
  realistisch convenant per regio (\`test/bench/convenanten.mjs\`): echte regionaam, gemeenten,
  centrumgemeente en provincie uit de referentiedata, de naam en het subdomein van het
  Werkcentrum, en dezelfde opbouw als het voorbeeld. Bij de betwiste centrumgemeenten (AM24
  Zeeland, AM30 Zuid-Limburg) staat de eerste lezing; de toets geeft daar terecht \`beoordelen\`.
  De convenanten worden eerst met \`parseConvenant\` gelezen; de basislijn is een kale
  \`ConvenantSchema.safeParse\` van dezelfde documenten.
- **parseConvenant** tegen \`ConvenantSchema.safeParse\` (uit \`arbeidsmarktinfra/schemas\`) op
  hetzelfde ruwe document.
- **Koude import.** Per meting een vers Node-proces dat \`import("arbeidsmarktinfra")\` (of
  \`/schemas\`) doet en zelf de processortijd van die import meet (zonder het opstarten van
  Node), afwisselend met een even vers proces dat \`import("zod")\` doet; zod laadt de
  schemas-entry zelf ook.
- **Batch-CLI.** Een NDJSON-bestand met 1.000.000 gegenereerde hulpvragen in een tijdelijke map
  (na afloop verwijderd), door \`node dist/cli.js routeer --batch BESTAND --peildatum 2026-09-01\`
  met de uitvoer naar \`/dev/null\`. Eerst gaan de eerste 2.000 regels door de CLI en wordt elke
  uitvoerregel vergeleken met \`routeer\` in-proces; de grote run moet met exitcode 0 eindigen (alle
  regels geldig). Het piekgeheugen is de maximale RSS van het kindproces volgens het
  besturingssysteem (\`process.resourceUsage().maxRSS\`, geschreven door een preload,
  \`test/bench/meting-preload.cjs\`), met \`/usr/bin/time -f %M\` als tweede meting als die er is.
  Het kindproces draait met \`--expose-gc\`, zodat de preload aan het eind ook het levende
  heapgeheugen na een volledige GC kan melden (een lek zou daar zichtbaar worden). De piek zelf
  hangt vooral af van wanneer V8 zijn heap opruimt (de jonge generatie groeit tot enkele
  tientallen MB, de oude generatie groeit tot de eerstvolgende volledige GC) en verschilt
  daardoor van run tot run enkele tientallen MB; daarom drie runs (afwisselend met de basislijn)
  en de mediaan, met elke run in de toelichting. Basislijn: een kale NDJSON-doorgever in Node
  (\`test/bench/ndjson-doorgeven.mjs\`: readline, \`JSON.parse\`, \`JSON.stringify\`) op hetzelfde
  bestand.
- **Bundelgrootte.** Het gebouwde pakket (\`dist/\`) gebundeld zoals een browserapp dat doet:
  esbuild met \`minify\`, ESM, platform browser, alle dependencies meegebundeld, en daarvan de
  gzip-grootte (niveau 9). Basislijn: zod met één \`strictObject\` en \`safeParse\`. De
  bundeltests (\`test/bundelgrootte.test.ts\`, \`test/triage-bundel.test.ts\`) bewaken een
  plafond boven de gemeten grootte en de identifiers die niet mogen voorkomen (zod); de doelen van
  5 en 15 kB staan hier, met de stand.
- Geen tijden in unit-tests: alles wat tijd meet, staat in \`test/bench/\` en draait alleen via
  \`npm run bench\` (of \`npm run check\`, zonder dit bestand te herschrijven).
`;
}
