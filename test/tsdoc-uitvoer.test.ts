import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { isDeepStrictEqual } from "node:util";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { alsControle, bronbestanden, voorbeelden, type Vergelijking } from "./hulp/voorbeelden.js";

/**
 * De `@example`-blokken in de TSDoc worden ook uitgevoerd (zoals doctests): een regel
 * `uitdrukking; // waarde` is een bewering dat de uitdrukking die waarde geeft (diep gelijk).
 * Zo kan een voorbeeld niet stil verouderen als het gedrag verandert. Toelichting na de waarde
 * (gescheiden door een spatie) telt niet mee; een commentaar zonder letterlijke waarde
 * (`// Toetsrapport`) is geen bewering. Verkort mag: `// "… eigen rekening …"` (deze delen staan
 * in de tekst), `// ["a", "b", …]` (de lijst begint zo) en `// { a: 1, … }` (het object heeft
 * minstens dit veld met deze waarde). `// gooit: "melding"` zegt dat de uitdrukking een fout met
 * die melding gooit.
 */
const wortel = new URL("../", import.meta.url).pathname;
const uitMap = join(wortel, "test/.voorbeelden-uitvoer");

interface Verschil {
  readonly regel: string;
  readonly gekregen: unknown;
  readonly verwacht: unknown;
}
const verschillen: Verschil[] = [];
function klopt(gekregen: unknown, verwacht: unknown, vergelijking: Vergelijking): boolean {
  if (vergelijking === "gelijk") return isDeepStrictEqual(gekregen, verwacht);
  if (vergelijking === "begintMet") {
    const v = verwacht as unknown[];
    return Array.isArray(gekregen) && gekregen.length >= v.length && v.every((x, i) => isDeepStrictEqual(gekregen[i], x));
  }
  if (vergelijking === "bevat") {
    const v = verwacht as Record<string, unknown>;
    return typeof gekregen === "object" && gekregen !== null && Object.keys(v).every((k) => isDeepStrictEqual((gekregen as Record<string, unknown>)[k], v[k]));
  }
  if (typeof gekregen !== "string") return false;
  let vanaf = 0;
  for (const deel of (verwacht as string).split(/…|\.\.\./).map((d) => d.trim()).filter((d) => d !== "")) {
    const i = gekregen.indexOf(deel, vanaf);
    if (i < 0) return false;
    vanaf = i + deel.length;
  }
  return true;
}
(globalThis as { __verwacht?: unknown }).__verwacht = (gekregen: unknown, verwacht: unknown, vergelijking: Vergelijking, regel: string) => {
  if (!klopt(gekregen, verwacht, vergelijking)) verschillen.push({ regel, gekregen, verwacht });
};

(globalThis as { __melding?: unknown }).__melding = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  return "(geen fout)";
};

/** Of een tekst (zonder puntkomma) in TypeScript één uitdrukking als opdracht is. */
function isUitdrukking(tekst: string): boolean {
  const bron = ts.createSourceFile("x.ts", `${tekst};`, ts.ScriptTarget.Latest);
  const [opdracht] = bron.statements;
  return bron.statements.length === 1 && opdracht !== undefined && ts.isExpressionStatement(opdracht) && (bron as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length === 0;
}

/** Importeert uit de bronnen in plaats van het gebouwde pakket. */
const metBron = (code: string): string =>
  code
    .replace(/from "arbeidsmarktinfra"/g, `from ${JSON.stringify(join(wortel, "src/index.ts"))}`)
    .replace(/from "arbeidsmarktinfra\/schemas"/g, `from ${JSON.stringify(join(wortel, "src/schemas.ts"))}`);

const gevallen: { naam: string; bestand: string; controles: number }[] = [];
rmSync(uitMap, { recursive: true, force: true });
mkdirSync(uitMap, { recursive: true });
for (const bron of bronbestanden(join(wortel, "src"))) {
  voorbeelden(readFileSync(bron, "utf8")).forEach((voorbeeld, i) => {
    const { code, controles } = alsControle(voorbeeld, isUitdrukking);
    if (controles === 0) return;
    const naam = `${relative(join(wortel, "src"), bron)} #${i + 1}`;
    const bestand = join(uitMap, `${relative(join(wortel, "src"), bron).replace(/[/.]/g, "_")}_${i}.ts`);
    writeFileSync(bestand, `// uit ${relative(wortel, bron)}\n${metBron(code)}\nexport {};\n`);
    gevallen.push({ naam, bestand, controles });
  });
}
// De ```ts-blokken in README.md en docs/ die zelf importeren (een blok dat op een vorig blok voortbouwt, telt niet).
for (const md of ["README.md", ...readdirSync(join(wortel, "docs")).filter((b) => b.endsWith(".md")).map((b) => `docs/${b}`)]) {
  [...readFileSync(join(wortel, md), "utf8").matchAll(/^```ts\n([\s\S]*?)^```/gm)].forEach((m, i) => {
    const voorbeeld = m[1]!;
    if (!/from "arbeidsmarktinfra/.test(voorbeeld)) return;
    const { code, controles } = alsControle(voorbeeld, isUitdrukking);
    if (controles === 0) return;
    const bestand = join(uitMap, `${md.replace(/[/.]/g, "_")}_${i}.ts`);
    writeFileSync(bestand, `// uit ${md}\n${metBron(code)}\nexport {};\n`);
    gevallen.push({ naam: `${md} #${i + 1}`, bestand, controles });
  });
}
afterAll(() => rmSync(uitMap, { recursive: true, force: true }));

describe("voorbeelden (TSDoc, README, docs) geven wat hun commentaar zegt", () => {
  it("er zijn voorbeelden met beweringen", () => {
    expect(gevallen.length).toBeGreaterThan(20);
    expect(gevallen.reduce((n, g) => n + g.controles, 0)).toBeGreaterThan(50);
  });

  it.each(gevallen.map((g) => [g.naam, g] as const))("%s", async (_naam, g) => {
    verschillen.length = 0;
    await import(g.bestand);
    expect(verschillen).toEqual([]);
  });
});
