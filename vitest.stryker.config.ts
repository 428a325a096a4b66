import { defineConfig } from "vitest/config";

/**
 * Vitest-configuratie voor mutatietesten (Stryker, zie docs/mutatietesten.md): één project in
 * UTC met de eenheidstests en de snelle, deterministische integratietests die regelgedrag van
 * begin tot eind toetsen (voorbeeldbestanden door de CLI, SARIF, triagevoorbeelden, het contract
 * van de bevindingen). Trage tests (pakket, bundel, browser, voorbeeldprogramma's, tsdoc, docs)
 * blijven buiten: ze toetsen geen regelgedrag en zouden elke mutant minuten kosten.
 */
export default defineConfig({
  test: {
    include: [
      "src/**/*.test.ts",
      "test/bevindingen-contract.test.ts",
      "test/voorbeelden-agenda-transitie.test.ts",
      "test/voorbeelden-convenant.test.ts",
      "test/triage-voorbeelden.test.ts",
      "test/sarif-convenant.test.ts",
      "test/argumenten.test.ts",
    ],
    env: { TZ: "UTC" },
    pool: "forks",
    testTimeout: 60_000,
  },
});
