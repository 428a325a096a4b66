import type { Citaat } from "./bronnen/citaat.js";
import type { Instellingen } from "./tijd/instellingen.js";
import { mijlpalen, type Mijlpaal, type MijlpaalUitBron } from "./tijd/mijlpalen.js";
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
 * De mijlpaal met dit id zoals de bronnen hem noemen (zonder instellingen: datum, status en bron
 * uit de bronnen). Gooit een interne fout bij een onbekend id.
 */
/* @__NO_SIDE_EFFECTS__ */
export function mijlpaalUitBron(id: string): MijlpaalUitBron {
  const m = mijlpaalOpId(id);
  // Stryker disable next-line ConditionalExpression,StringLiteral: onbereikbare verdediging, zonder instellingen komt elke datum uit de bronnen
  if (m.herkomst !== "standaard") throw new Error(`interne fout: mijlpaal ${id} zonder instellingen komt niet uit de bronnen`);
  return m;
}

/**
 * De dag van een mijlpaal met een vaste dagdatum (precisie `dag`, niet afhankelijk van de
 * inwerkingtreding). Gooit een interne fout als de mijlpaal geen vaste dag heeft.
 */
/* @__NO_SIDE_EFFECTS__ */
export function dagVanMijlpaal(id: string): Peildatum {
  const m = mijlpaalUitBron(id);
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
  return mijlpaalUitBron(id).bron;
}
