import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HULPVRAAG_SLEUTELS, hulpvraagArb, verminkteWaarde } from "../../test/hulp/triage.js";
import { parseHulpvraag } from "./schema.js";
import { snelleHulpvraag } from "./snelcontrole.js";

/** De snelle controle mag nooit iets goedkeuren wat het schema afkeurt, en geeft dan dezelfde waarde. */
const SLEUTELS = HULPVRAAG_SLEUTELS;
const waarde = verminkteWaarde;

describe("snelleHulpvraag", () => {
  it("keurt elke geldige hulpvraag goed met dezelfde waarde als het schema", () => {
    fc.assert(
      fc.property(hulpvraagArb, (h) => {
        const json = JSON.parse(JSON.stringify(h)) as unknown;
        const p = parseHulpvraag(json);
        expect(p.ok).toBe(true);
        expect(snelleHulpvraag(json)).toEqual(p.ok ? p.value : undefined);
      }),
      { seed: 20261127, numRuns: 3000 },
    );
  });

  it("keurt nooit iets goed wat het schema afkeurt (willekeurig verminkte hulpvragen)", () => {
    let goedgekeurd = 0;
    fc.assert(
      fc.property(hulpvraagArb, fc.array(fc.tuple(fc.constantFrom(...SLEUTELS), fc.option(waarde, { nil: undefined })), { minLength: 1, maxLength: 3 }), (h, mutaties) => {
        const x = JSON.parse(JSON.stringify(h)) as Record<string, unknown>;
        for (const [k, w] of mutaties) {
          if (w === undefined) delete x[k];
          else x[k] = w;
        }
        const snel = snelleHulpvraag(x);
        if (snel === undefined) return true;
        goedgekeurd++;
        const p = parseHulpvraag(x);
        expect(p.ok ? [] : p.issues).toEqual([]);
        expect(snel).toEqual(p.ok ? p.value : undefined);
        return true;
      }),
      { seed: 20261127, numRuns: 10_000 },
    );
    expect(goedgekeurd).toBeGreaterThan(500);
  });

  it("laat twijfelgevallen aan het schema over (namen van regio's, kleine letters, onbekende velden)", () => {
    const basis = { vrager: "werkgever", onderwerpen: ["personeel"], deur: { soort: "werkcentrum" } };
    expect(snelleHulpvraag({ ...basis, regios: ["AM22"] })).toBeDefined();
    expect(snelleHulpvraag({ ...basis, regios: ["Rijnmond"] })).toBeUndefined();
    expect(snelleHulpvraag({ ...basis, regio: "am22" })).toBeUndefined();
    expect(snelleHulpvraag({ ...basis, extra: 1 })).toBeUndefined();
    expect(snelleHulpvraag([basis])).toBeUndefined();
    expect(snelleHulpvraag(Object.create({ vrager: "werkgever" }))).toBeUndefined();
  });

  it("gooit niet bij een vrager die een sleutel van Object.prototype is (regressie: 'velden.includes is not a function')", () => {
    for (const vrager of ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "prototype"]) {
      const x = JSON.parse(JSON.stringify({ vrager, onderwerpen: ["werk"], deur: { soort: "werkcentrum" } })) as unknown;
      expect(() => snelleHulpvraag(x), vrager).not.toThrow();
      expect(snelleHulpvraag(x), vrager).toBeUndefined();
    }
  });

  it("gooit nooit, op willekeurige JSON en op objecten met de velden van een hulpvraag", () => {
    const lastig = fc.constantFrom("constructor", "__proto__", "toString", "valueOf", "hasOwnProperty");
    const obj = fc.dictionary(fc.oneof(fc.constantFrom(...SLEUTELS), lastig), fc.oneof(waarde, lastig, fc.jsonValue({ maxDepth: 2 })));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), obj), (x) => {
        const snel = snelleHulpvraag(x);
        if (snel !== undefined) expect(parseHulpvraag(x).ok).toBe(true);
      }),
      { seed: 20261127, numRuns: 2_000 },
    );
  });
});
