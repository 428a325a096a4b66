import type { Pad } from "../result.js";
import { ongeldig, vereisEenVan, vereisLijst, vereisObject, vereisPeildatum, vereisTekst, weiger } from "../vorm.js";
import {
  activiteitStatussen,
  arrangeurSoorten,
  contractsoorten,
  doelgroepen,
  functionaliteitIds,
  jaNee,
  onderwerpen,
  partnersoorten,
  privateOndersteuningen,
  uitkeringen,
  vragers,
  werkgeveromvangen,
  type Activiteit,
  type Hulpvraag,
  type Instrument,
  type PersoonsHulpvraag,
  type Werkplan,
} from "./model.js";
import { isRegioCode } from "./regionamen.js";
import { bedoeldeU } from "../regio/normaliseer.js";

/**
 * Controles zonder zod voor de functies van het Werkplan: dezelfde woordenschat en dezelfde
 * eisen als de schema's (`PersoonsHulpvraagSchema`, `WerkplanSchema`), zodat `maakWerkplan` en
 * `wijzigInkomenssituatie` nooit een plan maken dat `parseWerkplan` afkeurt, en ongeldige
 * invoer een {@link OngeldigeInvoerFout} met pad geeft in plaats van stil opgeslagen te worden.
 * Een eigenschapstest bewaakt dat deze controles en de schema's het eens zijn.
 *
 * @module
 */

type Obj = Readonly<Record<string, unknown>>;

// Letterlijke lijsten (geen spreads op moduleniveau): zo blijft deze module uit de bundel van wie alleen routeert.
const PERSOONSVELDEN = ["uitkering", "wwEinddatum", "arbeidsbeperking", "leeftijd", "schoolverlaterZonderStartkwalificatie", "arbeidsmigrant", "woongemeente"];
/** Velden die alleen een werkende heeft. */
export const ALLEEN_WERKENDEN: readonly string[] = ["contract", "privateOndersteuning", "dreigtWerkloos"];
const WERKZOEKENDE = ["vrager", "id", "onderwerpen", "deur", "regio", "toelichting", "uitkering", "wwEinddatum", "arbeidsbeperking", "leeftijd", "schoolverlaterZonderStartkwalificatie", "arbeidsmigrant", "woongemeente"];
const WERKENDE = ["vrager", "id", "onderwerpen", "deur", "regio", "toelichting", "uitkering", "wwEinddatum", "arbeidsbeperking", "leeftijd", "schoolverlaterZonderStartkwalificatie", "arbeidsmigrant", "woongemeente", "contract", "privateOndersteuning", "dreigtWerkloos"];
const WERKGEVER = ["vrager", "id", "onderwerpen", "deur", "regio", "toelichting", "omvang", "regios", "leerbedrijfvraag"];
const JA_NEE_VELDEN = ["arbeidsbeperking", "schoolverlaterZonderStartkwalificatie", "arbeidsmigrant", "dreigtWerkloos"];

/** Meldt het eerste veld dat niet in `bekend` staat (niets gaat stil verloren); `toelichting` zegt eventueel waarom. */
export function alleenBekendeVelden(pad: Pad, o: Obj, bekend: readonly string[], toelichting: (veld: string) => string = () => ""): void {
  for (const veld of Object.keys(o)) {
    if (!bekend.includes(veld)) weiger("onbekend-veld", [...pad, veld], `onbekend veld ${JSON.stringify(veld)}${toelichting(veld)}; bekend zijn: ${bekend.join(", ")}${bedoeldeU(veld, bekend, o)}`);
  }
}

/** Een lijst zonder dubbele waarden (gelijk als tekst of getal). */
function zonderDubbele(pad: Pad, l: readonly unknown[]): void {
  l.forEach((x, i) => {
    if (l.indexOf(x) < i) weiger("dubbel", [...pad, i], `${JSON.stringify(x)} staat er al eerder in`);
  });
}

/** Een arbeidsmarktregio als CBS-code (na `parseHulpvraag` is een regionaam al een code). */
function vereisRegioCode(pad: Pad, w: unknown): void {
  if (!isRegioCode(w)) ongeldig(pad, "een arbeidsmarktregio als CBS-code (AM01…AM38, bijv. AM22)", w, typeof w === "string" ? "ongeldige-waarde" : "ongeldig-type");
}

