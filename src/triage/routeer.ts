import type { Citaat } from "../bronnen/citaat.js";
import { OngeldigeInvoerFout, vereisVorm } from "../result.js";
import { fase as bepaalFase, type Fase } from "../tijd/fase.js";
import type { Instellingen } from "../tijd/instellingen.js";
import { plusMaanden } from "../tijd/kalender.js";
import { controleerPeildatum, type Peildatum } from "../tijd/peildatum.js";
import { werkgeversdienstverleningVanafDatum } from "../tijd/werkgeversdienstverlening.js";
import { BESLISTABEL } from "./beslistabel.gen.js";
import { BESLISSINGEN, type Beslissing } from "./beslissingen.js";
import {
  K_HRT_3_2_NO_WRONG_DOOR,
  K_HRT_3_2_VERANTWOORDELIJKHEDEN,
  K_HRT_5_1_MAX_WW,
  K_HRT_5_1_UWV,
  K_HRT_5_3_DIENSTVERLENING,
  K_HRT_5_3_COMMUNICATIE,
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
  HulpvraagWerkende,
  HulpvraagWerkgever,
  JaNee,
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
import { normaliseer } from "../regio/normaliseer.js";
import { regionaam, regioNummer, type RegioCode } from "./regionamen.js";
import { jaNeeNr, ongeldig, privaatNr, sleutelIndex, sleutelVanIndex, uitkeringNr, werkgebiedNr, werkgebiedVan } from "./sleutel.js";

/**
 * `routeer`: de triage volgens 'no wrong door'. Puur, synchroon en zonder de klok te lezen.
 *
 * Opzet voor snelheid en bundelgrootte: de beslistabel is per sleutel vooruitberekend;
 * stappen, bronnen, overdrachten, arrangeurs en lijsten van kandidaten en verwijzingen zijn
 * gedeelde, bevroren objecten die per soort één keer gemaakt worden. Per aanroep worden
 * alleen het resultaat en de stappenlijst gemaakt. De invoervelden worden in één for-in-lus
 * gelezen (zie `routeer`); `npm run bench` meet de doorvoer op ruim 10.000 gevarieerde vragen. Teksten staan
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
  /**
   * Hoe de regionale werkgeversdienstverlening loopt (HRT §5.3): 1 via het WerkgeversServicepunt
   * (tot de wet); 3 via het WerkgeversServicepunt én al via het Werkcentrum (vanaf de datum
   * "in ieder geval vanaf 1 juli 2026" zolang de wet nog niet in werking is: beide lezingen);
   * 2 via het Werkcentrum (na de wet).
   */
  readonly kanaal: Kanaal;
  /** De datum "in ieder geval vanaf" (parameter `werkcentrum.werkgeversdienstverlening-vanaf`), alleen in de transitieperiode. */
  readonly werkcentrumVanaf: Peildatum | undefined;
  readonly venster: number;
  vensterTot: Peildatum | undefined;
  /** De stap over het kanaal van de werkgeversdienstverlening (zie {@link kanaalStap}). */
  readonly kanaalStap: Stap;
}

/** Zie {@link Context.kanaal}. */
type Kanaal = 1 | 2 | 3;

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
  const p = peildatum as Peildatum;
  // Stryker disable next-line ConditionalExpression: equivalent, buiten de transitieperiode bepaalt de fase het kanaal (de datum wordt dan alleen onnodig gelezen)
  const werkcentrumVanaf = f === "transitieperiode" ? werkgeversdienstverleningVanafDatum(p, instellingen) : undefined;
  // Stryker disable next-line ConditionalExpression: equivalent, vóór de transitie ligt de peildatum vóór elke geldige datum "in ieder geval vanaf" (die datum kan niet vóór 2025 liggen zonder dat de fase al transitie is)
  const kanaal: Kanaal = f === "nieuwe-wet" ? 2 : werkcentrumVanaf !== undefined && p >= werkcentrumVanaf ? 3 : 1;
  return (laatste = { peildatum: p, instellingen, fase: f, kanaal, werkcentrumVanaf, venster, vensterTot: undefined, kanaalStap: kanaalStap(kanaal, werkcentrumVanaf) });
}

// ---------------------------------------------------------------------------------------
// Arrangeurs (bevroren, behalve een gemeente met naam)

const arr = (soort: ArrangeurSoort, organisatie: string | null): Arrangeur => vries({ soort, organisatie });
const ARR_UWV = /* @__PURE__ */ arr("UWV", "UWV");
const ARR_GEMEENTE = /* @__PURE__ */ arr("gemeente", null);
const ARR_SOCIAAL = /* @__PURE__ */ arr("sociale-partners", null);
const ARR_WGD = /* @__PURE__ */ arr("werkgeversdienstverlening", null);
const ARR_LANDELIJK = /* @__PURE__ */ arr("landelijk-werkgeversservicepunt", "Landelijk WerkgeversServicepunt UWV en Landelijk WerkgeversServicepunt Gemeenten");
const wgd: Arrangeur[] = [];

