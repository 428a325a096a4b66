import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";

const wortel = new URL("../../", import.meta.url).pathname;

/**
 * Bouwt het pakket met tsup (de echte configuratie, zonder typedeclaraties) naar een eigen map
 * onder node_modules/.cache, zodat tests die het gebouwde pakket of `cli.js` als proces nodig
 * hebben niet botsen met test/pakket.test.ts (die dist/ leegmaakt en opnieuw bouwt). De map ligt
 * in de repository, zodat `node` de afhankelijkheden (zod, yaml, …) in node_modules vindt.
 */
export function bouwPakketMetTsup(): { readonly map: string; readonly opruimen: () => void } {
  const basis = join(wortel, "node_modules/.cache/arbeidsmarktinfra-tests");
  mkdirSync(basis, { recursive: true });
  const map = mkdtempSync(join(basis, "bouw-"));
  execFileSync("npx", ["tsup", "--out-dir", map, "--no-dts", "--silent"], { cwd: wortel, stdio: "pipe" });
  return { map, opruimen: () => rmSync(map, { recursive: true, force: true }) };
}
