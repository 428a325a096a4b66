/**
 * Instellingen die een gebruiker expliciet meegeeft aan functies die tijd- of
 * parameterafhankelijk zijn. Er zijn geen globale instellingen: wie niets meegeeft, krijgt de
 * standaardwaarden uit de bronnen (met hun status, bijv. `beoogd`).
 *
 * @module
 */

/** Een door de gebruiker gekozen waarde voor een parameter, eventueel beperkt tot een periode. */
export interface ParameterOverschrijving {
  /** De waarde (bedragen in eurocent, fte als getal, datums als `JJJJ-MM-DD`). */
  readonly waarde: number | string;
  /** Vanaf wanneer de waarde geldt (inclusief); zonder: altijd. */
  readonly geldigVanaf?: string;
  /** Tot en met wanneer de waarde geldt; zonder: altijd. */
  readonly geldigTot?: string;
  /** Waarom (bijv. `Meicirculaire 2025`). */
  readonly toelichting?: string;
}

/** Instellingen voor tijd- en parameterafhankelijke functies. */
export interface Instellingen {
  /**
   * De datum waarop de wijziging van de Wet SUWI in werking treedt (`JJJJ-MM-DD`), of
   * `"onbekend"`. Standaard de beoogde datum `2026-07-01` (HRT); volgens NOTA2026 is die niet
   * meer haalbaar.
   */
  readonly inwerkingtreding?: string;
  /** Overschrijvingen van parameters, op parameter-id. */
  readonly parameters?: Readonly<Record<string, ParameterOverschrijving | readonly ParameterOverschrijving[]>>;
  /** Venster (maanden) waarin een agendadeel `verloopt-binnenkort` heet. Standaard 6. */
  readonly verloopvensterMaanden?: number;
  /** Venster (maanden) waarin het einde van de WW 'in zicht' is (max-WW-proces). Standaard 3. */
  readonly wwEindeVensterMaanden?: number;
}