/** Gemeente-arrangeurs per naam, bevroren en hergebruikt (begrensd, zodat willekeurige namen het geheugen niet vullen). */
const gemeenten = new Map<string, Arrangeur>();
function gemeente(naam: string | undefined): Arrangeur {
  if (naam === undefined) return ARR_GEMEENTE;
  let a = gemeenten.get(naam);
  // Stryker disable next-line ConditionalExpression: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde
  if (a === undefined) {
    if (typeof naam !== "string") ongeldig("woongemeente", naam, "een tekst (naam of CBS-code)");
    a = arr("gemeente", "gemeente " + naam);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde (de grens begrenst alleen het geheugen)
    if (gemeenten.size < 4096) gemeenten.set(naam, a);
  }
  return a;
}

/** De regionale werkgeversdienstverlening met naam, per kanaal (alleen bij de eerste vraag per regio en kanaal). */
function wgdArrangeur(naam: string, kanaal: Kanaal): Arrangeur {
  return arr(
    "werkgeversdienstverlening",
    kanaal === 2 ? `Werkcentrum ${naam} werkgeversdienstverlening` : kanaal === 3 ? `WerkgeversServicepunt ${naam} (via Werkcentrum ${naam})` : `WerkgeversServicepunt ${naam}`,
  );
}

function arrangeur(soort: ArrangeurSoort, woongemeente: string | undefined, regio: RegioCode | undefined, kanaal: Kanaal): Arrangeur {
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
      // Tot de wet het WerkgeversServicepunt (vanaf 1 juli 2026 ook al via het Werkcentrum),
      // daarna de werkgeversdienstverlening via het Werkcentrum (HRT §5.3).
      // Stryker disable next-line ConditionalExpression: equivalent, regioNummer(undefined) is ook -1 (de voorwaarde is er voor TypeScript)
      const nr = regio === undefined ? -1 : regioNummer(regio);
      // Stryker disable next-line ConditionalExpression: equivalent, een ongeldige regio weigert overdracht() daarna met hetzelfde pad
      if (nr < 0) return regio === undefined ? ARR_WGD : ongeldig("regio", regio, REGIO_VERWACHT);
      // Stryker disable next-line ArithmeticOperator: geheugen (alleen snelheid): ook met nr * 3 - kanaal krijgt elke combinatie van regio en kanaal een eigen plaats
      return (wgd[nr * 3 + kanaal] ??= wgdArrangeur(regionaam(regio!), kanaal));
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
  readonly kandidaten: Kandidaten;
  readonly nagaan: readonly string[];
}
const infoPerIndex: IndexInfo[] = [];

function info(i: number): IndexInfo {
  const x = infoPerIndex[i];
  // Stryker disable next-line ConditionalExpression: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde
  if (x !== undefined) return x;
  const b = TABEL[i]!;
  const s = sleutelVanIndex(i);
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, de sleutel van een werkgever heeft geen uitkering (de controle is er voor TypeScript)
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
    kandidaten: kandidatenVan(vries(kandidaten)),
    nagaan: vries(nagaan),
  }));
}

/**
 * De werkgever zonder `regios` met een bekende vestiging (`regio`): de sleutel `index` (één regio, de
 * beslissing `werkgever-regionaal`), met in de stap `werkgebiedUit: "regio"` (zie `routeer`).
 */
let infoVestiging: IndexInfo | undefined;
function vestigingInfo(index: number): IndexInfo {
  const x = info(index);
  return vries({ ...x, stap: stap(x.stap.regel, x.stap.bron, x.stap.uitkomst, { ...x.stap.gegevens, werkgebiedUit: "regio" }) });
}

const STAP_WSP = /* @__PURE__ */ stap("triage/werkgever-regionaal", K_HRT_5_3_ORGANISATIE, "via-werkgeversservicepunt");
const STAP_WERKCENTRUM = /* @__PURE__ */ stap("triage/werkgever-regionaal", K_HRT_5_3_DIENSTVERLENING, "via-werkcentrum");

