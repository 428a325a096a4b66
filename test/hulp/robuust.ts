import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parse as parseYaml } from "yaml";
import type { Result } from "../../src/result.js";
import type { Instellingen } from "../../src/tijd/instellingen.js";
import type { Peildatum } from "../../src/tijd/peildatum.js";
import { diepBevroren } from "./fixtures.js";

/**
 * Hulp voor de robuustheidstests (test/robuustheid-*.test.ts): de voorbeeldbestanden als
 * zaad, een generator die ze met fast-check muteert (alleen wat daarna nog parseert, telt als
 * geldige invoer), peildata met de lastige randen en geldige instellingen.
 */

/** Vaste seed voor alle robuustheidseigenschappen (reproduceerbaar in CI). */
export const SEED = 20_261_127;
/** Aantal runs per functie (issue 6: minstens 10.000). */
export const RUNS = 10_000;

export const wortel = new URL("../../", import.meta.url).pathname;

/** Leest een JSON- of YAML-bestand uit de repository. */
export function leesVoorbeeld(pad: string): unknown {
  const tekst = readFileSync(join(wortel, pad), "utf8");
  return pad.endsWith(".json") ? (JSON.parse(tekst) as unknown) : (parseYaml(tekst) as unknown);
}

/** Alle voorbeeldbestanden (JSON/YAML) in een map onder examples/, met hun pad; `zonder` sluit namen uit. */
export function voorbeeldbestanden(map: string, zonder: readonly string[] = []): string[] {
  return readdirSync(join(wortel, "examples", map))
    .filter((b) => /\.(json|ya?ml)$/.test(b) && !zonder.includes(b))
    .sort()
    .map((b) => `examples/${map}/${b}`);
}

/** Lastige kalenderdagen: 30 december 2011 (bestaat niet in Samoa), zomertijdwissels, 29 februari, maandeinden, de randen van de fasen. */
export const LASTIGE_DATUMS: readonly Peildatum[] = [
  "2011-12-29",
  "2011-12-30",
  "2011-12-31",
  "2012-02-29",
  "2016-02-29",
  "2020-02-29",
  "2024-02-29",
  "2028-02-29",
  "2025-02-28",
  "2025-03-01",
  "2025-03-30",
  "2025-10-26",
  "2026-03-29",
  "2026-10-25",
  "2027-03-28",
  "2024-12-31",
  "2025-01-01",
  "2025-01-31",
  "2025-04-30",
  "2025-06-30",
  "2025-08-31",
  "2025-11-28",
  "2025-11-30",
  "2025-12-31",
  "2026-01-01",
  "2026-06-30",
  "2026-07-01",
  "2026-12-31",
  "2027-01-01",
  "2029-12-31",
  "2033-12-31",
  "2034-01-01",
] as readonly string[] as readonly Peildatum[];

