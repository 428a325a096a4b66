const esbuild=require("esbuild"); const fs=require("fs"); const zlib=require("zlib");
(async()=>{
 const map="/tmp/amidist"; fs.rmSync(map,{recursive:true,force:true});
 await esbuild.build({entryPoints:{index:"src/index.ts",schemas:"src/schemas.ts"},outdir:map,bundle:true,splitting:false,format:"esm",platform:"neutral",target:"es2022",packages:"external",logLevel:"silent"});
 fs.writeFileSync(map+"/package.json", JSON.stringify({sideEffects:false, type:"module"}));
 for (const imp of process.argv.slice(2)) {
 fs.writeFileSync(map+"/c.js", `import { ${imp} } from "./index.js"; console.log(${imp});`);
 const r=await esbuild.build({entryPoints:[map+"/c.js"],bundle:true,minify:true,format:"esm",platform:"browser",write:false,nodePaths:["node_modules"],metafile:true,logLevel:"silent"});
 const out=r.outputFiles[0].contents; console.log(imp, "gzip", zlib.gzipSync(out,{level:9}).length, JSON.stringify(Object.fromEntries(Object.entries(Object.values(r.metafile.outputs)[0].inputs).map(([k,v])=>[k.replace(/.*\//,""),v.bytesInOutput]))));
 const r2=await esbuild.build({entryPoints:[map+"/c.js"],bundle:true,minify:false,format:"esm",platform:"browser",write:false,nodePaths:["node_modules"],logLevel:"silent"});
 fs.writeFileSync(`/tmp/bundle-${imp}.js`, r2.outputFiles[0].text);
 }
})();
