import { bronnen, isBronSleutel, type BronSleutel } from "./bronnen.js";
import { vereisVelden } from "../vorm.js";

/**
 * Een verwijzing naar de plek in een bron waar een regel, parameterwaarde of feit vandaan komt.
 *
 * @example
 * ```ts
 * import { type Citaat } from "arbeidsmarktinfra";
 * const c: Citaat = { bron: "HRT", plaats: "§4.1", citaat: "zo’n 2,7 fte (1,35 fte x 2) per arbeidsmarktregio" };
 * ```
 */
export interface Citaat {
  /** Sleutel uit het bronnenregister ({@link bronnen}). */
  readonly bron: BronSleutel;
  /** Plaats in de bron: paragraaf, tabel, bijlage of kop (bijv. `§4.1`, `Tabel 4`, `Bijlage 1, begrippenlijst`). */
  readonly plaats: string;
  /** Optioneel een kort letterlijk citaat. */
  readonly citaat?: string;
}

/**
 * De sterkte van de grondslag van een regel, van sterk naar zwak:
 * - `wet`: wet of besluit (wijziging Wet SUWI / Besluit SUWI); bindend zodra in werking;
 * - `beleid`: kabinetsbeleid uit een Kamerbrief;
 * - `handreiking`: richtlijn uit een handreiking;
 * - `voorbeeld`: een voorbeeld uit één regio ("ter inspiratie").
 */
export type Grondslag = "wet" | "beleid" | "handreiking" | "voorbeeld";

/** Alle grondslagen, van sterk naar zwak. */
export const grondslagen: readonly Grondslag[] = ["wet", "beleid", "handreiking", "voorbeeld"];

/** Maakt een citaat; de sleutel wordt door TypeScript gecontroleerd. */
/* @__NO_SIDE_EFFECTS__ */
export function citeer(bron: BronSleutel, plaats: string, citaat?: string): Citaat {
  return citaat === undefined ? { bron, plaats } : { bron, plaats, citaat };
}

/** Leesbare weergave, bijv. `HRT §4.1 (Handreiking Transitieperiode naar regionale Werkcentra)`. */
export function formatCitaat(c: Citaat): string {
  vereisVelden(["citaat"], c, { tekst: ["bron", "plaats"] });
  const b = isBronSleutel(c.bron) ? bronnen[c.bron] : undefined;
  const titel = b ? ` (${b.titel}${"referentie" in b ? `, ${b.referentie}` : ""})` : "";
  return `${c.bron} ${c.plaats}${titel}`;
}

/**
 * Controleert een citaat: bekende bron en een niet-lege plaats. Geeft de gevonden problemen
 * terug (leeg = in orde). Gebruikt door de meta-test die de build laat falen.
 */
export function controleerCitaat(c: unknown): string[] {
  if (typeof c !== "object" || c === null) return ["geen citaat"];
  const { bron, plaats } = c as { bron?: unknown; plaats?: unknown };
  const problemen: string[] = [];
  if (typeof bron !== "string" || !isBronSleutel(bron)) problemen.push(`onbekende bron ${JSON.stringify(bron)}`);
  if (typeof plaats !== "string" || plaats.trim() === "") problemen.push("plaats ontbreekt");
  return problemen;
}