/** De stap over het kanaal van de werkgeversdienstverlening; tussen beide datums met de datum uit de handreiking (overschrijfbaar). */
function kanaalStap(kanaal: Kanaal, werkcentrumVanaf: Peildatum | undefined): Stap {
  return kanaal === 1
    ? STAP_WSP
    : kanaal === 2
      ? STAP_WERKCENTRUM
      : stap("triage/werkgever-regionaal", K_HRT_5_3_COMMUNICATIE, "via-werkgeversservicepunt-en-werkcentrum", { werkcentrumVanaf: werkcentrumVanaf! });
}

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
/** Per soort en regio (volgnummer + 1; 0 = geen of onbekende regio) één bevroren overdracht. */
const overdrachten: (Overdracht | undefined)[] = [];

function overdracht(nr: number, regio: RegioCode | undefined, isDeurRegio: boolean): Overdracht {
  // Stryker disable next-line ConditionalExpression: equivalent, regioNummer(undefined) is ook -1 (de voorwaarde is er voor TypeScript)
  const r = regio === undefined ? -1 : regioNummer(regio);
  if (r < 0 && regio !== undefined) ongeldig(isDeurRegio ? ["deur", "regio"] : "regio", regio, REGIO_VERWACHT);
  // Stryker disable next-line ArithmeticOperator: geheugen (alleen snelheid): ook met r - 1 of nr / 36 krijgt elke combinatie van soort en regio (-1..34) een eigen plaats
  const i = nr * 36 + r + 1;
  let o = overdrachten[i];
  // Stryker disable next-line ConditionalExpression: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde
  if (o === undefined) {
    const soort = OVERDRACHT[nr]!;
    o = overdrachten[i] = vries({ soort: soort.soort, warm: true, werkcentrum: r < 0 ? null : "Werkcentrum " + regionaam(regio!), regel: soort.regel });
  }
  return o;
}

const REGIO_VERWACHT = "een CBS-code van een arbeidsmarktregio (AM01…AM38)";
const DEUR_VERWACHT = '{ soort: "werkcentrum" | "digitaal", regio? } of { soort: "partner", partner, naam? }';

/**
 * Nummer van de overdrachtsoort (index in OVERDRACHT). Een gemeente als deur is alleen zelf de
 * arrangeur als het de woongemeente is: noemt de deur een andere gemeente, dan draagt die warm
 * over aan de woongemeente (HRT §3.2 'no wrong door': "in contact gebracht met de juiste organisatie").
 */
function overdrachtNr(deur: Deur, arr: ArrangeurSoort | undefined, woongemeente: string | undefined): number {
  // Klein gehouden (een hete functie; de JIT voegt hem in): de controle van de deursoort staat in
  // een koude hulpfunctie. Een partnersoort buiten het model telt als een andere partner.
  const soort = (deur as Deur | undefined)?.soort;
  if (soort === "werkcentrum" || soort === "digitaal") return arr === undefined ? 3 : 1;
  if (soort !== "partner") return ongeldigeDeur(deur);
  const partnerdeur = deur as Extract<Deur, { soort: "partner" }>;
  const p = partnerdeur.partner;
  if (arr === undefined) return 4;
  return (p === "UWV" && (arr === "UWV" || arr === "werkgeversdienstverlening")) ||
    (p === "gemeente" && (arr === "werkgeversdienstverlening" || (arr === "gemeente" && !andereGemeente(partnerdeur.naam, woongemeente)))) ||
    (p === "sociale-partner" && arr === "sociale-partners")
    ? 0
    : 2;
}

/** Een deur zonder geldige soort (alleen zonder typecontrole): altijd een fout met het veld. */
function ongeldigeDeur(deur: unknown): never {
  if (typeof deur !== "object" || deur === null) ongeldig("deur", deur, DEUR_VERWACHT);
  return ongeldig(["deur", "soort"], (deur as { soort?: unknown }).soort, '"werkcentrum", "digitaal" of "partner"');
}

/** Of de deur aantoonbaar een andere gemeente is dan de woongemeente (beide namen bekend en verschillend). */
function andereGemeente(deurNaam: string | undefined, woongemeente: string | undefined): boolean {
  // Stryker disable next-line ConditionalExpression: equivalent, een snelle weg: bij dezelfde tekst zijn ook de kernen gelijk
  if (deurNaam === undefined || woongemeente === undefined || deurNaam === woongemeente) return false;
  return kern(deurNaam) !== kern(woongemeente);
}

/** Kernen per naam (begrensd; alleen snelheid). */
const kernen = /* @__PURE__ */ new Map<string, string>();

