import type { Citaat } from "../bronnen/citaat.js";
import { OngeldigeInvoerFout } from "../result.js";
import { fase as bepaalFase, type Fase } from "../tijd/fase.js";
import type { Instellingen } from "../tijd/instellingen.js";
import { plusMaanden } from "../tijd/kalender.js";
import type { Peildatum } from "../tijd/peildatum.js";
import { BESLISTABEL } from "./beslistabel.gen.js";
import { BESLISSINGEN, type Beslissing } from "./beslissingen.js";
import {
  K_HRT_3_2_NO_WRONG_DOOR,
  K_HRT_3_2_VERANTWOORDELIJKHEDEN,
  K_HRT_5_1_MAX_WW,
  K_HRT_5_1_UWV,
  K_HRT_5_3_DIENSTVERLENING,
  K_HRT_5_3_ORGANISATIE,
  K_HRT_6_1_SOCIALE_KAART,
  K_HRT_6_2_DOORSTROOMPUNTEN,
  K_HRT_6_2_GELDZORGEN,
  K_HRT_6_2_RAAKVLAKKEN,
  K_HRT_6_2_WIN,
  K_HRT_6_2_ZELFSTANDIGEN,
  K_HRT_TABEL_6,
  K_KB2022_EEN_LOKET,
  K_KB2022_KERNPUNTEN,
  K_KB2024_WERKGEVERS,
} from "./citaten.js";
import type {
  AanvullendePartij,
  Arrangeur,
  Deur,
  ArrangeurSoort,
  BeoordelenReden,
  Hulpvraag,
  Onderwerp,
  Overdracht,
  Routering,
  Stap,
  TriageRegelId,
  Uitkering,
  UwvInTransitie,
  Doorverwijzing,
  DoorverwijzingSoort,
  VoorbereideOverdracht,
} from "./model.js";
import { regionaam, regioNummer, type RegioCode } from "./regionamen.js";
import { jaNeeNr, privaatNr, sleutelIndex, sleutelVanIndex, uitkeringNr, werkgebiedNr, werkgebiedVan } from "./sleutel.js";

/**
 * `routeer`: de triage volgens 'no wrong door'. Puur, synchroon en zonder de klok te lezen.
 *
 * Opzet voor snelheid en bundelgrootte: de beslistabel is per sleutel vooruitberekend;
 * stappen, bronnen, overdrachten en lijsten van verwijzingen zijn gedeelde, bevroren objecten
 * die per soort één keer gemaakt worden. Per aanroep worden alleen het resultaat, de
 * stappenlijst en (bij een bekende woongemeente) de gemeente-arrangeur gemaakt. Teksten staan
 * in `uitleg.ts`, citaten in de regelcatalogus: die komen alleen in de bundel als ze gebruikt
 * worden.
 *
 * @module
 */

/** Opties van {@link routeer}. */
export interface RouteerOpties {
  /** Peildatum `JJJJ-MM-DD` (verplicht: de bibliotheek leest nooit de klok). */
  readonly peildatum: string;
  /** Instellingen: `inwerkingtreding` (fase) en `wwEindeVensterMaanden` (standaard 3). */
  readonly instellingen?: Instellingen;
}

const vries = Object.freeze;
const NIETS: readonly [] = /* @__PURE__ */ vries([]) as readonly [];

// ---------------------------------------------------------------------------------------
// Context: fase en WW-venster één keer per (peildatum, instellingen).

interface Context {
  readonly peildatum: Peildatum;
  readonly instellingen: Instellingen | undefined;
  readonly fase: Fase;
  readonly venster: number;
  vensterTot: Peildatum | undefined;
}

let laatste: Context | undefined;

