import type { Besluit, Organisatiesoort } from "../beraad/model.js";
import type { OudLoket } from "../transitie/model.js";

/**
 * Het Werkcentrum van een arbeidsmarktregio: naam, toegangspoort, fysieke kanalen,
 * gidsfunctie, werkgeversdienstverlening en de oude loketten die het vervangt (KB2024 §1;
 * HRT §1.3, §1.5, §3.5, hoofdstuk 4 en 5). Alleen typen; schema's in `schema.ts`.
 *
 * @module
 */

/**
 * Soort fysiek kanaal. De eerste vier komen uit de locatiestrategie van Werkcentrum Rijnmond
 * (HRT §3.5, een voorbeeld); pop-up, werkcafé en mobiel uit HRT §1.3 en voetnoot 2 bij §4.2:
 * - `flagshipstore`: zichtbare winkel in de huisstijl van het Werkcentrum;
 * - `dienstverleningslocatie`: een bestaande, publiek toegankelijke locatie van een partner, in
 *   diens huisstijl en door die partner bemenst;
 * - `informatielocatie`: een locatie van een partner waar een medewerker basisinformatie geeft
 *   en doorverwijst;
 * - `brochurelocatie`: display of banner met QR-code; geen personeel nodig;
 * - `pop-up`, `werkcafe`: tijdelijke of terugkerende aanwezigheid (spreekuur op locatie);
 * - `mobiel`: een rondreizende bus, bakfiets en dergelijke.
 */
export type KanaalSoort =
  | "flagshipstore"
  | "dienstverleningslocatie"
  | "informatielocatie"
  | "brochurelocatie"
  | "pop-up"
  | "werkcafe"
  | "mobiel";

/** Alle kanaalsoorten. */
export const kanaalsoorten: readonly KanaalSoort[] = [
  "flagshipstore",
  "dienstverleningslocatie",
  "informatielocatie",
  "brochurelocatie",
  "pop-up",
  "werkcafe",
  "mobiel",
];

/** In wiens huisstijl een kanaal werkt. */
export type Huisstijl = "werkcentrum" | "partner" | "gemengd";

/** Een dag van de week. */
export type Dag = "ma" | "di" | "wo" | "do" | "vr" | "za" | "zo";

/** Alle dagen, maandag eerst. */
export const dagen: readonly Dag[] = ["ma", "di", "wo", "do", "vr", "za", "zo"];

/** Een tijd van de dag als `UU:MM` (00:00 tot en met 23:59). */
export const TIJD_PATROON: RegExp = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Openingstijden op een of meer dagen, `van` en `tot` als `UU:MM`; `tot` ligt na `van`
 * (openingstijden over middernacht zijn niet te beschrijven).
 */
export interface Openingstijd {
  readonly dagen: readonly Dag[];
  readonly van: string;
  readonly tot: string;
}

/** Een fysiek kanaal (locatie) van het Werkcentrum. */
export interface Kanaal {
  readonly naam: string;
  readonly soort: KanaalSoort;
  readonly adres?: string;
  /** Gemeente waar het kanaal is. */
  readonly gemeente?: string;
  /** De partner op wiens locatie het kanaal is (bij een dienstverlenings- of informatielocatie). */
  readonly beheerder?: string;
  /** Namen van de partners die het kanaal bemensen. */
  readonly bemensing?: readonly string[];
  readonly huisstijl?: Huisstijl;
  readonly openingstijden?: readonly Openingstijd[];
  /** Iedereen kan er zonder afspraak binnenlopen (S11). */
  readonly zonderAfspraak?: boolean;
  /** De locatie is publiek toegankelijk voor werkenden, werkzoekenden en werkgevers. */
  readonly publiekToegankelijk?: boolean;
  readonly toelichting?: string;
}

/** De toegangspoort: één website, één e-mailadres, één telefoonnummer, één (postbus)adres (HRT §1.3). */
export interface Toegangspoort {
  /** Bijv. `https://rijnmond.werkcentrum.nl`. */
  readonly website?: string;
  readonly email?: string;
  readonly telefoon?: string;
  /** Postbus- of bezoekadres. */
  readonly adres?: string;
}

/** Een minimale taak van de gids (KB2024 'Gidsfunctie'; HRT §4.1). */
export type GidsTaak = "welkom-heten" | "algemene-informatie" | "loopbaangesprek" | "in-verbinding-brengen";

/** De vier minimale taken van de gids. */
export const gidstaken: readonly GidsTaak[] = ["welkom-heten", "algemene-informatie", "loopbaangesprek", "in-verbinding-brengen"];

