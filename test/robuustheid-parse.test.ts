import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPad, type Issue, type Result } from "../src/result.js";
import * as schemas from "../src/schemas.js";
import { parsePeildatum } from "../src/tijd/peildatum.js";
import { LASTIGE_TEKSTEN, RUNS, SEED, wortel } from "./hulp/robuust.js";
import { zadenVoor } from "./hulp/zaden.js";

/**
 * Robuustheid van de parse-functies (issue 6): op willekeurige JSON, op objecten met de juiste
 * velden en willekeurige waarden, en op documenten met `__proto__`, `constructor` en
 * `prototype` als sleutel geeft elke parse-functie een Result en gooit nooit. Een mislukking
 * heeft minstens één issue met een bekende code, een pad en een Nederlandse melding die met
 * dat pad begint; er komt nooit iets in Object.prototype terecht.
 */

/** Elke parse-functie van de schemas-entry, met het JSON Schema van haar invoerformaat. */
const PARSERS: Record<string, string> = {
  parseInstellingen: "instellingen",
  parseMeerjarenagenda: "meerjarenagenda",
  parseTransitiedossier: "transitie",
  parseRegionaalBeraad: "regionaal-beraad",
  parseWerkcentrum: "werkcentrum",
  parseConvenant: "convenant",
  parseHulpvraag: "hulpvraag",
  parseWerkplan: "werkplan",
  parseMenukaart: "menukaart",
};

type Parser = (x: unknown) => Result<unknown>;
const exports = schemas as unknown as Record<string, unknown>;
const parser = (naam: string) => exports[naam] as Parser;

const CODES = new Set<string>([
  "verplicht",
  "ongeldig-type",
  "ongeldige-waarde",
  "ongeldige-datum",
  "ongeldig-formaat",
  "te-klein",
  "te-groot",
  "onbekend-veld",
  "dubbel",
  "inconsistent",
  "te-diep",
  "te-groot-bestand",
  "onleesbaar",
]);

/** Engelse woorden die zod (of JavaScript) in meldingen zet; na het weghalen van geciteerde invoer mag er geen over zijn. */
const ENGELS = /\b(Invalid|invalid|Expected|expected|Received|received|Required|required|Unrecognized|Too small|Too big|must|should|undefined|NaN)\b|\[object /;

/** Wat er mis is met een issue, of `undefined` (zonder vitest-expect: die is te traag voor 10.000 runs). */
function foutInIssue(i: Issue): string | undefined {
  if (!CODES.has(i.code)) return `onbekende code ${i.code}`;
  if (!Array.isArray(i.path) || !i.path.every((d) => typeof d === "string" || typeof d === "number")) return "pad is geen lijst van teksten en getallen";
  const kop = `${formatPad(i.path)}: `;
  if (!i.message.startsWith(kop)) return `melding begint niet met het pad (${kop})`;
  const tekst = i.message.slice(kop.length).replace(/"(?:[^"\\]|\\.)*"/g, '""');
  if (tekst.length < 5) return "melding zonder inhoud";
  if (ENGELS.test(tekst)) return "Engelse woorden in de melding";
  return undefined;
}

/** Elk object in een geparste waarde heeft het gewone prototype en geen eigen `__proto__`. */
function prototypesNormaal(w: unknown): boolean {
  const stapel = [w];
  while (stapel.length > 0) {
    const x = stapel.pop();
    if (typeof x !== "object" || x === null) continue;
    const proto = Object.getPrototypeOf(x) as unknown;
    if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return false;
    if (Object.hasOwn(x, "__proto__")) return false;
    stapel.push(...Object.values(x));
  }
  return true;
}

function vervuild(): boolean {
  return ({} as Record<string, unknown>)["vervuild"] !== undefined || Object.hasOwn(Object.prototype, "vervuild") || Object.hasOwn(Array.prototype, "vervuild");
}

/** Voert een parse-functie uit en controleert de vorm van het Result; gooit de functie, dan faalt de eigenschap. */
function veiligResultaat(parse: Parser, invoer: unknown): Result<unknown> {
  const r = parse(invoer);
  const fout = (m: string) => new Error(`${m}: ${JSON.stringify(r).slice(0, 2000)}`);
  if (typeof r.ok !== "boolean") throw fout("geen Result");
  if (r.ok) {
    if (!prototypesNormaal(r.value)) throw fout("afwijkend prototype in de uitvoer");
  } else {
    if (r.issues.length === 0) throw fout("mislukt zonder issues");
    for (const i of r.issues) {
      const f = foutInIssue(i);
      if (f) throw fout(`${f}: ${i.message}`);
    }
  }
  if (vervuild()) throw fout("Object.prototype vervuild");
  return r;
}

/** De veldnamen op het hoogste niveau volgens het JSON Schema (ook van elke variant van een oneOf/anyOf). */
function velden(schemaNaam: string): string[] {
  const s = JSON.parse(readFileSync(join(wortel, `src/json-schema/${schemaNaam}.schema.json`), "utf8")) as {
    properties?: Record<string, unknown>;
    oneOf?: { properties?: Record<string, unknown> }[];
    anyOf?: { properties?: Record<string, unknown> }[];
  };
  const namen = new Set(Object.keys(s.properties ?? {}));
  for (const v of [...(s.oneOf ?? []), ...(s.anyOf ?? [])]) for (const k of Object.keys(v.properties ?? {})) namen.add(k);
  return [...namen];
}

