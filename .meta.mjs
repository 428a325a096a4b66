import { build } from "esbuild";
import { gzipSync } from "node:zlib";
const what = process.argv[2] || "routeer";
const r = await build({ stdin: { contents: `import { ${what} } from "./src/index.ts"; console.log(${what});`, resolveDir: process.cwd(), loader: "ts" },
  bundle: true, minify: true, format: "esm", platform: "browser", write: false, metafile: true, target: "es2022" });
const out = r.outputFiles[0].contents;
console.log("total", out.length, "gzip", gzipSync(out).length);
const ins = Object.values(r.metafile.outputs)[0].inputs;
for (const [k, v] of Object.entries(ins).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput)) if (v.bytesInOutput>0) console.log(v.bytesInOutput, k);
