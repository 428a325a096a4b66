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
import { vereisTekst } from "./vorm.js";
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

/**
 * De parameter met een id (zoals in `instellingen.parameters`), of `undefined` als die niet
 * bestaat. Het id staat ook in elke parameter (`parameter.id`); de namen in {@link parameters}
 * zijn de TypeScript-namen van dezelfde parameters.
 *
 * @example
 * ```ts
 * import { parameterMetId, parameterOp } from "arbeidsmarktinfra";
 * const p = parameterMetId("gidsfunctie.fte-totaal");
 * p?.titel; // "Gidsfunctie: totaal fte UWV en gemeenten per arbeidsmarktregio"
 * p && parameterOp(p, "2026-09-01"); // { soort: "waarde", waarde: 2.7, … }
 * parameterMetId("bestaat.niet"); // undefined
 * ```
 */
export function parameterMetId(id: string): Parameter<unknown> | undefined {
  vereisTekst(["id"], id);
  return alleParameters().find((p) => p.id === id);
}
