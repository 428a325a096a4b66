// Basislijn voor de batch-CLI: het minste wat elk NDJSON-programma in Node doet. Leest het
// bestand regel voor regel (readline, zoals de CLI), JSON.parse per regel, en schrijft per regel
// een JSON-regel terug (gebufferd, zoals de CLI). Geen schema, geen routering.
//   node test/bench/ndjson-doorgeven.mjs BESTAND > /dev/null
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

let buffer = "";
let nr = 0;
for await (const tekst of createInterface({ input: createReadStream(process.argv[2], { encoding: "utf8" }), crlfDelay: Infinity })) {
  nr++;
  buffer += JSON.stringify({ regel: nr, ok: true, invoer: JSON.parse(tekst) }) + "\n";
  if (buffer.length >= 16384) {
    process.stdout.write(buffer);
    buffer = "";
  }
}
process.stdout.write(buffer);
