import { describe, expect, it } from "vitest";
import * as lib from "../src/index.js";
import { OngeldigeInvoerFout } from "../src/result.js";

/**
 * Regelfuncties krijgen getypeerde, geparseerde invoer. Wie ze toch met iets anders aanroept
 * (JavaScript zonder typen, ongeparseerde JSON), krijgt een Nederlandse OngeldigeInvoerFout
 * die naar de parse-functie verwijst, nooit een TypeError diep in de regels.
 */
const opties = { peildatum: "2026-01-01" };
const functies: Record<string, (x: unknown) => unknown> = {
  toetsConvenant: (x) => lib.toetsConvenant(x as never, opties),
  toetsWerkcentrum: (x) => lib.toetsWerkcentrum(x as never, opties),
  toetsRegionaalBeraad: (x) => lib.toetsRegionaalBeraad(x as never, opties),
  toetsAgenda: (x) => lib.toetsAgenda(x as never, opties),
  agendaCyclus: (x) => lib.agendaCyclus(x as never, opties),
  toetsTransitie: (x) => lib.toetsTransitie(x as never, opties),
  stappenplanOverzicht: (x) => lib.stappenplanOverzicht(x as never, opties),
  routeer: (x) => lib.routeer(x as never, opties),
  wijzigInkomenssituatie: (x) => lib.wijzigInkomenssituatie(x as never, { uitkering: "bijstand" } as never, opties),
  zoekInstrumenten: (x) => lib.zoekInstrumenten(x as never, x as never),
};

describe("regelfuncties met iets anders dan een object", () => {
  for (const [naam, f] of Object.entries(functies)) {
    it(`${naam}: OngeldigeInvoerFout met een Nederlandse melding`, () => {
      for (const x of [undefined, null, 42, "tekst", [], true]) {
        let fout: unknown;
        try {
          f(x);
        } catch (e) {
          fout = e;
        }
        expect(fout, `${naam}(${JSON.stringify(x)})`).toBeInstanceOf(OngeldigeInvoerFout);
        expect((fout as Error).message).toMatch(new RegExp(`^${naam}: .*verwacht`));
        expect((fout as Error).message).toContain("arbeidsmarktinfra/schemas");
      }
    });
  }
});
