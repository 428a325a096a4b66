/**
 * De transitiegegevens van een arbeidsmarktregio: de afbouw van de regionale
 * mobiliteitsteams (RMT), de Leerwerkloketten (LWL) en de WerkgeversServicepunten (WSP) naar
 * het Werkcentrum (HRT hoofdstuk 5), en wat de regio gereed meldt op het stappenplan.
 * Datums zijn Nederlandse kalenderdatums `JJJJ-MM-DD`; bedragen gehele eurocenten.
 *
 * @module
 */

/** Soort oud loket. */
export type OudLoketSoort = "rmt" | "leerwerkloket" | "wsp";

/** Status van een oud loket zoals de regio die meldt. */
export type LoketStatus = "actief" | "in-afbouw" | "opgegaan-in-werkcentrum" | "gesloten";

/** Soort organisatie die RMT-budget voor personele inzet ontving (HRT §5.1). */
export type RmtOrganisatieSoort = "gemeente" | "uwv" | "werkgeversorganisatie" | "werknemersorganisatie";

/** Een declaratie voor aanvullende dienstverlening onder de RMT-regeling, bij de kassier. */
export interface Declaratie {
  /** De partij die de inkoop initieerde en declareert. */
  readonly partij: string;
  /** Datum van indiening (`JJJJ-MM-DD`). */
  readonly ingediendOp: string;
  /** Bedrag in gehele eurocenten. */
  readonly bedrag: number;
  readonly omschrijving?: string;
}

/** Dienstverlening die gemeenten of sociale partners via UWV inkochten onder de RMT-regeling. */
export interface RmtInkoopViaUwv {
  readonly omschrijving: string;
  /** De partij die de dienstverlening via UWV inkocht. */
  readonly ingekochtDoor: string;
  readonly startdatum: string;
  /** (Geplande) einddatum; zonder: onbekend of lopend. */
  readonly einddatum?: string;
}

/** De verantwoording over de personele inzet 2024 (RMT) van één organisatie bij SZW. */
export interface VerantwoordingPersoneleInzet {
  readonly organisatie: string;
  readonly soort?: RmtOrganisatieSoort;
  /** Datum van indiening bij SZW; zonder: nog niet ingediend. */
  readonly ingediendOp?: string;
}

/** Een oud loket (RMT, Leerwerkloket of WerkgeversServicepunt) met zijn status. */
export interface OudLoket {
  readonly soort: OudLoketSoort;
  readonly naam: string;
  readonly status: LoketStatus;
  readonly website?: string;
  readonly toelichting?: string;
}

/** De acht onderwerpen van het stappenplan richting Werkcentrum Twente (HRT §3.2). */
export type StappenplanOnderwerp =
  | "planvorming"
  | "governance"
  | "financieel"
  | "huisvesting"
  | "personeel"
  | "dienstverlening"
  | "ict-privacy"
  | "communicatie";

/** Fase van het stappenplan: 1 (eind 2024), 2 (2025), 3 (vanaf 2026). */
export type StappenplanFase = 1 | 2 | 3;

/** Een stap die de regio gereed meldt. */
export interface GemeldeStap {
  readonly onderwerp: StappenplanOnderwerp;
  readonly fase: StappenplanFase;
  /** Datum waarop de stap gereed was; zonder: gereed gemeld zonder datum. */
  readonly gereedOp?: string;
  readonly toelichting?: string;
}

/** De transitiegegevens van één arbeidsmarktregio. */
export interface Transitiedossier {
  /** CBS-code van de arbeidsmarktregio, bijv. `AM05`. */
  readonly regio: string;
  readonly naam?: string;
  readonly declaraties?: readonly Declaratie[];
  readonly rmtInkoopViaUwv?: readonly RmtInkoopViaUwv[];
  readonly verantwoordingPersoneleInzet2024?: readonly VerantwoordingPersoneleInzet[];
  readonly oudeLoketten?: readonly OudLoket[];
  readonly stappenplan?: readonly GemeldeStap[];
}
