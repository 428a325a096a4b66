/**
 * Resultaattypen voor alles wat onbetrouwbare invoer leest (parse-functies, opzoekingen met
 * reden). Een mislukking draagt een lijst {@link Issue}s: elk met een code, een pad in de
 * invoer en een Nederlandse melding.
 *
 * @module
 */

/** Een pad in de invoer, bijvoorbeeld `["partijen", 2, "rol"]`. */
export type Pad = readonly (string | number)[];

/** Vaste codes voor invoerproblemen; meldingen mogen veranderen, codes niet. */
export type IssueCode =
  | "verplicht"
  | "ongeldig-type"
  | "ongeldige-waarde"
  | "ongeldige-datum"
  | "ongeldig-formaat"
  | "te-klein"
  | "te-groot"
  | "onbekend-veld"
  | "dubbel"
  | "inconsistent"
  | "te-diep"
  | "te-groot-bestand"
  | "onleesbaar";

/** Eén probleem in de invoer. */
export interface Issue {
  /** Stabiele code van het probleem. */
  readonly code: IssueCode;
  /** Pad naar het veld (bij een ontbrekend veld: het pad van dat veld zelf). */
  readonly path: Pad;
  /** Nederlandse melding die het veld noemt en zegt wat verwacht werd. */
  readonly message: string;
}

/** Geslaagd met een waarde, of mislukt met problemen. */
export type Result<T, E = Issue> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly E[] };

/** Maakt een geslaagd resultaat. */
export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

/** Maakt een mislukt resultaat. */
export function fail<E = Issue>(...issues: E[]): Result<never, E> {
  return { ok: false, issues };
}

const isPadDeel = (d: unknown): boolean => typeof d === "string" || typeof d === "number";

/**
 * Gooit een {@link OngeldigeInvoerFout} als een pad geen lijst van veldnamen (tekst) en posities
 * (getal) is: een pad komt uit de bibliotheek zelf, dus dit is een fout van de aanroeper.
 */
export function vereisPad(pad: unknown, naam = "pad"): asserts pad is Pad {
  if (!Array.isArray(pad) || !pad.every(isPadDeel)) {
    throw new OngeldigeInvoerFout({ code: "ongeldig-type", path: [naam], message: `${naam}: verwacht een lijst van veldnamen (tekst) en posities (getal), bijv. ["partijen", 2, "rol"]` });
  }
}

/** Zet een pad om naar een JSON Pointer (RFC 6901), bijv. `/partijen/2/rol`. */
export function naarJsonPointer(pad: Pad): string {
  // Eén lus die het pad controleert en de pointer bouwt: dit draait voor elke bevinding.
  if (!Array.isArray(pad)) vereisPad(pad);
  let uit = "";
  for (const d of pad) {
    if (typeof d === "number") uit += "/" + d;
    else if (typeof d === "string") {
      // Stryker disable next-line ConditionalExpression: snelle weg, zonder ~ of / laat het vervangen de tekst gelijk
      uit += "/" + (d.includes("~") || d.includes("/") ? d.replaceAll("~", "~0").replaceAll("/", "~1") : d);
    } else vereisPad(pad);
  }
  return uit;
}

/** Leesbaar pad, bijv. `partijen[2].rol`; leeg pad wordt `(hele document)`. */
export function formatPad(pad: Pad): string {
  vereisPad(pad);
  if (pad.length === 0) return "(hele document)";
  return pad
    .map((d, i) => (typeof d === "number" ? `[${d}]` : /^[A-Za-z_$][\w$-]*$/.test(d) ? (i === 0 ? d : `.${d}`) : `[${JSON.stringify(d)}]`))
    .join("");
}

/**
 * Fout die de bibliotheek gooit bij ongeldige argumenten aan een functie (bijv. een peildatum
 * als `2025-02-30`). Invoerbestanden geven geen uitzondering maar een {@link Result}.
 */
export class OngeldigeInvoerFout extends Error {
  /** Stabiele code. */
  readonly code: IssueCode;
  /** Pad of naam van het argument. */
  readonly path: Pad;
  constructor(issue: Issue) {
    super(issue.message);
    this.name = "OngeldigeInvoerFout";
    this.code = issue.code;
    this.path = issue.path;
  }
}

/**
 * Controleert goedkoop of een argument de vorm heeft die een regelfunctie verwacht (een object
 * met de genoemde tekst- en lijstvelden). Zo geeft een aanroep met ongeparseerde invoer een
 * Nederlandse {@link OngeldigeInvoerFout} in plaats van een `TypeError` diep in de regels.
 * @param functie - naam van de functie, voor de melding
 * @param parseFunctie - de parse-functie die de invoer had moeten lezen
 * @param pad - pad van het argument (bijv. `["plan"]`, alleen veldnamen) als de melding het moet noemen; standaard leeg
 */
export function vereisVorm(
  functie: string,
  invoer: unknown,
  vorm: { readonly tekst?: readonly string[]; readonly lijst?: readonly string[] },
  parseFunctie: string,
  pad: Pad = [],
): void {
  const fout = (veld: string, verwacht: string): never => {
    const p = veld === "" ? pad : [...pad, veld];
    throw new OngeldigeInvoerFout({
      code: "ongeldig-type",
      path: p,
      // Argument- en veldnamen: een punt volstaat (geen formatPad, die hoort niet in elke bundel).
      message: `${functie}: ${p.length === 0 ? "invoer" : p.join(".")}: verwacht ${verwacht}; lees onbetrouwbare invoer eerst met ${parseFunctie} uit arbeidsmarktinfra/schemas`,
    });
  };
  if (typeof invoer !== "object" || invoer === null || Array.isArray(invoer)) fout("", "een object");
  const o = invoer as Record<string, unknown>;
  for (const v of vorm.tekst ?? []) if (typeof o[v] !== "string") fout(v, "een tekst");
  for (const v of vorm.lijst ?? []) if (!Array.isArray(o[v])) fout(v, "een lijst");
}
