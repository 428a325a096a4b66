export {
  peildatum,
  parsePeildatum,
  isPeildatum,
  controleerPeildatum,
  isSchrikkeljaar,
  dagenInMaand,
  type Peildatum,
} from "./peildatum.js";
export { plusJaren, plusMaanden, plusDagen, dagenTussen, jaarVan, vergelijkPeildata } from "./kalender.js";
export type { Instellingen, ParameterOverschrijving } from "./instellingen.js";
export {
  parameterOp,
  waarde,
  perJaar,
  type Parameter,
  type ParameterWaarde,
  type ParameterAntwoord,
  type ParameterStatus,
  type Lezing,
  type Eenheid,
} from "./parameters.js";
export { inwerkingtredingWet, inwerkingtreding, BEGIN_TRANSITIE, beginTransitieBron, type Inwerkingtreding } from "./wet.js";
export { werkgeversdienstverleningViaWerkcentrumVanaf } from "./werkgeversdienstverlening.js";
export { fase, faseUitleg, fasen, transitieperiode, type Fase, type FaseUitleg, type Transitieperiode } from "./fase.js";
export {
  mijlpalen,
  mijlpalenNa,
  type Mijlpaal,
  type MijlpaalBasis,
  type MijlpaalUitBron,
  type MijlpaalUitInstelling,
  type MijlpaalStandaard,
  type MijlpaalStatus,
  type MijlpaalOnderwerp,
  type Precisie,
} from "./mijlpalen.js";
export type { Ondergrens } from "./overschrijving.js";
