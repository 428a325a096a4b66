// Sectie bundelgrootte: wat een browserapp meekrijgt die het gebouwde pakket (dist/) bundelt met
// esbuild (minify, esm, browser; alle dependencies meegebundeld), in gzip-bytes. De doelen uit
// issue 6: alleen `routeer` < 5 kB zonder zod, alleen `toetsConvenant` < 15 kB. De bundeltests
// (test/bundelgrootte.test.ts, test/triage-bundel.test.ts) bewaken de gemeten grootte met een
// plafond; hier staat de stand tegenover het doel, met zod als basislijn.
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { figuur, sectie } from "./harnas.mjs";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));

/**
 * Bundelt een stukje consumentencode zoals een browserapp dat doet (esbuild, minify, esm,
 * browser, alle dependencies meegebundeld) en geeft de grootte, de gzip-grootte en de code.
 * Ook gebruikt door de bundeltests (test/hulp/bundel.ts).
 * @param {string} code
 * @param {string} resolveDir - map waarin de imports van `code` worden opgezocht
 * @param {string[]} [nodePaths]
 */
export async function bundelBrowser(code, resolveDir, nodePaths = []) {
  const r = await build({
    stdin: { contents: code, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    legalComments: "none",
    logLevel: "silent",
    nodePaths,
  });
  const uit = r.outputFiles[0].contents;
  return { bytes: uit.length, gzip: gzipSync(uit, { level: 9 }).length, code: new TextDecoder().decode(uit) };
}

const gzipVan = (code) => bundelBrowser(code, dist);

export async function benchBundel() {
  sectie("7. Bundelgrootte (browser, esbuild, gzip)");
  const zod = await gzipVan(`import * as z from "zod"; console.log(z.strictObject({ a: z.string() }).safeParse({}));`);
  const gevallen = [
    { naam: "alleen routeer", code: `import { routeer } from "./index.js"; console.log(routeer);`, doel: 5_000 },
    { naam: "alleen toetsConvenant", code: `import { toetsConvenant } from "./index.js"; console.log(toetsConvenant);`, doel: 15_000 },
    { naam: "schemas-entry: alleen parseConvenant (met zod)", code: `import { parseConvenant } from "./schemas.js"; console.log(parseConvenant);` },
  ];
  for (const g of gevallen) {
    const b = await gzipVan(g.code);
    const metZod = b.code.includes("ZodObject") || b.code.includes("safeParse");
    figuur({
      sectie: "bundel",
      naam: `bundel: ${g.naam}`,
      waarde: b.gzip,
      eenheid: "B gzip",
      toelichting: metZod ? "bevat zod" : "zonder zod",
      basislijn: { naam: "zod met één strictObject en safeParse", waarde: zod.gzip, eenheid: "B gzip" },
      verhouding: b.gzip / zod.gzip,
      verhoudingTekst: "× de grootte van de basislijn",
      doel: g.doel === undefined ? "geen (apart gemeten)" : `< ${g.doel.toLocaleString("nl-NL")} B gzip${g.naam === "alleen routeer" ? ", zonder zod" : ""}`,
      gehaald: g.doel === undefined ? true : b.gzip < g.doel && !metZod,
      zonderDoel: g.doel === undefined,
    });
  }
}
