import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agendaCyclus } from "../src/agenda/cyclus.js";
import { toetsAgenda } from "../src/agenda/regels.js";
import { toetsRegionaalBeraad } from "../src/beraad/toets.js";
import type { Toetsrapport } from "../src/bevinding/model.js";
import { toetsConvenant } from "../src/convenant/toets.js";
import { parseConvenant, parseMeerjarenagenda, parseRegionaalBeraad, parseTransitiedossier, parseWerkcentrum } from "../src/schemas.js";
import type { Instellingen } from "../src/tijd/instellingen.js";
import { toetsTransitie } from "../src/transitie/regels.js";
import { stappenplanOverzicht } from "../src/transitie/stappenplan.js";
import { toetsWerkcentrum } from "../src/werkcentrum/toets.js";
import { deterministischEnOnaangeraakt, gemuteerdePoel, instellingenArb, peildatumArb, RUNS, SEED } from "./hulp/robuust.js";
import { zadenVoor } from "./hulp/zaden.js";

/**
 * Robuustheid van de toetsfuncties (issue 6): op geldige invoer (voorbeelden uit examples/,
 * met fast-check gemuteerd; alleen wat daarna parseert telt), willekeurige geldige peildata en
 * instellingen is elke functie deterministisch en laat ze diep bevroren invoer ongemoeid.
 * Daarnaast de vorm van elk rapport: elke bevinding komt van een regel die in het rapport
 * staat, met een geldige uitkomst.
 */

const opties = (peildatum: string, instellingen: Instellingen | undefined) => ({ peildatum, ...(instellingen !== undefined && { instellingen }) });

function rapportKlopt(r: Toetsrapport, peildatum: string): void {
  if (r.ontvangstbewijs.peildatum !== peildatum) throw new Error(`peildatum ${r.ontvangstbewijs.peildatum} ≠ ${peildatum}`);
  const ids = new Set(r.ontvangstbewijs.regels);
  for (const b of r.bevindingen) {
    if (!ids.has(b.regelId)) throw new Error(`bevinding van ${b.regelId} staat niet in het ontvangstbewijs`);
    if (b.bericht.length < 5 || /undefined|\[object|NaN/.test(b.bericht)) throw new Error(`${b.regelId}: bericht ${JSON.stringify(b.bericht)}`);
  }
  const totaal = Object.values(r.samenvatting.perUitkomst).reduce((a, b) => a + b, 0);
  if (totaal !== r.bevindingen.length) throw new Error("samenvatting telt niet op");
}

/** Aantal verschillende gemuteerde documenten per formaat; elke run combineert er één met een peildatum en instellingen. */
const POEL = 1_500;

/**
 * Een property over (document, peildatum, instellingen) met een vaste seed en RUNS runs. De
 * documenten komen uit een poel van gemuteerde voorbeelden; geeft het aantal gebruikte.
 */
function eigenschap<T>(poel: readonly T[], controle: (x: T, peildatum: string, instellingen: Instellingen | undefined) => void): number {
  expect(poel.length, "verschillende geldige documenten in de poel").toBeGreaterThan(POEL / 2);
  const gebruikt = new Set<number>();
  fc.assert(
    fc.property(fc.nat({ max: poel.length - 1 }), peildatumArb, instellingenArb, (n, p, i) => {
      gebruikt.add(n);
      controle(poel[n]!, p, i);
    }),
    { seed: SEED, numRuns: RUNS },
  );
  return gebruikt.size;
}

describe("toetsfuncties: deterministisch en zonder de invoer te wijzigen (fast-check, gemuteerde voorbeelden)", () => {
  it(`toetsConvenant (${RUNS} runs)`, () => {
    const n = eigenschap(gemuteerdePoel(zadenVoor("convenant"), parseConvenant, POEL), (c, p, i) => {
      rapportKlopt(deterministischEnOnaangeraakt(toetsConvenant, c, opties(p, i)), p);
    });
    expect(n, "gebruikte convenanten").toBeGreaterThan(POEL / 2);
  });

  it(`toetsWerkcentrum (${RUNS} runs)`, () => {
    const n = eigenschap(gemuteerdePoel(zadenVoor("werkcentrum"), parseWerkcentrum, POEL), (w, p, i) => {
      rapportKlopt(deterministischEnOnaangeraakt(toetsWerkcentrum, w, opties(p, i)), p);
    });
    expect(n).toBeGreaterThan(POEL / 2);
  });

  it(`toetsRegionaalBeraad (${RUNS} runs)`, () => {
    const n = eigenschap(gemuteerdePoel(zadenVoor("regionaal-beraad"), parseRegionaalBeraad, POEL), (b, p, i) => {
      rapportKlopt(deterministischEnOnaangeraakt(toetsRegionaalBeraad, b, opties(p, i)), p);
    });
    expect(n).toBeGreaterThan(POEL / 2);
  });

  it(`toetsAgenda en agendaCyclus (${RUNS} runs)`, () => {
    const n = eigenschap(gemuteerdePoel(zadenVoor("meerjarenagenda"), parseMeerjarenagenda, POEL), (a, p, i) => {
      rapportKlopt(deterministischEnOnaangeraakt(toetsAgenda, a, opties(p, i)), p);
      const c = deterministischEnOnaangeraakt(agendaCyclus, a, opties(p, i));
      if (c.peildatum !== p) throw new Error("cyclus met een andere peildatum");
    });
    expect(n).toBeGreaterThan(POEL / 2);
  });

  it(`toetsTransitie en stappenplanOverzicht (${RUNS} runs)`, () => {
    const n = eigenschap(gemuteerdePoel(zadenVoor("transitie"), parseTransitiedossier, POEL), (d, p, i) => {
      rapportKlopt(deterministischEnOnaangeraakt(toetsTransitie, d, opties(p, i)), p);
      const o = deterministischEnOnaangeraakt(stappenplanOverzicht, d, { peildatum: p });
      if (o.peildatum !== p) throw new Error("overzicht met een andere peildatum");
    });
    expect(n).toBeGreaterThan(POEL / 2);
  });
});
