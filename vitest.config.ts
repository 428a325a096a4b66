import { defineConfig } from "vitest/config";

/**
 * De eenheidstests (src/**) draaien in drie tijdzones: de uitkomsten mogen niet afhangen van de
 * tijdzone van het proces (een peildatum is een Nederlandse kalenderdatum). Pacific/Apia is
 * gekozen omdat daar 30 december 2011 niet bestaat. De integratietests (test/**) draaien één keer.
 */
const tijdzones = ["UTC", "Europe/Amsterdam", "Pacific/Apia"] as const;

export default defineConfig({
  test: {
    reporters: ["default", "./test/hulp/samenvatting-reporter.ts"],
    pool: "forks",
    projects: [
      ...tijdzones.map((tz) => ({
        extends: true as const,
        test: {
          name: `eenheid ${tz}`,
          include: ["src/**/*.test.ts"],
          env: { TZ: tz },
        },
      })),
      {
        extends: true as const,
        test: {
          name: "integratie",
          include: ["test/**/*.test.ts"],
          env: { TZ: "UTC" },
          testTimeout: 60_000,
        },
      },
    ],
    typecheck: { enabled: false },
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // Uitgesloten: tests, barrel-bestanden (alleen re-exports), alleen-typen, het procesbegin van de CLI en gegenereerde data.
      exclude: ["src/**/*.test.ts", "src/**/index.ts", "src/schemas.ts", "src/tijd/instellingen.ts", "src/cli/main.ts", "src/regio/data/**"],
      reporter: ["text-summary", "json-summary"],
      reportsDirectory: "coverage",
      thresholds: { lines: 95, branches: 90, functions: 95, statements: 95 },
    },
  },
});
