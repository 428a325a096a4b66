import { routeer, uitlegRoutering } from "./dist/index.js";
for (const u of ["WW","bijstand","geen","onbekend"]) for (const p of [undefined, ["cao"], "geen"]) {
  const h = { vrager: "werkende", uitkering: u, woongemeente: "Zaanstad", regio: "AM17", onderwerpen: ["werk"], deur: { soort: "werkcentrum" } };
  if (p !== undefined) h.privateOndersteuning = p;
  const r = routeer(h, { peildatum: "2026-09-01" });
  console.log(u, JSON.stringify(p), r.status, r.reden, r.kandidaten.map(k=>k.soort).join(","), "|", r.nagaan.join(","), "|", uitlegRoutering(r).stappen[0].tekst.slice(0,200), JSON.stringify(r.stappen[0].gegevens));
}
