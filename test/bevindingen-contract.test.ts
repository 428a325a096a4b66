import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import type { Toetsrapport, ToetsOpties } from "../src/bevinding/model.js";
import { toetsAgenda } from "../src/agenda/regels.js";
import { toetsConvenant } from "../src/convenant/toets.js";
import { toetsTransitie } from "../src/transitie/regels.js";
import { toetsWerkcentrum } from "../src/werkcentrum/toets.js";
import { parseConvenant, parseMeerjarenagenda, parseTransitiedossier, parseWerkcentrum } from "../src/schemas.js";
import type { Result } from "../src/result.js";
import { controleerRapport } from "./hulp/contract.js";

/**
 * Het contract van een bevinding (test/hulp/contract.ts) voor elk voorbeeldbestand, op
 * peildata in elke fase (voor de transitie, in de transitieperiode, na de inwerkingtreding) en
 * met een andere inwerkingtreding: niet-lege berichten en hints, gegevens met inhoud, zuivere
 * JSON en paden waarvan elke index naar een bestaand element wijst.
 */

const PEILDATA = ["2023-06-01", "2025-03-01", "2026-06-01", "2028-01-01", "2031-02-01"] as const;

function lees(bestand: string): unknown {
  const tekst = readFileSync(bestand, "utf8");
  return bestand.endsWith(".json") ? JSON.parse(tekst) : parseYaml(tekst);
}

const soorten: readonly [string, (x: unknown) => Result<unknown>, (x: never, o: ToetsOpties) => Toetsrapport][] = [
  ["examples/agendas", parseMeerjarenagenda, toetsAgenda],
  ["examples/transitie", parseTransitiedossier, toetsTransitie],
  ["examples/convenanten", parseConvenant, toetsConvenant],
  ["examples/werkcentra", parseWerkcentrum, toetsWerkcentrum],
];

describe("contract van de bevindingen over de voorbeelden", () => {
  for (const [map, parse, toets] of soorten) {
    for (const bestand of readdirSync(map).filter((f) => /\.(ya?ml|json)$/.test(f))) {
      const r = parse(lees(`${map}/${bestand}`));
      if (!r.ok) continue; // ongeldige voorbeelden (bijv. agendas/ongeldig.yaml) hebben hun eigen test
      it(`${map}/${bestand}`, () => {
        for (const peildatum of PEILDATA) {
          controleerRapport(toets(r.value as never, { peildatum }), r.value);
          controleerRapport(toets(r.value as never, { peildatum, instellingen: { inwerkingtreding: "2027-07-01" } }), r.value);
        }
      });
    }
  }

  it("alle geldige voorbeelden zijn meegenomen", () => {
    const n = soorten.flatMap(([map, parse]) => readdirSync(map).filter((f) => /\.(ya?ml|json)$/.test(f) && parse(lees(`${map}/${f}`)).ok));
    expect(n.length).toBeGreaterThanOrEqual(18);
  });
});
