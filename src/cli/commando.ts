import { parseArgs } from "node:util";
import { OngeldigeInvoerFout } from "../result.js";
import type { Instellingen } from "../tijd/instellingen.js";
import { controleerPeildatum } from "../tijd/peildatum.js";
import { inwerkingtredingProbleem } from "../tijd/wet.js";
import { EXIT, type Io } from "./io.js";

/** Beschrijving van een optie van een commando. */
export interface OptieDef {
  readonly type: "string" | "boolean";
  readonly beschrijving: string;
  readonly waarden?: readonly string[];
  readonly standaard?: string;
}

/** De gelezen argumenten van een commando. */
export interface Argumenten {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
}

/** Een CLI-commando. */
export interface Commando {
  readonly naam: string;
  readonly samenvatting: string;
  /** Gebruiksregel zonder programmanaam, bijv. `regio <zoekterm|gemeente> [--formaat tekst|json]`. */
  readonly gebruik: string;
  readonly uitleg?: string;
  readonly opties: Readonly<Record<string, OptieDef>>;
  readonly voerUit: (args: Argumenten, io: Io) => number | Promise<number>;
}

/** Optie `--formaat`. */
export const formaatOptie = (waarden: readonly string[] = ["tekst", "json"]): OptieDef => ({
  type: "string",
  beschrijving: `uitvoerformaat: ${waarden.join(", ")}`,
  waarden,
  standaard: "tekst",
});

/** Optie `--peildatum`. */
export const peildatumOptie: OptieDef = {
  type: "string",
  beschrijving: "peildatum JJJJ-MM-DD (standaard: vandaag in Nederland; de uitvoer noemt de gebruikte datum)",
};

/** Optie `--inwerkingtreding`. */
export const inwerkingtredingOptie: OptieDef = {
  type: "string",
  beschrijving: 'datum inwerkingtreding wet JJJJ-MM-DD of "onbekend" (standaard: de beoogde 2026-07-01)',
};

/** Fout in de aanroep: melding op stderr, exitcode 2. */
export class GebruiksFout extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GebruiksFout";
  }
}

/** Leest `--peildatum` (of vandaag) en geeft ook terug of het vandaag was. */
export function leesPeildatum(args: Argumenten, io: Io): { peildatum: string; vandaag: boolean } {
  const p = args.values["peildatum"];
  if (p === undefined) return { peildatum: io.vandaag(), vandaag: true };
  const issue = controleerPeildatum(p, ["--peildatum"]);
  if (issue) throw new GebruiksFout(issue.message);
  return { peildatum: String(p), vandaag: false };
}

/** Leest `--inwerkingtreding` naar instellingen. */
export function leesInstellingen(args: Argumenten): Instellingen {
  const iwt = args.values["inwerkingtreding"];
  if (iwt === undefined) return {};
  // Dezelfde controle als parseInstellingen en inwerkingtreding(): een datum vanaf 2025-01-01, of "onbekend".
  const p = inwerkingtredingProbleem(iwt);
  if (p) throw new GebruiksFout(`--inwerkingtreding: ${p.tekst}`);
  return { inwerkingtreding: String(iwt) };
}

/** Het gekozen formaat. */
export function leesFormaat(args: Argumenten): string {
  return String(args.values["formaat"] ?? "tekst");
}

/** Helptekst van een commando. */
export function helpVoor(c: Commando): string {
  const regels = [`Gebruik: arbeidsmarktinfra ${c.gebruik}`, "", c.samenvatting];
  if (c.uitleg) regels.push("", c.uitleg);
  const opties = Object.entries(c.opties);
  if (opties.length > 0) {
    regels.push("", "Opties:");
    for (const [naam, o] of opties) regels.push(`  --${naam}${o.type === "string" ? " <waarde>" : ""}`.padEnd(30) + o.beschrijving);
  }
  regels.push(`  --help`.padEnd(30) + "deze hulp");
  return regels.join("\n") + "\n";
}

/** Voert een commando uit met foutafhandeling: gebruiksfouten en ongeldige invoer geven exit 2. */
export async function voerCommandoUit(c: Commando, argv: readonly string[], io: Io): Promise<number> {
  let args: Argumenten;
  try {
    const opties: Record<string, { type: "string" | "boolean" }> = { help: { type: "boolean" } };
    for (const [naam, o] of Object.entries(c.opties)) opties[naam] = { type: o.type };
    const r = parseArgs({ args: [...argv], options: opties, allowPositionals: true, strict: true });
    args = { positionals: r.positionals, values: r.values as Record<string, string | boolean | undefined> };
  } catch (e) {
    io.stderr(`arbeidsmarktinfra ${c.naam}: ${vertaalArgFout(e)}\n\n${helpVoor(c)}`);
    return EXIT.invoer;
  }
  if (args.values["help"]) {
    io.stdout(helpVoor(c));
    return EXIT.ok;
  }
  for (const [naam, o] of Object.entries(c.opties)) {
    const v = args.values[naam];
    if (o.waarden && v !== undefined && !o.waarden.includes(String(v))) {
      io.stderr(`arbeidsmarktinfra ${c.naam}: --${naam} moet een van ${o.waarden.join(", ")} zijn, niet ${JSON.stringify(v)}\n`);
      return EXIT.invoer;
    }
  }
  try {
    return await c.voerUit(args, io);
  } catch (e) {
    if (e instanceof GebruiksFout || e instanceof OngeldigeInvoerFout) {
      io.stderr(`arbeidsmarktinfra ${c.naam}: ${e.message}\n`);
      return EXIT.invoer;
    }
    throw e;
  }
}

function vertaalArgFout(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  const onbekend = /Unknown option '([^']+)'/.exec(m);
  if (onbekend) return `onbekende optie ${onbekend[1]}`;
  const waarde = /Option '([^']+)' argument missing/.exec(m);
  // Node schrijft de optie als '--peildatum <value>' (of '-p, --peildatum <value>'): alleen de naam.
  if (waarde) return `optie ${/--[\w-]+/.exec(waarde[1] ?? "")?.[0] ?? waarde[1]} verwacht een waarde`;
  const geenWaarde = /Option '([^']+)' does not take an argument/.exec(m);
  if (geenWaarde) return `optie ${geenWaarde[1]} heeft geen waarde`;
  return m;
}