function context(opties: RouteerOpties): Context {
  if (typeof opties !== "object" || opties === null) {
    throw new OngeldigeInvoerFout({ code: "verplicht", path: ["opties"], message: 'opties: verwacht { peildatum: "JJJJ-MM-DD" }' });
  }
  const { peildatum, instellingen } = opties;
  const l = laatste;
  // Stryker disable next-line ConditionalExpression: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde
  if (l !== undefined && l.peildatum === peildatum && l.instellingen === instellingen) return l;
  const f = bepaalFase(peildatum, instellingen); // valideert peildatum en inwerkingtreding
  const venster = instellingen?.wwEindeVensterMaanden ?? 3;
  if (!Number.isInteger(venster) || venster < 0 || venster > 24) {
    throw new OngeldigeInvoerFout({
      code: "ongeldige-waarde",
      path: ["instellingen", "wwEindeVensterMaanden"],
      message: `instellingen.wwEindeVensterMaanden: verwacht een geheel getal van 0 tot en met 24, ontvangen ${String(venster)}`,
    });
  }
  return (laatste = { peildatum: peildatum as Peildatum, instellingen, fase: f, venster, vensterTot: undefined });
}

// ---------------------------------------------------------------------------------------
// Arrangeurs (bevroren, behalve een gemeente met naam)

const arr = (soort: ArrangeurSoort, organisatie: string | null): Arrangeur => vries({ soort, organisatie });
const ARR_UWV = /* @__PURE__ */ arr("UWV", "UWV");
const ARR_GEMEENTE = /* @__PURE__ */ arr("gemeente", null);
const ARR_SOCIAAL = /* @__PURE__ */ arr("sociale-partners", null);
const ARR_WGD = /* @__PURE__ */ arr("werkgeversdienstverlening", null);
const ARR_LANDELIJK = /* @__PURE__ */ arr("landelijk-werkgeversservicepunt", "Landelijk WerkgeversServicepunt");
const wgd: Arrangeur[] = [];

/** Gemeente-arrangeurs per naam, bevroren en hergebruikt (begrensd, zodat willekeurige namen het geheugen niet vullen). */
const gemeenten = new Map<string, Arrangeur>();
function gemeente(naam: string | undefined): Arrangeur {
  if (naam === undefined) return ARR_GEMEENTE;
  let a = gemeenten.get(naam);
  // Stryker disable next-line ConditionalExpression: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde
  if (a === undefined) {
    a = arr("gemeente", "gemeente " + naam);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde (de grens begrenst alleen het geheugen)
    if (gemeenten.size < 4096) gemeenten.set(naam, a);
  }
  return a;
}

function arrangeur(soort: ArrangeurSoort, woongemeente: string | undefined, regio: RegioCode | undefined, naWet: boolean): Arrangeur {
  switch (soort) {
    case "UWV":
      return ARR_UWV;
    case "gemeente":
      return gemeente(woongemeente);
    case "sociale-partners":
      return ARR_SOCIAAL;
    case "landelijk-werkgeversservicepunt":
      return ARR_LANDELIJK;
    case "werkgeversdienstverlening": {
      // Tot de wet het WerkgeversServicepunt, daarna de werkgeversdienstverlening via het Werkcentrum (HRT §5.3).
      const nr = regio === undefined ? -1 : regioNummer(regio);
      if (nr < 0) return ARR_WGD;
      return (wgd[nr * 2 + +naWet] ??= arr(soort, naWet ? `Werkcentrum ${regionaam(regio!)} werkgeversdienstverlening` : `WerkgeversServicepunt ${regionaam(regio!)}`));
    }
  }
}

// ---------------------------------------------------------------------------------------
// Stappen

const stap = (regel: TriageRegelId, bron: Citaat, uitkomst: string, gegevens: Stap["gegevens"] = {}): Stap =>
  vries({ regel, bron, uitkomst, gegevens: vries(gegevens) });

const TABEL: readonly Beslissing[] = /* @__PURE__ */ Array.from(BESLISTABEL, (letter) => BESLISSINGEN[letter.charCodeAt(0) - 65]!);

/** Vaste gegevens per sleutelindex, bij het eerste gebruik gemaakt. */
interface IndexInfo {
  readonly index: number;
  readonly b: Beslissing;
  readonly stap: Stap;
  readonly kandidaten: readonly ArrangeurSoort[];
  readonly nagaan: readonly string[];
}
const infoPerIndex: IndexInfo[] = [];