/**
 * Een lijst waarvan elk element aan `element` voldoet; `streng` (zoals het schema) eist ook
 * minstens `min` elementen en geen dubbele.
 */
function lijstVan(pad: Pad, w: unknown, element: (pad: Pad, x: unknown) => void, verwacht: string, streng: boolean, min = 1): void {
  if (!Array.isArray(w)) ongeldig(pad, verwacht, w, typeof w === "string" ? "ongeldige-waarde" : "ongeldig-type");
  w.forEach((x, i) => element([...pad, i], x));
  if (!streng) return;
  if (w.length < min) ongeldig(pad, "een niet-lege lijst", w, "te-klein");
  zonderDubbele(pad, w);
}

/** Een lijst van vaste waarden (streng: zonder dubbele, met minstens `min` elementen). */
function uniekeLijstVan(pad: Pad, w: unknown, waarden: readonly string[], min: number, verwacht = "een lijst", streng = true): void {
  lijstVan(pad, w, (p, x) => vereisEenVan(p, x, waarden), verwacht, streng, min);
}

/** Arbeidsmarktregio's: een lijst CBS-codes (streng: niet leeg, zonder dubbele), of `"landelijk"`. */
function vereisRegios(pad: Pad, w: unknown, streng = true): void {
  if (w !== "landelijk") lijstVan(pad, w, vereisRegioCode, 'een lijst arbeidsmarktregio\'s of "landelijk"', streng);
}

/** De deur waardoor de vraag binnenkwam. */
function controleerDeur(pad: Pad, d: unknown): void {
  vereisObject(pad, d);
  vereisEenVan([...pad, "soort"], d["soort"], ["werkcentrum", "digitaal", "partner"]);
  if (d["soort"] === "partner") {
    alleenBekendeVelden(pad, d, ["soort", "partner", "naam"]);
    vereisEenVan([...pad, "partner"], d["partner"], partnersoorten);
    if (d["naam"] !== undefined) vereisTekst([...pad, "naam"], d["naam"], true);
  } else {
    alleenBekendeVelden(pad, d, ["soort", "regio"]);
    if (d["regio"] !== undefined) vereisRegioCode([...pad, "regio"], d["regio"]);
  }
}

/**
 * De waarden van de persoonsgegevens (uitkering, WW-einddatum, ja/nee-velden, leeftijd,
 * woongemeente) en van de gegevens van werkenden (contract, private ondersteuning), met de
 * woordenschat van het Hulpvraag-schema. Een veld met de waarde `undefined` telt als afwezig;
 * `uitkering` is verplicht. De gegevens van werkenden tellen alleen als `werkende` waar is;
 * `streng` weigert ook dubbele waarden (zoals het schema).
 */
export function controleerPersoonsgegevens(pad: Pad, o: Obj, werkende: boolean, streng = true): void {
  const u = o["uitkering"];
  vereisEenVan([...pad, "uitkering"], u, uitkeringen);
  const ww = o["wwEinddatum"];
  if (ww !== undefined) {
    vereisPeildatum([...pad, "wwEinddatum"], ww);
    if (u !== "WW") weiger("inconsistent", [...pad, "wwEinddatum"], `hoort alleen bij uitkering "WW" (uitkering is ${JSON.stringify(u)})`);
  }
  for (const veld of JA_NEE_VELDEN) if (o[veld] !== undefined && (werkende || veld !== "dreigtWerkloos")) vereisEenVan([...pad, veld], o[veld], jaNee);
  if (o["leeftijd"] !== undefined) vereisLeeftijd([...pad, "leeftijd"], o["leeftijd"]);
  if (o["woongemeente"] !== undefined) vereisTekst([...pad, "woongemeente"], o["woongemeente"], true);
  if (!werkende) return;
  if (o["contract"] !== undefined) vereisEenVan([...pad, "contract"], o["contract"], contractsoorten);
  const p = o["privateOndersteuning"];
  if (p !== undefined && p !== "geen" && p !== "onbekend") {
    const lijst = privateOndersteuningen.map((x) => JSON.stringify(x)).join(", ");
    uniekeLijstVan([...pad, "privateOndersteuning"], p, privateOndersteuningen, 1, `een niet-lege lijst met ${lijst}, of "geen" of "onbekend"`, streng);
  }
}

