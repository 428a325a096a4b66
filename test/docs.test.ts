import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { transformSync } from "esbuild";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bouwPakketkopie, type Pakketkopie } from "./hulp/pakketkopie.js";

/**
 * De documentatie blijft waar:
 * - elke relatieve link in docs/ en in de README's van examples/ wijst naar een bestaand bestand
 *   en, met `#anker`, naar een bestaande kop;
 * - de ```ts-blokken in de handgeschreven pagina's met codevoorbeelden worden getypecheckt en
 *   uitgevoerd tegen het gebouwde pakket; staat er direct na een blok `<!-- uitvoer -->` met een
 *   ```text-blok, dan moet de uitvoer precies dat zijn;
 * - de regels `npx arbeidsmarktinfra …` en `node examples/…` in ```sh-blokken worden uitgevoerd; een
 *   commentaar `# exitcode N` is de verwachte exitcode.
 *
 * Uitvoerblokken bijwerken: BIJWERKEN=1 npx vitest run test/docs.test.ts
 */
const wortel = new URL("../", import.meta.url).pathname;
const PAGINAS_MET_CODE = ["docs/aan-de-slag.md", "docs/beraad.md"];
/** Pagina's die een ander script schrijft en die in deze tak nog kunnen ontbreken. */
const ELDERS_GEGENEREERD = new Set(["docs/prestaties.md"]);

function markdownbestanden(): string[] {
  const docs = readdirSync(join(wortel, "docs"))
    .filter((b) => b.endsWith(".md"))
    .map((b) => `docs/${b}`);
  const voorbeelden = readdirSync(join(wortel, "examples"))
    .filter((m) => existsSync(join(wortel, "examples", m, "README.md")))
    .map((m) => `examples/${m}/README.md`);
  return [...docs, ...voorbeelden, "README.md"];
}

/** Ankers van de koppen zoals GitHub ze maakt (kleine letters, leestekens weg, spaties worden -). */
export function ankers(markdown: string): Set<string> {
  const uit = new Set<string>();
  const gezien = new Map<string, number>();
  for (const m of markdown.replace(/^```[\s\S]*?^```$/gm, "").matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const basis = m[1]!
      .toLowerCase()
      .replace(/<[^>]+>/g, "")
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const n = gezien.get(basis) ?? 0;
    gezien.set(basis, n + 1);
    uit.add(n === 0 ? basis : `${basis}-${n}`);
  }
  return uit;
}

function zonderCodeblokken(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```$/gm, "").replace(/`[^`\n]*`/g, "");
}

describe("links in de documentatie", () => {
  const bestanden = markdownbestanden();

  it("vindt de pagina's", () => {
    expect(bestanden).toEqual(expect.arrayContaining(["docs/README.md", "docs/aan-de-slag.md", "docs/beraad.md", "examples/gemeente-app/README.md"]));
  });

  for (const bestand of bestanden) {
    it(`${bestand}: relatieve links en ankers bestaan`, () => {
      const tekst = readFileSync(join(wortel, bestand), "utf8");
      const kapot: string[] = [];
      for (const m of zonderCodeblokken(tekst).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        const doel = m[1]!;
        if (/^[a-z]+:/i.test(doel)) continue; // https:, mailto:
        const [pad, anker] = doel.split("#") as [string, string | undefined];
        const doelbestand = pad === "" ? bestand : relative(wortel, join(wortel, dirname(bestand), pad));
        if (!existsSync(join(wortel, doelbestand))) {
          if (!ELDERS_GEGENEREERD.has(doelbestand)) kapot.push(`${doel}: ${doelbestand} bestaat niet`);
          continue;
        }
        if (anker !== undefined) {
          if (statSync(join(wortel, doelbestand)).isDirectory()) kapot.push(`${doel}: anker naar een map`);
          else if (!ankers(readFileSync(join(wortel, doelbestand), "utf8")).has(anker)) kapot.push(`${doel}: geen kop #${anker} in ${doelbestand}`);
        }
      }
      expect(kapot).toEqual([]);
    });
  }
});

interface Blok {
  readonly taal: string;
  readonly code: string;
  /** Het uitvoerblok erna: positie van de inhoud in de pagina. */
  readonly uitvoer?: { readonly begin: number; readonly eind: number; readonly tekst: string };
}

function blokken(tekst: string): Blok[] {
  const uit: Blok[] = [];
  const re = /^```(\w*)\n([\s\S]*?)^```\n(?:\n<!-- uitvoer -->\n```text\n([\s\S]*?)^```$)?/gm;
  for (const m of tekst.matchAll(re)) {
    if (m[1] === "text") continue;
    const blok: Blok =
      m[3] === undefined
        ? { taal: m[1]!, code: m[2]! }
        : (() => {
            const eind = m.index + m[0].length - 3;
            return { taal: m[1]!, code: m[2]!, uitvoer: { begin: eind - m[3].length, eind, tekst: m[3] } };
          })();
    uit.push(blok);
  }
  return uit;
}

