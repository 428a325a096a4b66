import {
  bestaandeDuRegionaleSamenwerking,
  fteWerkgeversorganisaties,
  fteWerknemersorganisaties,
  gidsfunctieFteGemeenten,
  gidsfunctieFteTotaal,
  gidsfunctieFteUwv,
  impulsbudgetPerRegio,
  landelijkBestaandStructureel,
  landelijkNieuwStructureel,
  landelijkNieuwTijdelijk,
  landelijkTotaal,
  richtbedragGidsfunctieGemeenten,
  structureelPerRegio,
  structureleDuCentrumgemeente,
  vwnwImpuls,
} from "./financiering/tabellen.js";
import type { Parameter } from "./tijd/parameters.js";
import { looptijdBeleidsagenda, looptijdUitvoeringsagenda } from "./agenda/termijnen.js";
import { inwerkingtredingWet } from "./tijd/wet.js";
import { gidsfunctieTolerantie } from "./werkcentrum/regels.js";
import { werkgeversdienstverleningViaWerkcentrumVanaf } from "./tijd/werkgeversdienstverlening.js";

/**
 * Alle geversioneerde parameters van de bibliotheek, op naam. Elke waarde draagt een bron en
 * status; overschrijven kan per id via `instellingen.parameters`.
 */
export const parameters = {
  inwerkingtredingWet,
  werkgeversdienstverleningViaWerkcentrumVanaf,
  impulsbudgetPerRegio,
  structureelPerRegio,
  structureleDuCentrumgemeente,
  bestaandeDuRegionaleSamenwerking,
  richtbedragGidsfunctieGemeenten,
  gidsfunctieFteUwv,
  gidsfunctieFteGemeenten,
  gidsfunctieFteTotaal,
  gidsfunctieTolerantie,
  fteWerkgeversorganisaties,
  fteWerknemersorganisaties,
  landelijkBestaandStructureel,
  landelijkNieuwStructureel,
  landelijkNieuwTijdelijk,
  landelijkTotaal,
  vwnwImpuls,
  looptijdBeleidsagenda,
  looptijdUitvoeringsagenda,
} as const satisfies Record<string, Parameter<unknown>>;

/** Alle parameters als lijst. */
export function alleParameters(): readonly Parameter<unknown>[] {
  return Object.values(parameters) as readonly Parameter<unknown>[];
}