/** Een gemeentenaam genormaliseerd (zoals bij het opzoeken van gemeenten), zonder "gemeente" vooraan. */
function kern(naam: string): string {
  let k = kernen.get(naam);
  // Stryker disable next-line ConditionalExpression: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde
  if (k === undefined) {
    const n = normaliseer(String(naam));
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent voor namen: alleen de naam "gemeente" zelf krijgt dan "" als kern, en dat telt alleen tegenover een naam zonder letters of cijfers of "gemeente gemeente" (zoals zoekGemeente: n.length > 8)
    k = n.startsWith("gemeente") && n.length > 8 ? n.slice(8) : n;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: geheugen (alleen snelheid): de grens begrenst alleen het geheugen
    if (kernen.size < 4096) kernen.set(naam, k);
  }
  return k;
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
        : i === 3
          ? { arbeidsmigrant: "ja" }
          : // 0: verwijzen; 1: schoolverlater, leeftijd onbekend; 2: jonger dan 27, onbekend of schoolverlater
            { schoolverlaterZonderStartkwalificatie: i === 2 ? "onbekend" : "ja", leeftijd: i === 1 ? "onbekend" : "jonger dan 27" },
    ),
  })))();

const A_SBB = 1;
const A_PUBLIEK = 2;
const A_ONDERWIJS = 4;
const V_DOORSTROOM = 1;
const V_DOORSTROOM_NAGAAN = 2;
const V_DOORSTROOM_SCHOOL_NAGAAN = 4;
const V_WIN = 8;
const SCHOLING = 1 << 20;
const ARBEIDSMARKT = 1 << 21;

/** Bits per onderwerp: verwijzingen (bit 4..10), onderwijs aanvullend, arbeidsmarktvraag. */
function onderwerpBits(o: Onderwerp, i: number): number {
  switch (o) {
    // De meest gevraagde eerst (een switch over teksten vergelijkt in volgorde).
    case "werk":
    case "personeel":
    case "loopbaan":
      return ARBEIDSMARKT;
    case "scholing":
      return SCHOLING | ARBEIDSMARKT;
    case "schulden":
      return 16;
    case "taal-digitaal":
      return 32;
    case "zelfstandig-ondernemen":
      return 64 | ARBEIDSMARKT;
    case "zorg":
      return 128;
    case "omgevingsvergunning":
      return 256;
    case "kinderopvang":
      return 512;
    case "overig":
      return 1024;
    default:
      return ongeldig(["onderwerpen", i], o, "een onderwerp zoals werk, loopbaan, scholing, personeel of schulden");
  }
}