/**
 * Een hulpvraag (werkende, werkzoekende of werkgever) met de eisen van het Hulpvraag-schema:
 * waarden uit de vaste lijsten, regio's als CBS-code. `streng` (standaard) meldt ook onbekende
 * velden, dubbele waarden en lege lijsten en controleert id, toelichting en deur, zoals het
 * schema; niet streng controleert alleen de waarden van de velden die bij deze soort vrager
 * horen en de uitkomst bepalen (zoals `zoekInstrumenten` ze leest: een overgebleven veld van
 * een andere soort vrager of een dubbel onderwerp stoort daar niet).
 */
export function controleerHulpvraag(pad: Pad, w: unknown, streng = true): asserts w is Hulpvraag {
  vereisObject(pad, w);
  const vrager = w["vrager"];
  vereisEenVan([...pad, "vrager"], vrager, vragers);
  const werkgever = vrager === "werkgever";
  if (streng) {
    const bekend = werkgever ? WERKGEVER : vrager === "werkende" ? WERKENDE : WERKZOEKENDE;
    alleenBekendeVelden(pad, w, bekend, (veld) => (ALLEEN_WERKENDEN.includes(veld) ? " (geldt alleen voor een werkende)" : PERSOONSVELDEN.includes(veld) ? " (geldt alleen voor een persoon)" : ""));
    if (w["id"] !== undefined) vereisTekst([...pad, "id"], w["id"], true);
    if (w["toelichting"] !== undefined) vereisTekst([...pad, "toelichting"], w["toelichting"]);
    controleerDeur([...pad, "deur"], w["deur"]);
  }
  uniekeLijstVan([...pad, "onderwerpen"], w["onderwerpen"], onderwerpen, 1, "een lijst", streng);
  const regio = w["regio"];
  if (regio !== undefined) vereisRegioCode([...pad, "regio"], regio);
  if (!werkgever) return controleerPersoonsgegevens(pad, w, vrager === "werkende", streng);
  if (w["omvang"] !== undefined) vereisEenVan([...pad, "omvang"], w["omvang"], werkgeveromvangen);
  if (w["leerbedrijfvraag"] !== undefined && typeof w["leerbedrijfvraag"] !== "boolean") ongeldig([...pad, "leerbedrijfvraag"], "true of false", w["leerbedrijfvraag"]);
  const regios = w["regios"];
  if (regios !== undefined) vereisRegios([...pad, "regios"], regios, streng);
  if (streng && regio !== undefined && Array.isArray(regios) && !regios.includes(regio)) weiger("inconsistent", [...pad, "regio"], `${String(regio)} staat niet in regios (${regios.join(", ")})`);
}

/**
 * Een hulpvraag van een persoon, zoals in een Werkplan. Een werkgever krijgt geen Werkplan:
 * KB2022 spreekt van "één persoonlijk Werkplan" (de persoon houdt de regie).
 */
export function controleerPersoon(pad: Pad, w: unknown): asserts w is PersoonsHulpvraag {
  vereisObject(pad, w);
  if (w["vrager"] === "werkgever") {
    weiger(
      "ongeldige-waarde",
      [...pad, "vrager"],
      'een Werkplan is er voor een persoon (werkende of werkzoekende), niet voor een werkgever (KB2022: "één persoonlijk Werkplan"); de vraag van een werkgever routeer je met routeer',
    );
  }
  controleerHulpvraag(pad, w);
}

const ACTIVITEITVELDEN = ["id", "omschrijving", "aanbieder", "functionaliteit", "status", "start", "einde"];

/** Een lijst objecten met alleen bekende velden en een uniek, niet-leeg `id`; `element` controleert de rest van elk object. */
function objectenMetId(pad: Pad, w: unknown, velden: readonly string[], wat: string, element: (p: Pad, x: Obj) => void): void {
  vereisLijst(pad, w);
  const ids = new Set<unknown>();
  w.forEach((x, i) => {
    const p = [...pad, i];
    vereisObject(p, x);
    alleenBekendeVelden(p, x, velden);
    vereisTekst([...p, "id"], x["id"], true);
    element(p, x);
    if (ids.has(x["id"])) weiger("dubbel", [...p, "id"], `${wat} ${JSON.stringify(x["id"])} staat er al eerder in`);
    ids.add(x["id"]);
  });
}

