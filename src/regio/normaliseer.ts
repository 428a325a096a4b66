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
