import type { Toetsrapport, ToetsOpties } from "../bevinding/model.js";
import { toetsMet } from "../regelhulp.js";
import type { RegionaalBeraad } from "./model.js";
import { beraadRegels } from "./regels.js";

/**
 * Toetst de samenstelling van een Regionaal Beraad: regio en centrumgemeente, kernpartners,
 * strategische partners, samenwerkingspartners en adviseurs. Puur en synchroon; gooit
 * `OngeldigeInvoerFout` bij een ongeldige peildatum of invoer die niet de vorm van een beraad heeft.
 *
 * @example
 * ```ts
 * import { toetsRegionaalBeraad } from "arbeidsmarktinfra";
 * const r = toetsRegionaalBeraad(
 *   { regio: "Rijnmond", partijen: [{ naam: "Gemeente Rotterdam", soort: "gemeente", rol: "kernpartner", centrumgemeente: true, functioneleRegie: true }] },
 *   { peildatum: "2026-03-01" },
 * );
 * r.bevindingen.filter((b) => b.uitkomst === "niet-voldaan").map((b) => b.regelId); // ["beraad/kernpartners-compleet", …]
 * ```
 */
export function toetsRegionaalBeraad(beraad: RegionaalBeraad, opties: ToetsOpties): Toetsrapport {
  return toetsMet("toetsRegionaalBeraad", beraadRegels, beraad, opties, { tekst: ["regio"], lijst: ["partijen"] }, "parseRegionaalBeraad");
}
