import { defineConfig } from "tsup";

/**
 * Eén entry per publiek subpad, elk zelfstandig (`splitting: false`): de root-entry importeert
 * nooit de schemas-entry, dus zod komt er niet in. Zonder gedeelde chunks staat elke
 * datafunctie (met `@__NO_SIDE_EFFECTS__`) in hetzelfde bestand als haar aanroepen, zodat een
 * bundler ongebruikte tabellen en regels kan weglaten (zie test/bundelgrootte.test.ts).
 */
export default defineConfig([
  {
    entry: { index: "src/index.ts", schemas: "src/schemas.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    splitting: false,
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "es2022",
    platform: "node",
    splitting: false,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
