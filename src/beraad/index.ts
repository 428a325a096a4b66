export {
  organisatiesoorten,
  rollen,
  onderwijssoorten,
  kernpartnersoorten,
  type Organisatiesoort,
  type Rol,
  type Onderwijssoort,
  type Besluit,
  type Partij,
  type Overleg,
  type RegionaalBeraad,
} from "./model.js";
export { rolToegestaan, rolToelatingen, KOEPELS, type RolStatus, type RolToelating } from "./rollen.js";
export {
  landelijkBeraad,
  vergelijkLandelijkBeraad,
  type LandelijkBeraad,
  type LandelijkBeraadLezing,
  type LandelijkBeraadVerschil,
  type LandelijkBeraadFeit,
  type LandelijkBeraadVergelijking,
  type LandelijkLid,
  type LandelijkeCategorie,
} from "./landelijk.js";
export { beraadRegels } from "./regels.js";
export { toetsRegionaalBeraad } from "./toets.js";
