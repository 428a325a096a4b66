import { REGIO_RIJEN } from "../regio/data/gegevens.js";
import { OngeldigeInvoerFout } from "../result.js";

/**
 * Een klein opzoekmodel voor de 35 regionamen, zodat `routeer` concrete namen ("Werkcentrum
 * Rijnmond", "WerkgeversServicepunt Rijnmond") kan geven zonder de gemeentetabellen en
 * indexen van `src/regio/regio.ts` in de bundel te trekken. Alleen de lijst `[code, naam]`
 * wordt gebruikt; esbuild laat de ongebruikte tabellen uit hetzelfde bestand weg.
 *
 * @module
 */

/** CBS-code van een arbeidsmarktregio, bijv. `AM22` (niet doorlopend: AM04, AM16 en AM31 bestaan niet). */
export type RegioCode =
  "AM01" | "AM02" | "AM03" | "AM05" | "AM06" | "AM07" | "AM08" | "AM09" |
  "AM10" | "AM11" | "AM12" | "AM13" | "AM14" | "AM15" | "AM17" | "AM18" | "AM19" |
  "AM20" | "AM21" | "AM22" | "AM23" | "AM24" | "AM25" | "AM26" | "AM27" | "AM28" | "AM29" |
  "AM30" | "AM32" | "AM33" | "AM34" | "AM35" | "AM36" | "AM37" | "AM38";

// Compileert niet als de lijst hierboven afwijkt van de regiodata (CBS 2026).
type CodesInData = (typeof REGIO_RIJEN)[number][0];
type Gelijk<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
type Waar<T extends true> = T;
type _RegioCodesKloppen = Waar<Gelijk<RegioCode, CodesInData>>;

/** Alle 35 regiocodes, in CBS-volgorde. */
export const regioCodes: readonly RegioCode[] = /* @__PURE__ */ REGIO_RIJEN.map((r) => r[0]);

const NAMEN: Readonly<Record<string, string>> = /* @__PURE__ */ Object.fromEntries(REGIO_RIJEN);

/** Of een tekst een bestaande regiocode is (`AM22`), zonder de regiotabellen te laden. */
export function isRegioCode(code: unknown): code is RegioCode {
  return typeof code === "string" && Object.hasOwn(NAMEN, code);
}

/** De CBS-naam van een regiocode, bijv. `Rijnmond` voor `AM22`; een onbekende code komt terug zoals hij is. */
export function regionaam(code: RegioCode): string {
  if (typeof code !== "string") throw new OngeldigeInvoerFout({ code: "ongeldig-type", path: ["code"], message: "code: verwacht een regiocode als tekst, bijv. AM22" });
  return Object.hasOwn(NAMEN, code) ? NAMEN[code]! : code;
}

/** Volgnummer per getal in de code (`AM22` → 22 → volgnummer); -1 waar geen regio is. */
const NUMMER_PER_GETAL: readonly number[] = /* @__PURE__ */ (() => {
  const t = Array.from({ length: 100 }, () => -1);
  regioCodes.forEach((c, i) => (t[Number(c.slice(2))] = i));
  return t;
})();

/** Volgnummer (0..34) van een regiocode, voor tabellen per regio; -1 bij een onbekende code. Zonder zoeken: O(1). */
export function regioNummer(code: string): number {
  if (typeof code !== "string" || code.length !== 4 || code.charCodeAt(0) !== 65 || code.charCodeAt(1) !== 77) return -1;
  const a = code.charCodeAt(2) - 48;
  const b = code.charCodeAt(3) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? NUMMER_PER_GETAL[a * 10 + b]! : -1;
}
