import { zoekGemeenteSnel } from "../regelhulp.js";
import { normaliseer } from "../regio/normaliseer.js";
import type { GemeenteZoekresultaat } from "../regio/regio.js";

/**
 * Herkent de gemeente in een vrije tekst uit een convenant, zoals de naam van de formeel
 * verantwoordelijke voor het impulsbudget of de betaler van een begrotingspost: "Gemeente
 * Rotterdam (centrumgemeente)", "College van B&W Rotterdam", "GM0599", "Rotterdam, als
 * centrumgemeente" of alleen de rol: "de centrumgemeente". Bouwt op `zoekGemeente` en
 * `normaliseer` uit `src/regio` (CBS-code, CBS-naam, roepnaam, oude naam).
 *
 * @module
 */

/** Wat {@link gemeenteUitTekst} in een tekst herkent. */
export type TekstGemeente =
  /** Alleen de rol, zonder naam: "de centrumgemeente". */
  | { readonly soort: "rol" }
  | GemeenteZoekresultaat;

/** Woordreeksen (genormaliseerd) vóór de naam die niets aan de gemeente veranderen. */
const VOOR: readonly (readonly string[])[] = [
  ["het"],
  ["de"],
  ["college", "van", "burgemeester", "en", "wethouders"],
  ["college", "van", "benw"],
  ["college", "van", "b", "en", "w"],
  ["college", "van", "bw"],
  ["college"],
  ["van"],
  ["gemeente"],
  ["centrumgemeente"],
];

/** Woordreeksen (genormaliseerd) ná de naam die alleen de rol noemen: "(centrumgemeente)", ", als centrumgemeente". */
const NA: readonly (readonly string[])[] = [
  ["als", "de", "centrumgemeente"],
  ["als", "centrumgemeente"],
  ["centrumgemeente"],
];

// Stryker disable next-line ConditionalExpression: equivalent, bij een langere reeks p leest every een woord buiten w (undefined), dat nooit gelijk is aan een woord; de lengte is alleen een snelle weg
const begintMet = (w: readonly string[], p: readonly string[]) => p.length <= w.length && p.every((x, i) => w[i] === x);
// Stryker disable next-line ConditionalExpression: equivalent, bij een langere reeks p leest every een negatieve index (undefined), die nooit gelijk is aan een woord; de lengte is alleen een snelle weg
const eindigtOp = (w: readonly string[], p: readonly string[]) => p.length <= w.length && p.every((x, i) => w[w.length - p.length + i] === x);

/**
 * De gemeente in een vrije tekst. Eerst de hele tekst (code, naam, roepnaam); lukt dat niet, dan
 * zonder een rol achteraan ("(centrumgemeente)", "als centrumgemeente") en, stap voor stap,
 * zonder woorden vooraan als "de", "college van B&W", "gemeente" of "centrumgemeente". Bij elke
 * stap wordt eerst gezocht en dan pas ingekort, zodat "De Bilt" gewoon De Bilt is. Blijft er
 * niets over en noemde de tekst de centrumgemeente, dan is het `{ soort: "rol" }`. Anders het
 * eerste resultaat dat iets vond (ook een oude of dubbelzinnige naam), of het resultaat voor de
 * hele tekst (met suggesties).
 */
export function gemeenteUitTekst(tekst: string): TekstGemeente {
  const heel = zoekGemeenteSnel(tekst);
  // Stryker disable next-line ConditionalExpression: equivalent, een snelle weg: de lus hieronder zoekt eerst dezelfde genormaliseerde tekst (zonder scheidingstekens) en vindt dan hetzelfde; geen gemeentenaam eindigt op "centrumgemeente"
  if (heel.soort !== "onbekend") return heel;
  let w = tekst
    .split(/* Stryker disable next-line Regex: equivalent, zonder + ontstaan lege woorden en die vallen weg in het filter hieronder */ /[\s,;:()/]+/)
    .map(normaliseer)
    .filter((x) => x !== "");
  const rol = w.includes("centrumgemeente");
  for (let p = NA.find((x) => eindigtOp(w, x)); p !== undefined; p = NA.find((x) => eindigtOp(w, x))) w = w.slice(0, w.length - p.length);
  for (;;) {
    if (w.length === 0) return rol ? { soort: "rol" } : heel;
    // Stryker disable next-line StringLiteral: equivalent, zoekGemeente normaliseert de term en laat spaties dus toch weg
    const z = zoekGemeenteSnel(w.join(" "));
    if (z.soort !== "onbekend") return z;
    const p = VOOR.find((x) => begintMet(w, x));
    if (p === undefined) return heel;
    w = w.slice(p.length);
  }
}

/**
 * De CBS-code van de gemeente in een tekst, of `undefined` als de tekst geen (bestaande)
 * gemeente eenduidig noemt.
 */
export function gemeentecodeUitTekst(tekst: string): string | undefined {
  const g = gemeenteUitTekst(tekst);
  return g.soort === "gemeente" ? g.gemeente.code : undefined;
}