/** Splitst een opdrachtregel zoals een shell (aanhalingstekens, `> bestand`, `# commentaar`). */
function splitsOpdracht(regel: string): { args: string[]; naar?: string; exitcode?: number } {
  const exit = /#\s*exitcode\s+(\d+)/.exec(regel);
  const zonder = regel.replace(/\s+#.*$/, "");
  const delen = [...zonder.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
  const i = delen.indexOf(">");
  const naar = i >= 0 ? delen[i + 1] : undefined;
  const args = i >= 0 ? delen.slice(0, i) : delen;
  return { args, ...(naar !== undefined && { naar }), ...(exit && { exitcode: Number(exit[1]) }) };
}

describe("codevoorbeelden in de documentatie", () => {
  let kopie: Pakketkopie;
  const bijwerken = process.env["BIJWERKEN"] === "1";

  beforeAll(() => {
    kopie = bouwPakketkopie();
  }, 120_000);
  afterAll(() => kopie?.opruimen());

  it("de ts-blokken van alle pagina's typechecken (strikt, zoals de bibliotheek; één programma)", () => {
    const map = join(kopie.map, "docs-voorbeelden");
    mkdirSync(map, { recursive: true });
    const bestanden = PAGINAS_MET_CODE.flatMap((pagina) => {
      const lijst = blokken(readFileSync(join(wortel, pagina), "utf8")).filter((b) => b.taal === "ts");
      expect(lijst.length, pagina).toBeGreaterThan(0);
      return lijst.map((b, i) => {
        const bestand = join(map, `${pagina.replace(/[/.]/g, "_")}_${i}.ts`);
        writeFileSync(bestand, `${b.code}\nexport {};\n`);
        return bestand;
      });
    });
    const config = ts.getParsedCommandLineOfConfigFile(join(wortel, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    const programma = ts.createProgram(bestanden, { ...config.options, noEmit: true, noUnusedLocals: false });
    const fouten = ts
      .getPreEmitDiagnostics(programma)
      .filter((d) => d.file && bestanden.includes(d.file.fileName))
      .map((d) => `${relative(kopie.map, d.file!.fileName)}:${d.file!.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(fouten).toEqual([]);
  }, 60_000);

  for (const pagina of PAGINAS_MET_CODE) {
    describe(pagina, () => {
      const tekst = () => readFileSync(join(wortel, pagina), "utf8");
      const naam = pagina.replace(/[/.]/g, "_");

      it("de ts-blokken draaien tegen het gebouwde pakket en geven de getoonde uitvoer", () => {
        let pagina_tekst = tekst();
        const lijst = blokken(pagina_tekst).filter((b) => b.taal === "ts");
        const map = join(kopie.map, "docs-voorbeelden");
        mkdirSync(map, { recursive: true });
        const vervangingen: { begin: number; eind: number; tekst: string }[] = [];
        lijst.forEach((b, i) => {
          const js = transformSync(b.code, { loader: "ts", format: "esm", target: "es2022" }).code;
          const bestand = join(map, `${naam}_${i}.mjs`);
          writeFileSync(bestand, js);
          const r = kopie.node([bestand]);
          expect(r.stderr, `blok ${i + 1}:\n${b.code}`).toBe("");
          expect(r.status, `blok ${i + 1}`).toBe(0);
          if (b.uitvoer === undefined) return;
          if (bijwerken) vervangingen.push({ begin: b.uitvoer.begin, eind: b.uitvoer.eind, tekst: r.stdout });
          else expect(r.stdout, `uitvoer van blok ${i + 1}`).toBe(b.uitvoer.tekst);
        });
        if (bijwerken && vervangingen.length > 0) {
          for (const v of vervangingen.reverse()) pagina_tekst = pagina_tekst.slice(0, v.begin) + v.tekst + pagina_tekst.slice(v.eind);
          writeFileSync(join(wortel, pagina), pagina_tekst);
        }
        expect(lijst.some((b) => b.uitvoer !== undefined) || pagina === "docs/beraad.md").toBe(true);
      }, 60_000);

      it("de opdrachten in de sh-blokken draaien met de genoemde exitcode", () => {
        const opdrachten = blokken(tekst())
          .filter((b) => b.taal === "sh")
          .flatMap((b) => b.code.split("\n"))
          .filter((r) => /^(npx arbeidsmarktinfra|node examples\/)/.test(r));
        for (const regel of opdrachten) {
          const o = splitsOpdracht(regel);
          const args = o.args[0] === "npx" ? ["dist/cli.js", ...o.args.slice(2)] : o.args.slice(1);
          const r = kopie.node(args);
          expect(r.stderr, regel).not.toMatch(/\n\s+at /);
          expect(r.status, `${regel}\n${r.stderr}`).toBe(o.exitcode ?? 0);
          if (o.naar !== undefined) writeFileSync(join(kopie.map, o.naar), r.stdout);
          else expect(r.stdout.length, regel).toBeGreaterThan(0);
        }
      }, 60_000);
    });
  }
});
