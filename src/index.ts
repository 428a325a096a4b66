/**
 * arbeidsmarktinfra: de hervorming van de arbeidsmarktinfrastructuur als getypeerde
 * entiteiten, regelfuncties en bevindingen, elke regel met bron. Deze entry laadt geen zod;
 * schema's en parse-functies staan in `arbeidsmarktinfra/schemas`.
 *
 * @module
 */
export * from "./bronnen/index.js";
export * from "./tijd/index.js";
export * from "./regio/index.js";
export * from "./financiering/index.js";
export * from "./bevinding/index.js";
export { parameters, alleParameters, parameterMetId } from "./parameters.js";
export { VERSIE, DATAVERSIE } from "./versie.js";
export {
  OngeldigeInvoerFout,
  ok,
  fail,
  naarJsonPointer,
  formatPad,
  type Result,
  type Issue,
  type IssueCode,
  type Pad,
} from "./result.js";
export { regelcatalogus } from "./regels.js";
export * from "./agenda/index.js";
export * from "./transitie/index.js";
export * from "./beraad/index.js";
export * from "./werkcentrum/index.js";
export * from "./convenant/index.js";
export * from "./triage/index.js";
