import type { RegelMeta } from "./bevinding/model.js";
import { beraadRegels } from "./beraad/regels.js";
import { convenantEigenRegels } from "./convenant/regels.js";
import { werkcentrumRegels } from "./werkcentrum/regels.js";

/**
 * Voegt regelsets samen tot één lijst. Een pure functie (met annotatie), zodat een bundler de
 * catalogus weglaat als die niet gebruikt wordt: een browser die alleen `toetsConvenant`
 * importeert, krijgt de regels van andere onderwerpen niet mee.
 */
/* @__NO_SIDE_EFFECTS__ */
function catalogus(...sets: readonly (readonly RegelMeta[])[]): readonly RegelMeta[] {
  return sets.flat();
}

/**
 * De regelcatalogus: alle regels van de bibliotheek met id, titel, grondslag en bron.
 * Een meta-test laat de build falen als een regel geen geldige bron heeft of als een id
 * dubbel voorkomt; `docs/regels.md` wordt hieruit gegenereerd.
 */
export const regelcatalogus: readonly RegelMeta[] = /* @__PURE__ */ catalogus(beraadRegels, convenantEigenRegels, werkcentrumRegels);