function info(i: number): IndexInfo {
  const x = infoPerIndex[i];
  // Stryker disable next-line ConditionalExpression: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde
  if (x !== undefined) return x;
  const b = TABEL[i]!;
  const s = sleutelVanIndex(i);
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, een werkgeverssleutel heeft geen uitkering
  const u = s.vrager === "werkgever" ? undefined : s.uitkering;
  let kandidaten: readonly ArrangeurSoort[] = NIETS;
  let nagaan: readonly string[] = NIETS;
  if (b.status === "beoordelen") {
    kandidaten =
      b.kandidaten !== "afhankelijk-van-uitkering"
        ? b.kandidaten
        : u === "onbekend"
          ? ["UWV", "gemeente", "sociale-partners"]
          : [u === "bijstand" || u === "geen" ? "gemeente" : "UWV", "sociale-partners"];
    nagaan = u === "onbekend" && !b.nagaan.includes("uitkering") ? [...b.nagaan, "uitkering"] : b.nagaan;
  }
  return (infoPerIndex[i] = vries({
    index: i,
    b,
    stap: stap(b.regel, b.bron, b.status === "bepaald" ? b.arrangeur : "beoordelen", { ...s }),
    kandidaten: vries(kandidaten),
    nagaan: vries(nagaan),
  }));
}

const STAP_WSP = /* @__PURE__ */ stap("triage/werkgever-regionaal", K_HRT_5_3_ORGANISATIE, "via-werkgeversservicepunt");
const STAP_WERKCENTRUM = /* @__PURE__ */ stap("triage/werkgever-regionaal", K_HRT_5_3_DIENSTVERLENING, "via-werkcentrum");

// ---------------------------------------------------------------------------------------
// Warme overdracht: per soort een stap; per soort en Werkcentrum één bevroren object.

const OVERDRACHT = /* @__PURE__ */ (() =>
  (
    [
      ["zelf", "triage/no-wrong-door", K_KB2022_EEN_LOKET],
      ["gids-naar-arrangeur", "triage/no-wrong-door", K_HRT_TABEL_6],
      ["partner-naar-arrangeur", "triage/no-wrong-door", K_KB2022_EEN_LOKET],
      ["gids-triage", "triage/werkcentrum-bij-onduidelijkheid", K_HRT_3_2_NO_WRONG_DOOR],
      ["partner-naar-werkcentrum", "triage/werkcentrum-bij-onduidelijkheid", K_HRT_3_2_NO_WRONG_DOOR],
    ] as const
  ).map(([soort, regel, bron]) => ({ soort, regel, stap: stap(regel, bron, soort) })))();
const overdrachten: Map<RegioCode | undefined, Overdracht>[] = [new Map(), new Map(), new Map(), new Map(), new Map()];

function overdracht(nr: number, regio: RegioCode | undefined): Overdracht {
  const cache = overdrachten[nr]!;
  let o = cache.get(regio);
  // Stryker disable next-line ConditionalExpression: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde
  if (o === undefined) {
    const r = regio === undefined ? -1 : regioNummer(regio);
    const soort = OVERDRACHT[nr]!;
    o = vries({ soort: soort.soort, warm: true, werkcentrum: r < 0 ? null : "Werkcentrum " + regionaam(regio!), regel: soort.regel });
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde (onbekende regiocodes worden niet bewaard)
    if (r >= 0 || regio === undefined) cache.set(regio, o);
  }
  return o;
}

/** Nummer van de overdrachtsoort (index in OVERDRACHT). */
function overdrachtNr(deur: Deur, arr: ArrangeurSoort | undefined): number {
  if (deur.soort !== "partner") return arr === undefined ? 3 : 1;
  if (arr === undefined) return 4;
  const p = deur.partner;
  return (p === "UWV" && (arr === "UWV" || arr === "werkgeversdienstverlening")) ||
    (p === "gemeente" && (arr === "gemeente" || arr === "werkgeversdienstverlening")) ||
    (p === "sociale-partner" && arr === "sociale-partners")
    ? 0
    : 2;
}

// ---------------------------------------------------------------------------------------
// Aanvullende partijen en verwijzingen: bits, met per masker één bevroren lijst.

const AANVULLEND = /* @__PURE__ */ (() =>
  (
    [
      ["SBB", "triage/sbb-leerbedrijf", K_KB2024_WERKGEVERS],
      ["publieke-dienstverlening", "triage/publieke-dienstverlening-aanvullend", K_KB2022_KERNPUNTEN],
      ["onderwijs", "triage/onderwijs-scholing", K_HRT_3_2_VERANTWOORDELIJKHEDEN],
    ] as const
  ).map(([soort, regel, bron]) => ({ item: vries({ soort, regel }) as AanvullendePartij, stap: stap(regel, bron, soort) })))();

