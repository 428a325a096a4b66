import type { RegelMeta } from "./bevinding/model.js";
import { agendaRegels } from "./agenda/regels.js";
import { transitieRegels } from "./transitie/regels.js";

/**
 * De regelcatalogus: alle regels van de bibliotheek met id, titel, grondslag en bron.
 * Een meta-test laat de build falen als een regel geen geldige bron heeft of als een id
 * dubbel voorkomt; `docs/regels.md` wordt hieruit gegenereerd.
 */
export const regelcatalogus: readonly RegelMeta[] = [
  ...agendaRegels,
  ...transitieRegels,
];
