// Wordt vooraf geladen (node --require) in een kindproces van de benchmark: schrijft bij het
// afsluiten de piek-RSS en de processortijd van dit proces naar het bestand in $BENCH_METING.
// process.resourceUsage().maxRSS is de piek van het resident geheugen volgens het
// besturingssysteem (getrusage), in kilobytes. Draait het proces met --expose-gc, dan ook het
// levende heapgeheugen na een volledige garbage collection aan het eind (geen lek: dat blijft klein).
"use strict";
const { writeFileSync } = require("node:fs");

const bestand = process.env.BENCH_METING;
if (bestand) {
  process.on("exit", (code) => {
    const r = process.resourceUsage();
    let heapNaGcKb = null;
    if (typeof globalThis.gc === "function") {
      globalThis.gc();
      heapNaGcKb = Math.round(process.memoryUsage().heapUsed / 1024);
    }
    writeFileSync(
      bestand,
      JSON.stringify({ code, maxRssKb: r.maxRSS, cpuMs: (r.userCPUTime + r.systemCPUTime) / 1000, wandMs: performance.now(), heapNaGcKb }),
    );
  });
}
