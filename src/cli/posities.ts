import { createRequire } from "node:module";
import type { Pad } from "../result.js";
import type { Positie } from "../bevinding/sarif.js";

/**
 * Regel en kolom van een pad in het ingelezen bestand (JSON of YAML), voor de tekst- en
 * SARIF-uitvoer: een consultant ziet waar in zijn document een bevinding of invoerprobleem
 * zit, en een editor of code-scanningomgeving kan erheen springen.
 *
 * Bestaat het veld niet (een verplicht veld dat ontbreekt), dan geldt de positie van het
 * dichtstbijzijnde bestaande veld erboven. De posities komen uit een tweede, aparte lezing van
 * de tekst, pas bij de eerste vraag; mislukt die (of is het bestand groter dan
 * {@link MAX_POSITIEBESTAND} of dieper genest dan 128 niveaus), dan zijn er geen posities en
 * blijft de uitvoer verder gelijk.
 */
export type Posities = (pad: Pad) => Positie | undefined;

/** Tot deze grootte (tekens) worden posities bepaald; een convenant is veel kleiner. */
export const MAX_POSITIEBESTAND = 1024 * 1024;

/**
 * Tot deze nestdiepte (haken `[` `{`, of inspringing in spaties) worden posities bepaald. De
 * modellen staan hoogstens 64 niveaus toe; dieper genest leest de positielezer niet, want die
 * werkt recursief en V8 kan dan zelfs onherstelbaar stoppen (geen opvangbare fout).
 */
const MAX_DIEPTE = 128;

/**
 * Ruwe bovengrens van de nestdiepte: haken tellen (ook in teksten, dus eerder te hoog dan te
 * laag) en de inspringing per regel.
 */
function teDiep(tekst: string): boolean {
  let diepte = 0;
  let inspringing = 0;
  let regelBegin = true;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++diepte > MAX_DIEPTE) return true;
    } else if (c === 0x5d || c === 0x7d) diepte--;
    if (c === 0x0a) {
      regelBegin = true;
      inspringing = 0;
    } else if (regelBegin && (c === 0x20 || c === 0x2d)) {
      // Spaties en "- " aan het begin van een regel (een lijst in een lijst) tellen als inspringing.
      if (++inspringing > 2 * MAX_DIEPTE) return true;
    } else regelBegin = false;
  }
  return false;
}

interface YamlKnoop {
  readonly range?: readonly [number, number, number] | null;
  readonly items?: readonly unknown[];
  readonly key?: unknown;
  readonly value?: unknown;
}

/** Maakt de opzoekfunctie voor een tekst; de tekst wordt pas gelezen bij de eerste vraag. */
export function maakPosities(tekst: string): Posities {
  let wortel: YamlKnoop | null | undefined;
  let regelBegin: number[] = [];
  const lees = (): YamlKnoop | null => {
    if (wortel !== undefined) return wortel;
    wortel = null;
    if (tekst.length > MAX_POSITIEBESTAND || teDiep(tekst)) return null;
    try {
      const yaml = createRequire(import.meta.url)("yaml") as typeof import("yaml");
      // JSON is (op randgevallen na) ook YAML 1.2; dezelfde lezer geeft dan de posities.
      const doc = yaml.parseDocument(tekst, { uniqueKeys: false, merge: false, logLevel: "silent" });
      if (doc.errors.length > 0) return null;
      wortel = (doc.contents as YamlKnoop | null) ?? null;
      regelBegin = [0];
      for (let i = tekst.indexOf("\n"); i !== -1; i = tekst.indexOf("\n", i + 1)) regelBegin.push(i + 1);
    } catch {
      // Te diep genest of anders onleesbaar voor de positielezing: dan zonder posities.
      wortel = null;
    }
    return wortel;
  };
  const positie = (offset: number): Positie => {
    // Binair zoeken naar de regel waarin de offset valt.
    let lo = 0;
    let hi = regelBegin.length - 1;
    while (lo < hi) {
      const m = (lo + hi + 1) >> 1;
      if (regelBegin[m]! <= offset) lo = m;
      else hi = m - 1;
    }
    return { regel: lo + 1, kolom: offset - regelBegin[lo]! + 1 };
  };
  return (pad) => {
    const w = lees();
    if (w === null) return undefined;
    let knoop: YamlKnoop = w;
    let begin = w.range?.[0];
    for (const stap of pad) {
      const volgende = kind(knoop, stap);
      if (volgende === undefined) break;
      knoop = volgende.knoop;
      begin = volgende.begin ?? begin;
    }
    return begin === undefined ? undefined : positie(begin);
  };
}

/** Het kind van een map (op veldnaam) of lijst (op index), met de positie van de veldnaam of het element. */
function kind(knoop: YamlKnoop, stap: string | number): { knoop: YamlKnoop; begin: number | undefined } | undefined {
  const items = knoop.items;
  if (!Array.isArray(items)) return undefined;
  if (typeof stap === "number") {
    const el = items[stap] as YamlKnoop | null | undefined;
    // Een paar in een lijst (`- a: 1` met een lege waarde) heeft geen range; dan geen positie.
    return el === null || el === undefined || typeof el !== "object" || el.key !== undefined ? undefined : { knoop: el, begin: el.range?.[0] };
  }
  // Van achteren: bij een dubbele veldnaam in JSON telt (net als bij JSON.parse) de laatste.
  for (let i = items.length - 1; i >= 0; i--) {
    const paar = items[i] as YamlKnoop;
    const sleutel = paar.key as (YamlKnoop & { readonly value?: unknown }) | null | undefined;
    if (sleutel === null || sleutel === undefined || String(sleutel.value) !== stap) continue;
    const waarde = (paar.value as YamlKnoop | null | undefined) ?? {};
    return { knoop: waarde, begin: sleutel.range?.[0] };
  }
  return undefined;
}
