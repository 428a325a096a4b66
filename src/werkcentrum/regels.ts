import type { Regel, RegelUitkomst, ToetsContext } from "../bevinding/model.js";
import { kernpartnersoorten } from "../beraad/model.js";
import type { Citaat } from "../bronnen/citaat.js";
import { onthoud } from "../geheugen.js";
import { gidsfunctieFteGemeenten, gidsfunctieFteTotaal, gidsfunctieFteUwv } from "../financiering/tabellen.js";
import { formatFte, gemeenteBuitenRegio, honderdsten, leeg, opsomming, uitkomst, zelfdeNaam, zoekRegioSnel } from "../regelhulp.js";
import { normaliseer } from "../regio/normaliseer.js";
import { werkcentrumNaamBron, werkcentrumSubdomeinBron, type Arbeidsmarktregio } from "../regio/regio.js";
import type { Pad } from "../result.js";
import { vereisTekst } from "../vorm.js";
import { parameterOp, type Parameter } from "../tijd/parameters.js";
import type { Peildatum } from "../tijd/peildatum.js";
import { werkgeversdienstverleningViaWerkcentrumVanaf } from "../tijd/werkgeversdienstverlening.js";
import { inwerkingtreding } from "../tijd/wet.js";
import { gidstaken, TIJD_PATROON, type GidsTaak, type Kanaal, type Openingstijd, type Werkcentrum } from "./model.js";

/**
 * De regels over het Werkcentrum: regio, naam en subdomein, toegangspoort, fysieke kanalen,
 * locatiesoorten, gidsfunctie (bezetting, extra gidsen, taken, functieomschrijving),
 * werkgeversdienstverlening en oude namen. Het convenant gebruikt dezelfde regels voor zijn
 * Werkcentrum-onderdeel (zie `convenant/regels.ts`), zodat er één implementatie is.
 *
 * @module
 */

function regioVan(w: Werkcentrum): Arbeidsmarktregio | undefined {
  const z = zoekRegioSnel(w.regio);
  // Stryker disable next-line ConditionalExpression: equivalent, een onbekend zoekresultaat heeft geen veld regio, dus z.regio is dan ook undefined
  return z.soort === "regio" ? z.regio : undefined;
}

const REGIO_ONBEKEND = (wat: string) => uitkomst("niet-van-toepassing", ["regio"], `Kan ${wat} niet toetsen: de regio is onbekend.`);

/** Het Werkcentrum hoort bij een bestaande arbeidsmarktregio. */
export const werkcentrumRegio: Regel<Werkcentrum> = {
  id: "werkcentrum/regio",
  titel: "Het Werkcentrum hoort bij een bestaande arbeidsmarktregio",
  beschrijving: "In elke arbeidsmarktregio komt één gezamenlijk regionaal loket: het Werkcentrum. De regio moet een van de 35 arbeidsmarktregio's zijn.",
  grondslag: "beleid",
  bron: { bron: "KB2024", plaats: "§1 'Eén regionaal loket: het Werkcentrum'", citaat: "komt er in elke arbeidsmarktregio één gezamenlijk regionaal loket: het Werkcentrum" },
  hint: "Gebruik de CBS-naam of -code van de regio (bijv. Rijnmond of AM22).",
  toets(w) {
    const z = zoekRegioSnel(w.regio);
    if (z.soort === "regio") return [uitkomst("voldaan", ["regio"], `Arbeidsmarktregio ${z.regio.code} ${z.regio.naam}.`, { gegevens: { regio: z.regio.code } })];
    return [
      uitkomst("niet-voldaan", ["regio"], `Onbekende arbeidsmarktregio ${JSON.stringify(w.regio)}.`, {
        ...(z.suggesties.length > 0 && { hint: `Bedoelde u ${z.suggesties.map((s) => JSON.stringify(s)).join(" of ")}?` }),
        gegevens: { gevonden: w.regio, suggesties: z.suggesties },
      }),
    ];
  },
};

/** De namen die een regio in een Werkcentrumnaam of subdomein mag hebben: CBS-naam en aliassen. */
function regioNamen(r: Arbeidsmarktregio): { naam: string; alias: boolean }[] {
  return [{ naam: r.naam, alias: false }, ...r.aliassen.map((a) => ({ naam: a.naam, alias: true }))];
}

/** De naam is "Werkcentrum" gevolgd door de naam van de regio (een alias mag). */
export const werkcentrumNaam: Regel<Werkcentrum> = {
  id: "werkcentrum/naam",
  titel: "De naam is 'Werkcentrum' gevolgd door de naam van de regio",
  beschrijving:
    "Arbeidsmarktregio's gebruiken de naam Werkcentrum gevolgd door de naam van de arbeidsmarktregio, bijvoorbeeld Werkcentrum Zuid-Limburg. De CBS-naam en bekende aliassen (zoals Groot-Amsterdam of Groningen Noord-Drenthe) zijn goed, ook met 'regio' ervoor; een andere naam is een waarschuwing.",
  grondslag: "beleid",
  bron: werkcentrumNaamBron,
  andereBronnen: [{ bron: "HRT", plaats: "§1.5", citaat: "Arbeidsmarktregio’s gaan de naam Werkcentrum gebruiken gevolgd door de naam van de arbeidsmarktregio" }],
  hint: "Gebruik 'Werkcentrum <naam van de regio>'.",
  toets(w) {
    const r = regioVan(w);
    if (!r) return [REGIO_ONBEKEND("de naam")];
    const verwacht = `Werkcentrum ${r.naam}`;
    if (leeg(w.naam)) return [uitkomst("niet-voldaan", ["naam"], `De naam van het Werkcentrum ontbreekt; verwacht ${JSON.stringify(verwacht)}.`, { gegevens: { verwacht } })];
    const n = normaliseer(w.naam!);
    if (n.startsWith("werkcentrum")) {
      const rest = n.slice("werkcentrum".length);
      const kandidaten = rest.startsWith("regio") ? [rest, rest.slice("regio".length)] : [rest];
      for (const k of regioNamen(r)) {
        if (kandidaten.includes(normaliseer(k.naam))) {
          return [
            uitkomst("voldaan", ["naam"], k.alias ? `${JSON.stringify(w.naam)} gebruikt de bekende naam ${JSON.stringify(k.naam)} van ${r.naam}.` : `${JSON.stringify(w.naam)} is 'Werkcentrum' + de naam van de regio.`, {
              gegevens: { gevonden: w.naam, verwacht },
            }),
          ];
        }
      }
    }
    return [
      uitkomst("niet-voldaan", ["naam"], `${JSON.stringify(w.naam)} is niet 'Werkcentrum' gevolgd door de naam van de regio; verwacht ${JSON.stringify(verwacht)}${r.aliassen.length > 0 ? ` (of met ${opsomming(r.aliassen.map((a) => JSON.stringify(a.naam)))})` : ""}.`, {
        gegevens: { gevonden: w.naam, verwacht },
      }),
    ];
  },
};

/**
 * De host van een webadres, zonder protocol, `www.`, pad of poort, in kleine letters.
 *
 * @example
 * ```ts
 * import { hostVan } from "arbeidsmarktinfra";
 * hostVan("https://www.Rijnmond.werkcentrum.nl/werkgevers"); // "rijnmond.werkcentrum.nl"
 * ```
 */
