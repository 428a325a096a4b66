export type {
  Transitiedossier,
  Declaratie,
  RmtInkoopViaUwv,
  VerantwoordingPersoneleInzet,
  RmtOrganisatieSoort,
  OudLoket,
  OudLoketSoort,
  LoketStatus,
  GemeldeStap,
  StappenplanOnderwerp,
  StappenplanFase,
} from "./model.js";
export { transitiedatums, transitieMijlpalen, oudeLoketten, type Transitiedatum, type Transitiedatums, type OudLoketBeschrijving } from "./datums.js";
export {
  stappenplanTwente,
  stappenplanOverzicht,
  type Stappenplan,
  type StappenplanFaseDef,
  type StappenplanOnderwerpDef,
  type StappenplanOverzicht,
  type OnderwerpOverzicht,
  type StapOverzicht,
  type StapStatus,
  type OnderwerpStatus,
} from "./stappenplan.js";
export { transitieRegels, transitieBevindingen, toetsTransitie } from "./regels.js";
