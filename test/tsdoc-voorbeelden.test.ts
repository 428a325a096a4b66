import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * De `@example`-blokken in de TSDoc van de publieke API worden zelf getypecheckt: elk blok wordt
 * een los bestand dat `arbeidsmarktinfra` importeert (via de bronconditie naar src/) en gaat door
 * de TypeScript-compiler met dezelfde strikte opties als de bibliotheek.
 */
const wortel = new URL("../", import.meta.url).pathname;
const uitMap = join(wortel, "test/.voorbeelden");

function bronbestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? bronbestanden(join(map, d.name)) : d.name.endsWith(".ts") && !d.name.endsWith(".test.ts") ? [join(map, d.name)] : [],
  );
}

/** Haalt de ```ts-blokken uit @example-tags. */
export function voorbeelden(tekst: string): string[] {
  const uit: string[] = [];
  for (const commentaar of tekst.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const regels = commentaar.split("\n").map((r) => r.replace(/^\s*\*\s?/, ""));
    const schoon = regels.join("\n");
    const idx = schoon.indexOf("@example");
    if (idx === -1) continue;
    for (const m of schoon.slice(idx).matchAll(/```ts\n([\s\S]*?)```/g)) uit.push(m[1]!);
  }
  return uit;
}

describe("TSDoc-voorbeelden", () => {
  it("alle @example-blokken typechecken", () => {
    rmSync(uitMap, { recursive: true, force: true });
    mkdirSync(uitMap, { recursive: true });
    const bestanden: string[] = [];
    for (const bron of bronbestanden(join(wortel, "src"))) {
      voorbeelden(readFileSync(bron, "utf8")).forEach((code, i) => {
        const naam = join(uitMap, `${relative(join(wortel, "src"), bron).replace(/[/.]/g, "_")}_${i}.ts`);
        writeFileSync(naam, `// uit ${relative(wortel, bron)}\n${code}\nexport {};\n`);
        bestanden.push(naam);
      });
    }
    expect(bestanden.length).toBeGreaterThan(10);
    const config = ts.getParsedCommandLineOfConfigFile(join(wortel, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    const programma = ts.createProgram(bestanden, { ...config.options, noEmit: true, noUnusedLocals: false });
    const fouten = ts
      .getPreEmitDiagnostics(programma)
      .filter((d) => d.file && bestanden.includes(d.file.fileName))
      .map((d) => `${relative(wortel, d.file!.fileName)}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(fouten).toEqual([]);
  }, 60_000);
});