const aanvullendLijsten: (readonly AanvullendePartij[])[] = [];
const verwijzingLijsten: (readonly Doorverwijzing[])[] = [];
function lijst<T>(cache: (readonly T[])[], bron: readonly { readonly item: T }[], masker: number): readonly T[] {
  let l = cache[masker];
  // Stryker disable next-line ConditionalExpression: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde
  if (l === undefined) {
    const uit: T[] = [];
    // Stryker disable next-line EqualityOperator: equivalent, het masker heeft nooit het bit bron.length (verwijzingen gebruiken bit 0..10, aanvullende partijen bit 0..2)
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
// Stappenlijsten en kandidatenlijsten.

/**
 * De stappenlijst: per aanroep een nieuwe (kleine) lijst met gedeelde, bevroren stappen. Een
 * cache per combinatie kostte bij gevarieerde invoer meer (opzoeken in een grote Map) dan het
 * opbouwen zelf.
 */
function bouwStappen(x: IndexInfo, kanaalStap: Stap | undefined, wwStap: Stap | undefined, oNr: number, aanvullend: number, verwijzing: number, transitie: number): Stap[] {
  // Meteen op de juiste lengte (geen groeien bij push).
  // Stryker disable next-line ArithmeticOperator,UnaryOperator,ConditionalExpression,EqualityOperator: equivalent, alleen de beginlengte (snelheid): een te korte lijst groeit bij het vullen tot dezelfde stappen
  const n = 2 + +(kanaalStap !== undefined) + +(wwStap !== undefined) + aantalBits(aanvullend) + aantalBits(verwijzing) + +(transitie >= 0);
  // Stryker disable next-line ArrayDeclaration: equivalent, alleen de beginlengte (snelheid): een lege lijst groeit bij het vullen tot dezelfde stappen
  const stappen = new Array<Stap>(n);
  let i = 0;
  stappen[i++] = x.stap;
  if (kanaalStap !== undefined) stappen[i++] = kanaalStap;
  if (wwStap !== undefined) stappen[i++] = wwStap;
  stappen[i++] = OVERDRACHT[oNr]!.stap;
  // Alleen de gezette bits, van laag naar hoog (dezelfde volgorde als de lijsten).
  for (let m = aanvullend; m !== 0; m &= m - 1) stappen[i++] = AANVULLEND[31 - Math.clz32(m & -m)]!.stap;
  for (let m = verwijzing; m !== 0; m &= m - 1) stappen[i++] = VERWIJZINGEN[31 - Math.clz32(m & -m)]!.stap;
  if (transitie >= 0) stappen[i] = TRANSITIE[transitie]!.stap;
  return stappen;
}

/** Aantal gezette bits. */
function aantalBits(m: number): number {
  let n = 0;
  // Stryker disable next-line ConditionalExpression: equivalent, aantalBits geeft alleen de beginlengte van de stappenlijst (snelheid); een te korte lijst groeit bij het vullen
  for (; m !== 0; m &= m - 1) n++;
  return n;
}

/**
 * De kandidaten van een beslissing: de soorten, welke soort per vraag een andere organisatie
 * kan hebben (0: geen, 1: gemeente, 2: werkgeversdienstverlening) en de bevroren lijsten per
 * variant (de hergebruikte gemeente- of werkgeversarrangeur).
 */
interface Kandidaten {
  readonly soorten: readonly ArrangeurSoort[];
  readonly variabel: 0 | 1 | 2;
  /** Per woongemeente (variabel 1), per werkgeversarrangeur (variabel 2) of één lijst (variabel 0, sleutel `undefined`). */
  readonly perVariant: Map<string | Arrangeur | undefined, readonly Arrangeur[]>;
}
const kandidatenPerLijst = new Map<readonly ArrangeurSoort[], Kandidaten>();
function kandidatenVan(soorten: readonly ArrangeurSoort[]): Kandidaten {
  let k = kandidatenPerLijst.get(soorten);
  // Stryker disable next-line ConditionalExpression: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde
  if (k === undefined) {
    // De enige soorten die per vraag verschillen: gemeente (naam) en werkgeversdienstverlening (regio, fase).
    const variabel = soorten.includes("gemeente") ? 1 : soorten.includes("werkgeversdienstverlening") ? 2 : 0;
    kandidatenPerLijst.set(soorten, (k = { soorten, variabel, perVariant: new Map() }));
  }
  return k;
}
let kandidatenWwBeeindigd: Kandidaten | undefined;

function kandidatenVoor(k: Kandidaten, woongemeente: string | undefined, regio: RegioCode | undefined, kanaal: Kanaal): readonly Arrangeur[] {
  // Stryker disable next-line ConditionalExpression: geheugen (alleen snelheid): alleen een andere sleutel in het geheugen; lijsten zonder gemeente of werkgeversdienstverlening zijn voor elke vraag gelijk
  const variabel = k.variabel === 1 ? woongemeente : k.variabel === 2 ? arrangeur("werkgeversdienstverlening", woongemeente, regio, kanaal) : undefined;
  let l = k.perVariant.get(variabel);
  // Stryker disable next-line ConditionalExpression: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde
  if (l === undefined) {
    const soorten = k.soorten;
    const uit: Arrangeur[] = [];
    for (let i = 0; i < soorten.length; i++) uit.push(arrangeur(soorten[i]!, woongemeente, regio, kanaal));
    l = vries(uit);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde (de grens begrenst alleen het geheugen)
    if (k.perVariant.size < 4096) k.perVariant.set(variabel, l);
  }
  return l;
}

// ---------------------------------------------------------------------------------------

/** Elke code in een lijst van regio's bestaat (alleen zonder typecontrole kan dat anders zijn). */
function controleerRegios(regios: readonly RegioCode[]): void {
  for (let i = 0; i < regios.length; i++) if (regioNummer(regios[i]!) < 0) ongeldig(["regios", i], regios[i], REGIO_VERWACHT);
}

/** Geldige WW-einddatums die al gecontroleerd zijn (begrensd; alleen snelheid). */
const geldigeEinddatums = /* @__PURE__ */ new Set<string>();

/** Een WW-einddatum hoort alleen bij uitkering WW (zoals bij `parseHulpvraag`). */
function wwEinddatumZonderWw(): never {
  throw new OngeldigeInvoerFout({
    code: "inconsistent",
    path: ["hulpvraag", "wwEinddatum"],
    message: `hulpvraag.wwEinddatum: hoort alleen bij uitkering "WW"; lees onbetrouwbare invoer met parseHulpvraag`,
  });
}

/** De WW-einddatum (bij WW, als die gebruikt wordt) is een bestaande datum. */
function controleerWwEinddatum(eind: Peildatum): void {
  // Stryker disable next-line ConditionalExpression: geheugen (alleen snelheid): zonder geheugen wordt dezelfde datum opnieuw (met dezelfde uitkomst) gecontroleerd
  if (geldigeEinddatums.has(eind)) return;
  const issue = controleerPeildatum(eind, ["hulpvraag", "wwEinddatum"]);
  if (issue) throw new OngeldigeInvoerFout(issue);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: geheugen (alleen snelheid): de grens begrenst alleen het geheugen
  if (geldigeEinddatums.size < 4096) geldigeEinddatums.add(eind);
}

/** Alle velden die {@link routeer} leest, van elke soort vrager (voor het lezen veld voor veld). */
interface AlleVelden {
  readonly vrager?: Hulpvraag["vrager"];
  readonly regio?: RegioCode;
  readonly regios?: HulpvraagWerkgever["regios"];
  readonly leerbedrijfvraag?: boolean;
  readonly uitkering?: Uitkering;
  readonly arbeidsbeperking?: JaNee;
  readonly privateOndersteuning?: HulpvraagWerkende["privateOndersteuning"];
  readonly dreigtWerkloos?: JaNee;
  readonly woongemeente?: string;
  readonly wwEinddatum?: Peildatum;
  readonly schoolverlaterZonderStartkwalificatie?: JaNee;
  readonly leeftijd?: number;
  readonly arbeidsmigrant?: JaNee;
  readonly onderwerpen?: readonly Onderwerp[];
  readonly deur?: Deur;
}

/**
 * Routeert een hulpvraag naar de arrangeur ('no wrong door'): wie verantwoordelijk is, hoe
 * de warme overdracht vanaf de gebruikte deur gaat, welke partijen aanvullend meedoen, naar
 * welke aanpalende domeinen verwezen wordt, en waarom (stappen met regel en bron).
 *
 * Elke geldige hulpvraag krijgt precies één uitkomst: `bepaald` met een arrangeur, of
 * `beoordelen` met kandidaten en een reden (nooit een gok). Gooit alleen bij ongeldige
 * opties (peildatum, instellingen) of een waarde buiten het model
 * ({@link OngeldigeInvoerFout}); lees onbetrouwbare invoer met `parseHulpvraag` en daarna
 * `normaliseerHulpvraag`: `routeer` toetst de woongemeente niet aan de gemeentelijst (die blijft
 * zo buiten een browserbundel), dus een onbekende naam komt anders ongemerkt in de organisatie
 * van de arrangeur terecht. Gedeelde
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
  // Stryker disable next-line ConditionalExpression,StringLiteral,LogicalOperator,EqualityOperator: equivalent, snelle weg: vereisVorm controleert zelf of de invoer een object is
  if (typeof hulpvraag !== "object" || hulpvraag === null || Array.isArray(hulpvraag)) {
    vereisVorm("routeer", hulpvraag, {}, "parseHulpvraag");
  }
  const ctx = context(opties);
  const h = hulpvraag;
  // Elk veld één keer lezen. Invoerobjecten hebben zeer uiteenlopende vormen (elke combinatie
  // van optionele velden is een andere 'hidden class'): een lezing per veldnaam is dan een
  // megamorfe opzoeking die bij honderden vormen duur wordt. Eén for-in-lus over de eigen
  // velden leest via de enum-cache van het object zelf en is bij zulke invoer vele malen
  // sneller. Alleen voor gewone objecten (prototype Object.prototype of null), waar for-in
  // precies de (opsombare) velden geeft; andere objecten (bijv. met getters op een klasse)
  // worden veld voor veld gelezen.
  let vrager: Hulpvraag["vrager"] | undefined;
  let regio: RegioCode | undefined;
  let regios: readonly RegioCode[] | "landelijk" | undefined;
  let leerbedrijfvraag: boolean | undefined;
  let u: Uitkering | undefined;
  let ab: JaNee | undefined;
  let privaat: HulpvraagWerkende["privateOndersteuning"];
  let dreigt: JaNee | undefined;
  let woongemeente: string | undefined;
  let eind: Peildatum | undefined;
  let school: JaNee | undefined;
  let leeftijd: number | undefined;
  let migrant: JaNee | undefined;
  let o: readonly Onderwerp[] | undefined;
  let deur: Deur | undefined;
  const proto: unknown = Object.getPrototypeOf(h);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, een snelle weg: de algemene weg (veld voor veld) leest bij een gewoon object dezelfde velden
  if (proto === Object.prototype || proto === null) {
    const v = h as unknown as Readonly<Record<string, never>>;
    for (const k in v) {
      const w = v[k];
      switch (k) {
        case "vrager":
          vrager = w;
          break;
        case "regio":
          regio = w;
          break;
        case "regios":
          regios = w;
          break;
        case "leerbedrijfvraag":
          leerbedrijfvraag = w;
          break;
        case "uitkering":
          u = w;
          break;
        case "arbeidsbeperking":
          ab = w;
          break;
        case "privateOndersteuning":
          privaat = w;
          break;
        case "dreigtWerkloos":
          dreigt = w;
          break;
        case "woongemeente":
          woongemeente = w;
          break;
        case "wwEinddatum":
          eind = w;
          break;
        case "schoolverlaterZonderStartkwalificatie":
          school = w;
          break;
        case "leeftijd":
          leeftijd = w;
          break;
        case "arbeidsmigrant":
          migrant = w;
          break;
        case "onderwerpen":
          o = w;
          break;
        case "deur":
          deur = w;
          break;
      }
    }
  } else {
    const v = h as AlleVelden;
    vrager = v.vrager;
    regio = v.regio;
    regios = v.regios;
    leerbedrijfvraag = v.leerbedrijfvraag;
    u = v.uitkering;
    ab = v.arbeidsbeperking;
    privaat = v.privateOndersteuning;
    dreigt = v.dreigtWerkloos;
    woongemeente = v.woongemeente;
    eind = v.wwEinddatum;
    school = v.schoolverlaterZonderStartkwalificatie;
    leeftijd = v.leeftijd;
    migrant = v.arbeidsmigrant;
    o = v.onderwerpen;
    deur = v.deur;
  }
  // Wat de typen waarborgen, goedkoop nagelopen voor invoer zonder typecontrole (JavaScript):
  // een duidelijke fout met het veld in plaats van een TypeError of een stille verkeerde uitkomst.
  // De waarden van de beslissleutel controleren uitkeringNr, jaNeeNr en privaatNr zelf.
  if (!Array.isArray(o) || o.length === 0) ongeldig("onderwerpen", o, "een lijst met minstens één onderwerp");
  let aanvullend = 0;
  let verwijzing = 0;
  let voorbereid: VoorbereideOverdracht | null = null;
  let transitie = -1;
  let wwStap: Stap | undefined;
  let x: IndexInfo;
  let arr: ArrangeurSoort | undefined;

  if (vrager === "werkgever") {
    woongemeente = undefined;
    // Zonder regios telt de regio van de vestiging als werkgebied (werkgebiedVan); de stap zegt
    // dan waar het werkgebied vandaan komt. Een ongeldige regio meldt de controle verderop (bij
    // de deur of de overdracht).
    const wg = werkgebiedNr(werkgebiedVan(regios, regio));
    x = regios === undefined && regio !== undefined ? (infoVestiging ??= vestigingInfo(wg)) : info(wg);
    // Elke code in regios, ook bij één regio: anders meldde de fout het veld regio, of bleef een
    // ongeldige code naast een geldige regio ongemeld.
    if (Array.isArray(regios)) controleerRegios(regios);
    // Stryker disable next-line ConditionalExpression: equivalent, een beslissing "beoordelen" heeft geen arrangeur
    arr = x.b.status === "bepaald" ? x.b.arrangeur : undefined;
    if (regio === undefined && arr === "werkgeversdienstverlening" && Array.isArray(regios)) regio = regios[0];
    if (leerbedrijfvraag === true) aanvullend = A_SBB;
  } else {
    const un = uitkeringNr(u!);
    if (eind !== undefined && un !== 0) wwEinddatumZonderWw();
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, de algemene weg (sleutelIndex) geeft dezelfde index; dit is een snelle weg
    if (vrager === "werkzoekende") x = info(3 + un);
    // De Stryker-opmerking staat na else: een opmerking vóór else hoort voor Stryker bij geen knoop van de regel eronder.
    else /* Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, de algemene weg (sleutelIndex) geeft dezelfde index; dit is een snelle weg */ if (vrager === "werkende") {
      x = info(9 + ((un * 3 + jaNeeNr(ab, "arbeidsbeperking")) * 3 + privaatNr(privaat)) * 3 + jaNeeNr(dreigt, "dreigtWerkloos"));
    } else x = info(sleutelIndex(h)); // gooit: onbekende vrager
    // Stryker disable next-line ConditionalExpression: equivalent, een beslissing "beoordelen" heeft geen arrangeur
    arr = x.b.status === "bepaald" ? x.b.arrangeur : undefined;
    // Max-WW (HRT §5.1): UWV blijft arrangeur; eindigt de WW binnen het venster, dan wordt de
    // overdracht naar de gemeente voorbereid. Ligt het einde al achter ons: beoordelen.
    // Stryker disable next-line ConditionalExpression: equivalent, een vergelijking met undefined is onwaar (de controle is er voor TypeScript); vensterTot is een geheugen
    if (un === 0 && arr === "UWV" && eind !== undefined) {
      controleerWwEinddatum(eind);
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
    if (arr === "sociale-partners") aanvullend = A_PUBLIEK;
    // Alleen "ja" telt; een andere waarde dan nee/onbekend is een fout (goedkoop: meestal ontbreekt het veld).
    if (leeftijd !== undefined && !(Number.isInteger(leeftijd) && leeftijd >= 0 && leeftijd <= 130)) ongeldig("leeftijd", leeftijd, "een geheel getal van 0 tot en met 130");
    if (school === "ja") {
      verwijzing = leeftijd === undefined ? V_DOORSTROOM_NAGAAN : leeftijd < 27 ? V_DOORSTROOM : 0;
    } else if (school === undefined || school === "onbekend") {
      // Het Doorstroompunt is er voor jongeren tot 27 bij de overgang van school naar werk en het
      // behoud van werk (HRT §6.2), vooral zonder startkwalificatie: bij een jongere van wie dat
      // onbekend is, na te gaan.
      // Stryker disable next-line ConditionalExpression: equivalent, een vergelijking met undefined is onwaar (de controle is er voor TypeScript)
      if (leeftijd !== undefined && leeftijd < 27) verwijzing = V_DOORSTROOM_SCHOOL_NAGAAN;
    } else if (school !== "nee") ongeldig("schoolverlaterZonderStartkwalificatie", school, "ja, nee of onbekend");
    if (migrant === "ja") verwijzing |= V_WIN;
    else if (migrant !== undefined && migrant !== "nee" && migrant !== "onbekend") ongeldig("arbeidsmigrant", migrant, "ja, nee of onbekend");
    if (ctx.fase === "transitieperiode") transitie = wwStap !== undefined && arr === undefined ? 2 : un < 3 ? 0 : un === 5 ? 2 : 1;
  }
  const wwBeeindigd = wwStap !== undefined && arr === undefined;
  const b = x.b;
  const reden: BeoordelenReden | null = wwBeeindigd ? "ww-beeindigd" : b.status === "bepaald" ? null : b.reden;
  const kandidaatSoorten = wwBeeindigd ? (kandidatenWwBeeindigd ??= kandidatenVan(WW_BEEINDIGD)) : x.kandidaten;
  const nagaan = wwBeeindigd ? NAGAAN_WW : x.nagaan;

  let bits = 0;
  const onderwerpen = o!;
  for (let i = 0; i < onderwerpen.length; i++) bits |= onderwerpBits(onderwerpen[i]!, i);
  verwijzing |= bits & 2047;
  if (bits & SCHOLING) aanvullend |= A_ONDERWIJS;

  const d = deur!;
  const oNr = overdrachtNr(d, arr, woongemeente);
  const stappen = bouwStappen(x, arr === "werkgeversdienstverlening" ? ctx.kanaalStap : undefined, wwStap, oNr, aanvullend, verwijzing, transitie);

  let arrangeurObject: Arrangeur | null = null;
  let kandidaten: readonly Arrangeur[] = NIETS;
  if (arr !== undefined) arrangeurObject = arrangeur(arr, woongemeente, regio, ctx.kanaal);
  else kandidaten = kandidatenVoor(kandidaatSoorten, woongemeente, regio, ctx.kanaal);
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, een partnerdeur heeft geen regio
  const deurRegio = d.soort === "partner" ? undefined : d.regio;
  // De regio van de vraag controleert overdracht() als er geen deurregio is; anders hier.
  // Stryker disable next-line ConditionalExpression: equivalent, zonder deurregio weigert overdracht() een ongeldige regio daarna met hetzelfde pad en dezelfde melding
  if (deurRegio !== undefined && regio !== undefined && regioNummer(regio) < 0) ongeldig("regio", regio, REGIO_VERWACHT);
  return {
    status: arr !== undefined ? "bepaald" : "beoordelen",
    arrangeur: arrangeurObject,
    kandidaten,
    reden,
    nagaan,
    peildatum: ctx.peildatum,
    fase: ctx.fase,
    vrager: vrager!,
    regio: regio ?? null,
    deur: d,
    overdracht: overdracht(oNr, deurRegio ?? regio, deurRegio !== undefined),
    aanvullend: aanvullendLijsten[aanvullend] ?? lijst(aanvullendLijsten, AANVULLEND, aanvullend),
    verwijzingen: verwijzingLijsten[verwijzing] ?? lijst(verwijzingLijsten, VERWIJZINGEN, verwijzing),
    voorbereideOverdracht: voorbereid,
    uwvInTransitie: transitie < 0 ? null : TRANSITIE[transitie]!.item,
    arbeidsmarktvraag: (bits & ARBEIDSMARKT) !== 0,
    stappen,
  } as Routering;
}
