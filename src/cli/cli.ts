import { VERSIE } from "../versie.js";
import type { Commando } from "./commando.js";
import { voerCommandoUit } from "./commando.js";
import { faseCommando } from "./commandos/fase.js";
import { middelenCommando } from "./commandos/middelen.js";
import { regioCommando } from "./commandos/regio.js";
import { agendaCommando } from "./commandos/agenda.js";
import { transitieCommando } from "./commandos/transitie.js";
import { mijlpalenCommando } from "./commandos/mijlpalen.js";
import { toetsCommando } from "./commandos/toets.js";
import { werkcentrumCommando } from "./commandos/werkcentrum.js";
import { regelsCommando } from "./commandos/regels.js";
import { routeerCommando } from "./commandos/routeer.js";
import { EXIT, type Io } from "./io.js";

/** Alle commando's, in de volgorde van de hulptekst. */
export const commandos: readonly Commando[] = [
  // Toetsen van documenten
  toetsCommando,
  werkcentrumCommando,
  agendaCommando,
  transitieCommando,
  // Triage
  routeerCommando,
  // Naslag
  regelsCommando,
  regioCommando,
  faseCommando,
  middelenCommando,
  mijlpalenCommando,
];

function hoofdhulp(): string {
  const breedte = Math.max(...commandos.map((c) => c.naam.length)) + 2;
  return [
    "arbeidsmarktinfra — regels, bevindingen en referentiedata voor de hervorming van de arbeidsmarktinfrastructuur",
    "",
    "Gebruik: arbeidsmarktinfra <commando> [opties]",
    "",
    "Commando's:",
    ...commandos.map((c) => `  ${c.naam.padEnd(breedte)}${c.samenvatting}`),
    "",
    "Algemene opties:",
    "  --help       hulp (ook per commando: arbeidsmarktinfra <commando> --help)",
    "  --version    versie",
    "",
    "Exitcodes: 0 in orde; 1 bevindingen met ernst 'fout'; 2 onleesbare of ongeldige invoer.",
    "",
  ].join("\n");
}

/** Voert de CLI uit met de gegeven argumenten; geeft de exitcode. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const [eerste, ...rest] = argv;
  if (eerste === undefined || eerste === "--help" || eerste === "-h" || eerste === "help") {
    io.stdout(hoofdhulp());
    return eerste === undefined ? EXIT.invoer : EXIT.ok;
  }
  if (eerste === "--version" || eerste === "-v") {
    io.stdout(`${VERSIE}\n`);
    return EXIT.ok;
  }
  const c = commandos.find((x) => x.naam === eerste);
  if (!c) {
    io.stderr(`arbeidsmarktinfra: onbekend commando ${JSON.stringify(eerste)}. Kies uit: ${commandos.map((x) => x.naam).join(", ")}.\n`);
    return EXIT.invoer;
  }
  return voerCommandoUit(c, rest, io);
}
