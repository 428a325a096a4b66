import type { Instellingen } from "../../tijd/instellingen.js";
import { leesFormaat, type Commando } from "../commando.js";
import { maakToetsCommando, type ToetsCommandoDef } from "../rapport.js";

/**
 * Een toetscommando (zelfde opties, formaten en exitcodes als {@link maakToetsCommando}) dat in
 * tekstuitvoer na de kop van het rapport een overzicht toont, bijv. de cyclus van een agenda.
 * JSON- en SARIF-uitvoer blijven precies het rapport.
 */
export function toetsCommandoMetOverzicht<T>(
  def: ToetsCommandoDef<T>,
  overzicht: (waarde: T, opties: { peildatum: string; instellingen: Instellingen }) => string,
): Commando {
  const basis = maakToetsCommando(def);
  return {
    ...basis,
    async voerUit(args, io) {
      if (leesFormaat(args) !== "tekst") return basis.voerUit(args, io);
      let tekst: string | undefined;
      const c = maakToetsCommando<T>({
        ...def,
        toets: (waarde, opties) => {
          const rapport = def.toets(waarde, opties);
          tekst = overzicht(waarde, opties);
          return rapport;
        },
      });
      let uit = "";
      const code = await c.voerUit(args, { ...io, stdout: (t) => void (uit += t) });
      if (tekst !== undefined) {
        const i = uit.indexOf("\n\n");
        uit = i >= 0 ? `${uit.slice(0, i + 2)}${tekst}\n${uit.slice(i + 2)}` : `${tekst}\n${uit}`;
      }
      io.stdout(uit);
      return code;
    },
  };
}
