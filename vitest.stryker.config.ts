import { defineConfig } from "vitest/config";

/** Vitest-configuratie voor mutatietesten (Stryker): één project, alleen de eenheidstests. */
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    env: { TZ: "UTC" },
    pool: "forks",
  },
});
