import { once } from "node:events";
import { createReadStream, readdirSync, readFileSync, statSync } from "node:fs";
import { runCli } from "./cli.js";
import { vandaagInNederland, type Io } from "./io.js";

// Een gesloten pijp (bijv. `arbeidsmarktinfra toets … | head`) is geen fout: stop stil, zonder
// stacktrace. Andere schrijffouten melden we kort.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`arbeidsmarktinfra: kan niet schrijven: ${e.message}\n`);
  process.exit(70);
});

const io: Io = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  leesBestand: (pad) => readFileSync(pad),
  bestandsgrootte: (pad) => statSync(pad).size,
  leesStroom: (pad) => createReadStream(pad),
  leesMap: (pad) => {
    try {
      return statSync(pad).isDirectory() ? readdirSync(pad, { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name) : undefined;
    } catch {
      return undefined; // niet te lezen: als bestand behandelen, dan volgt een duidelijke melding
    }
  },
  wachtOpUitvoer: async () => {
    if (process.stdout.writableNeedDrain) await once(process.stdout, "drain");
    if (process.stderr.writableNeedDrain) await once(process.stderr, "drain");
  },
  vandaag: () => vandaagInNederland(),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`arbeidsmarktinfra: interne fout: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 70;
  },
);
