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

/** Controleert en decodeert de bytes van één regel (zonder regeleinde). */
export function decodeerRegel(nr: number, bytes: Uint8Array): GelezenRegel {
  let eind = bytes.length;
  if (eind > 0 && bytes[eind - 1] === CR) eind--;
  let begin = 0;
  if (nr === 1 && eind >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) begin = 3;
  const deel = bytes.subarray(begin, eind);
  if (deel.includes(0)) return probleem(nr, "dit lijkt binaire inhoud, geen JSON (bevat NUL-bytes)");
  const tekst = utf8.decode(deel);
  // Snel pad: alleen als er een vervangingsteken in staat, kan het ongeldige UTF-8 zijn (of een echte U+FFFD).
  if (tekst.includes("\uFFFD")) {
    try {
      utf8Streng.decode(deel);
    } catch {
      return probleem(nr, "de regel is geen geldige UTF-8-tekst");
    }
  }
  return { nr, tekst };
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
    for (let lf = blok.indexOf(LF, begin); lf !== -1; lf = blok.indexOf(LF, begin)) {
      // Zonder iets vast te houden: een hele regel binnen één blok gaat direct door.
      if (delen.length === 0 && !overslaan) {
        nr++;
        yield lf - begin > max ? teLangeRegel(nr, max) : decodeerRegel(nr, blok.subarray(begin, lf));
      } else {
        voegToe(blok.subarray(begin, lf));
        yield regel();
        opnieuw();
      }
      begin = lf + 1;
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
