import { build } from "esbuild";
const r = await build({ stdin: { contents: `import { routeer } from "./src/index.ts"; console.log(routeer);`, resolveDir: process.cwd(), loader: "ts" },
  bundle: true, minify: true, format: "esm", platform: "browser", write: false, target: "es2022" });
const out = r.outputFiles[0].text;
const strs = out.match(/"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*'/g) ?? [];
let tot = 0; for (const s of strs) tot += s.length;
console.log("string bytes", tot, "of", out.length);
console.log(strs.filter(s=>s.length>25).sort((a,b)=>b.length-a.length).slice(0,60).join("\n"));
