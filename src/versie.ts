/** Versie van de bibliotheek (gelijk aan package.json; een test bewaakt dat). */
export const VERSIE = "0.1.0";

/**
 * Versie van de gegevens (bronnen, parameters, regio's). Verandert bij elke inhoudelijke
 * wijziging van tabellen of referentiedata; een test met een vingerafdruk van de gegevens
 * bewaakt dat.
 */
export const DATAVERSIE = "2026.11.5";
