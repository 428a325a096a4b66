import { beslis } from "../../src/triage/beslistabel.js";
import { beslissingIds } from "../../src/triage/beslissingen.js";
import { jaNee, uitkeringen } from "../../src/triage/model.js";
import { AANTAL_SLEUTELS, indexVanSleutel, sleutelVanIndex, werkgebieden } from "../../src/triage/sleutel.js";

/** De letter van een beslissing: A = beslissingIds[0], B = [1], … */
export function letterVan(id: (typeof beslissingIds)[number]): string {
  return String.fromCharCode(65 + beslissingIds.indexOf(id));
}

/**
 * Genereert src/triage/beslistabel.gen.ts: voor elke sleutelindex de letter van de beslissing
 * die de ts-pattern-tabel (`beslis`) geeft, met een legenda en één regel per blok.
 */
export function genereerBeslistabel(): string {
  const letters: string[] = [];
  for (let i = 0; i < AANTAL_SLEUTELS; i++) {
    const s = sleutelVanIndex(i);
    if (indexVanSleutel(s) !== i) throw new Error(`sleutelindex ${i} is niet omkeerbaar`);
    letters.push(letterVan(beslis(s)));
  }
  const blok = (van: number, n: number) => JSON.stringify(letters.slice(van, van + n).join(""));
  const regels = [
    "// GEGENEREERD door test/triage-gegenereerd.test.ts uit de ts-pattern-tabel in src/triage/beslistabel.ts.",
    "// Niet met de hand wijzigen; bijwerken: BIJWERKEN=1 npx vitest run test/triage-gegenereerd.test.ts",
    "//",
    "// Eén letter per sleutelindex (indeling: zie sleutel.ts). Legenda:",
    ...beslissingIds.map((id, i) => `//   ${String.fromCharCode(65 + i)} = ${id}`),
    "",
    "/** De beslissing per sleutelindex als letter (A = de eerste van `beslissingIds`). */",
    "export const BESLISTABEL =",
    `  // werkgever, werkgebied ${werkgebieden.join(" | ")}`,
    `  ${blok(0, 3)} +`,
    `  // werkzoekende, uitkering ${uitkeringen.join(" | ")}`,
    `  ${blok(3, 6)} +`,
    `  // werkende: per uitkering en arbeidsbeperking 9 letters voor privaat (${jaNee.join(", ")}) × dreigt werkloos (${jaNee.join(", ")})`,
  ];
  let i = 9;
  const werkendeRegels: string[] = [];
  for (const u of uitkeringen) {
    for (const a of jaNee) {
      werkendeRegels.push(`  ${blok(i, 9)} // ${u}, arbeidsbeperking ${a}`);
      i += 9;
    }
  }
  regels.push(
    ...werkendeRegels.map((r, k) => (k < werkendeRegels.length - 1 ? r.replace(/ \/\/ /, " + // ") : r.replace(/ \/\/ /, "; // "))),
    "",
  );
  return regels.join("\n");
}
