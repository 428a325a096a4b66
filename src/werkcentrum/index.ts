export {
  kanaalsoorten,
  dagen,
  gidstaken,
  type KanaalSoort,
  type Huisstijl,
  type Dag,
  type Openingstijd,
  type Kanaal,
  type Toegangspoort,
  type GidsTaak,
  type GidsInzet,
  type GidsFinanciering,
  type ExtraGids,
  type Functieomschrijving,
  type Gidsfunctie,
  type Werkgeversdienstverlening,
  type Werkcentrum,
  type WerkcentrumAfspraken,
} from "./model.js";
export { werkcentrumRegels, gidsfunctieTolerantie, oudeNaamIn, hostVan } from "./regels.js";
export { toetsWerkcentrum } from "./toets.js";