const VERWIJZINGEN = /* @__PURE__ */ (() =>
  (
    [
      ["doorstroompunt", "verwijzen", null, "triage/doorstroompunt", K_HRT_6_2_DOORSTROOMPUNTEN],
      ["doorstroompunt", "nagaan", null, "triage/doorstroompunt", K_HRT_6_2_DOORSTROOMPUNTEN],
      ["win-punt", "verwijzen", null, "triage/win-punt", K_HRT_6_2_WIN],
      ["schuldhulpverlening", "verwijzen", "schulden", "triage/schuldhulpverlening", K_HRT_6_2_GELDZORGEN],
      ["informatiepunt-digitale-overheid", "verwijzen", "taal-digitaal", "triage/informatiepunt-digitale-overheid", K_HRT_6_2_GELDZORGEN],
      ["bbz-zelfstandigenloket", "verwijzen", "zelfstandig-ondernemen", "triage/zelfstandigen", K_HRT_6_2_ZELFSTANDIGEN],
      ["sociale-kaart", "verwijzen", "zorg", "triage/zorg-sociale-kaart", K_HRT_6_1_SOCIALE_KAART],
      ["gemeente", "verwijzen", "omgevingsvergunning", "triage/buiten-domein", K_HRT_6_2_RAAKVLAKKEN],
      ["gemeente", "verwijzen", "kinderopvang", "triage/buiten-domein", K_HRT_6_2_RAAKVLAKKEN],
      ["juiste-instantie", "verwijzen", "overig", "triage/buiten-domein", K_HRT_6_2_RAAKVLAKKEN],
    ] as const
  ).map(([soort, status, onderwerp, regel, bron], i) => ({
    item: vries({ soort: soort as DoorverwijzingSoort, status, onderwerp: onderwerp as Onderwerp | null, regel }) as Doorverwijzing,
    stap: stap(
      regel,
      bron,
      status,
      onderwerp !== null
        ? { onderwerp }
        : i === 2
          ? { arbeidsmigrant: "ja" }
          : { schoolverlaterZonderStartkwalificatie: "ja", leeftijd: i === 0 ? "jonger dan 27" : "onbekend" },
    ),
  })))();

const A_SBB = 1;
const A_PUBLIEK = 2;
const A_ONDERWIJS = 4;
const V_DOORSTROOM = 1;
const V_DOORSTROOM_NAGAAN = 2;
const V_WIN = 4;
const SCHOLING = 1 << 20;
const ARBEIDSMARKT = 1 << 21;

/** Bits per onderwerp: verwijzingen (bit 3..9), onderwijs aanvullend, arbeidsmarktvraag. */
function onderwerpBits(o: Onderwerp): number {
  switch (o) {
    case "schulden":
      return 8;
    case "taal-digitaal":
      return 16;
    case "zelfstandig-ondernemen":
      return 32 | ARBEIDSMARKT;
    case "zorg":
      return 64;
    case "omgevingsvergunning":
      return 128;
    case "kinderopvang":
      return 256;
    case "overig":
      return 512;
    case "scholing":
      return SCHOLING | ARBEIDSMARKT;
    default: // werk, loopbaan, personeel
      return ARBEIDSMARKT;
  }
}

const aanvullendLijsten: (readonly AanvullendePartij[])[] = [];
const verwijzingLijsten: (readonly Doorverwijzing[])[] = [];
function lijst<T>(cache: (readonly T[])[], bron: readonly { readonly item: T }[], masker: number): readonly T[] {
  let l = cache[masker];
  // Stryker disable next-line ConditionalExpression: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde
  if (l === undefined) {
    const uit: T[] = [];
    // Stryker disable next-line EqualityOperator: equivalent, het masker heeft geen bit voorbij de lijst
    for (let i = 0; i < bron.length; i++) if (masker & (1 << i)) uit.push(bron[i]!.item);
    l = cache[masker] = vries(uit);
  }
  return l;
}

// ---------------------------------------------------------------------------------------
// Transitieperiode (HRT §5.1)

