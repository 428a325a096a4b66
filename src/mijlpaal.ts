import type { Citaat } from "./bronnen/citaat.js";
import type { Instellingen } from "./tijd/instellingen.js";
import { mijlpalen, type Mijlpaal } from "./tijd/mijlpalen.js";
import type { Peildatum } from "./tijd/peildatum.js";

/**
 * Opzoeken van mijlpalen op id, zodat regels hun datums uit één plek halen
 * (`src/tijd/mijlpalen.ts`) in plaats van ze over te schrijven.
 *
 * @module
 */

const vast = new Map<string, Mijlpaal>();

/**
 * De mijlpaal met dit id. Zonder instellingen wordt het antwoord bewaard (de lijst verandert
 * niet); met instellingen kan een mijlpaal die de inwerkingtreding volgt een andere datum hebben.
 * Gooit een interne fout bij een onbekend id: dat is een programmeerfout, geen invoerfout.
 */
/* @__NO_SIDE_EFFECTS__ */
export function mijlpaalOpId(id: string, instellingen?: Instellingen): Mijlpaal {
  if (instellingen === undefined) {
    const bewaard = vast.get(id);
    if (bewaard) return bewaard;
  }
  const m = mijlpalen(instellingen).find((x) => x.id === id);
  if (!m) throw new Error(`interne fout: onbekende mijlpaal ${JSON.stringify(id)}`);
  if (instellingen === undefined) vast.set(id, m);
  return m;
}

/**
 * De dag van een mijlpaal met een vaste dagdatum (precisie `dag`, niet afhankelijk van de
 * inwerkingtreding). Gooit een interne fout als de mijlpaal geen vaste dag heeft.
 */
/* @__NO_SIDE_EFFECTS__ */
export function dagVanMijlpaal(id: string): Peildatum {
  const m = mijlpaalOpId(id);
  if (m.precisie !== "dag" || m.van === null || m.volgtInwerkingtreding) {
    throw new Error(`interne fout: mijlpaal ${id} heeft geen vaste dagdatum`);
  }
  return m.van;
}

/**
 * De bron van een mijlpaal. Regels gebruiken dit voor hun citaat, zodat datum en bron op één
 * plek staan; zuiver gemarkeerd, zodat een bundler een ongebruikte regel kan weglaten.
 */
/* @__NO_SIDE_EFFECTS__ */
export function bronVanMijlpaal(id: string): Citaat {
  return mijlpaalOpId(id).bron;
}
