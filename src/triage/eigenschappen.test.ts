import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diepBevroren, hulpvraagArb, peildatumArb } from "../../test/hulp/triage.js";
import type { Instellingen } from "../tijd/instellingen.js";
import type { Routering } from "./model.js";
import { normaliseerHulpvraag } from "./normaliseer.js";
import { triageRegels } from "./regels.js";
import { routeer } from "./routeer.js";
import { parseHulpvraag } from "./schema.js";
import { uitlegRoutering } from "./uitleg.js";

/** Eigenschappen van `routeer` over willekeurige geldige hulpvragen (vaste seed: reproduceerbaar). */
const SEED = 20261127;

const instellingenArb: fc.Arbitrary<Instellingen | undefined> = fc.constantFrom<Instellingen | undefined>(
  undefined,
  { inwerkingtreding: "2027-01-01" },
  { inwerkingtreding: "onbekend" },
  { wwEindeVensterMaanden: 6 },
  { wwEindeVensterMaanden: 0 },
);

/** Precies één uitkomst: bepaald met een arrangeur, of beoordelen met minstens twee kandidaten en een reden. */
function eenUitkomst(r: Routering): boolean {
  if (r.status === "bepaald") return r.arrangeur !== null && r.kandidaten.length === 0 && r.reden === null && r.nagaan.length === 0;
  return r.arrangeur === null && r.kandidaten.length >= 2 && r.reden !== null && new Set(r.kandidaten.map((k) => k.soort)).size === r.kandidaten.length;
}

const citatenPerRegel = new Map(triageRegels.map((r) => [r.id, [r.bron, ...(r.andereBronnen ?? [])].map((c) => `${c.bron}|${c.plaats}`)]));

describe("routeer: eigenschappen (fast-check)", () => {
  it("elke geldige hulpvraag krijgt precies één uitkomst, zonder uitzondering (10.000 runs)", () => {
    fc.assert(
      fc.property(hulpvraagArb, peildatumArb, instellingenArb, (h, peildatum, instellingen) => {
        const r = routeer(h, { peildatum, ...(instellingen !== undefined && { instellingen }) });
        return eenUitkomst(r) && r.stappen.length >= 2 && r.peildatum === peildatum && r.vrager === h.vrager;
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  });

  it("is deterministisch en wijzigt een diep bevroren invoer niet", () => {
    fc.assert(
      fc.property(hulpvraagArb, peildatumArb, (h, peildatum) => {
        const kopie = structuredClone(h);
        const a = routeer(diepBevroren(h), { peildatum });
        const b = routeer(kopie, { peildatum });
        expect(a).toEqual(b);
        expect(h).toEqual(kopie);
        return JSON.stringify(a) === JSON.stringify(routeer(h, { peildatum }));
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });

  it("elke stap noemt een bestaande triageregel en een bron van die regel; de uitleg heeft voor elke stap een zin", () => {
    fc.assert(
      fc.property(hulpvraagArb, peildatumArb, (h, peildatum) => {
        const r = routeer(h, { peildatum });
        for (const s of r.stappen) {
          const citaten = citatenPerRegel.get(s.regel);
          expect(citaten, s.regel).toBeDefined();
          expect(citaten, s.regel).toContain(`${s.bron.bron}|${s.bron.plaats}`);
        }
        const u = uitlegRoutering(r);
        for (const t of [u.uitkomst, u.overdracht, ...u.aanvullend, ...u.verwijzingen, ...u.stappen.map((s) => s.tekst)]) {
          expect(t.length).toBeGreaterThan(10);
          expect(t).not.toMatch(/undefined|null|\[object/);
        }
        return true;
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });

  it("elke geldige hulpvraag overleeft JSON → parseHulpvraag → normaliseerHulpvraag met dezelfde routering", () => {
    fc.assert(
      fc.property(hulpvraagArb, peildatumArb, (h, peildatum) => {
        const p = parseHulpvraag(JSON.parse(JSON.stringify(h)));
        expect(p.ok ? [] : p.issues).toEqual([]);
        if (!p.ok) return false;
        const n = normaliseerHulpvraag(p.value);
        expect(n.ok ? [] : n.issues).toEqual([]);
        if (!n.ok) return false;
        expect(routeer(n.value, { peildatum })).toEqual(routeer(h, { peildatum }));
        return true;
      }),
      { seed: SEED, numRuns: 1_000 },
    );
  });

  it("leest elk soort object hetzelfde: gewoon, zonder prototype, of met velden als getters op een prototype", () => {
    // routeer leest gewone objecten met één for-in-lus en andere veld voor veld: beide wegen geven hetzelfde.
    const metGetters = (h: object): object => {
      const proto = {};
      for (const [k, v] of Object.entries(h)) Object.defineProperty(proto, k, { get: () => v, enumerable: false });
      return Object.create(proto) as object;
    };
    fc.assert(
      fc.property(hulpvraagArb, peildatumArb, (h, peildatum) => {
        const verwacht = routeer(h, { peildatum });
        expect(routeer(Object.assign(Object.create(null) as object, h) as typeof h, { peildatum })).toEqual(verwacht);
        expect(routeer(metGetters(h) as typeof h, { peildatum })).toEqual(verwacht);
        return true;
      }),
      { seed: SEED, numRuns: 1_000 },
    );
  });
});