/** Een willekeurige bestaande kalenderdag tussen 2010 en 2040. */
export const datumArb: fc.Arbitrary<Peildatum> = fc
  .date({ min: new Date(Date.UTC(2010, 0, 1)), max: new Date(Date.UTC(2040, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10) as Peildatum);

/** Peildata: vaak een lastige dag, anders willekeurig. */
export const peildatumArb: fc.Arbitrary<Peildatum> = fc.oneof(fc.constantFrom<Peildatum>(...LASTIGE_DATUMS), datumArb);

/** Geldige instellingen (of geen): inwerkingtreding (vanaf het begin van de transitie, of "onbekend"), vensters en enkele parameteroverschrijvingen. */
export const instellingenArb: fc.Arbitrary<Instellingen | undefined> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  {
    weight: 3,
    arbitrary: fc.record(
      {
        inwerkingtreding: fc.oneof(fc.constant("onbekend"), fc.constantFrom("2026-07-01", "2027-01-01", "2028-02-29"), peildatumArb.filter((d) => d >= "2025-01-01")),
        verloopvensterMaanden: fc.integer({ min: 0, max: 60 }),
        wwEindeVensterMaanden: fc.integer({ min: 0, max: 24 }),
        parameters: fc.record(
          {
            "gidsfunctie.tolerantie-fte": fc.record({ waarde: fc.constantFrom(0, 0.05, 0.1, 1) }),
            "agenda.beleidsagenda.looptijd": fc.record({ waarde: fc.constantFrom(1, 2, 4, 5) }),
            "agenda.uitvoeringsagenda.looptijd": fc.record({ waarde: fc.constantFrom(1, 2, 3) }),
            "gidsfunctie.fte-uwv": fc.record({ waarde: fc.constantFrom(0, 1, 1.35, 2) }),
            // per kalenderjaar (geldige, niet-overlappende periodes), of één waarde zonder periode
            "regio.impulsbudget": fc.oneof(
              fc
                .uniqueArray(fc.tuple(fc.integer({ min: 2024, max: 2036 }), fc.constantFrom(0, 100_000_000)), { minLength: 1, maxLength: 3, selector: ([j]) => j })
                .map((jaren) => jaren.map(([j, waarde]) => ({ waarde, geldigVanaf: `${j}-01-01`, geldigTot: `${j}-12-31` }))),
              fc.record({ waarde: fc.constantFrom(0, 100_000_000) }),
            ),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
  },
);

// ---------------------------------------------------------------------------------------------
// Mutaties van voorbeeldbestanden

type Knoop = { readonly ouder: Record<string, unknown> | unknown[]; readonly sleutel: string | number; readonly naam: string };

/** Teksten die in vrije velden niets mogen breken (prototype-sleutels, leeg, Unicode, HTML). */
export const LASTIGE_TEKSTEN = [
  "constructor",
  "__proto__",
  "prototype",
  "toString",
  "hasOwnProperty",
  "",
  " ",
  "Ω≈ç√ ‮ 𝕏",
  "<script>alert(1)</script>",
  "a".repeat(300),
  "AM22",
  "Werkcentrum",
] as const;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** Alle knopen onder de wortel, met de naam van hun sleutel (lijstelementen: de naam van de lijst + `[]`). */
function knopen(doc: unknown): Knoop[] {
  const uit: Knoop[] = [];
  const loop = (w: unknown, naam: string) => {
    if (Array.isArray(w)) {
      w.forEach((v, i) => {
        uit.push({ ouder: w, sleutel: i, naam: `${naam}[]` });
        loop(v, `${naam}[]`);
      });
    } else if (isObject(w)) {
      for (const [k, v] of Object.entries(w)) {
        uit.push({ ouder: w, sleutel: k, naam: k });
        loop(v, k);
      }
    }
  };
  loop(doc, "");
  return uit;
}

/** Verzamelt per sleutelnaam alle waarden die in de voorbeelden voorkomen (de 'genenpoel'). */
export function genenpoel(docs: readonly unknown[]): ReadonlyMap<string, readonly unknown[]> {
  const poel = new Map<string, unknown[]>();
  for (const d of docs) {
    for (const k of knopen(d)) {
      const lijst = poel.get(k.naam) ?? [];
      lijst.push((k.ouder as Record<string | number, unknown>)[k.sleutel]);
      poel.set(k.naam, lijst);
    }
  }
  return poel;
}

/** Eén mutatie: welk knooppunt (modulo het aantal), welke bewerking en welke keuze binnen de bewerking. */
export interface Mutatie {
  readonly knoop: number;
  readonly bewerking: number;
  readonly keuze: number;
}

const mutatieArb: fc.Arbitrary<Mutatie> = fc.record({ knoop: fc.nat(), bewerking: fc.nat({ max: 5 }), keuze: fc.nat() });

const DATUM = /^\d{4}-\d{2}-\d{2}$/;

/** Past een mutatie toe (in place) op een kopie van een voorbeeld. */
function muteer(doc: unknown, m: Mutatie, poel: ReadonlyMap<string, readonly unknown[]>): void {
  const alle = knopen(doc);
  if (alle.length === 0) return;
  const k = alle[m.knoop % alle.length]!;
  const ouder = k.ouder as Record<string | number, unknown>;
  const huidig = ouder[k.sleutel];
  const kies = <T>(lijst: readonly T[]): T => lijst[m.keuze % lijst.length]!;
  switch (m.bewerking) {
    case 0: {
      // Vervang door een waarde die elders onder dezelfde sleutel staat (ook hele deelbomen).
      const kandidaten = poel.get(k.naam);
      if (kandidaten && kandidaten.length > 0) ouder[k.sleutel] = structuredClone(kies(kandidaten));
      return;
    }
    case 1:
      // Verwijder het veld of het lijstelement.
      if (Array.isArray(ouder)) ouder.splice(k.sleutel as number, 1);
      else delete ouder[k.sleutel];
      return;
    case 2:
      // Verdubbel een lijstelement, of zet twee elementen om.
      if (Array.isArray(ouder)) {
        if (m.keuze % 2 === 0) ouder.splice(k.sleutel as number, 0, structuredClone(huidig));
        else {
          const j = m.keuze % ouder.length;
          [ouder[k.sleutel as number], ouder[j]] = [ouder[j], huidig];
        }
      }
      return;
    case 3:
      // Een blad van hetzelfde type met een andere waarde.
      if (typeof huidig === "string") {
        ouder[k.sleutel] = DATUM.test(huidig) ? (m.keuze % 3 === 0 ? kies(LASTIGE_DATUMS) : plusDagenSimpel(huidig, (m.keuze % 4001) - 2000)) : kies(LASTIGE_TEKSTEN);
      } else if (typeof huidig === "number") {
        ouder[k.sleutel] = kies([0, 1, huidig + 1, Math.max(0, huidig - 1), huidig * 2, Math.round(huidig / 2), 0.5, 1.35, 100]);
      } else if (typeof huidig === "boolean") {
        ouder[k.sleutel] = !huidig;
      }
      return;
    case 4: {
      // Leeg een lijst of object.
      if (Array.isArray(huidig)) ouder[k.sleutel] = [];
      else if (isObject(huidig)) ouder[k.sleutel] = {};
      return;
    }
    default: {
      // Voeg aan een object een veld toe dat in de genenpoel voorkomt (vaak een bestaand optioneel veld elders).
      if (!isObject(huidig)) return;
      const namen = [...poel.keys()].filter((n) => !n.endsWith("[]") && n !== "");
      const naam = kies(namen);
      const kandidaten = poel.get(naam)!;
      huidig[naam] = structuredClone(kandidaten[(m.keuze >>> 8) % kandidaten.length]);
    }
  }
}

/** Een datum een aantal dagen verschoven (UTC, zonder de bibliotheek zelf te gebruiken). */
function plusDagenSimpel(datum: string, dagen: number): string {
  const [j, mnd, d] = datum.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(j, mnd - 1, d + dagen)).toISOString().slice(0, 10);
}

/**
 * Geldige invoer door voorbeelden te muteren: kies een voorbeeld, pas 0–8 mutaties toe en
 * houd alleen wat `parse` accepteert (de geparste waarde). Omdat de mutaties veelal
 * type-behoudend zijn, blijft een flink deel geldig.
 */
export function gemuteerdeInvoer<T>(zaden: readonly unknown[], parse: (x: unknown) => Result<T>, maxMutaties = 8): fc.Arbitrary<T> {
  const poel = genenpoel(zaden);
  const geldigeZaden = zaden.filter((z) => parse(z).ok);
  if (geldigeZaden.length === 0) throw new Error("geen enkel zaad parseert");
  return fc
    .tuple(fc.nat({ max: geldigeZaden.length - 1 }), fc.array(mutatieArb, { minLength: 1, maxLength: maxMutaties }))
    .map(([i, mutaties]) => {
      const doc = structuredClone(geldigeZaden[i]);
      for (const m of mutaties) muteer(doc, m, poel);
      return parse(doc);
    })
    .filter((r): r is { ok: true; value: T } => r.ok)
    .map((r) => r.value);
}

/**
 * Roept `f` twee keer aan: op een diep bevroren invoer en op een verse kopie (andere objecten,
 * dus ook geen gedeelde cache per instellingen-object). Gooit als de uitkomsten verschillen
 * (niet deterministisch) of als de bevroren invoer daarna anders is dan ervoor. Een poging om bevroren invoer te wijzigen gooit zelf al een TypeError (ESM is
 * strict). Geeft de eerste uitkomst.
 */
export function deterministischEnOnaangeraakt<A extends readonly unknown[], R>(f: (...args: A) => R, ...args: A): R {
  // Een momentopname als JSON: de invoer is JSON-achtig (fast-check maakt soms objecten zonder prototype; die vergelijkt isDeepStrictEqual niet met een kopie).
  const voor = JSON.stringify(args);
  const kopie = structuredClone(args);
  const bevroren = diepBevroren(args);
  const a = gelijkeUitkomsten(f.name, f(...bevroren), f(...kopie));
  if (JSON.stringify(bevroren) !== voor) throw new Error(`${f.name}: de invoer is gewijzigd`);
  return a;
}

/** Gooit als twee uitkomsten verschillen; uitkomsten zijn gegevens (JSON): gelijk als hun serialisatie gelijk is, ook in de volgorde van velden en lijsten. */
export function gelijkeUitkomsten<R>(naam: string, a: R, b: R): R {
  const ja = JSON.stringify(a);
  const jb = JSON.stringify(b);
  if (ja !== jb) throw new Error(`${naam}: niet deterministisch\n${ja.slice(0, 1500)}\n≠\n${jb.slice(0, 1500)}`);
  return a;
}

/** Een document twee keer: diep bevroren en als losse kopie (voor poelen die in veel runs terugkomen: één keer maken). */
export interface Tweeling<T> {
  readonly bevroren: T;
  readonly kopie: T;
}

/** Maakt van elk document een {@link Tweeling}. */
export function tweelingen<T>(docs: readonly T[]): Tweeling<T>[] {
  return docs.map((d) => ({ bevroren: diepBevroren(structuredClone(d)), kopie: structuredClone(d) }));
}

/**
 * Een vaste verzameling van `n` geldige, gemuteerde documenten (vaste seed; dubbelen eruit).
 * Eén keer maken en daarna in elke run kiezen houdt 10.000 runs betaalbaar: het muteren en
 * parsen kost meer dan de toets zelf.
 */
export function gemuteerdePoel<T>(zaden: readonly unknown[], parse: (x: unknown) => Result<T>, n: number): T[] {
  const uniek = new Map<string, T>();
  for (const x of fc.sample(gemuteerdeInvoer(zaden, parse), { seed: SEED, numRuns: n })) uniek.set(JSON.stringify(x), x);
  return [...uniek.values()];
}
