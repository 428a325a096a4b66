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
import { diepBevroren } from "./hulp/fixtures.js";
import { gelijkeUitkomsten, gemuteerdePoel, instellingenArb, peildatumArb, RUNS, SEED, tweelingen, type Tweeling } from "./hulp/robuust.js";
import { zadenVoor } from "./hulp/zaden.js";

/**
 * Robuustheid van de toetsfuncties (issue 6): op geldige invoer (voorbeelden uit examples/,
 * met fast-check gemuteerd; alleen wat daarna parseert telt), willekeurige geldige peildata en
 * instellingen is elke functie deterministisch en laat ze diep bevroren invoer ongemoeid.
 * Daarnaast de vorm van elk rapport: elke bevinding komt van een regel die in het rapport
 * staat, met een geldige uitkomst.
 */

const opties = (peildatum: string, instellingen: Instellingen | undefined): Opties => ({ peildatum, ...(instellingen !== undefined && { instellingen }) });

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
const POEL = 1_000;

type Opties = { readonly peildatum: string; readonly instellingen?: Instellingen };

/**
 * Een property over (document, peildatum, instellingen) met een vaste seed en RUNS runs. De
 * documenten komen uit een poel van gemuteerde voorbeelden, elk als diep bevroren exemplaar en
 * als losse kopie; per run roept `controle` de functie op beide aan (met ook de instellingen
 * bevroren en als kopie). Na afloop is geen enkel document gewijzigd. Geeft het aantal gebruikte.
 */
function eigenschap<T>(poel: readonly T[], controle: (x: Tweeling<T>, bevroren: Opties, kopie: Opties) => void): number {
  expect(poel.length, "verschillende geldige documenten in de poel").toBeGreaterThan(POEL / 2);
  const paren = tweelingen(poel);
  const gebruikt = new Set<number>();
  fc.assert(
    fc.property(fc.nat({ max: poel.length - 1 }), peildatumArb, instellingenArb, (n, p, i) => {
      gebruikt.add(n);
      const bevroren = diepBevroren(opties(p, i === undefined ? undefined : structuredClone(i)));
      controle(paren[n]!, bevroren, opties(p, i === undefined ? undefined : structuredClone(i)));
    }),
    { seed: SEED, numRuns: RUNS },
  );
  for (const [n, x] of paren.entries()) expect(JSON.stringify(x.bevroren), `document ${n} gewijzigd`).toBe(JSON.stringify(poel[n]));
  return gebruikt.size;
}

/** Roept f aan op het bevroren document (met bevroren opties) en op de kopie; gooit als de uitkomsten verschillen. */
function beide<T, R>(f: (x: T, o: Opties) => R, c: Tweeling<T>, a: Opties, b: Opties): R {
  return gelijkeUitkomsten(f.name, f(c.bevroren, a), f(c.kopie, b));
}

describe("toetsfuncties: deterministisch en zonder de invoer te wijzigen (fast-check, gemuteerde voorbeelden)", () => {
  it(`toetsConvenant (${RUNS} runs)`, () => {
    const n = eigenschap(gemuteerdePoel(zadenVoor("convenant"), parseConvenant, POEL), (c, a, b) => rapportKlopt(beide(toetsConvenant, c, a, b), a.peildatum));
    expect(n, "gebruikte convenanten").toBeGreaterThan(POEL / 2);
  });

  it(`toetsWerkcentrum (${RUNS} runs)`, () => {
    const n = eigenschap(gemuteerdePoel(zadenVoor("werkcentrum"), parseWerkcentrum, POEL), (w, a, b) => rapportKlopt(beide(toetsWerkcentrum, w, a, b), a.peildatum));
    expect(n).toBeGreaterThan(POEL / 2);
  });

  it(`toetsRegionaalBeraad (${RUNS} runs)`, () => {
    const n = eigenschap(gemuteerdePoel(zadenVoor("regionaal-beraad"), parseRegionaalBeraad, POEL), (r, a, b) => rapportKlopt(beide(toetsRegionaalBeraad, r, a, b), a.peildatum));
    expect(n).toBeGreaterThan(POEL / 2);
  });

  it(`toetsAgenda en agendaCyclus (${RUNS} runs)`, () => {
    const n = eigenschap(gemuteerdePoel(zadenVoor("meerjarenagenda"), parseMeerjarenagenda, POEL), (ag, a, b) => {
      rapportKlopt(beide(toetsAgenda, ag, a, b), a.peildatum);
      if (beide(agendaCyclus, ag, a, b).peildatum !== a.peildatum) throw new Error("cyclus met een andere peildatum");
    });
    expect(n).toBeGreaterThan(POEL / 2);
  });

  it(`toetsTransitie en stappenplanOverzicht (${RUNS} runs)`, () => {
    const n = eigenschap(gemuteerdePoel(zadenVoor("transitie"), parseTransitiedossier, POEL), (d, a, b) => {
      rapportKlopt(beide(toetsTransitie, d, a, b), a.peildatum);
      if (beide(stappenplanOverzicht, d, a, b).peildatum !== a.peildatum) throw new Error("overzicht met een andere peildatum");
    });
    expect(n).toBeGreaterThan(POEL / 2);
  });
});
