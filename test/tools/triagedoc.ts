import { formatCitaat } from "../../src/bronnen/citaat.js";
import { beslis } from "../../src/triage/beslistabel.js";
import { BESLISSINGEN, beslissingIds, type BeslissingId } from "../../src/triage/beslissingen.js";
import { functionaliteiten, functionaliteitenPerOnderwerp } from "../../src/triage/menukaart.js";
import type { ArrangeurSoort, Deur, Hulpvraag, Onderwerp, Partnersoort } from "../../src/triage/model.js";
import { jaNee, onderwerpen, partnersoorten, uitkeringen } from "../../src/triage/model.js";
import { triageRegels } from "../../src/triage/regels.js";
import { routeer } from "../../src/triage/routeer.js";
import { alleSleutels, werkgebieden, type Sleutel } from "../../src/triage/sleutel.js";
import { redenTekst, uitlegRoutering, verwijzingNaar } from "../../src/triage/uitleg.js";

/**
 * Genereert docs/triage.md. De beslistabel en de tabellen voor overdracht en verwijzingen
 * komen uit de regels zelf (de ts-pattern-tabel en `routeer`), niet uit de hand geschreven
 * tekst: verandert een regel, dan faalt test/triage-gegenereerd.test.ts tot het document is
 * bijgewerkt.
 */

type Veld = "werkgebied" | "uitkering" | "arbeidsbeperking" | "privaat" | "dreiging";
const DOMEIN: Record<Veld, readonly string[]> = {
  werkgebied: werkgebieden,
  uitkering: uitkeringen,
  arbeidsbeperking: jaNee,
  privaat: jaNee,
  dreiging: jaNee,
};
const VELDEN: Record<Sleutel["vrager"], readonly Veld[]> = {
  werkgever: ["werkgebied"],
  werkzoekende: ["uitkering"],
  werkende: ["uitkering", "arbeidsbeperking", "privaat", "dreiging"],
};

interface Rij {
  readonly vrager: Sleutel["vrager"];
  readonly waarden: Readonly<Record<string, ReadonlySet<string>>>;
  readonly beslissing: BeslissingId;
  readonly eerste: number;
}

/** Voegt rijen samen die alleen in één veld verschillen en dezelfde beslissing hebben, tot er niets meer samen kan. */
function comprimeer(rijen: Rij[]): Rij[] {
  let huidig = rijen;
  for (let veranderd = true; veranderd; ) {
    veranderd = false;
    for (const veld of ["dreiging", "privaat", "arbeidsbeperking", "uitkering", "werkgebied"] as const) {
      const groepen = new Map<string, Rij[]>();
      for (const r of huidig) {
        if (!(veld in r.waarden)) {
          groepen.set(`los${r.eerste}`, [r]);
          continue;
        }
        const rest = Object.entries(r.waarden)
          .filter(([k]) => k !== veld)
          .map(([k, v]) => `${k}=${[...v].sort().join(",")}`)
          .join(";");
        const sleutel = `${r.vrager}|${r.beslissing}|${rest}`;
        groepen.set(sleutel, [...(groepen.get(sleutel) ?? []), r]);
      }
      const volgende: Rij[] = [];
      for (const g of groepen.values()) {
        if (g.length === 1) {
          volgende.push(g[0]!);
          continue;
        }
        veranderd = true;
        const samen = new Set(g.flatMap((r) => [...r.waarden[veld]!]));
        volgende.push({ ...g[0]!, waarden: { ...g[0]!.waarden, [veld]: samen }, eerste: Math.min(...g.map((r) => r.eerste)) });
      }
      huidig = volgende.sort((a, b) => a.eerste - b.eerste);
    }
  }
  return huidig;
}

function cel(veld: Veld, r: Rij): string {
  const w = r.waarden[veld];
  if (w === undefined) return "";
  return w.size === DOMEIN[veld].length ? "*" : DOMEIN[veld].filter((x) => w.has(x)).join(", ");
}

