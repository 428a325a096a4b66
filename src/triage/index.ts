export * from "./model.js";
export { routeer, type RouteerOpties } from "./routeer.js";
export { maakWerkplan, wijzigInkomenssituatie, inkomenssituatieVan, type WerkplanStart, type MaakWerkplanOpties, type NieuweInkomenssituatie } from "./werkplan.js";
export {
  zoekInstrumenten,
  functionaliteiten,
  functionaliteitenPerOnderwerp,
  MATCHGEWICHTEN,
  type FunctionaliteitBeschrijving,
} from "./menukaart.js";
export { uitlegRoutering, uitlegStap, arrangeurOmschrijving, verwijzingNaar, deurTekst, redenTekst, type RouteringUitleg } from "./uitleg.js";
export { triageRegels, type TriageRegel } from "./regels.js";
export { regioCodes, isRegioCode, regionaam, type RegioCode } from "./regionamen.js";
export { normaliseerHulpvraag } from "./normaliseer.js";
