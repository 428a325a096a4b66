import { defineConfig } from "tsup";

/**
 * Eén entry per publiek subpad. `splitting: true` met `"sideEffects": false` zorgt dat een
 * bundler die alleen `routeer` of `toetsConvenant` importeert, de zod-schema's niet meeneemt
 * (zie test/bundelgrootte.test.ts).
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
    splitting: true,
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
