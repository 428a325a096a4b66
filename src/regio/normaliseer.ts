import type { OngeldigeInvoerFout } from "../result.js";
import { ongeldig, vereisTekst } from "../vorm.js";
import { onthoud } from "../geheugen.js";

/** Begrensd geheugen van `normaliseer`: dezelfde namen komen in een toets vaak terug. */
const genormaliseerd = /* @__PURE__ */ new Map<string, string>();

/**
 * Normaliseert een naam of code om te zoeken: hoofdletters, diakrieten, koppeltekens, spaties,
 * apostrofs en andere leestekens tellen niet mee ("Súdwest-Fryslân" = "sudwestfryslan",
 * "'s-Gravenhage" = "sgravenhage", "Zuid Limburg" = "zuidlimburg"). `&` telt als `en`. Gooit
 * {@link OngeldigeInvoerFout} als de waarde geen tekst is.
 */
export function normaliseer(tekst: string): string {
  vereisTekst(["tekst"], tekst);
  // Lange teksten worden niet bewaard (het geheugen is voor namen).
  return tekst.length <= 200 ? onthoud(genormaliseerd, tekst, normaal, 1024) : normaal(tekst);
}

function normaal(tekst: string): string {
  return tekst
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replaceAll("&", "en")
    .replace(/[^a-z0-9]/g, "");
}

/** Levenshtein-afstand tussen twee (korte) teksten. */
export function afstand(a: string, b: string): number {
  if (a === b) return 0;
  let vorige = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const huidige = [i];
    for (let j = 1; j <= b.length; j++) {
      const kosten = a[i - 1] === b[j - 1] ? 0 : 1;
      huidige[j] = Math.min(huidige[j - 1]! + 1, vorige[j]! + 1, vorige[j - 1]! + kosten);
    }
    vorige = huidige;
  }
  return vorige[b.length]!;
}

/**
 * De namen die het dichtst bij een zoekterm liggen: eerst namen die de term bevatten of erin
 * voorkomen, dan op afstand. Hoogstens `max` namen, alleen binnen een redelijke afstand.
 * Gooit {@link OngeldigeInvoerFout} als de term of een naam geen tekst is.
 */
export function dichtstbij(term: string, namen: Iterable<string>, max = 3): string[] {
  vereisTekst(["term"], term);
  if (typeof (namen as { [Symbol.iterator]?: unknown } | null | undefined)?.[Symbol.iterator] !== "function" || typeof namen === "string") ongeldig(["namen"], "een lijst van namen", namen);
  if (!Number.isSafeInteger(max) || max < 0) ongeldig(["max"], "een geheel getal van 0 of meer", max, "ongeldige-waarde");
  const t = normaliseer(term);
  if (t === "") return [];
  const kandidaten: { naam: string; score: number }[] = [];
  const gezien = new Set<string>();
  let i = 0;
  for (const naam of namen) {
    vereisTekst(["namen", i++], naam);
    if (gezien.has(naam)) continue;
    gezien.add(naam);
    const n = normaliseer(naam);
    const bevat = n.length >= 3 && t.length >= 3 && (n.includes(t) || t.includes(n));
    const d = afstand(t, n);
    const grens = Math.max(2, Math.floor(Math.max(t.length, n.length) / 3));
    if (bevat) kandidaten.push({ naam, score: d / 100 });
    else if (d <= grens) kandidaten.push({ naam, score: d });
  }
  return kandidaten
    .sort((a, b) => a.score - b.score || a.naam.localeCompare(b.naam, "nl"))
    .slice(0, max)
    .map((k) => k.naam);
}

/** Of twee verschillende teksten gelijk zijn op één paar verwisselde buurletters na (`regoi`, `regio`). */
function verwisseld(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.length === b.length && i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * De bekende naam (of twee) waar een verkeerd getypte veldnaam of waarde op lijkt, voor een
 * "bedoelde u …?" in een melding. Strenger dan {@link dichtstbij}, die in plaatsnamen zoekt:
 * - hoofdletters, diakrieten en leestekens tellen niet (`"ww"` → `"WW"`, `"ww_einddatum"` → `"wwEinddatum"`);
 * - verder hoogstens een derde van de lengte aan bewerkingen (minstens 1: `"rool"` → `"rol"`,
 *   `"partyen"` → `"partijen"`; twee verwisselde buurletters tellen als één: `"regoi"` → `"regio"`),
 *   of de ene naam staat in de andere en is minstens half zo lang (`"bedrag"` → `"bedragCent"`);
 * - een naam of term van minder dan 3 tekens alleen als ze op hoofdletters en leestekens na gelijk zijn.
 *
 * Geeft de beste naam, twee als twee even dichtbij liggen (in de volgorde van `namen`), en niets
 * bij drie of meer even dichtbij (dan helpt een gok niet) of bij een term van meer dan 64 tekens.
 * Voor berichten; gooit niet (de aanroeper geeft teksten).
 */
export function gelijkend(term: string, namen: readonly string[]): string[] {
  const t = term.length > 64 ? "" : normaal(term);
  if (t === "") return [];
  let beste: string[] = [];
  let min = Infinity;
  for (const naam of namen) {
    const n = normaal(naam);
    const kort = Math.min(t.length, n.length);
    const lang = Math.max(t.length, n.length);
    if (naam === term || (kort < 3 && t !== n)) continue;
    const d = verwisseld(t, n) ? 1 : afstand(t, n);
    if (d > Math.max(1, Math.floor(lang / 3)) && !(2 * kort >= lang && (n.includes(t) || t.includes(n)))) continue;
    if (d < min) [min, beste] = [d, [naam]];
    else if (d === min && !beste.includes(naam)) beste.push(naam);
  }
  return beste.length > 2 ? [] : beste;
}

/**
 * `; bedoelde u "x"?` (of `"x" of "y"`) als de term op een van de namen lijkt ({@link gelijkend}),
 * anders een lege tekst. Bij een onbekend veld is `aanwezig` het object zelf: een veld dat er al
 * staat, wordt niet voorgesteld (is dat het dichtstbij, dan geen voorstel).
 */
export function bedoeldeU(term: string, namen: readonly string[], aanwezig: object = {}): string {
  const g = gelijkend(term, namen).filter((n) => !Object.hasOwn(aanwezig, n));
  return g.length === 0 ? "" : `; bedoelde u ${g.map((n) => JSON.stringify(n)).join(" of ")}?`;
}
