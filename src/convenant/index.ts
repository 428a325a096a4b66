export type {
  Convenant,
  Ondertekening,
  ConvenantLooptijd,
  MeerjarenagendaVerwijzing,
  Arbeidsmarktbeleid,
  IndividueleDienstverlening,
  ImpulsbudgetAfspraken,
  Begrotingspost,
  Begroting,
  WinPuntAfspraken,
  VrijeAfspraak,
} from "./model.js";
export { convenantRegels, convenantEigenRegels, werkcentrumRegelsInConvenant, MEERJARENAGENDA_UITERLIJK } from "./regels.js";
export { toetsConvenant } from "./toets.js";
