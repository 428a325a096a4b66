import { agendaRegelsInConvenant, convenantRegels } from "../../convenant/regels.js";
import { parseConvenant } from "../../convenant/schema.js";
import { toetsConvenant } from "../../convenant/toets.js";
import { maakToetsCommando } from "../rapport.js";

/** `arbeidsmarktinfra toets <bestand.json|yaml|map> …`: toetst een of meer samenwerkingsconvenanten. */
export const toetsCommando = maakToetsCommando({
  naam: "toets",
  samenvatting: "Toetst een regionaal samenwerkingsconvenant (JSON of YAML): Regionaal Beraad, Werkcentrum, impulsbudget, begroting, meerjarenagenda; elke bevinding met bron.",
  onderwerp: "Toets van het samenwerkingsconvenant",
  uitleg:
    "De ernst volgt uit de grondslag en de fase op de peildatum: wat wet wordt is vóór de inwerkingtreding hoogstens een advies. " +
    "Exitcode 0 zonder 'fout', 1 met een niet-voldaan met ernst 'fout', 2 bij onleesbare of ongeldige invoer. " +
    "Bevat het convenant de meerjarenagenda zelf (veld meerjarenagenda), dan tellen de agendaregels mee in hetzelfde rapport. " +
    "Het formaat van het bestand staat in docs/convenant.md en in src/json-schema/convenant.schema.json.",
  parse: parseConvenant,
  toets: (c, opties) => toetsConvenant(c, opties),
  regels: () => [...convenantRegels, ...agendaRegelsInConvenant],
});