/** De activiteiten van een Werkplan: elk met id (uniek), omschrijving, aanbieder en status; einde niet vóór start. */
export function controleerActiviteiten(pad: Pad, w: unknown): asserts w is readonly Activiteit[] {
  objectenMetId(pad, w, ACTIVITEITVELDEN, "activiteit", (p, a) => {
    vereisTekst([...p, "omschrijving"], a["omschrijving"], true);
    vereisTekst([...p, "aanbieder"], a["aanbieder"], true);
    if (a["functionaliteit"] !== undefined) vereisEenVan([...p, "functionaliteit"], a["functionaliteit"], functionaliteitIds);
    vereisEenVan([...p, "status"], a["status"], activiteitStatussen);
    const start = a["start"];
    const einde = a["einde"];
    if (start !== undefined) vereisPeildatum([...p, "start"], start);
    if (einde !== undefined) vereisPeildatum([...p, "einde"], einde);
    // Een vergelijking met een ontbrekende datum is onwaar: alleen met beide datums kan einde vóór start liggen.
    if ((einde as string) < (start as string)) weiger("inconsistent", [...p, "einde"], `einde ${String(einde)} ligt vóór start ${String(start)}`);
  });
}

/** Een arrangeur: soort en organisatie (tekst of `null`). */
function controleerArrangeur(pad: Pad, w: unknown): void {
  vereisObject(pad, w);
  alleenBekendeVelden(pad, w, ["soort", "organisatie"]);
  vereisEenVan([...pad, "soort"], w["soort"], arrangeurSoorten);
  if (w["organisatie"] !== null) vereisTekst([...pad, "organisatie"], w["organisatie"], true);
}

const PLANVELDEN = ["id", "persoon", "arrangeur", "openstaand", "voorbereideOverdracht", "intake", "diagnose", "activiteiten", "historie"];

/**
 * De vorm van een Werkplan, voor wie het plan bewerkt: persoon, arrangeur, intake, diagnose,
 * activiteiten en een historie die met de intake begint en in datumvolgorde staat.
 * (`openstaand` en `voorbereideOverdracht` vervangt een wijziging, die worden niet gelezen.)
 */
export function controleerWerkplan(pad: Pad, w: unknown): asserts w is Werkplan {
  vereisObject(pad, w);
  alleenBekendeVelden(pad, w, PLANVELDEN);
  if (w["id"] !== undefined) vereisTekst([...pad, "id"], w["id"], true);
  controleerPersoon([...pad, "persoon"], w["persoon"]);
  controleerArrangeur([...pad, "arrangeur"], w["arrangeur"]);
  const intake = w["intake"];
  vereisObject([...pad, "intake"], intake);
  alleenBekendeVelden([...pad, "intake"], intake, ["datum", "deur"]);
  vereisPeildatum([...pad, "intake", "datum"], intake["datum"]);
  controleerDeur([...pad, "intake", "deur"], intake["deur"]);
  const diagnose = w["diagnose"];
  if (diagnose !== undefined) {
    vereisObject([...pad, "diagnose"], diagnose);
    alleenBekendeVelden([...pad, "diagnose"], diagnose, ["datum", "ondersteuningsbehoefte"]);
    vereisPeildatum([...pad, "diagnose", "datum"], diagnose["datum"]);
    vereisTekst([...pad, "diagnose", "ondersteuningsbehoefte"], diagnose["ondersteuningsbehoefte"], true);
  }
  controleerActiviteiten([...pad, "activiteiten"], w["activiteiten"]);
  const historie = w["historie"];
  vereisLijst([...pad, "historie"], historie);
  if (historie.length === 0) ongeldig([...pad, "historie"], "minstens de intake", historie, "te-klein");
  let vorige = "";
  historie.forEach((h, i) => {
    const p = [...pad, "historie", i];
    vereisObject(p, h);
    const datum = h["datum"];
    vereisPeildatum([...p, "datum"], datum);
    vereisEenVan([...p, "soort"], h["soort"], ["intake", "inkomenssituatie"]);
    if (i === 0 && (h["soort"] !== "intake" || datum !== intake["datum"])) weiger("inconsistent", p, `de historie begint met de intake op ${intake["datum"]} (één intake)`);
    if (i > 0 && h["soort"] === "intake") weiger("dubbel", [...p, "soort"], "een Werkplan heeft één intake");
    if (datum < vorige) weiger("inconsistent", [...p, "datum"], `${datum} ligt vóór de vorige wijziging (${vorige})`);
    vorige = datum;
  });
}

