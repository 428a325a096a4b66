import { execFileSync, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const wortel = new URL("../../", import.meta.url).pathname;

/** Een gebouwde kopie van de projectmap, zoals een gebruiker die na `npm run build` heeft. */
export interface Pakketkopie {
  /** De map (absoluut, zonder slash aan het eind). */
  readonly map: string;
  /** Draait `node <args>` in de kopie (of in `cwd`); stdin optioneel. */
  readonly node: (args: readonly string[], opties?: { readonly invoer?: string; readonly cwd?: string }) => SpawnSyncReturns<string>;
  readonly opruimen: () => void;
}

/**
 * Bouwt het pakket met tsup (de echte configuratie, zonder typedeclaraties) in een tijdelijke
 * kopie van de projectmap: `package.json`, `dist/`, `examples/` en symbolische koppelingen naar
 * `src/` en `node_modules/`. Een voorbeeldprogramma in `<kopie>/examples/`
 * importeert `arbeidsmarktinfra` dan precies zoals vanuit de projectmap: via de `exports` van
 * het pakket zelf (self-reference) naar `dist/`.
 *
 * Waarom een kopie en niet `dist/` van het project: `test/pakket.test.ts` bouwt tegelijk (tsup
 * met `clean: true` leegt `dist/`), en testbestanden draaien parallel.
 */
export function bouwPakketkopie(): Pakketkopie {
  const map = mkdtempSync(join(tmpdir(), "ami-kopie-"));
  try {
    execFileSync("npx", ["tsup", "--silent", "--no-dts", "--out-dir", join(map, "dist")], { cwd: wortel, stdio: "pipe" });
    copyFileSync(join(wortel, "package.json"), join(map, "package.json"));
    cpSync(join(wortel, "examples"), join(map, "examples"), { recursive: true });
    // src/ als koppeling: de JSON Schema-bestanden (exports "./json-schema/*.json") en, voor
    // TypeScript met de bronconditie, de broncode; Node zelf laadt dist/.
    symlinkSync(join(wortel, "src"), join(map, "src"), "dir");
    symlinkSync(join(wortel, "node_modules"), join(map, "node_modules"), "dir");
  } catch (e) {
    rmSync(map, { recursive: true, force: true });
    throw e;
  }
  return {
    map,
    node: (args, opties = {}) =>
      spawnSync(process.execPath, [...args], {
        cwd: opties.cwd ?? map,
        encoding: "utf8",
        input: opties.invoer ?? "",
        env: { ...process.env, TZ: "UTC", NO_COLOR: "1" },
        timeout: 30_000,
      }),
    opruimen: () => rmSync(map, { recursive: true, force: true }),
  };
}