const SOORT: Record<ArrangeurSoort, string> = {
  UWV: "UWV",
  gemeente: "de woongemeente",
  "sociale-partners": "sociale partners / private partijen",
  werkgeversdienstverlening: "werkgeversdienstverlening UWV en gemeenten (WSP tot de wet, vanaf 1 juli 2026 via het Werkcentrum, na de wet het Werkcentrum)",
  "landelijk-werkgeversservicepunt": "Landelijk WerkgeversServicepunt UWV en Landelijk WerkgeversServicepunt Gemeenten",
};

function uitkomstVan(id: BeslissingId): string {
  const b = BESLISSINGEN[beslissingIds.indexOf(id)]!;
  if (b.status === "bepaald") return `**${SOORT[b.arrangeur]}**`;
  const k = b.kandidaten === "afhankelijk-van-uitkering" ? "sociale partners + UWV en/of gemeente (volgens de uitkering)" : b.kandidaten.map((x) => SOORT[x]).join(" / ");
  return `beoordelen (${b.reden}): ${k}`;
}

function beslistabel(): string[] {
  const uit: string[] = [];
  const rijen: Rij[] = alleSleutels().map((s, i) => {
    const waarden: Record<string, Set<string>> = {};
    for (const v of VELDEN[s.vrager]) waarden[v] = new Set([(s as unknown as Record<string, string>)[v]!]);
    return { vrager: s.vrager, waarden, beslissing: beslis(s), eerste: i };
  });
  const kop: Record<Sleutel["vrager"], string> = { werkgever: "Werkgevers", werkzoekende: "Werkzoekenden (niet-werkenden)", werkende: "Werkenden" };
  for (const vrager of ["werkgever", "werkzoekende", "werkende"] as const) {
    const velden = VELDEN[vrager];
    uit.push(`### ${kop[vrager]}`, "", `| ${velden.join(" | ")} | uitkomst | regel |`, `|${velden.map(() => "---|").join("")}---|---|`);
    for (const r of comprimeer(rijen.filter((x) => x.vrager === vrager))) {
      const b = BESLISSINGEN[beslissingIds.indexOf(r.beslissing)]!;
      uit.push(`| ${velden.map((v) => cel(v, r)).join(" | ")} | ${uitkomstVan(r.beslissing)} | \`${b.regel}\` |`);
    }
    uit.push("");
  }
  return uit;
}

const P = "2026-09-01";

function overdrachtTabel(): string[] {
  const deuren: { naam: string; deur: Deur }[] = [
    { naam: "Werkcentrum (fysiek)", deur: { soort: "werkcentrum", regio: "AM22" } },
    { naam: "Werkcentrum (digitaal)", deur: { soort: "digitaal" } },
    ...partnersoorten.map((p: Partnersoort) => ({ naam: `partner: ${p}`, deur: { soort: "partner", partner: p } as Deur })),
  ];
  const vragen: { naam: string; h: (d: Deur) => Hulpvraag }[] = [
    { naam: "UWV", h: (deur) => ({ vrager: "werkzoekende", uitkering: "WW", regio: "AM22", onderwerpen: ["werk"], deur }) },
    { naam: "gemeente", h: (deur) => ({ vrager: "werkzoekende", uitkering: "bijstand", regio: "AM22", onderwerpen: ["werk"], deur }) },
    { naam: "sociale partners", h: (deur) => ({ vrager: "werkende", uitkering: "geen", arbeidsbeperking: "nee", privateOndersteuning: ["cao"], regio: "AM22", onderwerpen: ["loopbaan"], deur }) },
    { naam: "werkgeversdienstverlening", h: (deur) => ({ vrager: "werkgever", regios: ["AM22"], onderwerpen: ["personeel"], deur }) },
    { naam: "beoordelen", h: (deur) => ({ vrager: "werkzoekende", uitkering: "onbekend", regio: "AM22", onderwerpen: ["werk"], deur }) },
  ];
  const uit = [`| deur \\ arrangeur | ${vragen.map((v) => v.naam).join(" | ")} |`, `|---|${vragen.map(() => "---|").join("")}`];
  for (const d of deuren) uit.push(`| ${d.naam} | ${vragen.map((v) => `\`${routeer(v.h(d.deur), { peildatum: P }).overdracht.soort}\``).join(" | ")} |`);
  return uit;
}

function verwijzingTabel(): string[] {
  const uit = ["| aanleiding | verwijzing | status | regel |", "|---|---|---|---|"];
  const rij = (aanleiding: string, h: Hulpvraag) => {
    const r = routeer(h, { peildatum: P });
    for (const v of r.verwijzingen) uit.push(`| ${aanleiding} | ${verwijzingNaar(v)} | ${v.status} | \`${v.regel}\` |`);
    if (r.verwijzingen.length === 0) uit.push(`| ${aanleiding} | (geen) | | |`);
  };
  const persoon = { vrager: "werkzoekende", uitkering: "geen", deur: { soort: "werkcentrum" } } as const;
  rij("schoolverlater zonder startkwalificatie, jonger dan 27", { ...persoon, onderwerpen: ["werk"], schoolverlaterZonderStartkwalificatie: "ja", leeftijd: 20 });
  rij("schoolverlater zonder startkwalificatie, leeftijd onbekend", { ...persoon, onderwerpen: ["werk"], schoolverlaterZonderStartkwalificatie: "ja" });
  rij("schoolverlater zonder startkwalificatie, 27 of ouder", { ...persoon, onderwerpen: ["werk"], schoolverlaterZonderStartkwalificatie: "ja", leeftijd: 27 });
  rij("jonger dan 27, onbekend of de school verlaten is zonder startkwalificatie", { ...persoon, onderwerpen: ["werk"], leeftijd: 20 });
  rij("arbeidsmigrant", { ...persoon, onderwerpen: ["werk"], arbeidsmigrant: "ja" });
  for (const o of onderwerpen) rij(`onderwerp \`${o}\``, { ...persoon, onderwerpen: [o] });
  return uit;
}

