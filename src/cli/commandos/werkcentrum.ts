import { parseWerkcentrum } from "../../werkcentrum/schema.js";
import { toetsWerkcentrum } from "../../werkcentrum/toets.js";
import { werkcentrumRegels } from "../../werkcentrum/regels.js";
import { maakToetsCommando } from "../rapport.js";

/** `arbeidsmarktinfra werkcentrum <bestand.json|yaml>`: toetst een Werkcentrum. */
export const werkcentrumCommando = maakToetsCommando({
  naam: "werkcentrum",
  samenvatting: "Toetst een Werkcentrum (JSON of YAML): naam en subdomein, toegangspoort, kanalen, gidsfunctie, werkgeversdienstverlening; elke bevinding met bron.",
  onderwerp: "Toets van het Werkcentrum",
  uitleg:
    "Dezelfde regels toetsen het Werkcentrum-onderdeel van een convenant (arbeidsmarktinfra toets). " +
    "Exitcode 0 zonder 'fout', 1 met een niet-voldaan met ernst 'fout', 2 bij onleesbare of ongeldige invoer. Zie docs/werkcentrum.md.",
  parse: parseWerkcentrum,
  toets: (w, opties) => toetsWerkcentrum(w, opties),
  regels: () => werkcentrumRegels,
});
