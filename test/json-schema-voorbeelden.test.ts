import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Result } from "../src/result.js";
import * as schemas from "../src/schemas.js";
import { gemuteerdeInvoer, leesVoorbeeld, SEED, wortel } from "./hulp/robuust.js";
import { zadenVoor } from "./hulp/zaden.js";

/**
 * De voorbeeldbestanden tegen de meegeleverde JSON Schema-bestanden (issue 6): elk bestand in
 * examples/ wordt met ajv (draft 2020-12, met formats) gevalideerd tegen
 * `src/json-schema/<formaat>.schema.json`, en ajv en zod zijn het per bestand eens (allebei
 * goed of allebei fout). Zo kan een Java- of Python-team dezelfde gegevens valideren.
 *
 * Daarnaast, op gemuteerde voorbeelden: wat zod accepteert, accepteert het JSON Schema ook
 * (het schema keurt nooit goede gegevens af). Andersom niet altijd: controles over velden heen
 * (bijv. een WW-einddatum alleen bij WW) kan JSON Schema niet uitdrukken; die staan in
 * docs/robuustheid.md.
 */

/** Per map in examples/: het formaat, de parse-functie, en welke bestanden geen invoer zijn. */
const MAPPEN: Record<string, { formaat: string; parse: (x: unknown) => Result<unknown>; zonder?: readonly string[] } | "geen invoer"> = {
  agendas: { formaat: "meerjarenagenda", parse: schemas.parseMeerjarenagenda },
  consultant: "geen invoer",
  "gemeente-app": "geen invoer",
  "werkcentrum-balie": "geen invoer",
  convenanten: { formaat: "convenant", parse: schemas.parseConvenant },
  hulpvragen: { formaat: "hulpvraag", parse: schemas.parseHulpvraag, zonder: ["verwachtingen.json"] },
  menukaart: { formaat: "menukaart", parse: schemas.parseMenukaart },
  transitie: { formaat: "transitie", parse: schemas.parseTransitiedossier },
  werkcentra: { formaat: "werkcentrum", parse: schemas.parseWerkcentrum },
};

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validators = new Map<string, ReturnType<typeof ajv.compile>>();
function valideerder(formaat: string) {
  let v = validators.get(formaat);
  if (!v) {
    v = ajv.compile(JSON.parse(readFileSync(join(wortel, `src/json-schema/${formaat}.schema.json`), "utf8")) as object);
    validators.set(formaat, v);
  }
  return v;
}

/** De documenten in een voorbeeldbestand: één, of één per regel bij NDJSON. */
function documenten(pad: string): { naam: string; doc: unknown }[] {
  if (!pad.endsWith(".ndjson")) return [{ naam: pad, doc: leesVoorbeeld(pad) }];
  return readFileSync(join(wortel, pad), "utf8")
    .split("\n")
    .map((r, i) => ({ naam: `${pad}:${i + 1}`, doc: r.trim() === "" ? undefined : (JSON.parse(r) as unknown) }))
    .filter((x) => x.doc !== undefined);
}

describe("voorbeelden: JSON Schema (ajv, draft 2020-12) en zod zijn het eens", () => {
  it("elke map in examples/ is ingedeeld", () => {
    const mappen = readdirSync(join(wortel, "examples")).filter((m) => statSync(join(wortel, "examples", m)).isDirectory());
    expect(mappen.sort()).toEqual(Object.keys(MAPPEN).sort());
  });

  it("mappen met programma's bevatten geen invoerbestanden (anders horen ze hierboven een formaat te krijgen)", () => {
    for (const [map, def] of Object.entries(MAPPEN)) {
      if (def !== "geen invoer") continue;
      expect(readdirSync(join(wortel, "examples", map)).filter((b) => /\.(ya?ml|ndjson)$/.test(b) || (b.endsWith(".json") && b !== "package.json")), map).toEqual([]);
    }
  });

  for (const [map, def] of Object.entries(MAPPEN)) {
    if (def === "geen invoer") continue;
    const bestanden = readdirSync(join(wortel, "examples", map))
      .filter((b) => /\.(json|ya?ml|ndjson)$/.test(b) && !(def.zonder ?? []).includes(b))
      .sort();
    it(`examples/${map} bevat voorbeelden`, () => expect(bestanden.length).toBeGreaterThan(0));
    for (const b of bestanden) {
      it(`examples/${map}/${b} tegen ${def.formaat}.schema.json`, () => {
        const valideer = valideerder(def.formaat);
        for (const { naam, doc } of documenten(`examples/${map}/${b}`)) {
          const zod = def.parse(doc);
          const json = valideer(doc);
          expect({ naam, ajv: json, zod: zod.ok }, JSON.stringify({ ajv: valideer.errors?.slice(0, 5), zod: zod.ok ? [] : zod.issues.slice(0, 5) })).toEqual({ naam, ajv: zod.ok, zod: zod.ok });
        }
      });
    }
  }

  it("de voorbeelden bevatten ook ongeldige invoer (anders toetst 'eens' alleen het goede pad)", () => {
    const r = schemas.parseMeerjarenagenda(leesVoorbeeld("examples/agendas/ongeldig.yaml"));
    expect(r.ok).toBe(false);
    expect(valideerder("meerjarenagenda")(leesVoorbeeld("examples/agendas/ongeldig.yaml"))).toBe(false);
  });
});

describe("gemuteerde voorbeelden: wat zod accepteert, accepteert het JSON Schema ook", () => {
  const FORMATEN: Record<string, (x: unknown) => Result<unknown>> = {
    convenant: schemas.parseConvenant,
    werkcentrum: schemas.parseWerkcentrum,
    "regionaal-beraad": schemas.parseRegionaalBeraad,
    meerjarenagenda: schemas.parseMeerjarenagenda,
    transitie: schemas.parseTransitiedossier,
    hulpvraag: schemas.parseHulpvraag,
    werkplan: schemas.parseWerkplan,
    menukaart: schemas.parseMenukaart,
    instellingen: schemas.parseInstellingen,
  };

  it("elk invoerformaat met een JSON Schema doet mee", () => {
    expect(Object.keys(FORMATEN).sort()).toEqual(Object.keys(schemas.invoerschemas).sort());
  });

  for (const [formaat, parse] of Object.entries(FORMATEN)) {
    it(`${formaat} (1.000 runs)`, () => {
      const valideer = valideerder(formaat);
      const telling = { beide: 0, alleenAjv: 0, geen: 0 };
      fc.assert(
        fc.property(gemuteerdeInvoer(zadenVoor(formaat), (x) => ({ ok: true, value: x })), (doc) => {
          const a = valideer(doc);
          const z = parse(doc).ok;
          if (z && !a) throw new Error(`zod accepteert, ajv niet: ${JSON.stringify(valideer.errors?.slice(0, 3))}\n${JSON.stringify(doc).slice(0, 1000)}`);
          telling[a && z ? "beide" : a ? "alleenAjv" : "geen"]++;
        }),
        { seed: SEED, numRuns: 1_000 },
      );
      // Genoeg geldige documenten om iets te bewijzen; en ajv keurt het meeste ongeldige ook af.
      expect(telling.beide, JSON.stringify(telling)).toBeGreaterThan(200);
      expect(telling.geen, JSON.stringify(telling)).toBeGreaterThan(telling.alleenAjv);
    });
  }
});
