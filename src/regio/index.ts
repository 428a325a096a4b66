export {
  arbeidsmarktregios,
  gemeenten,
  oudeGemeenten,
  vindRegio,
  zoekRegio,
  vindGemeente,
  zoekGemeente,
  regioVanGemeente,
  gemeentenVan,
  werkcentrumNaam,
  centrumgemeenteVan,
  werkcentrumSubdomein,
  indelingBron,
  werkcentrumNaamBron,
  werkcentrumSubdomeinBron,
  type Arbeidsmarktregio,
  type Gemeente,
  type OudeGemeente,
  type Provincie,
  type RegioZoekresultaat,
  type GemeenteZoekresultaat,
} from "./regio.js";
export { CENTRUMGEMEENTEN, type Centrumgemeente, type CentrumgemeenteLezing, type GezamenlijkeLezing, type Zekerheid } from "./centrumgemeenten.js";
export type { Alias } from "./aliassen.js";
export { normaliseer, dichtstbij } from "./normaliseer.js";
