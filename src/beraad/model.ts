/**
 * Het Regionaal Beraad en zijn partijen: soorten organisaties, hun rol en het beraad zelf.
 * Alleen typen en vaste lijsten; de zod-schema's staan in `schema.ts` (schemas-entry).
 *
 * @module
 */

/**
 * Soort organisatie van een partij in de arbeidsmarktregio (KB2024 §4; HRT §1.3 en Bijlage 1):
 * - `gemeente`: een gemeente uit de arbeidsmarktregio (ook de centrumgemeente);
 * - `uwv`: Uitvoeringsinstituut Werknemersverzekeringen;
 * - `sbb`: Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven;
 * - `werkgeversorganisatie` en `werknemersorganisatie` (vakbond): de sociale partners;
 * - `onderwijsinstelling`: een ROC of andere school; één ervan is de aangewezen contactschool;
 * - `sociaal-ontwikkelbedrijf`, `provincie`, `uitzendorganisatie` (ABU/NBBU),
 *   `re-integratiebedrijf`, `verzuimbegeleiding` (OVAL), `private-opleider` (NRTO),
 *   `brancheorganisatie`: de strategische partners die de handreiking noemt;
 * - `overig`: iets anders (bijv. een Economic Board, een bibliotheek, een WIN-punt).
 */
export type Organisatiesoort =
  | "gemeente"
  | "uwv"
  | "sbb"
  | "werkgeversorganisatie"
  | "werknemersorganisatie"
  | "onderwijsinstelling"
  | "sociaal-ontwikkelbedrijf"
  | "provincie"
  | "uitzendorganisatie"
  | "re-integratiebedrijf"
  | "verzuimbegeleiding"
  | "private-opleider"
  | "brancheorganisatie"
  | "overig";

/** Alle organisatiesoorten. */
export const organisatiesoorten: readonly Organisatiesoort[] = [
  "gemeente",
  "uwv",
  "sbb",
  "werkgeversorganisatie",
  "werknemersorganisatie",
  "onderwijsinstelling",
  "sociaal-ontwikkelbedrijf",
  "provincie",
  "uitzendorganisatie",
  "re-integratiebedrijf",
  "verzuimbegeleiding",
  "private-opleider",
  "brancheorganisatie",
  "overig",
];

/**
 * De rol van een partij ten opzichte van het Regionaal Beraad:
 * - `kernpartner`: een partij die de wet- en regelgeving zal noemen (HRT §1.3);
 * - `strategische-partner`: zit in het beraad na een besluit van de kernpartners (HRT Bijlage 1);
 * - `samenwerkingspartner`: werkt mee in de uitvoering van het Werkcentrum of aan een
 *   thematafel, maar is geen strategische partner (HRT §1.3);
 * - `adviseur`: wordt in een adviesrol bij de besluitvorming betrokken (KB2022).
 */
export type Rol = "kernpartner" | "strategische-partner" | "samenwerkingspartner" | "adviseur";

/** Alle rollen. */
export const rollen: readonly Rol[] = ["kernpartner", "strategische-partner", "samenwerkingspartner", "adviseur"];

/** Soort onderwijsinstelling; de contactschool is een ROC "tenzij anders regionaal afgesproken". */
export type Onderwijssoort = "roc" | "aoc" | "vakinstelling" | "hbo" | "wo" | "vo" | "overig";

/** Alle onderwijssoorten. */
export const onderwijssoorten: readonly Onderwijssoort[] = ["roc", "aoc", "vakinstelling", "hbo", "wo", "vo", "overig"];

/** Een vastgelegd besluit of een vastgelegde afspraak: datum en kenmerk (bijv. nummer van het verslag). */
export interface Besluit {
  /** Datum `JJJJ-MM-DD`. */
  readonly datum?: string;
  /** Kenmerk, bijv. `RB-2025-07` of "verslag Regionaal Beraad 12 maart 2025, punt 4". */
  readonly kenmerk?: string;
  readonly toelichting?: string;
}

/** Een partij in het Regionaal Beraad of in de samenwerking daaromheen. */
export interface Partij {
  /** Naam, bijv. `Gemeente Rotterdam`, `UWV`, `ROC Twente`. */
  readonly naam: string;
  readonly soort: Organisatiesoort;
  readonly rol: Rol;
  /** Alleen bij een gemeente: de gemeente (CBS-naam, roepnaam of code `GM…`); zonder wordt `naam` gebruikt. */
  readonly gemeente?: string;
  /** Deze gemeente is de centrumgemeente van de regio. */
  readonly centrumgemeente?: boolean;
  /** Deze partij heeft de functionele regie op de regionale samenwerking. */
  readonly functioneleRegie?: boolean;
  /** Alleen bij een onderwijsinstelling: de soort (ROC of anders). */
  readonly onderwijssoort?: Onderwijssoort;
  /** Deze onderwijsinstelling is de aangewezen contactschool die de onderwijspartijen vertegenwoordigt. */
  readonly contactschool?: boolean;
  /** De regionale afspraak waarmee een andere school dan een ROC contactschool is. */
  readonly contactschoolAfspraak?: Besluit;
  /** Koepel of vereniging waarvan de partij lid is, bijv. `ABU`, `NBBU`, `OVAL`, `NRTO`. */
  readonly koepel?: string;
  /** Het besluit van de kernpartners waarmee een strategische partner zitting kreeg. */
  readonly toelating?: Besluit;
  /** Of de partij meebeslist in het Regionaal Beraad. */
  readonly stemrecht?: boolean;
  /** De partij verbindt zich aan het 'no wrong door'-principe. */
  readonly noWrongDoor?: boolean;
  /** Andere organisaties die deze partij vertegenwoordigt (bijv. gemeenten "onder één vlag"). */
  readonly vertegenwoordigt?: readonly string[];
  readonly toelichting?: string;
}

/** Een thematafel, werkgroep of voorbereidend overleg (optioneel; HRT Tabel 2). */
export interface Overleg {
  readonly naam: string;
  readonly onderwerp?: string;
  /** Namen van deelnemende partijen. */
  readonly deelnemers?: readonly string[];
  readonly toelichting?: string;
}

/**
 * Het Regionaal Beraad van een arbeidsmarktregio: de partijen met hun rol (waaronder de
 * centrumgemeente met de functionele regie) en de optionele thematafels, werkgroepen en
 * voorbereidende overleggen (KB2024 §4; HRT §1.3, Tabel 2).
 */
export interface RegionaalBeraad {
  /** De arbeidsmarktregio: CBS-code (`AM22`), CBS-naam of een bekende alias. */
  readonly regio: string;
  readonly partijen: readonly Partij[];
  readonly thematafels?: readonly Overleg[];
  readonly werkgroepen?: readonly Overleg[];
  readonly voorbereidendeOverleggen?: readonly Overleg[];
}

/** De soorten die in de bronnen kernpartner zijn. */
export const kernpartnersoorten: readonly Organisatiesoort[] = [
  "gemeente",
  "uwv",
  "sbb",
  "werkgeversorganisatie",
  "werknemersorganisatie",
  "onderwijsinstelling",
];
