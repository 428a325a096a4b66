import { formatPad, OngeldigeInvoerFout, vereisPad, type Issue, type IssueCode, type Pad, type Result } from "../result.js";

declare const peildatumMerk: unique symbol;

/**
 * Een Nederlandse kalenderdatum in de vorm `JJJJ-MM-DD`, gecontroleerd op bestaan
 * (`2025-02-30` en `2025-2-3` zijn geen peildatum). Een peildatum heeft geen tijd en geen
 * tijdzone: uitkomsten hangen nooit af van de tijdzone van het proces.
 */
export type Peildatum = string & { readonly [peildatumMerk]: "Peildatum" };

const PATROON = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAANDEN = [
  "januari", "februari", "maart", "april", "mei", "juni",
  "juli", "augustus", "september", "oktober", "november", "december",
] as const;

/**
 * Gooit {@link OngeldigeInvoerFout} als een argument geen geheel getal (in het bereik) is. Klein
 * gehouden en hier (niet in `src/vorm.ts`): de kalenderfuncties gebruiken het ook, en die zitten
 * in de bundel van `routeer`.
 */
export function vereisGeheel(naam: string, w: unknown, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isSafeInteger(w) || (w as number) < min || (w as number) > max) {
    throw new OngeldigeInvoerFout({
      code: typeof w === "number" ? "ongeldige-waarde" : "ongeldig-type",
      path: [naam],
      message: `${naam}: verwacht een geheel getal${max < Number.MAX_SAFE_INTEGER ? ` van ${min} tot en met ${max}` : ""}, ontvangen ${beschrijfType(w)}`,
    });
  }
}

const schrikkeljaar = (jaar: number): boolean => (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
/** Zonder controle: voor {@link peildatumProbleem}, die jaar en maand zelf uit het patroon haalt. */
const dagen = (jaar: number, maand: number): number => (maand === 2 ? (schrikkeljaar(jaar) ? 29 : 28) : [4, 6, 9, 11].includes(maand) ? 30 : 31);

/** Of een jaar een schrikkeljaar is (gregoriaanse kalender); gooit bij iets anders dan een geheel getal. */
export function isSchrikkeljaar(jaar: number): boolean {
  vereisGeheel("jaar", jaar);
  return schrikkeljaar(jaar);
}

/** Aantal dagen in een maand (1-12) van een jaar; gooit bij een jaar of maand die geen geheel getal (in het bereik) is. */
export function dagenInMaand(jaar: number, maand: number): number {
  vereisGeheel("jaar", jaar);
  vereisGeheel("maand", maand, 1, 12);
  return dagen(jaar, maand);
}

/**
 * Wat er mis is met een waarde als peildatum (code en Nederlandse tekst zonder veldnaam), of
 * `undefined` als het een geldige peildatum is. De bouwsteen van {@link controleerPeildatum} en
 * van de schema's (die de veldnaam zelf ervoor zetten).
 *
 * @internal
 */
export function peildatumProbleem(waarde: unknown): { readonly code: IssueCode; readonly tekst: string } | undefined {
  if (typeof waarde !== "string") {
    return { code: "ongeldig-type", tekst: `verwacht een datum als tekst (JJJJ-MM-DD), ontvangen ${beschrijfType(waarde)}` };
  }
  const m = PATROON.exec(waarde);
  if (!m) {
    return { code: "ongeldig-formaat", tekst: `${JSON.stringify(waarde)} heeft niet de vorm JJJJ-MM-DD (bijvoorbeeld 2026-07-01)` };
  }
  const jaar = Number(m[1]);
  const maand = Number(m[2]);
  const dag = Number(m[3]);
  if (jaar < 1) {
    return { code: "ongeldige-datum", tekst: `jaar ${m[1]} bestaat niet` };
  }
  if (maand < 1 || maand > 12) {
    return { code: "ongeldige-datum", tekst: `${waarde} is geen bestaande datum: maand ${m[2]} bestaat niet` };
  }
  const max = dagen(jaar, maand);
  if (dag < 1 || dag > max) {
    return { code: "ongeldige-datum", tekst: `${waarde} is geen bestaande datum: ${MAANDEN[maand - 1]} ${jaar} heeft ${max} dagen` };
  }
  return undefined;
}

/**
 * De naam van een veld in een melding: het hele pad (`instellingen.inwerkingtreding`,
 * `stappenplan[0].gereedOp`), zodat de melding zegt wélk veld het is. Een pad van één deel is de
 * naam van een argument of optie (`peildatum`, `--peildatum`) en staat er letterlijk.
 */
function veldnaam(pad: Pad): string {
  if (pad.length === 0) return "peildatum";
  return pad.length === 1 ? String(pad[0]) : formatPad(pad);
}

/**
 * Controleert een waarde als peildatum en geeft bij een fout een Nederlandse melding die het
 * veld met zijn hele pad noemt (bijv. `instellingen.inwerkingtreding: 2026-02-30 is geen
 * bestaande datum: februari 2026 heeft 28 dagen`).
 * @param pad - pad of naam van het veld, voor de melding
 */
export function controleerPeildatum(waarde: unknown, pad: Pad = ["peildatum"]): Issue | undefined {
  vereisPad(pad);
  const p = peildatumProbleem(waarde);
  return p && { code: p.code, path: pad, message: `${veldnaam(pad)}: ${p.tekst}` };
}

/** Of een waarde een geldige peildatum is. */
export function isPeildatum(waarde: unknown): waarde is Peildatum {
  return controleerPeildatum(waarde) === undefined;
}

/** Leest een peildatum; mislukt met een Nederlandse melding. */
export function parsePeildatum(waarde: unknown, pad: Pad = ["peildatum"]): Result<Peildatum> {
  const issue = controleerPeildatum(waarde, pad);
  return issue ? { ok: false, issues: [issue] } : { ok: true, value: waarde as Peildatum };
}

/**
 * Maakt een peildatum van een tekst en gooit {@link OngeldigeInvoerFout} als die geen bestaande
 * datum in de vorm `JJJJ-MM-DD` is.
 *
 * @example
 * ```ts
 * import { peildatum } from "arbeidsmarktinfra";
 * peildatum("2026-07-01"); // "2026-07-01"
 * // peildatum("2025-02-30") gooit: "peildatum: 2025-02-30 is geen bestaande datum: februari 2025 heeft 28 dagen"
 * ```
 */
export function peildatum(waarde: string, pad: Pad = ["peildatum"]): Peildatum {
  const issue = controleerPeildatum(waarde, pad);
  if (issue) throw new OngeldigeInvoerFout(issue);
  return waarde as Peildatum;
}

/** Beschrijft het type van een waarde in een melding. */
export function beschrijfType(waarde: unknown): string {
  if (waarde === null) return "null";
  if (Array.isArray(waarde)) return "een lijst";
  switch (typeof waarde) {
    case "string":
      return `de tekst ${JSON.stringify(waarde.length > 40 ? waarde.slice(0, 40) + "…" : waarde)}`;
    case "number":
      return `het getal ${String(waarde)}`;
    case "boolean":
      return `de waarde ${String(waarde)}`;
    case "undefined":
      return "niets";
    case "object":
      return "een object";
    default:
      return typeof waarde;
  }
}
