import type { Issue } from "../result.js";

/**
 * Regels lezen uit een bytestroom (NDJSON voor `routeer --batch`) in begrensd geheugen: van
 * één regel wordt nooit meer dan {@link MAX_REGEL} bytes vastgehouden, hoe groot het bestand
 * of de regel ook is. Elke regel wordt streng als UTF-8 gelezen; een te lange regel, NUL-bytes
 * of ongeldige UTF-8 zijn een probleem van die regel (de batch gaat door met de volgende).
 *
 * @module
 */

/** Maximale lengte van één regel in bytes (1 MiB; een hulpvraag is doorgaans minder dan 1 kB). */
export const MAX_REGEL = 1024 * 1024;

/** Eén regel: de tekst, of het probleem waardoor de regel niet te lezen is. Regelnummers beginnen bij 1. */
export type GelezenRegel = { readonly nr: number; readonly tekst: string } | { readonly nr: number; readonly probleem: Issue };

const LF = 0x0a;
const CR = 0x0d;
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
const utf8Streng = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

const probleem = (nr: number, message: string): GelezenRegel => ({ nr, probleem: { code: "onleesbaar", path: [], message } });

/** Decodeert bytes als UTF-8 (niet streng); met `Buffer.toString` waar dat kan: voor korte regels veel sneller dan TextDecoder. */
function alsTekst(bytes: Uint8Array, begin: number, eind: number): string {
  return typeof Buffer !== "undefined" && Buffer.isBuffer(bytes) ? bytes.toString("utf8", begin, eind) : utf8.decode(bytes.subarray(begin, eind));
}

/**
 * Controleert en decodeert de bytes `[begin, eind)` van één regel (zonder regeleinde).
 * `metNul` zegt of er een NUL-byte in dat stuk staat (de aanroeper weet dat per blok al).
 */
function regelUit(nr: number, bytes: Uint8Array, begin: number, eind: number, metNul: boolean): GelezenRegel {
  if (eind > begin && bytes[eind - 1] === CR) eind--;
  if (nr === 1 && eind - begin >= 3 && bytes[begin] === 0xef && bytes[begin + 1] === 0xbb && bytes[begin + 2] === 0xbf) begin += 3;
  if (metNul) return probleem(nr, "dit lijkt binaire inhoud, geen JSON (bevat NUL-bytes)");
  const tekst = alsTekst(bytes, begin, eind);
  // Snel pad: alleen als er een vervangingsteken in staat, kan het ongeldige UTF-8 zijn (of een echte U+FFFD).
  if (tekst.includes("\uFFFD")) {
    try {
      utf8Streng.decode(bytes.subarray(begin, eind));
    } catch {
      return probleem(nr, "de regel is geen geldige UTF-8-tekst");
    }
  }
  return { nr, tekst };
}

/** Controleert en decodeert de bytes van één regel (zonder regeleinde). */
export function decodeerRegel(nr: number, bytes: Uint8Array): GelezenRegel {
  return regelUit(nr, bytes, 0, bytes.length, bytes.includes(0));
}

/** Het probleem van een regel die langer is dan `max` bytes. */
export function teLangeRegel(nr: number, max: number = MAX_REGEL): GelezenRegel {
  return probleem(nr, `de regel is te lang (meer dan ${max} bytes; één hulpvraag per regel)`);
}

/**
 * Splitst een bytestroom in regels (LF of CRLF). Een regel langer dan `max` bytes wordt tot
 * het volgende regeleinde overgeslagen en als probleem gemeld; het geheugen blijft zo begrensd
 * tot ongeveer `max` plus één blok van de stroom.
 */
export async function* regelsUitStroom(stroom: AsyncIterable<Uint8Array>, max: number = MAX_REGEL): AsyncGenerator<GelezenRegel> {
  let nr = 0;
  let delen: Uint8Array[] = [];
  let lengte = 0;
  let overslaan = false;
  const voegToe = (deel: Uint8Array) => {
    if (overslaan || deel.length === 0) return;
    if (lengte + deel.length > max) {
      overslaan = true;
      delen = [];
      lengte = 0;
      return;
    }
    delen.push(deel);
    lengte += deel.length;
  };
  const regel = (): GelezenRegel => {
    nr++;
    if (overslaan) return teLangeRegel(nr, max);
    const bytes = delen.length === 1 ? delen[0]! : samenvoegen(delen, lengte);
    return decodeerRegel(nr, bytes);
  };
  const opnieuw = () => {
    delen = [];
    lengte = 0;
    overslaan = false;
  };
  for await (const blok of stroom) {
    let begin = 0;
    // De eerste NUL-byte vanaf `begin` (-1: geen): één zoektocht per blok in plaats van per regel.
    let nul = blok.indexOf(0);
    for (let lf = blok.indexOf(LF, begin); lf !== -1; lf = blok.indexOf(LF, begin)) {
      // Zonder iets vast te houden: een hele regel binnen één blok gaat direct door.
      if (delen.length === 0 && !overslaan) {
        nr++;
        yield lf - begin > max ? teLangeRegel(nr, max) : regelUit(nr, blok, begin, lf, nul !== -1 && nul < lf);
      } else {
        voegToe(blok.subarray(begin, lf));
        yield regel();
        opnieuw();
      }
      begin = lf + 1;
      if (nul !== -1 && nul < begin) nul = blok.indexOf(0, begin);
    }
    // De rest van het blok hoort bij de volgende regel; kopiëren, want de stroom mag het blok hergebruiken.
    if (begin < blok.length) voegToe(blok.slice(begin));
  }
  if (lengte > 0 || overslaan) yield regel();
}

function samenvoegen(delen: readonly Uint8Array[], lengte: number): Uint8Array {
  const uit = new Uint8Array(lengte);
  let i = 0;
  for (const d of delen) {
    uit.set(d, i);
    i += d.length;
  }
  return uit;
}