const TRANSITIE = /* @__PURE__ */ (() =>
  (["beschikbaar", "niet-beschikbaar", "onbekend"] as const).map((nietPubliek) => ({
    item: vries({ publiek: "beschikbaar", nietPubliek, regel: "triage/transitie-uwv-eigen-clienten" }) as UwvInTransitie,
    stap: stap("triage/transitie-uwv-eigen-clienten", K_HRT_5_1_UWV, nietPubliek),
  })))();

const WW_BEEINDIGD: readonly ArrangeurSoort[] = /* @__PURE__ */ vries(["UWV", "gemeente"]);
const NAGAAN_WW: readonly string[] = /* @__PURE__ */ vries(["uitkering", "wwEinddatum"]);

// ---------------------------------------------------------------------------------------
// Stappenlijsten en kandidatenlijsten: bevroren en hergebruikt per combinatie.

function bouwStappen(x: IndexInfo, fasestap: number, wwStap: Stap | undefined, oNr: number, aanvullend: number, verwijzing: number, transitie: number): Stap[] {
  const stappen: Stap[] = [x.stap];
  if (fasestap !== 0) stappen.push(fasestap === 2 ? STAP_WERKCENTRUM : STAP_WSP);
  if (wwStap !== undefined) stappen.push(wwStap);
  stappen.push(OVERDRACHT[oNr]!.stap);
  // Stryker disable next-line EqualityOperator: equivalent, aanvullend heeft alleen bit 0 tot en met 2
  for (let i = 0; i < 3; i++) if (aanvullend & (1 << i)) stappen.push(AANVULLEND[i]!.stap);
  // Stryker disable next-line EqualityOperator: equivalent, verwijzing heeft alleen bit 0 tot en met 9
  for (let i = 0; i < 10; i++) if (verwijzing & (1 << i)) stappen.push(VERWIJZINGEN[i]!.stap);
  if (transitie >= 0) stappen.push(TRANSITIE[transitie]!.stap);
  return stappen;
}

/** Per combinatie (sleutel, fase-stap, overdracht, aanvullend, verwijzingen, transitie) één bevroren lijst. */
const stappenlijsten = new Map<number, readonly Stap[]>();
function stappenVoor(x: IndexInfo, fasestap: number, oNr: number, aanvullend: number, verwijzing: number, transitie: number): readonly Stap[] {
  const k = (((((x.index * 3 + fasestap) * 5 + oNr) * 8 + aanvullend) * 1024 + verwijzing) * 4 + transitie + 1);
  let l = stappenlijsten.get(k);
  // Stryker disable next-line ConditionalExpression: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde
  if (l === undefined) {
    l = vries(bouwStappen(x, fasestap, undefined, oNr, aanvullend, verwijzing, transitie));
    // Stryker disable next-line ConditionalExpression,EqualityOperator: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde (de grens begrenst alleen het geheugen)
    if (stappenlijsten.size < 65536) stappenlijsten.set(k, l);
  }
  return l;
}

/** Kandidatenlijsten per lijst van soorten en de (hergebruikte) gemeente- of werkgeversarrangeur. */
const kandidatenlijsten = new WeakMap<readonly ArrangeurSoort[], Map<Arrangeur, readonly Arrangeur[]>>();
function kandidatenVoor(soorten: readonly ArrangeurSoort[], woongemeente: string | undefined, regio: RegioCode | undefined, naWet: boolean): readonly Arrangeur[] {
  let perVariant = kandidatenlijsten.get(soorten);
  // Stryker disable next-line ConditionalExpression: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde
  if (perVariant === undefined) kandidatenlijsten.set(soorten, (perVariant = new Map()));
  // De enige soorten die per vraag verschillen: gemeente (naam) en werkgeversdienstverlening (regio, fase).
  const variabel = soorten.includes("gemeente")
    ? gemeente(woongemeente)
    : soorten.includes("werkgeversdienstverlening")
      ? arrangeur("werkgeversdienstverlening", woongemeente, regio, naWet)
      : ARR_UWV;
  let l = perVariant.get(variabel);
  // Stryker disable next-line ConditionalExpression: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde
  if (l === undefined) {
    const k: Arrangeur[] = [];
    for (let i = 0; i < soorten.length; i++) k.push(arrangeur(soorten[i]!, woongemeente, regio, naWet));
    l = vries(k);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde (de grens begrenst alleen het geheugen)
    if (perVariant.size < 4096) perVariant.set(variabel, l);
  }
  return l;
}