/** Genereert docs/triage.md. */
export function genereerTriagedoc(): string {
  const voorbeeld = routeer(
    { vrager: "werkzoekende", uitkering: "WW", wwEinddatum: "2026-10-15" as never, woongemeente: "Zaanstad", regio: "AM17", onderwerpen: ["werk", "schulden"], deur: { soort: "werkcentrum" } },
    { peildatum: P },
  );
  const u = uitlegRoutering(voorbeeld);
  const regels: string[] = [
    "# Triage volgens 'no wrong door'",
    "",
    "<!-- GEGENEREERD door test/triage-gegenereerd.test.ts (test/tools/triagedoc.ts) uit de regels; niet met de hand wijzigen. -->",
    "",
    "Wie zich met een vraag over werk, loopbaan, scholing of personeel meldt (bij het Werkcentrum, een",
    "partner of digitaal), wordt niet weggestuurd: de partij die de vrager als eerste spreekt, brengt hem",
    "warm in contact met de partij die verantwoordelijk is, de **arrangeur**, of met het Werkcentrum (de",
    "gids) als niet direct helder is wie dat is (KB2022 'Eén loket in elke regio'; HRT §3.2, §4.2).",
    "`routeer` zegt wie de arrangeur is, hoe de overdracht gaat, wie aanvullend meedoet, naar welke",
    "aanpalende domeinen verwezen wordt, en waarom: stappen met regel-id en bron.",
    "",
    "Uitgangspunten uit de bronnen:",
    "",
    "- De **ondersteuningsbehoefte** bepaalt de dienstverlening, niet de inkomenssituatie (KB2022;",
    "  HRT §3.2); de **verantwoordelijkheidsverdeling** blijft en bepaalt de arrangeur (KB2022",
    "  'Verantwoordelijkheidsverdeling'; HRT §3.2 'Eigen verantwoordelijkheden').",
    "- Wat de bibliotheek niet kan beslissen, is `beoordelen`: met de kandidaten, de reden en de",
    "  gegevens die de gids moet nagaan. Nooit een gok, en nooit wegsturen.",
    "- De fase (voor de transitie, transitieperiode, na de wet) volgt uit de peildatum en de",
    "  instelling `inwerkingtreding` (standaard de beoogde 1 juli 2026; na NOTA2026 niet meer haalbaar, een afleiding).",
    "",
    "## Gebruik",
    "",
    "```ts",
    'import { routeer, uitlegRoutering } from "arbeidsmarktinfra";',
    'import { parseHulpvraag } from "arbeidsmarktinfra/schemas";',
    "",
    'const r = routeer({ vrager: "werkzoekende", uitkering: "bijstand", woongemeente: "Zaanstad", regio: "AM17",',
    '  onderwerpen: ["werk"], deur: { soort: "werkcentrum" } }, { peildatum: "2026-09-01" });',
    'r.status;                 // "bepaald"',
    'r.arrangeur?.organisatie; // "gemeente Zaanstad"',
    "uitlegRoutering(r).stappen; // zinnen met regel en bron",
    "```",
    "",
    "Onbetrouwbare invoer eerst lezen met `parseHulpvraag` (vorm; onbekende en onmogelijke velden worden",
    "gemeld) en `normaliseerHulpvraag` (woongemeente naar de CBS-naam, regio aanvullen). Op de",
    "commandoregel:",
    "",
    "```",
    "arbeidsmarktinfra routeer examples/hulpvragen/werkzoekende-ww-einde-in-zicht.json --peildatum 2026-09-01",
    "arbeidsmarktinfra routeer --batch examples/hulpvragen/batch.ndjson --peildatum 2026-09-01 > uit.ndjson",
    "```",
    "",
    "De batch leest regel voor regel en schrijft per invoerregel één JSON-regel",
    '(`{"regel":N,"ok":true,"routering":{…}}` of `{"regel":N,"ok":false,"issues":[…]}`); exitcode 0 als',
    "alle regels geldig waren, 2 als er minstens één ongeldig was (de rest is wel verwerkt).",
    "",
    "## Beslistabel: wie is arrangeur?",
    "",
    "Gegenereerd uit de ts-pattern-tabel (`src/triage/beslistabel.ts`). `*` betekent: elke waarde.",
    "`privaat` is toegang tot private ondersteuning (cao, O&O-fonds, sociaal plan, werkgever); `dreiging`",
    "is `dreigtWerkloos`. Een ontbrekend gegeven telt als `onbekend`. Bij werkgevers is het werkgebied",
    "`een-regio` bij één regio in `regios`, `meerdere-regios` bij meer regio's of `\"landelijk\"`. Zonder",
    "`regios` geldt de regio van de vestiging (`regio`) als `een-regio` (de stap noemt dan",
    "`werkgebiedUit: \"regio\"`): de gezamenlijke werkgeversdienstverlening is de algemene regel (KB2022), het",
    "Landelijk WerkgeversServicepunt is er voor werkgevers van wie bekend is dat ze in meer regio's actief",
    "zijn (KB2024). Alleen zonder `regios` én zonder `regio` is het werkgebied `onbekend`.",
    "",
    ...beslistabel(),
    "Daarna, in deze volgorde:",
    "",
    "1. **Werkgeversdienstverlening en de fase**: vóór de inwerkingtreding het WerkgeversServicepunt van de",
    "   regio, daarna 'Werkcentrum <regio> werkgeversdienstverlening' (`triage/werkgever-regionaal`).",
    "2. **Max-WW**: bij UWV als arrangeur met een WW-einddatum binnen het venster (`wwEindeVensterMaanden`,",
    "   standaard 3 maanden na de peildatum, grenzen inclusief) blijft UWV arrangeur en wordt de overdracht",
    "   naar de woongemeente voorbereid; ligt de einddatum vóór de peildatum, dan `beoordelen`",
    "   (`triage/max-ww-overdracht`).",
    "3. **Warme overdracht** vanaf de gebruikte deur (tabel hieronder).",
    "4. **Aanvullend**: SBB bij een leerbedrijfvraag van een werkgever; publieke dienstverlening van UWV en",
    "   gemeenten bij werkenden die bij de sociale partners horen; de onderwijspartijen bij een",
    "   scholingsvraag.",
    "5. **Verwijzingen** naar aanpalende domeinen (tabel hieronder).",
    "6. **Transitieperiode**: voor personen wat van UWV beschikbaar is — de publieke dienstverlening",
    "   altijd, de overige (workshops, coaching) alleen voor eigen cliënten (WW, WIA, Wajong).",
    "",
    "## Warme overdracht per deur",
    "",
    "Gegenereerd met `routeer`. `zelf`: de deur is (onderdeel van) de arrangeur; `gids-naar-arrangeur`: de",
    "gids brengt de vrager in contact; `partner-naar-arrangeur`: de partner brengt hem direct in contact;",
    "`gids-triage` en `partner-naar-werkcentrum`: bij `beoordelen` via de gids van het Werkcentrum.",
    "",
    ...overdrachtTabel(),
    "",
    "Een gemeente als deur geldt als 'zelf' voor de gemeente als arrangeur; de bibliotheek weet niet of het",
    "de woongemeente is. Is het een andere gemeente, dan brengt die de vrager warm in contact met de",
    "woongemeente.",
    "",
    "## Verwijzingen naar aanpalende domeinen",
    "",
    "Gegenereerd met `routeer` (HRT §6.1, §6.2). De Wet van school naar duurzaam werk noemt 'jongeren tot",
    "27 jaar'; de bibliotheek leest dat als jonger dan 27.",
    "",
    ...verwijzingTabel(),
    "",
    "## Voorbeeld van een uitleg",
    "",
    "Werkzoekende met WW tot en met 15 oktober 2026, woonachtig in Zaanstad, met een vraag over werk en",
    "schulden, bij het Werkcentrum, op peildatum 2026-09-01:",
    "",
    `- ${u.uitkomst}`,
    `- ${u.overdracht}`,
    ...u.verwijzingen.map((v) => `- Verwijzen naar ${v}.`),
    "",
    "| # | regel | uitleg | bron |",
    "|---|---|---|---|",
    ...u.stappen.map((s, i) => `| ${i + 1} | \`${s.regel}\` | ${s.tekst} | ${s.bron} |`),
    "",
    "## Werkplan",
    "",
    "Eén intake, één diagnose, één plan (KB2022; VERSLAG2022). `maakWerkplan` start het plan met de",
    "arrangeur uit `routeer` (geen plan zolang de arrangeur beoordeeld moet worden).",
    "`wijzigInkomenssituatie(plan, nieuweSituatie, { peildatum })` geeft een nieuw plan: de arrangeur volgens",
    "dezelfde regels (bij `beoordelen` blijft de huidige aanspreekpunt en staat de keuze open), lopende en",
    "geplande activiteiten lopen door, geen nieuwe intake, en de wijziging staat met bron in de historie",
    "(`triage/doorlopende-dienstverlening`).",
    "",
    "Verandert de arrangeur (bijv. van UWV naar de woongemeente als de WW overgaat in bijstand), dan",
    "krijgt de wijziging in de historie een `overdracht` (`triage/warme-overdracht-arrangeur`): `van` (de",
    "vorige arrangeur), `naar` (de nieuwe), `warm: true`, `datum` (de peildatum van de wijziging), `regel`,",
    "`bron` (KB2022 'Verantwoordelijkheidsverdeling': \"verantwoordelijkheid van elkaar overnemen, laten zij",
    "de activiteiten en diensten die al eerder zijn gestart doorlopen\") en `voorbereid` (true als het plan",
    "die overdracht via het max-WW-proces al had voorbereid). Blijft de arrangeur dezelfde, dan is er geen",
    "`overdracht`. Kan de nieuwe arrangeur niet bepaald worden, dan is de overdracht `beoordelen`: `naar`",
    "is `null`, met `kandidaten` en `reden`; de huidige arrangeur blijft aanspreekpunt (`openstaand`). Dat",
    "de overdracht tussen arrangeurs warm is, leidt de bibliotheek af uit het warm doorverwijzen volgens",
    "'no wrong door' (HRT hoofdstuk 3) en het doorlopen van activiteiten (KB2022); een eigen procedure",
    "geven de bronnen niet. Een plan zonder `overdracht` (van een eerdere versie) blijft geldig.",
    "`parseWerkplan` weigert een overdracht die niet bij haar wijziging past (`inconsistent`): bij de",
    "intake, op een andere dag, met een andere status, een `van` die niet de vorige arrangeur is of een",
    "`naar` die niet de nieuwe is.",
    "",
    "`nieuweSituatie` bevat `vrager`, `uitkering` (en bij WW eventueel `wwEinddatum`), de `herkomst` van",
    "de melding, en wat met de nieuwe situatie bekend wordt: `arbeidsbeperking`, en voor wie werkende",
    "wordt `contract`, `privateOndersteuning` en `dreigtWerkloos`. Zonder die gegevens kan de routering",
    "van werkenden vaak niet beslissen (`beoordelen`, bijv. `arbeidsbeperking-onbekend`). Een onbekend",
    "veld, een veld voor werkenden bij een werkzoekende, of een waarde buiten de woordenschat van de",
    'hulpvraag (`arbeidsbeperking: "misschien"`, een WW-einddatum die geen datum is,',
    '`privateOndersteuning: ["xyz"]`, een `herkomst` die geen tekst is) geeft een `OngeldigeInvoerFout`',
    "met het pad (`nieuweSituatie.…`) in plaats van stil in het plan te komen.",
    "",
    "De historie blijft in datumvolgorde: een wijziging met een peildatum vóór de laatste wijziging",
    "(of vóór de intake) wordt geweigerd; op dezelfde dag mag. Een plan dat niet de vorm van een",
    "Werkplan heeft (zonder `intake` of `historie`, een historie buiten volgorde, activiteiten met",
    'dubbele ids) geeft een fout met het pad (`plan.…`). Een Werkplan is persoonlijk (KB2022: "één',
    'persoonlijk Werkplan"): `maakWerkplan` weigert de vraag van een werkgever, en controleert de',
    "activiteiten zoals `parseWerkplan` (unieke ids, tekstvelden, status, datums, einde niet vóór",
    "start). Zo maken `maakWerkplan` en `wijzigInkomenssituatie` nooit een plan dat `parseWerkplan`",
    "afkeurt.",
    "",
    "## Menukaart",
    "",
    "Een regionale menukaart is een gezamenlijk pakket diensten en instrumenten (KB2022). Elk instrument",
    "vervult een of meer van de negen functionaliteiten uit KB2022:",
    "",
    ...functionaliteiten.map((f) => `- \`${f.id}\`: ${f.tekst}`),
    "",
    "`zoekInstrumenten(menukaart, hulpvraag, { peildatum })` zoekt bij de ondersteuningsbehoefte. Welke functionaliteiten",
    "bij een onderwerp horen is een eigen indeling van de bibliotheek (de bronnen koppelen ze niet):",
    "",
    "| onderwerp | functionaliteiten |",
    "|---|---|",
    ...onderwerpen.map((o: Onderwerp) => `| \`${o}\` | ${functionaliteitenPerOnderwerp[o].map((f) => `\`${f}\``).join(", ") || "(geen: buiten het domein)"} |`),
    "",
    "Verder: een arbeidsbeperking vraagt om voorzieningen (en bij werkzoekenden beschut werk), dreigende",
    "werkloosheid om arbeidsjuridische dienstverlening, een leerbedrijfvraag om bemiddeling en",
    "instrumenten. Harde voorwaarden (vrager, uitkering, leeftijd, arbeidsbeperking) sluiten uit als ze",
    "zeker niet voldaan zijn; ontbreekt een gegeven, dan is het instrument `na-te-gaan`. Aanbod met",
    "`geldigVanaf`/`geldigTot` valt buiten die periode af op de peildatum; zonder peildatum is het",
    "`na-te-gaan` (de bibliotheek leest nooit de klok). Een voorbeeld",
    "staat in `examples/menukaart/` (illustratief, geen echt aanbod).",
    "",
    "## Open punten in de bronnen",
    "",
    `- ${redenTekst("open-beleidspunt")}: \`beoordelen\` met de sociale partners, UWV en de gemeente.`,
    `- ${redenTekst("werkende-met-uitkering")}: \`beoordelen\`.`,
    "- De Wajong noemt KB2022 niet; de bibliotheek rekent Wajongers tot de cliënten van UWV.",
    "- Na de inwerkingtreding noemen de bronnen geen andere naam voor het Landelijk WerkgeversServicepunt.",
    "",
    "## Regels",
    "",
    "| id | titel | grondslag | bron |",
    "|---|---|---|---|",
    ...triageRegels.map((r) => `| \`${r.id}\` | ${r.titel} | ${r.grondslag} | ${formatCitaat(r.bron)}${r.bron.citaat ? ` — "${r.bron.citaat}"` : ""} |`),
    "",
    "Zie ook [regels.md](regels.md) voor de toelichting per regel.",
    "",
  ];
  return regels.join("\n");
}
