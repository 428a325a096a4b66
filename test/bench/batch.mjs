// Sectie batch-CLI: 1.000.000 hulpvragen als NDJSON (gegenereerd in een tijdelijke map, niet in de
// repository) door `node dist/cli.js routeer --batch BESTAND`, met de piek-RSS van het kindproces
// en records/s. Basislijn: een kale NDJSON-doorgever in Node (ndjson-doorgeven.mjs) op hetzelfde
// bestand. Eerst een controle dat de CLI per regel hetzelfde antwoord geeft als routeer in-proces.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { figuur, fmt, mediaan, sectie } from "./harnas.mjs";
import { vragenStroom } from "./vragen.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(ROOT, "dist/cli.js");
const PRELOAD = fileURLToPath(new URL("./meting-preload.cjs", import.meta.url));
const DOORGEVER = fileURLToPath(new URL("./ndjson-doorgeven.mjs", import.meta.url));
const PEILDATUM = "2026-09-01";
const CONTROLE = 2_000;

/** Schrijft `n` gegenereerde hulpvragen als NDJSON; geeft de grootte in bytes en de eerste regels (voor de controle). */
function schrijfNdjson(lib, pad, n) {
  const fd = openSync(pad, "w");
  let buffer = "";
  let bytes = 0;
  const eerste = [];
  try {
    for (const h of vragenStroom(lib, n, 20261127)) {
      const regel = JSON.stringify(h);
      if (eerste.length < CONTROLE) eerste.push(regel);
      buffer += regel + "\n";
      if (buffer.length >= 1 << 20) {
        bytes += writeSync(fd, buffer);
        buffer = "";
      }
    }
    bytes += writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
  return { bytes, eerste };
}

/** Controle: de eerste regels door de CLI (uitvoer gelezen) tegen parseHulpvraag + normaliseerHulpvraag + routeer in-proces. */
function controleer(lib, schemas, map, regels) {
  const klein = join(map, "controle.ndjson");
  writeFileSync(klein, regels.join("\n") + "\n");
  const r = spawnSync(process.execPath, [CLI, "routeer", "--batch", klein, "--peildatum", PEILDATUM], { encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`batch-CLI (controle) eindigde met ${r.status}: ${r.stderr.slice(0, 2000)}`);
  const uit = r.stdout.trimEnd().split("\n");
  if (uit.length !== regels.length) throw new Error(`batch-CLI gaf ${uit.length} regels voor ${regels.length} vragen`);
  uit.forEach((u, i) => {
    const o = JSON.parse(u);
    const p = schemas.parseHulpvraag(JSON.parse(regels[i]));
    const n = p.ok ? lib.normaliseerHulpvraag(p.value) : p;
    if (!n.ok) throw new Error(`controlevraag ${i + 1} ongeldig: ${JSON.stringify(n.issues)}`);
    const verwacht = JSON.stringify(lib.routeer(n.value, { peildatum: PEILDATUM }));
    if (o.regel !== i + 1 || o.ok !== true || o.id !== n.value.id || JSON.stringify(o.routering) !== verwacht) {
      throw new Error(`batch-CLI regel ${i + 1} wijkt af van routeer in-proces:\n  CLI:      ${u.slice(0, 400)}\n  verwacht: ${verwacht.slice(0, 400)}`);
    }
  });
  return uit.length;
}

/**
 * Draait een kindproces met de meet-preload; stdout naar /dev/null (de CLI schrijft ~1 GB).
 * Met /usr/bin/time (GNU) als tweede, onafhankelijke meting van de piek-RSS als dat er is.
 */
function meetKind(map, naam, args) {
  const meting = join(map, `${naam}.json`);
  const timeUit = join(map, `${naam}.time`);
  const metTime = existsSync("/usr/bin/time");
  const nodeArgs = ["--expose-gc", "--require", PRELOAD, ...args];
  const [cmd, cmdArgs] = metTime ? ["/usr/bin/time", ["-f", "%M", "-o", timeUit, process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  const devNull = openSync("/dev/null", "w");
  let r;
  try {
    r = spawnSync(cmd, cmdArgs, { cwd: ROOT, env: { ...process.env, BENCH_METING: meting }, stdio: ["ignore", devNull, "pipe"], encoding: "utf8", maxBuffer: 1 << 26 });
  } finally {
    closeSync(devNull);
  }
  if (r.status !== 0 || r.stderr.trim() !== "") throw new Error(`${naam} eindigde met ${r.status}: ${r.stderr.slice(0, 2000)}`);
  const m = JSON.parse(readFileSync(meting, "utf8"));
  const time = metTime ? Number(readFileSync(timeUit, "utf8").trim().split("\n").at(-1)) : undefined;
  return { ...m, timeMaxRssKb: Number.isFinite(time) ? time : undefined };
}

export function benchBatch(lib, schemas, { aantal, runs }) {
  sectie(`5. Batch-CLI: ${fmt(aantal)} hulpvragen als NDJSON`);
  if (!existsSync(CLI)) throw new Error("dist/cli.js ontbreekt: draai eerst npm run build");
  const map = mkdtempSync(join(tmpdir(), "arbeidsmarktinfra-bench-"));
  try {
    const bestand = join(map, "hulpvragen.ndjson");
    const t0 = performance.now();
    const { bytes, eerste } = schrijfNdjson(lib, bestand, aantal);
    const gecontroleerd = controleer(lib, schemas, map, eerste);
    console.log(
      `  ${fmt(aantal)} regels (${fmt(bytes / 1e6, 0)} MB) in ${map} (${fmt(performance.now() - t0)} ms);` +
        ` de eerste ${fmt(gecontroleerd)} gecontroleerd: CLI-uitvoer gelijk aan routeer in-proces`,
    );
    // Afwisselend CLI en basislijn, `runs` keer; de piek-RSS verschilt per run (zie prestaties.md): mediaan.
    const cli = [];
    const basis = [];
    for (let i = 0; i < runs; i++) {
      cli.push(meetKind(map, `cli-${i}`, [CLI, "routeer", "--batch", bestand, "--peildatum", PEILDATUM]));
      basis.push(meetKind(map, `doorgeven-${i}`, [DOORGEVER, bestand]));
    }
    const mb = (kb) => kb / 1024;
    const med = (lijst, veld) => mediaan(lijst.map((m) => m[veld]));
    const rss = med(cli, "maxRssKb");
    const perRun = (lijst, veld, d, f = (x) => x) => lijst.map((m) => fmt(f(m[veld]), d)).join(", ");
    const tweede = cli[0].timeMaxRssKb !== undefined ? `; /usr/bin/time: ${perRun(cli, "timeMaxRssKb", 1, mb)} MB` : "";
    figuur({
      sectie: "batch-CLI",
      naam: `routeer --batch: piekgeheugen (RSS) van het proces bij ${fmt(aantal)} regels, mediaan van ${runs} runs`,
      waarde: mb(rss),
      decimalen: 1,
      eenheid: "MB",
      toelichting: `per run (getrusage): ${perRun(cli, "maxRssKb", 1, mb)} MB${tweede}; levend heapgeheugen na volledige GC aan het eind: ${perRun(cli, "heapNaGcKb", 1, mb)} MB`,
      basislijn: { naam: "kale NDJSON-doorgever in Node (readline + JSON.parse/stringify)", waarde: mb(med(basis, "maxRssKb")), decimalen: 1, eenheid: "MB" },
      verhouding: rss / med(basis, "maxRssKb"),
      verhoudingTekst: "× het piekgeheugen van de basislijn",
      doel: "< 150 MB",
      gehaald: mb(rss) < 150,
    });
    // Ter informatie: dezelfde CLI met een kleinere jonge generatie van V8 (de meeste piek-RSS is
    // afval tussen twee scavenges, niet levend geheugen). Eén run; gebruikers kunnen dit zelf zetten
    // met NODE_OPTIONS=--max-semi-space-size=4 (zie docs/robuustheid.md).
    const klein = meetKind(map, "cli-semispace-4", ["--max-semi-space-size=4", CLI, "routeer", "--batch", bestand, "--peildatum", PEILDATUM]);
    figuur({
      sectie: "batch-CLI",
      naam: `routeer --batch met NODE_OPTIONS=--max-semi-space-size=4: piekgeheugen (RSS) bij ${fmt(aantal)} regels, één run`,
      waarde: mb(klein.maxRssKb),
      decimalen: 1,
      eenheid: "MB",
      toelichting: `${fmt(aantal / klein.wandMs * 1000)} records/s wandklok; levend heapgeheugen na volledige GC aan het eind: ${fmt(mb(klein.heapNaGcKb), 1)} MB`,
      basislijn: { naam: "dezelfde CLI zonder die optie (mediaan hierboven)", waarde: mb(rss), decimalen: 1, eenheid: "MB" },
      verhouding: klein.maxRssKb / rss,
      verhoudingTekst: "× het piekgeheugen van de basislijn",
      doel: "geen (ter informatie)",
      gehaald: true,
      zonderDoel: true,
    });
    const wand = med(cli, "wandMs");
    const perS = (ms) => (aantal / ms) * 1000;
    figuur({
      sectie: "batch-CLI",
      naam: `routeer --batch: doorvoer van het hele commando (${fmt(aantal)} regels, uitvoer naar /dev/null), mediaan van ${runs} runs`,
      waarde: perS(wand),
      eenheid: "records/s",
      toelichting: `${fmt(wand / 1000, 1)} s wandklok, ${fmt(med(cli, "cpuMs") / 1000, 1)} s processortijd = ${fmt(perS(med(cli, "cpuMs")))} records per processorseconde`,
      basislijn: { naam: "kale NDJSON-doorgever in Node", waarde: perS(med(basis, "wandMs")), eenheid: "records/s" },
      verhouding: wand / med(basis, "wandMs"),
      verhoudingTekst: "× de tijd van de basislijn",
      doel: "rapporteren (geen doel)",
      gehaald: true,
      zonderDoel: true,
    });
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
}
