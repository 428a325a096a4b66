import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { bronbestanden, voorbeelden } from "./hulp/voorbeelden.js";

/**
 * De `@example`-blokken in de TSDoc van de publieke API worden zelf getypecheckt: elk blok wordt
 * een los bestand dat `arbeidsmarktinfra` importeert (via de bronconditie naar src/) en gaat door
 * de TypeScript-compiler met dezelfde strikte opties als de bibliotheek.
 */
const wortel = new URL("../", import.meta.url).pathname;
const uitMap = join(wortel, "test/.voorbeelden");

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
