import type { Toetsrapport, ToetsOpties } from "../bevinding/model.js";
import { toetsMet } from "../regelhulp.js";
import type { Werkcentrum } from "./model.js";
import { werkcentrumRegels } from "./regels.js";

/**
 * Toetst een Werkcentrum: regio, naam en subdomein, toegangspoort, fysieke kanalen en hun
 * soort, gidsfunctie (bezetting, extra gidsen, taken, functieomschrijving),
 * werkgeversdienstverlening en oude namen na de inwerkingtreding. Puur en synchroon; de ernst
 * volgt uit grondslag en fase op de peildatum.
 *
 * @example
 * ```ts
 * import { toetsWerkcentrum } from "arbeidsmarktinfra";
 * const r = toetsWerkcentrum({ regio: "Rijnmond", naam: "Werkcentrum Rijnmond" }, { peildatum: "2026-03-01" });
 * r.samenvatting.perUitkomst["niet-voldaan"] > 0; // true: toegangspoort, kanalen en gidsfunctie ontbreken
 * ```
 */
export function toetsWerkcentrum(werkcentrum: Werkcentrum, opties: ToetsOpties): Toetsrapport {
  return toetsMet("toetsWerkcentrum", werkcentrumRegels, werkcentrum, opties, { tekst: ["regio"] }, "parseWerkcentrum");
}
