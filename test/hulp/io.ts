import { readdirSync, readFileSync, statSync } from "node:fs";
import { createReadStream } from "node:fs";
import { runCli } from "../../src/cli/cli.js";
import type { Io } from "../../src/cli/io.js";

/** Draait de CLI in-proces en vangt uitvoer en exitcode. */
export async function cli(argv: string[], opties: { vandaag?: string; bestanden?: Record<string, string | Uint8Array>; mappen?: Record<string, readonly string[]> } = {}) {
  let stdout = "";
  let stderr = "";
  const bestanden = opties.bestanden ?? {};
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    leesBestand: (pad) => {
      const b = bestanden[pad];
      if (b === undefined) return readFileSync(pad);
      return typeof b === "string" ? new TextEncoder().encode(b) : b;
    },
    bestandsgrootte: (pad) => {
      const b = bestanden[pad];
      if (b === undefined) return statSync(pad).size;
      return typeof b === "string" ? new TextEncoder().encode(b).length : b.length;
    },
    leesStroom: (pad) => {
      const b = bestanden[pad];
      if (b === undefined) return createReadStream(pad);
      const bytes = typeof b === "string" ? new TextEncoder().encode(b) : b;
      return (async function* () {
        // In blokken van 64 kB, zoals een echte bestandsstroom.
        for (let i = 0; i < bytes.length; i += 65536) yield bytes.subarray(i, i + 65536);
      })();
    },
    // Een map uit `mappen` (namen van bestanden in `bestanden`), anders een echte map op schijf.
    leesMap: (pad) => {
      const m = opties.mappen?.[pad];
      if (m !== undefined) return m;
      if (bestanden[pad] !== undefined) return undefined;
      try {
        return statSync(pad).isDirectory() ? readdirSync(pad, { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name) : undefined;
      } catch {
        return undefined;
      }
    },
    vandaag: () => opties.vandaag ?? "2026-09-01",
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