// ---------------------------------------------------------------------------------------

/**
 * Routeert een hulpvraag naar de arrangeur ('no wrong door'): wie verantwoordelijk is, hoe
 * de warme overdracht vanaf de gebruikte deur gaat, welke partijen aanvullend meedoen, naar
 * welke aanpalende domeinen verwezen wordt, en waarom (stappen met regel en bron).
 *
 * Elke geldige hulpvraag krijgt precies één uitkomst: `bepaald` met een arrangeur, of
 * `beoordelen` met kandidaten en een reden (nooit een gok). Gooit alleen bij ongeldige
 * opties (peildatum, instellingen) of een waarde buiten het model
 * ({@link OngeldigeInvoerFout}); lees onbetrouwbare invoer met `parseHulpvraag`. Gedeelde
 * delen van het resultaat zijn bevroren. Woorden bij de stappen geeft `uitlegRoutering`.
 *
 * @example
 * ```ts
 * import { routeer } from "arbeidsmarktinfra";
 * const r = routeer(
 *   { vrager: "werkzoekende", uitkering: "bijstand", woongemeente: "Zaanstad", regio: "AM17", onderwerpen: ["werk"], deur: { soort: "werkcentrum" } },
 *   { peildatum: "2026-09-01" },
 * );
 * r.status; // "bepaald"
 * r.arrangeur?.organisatie; // "gemeente Zaanstad"
 * r.stappen.map((s) => s.regel); // ["triage/gemeente-bijstand-of-geen-uitkering", "triage/no-wrong-door"]
 * ```
 */