export function hostVan(adres: string): string {
  vereisTekst(["adres"], adres);
  return adres
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, "")
    .replace(/[/?#:][\s\S]*/, "") // alles vanaf pad, query, anker of poort (ook over regeleinden)
    .replace(/^www\./, "");
}

/** De regionale website staat op het subdomein `[naam regio].werkcentrum.nl`. */
export const werkcentrumSubdomein: Regel<Werkcentrum> = {
  id: "werkcentrum/subdomein",
  titel: "De website staat op het regionale subdomein van Werkcentrum.nl",
  beschrijving:
    "De regionale websites worden subdomeinen van Werkcentrum.nl: [huidige naam arbeidsmarktregio].werkcentrum.nl, bijvoorbeeld grootamsterdam.werkcentrum.nl of rijnmond.werkcentrum.nl. In 2025 mocht tijdelijk nog naar bestaande regionale websites worden verwezen.",
  grondslag: "handreiking",
  bron: werkcentrumSubdomeinBron,
  hint: "Zet de website op het regionale subdomein van werkcentrum.nl.",
  toets(w) {
    const r = regioVan(w);
    if (!r) return [REGIO_ONBEKEND("het subdomein")];
    const site = w.toegangspoort?.website;
    if (leeg(site)) return [uitkomst("niet-van-toepassing", ["toegangspoort", "website"], "Er is geen website opgegeven (zie werkcentrum/toegangspoort-compleet).")];
    const host = hostVan(site!);
    const verwacht = regioNamen(r).map((k) => `${normaliseer(k.naam)}.werkcentrum.nl`);
    if (verwacht.includes(host)) return [uitkomst("voldaan", ["toegangspoort", "website"], `De website staat op ${host}.`, { gegevens: { gevonden: host } })];
    return [
      uitkomst("niet-voldaan", ["toegangspoort", "website"], `De website ${JSON.stringify(site)} staat niet op het regionale subdomein; verwacht ${verwacht[0]}.`, {
        gegevens: { gevonden: host, verwacht },
      }),
    ];
  },
};

const TOEGANGSPOORT: Citaat = {
  bron: "HRT",
  plaats: "§1.3 'Het Werkcentrum'",
  citaat: "Het Werkcentrum is een toegangspoort in de vorm van één website, één emailadres, één telefoonnummer",
};

const POORTVELDEN = [
  { veld: "website", naam: "website" },
  { veld: "email", naam: "e-mailadres" },
  { veld: "telefoon", naam: "telefoonnummer" },
  { veld: "adres", naam: "(postbus)adres" },
] as const;

/** De toegangspoort is compleet: website, e-mail, telefoon en (postbus)adres. */
export const toegangspoortCompleet: Regel<Werkcentrum> = {
  id: "werkcentrum/toegangspoort-compleet",
  titel: "De toegangspoort is compleet: website, e-mail, telefoon en (postbus)adres",
  beschrijving: "Het Werkcentrum is een toegangspoort met één website, één e-mailadres, één telefoonnummer en één (postbus)adres, naast een of meer fysieke kanalen.",
  grondslag: "handreiking",
  bron: TOEGANGSPOORT,
  hint: "Vul het ontbrekende onderdeel van de toegangspoort in.",
  toets(w) {
    const t = w.toegangspoort;
    if (t === undefined) return [uitkomst("niet-voldaan", ["toegangspoort"], "De toegangspoort (website, e-mail, telefoon, (postbus)adres) ontbreekt.")];
    const uit: RegelUitkomst[] = [];
    for (const { veld, naam } of POORTVELDEN) {
      if (leeg(t[veld])) uit.push(uitkomst("niet-voldaan", ["toegangspoort", veld], `Het ${naam} van de toegangspoort ontbreekt.`));
    }
    if (!leeg(t.email) && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(t.email!.trim())) {
      uit.push(uitkomst("niet-voldaan", ["toegangspoort", "email"], `${JSON.stringify(t.email)} is geen geldig e-mailadres.`));
    }
    if (!leeg(t.website) && !hostVan(t.website!).includes(".")) {
      uit.push(uitkomst("niet-voldaan", ["toegangspoort", "website"], `${JSON.stringify(t.website)} is geen webadres.`));
    }
    return uit.length > 0 ? uit : [uitkomst("voldaan", ["toegangspoort"], "De toegangspoort heeft een website, e-mailadres, telefoonnummer en (postbus)adres.")];
  },
};

/** Of een kanaal bemenst is of kan zijn (een brochurelocatie niet). */
function bemenstKanaal(k: Kanaal): boolean {
  return k.soort !== "brochurelocatie";
}

/** Er is ten minste één fysiek kanaal waar mensen geholpen worden. */
export const fysiekKanaal: Regel<Werkcentrum> = {
  id: "werkcentrum/fysiek-kanaal",
  titel: "Er is ten minste één bemenst fysiek kanaal",
  beschrijving:
    "Het Werkcentrum heeft één of meer fysieke kanalen (een gebouw, spreekuur op locatie, rondreizende bus, pop-up). Een brochurelocatie alleen is niet genoeg: daar is geen personeel, terwijl de gids mensen welkom heet bij de fysieke kanalen.",
  grondslag: "handreiking",
  bron: TOEGANGSPOORT,
  andereBronnen: [{ bron: "KB2022", plaats: "'Eén loket in elke regio'", citaat: "minimaal één (ook digitaal) loket" }],
  hint: "Neem ten minste één bemenst kanaal op (flagshipstore, dienstverleningslocatie, informatielocatie, pop-up, werkcafé of mobiel).",
  toets(w) {
    const k = w.kanalen;
    if (k === undefined || k.length === 0) return [uitkomst("niet-voldaan", ["kanalen"], "Er is geen fysiek kanaal opgegeven.")];
    const i = k.findIndex(bemenstKanaal);
    if (i < 0) return [uitkomst("niet-voldaan", ["kanalen"], `Alleen brochurelocaties (${k.length}); daar is geen personeel. Er is geen bemenst fysiek kanaal.`)];
    return [uitkomst("voldaan", ["kanalen", i], `${k.filter(bemenstKanaal).length} bemenst(e) fysiek(e) kanaal/kanalen, waaronder ${k[i]!.naam} (${k[i]!.soort}).`)];
  },
};

/** Iedereen kan zonder afspraak binnenlopen. */
export const binnenlopenZonderAfspraak: Regel<Werkcentrum> = {
  id: "werkcentrum/binnenlopen-zonder-afspraak",
  titel: "Iedereen kan zonder afspraak binnenlopen",
  beschrijving:
    "Iedereen moet bij een Werkcentrum zonder afspraak kunnen binnenlopen en ondersteuning krijgen, ongeacht de hulpvraag of uitkering. Ten minste één bemenst kanaal is vrij toegankelijk. Niet ingevuld: beoordelen. Grondslag handreiking, niet beleid: 'zonder afspraak' staat alleen in secundaire bronnen (S11, een nieuwsbericht van de Rijksoverheid waarvan alleen de opening beschikbaar was, en S12, een praktijkvoorbeeld); de kerndocumenten spreken alleen van laagdrempelige toegang (HRT §3.5). Een regel die alleen op een nieuwsbericht of webpagina rust, is hoogstens een handreiking (zie docs/bronnen.md).",
  grondslag: "handreiking",
  bron: { bron: "S11", plaats: "opening", citaat: "ongeacht de hulpvraag of uitkering" },
  andereBronnen: [
    { bron: "S12", plaats: "titel", citaat: "een plek waar iedereen kan binnenlopen" },
    { bron: "HRT", plaats: "§3.5 'Aansluiting op organisatorisch niveau'", citaat: "laagdrempelig toegang krijgen tot dienstverlening" },
  ],
  hint: "Leg bij ten minste één bemenst kanaal `zonderAfspraak: true` vast.",
  toets(w) {
    const k = w.kanalen ?? [];
    const bemenst = k.map((x, i) => [x, i] as const).filter(([x]) => bemenstKanaal(x));
    if (bemenst.length === 0) return [uitkomst("niet-van-toepassing", ["kanalen"], "Er is geen bemenst kanaal (zie werkcentrum/fysiek-kanaal).")];
    const vrij = bemenst.find(([x]) => x.zonderAfspraak === true);
    if (vrij) return [uitkomst("voldaan", ["kanalen", vrij[1], "zonderAfspraak"], `Bij ${vrij[0].naam} kan iedereen zonder afspraak binnenlopen.`)];
    const onbekend = bemenst.find(([x]) => x.zonderAfspraak === undefined);
    if (onbekend) {
      // Onbekend is geen tekortkoming: de beschrijving zwijgt, dus beslist de bibliotheek niet.
      return [
        uitkomst(
          "beoordelen",
          ["kanalen", onbekend[1], "zonderAfspraak"],
          bemenst.some(([x]) => x.zonderAfspraak === false)
            ? `Bij geen bemenst kanaal is vastgelegd dat mensen er zonder afspraak kunnen binnenlopen; bij een deel staat dat het niet kan, bij een ander deel is het niet vastgelegd (bijv. ${onbekend[0].naam}).`
            : `Bij geen enkel kanaal is vastgelegd of mensen er zonder afspraak kunnen binnenlopen (bijv. ${onbekend[0].naam}).`,
          { hint: "Leg per bemenst kanaal `zonderAfspraak` vast (true of false)." },
        ),
      ];
    }
    return [uitkomst("niet-voldaan", ["kanalen", bemenst[0]![1], "zonderAfspraak"], "Bij geen enkel kanaal kunnen mensen zonder afspraak binnenlopen.")];
  },
};

const LOCATIES: Citaat = {
  bron: "HRT",
  plaats: "§3.5 'Keuze voor de locatie van het Werkcentrum' (locatiestrategie Werkcentrum Rijnmond)",
  citaat: "Er is geen personele inzet op deze locaties nodig.",
};

const WERKDAGEN: readonly string[] = ["ma", "di", "wo", "do", "vr"];

/**
 * Uitkomst `beoordelen` voor een gegeven dat de beschrijving niet invult: de bibliotheek weet het
 * dan niet (geen tekortkoming, geen stille voldoening); de hint vraagt het vast te leggen.
 */
function onbekend(pad: Pad, bericht: string): RegelUitkomst {
  const veld = pad.at(-1);
  return uitkomst("beoordelen", pad, bericht, { hint: `Leg \`${String(veld)}\` vast, dan kan de bibliotheek het toetsen.` });
}

/** Een openingstijd met twee geldige tijden `UU:MM` waarvan `tot` na `van` ligt. */
const geldigeOpeningstijd = (o: Openingstijd): boolean => TIJD_PATROON.test(o.van) && TIJD_PATROON.test(o.tot) && o.tot > o.van;

/**
 * `beoordelen` voor elke openingstijd die de bibliotheek niet kan lezen: een tijd die geen
 * `UU:MM` is, of een eindtijd die niet na de begintijd ligt. `parseWerkcentrum` laat zulke
 * invoer niet door; wie de regels met eigen gegevens aanroept, krijgt het hier te zien in
 * plaats van een stille voldoening.
 */
function openingstijdProblemen(k: Kanaal, i: number): RegelUitkomst[] {
  return (k.openingstijden ?? []).flatMap((o, j): RegelUitkomst[] => {
    if (geldigeOpeningstijd(o)) return [];
    const [veld, wat] = !TIJD_PATROON.test(o.van)
      ? (["van", "de begintijd is geen tijd in de vorm UU:MM"] as const)
      : !TIJD_PATROON.test(o.tot)
        ? (["tot", "de eindtijd is geen tijd in de vorm UU:MM"] as const)
        : (["tot", "de eindtijd ligt niet na de begintijd"] as const);
    return [
      uitkomst("beoordelen", ["kanalen", i, "openingstijden", j, veld], `${k.naam}: openingstijd ${o.dagen.join(", ")} van ${o.van} tot ${o.tot}: ${wat}, dus is niet te zien wanneer het kanaal open is.`, {
        gegevens: { van: o.van, tot: o.tot },
        hint: "Geef van en tot als UU:MM met tot na van (openingstijden over middernacht: splits ze over twee dagen).",
      }),
    ];
  });
}

function kanaalProblemen(k: Kanaal, i: number): RegelUitkomst[] {
  const p = (veld: string): Pad => ["kanalen", i, veld];
  const bemensing = k.bemensing ?? [];
  const uit: RegelUitkomst[] = openingstijdProblemen(k, i);
  switch (k.soort) {
    case "brochurelocatie":
      if (k.zonderAfspraak === true && bemensing.length === 0) {
        uit.push(uitkomst("niet-voldaan", p("zonderAfspraak"), `${k.naam} is een brochurelocatie zonder personeel; binnenlopen voor hulp hoort bij een bemenst kanaal.`));
      }
      break;
    case "informatielocatie":
      if (leeg(k.beheerder)) uit.push(onbekend(p("beheerder"), `Informatielocatie ${k.naam}: niet vastgelegd van welke partner de locatie is.`));
      if (k.bemensing === undefined) uit.push(onbekend(p("bemensing"), `Informatielocatie ${k.naam}: niet vastgelegd welke partner er (basis)informatie geeft.`));
      else if (bemensing.length === 0) uit.push(uitkomst("niet-voldaan", p("bemensing"), `Informatielocatie ${k.naam}: er is geen medewerker van een partner die er (basis)informatie geeft.`));
      break;
    case "dienstverleningslocatie":
      if (k.publiekToegankelijk === undefined) {
        uit.push(onbekend(p("publiekToegankelijk"), `Dienstverleningslocatie ${k.naam}: niet vastgelegd of de locatie publiek toegankelijk is voor werkenden, werkzoekenden en werkgevers.`));
      } else if (!k.publiekToegankelijk) {
        uit.push(uitkomst("niet-voldaan", p("publiekToegankelijk"), `Dienstverleningslocatie ${k.naam} is niet publiek toegankelijk; een dienstverleningslocatie is publiek toegankelijk voor werkenden, werkzoekenden en werkgevers.`));
      }
      if (leeg(k.beheerder)) uit.push(onbekend(p("beheerder"), `Dienstverleningslocatie ${k.naam}: niet vastgelegd van welke partner de locatie is.`));
      else if (k.bemensing === undefined) uit.push(onbekend(p("bemensing"), `Dienstverleningslocatie ${k.naam}: niet vastgelegd wie de locatie bemenst (volgens het voorbeeld medewerkers van ${k.beheerder}).`));
      else if (!bemensing.some((b) => zelfdeNaam(b, k.beheerder!))) {
        uit.push(uitkomst("niet-voldaan", p("bemensing"), `Dienstverleningslocatie ${k.naam}: medewerkers van ${k.beheerder} zorgen voor de bezetting, maar ${k.beheerder} staat niet bij de bemensing.`));
      }
      if (k.huisstijl === "werkcentrum") {
        uit.push(uitkomst("beoordelen", p("huisstijl"), `Dienstverleningslocatie ${k.naam} in de huisstijl van het Werkcentrum: een dienstverleningslocatie houdt de huisstijl van de partner; is het een flagshipstore?`));
      }
      break;
    case "flagshipstore":
      if (k.huisstijl === "partner") {
        uit.push(uitkomst("beoordelen", p("huisstijl"), `Flagshipstore ${k.naam} in de huisstijl van een partner: een flagshipstore hanteert de huisstijl van het Werkcentrum; is het een dienstverleningslocatie?`));
      }
      // Ook een onleesbare openingstijd telt als dag waarop het kanaal open is: die is hierboven al beoordeeld.
      if (k.openingstijden !== undefined && !k.openingstijden.some((o) => o.dagen.some((d) => WERKDAGEN.includes(d)))) {
        uit.push(uitkomst("niet-voldaan", p("openingstijden"), `Flagshipstore ${k.naam} is op geen enkele werkdag open; in een flagshipstore wordt op werkdagen dienstverlening verleend.`));
      }
      break;
    // Stryker disable next-line StringLiteral: equivalent, deze soorten hebben geen eisen; zonder passende case doet de switch ook niets
    case "pop-up":
    // Stryker disable next-line StringLiteral: equivalent, deze soorten hebben geen eisen; zonder passende case doet de switch ook niets
    case "werkcafe":
    // Stryker disable next-line StringLiteral,ConditionalExpression: equivalent, deze soorten hebben geen eisen; zonder passende case doet de switch ook niets
    case "mobiel":
      break;
  }
  return uit;
}

/** De locatiesoorten zijn consistent ingevuld (voorbeeld Werkcentrum Rijnmond). */
export const locatiesoorten: Regel<Werkcentrum> = {
  id: "werkcentrum/locatiesoorten",
  titel: "De kanalen passen bij hun soort locatie",
  beschrijving:
    "Volgens de locatiestrategie van Werkcentrum Rijnmond (een voorbeeld): een brochurelocatie heeft geen personeel nodig; op een informatielocatie geeft een medewerker van een partner basisinformatie; een dienstverleningslocatie is een publiek toegankelijke locatie van een partner, in diens huisstijl en door die partner bemenst; een flagshipstore werkt in de huisstijl van het Werkcentrum en verleent op werkdagen dienstverlening. Wat niet is ingevuld, wordt beoordeeld. Een openingstijd (bij elk soort kanaal) waarvan een tijd geen UU:MM is of de eindtijd niet na de begintijd ligt, wordt ook beoordeeld: dan is niet te zien wanneer het kanaal open is (parseWerkcentrum laat zo'n openingstijd niet door).",
  grondslag: "voorbeeld",
  bron: LOCATIES,
  andereBronnen: [{ bron: "HRT", plaats: "§3.5 (Dienstverleningslocatie)", citaat: "publiek toegankelijk voor werkenden, werkzoekenden en werkgevers" }],
  hint: "Pas de gegevens van het kanaal aan, of kies de soort locatie die erbij past.",
  toets(w) {
    const k = w.kanalen;
    if (k === undefined || k.length === 0) return [uitkomst("niet-van-toepassing", ["kanalen"], "Er zijn geen kanalen (zie werkcentrum/fysiek-kanaal).")];
    const uit = k.flatMap(kanaalProblemen);
    return uit.length > 0 ? uit : [uitkomst("voldaan", ["kanalen"], `Alle ${k.length} kanalen passen bij hun soort locatie.`)];
  },
};

/** De kanalen liggen in gemeenten van de eigen arbeidsmarktregio. */
export const kanalenInRegio: Regel<Werkcentrum> = {
  id: "werkcentrum/kanalen-in-regio",
  titel: "De kanalen liggen in de arbeidsmarktregio van het Werkcentrum",
  beschrijving:
    "Het Werkcentrum heeft één of meer locaties per arbeidsmarktregio. Een kanaal in een gemeente van een andere regio (indeling 2026) wordt beoordeeld: de bronnen verbieden het niet, maar het valt op. Een onbekende gemeente ook, en een gemeente die geen tekst is (invoer die niet met parseWerkcentrum is gelezen); kanalen zonder gemeente tellen niet mee.",
  grondslag: "handreiking",
  bron: { bron: "HRT", plaats: "§1.3 'Het Werkcentrum'", citaat: "Het kan gaan om één of meerdere locaties per arbeidsmarktregio" },
  andereBronnen: [
    { bron: "HRT", plaats: "§3.5 'Keuze voor de locatie van het Werkcentrum' (Dienstverleningslocatie)", citaat: "locaties in de arbeidsmarktregio Rijnmond" },
    { bron: "CBS2026", plaats: "86247NED, indeling arbeidsmarktregio's 2026" },
  ],
  hint: "Controleer de gemeente van het kanaal (CBS-naam of code GM…), of leg in de toelichting vast waarom het kanaal buiten de regio ligt.",
  toets(w) {
    const r = regioVan(w);
    if (!r) return [REGIO_ONBEKEND("de gemeenten van de kanalen")];
    const uit: RegelUitkomst[] = [];
    let aantal = 0;
    w.kanalen?.forEach((k, i) => {
      const g: unknown = k.gemeente;
      const pad: Pad = ["kanalen", i, "gemeente"];
      // Niet via parseWerkcentrum gelezen invoer kan hier een getal of null hebben: beoordelen in plaats van een TypeError.
      if (g !== undefined && typeof g !== "string") {
        uit.push(uitkomst("beoordelen", pad, `Kanaal ${k.naam}: de gemeente ${JSON.stringify(g)} is geen tekst; verwacht een CBS-naam of code GM….`, { gegevens: { gevonden: g } }));
        return;
      }
      // Stryker disable next-line ConditionalExpression: equivalent, leeg(undefined) is ook waar (de controle is er voor TypeScript)
      if (g === undefined || leeg(g)) return;
      aantal++;
      const u = gemeenteBuitenRegio(g, r, pad, "beoordelen", `Kanaal ${k.naam}: `);
      if (u) uit.push(u);
    });
    if (uit.length > 0) return uit;
    if (aantal === 0) return [uitkomst("niet-van-toepassing", ["kanalen"], "Bij geen enkel kanaal is de gemeente opgegeven.")];
    return [uitkomst("voldaan", ["kanalen"], `De ${aantal} kanalen met een gemeente liggen in ${r.naam}.`, { gegevens: { aantal } })];
  },
};

/**
 * Tolerantie bij de bezetting van de gidsfunctie, per kant (UWV, gemeenten), in fte. De bronnen
 * zeggen "ongeveer 1,35 fte" en "zo'n 2,7 fte": getallen die uit een budget zijn afgeleid. De
 * bibliotheek accepteert daarom een afwijking van 0,05 fte per kant (afronden op één decimaal:
 * 1,3 telt als 1,35) en dus 0,10 fte op het totaal. Status `aanname`: een keuze van de
 * bibliotheek, geen waarde uit een bron (de bron bij de waarde motiveert de keuze). Overschrijfbaar via
 * `instellingen.parameters["gidsfunctie.tolerantie-fte"]`.
 */
export const gidsfunctieTolerantie: Parameter<number> = {
  id: "gidsfunctie.tolerantie-fte",
  titel: "Gidsfunctie: tolerantie per kant (UWV, gemeenten) bij 'ongeveer 1,35 fte' (keuze van de bibliotheek)",
  eenheid: "fte",
  waarden: [
    {
      waarde: 0.05,
      // Geen bronwaarde: de bron motiveert de keuze ("zo'n", "ongeveer"), maar noemt geen tolerantie.
      status: "aanname",
      bron: { bron: "HRT", plaats: "§4.1", citaat: "zo’n 2,7 fte (1,35 fte x 2) per arbeidsmarktregio" },
      toelichting:
        "Aanname van de bibliotheek, geen waarde uit een bron: de handreiking zegt 'zo'n 2,7 fte' en 'ongeveer 1,35 fte' (de bron hierboven motiveert de keuze) maar noemt geen tolerantie. Afronden op één decimaal (1,3 telt als 1,35) geeft 0,05 fte per kant. Overschrijf de waarde als je een andere marge kiest.",
    },
  ],
};

/**
 * De gidsfunctie start per 1 januari 2025: in de infographic "Op weg naar een Werkcentrum in elke
 * regio" van de handreiking staat onder "Per 1-1-2025" "Start gidsfunctie Werkcentrum".
 */
const START_GIDSFUNCTIE: Citaat = {
  bron: "HRT",
  plaats: "infographic 'Op weg naar een Werkcentrum in elke regio' (na §1.5), 'Per 1-1-2025'",
  citaat: "Start gidsfunctie Werkcentrum",
};

/**
 * Startdatum van de gidsfunctie (zie {@link START_GIDSFUNCTIE}). Vastgesteld, geen voorlopige
 * datum en dus geen parameter; dezelfde dag als de mijlpaal `start-structurele-middelen-gidsfunctie`
 * (HRT Tabel 1: "UWV en gemeenten krijgen vanaf 2025 structureel gelden om de gidsfunctie in het
 * Werkcentrum te organiseren"). De mijlpalentabel wordt hier niet geïmporteerd (bundelgrootte van
 * `toetsWerkcentrum`); een test bewaakt dat beide gelijk blijven.
 */
const START_GIDSFUNCTIE_DATUM = "2025-01-01";

/**
 * Uitkomst `niet-van-toepassing` zolang de gidsfunctie nog niet geldt (peildatum vóór
 * {@link START_GIDSFUNCTIE_DATUM}), anders `undefined`. De start is een vaste datum en hangt niet af
 * van de normparameters: wie alleen de norm `gidsfunctie.fte-totaal` overschrijft, laat de
 * gidsfunctie niet eerder gelden. Alle vier regels over de gidsfunctie gebruiken dit, zodat een
 * ontbrekende bezetting, functieomschrijving of taak vóór 2025 niet zwaarder telt dan een te lage
 * bezetting.
 */
function gidsfunctieNogNiet(ctx: ToetsContext, pad: Pad): RegelUitkomst | undefined {
  if (ctx.peildatum >= START_GIDSFUNCTIE_DATUM) return undefined;
  return uitkomst("niet-van-toepassing", pad, `Op ${ctx.peildatum} geldt de gidsfunctie nog niet: die start per 1 januari 2025 ("Start gidsfunctie Werkcentrum"), met de structurele middelen van UWV en gemeenten.`);
}

const BEZETTING: Citaat = {
  bron: "HRT",
  plaats: "§4.1",
  citaat: "die gezamenlijk verantwoordelijk zijn voor de minimale personele bezetting",
};

/** 11. De basisgidsfunctie: UWV en gemeenten samen zo'n 2,7 fte, ongeveer 1,35 elk. */
export const gidsfunctieBezetting: Regel<Werkcentrum> = {
  id: "werkcentrum/gidsfunctie-bezetting",
  titel: "Gidsfunctie: UWV en gemeenten samen zo'n 2,7 fte, ongeveer 1,35 fte elk",
  beschrijving:
    "De basisgidsfunctie wordt georganiseerd en uitgevoerd door gemeenten en UWV, die gezamenlijk verantwoordelijk zijn voor de minimale personele bezetting: zo'n 2,7 fte per regio (1,35 fte x 2), afgeleid van gelijke structurele budgetten. Met een tolerantie van 0,05 fte per kant (een aanname van de bibliotheek, geen bronwaarde): totaal onder 2,6 fte is niet voldaan; elke kant ten minste 1,30 fte is voldaan; is het totaal genoeg maar één kant lager, dan is de uitkomst 'beoordelen' (de verantwoordelijkheid is gezamenlijk, de verdeling volgt uit de budgetten). Normen en tolerantie zijn parameters en overschrijfbaar. Vóór 2025 niet van toepassing, ook zonder gidsfunctie.",
  grondslag: "handreiking",
  bron: BEZETTING,
  andereBronnen: [
    { bron: "HRT", plaats: "§4.1", citaat: "zo’n 2,7 fte (1,35 fte x 2) per arbeidsmarktregio" },
    { bron: "HRT", plaats: "Tabel 3 (UWV)", citaat: "Dit komt neer op ongeveer 1,35 fte per arbeidsmarktregio." },
    START_GIDSFUNCTIE,
  ],
  hint: "Leg de bezetting van de gidsfunctie per partner vast (UWV en gemeenten samen ten minste zo'n 2,7 fte).",
  toets(w, ctx) {
    const nvt = gidsfunctieNogNiet(ctx, ["gidsfunctie", "bezetting"]);
    if (nvt) return [nvt];
    const g = w.gidsfunctie;
    if (g === undefined) return [uitkomst("niet-voldaan", ["gidsfunctie"], "De gidsfunctie ontbreekt.")];
    const pad: Pad = ["gidsfunctie", "bezetting"];
    if (g.bezetting === undefined || g.bezetting.length === 0) return [uitkomst("niet-voldaan", pad, "De bezetting van de gidsfunctie (fte van UWV en gemeenten) ontbreekt.")];
    const inst = ctx.instellingen;
    const nu = parameterOp(gidsfunctieFteUwv, ctx.peildatum, inst);
    const ng = parameterOp(gidsfunctieFteGemeenten, ctx.peildatum, inst);
    const nt = parameterOp(gidsfunctieFteTotaal, ctx.peildatum, inst);
    const tol = parameterOp(gidsfunctieTolerantie, ctx.peildatum, inst);
    // Stryker disable next-line ConditionalExpression,BlockStatement,LogicalOperator: onbereikbaar met de standaardtabellen (alle normen gelden zonder einddatum vanaf de start van de gidsfunctie, de tolerantie altijd); een vangnet voor een tabel met een einddatum
    if (nu.soort !== "waarde" || ng.soort !== "waarde" || nt.soort !== "waarde" || tol.soort !== "waarde") {
      // Stryker disable next-line StringLiteral,ArrayDeclaration: onbereikbaar, zie hierboven
      return [uitkomst("niet-van-toepassing", pad, `Op ${ctx.peildatum} heeft een van de normen voor de bezetting van de gidsfunctie (gidsfunctie.fte-uwv, gidsfunctie.fte-gemeenten, gidsfunctie.fte-totaal, gidsfunctie.tolerantie-fte) geen waarde.`)];
    }
    let uwv = 0;
    let gem = 0;
    for (const b of g.bezetting) {
      if (b.soort === "uwv") uwv += honderdsten(b.fte);
      else gem += honderdsten(b.fte);
    }
    const t = honderdsten(tol.waarde);
    const normU = honderdsten(nu.waarde);
    const normG = honderdsten(ng.waarde);
    const normT = honderdsten(nt.waarde);
    const totaal = uwv + gem;
    const gegevens = {
      fteUwv: uwv / 100,
      fteGemeenten: gem / 100,
      fteTotaal: totaal / 100,
      normUwv: nu.waarde,
      normGemeenten: ng.waarde,
      normTotaal: nt.waarde,
      tolerantiePerKant: tol.waarde,
      herkomstNormen: [nu.herkomst, ng.herkomst, nt.herkomst, tol.herkomst].includes("instelling") ? "instelling" : "standaard",
    };
    const stand = `UWV ${formatFte(uwv)} fte + gemeenten ${formatFte(gem)} fte = ${formatFte(totaal)} fte`;
    if (totaal < normT - 2 * t) {
      return [uitkomst("niet-voldaan", pad, `${stand}; dat is minder dan zo'n ${formatFte(normT)} fte (ondergrens met tolerantie ${formatFte(normT - 2 * t)}).`, { gegevens })];
    }
    const laag: string[] = [];
    if (uwv < normU - t) laag.push(`UWV (${formatFte(uwv)} fte, norm ongeveer ${formatFte(normU)})`);
    if (gem < normG - t) laag.push(`gemeenten (${formatFte(gem)} fte, norm ongeveer ${formatFte(normG)})`);
    if (laag.length === 0) return [uitkomst("voldaan", pad, `${stand}: voldoet aan zo'n ${formatFte(normT)} fte, ongeveer ${formatFte(normU)} per kant.`, { gegevens })];
    return [
      uitkomst("beoordelen", pad, `${stand}: het totaal is genoeg, maar het aandeel van ${opsomming(laag)} ligt onder de norm.`, {
        hint: "UWV en gemeenten zijn gezamenlijk verantwoordelijk voor de minimale bezetting; de verdeling 1,35 + 1,35 volgt uit gelijke budgetten. Leg vast dat de verdeling zo is afgesproken (bijv. in de begroting).",
        gegevens,
      }),
    ];
  },
};

const EXTRA_GIDSEN: Citaat = {
  bron: "HRT",
  plaats: "§4.2",
  citaat:
    "Ze moeten in staat zijn om alle doelgroepen te bedienen en de functie uit te voeren volgens de vastgestelde functieomschrijving en onder de aansturing van het Werkcentrum.",
};

const EXTRA_EISEN = [
  { veld: "neutraal", ja: "een neutrale rol vervult", nee: "vervult geen neutrale rol" },
  { veld: "alleDoelgroepen", ja: "alle doelgroepen kan bedienen", nee: "kan niet alle doelgroepen bedienen" },
  { veld: "onderAansturingWerkcentrum", ja: "onder de aansturing van het Werkcentrum werkt", nee: "werkt niet onder de aansturing van het Werkcentrum" },
  { veld: "volgensFunctieomschrijving", ja: "volgens de vastgestelde functieomschrijving werkt", nee: "werkt niet volgens de vastgestelde functieomschrijving" },
] as const;

/** 12. Extra gidsen van andere kernpartners voldoen aan HRT §4.2. */
export const extraGidsen: Regel<Werkcentrum> = {
  id: "werkcentrum/extra-gidsen",
  titel: "Extra gidsen zijn neutraal, bedienen alle doelgroepen, werken onder het Werkcentrum en worden door hun partner betaald",
  beschrijving:
    "Extra gidsen van andere kernpartners, bovenop de basisgidsfunctie, vervullen eveneens een neutrale rol, kunnen alle doelgroepen bedienen en werken volgens de vastgestelde functieomschrijving onder de aansturing van het Werkcentrum. In principe betaalt de kernpartner zelf. Voor gidsen van andere organisaties dan UWV en gemeenten wijken de mogelijkheden voor gegevensdeling af. Wat niet is ingevuld, wordt beoordeeld. Vóór 2025 niet van toepassing.",
  grondslag: "handreiking",
  bron: EXTRA_GIDSEN,
  andereBronnen: [
    { bron: "HRT", plaats: "§4.2", citaat: "In principe komt de financiering van de extra gids(en) vanuit de kernpartner zelf." },
    { bron: "HRT", plaats: "§4.2", citaat: "De mogelijkheden voor gegevensdeling wijken af wanneer andere organisaties dan UWV en gemeenten een gidsrol vervullen" },
    START_GIDSFUNCTIE,
  ],
  hint: "Leg per extra gids vast: neutraal, alle doelgroepen, onder aansturing van het Werkcentrum, volgens de functieomschrijving, en wie betaalt.",
  toets(w, ctx) {
    const nvt = gidsfunctieNogNiet(ctx, ["gidsfunctie", "extraGidsen"]);
    if (nvt) return [nvt];
    const lijst = w.gidsfunctie?.extraGidsen;
    if (lijst === undefined || lijst.length === 0) return [uitkomst("niet-van-toepassing", ["gidsfunctie", "extraGidsen"], "Er zijn geen extra gidsen.")];
    const uit: RegelUitkomst[] = [];
    lijst.forEach((e, i) => {
      const p = (veld: string): Pad => ["gidsfunctie", "extraGidsen", i, veld];
      const eigen: RegelUitkomst[] = [];
      if (e.soort === "uwv" || e.soort === "gemeente") {
        eigen.push(uitkomst("beoordelen", p("soort"), `Extra gids van ${e.partner}: UWV en gemeenten leveren de basisgidsfunctie; extra gidsen komen van andere kernpartners. Hoort deze inzet bij de bezetting?`));
      } else if (!kernpartnersoorten.includes(e.soort)) {
        eigen.push(uitkomst("beoordelen", p("soort"), `Extra gids van ${e.partner} (${e.soort}): de handreiking noemt extra gidsen van andere kernpartners.`));
      }
      for (const { veld, ja, nee } of EXTRA_EISEN) {
        const v = e[veld];
        if (v === undefined) eigen.push(onbekend(p(veld), `Niet vastgelegd of de extra gids van ${e.partner} ${ja}.`));
        else if (!v) eigen.push(uitkomst("niet-voldaan", p(veld), `De extra gids van ${e.partner} ${nee}.`));
      }
      if (e.financiering === undefined) eigen.push(onbekend(p("financiering"), `Niet vastgelegd wie de extra gids van ${e.partner} betaalt.`));
      else if (e.financiering !== "eigen-middelen-partner") {
        eigen.push(uitkomst("beoordelen", p("financiering"), `De extra gids van ${e.partner} wordt betaald uit ${e.financiering}; in principe betaalt de kernpartner zelf.`));
      }
      if (e.soort !== "uwv" && e.soort !== "gemeente" && leeg(e.afsprakenGegevensdeling)) {
        eigen.push(
          uitkomst("beoordelen", p("afsprakenGegevensdeling"), `Voor de extra gids van ${e.partner} wijken de mogelijkheden voor gegevensdeling af; er zijn geen afspraken vastgelegd.`, {
            hint: "Leg vast welke gegevens deze gids mag verwerken (zie de handreiking Gegevensdeling in de Transitieperiode).",
          }),
        );
      }
      uit.push(...(eigen.length > 0 ? eigen : [uitkomst("voldaan", ["gidsfunctie", "extraGidsen", i], `De extra gids van ${e.partner} voldoet aan de uitgangspunten.`)]));
    });
    return uit;
  },
};

const GIDSTAAKNAMEN: Readonly<Record<GidsTaak, string>> = {
  "welkom-heten": "mensen welkom heten bij de fysieke kanalen",
  "algemene-informatie": "algemene informatie over arbeidsmarktkansen, vacatures en scholingsmogelijkheden",
  loopbaangesprek: "in gesprek gaan over loopbaan of andere hulpvraag",
  "in-verbinding-brengen": "zo nodig in verbinding brengen met de juiste dienstverlening",
};

/** De gids voert ten minste de vier taken uit de Kamerbrief uit. */
export const gidstakenRegel: Regel<Werkcentrum> = {
  id: "werkcentrum/gidstaken",
  titel: "De gids voert ten minste de vier minimale taken uit",
  beschrijving:
    "De dienstverlening van de gidsen bestaat in elk geval uit: mensen welkom heten bij de fysieke kanalen van het Werkcentrum; algemene informatie verstrekken over arbeidsmarktkansen, vacatures en scholingsmogelijkheden; met mensen in gesprek gaan over hun loopbaan of andere hulpvraag; en hen zo nodig in verbinding brengen met de juiste dienstverlening. Niet ingevuld: beoordelen. Vóór 2025 niet van toepassing.",
  grondslag: "beleid",
  bron: { bron: "KB2024", plaats: "§1 'Gidsfunctie'", citaat: "gidsen die dienstverlening bieden die in elk geval bestaat uit mensen welkom heten bij de fysieke kanalen van het Werkcentrum" },
  andereBronnen: [{ bron: "HRT", plaats: "§4.1", citaat: "dat de dienstverlening van de gidsen in elk geval bestaat uit" }, START_GIDSFUNCTIE],
  hint: "Neem de taken op: welkom-heten, algemene-informatie, loopbaangesprek, in-verbinding-brengen.",
  toets(w, ctx) {
    const nvt = gidsfunctieNogNiet(ctx, ["gidsfunctie", "taken"]);
    if (nvt) return [nvt];
    const g = w.gidsfunctie;
    if (g === undefined) return [uitkomst("niet-van-toepassing", ["gidsfunctie"], "Er is geen gidsfunctie (zie werkcentrum/gidsfunctie-bezetting).")];
    if (g.taken === undefined) return [onbekend(["gidsfunctie", "taken"], "De taken van de gids zijn niet vastgelegd.")];
    const ontbreekt = gidstaken.filter((t) => !g.taken!.includes(t));
    if (ontbreekt.length === 0) return [uitkomst("voldaan", ["gidsfunctie", "taken"], "De gids voert alle vier minimale taken uit.")];
    return [
      uitkomst("niet-voldaan", ["gidsfunctie", "taken"], `De gidstaken missen: ${opsomming(ontbreekt.map((t) => GIDSTAAKNAMEN[t]))}.`, {
        gegevens: { ontbreekt },
      }),
    ];
  },
};

/** UWV en gemeenten stellen samen een functieomschrijving voor de gids op. */
export const functieomschrijvingGids: Regel<Werkcentrum> = {
  id: "werkcentrum/functieomschrijving-gids",
  titel: "UWV en gemeenten stellen samen een functieomschrijving voor de gids op",
  beschrijving: "UWV en gemeenten zorgen samen (bijvoorbeeld via de coördinator van het Werkcentrum) voor een functieomschrijving van de gids en beoordelen of de gidsen daaraan voldoen. Niet ingevuld wie hem opstelde: beoordelen. Vóór 2025 niet van toepassing.",
  grondslag: "handreiking",
  bron: {
    bron: "HRT",
    plaats: "§4.1",
    citaat: "UWV en gemeenten zorgen samen (bijvoorbeeld via de coördinator van het Werkcentrum) voor een functieomschrijving en beoordelen of de gidsen hieraan voldoen.",
  },
  andereBronnen: [START_GIDSFUNCTIE],
  hint: "Leg de functieomschrijving vast met `opgesteldDoor: [uwv, gemeenten]`.",
  toets(w, ctx) {
    const nvt = gidsfunctieNogNiet(ctx, ["gidsfunctie", "functieomschrijving"]);
    if (nvt) return [nvt];
    const g = w.gidsfunctie;
    if (g === undefined) return [uitkomst("niet-van-toepassing", ["gidsfunctie"], "Er is geen gidsfunctie (zie werkcentrum/gidsfunctie-bezetting).")];
    const f = g.functieomschrijving;
    if (f === undefined) return [uitkomst("niet-voldaan", ["gidsfunctie", "functieomschrijving"], "Er is geen functieomschrijving van de gids vastgelegd.")];
    if (f.opgesteldDoor === undefined) return [onbekend(["gidsfunctie", "functieomschrijving", "opgesteldDoor"], "Niet vastgelegd wie de functieomschrijving van de gids heeft opgesteld.")];
    const door = f.opgesteldDoor;
    const mist = (["uwv", "gemeenten"] as const).filter((x) => !door.includes(x));
    if (mist.length > 0) {
      return [
        uitkomst("niet-voldaan", ["gidsfunctie", "functieomschrijving", "opgesteldDoor"], `De functieomschrijving is niet door UWV en gemeenten samen opgesteld (ontbreekt: ${mist.join(" en ")}).`, {
          gegevens: { gevonden: door },
        }),
      ];
    }
    return [uitkomst("voldaan", ["gidsfunctie", "functieomschrijving"], "UWV en gemeenten hebben samen de functieomschrijving van de gids opgesteld.")];
  },
};

/** Uitkomst `niet-van-toepassing` vóór de inwerkingtreding van de wet, anders `undefined`. */
export function nogNietInWerking(ctx: ToetsContext, pad: Pad): RegelUitkomst | undefined {
  if (ctx.fase === "nieuwe-wet") return undefined;
  const d = inwerkingtreding(ctx.instellingen).datum;
  return uitkomst("niet-van-toepassing", pad, `Geldt vanaf de inwerkingtreding van de wet (${d ?? "datum onbekend"}); in de transitieperiode kan het al.`);
}

/**
 * Tussen de datum uit de handreiking en de (latere of onbekende) inwerkingtreding: de bedoeling
 * geldt al, de wet nog niet. Geeft dan de datum uit de handreiking, anders `undefined`.
 */
export function handreikingVoorWet(ctx: ToetsContext): Peildatum | undefined {
  if (ctx.fase === "nieuwe-wet") return undefined;
  const a = parameterOp(werkgeversdienstverleningViaWerkcentrumVanaf, ctx.peildatum, ctx.instellingen);
  // Stryker disable next-line ConditionalExpression: equivalent, de standaardwaarde heeft geen geldigheidsperiode, dus er is altijd een waarde (de controle is er voor TypeScript)
  return a.soort === "waarde" && a.waarde <= ctx.peildatum ? a.waarde : undefined;
}

/** 16a. Na de inwerkingtreding gaat de werkgeversdienstverlening via het Werkcentrum. */
export const werkgeversdienstverleningViaWerkcentrum: Regel<Werkcentrum> = {
  id: "werkcentrum/werkgeversdienstverlening-via-werkcentrum",
  titel: "Na de inwerkingtreding gaat de werkgeversdienstverlening via het Werkcentrum",
  beschrijving:
    "De wettelijke taak van UWV en gemeenten om samen werkgevers te bedienen blijft; de nieuwe wetgeving neemt op dat die werkgeversdienstverlening via het Werkcentrum wordt aangeboden, in ieder geval vanaf de inwerkingtreding. Vóór de inwerkingtreding is de regel niet van toepassing, behalve tussen de datum uit de handreiking ('in ieder geval vanaf 1 juli 2026', parameter werkcentrum.werkgeversdienstverlening-vanaf) en een latere of onbekende inwerkingtreding: dan is 'niet via het Werkcentrum' beoordelen. Niet ingevuld: beoordelen.",
  grondslag: "wet",
  bron: { bron: "HRT", plaats: "§5.3 'Dienstverlening'", citaat: "via het Werkcentrum wordt aangeboden" },
  andereBronnen: [
    { bron: "KB2024", plaats: "§1 'Gezamenlijke publieke werkgevers- en werkzoekendienstverlening'", citaat: "Deze dienstverlening blijft op dezelfde manier beschikbaar via het Werkcentrum." },
    { bron: "HRT", plaats: "§5.3 'Communicatie'", citaat: "Het is de bedoeling dat de verbinding van werkgeversdienstverlening via het Werkcentrum in ieder geval vanaf 1 juli 2026 gerealiseerd is." },
  ],
  hint: "Leg vast dat de werkgeversdienstverlening via het Werkcentrum wordt aangeboden (`werkgeversdienstverlening.viaWerkcentrum: true`).",
  toets(w, ctx) {
    const bedoeld = handreikingVoorWet(ctx);
    if (bedoeld === undefined) {
      const nvt = nogNietInWerking(ctx, ["werkgeversdienstverlening"]);
      if (nvt) return [nvt];
    }
    const d = w.werkgeversdienstverlening;
    if (d === undefined) return [onbekend(["werkgeversdienstverlening"], "Niet vastgelegd hoe de werkgeversdienstverlening wordt aangeboden; gaat ze via het Werkcentrum?")];
    if (d.viaWerkcentrum === undefined) return [onbekend(["werkgeversdienstverlening", "viaWerkcentrum"], `Niet vastgelegd of de werkgeversdienstverlening${d.naam ? ` (${d.naam})` : ""} via het Werkcentrum gaat.`)];
    if (!d.viaWerkcentrum) {
      const bericht = `De werkgeversdienstverlening${d.naam ? ` (${d.naam})` : ""} gaat niet via het Werkcentrum.`;
      if (bedoeld !== undefined) {
        const iwt = inwerkingtreding(ctx.instellingen).datum;
        return [
          uitkomst(
            "beoordelen",
            ["werkgeversdienstverlening", "viaWerkcentrum"],
            `${bericht} De handreiking beoogt dat in ieder geval vanaf ${bedoeld}, maar de wet is nog niet in werking (inwerkingtreding: ${iwt ?? "onbekend"}).`,
            { gegevens: { handreiking: bedoeld, inwerkingtreding: iwt } },
          ),
        ];
      }
      return [uitkomst("niet-voldaan", ["werkgeversdienstverlening", "viaWerkcentrum"], bericht)];
    }
    return [uitkomst("voldaan", ["werkgeversdienstverlening", "viaWerkcentrum"], "De werkgeversdienstverlening wordt via het Werkcentrum aangeboden.")];
  },
};

/** Patronen van de oude namen; "Landelijk WerkgeversServicepunt" (voor landelijk actieve werkgevers) blijft bestaan. */
const OUDE_NAMEN: readonly { readonly naam: string; readonly patroon: RegExp }[] = [
  { naam: "WerkgeversServicepunt", patroon: /(?<!landelijk\s*)werkgevers\s*-?\s*service\s*-?\s*punt|(?<![a-z0-9])(?<!landelijk\s*)wsp(?![a-z0-9])/i },
  { naam: "Leerwerkloket", patroon: /leer\s*-?\s*werk\s*-?\s*loket|(?<![a-z0-9])lwl(?![a-z0-9])/i },
  { naam: "regionaal mobiliteitsteam", patroon: /mobiliteits\s*-?\s*team|(?<![a-z0-9])rmt(?![a-z0-9])/i },
];

/** De afkortingen van de oude namen, voor web- en e-mailadressen. */
const AFKORTINGEN: readonly (readonly [string, string])[] = [
  ["wsp", "WerkgeversServicepunt"],
  ["lwl", "Leerwerkloket"],
  ["rmt", "regionaal mobiliteitsteam"],
];

/**
 * De oude naam in een web- of e-mailadres waarin de afkorting aan een naam vastzit
 * (`www.wsprijnmond.nl`, `info@rmtrijnmond.nl`): een deel van de host of het e-mailadres (tussen
 * punten, koppeltekens, `@`, `_` of `+`) dat met WSP, LWL of RMT begint. Alleen in adressen en
 * alleen vooraan een deel: geen Nederlands woord begint met die letters, terwijl woorden als
 * "vormt" of "warmte" ze wel bevatten. Een pad na de host telt niet.
 */
function oudeAfkortingInAdres(tekst: string): string | undefined {
  // Stryker disable next-line Regex: equivalent, zonder + ontstaan lege woorden en die slaat de volgende regel over
  for (const woord of tekst.toLowerCase().split(/[\s,;<>()"']+/)) {
    const email = woord.includes("@");
    // Stryker disable next-line Regex: equivalent, zonder ^ gaat hostVan ook van het begin van het woord uit, zodat een adres midden in een woord geen deel oplevert dat met de afkorting begint
    if (!email && !/^[a-z]+:\/\//.test(woord) && !/^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/:?#]|$)/.test(woord)) continue;
    const adres = email ? woord : hostVan(woord);
    for (const deel of adres.split(/[.@_+-]/)) {
      for (const [afkorting, naam] of AFKORTINGEN) if (deel.startsWith(afkorting)) return naam;
    }
  }
  return undefined;
}

/**
 * De oude naam (WerkgeversServicepunt, Leerwerkloket, regionaal mobiliteitsteam) die in een
 * tekst voorkomt, of `undefined`. Ook afkortingen (WSP, LWL, RMT) als los woord tellen, en in
 * web- en e-mailadressen ook vastgeschreven aan een naam (`wsprijnmond.nl`,
 * `info@rmtrijnmond.nl`); "Landelijk WerkgeversServicepunt" (ook afgekort: "Landelijk WSP") niet.
 *
 * @example
 * ```ts
 * import { oudeNaamIn } from "arbeidsmarktinfra";
 * oudeNaamIn("https://www.leerwerkloketrijnmond.nl"); // "Leerwerkloket"
 * oudeNaamIn("https://www.wsprijnmond.nl"); // "WerkgeversServicepunt"
 * oudeNaamIn("info@rmtrijnmond.nl"); // "regionaal mobiliteitsteam"
 * oudeNaamIn("Landelijk WerkgeversServicepunt"); // undefined
 * oudeNaamIn("Landelijk WSP Gemeenten"); // undefined
 * ```
 */
export function oudeNaamIn(tekst: string): string | undefined {
  vereisTekst(["tekst"], tekst);
  // Lange teksten worden niet bewaard.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: geheugen (alleen snelheid): de grens begrenst alleen het geheugen
  return tekst.length <= 500 ? onthoud(oudeNamenGeheugen, tekst, zoekOudeNaam, 1024) : zoekOudeNaam(tekst);
}

const oudeNamenGeheugen = /* @__PURE__ */ new Map<string, string | undefined>();

function zoekOudeNaam(tekst: string): string | undefined {
  for (const o of OUDE_NAMEN) if (o.patroon.test(tekst)) return o.naam;
  return oudeAfkortingInAdres(tekst);
}

/** 16b. Na de inwerkingtreding worden de namen WSP, Leerwerkloket en RMT niet meer gebruikt. */
export const geenOudeNamen: Regel<Werkcentrum> = {
  id: "werkcentrum/geen-oude-namen",
  titel: "Na de inwerkingtreding geen WerkgeversServicepunt, Leerwerkloket of regionaal mobiliteitsteam meer",
  beschrijving:
    "De namen WerkgeversServicepunt, Leerwerkloket en regionaal mobiliteitsteam verdwijnen (op termijn); met de nieuwe wet gaat de werkgeversdienstverlening via het Werkcentrum en vervalt de naam WerkgeversServicepunt. De regel kijkt vanaf de inwerkingtreding naar de naam, de toegangspoort, de kanalen en de werkgeversdienstverlening. Het Landelijk WerkgeversServicepunt (voor werkgevers in meer regio's) telt niet mee, en de lijst van vervangen loketten ook niet (die noemt de oude namen juist; hun status toetst de transitie: transitie/rmt-en-leerwerkloket-afgebouwd en transitie/wsp-via-werkcentrum).",
  grondslag: "beleid",
  bron: { bron: "KB2024", plaats: "§1 'Een herkenbare en eenduidige naam: het Werkcentrum'", citaat: "De namen WerkgeversServicepunt, Leerwerkloket en regionaal mobiliteitsteam verdwijnen (op termijn)." },
  andereBronnen: [{ bron: "HRT", plaats: "§5.3 'Dienstverlening'", citaat: "Daarmee komt de naam WerkgeversServicepunt op termijn te vervallen." }],
  hint: "Gebruik de naam van het Werkcentrum, ook in de toegangspoort en de kanalen.",
  toets(w, ctx) {
    const nvt = nogNietInWerking(ctx, []);
    if (nvt) return [nvt];
    const uit: RegelUitkomst[] = [];
    const kijk = (tekst: string | undefined, pad: Pad) => {
      // Stryker disable next-line ConditionalExpression: equivalent, oudeNaamIn(undefined) toetst de tekst "undefined", waarin geen oude naam voorkomt
      if (tekst === undefined) return;
      const oud = oudeNaamIn(tekst);
      if (oud) uit.push(uitkomst("niet-voldaan", pad, `${JSON.stringify(tekst)} gebruikt de oude naam ${oud}.`, { gegevens: { gevonden: tekst, oudeNaam: oud } }));
    };
    kijk(w.naam, ["naam"]);
    const t = w.toegangspoort;
    if (t) for (const veld of ["website", "email", "adres"] as const) kijk(t[veld], ["toegangspoort", veld]);
    w.kanalen?.forEach((k, i) => kijk(k.naam, ["kanalen", i, "naam"]));
    kijk(w.werkgeversdienstverlening?.naam, ["werkgeversdienstverlening", "naam"]);
    return uit.length > 0 ? uit : [uitkomst("voldaan", [], "Het Werkcentrum gebruikt de oude namen niet meer.")];
  },
};

/** Ids van de Werkcentrum-regels die pas vanaf de inwerkingtreding van de wet gelden. */
export const REGELS_VANAF_INWERKINGTREDING: readonly string[] = ["werkcentrum/werkgeversdienstverlening-via-werkcentrum", "werkcentrum/geen-oude-namen"];

/**
 * Ids van de Werkcentrum-regels waarvan de uitkomst van de regio afhangt (naam, subdomein,
 * gemeenten van de kanalen). Een convenant toetst ze niet als het Werkcentrum bij een andere
 * regio hoort dan het convenant (zie `convenant/werkcentrum-regio`).
 */
export const REGELS_MET_REGIO: readonly string[] = ["werkcentrum/regio", "werkcentrum/naam", "werkcentrum/subdomein", "werkcentrum/kanalen-in-regio"];

/** De regels over het Werkcentrum, in rapportvolgorde. */
export const werkcentrumRegels: readonly Regel<Werkcentrum>[] = [
  werkcentrumRegio,
  werkcentrumNaam,
  werkcentrumSubdomein,
  toegangspoortCompleet,
  fysiekKanaal,
  binnenlopenZonderAfspraak,
  locatiesoorten,
  kanalenInRegio,
  gidsfunctieBezetting,
  extraGidsen,
  gidstakenRegel,
  functieomschrijvingGids,
  werkgeversdienstverleningViaWerkcentrum,
  geenOudeNamen,
];
