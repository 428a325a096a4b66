/**
 * De schemas-entry (`arbeidsmarktinfra/schemas`): zod-schema's en parse-functies voor alle
 * invoerformaten. Alleen deze entry laadt zod; de regelfuncties in de hoofd-entry niet.
 *
 * @example
 * ```ts
 * import { parseInstellingen } from "arbeidsmarktinfra/schemas";
 * const r = parseInstellingen({ inwerkingtreding: "2027-01-01" });
 * if (!r.ok) console.error(r.issues.map((i) => i.message));
 * ```
 *
 * @module
 */
export { PeildatumSchema, naarIssues, veiligParse, controleerDiepte, MAX_DIEPTE } from "./schema-hulp.js";
export { InstellingenSchema, ParameterOverschrijvingSchema, parseInstellingen } from "./tijd/schema.js";
export type { Issue, IssueCode, Result, Pad } from "./result.js";
export { invoerschemas } from "./invoerschemas.js";
export { MeerjarenagendaSchema, parseMeerjarenagenda } from "./agenda/schema.js";
export { TransitiedossierSchema, parseTransitiedossier } from "./transitie/schema.js";
export {
  OrganisatiesoortSchema,
  RolSchema,
  OnderwijssoortSchema,
  BesluitSchema,
  PartijSchema,
  OverlegSchema,
  RegionaalBeraadSchema,
  parseRegionaalBeraad,
} from "./beraad/schema.js";
export {
  WerkcentrumSchema,
  WerkcentrumAfsprakenSchema,
  KanaalSchema,
  ToegangspoortSchema,
  GidsfunctieSchema,
  GidsInzetSchema,
  ExtraGidsSchema,
  WerkgeversdienstverleningSchema,
  parseWerkcentrum,
} from "./werkcentrum/schema.js";
export { ConvenantSchema, parseConvenant } from "./convenant/schema.js";
export {
  HulpvraagSchema,
  PersoonsHulpvraagSchema,
  DeurSchema,
  RegioSchema,
  ArrangeurSchema,
  WerkplanSchema,
  MenukaartSchema,
  parseHulpvraag,
  parseWerkplan,
  parseMenukaart,
} from "./triage/schema.js";