const INSTRUMENTVELDEN = ["id", "naam", "aanbieder", "functionaliteiten", "doelgroepen", "regios", "voorwaarden", "geldigVanaf", "geldigTot", "toelichting", "url"];
const VOORWAARDEVELDEN = ["vragers", "uitkeringen", "minLeeftijd", "maxLeeftijd", "arbeidsbeperking", "overig"];

/** Een leeftijdsgrens: een geheel aantal jaren van 0 tot en met 130. */
function vereisLeeftijd(pad: Pad, w: unknown): asserts w is number {
  if (!(Number.isInteger(w) && (w as number) >= 0 && (w as number) <= 130)) {
    // Stryker disable next-line EqualityOperator: equivalent, 0 zelf is geldig en komt hier niet
    ongeldig(pad, "een geheel aantal jaren van 0 tot en met 130", w, !Number.isInteger(w) ? "ongeldig-type" : (w as number) < 0 ? "te-klein" : "te-groot");
  }
}

/** De instrumenten van een menukaart, met de eisen van het Menukaart-schema (ids uniek). */
export function controleerInstrumenten(pad: Pad, w: unknown): asserts w is readonly Instrument[] {
  objectenMetId(pad, w, INSTRUMENTVELDEN, "instrument", (p, x) => {
    vereisTekst([...p, "naam"], x["naam"], true);
    vereisTekst([...p, "aanbieder"], x["aanbieder"], true);
    uniekeLijstVan([...p, "functionaliteiten"], x["functionaliteiten"], functionaliteitIds, 1);
    uniekeLijstVan([...p, "doelgroepen"], x["doelgroepen"], doelgroepen, 0);
    vereisRegios([...p, "regios"], x["regios"]);
    const v = x["voorwaarden"];
    if (v !== undefined) {
      const q = [...p, "voorwaarden"];
      vereisObject(q, v);
      alleenBekendeVelden(q, v, VOORWAARDEVELDEN);
      if (v["vragers"] !== undefined) uniekeLijstVan([...q, "vragers"], v["vragers"], vragers, 1);
      if (v["uitkeringen"] !== undefined) uniekeLijstVan([...q, "uitkeringen"], v["uitkeringen"], uitkeringen.filter((u) => u !== "onbekend"), 1);
      if (v["minLeeftijd"] !== undefined) vereisLeeftijd([...q, "minLeeftijd"], v["minLeeftijd"]);
      if (v["maxLeeftijd"] !== undefined) vereisLeeftijd([...q, "maxLeeftijd"], v["maxLeeftijd"]);
      // Een vergelijking met een ontbrekende grens is onwaar.
      if ((v["minLeeftijd"] as number) > (v["maxLeeftijd"] as number)) {
        weiger("inconsistent", [...q, "minLeeftijd"], `minLeeftijd ${String(v["minLeeftijd"])} is groter dan maxLeeftijd ${String(v["maxLeeftijd"])}`);
      }
      if (v["arbeidsbeperking"] !== undefined) vereisEenVan([...q, "arbeidsbeperking"], v["arbeidsbeperking"], ["ja", "nee"]);
      if (v["overig"] !== undefined) vereisTekst([...q, "overig"], v["overig"], true);
    }
    const vanaf = x["geldigVanaf"];
    const tot = x["geldigTot"];
    if (vanaf !== undefined) vereisPeildatum([...p, "geldigVanaf"], vanaf);
    if (tot !== undefined) vereisPeildatum([...p, "geldigTot"], tot);
    // Een vergelijking met een ontbrekende datum is onwaar: alleen met beide datums kan tot vóór vanaf liggen.
    if ((tot as string) < (vanaf as string)) weiger("inconsistent", [...p, "geldigTot"], `geldigTot ${String(tot)} ligt vóór geldigVanaf ${String(vanaf)}`);
    if (x["toelichting"] !== undefined) vereisTekst([...p, "toelichting"], x["toelichting"]);
    if (x["url"] !== undefined) vereisTekst([...p, "url"], x["url"], true);
  });
}
