/**
 * Instellingen die een gebruiker expliciet meegeeft aan functies die tijd- of
 * parameterafhankelijk zijn. Er zijn geen globale instellingen: wie niets meegeeft, krijgt de
 * standaardwaarden uit de bronnen (met hun status, bijv. `beoogd`).
 *
 * @module
 */

/**
 * Een door de gebruiker gekozen waarde voor een parameter, eventueel beperkt tot een periode.
 * `parseInstellingen` en de functies die de parameter gebruiken controleren haar op dezelfde
 * manier: de waarde naar de eenheid van de parameter, `geldigVanaf` ≤ `geldigTot`, en in een lijst
 * geen overlappende periodes.
 */
export interface ParameterOverschrijving {
  /**
   * De waarde, naar de eenheid van de parameter: bedragen in hele eurocenten (`82739000`), fte als
   * niet-negatief getal (`1.35`), datums als `JJJJ-MM-DD`, looptijden in jaren (meer dan 0 en
   * hoogstens 100, in hele maanden: `5` of `1.5`).
   */
  readonly waarde: number | string;
  /** Vanaf wanneer de waarde geldt (inclusief); zonder: altijd. Niet bij een datumparameter. */
  readonly geldigVanaf?: string;
  /** Tot en met wanneer de waarde geldt; zonder: altijd. Niet vóór `geldigVanaf`; niet bij een datumparameter. */
  readonly geldigTot?: string;
  /** Waarom (bijv. `Meicirculaire 2025`). */
  readonly toelichting?: string;
}

/** Instellingen voor tijd- en parameterafhankelijke functies. */
export interface Instellingen {
  /**
   * De datum waarop de wijziging van de Wet SUWI in werking treedt (`JJJJ-MM-DD`, niet vóór het
   * begin van de transitieperiode op 2025-01-01), of `"onbekend"`. Standaard de beoogde datum
   * `2026-07-01` (HRT); volgens NOTA2026 is die niet meer haalbaar.
   */
  readonly inwerkingtreding?: string;
  /** Overschrijvingen van parameters, op parameter-id. */
  readonly parameters?: Readonly<Record<string, ParameterOverschrijving | readonly ParameterOverschrijving[]>>;
  /** Venster (maanden) waarin een agendadeel `verloopt-binnenkort` heet. Standaard 6. */
  readonly verloopvensterMaanden?: number;
  /** Venster (maanden) waarin het einde van de WW 'in zicht' is (max-WW-proces). Standaard 3. */
  readonly wwEindeVensterMaanden?: number;
}