export function routeer(hulpvraag: Hulpvraag, opties: RouteerOpties): Routering {
  const ctx = context(opties);
  const h = hulpvraag;
  // Elk veld één keer lezen (invoerobjecten hebben uiteenlopende vormen: elke lezing kost).
  const vrager = h.vrager;
  const naWet = ctx.fase === "nieuwe-wet";
  let regio = h.regio;
  let aanvullend = 0;
  let verwijzing = 0;
  let voorbereid: VoorbereideOverdracht | null = null;
  let transitie = -1;
  let wwStap: Stap | undefined;
  let woongemeente: string | undefined;
  let x: IndexInfo;
  let arr: ArrangeurSoort | undefined;

  if (vrager === "werkgever") {
    const r = h.regios;
    x = info(werkgebiedNr(werkgebiedVan(r)));
    // Stryker disable next-line ConditionalExpression: equivalent, een beslissing "beoordelen" heeft geen arrangeur
    arr = x.b.status === "bepaald" ? x.b.arrangeur : undefined;
    if (regio === undefined && arr === "werkgeversdienstverlening" && Array.isArray(r)) regio = r[0];
    if (h.leerbedrijfvraag === true) aanvullend = A_SBB;
  } else {
    const u = h.uitkering;
    const un = uitkeringNr(u);
    const ab = h.arbeidsbeperking;
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, de algemene weg (sleutelIndex) geeft dezelfde index; dit is een snelle weg
    if (vrager === "werkzoekende") x = info(3 + un);
    else if (vrager === "werkende") {
      x = info(9 + ((un * 3 + jaNeeNr(ab, "arbeidsbeperking")) * 3 + privaatNr(h.privateOndersteuning)) * 3 + jaNeeNr(h.dreigtWerkloos, "dreigtWerkloos"));
    } else x = info(sleutelIndex(h)); // gooit: onbekende vrager
    // Stryker disable next-line ConditionalExpression: equivalent, een beslissing "beoordelen" heeft geen arrangeur
    arr = x.b.status === "bepaald" ? x.b.arrangeur : undefined;
    woongemeente = h.woongemeente;
    // Max-WW (HRT §5.1): UWV blijft arrangeur; eindigt de WW binnen het venster, dan wordt de
    // overdracht naar de gemeente voorbereid. Ligt het einde al achter ons: beoordelen.
    if (un === 0 && arr === "UWV") {
      const eind = h.wwEinddatum;
      // Stryker disable next-line ConditionalExpression: equivalent, vergelijkingen met undefined zijn onwaar
      if (eind !== undefined) {
        if (eind < ctx.peildatum) {
          arr = undefined;
          wwStap = { regel: "triage/max-ww-overdracht", bron: K_HRT_5_1_MAX_WW, uitkomst: "beoordelen", gegevens: { wwEinddatum: eind, peildatum: ctx.peildatum } };
        } else {
          const tot = (ctx.vensterTot ??= plusMaanden(ctx.peildatum, ctx.venster));
          if (eind <= tot) {
            voorbereid = { naar: gemeente(woongemeente), wwEinddatum: eind, vensterTot: tot, vensterMaanden: ctx.venster, regel: "triage/max-ww-overdracht" };
            wwStap = { regel: "triage/max-ww-overdracht", bron: K_HRT_5_1_MAX_WW, uitkomst: "overdracht-voorbereiden", gegevens: { wwEinddatum: eind, vensterTot: tot, vensterMaanden: ctx.venster } };
          }
        }
      }
    }
    if (arr === "sociale-partners") aanvullend = A_PUBLIEK;
    if (h.schoolverlaterZonderStartkwalificatie === "ja") {
      const leeftijd = h.leeftijd;
      verwijzing = leeftijd === undefined ? V_DOORSTROOM_NAGAAN : leeftijd < 27 ? V_DOORSTROOM : 0;
    }
    if (h.arbeidsmigrant === "ja") verwijzing |= V_WIN;
    if (ctx.fase === "transitieperiode") transitie = wwStap !== undefined && arr === undefined ? 2 : un < 3 ? 0 : un === 5 ? 2 : 1;
  }
  const wwBeeindigd = wwStap !== undefined && arr === undefined;
  const b = x.b;
  const reden: BeoordelenReden | null = wwBeeindigd ? "ww-beeindigd" : b.status === "bepaald" ? null : b.reden;
  const kandidaatSoorten = wwBeeindigd ? WW_BEEINDIGD : x.kandidaten;
  const nagaan = wwBeeindigd ? NAGAAN_WW : x.nagaan;

  let bits = 0;
  const o = h.onderwerpen;
  for (let i = 0; i < o.length; i++) bits |= onderwerpBits(o[i]!);
  verwijzing |= bits & 1023;
  if (bits & SCHOLING) aanvullend |= A_ONDERWIJS;

  const oNr = overdrachtNr(h.deur, arr);
  const fasestap = arr === "werkgeversdienstverlening" ? (naWet ? 2 : 1) : 0;
  const stappen =
    // Stryker disable next-line ConditionalExpression: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde (met een WW-stap wordt de lijst altijd opnieuw gebouwd)
    wwStap === undefined
      ? stappenVoor(x, fasestap, oNr, aanvullend, verwijzing, transitie)
      : bouwStappen(x, fasestap, wwStap, oNr, aanvullend, verwijzing, transitie);

  let arrangeurObject: Arrangeur | null = null;
  let kandidaten: readonly Arrangeur[] = NIETS;
  if (arr !== undefined) arrangeurObject = arrangeur(arr, woongemeente, regio, naWet);
  else kandidaten = kandidatenVoor(kandidaatSoorten, woongemeente, regio, naWet);
  const deur = h.deur;
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, een partnerdeur heeft geen regio
  const deurRegio = deur.soort === "partner" ? undefined : deur.regio;
  return {
    status: arr !== undefined ? "bepaald" : "beoordelen",
    arrangeur: arrangeurObject,
    kandidaten,
    reden,
    nagaan,
    peildatum: ctx.peildatum,
    fase: ctx.fase,
    vrager,
    regio: regio ?? null,
    deur,
    overdracht: overdracht(oNr, deurRegio ?? regio),
    aanvullend: aanvullendLijsten[aanvullend] ?? lijst(aanvullendLijsten, AANVULLEND, aanvullend),
    verwijzingen: verwijzingLijsten[verwijzing] ?? lijst(verwijzingLijsten, VERWIJZINGEN, verwijzing),
    voorbereideOverdracht: voorbereid,
    uwvInTransitie: transitie < 0 ? null : TRANSITIE[transitie]!.item,
    arbeidsmarktvraag: (bits & ARBEIDSMARKT) !== 0,
    stappen,
  } as Routering;
}