/** Inzet van UWV of een gemeente in de basisgidsfunctie. */
export interface GidsInzet {
  /** Naam van de partner, bijv. `UWV` of `Gemeente Rotterdam`. */
  readonly partner: string;
  readonly soort: "uwv" | "gemeente";
  /** fte (decimaal, bijv. 1.35). */
  readonly fte: number;
}

/** Hoe een extra gids betaald wordt. */
export type GidsFinanciering = "eigen-middelen-partner" | "impulsbudget" | "uwv-en-gemeenten" | "anders";

/** Een extra gids van een andere kernpartner, bovenop de basisgidsfunctie (HRT §4.2). */
export interface ExtraGids {
  readonly partner: string;
  readonly soort: Organisatiesoort;
  readonly fte?: number;
  /** Vervult een neutrale (niet-commerciële) rol. */
  readonly neutraal?: boolean;
  /** Kan alle doelgroepen bedienen (werkenden, werkzoekenden, werkgevers). */
  readonly alleDoelgroepen?: boolean;
  /** Werkt onder de aansturing van het Werkcentrum. */
  readonly onderAansturingWerkcentrum?: boolean;
  /** Werkt volgens de vastgestelde functieomschrijving. */
  readonly volgensFunctieomschrijving?: boolean;
  readonly financiering?: GidsFinanciering;
  /** Afspraken over gegevensdeling (die wijkt af voor gidsen van andere partijen dan UWV en gemeenten). */
  readonly afsprakenGegevensdeling?: string;
  /** De afspraak in het Regionaal Beraad over deze gids. */
  readonly afspraak?: Besluit;
}

/** De functieomschrijving van de gids, door UWV en gemeenten samen opgesteld (HRT §4.1). */
export interface Functieomschrijving {
  readonly opgesteldDoor?: readonly ("uwv" | "gemeenten")[];
  readonly vastgesteldOp?: string;
  readonly kenmerk?: string;
}

/** De gidsfunctie van het Werkcentrum. */
export interface Gidsfunctie {
  /** De basisbezetting door UWV en gemeenten, per partner. */
  readonly bezetting?: readonly GidsInzet[];
  readonly extraGidsen?: readonly ExtraGids[];
  /** De taken die de gidsen uitvoeren. */
  readonly taken?: readonly GidsTaak[];
  readonly functieomschrijving?: Functieomschrijving;
  /** Wie coördineert (bijv. de coördinator van het Werkcentrum). */
  readonly coordinatie?: string;
  readonly toelichting?: string;
}

/** Werkgeversdienstverlening van UWV en gemeenten (nu het WerkgeversServicepunt). */
export interface Werkgeversdienstverlening {
  /** Wordt aangeboden via het Werkcentrum. */
  readonly viaWerkcentrum?: boolean;
  /** Naam waaronder ze wordt aangeboden. */
  readonly naam?: string;
  readonly partners?: readonly string[];
  /** SBB is betrokken (leerbedrijven, leerbanen). */
  readonly sbbBetrokken?: boolean;
  /** Werkgevers die in meer regio's actief zijn, gaan naar het Landelijk WerkgeversServicepunt. */
  readonly landelijkWerkgeversServicepunt?: boolean;
  readonly toelichting?: string;
}

/** Het Werkcentrum van een arbeidsmarktregio. */
export interface Werkcentrum {
  /** Verwijzing naar het JSON Schema van het formaat (voor editors); heeft geen betekenis voor de toets. */
  readonly $schema?: string;
  /** De arbeidsmarktregio: CBS-code, CBS-naam of alias. */
  readonly regio: string;
  /** Naam, bijv. `Werkcentrum Rijnmond`. */
  readonly naam?: string;
  readonly toegangspoort?: Toegangspoort;
  readonly kanalen?: readonly Kanaal[];
  readonly gidsfunctie?: Gidsfunctie;
  readonly werkgeversdienstverlening?: Werkgeversdienstverlening;
  /**
   * De oude loketten (RMT, Leerwerkloket, WSP) die het Werkcentrum vervangt, in hetzelfde model
   * als `oudeLoketten` in het transitiedossier; hun status toetst `arbeidsmarktinfra transitie`.
   */
  readonly vervangt?: readonly OudLoket[];
  readonly toelichting?: string;
}

/** Het Werkcentrum als onderdeel van een convenant: de regio mag dan ontbreken (die van het convenant geldt). */
export type WerkcentrumAfspraken = Omit<Werkcentrum, "regio" | "$schema"> & { readonly regio?: string };