/** Waarden die voor een veld iets betekenen: de waarden uit de voorbeelden, lastige teksten en willekeurige JSON. */
function waardeVoor(veld: string, zaden: readonly unknown[]): fc.Arbitrary<unknown> {
  const bekend = zaden.map((z) => (z as Record<string, unknown>)[veld]).filter((w) => w !== undefined);
  return fc.oneof(
    ...(bekend.length > 0 ? [{ weight: 3, arbitrary: fc.constantFrom(...bekend) }] : []),
    { weight: 1, arbitrary: fc.constantFrom<unknown>(...LASTIGE_TEKSTEN, null, -1, 1e308, 0.5, true, [], {}) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2, depthSize: "small" }) },
  );
}

const PROTO_SLEUTELS = ["__proto__", "constructor", "prototype"] as const;

/** Alle objectknopen (paden) in een document. */
function objectpaden(w: unknown, pad: (string | number)[] = []): (string | number)[][] {
  if (typeof w !== "object" || w === null) return [];
  const uit: (string | number)[][] = Array.isArray(w) ? [] : [pad];
  for (const [k, v] of Object.entries(w)) uit.push(...objectpaden(v, [...pad, Array.isArray(w) ? Number(k) : k]));
  return uit;
}

type Geval =
  | { readonly soort: "json" | "velden"; readonly invoer: unknown }
  | { readonly soort: "proto"; readonly invoer: unknown; readonly pad: readonly (string | number)[]; readonly sleutel: string };

/** Zet een sleutel als eigen, opsombare eigenschap (zoals JSON.parse doet, ook voor `__proto__`). */
function zetEigen(o: object, sleutel: string, waarde: unknown): void {
  Object.defineProperty(o, sleutel, { value: waarde, enumerable: true, writable: true, configurable: true });
}

describe("parse-functies: nooit een uitzondering, altijd een Result met Nederlandse meldingen", () => {
  it("de lijst parse-functies is compleet (elke export die met parse begint)", () => {
    const gevonden = Object.keys(exports).filter((k) => /^parse[A-Z]/.test(k) && typeof exports[k] === "function");
    expect(gevonden.sort()).toEqual(Object.keys(PARSERS).sort());
  });

  for (const [naam, schemaNaam] of Object.entries(PARSERS)) {
    it(`${naam}: nooit een uitzondering (${RUNS} runs: willekeurige JSON, de velden van het formaat, prototype-sleutels)`, () => {
      const parse = parser(naam);
      const zaden = zadenVoor(schemaNaam);
      const namen = velden(schemaNaam);
      expect(namen.length).toBeGreaterThan(2);
      const geldigeZaden = zaden.filter((z) => parse(z).ok);
      expect(geldigeZaden.length, "geldige zaden").toBeGreaterThan(0);
      const paden = geldigeZaden.map((z) => objectpaden(z));

      const gevallen: fc.Arbitrary<Geval> = fc.oneof(
        fc.jsonValue().map((w): Geval => ({ soort: "json", invoer: w })),
        fc.record(Object.fromEntries(namen.map((v) => [v, waardeVoor(v, zaden)])), { requiredKeys: [] }).map((w): Geval => ({ soort: "velden", invoer: w })),
        fc
          .tuple(
            fc.nat({ max: geldigeZaden.length - 1 }),
            fc.nat(),
            fc.constantFrom(...PROTO_SLEUTELS),
            fc.constantFrom<unknown>({ vervuild: true }, { prototype: { vervuild: true } }, "vervuild", null, [{ vervuild: true }]),
          )
          .map(([i, p, sleutel, waarde]): Geval => {
            const doc = structuredClone(geldigeZaden[i]);
            const pad = paden[i]![p % paden[i]!.length]!;
            let o = doc as Record<string | number, unknown>;
            for (const d of pad) o = o[d] as Record<string | number, unknown>;
            zetEigen(o, sleutel, structuredClone(waarde));
            return { soort: "proto", invoer: doc, pad, sleutel };
          }),
      );
      const aantallen = { json: 0, velden: 0, proto: 0, geldig: 0 };
      fc.assert(
        fc.property(gevallen, (g) => {
          aantallen[g.soort]++;
          const r = veiligResultaat(parse, g.invoer);
          if (r.ok) aantallen.geldig++;
          if (g.soort !== "proto") return;
          // Een record (instellingen.parameters: parameter-id → overschrijving): zod laat een eigen `__proto__` weg; andere sleutels zijn ids.
          if (schemaNaam === "instellingen" && g.pad.length === 1 && g.pad[0] === "parameters") return;
          // Elders is elk object strikt: de sleutel wordt gemeld, op of boven de plek waar hij staat.
          const volledig = [...g.pad, g.sleutel];
          const gemeld = !r.ok && r.issues.some((x) => x.path.length <= volledig.length && x.path.every((d, j) => d === volledig[j]));
          if (!gemeld) throw new Error(`${naam}: ${g.sleutel} op ${formatPad(g.pad)} niet gemeld: ${JSON.stringify(r).slice(0, 1000)}`);
        }),
        { seed: SEED, numRuns: RUNS },
      );
      // Elk van de drie soorten invoer komt ruim aan bod.
      for (const soort of ["json", "velden", "proto"] as const) expect(aantallen[soort], soort).toBeGreaterThan(RUNS / 5);
    });
  }

  it(`parsePeildatum (hoofd-entry) op willekeurige JSON en tekst (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/)), (w) => {
        veiligResultaat(parsePeildatum, w);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("10.000 niveaus diep: elke parse-functie meldt te-diep zonder stack overflow", () => {
    let diep: unknown = {};
    for (let i = 0; i < 10_000; i++) diep = { a: diep };
    let lijst: unknown = [];
    for (let i = 0; i < 10_000; i++) lijst = [lijst];
    for (const naam of Object.keys(PARSERS)) {
      for (const w of [diep, lijst, { regio: "AM22", partijen: lijst }]) {
        const r = veiligResultaat(parser(naam), w);
        expect(r.ok ? [] : r.issues.map((i) => i.code), naam).toEqual(["te-diep"]);
      }
    }
  });
});
