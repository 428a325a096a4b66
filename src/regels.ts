import type { RegelMeta } from "./bevinding/model.js";
import { agendaRegels } from "./agenda/regels.js";
import { transitieRegels } from "./transitie/regels.js";
import { beraadRegels } from "./beraad/regels.js";
import { convenantEigenRegels } from "./convenant/regels.js";
import { werkcentrumRegels } from "./werkcentrum/regels.js";
import { triageRegels } from "./triage/regels.js";

/**
 * De regelcatalogus: alle regels van de bibliotheek met id, titel, grondslag en bron.
 * Een meta-test laat de build falen als een regel geen geldige bron heeft of als een id
 * dubbel voorkomt; `docs/regels.md` wordt hieruit gegenereerd.
 */
export const regelcatalogus: readonly RegelMeta[] = /* @__PURE__ */ (() => [
  // Array-spread op topniveau kan een bundler niet als zuiver herkennen; daarom een
  // zuiver gemarkeerde functie, zodat wie de catalogus niet gebruikt hem ook niet meekrijgt.
  ...agendaRegels,
  ...transitieRegels,
  ...beraadRegels,
  ...convenantEigenRegels,
  ...werkcentrumRegels,
  ...triageRegels,
])();
