import type { Toetsrapport, ToetsOpties } from "../bevinding/model.js";
import { toetsMet } from "../regelhulp.js";
import type { Convenant } from "./model.js";
import { agendaRegelsInConvenant, convenantRegels } from "./regels.js";

/**
 * Toetst een regionaal samenwerkingsconvenant aan het kader van de hervorming: de samenstelling
 * van het Regionaal Beraad, de afspraken over impulsbudget, no wrong door, begroting,
 * meerjarenagenda en WIN-punt, en het Werkcentrum (met dezelfde regels als
 * {@link toetsWerkcentrum}). Geeft de bevindingen, een samenvatting per uitkomst en ernst, en
 * een ontvangstbewijs (versies, peildatum, instellingen). Puur en synchroon.
 *
 * @param convenant - een convenant, bijv. uit `parseConvenant` (`arbeidsmarktinfra/schemas`)
 * @param opties - `{ peildatum: "JJJJ-MM-DD", instellingen? }`; de bibliotheek leest nooit de klok
 *
 * @example
 * ```ts
 * import { toetsConvenant } from "arbeidsmarktinfra";
 * import { parseConvenant } from "arbeidsmarktinfra/schemas";
 * const invoer: unknown = JSON.parse('{"regio": "Rijnmond", "partijen": []}'); // bijv. uit een bestand
 * const p = parseConvenant(invoer);
 * if (p.ok) {
 *   const r = toetsConvenant(p.value, { peildatum: "2026-09-01" });
 *   for (const b of r.bevindingen) if (b.uitkomst !== "voldaan") console.log(b.ernst, b.regelId, b.pointer, b.bericht);
 * }
 * ```
 */
export function toetsConvenant(convenant: Convenant, opties: ToetsOpties): Toetsrapport {
  // Bevat het convenant de meerjarenagenda zelf, dan tellen de agendaregels mee: één rapport.
  const regels = convenant?.meerjarenagenda === undefined ? convenantRegels : [...convenantRegels, ...agendaRegelsInConvenant];
  return toetsMet("toetsConvenant", regels, convenant, opties, { tekst: ["regio"], lijst: ["partijen"] }, "parseConvenant");
}
