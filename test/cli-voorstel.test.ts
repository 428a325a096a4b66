import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli } from "./hulp/io.js";

/** De CLI toont het "bedoelde u …?" van de parse-functies op stderr (exit 2, ongeldige invoer). */
describe("CLI: voorstel bij een tikfout in een YAML-convenant", () => {
  const origineel = readFileSync(new URL("../examples/convenanten/rijnmond-volledig.yaml", import.meta.url), "utf8");

  it("een verkeerd gespeld veld en een verkeerd gespelde rol: exit 2, met het voorstel per melding", async () => {
    // Het eerste voorkomen: de looptijd van het convenant en de rol van de eerste partij.
    const yaml = origineel.replace("  ingangsdatum: 2025-07-01", "  ingangsdatun: 2025-07-01").replace("    rol: kernpartner", "    rol: Kernparter");
    expect(yaml).not.toBe(origineel);
    // Met de plek in het bestand (regel:kolom) achter elke melding.
    expect(yaml.split("\n")[16]).toBe("    rol: Kernparter");
    expect(yaml.split("\n")[10]).toBe("  ingangsdatun: 2025-07-01");
    const r = await cli(["toets", "rijnmond.yaml", "--peildatum", "2026-09-01"], { bestanden: { "rijnmond.yaml": yaml } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      [
        "kan rijnmond.yaml niet gebruiken: 2 problemen in de invoer",
        '  - partijen[0].rol: verwacht een van "kernpartner", "strategische-partner", "samenwerkingspartner", "adviseur", ontvangen de tekst "Kernparter"; bedoelde u "kernpartner"? (rijnmond.yaml:17:5)',
        `  - looptijd.ingangsdatun: onbekend veld "ingangsdatun"; afspraken die het model niet kent horen in 'overigeAfspraken' (titel, tekst); bedoelde u "ingangsdatum"? (rijnmond.yaml:11:3)`,
        "",
      ].join("\n"),
    );
  });

  it("in JSON-uitvoer staat het voorstel in de melding van het issue", async () => {
    const yaml = origineel.replace("\npartijen:\n", "\npartyen:\n");
    const r = await cli(["toets", "rijnmond.yaml", "--formaat", "json"], { bestanden: { "rijnmond.yaml": yaml } });
    expect(r.code).toBe(2);
    const uit = JSON.parse(r.stdout) as { ok: boolean; issues: { code: string; path: string[]; message: string }[] };
    expect(uit.ok).toBe(false);
    expect(uit.issues).toContainEqual({ code: "onbekend-veld", path: ["partyen"], message: `partyen: onbekend veld "partyen"; afspraken die het model niet kent horen in 'overigeAfspraken' (titel, tekst); bedoelde u "partijen"?` });
    expect(uit.issues).toContainEqual(expect.objectContaining({ code: "verplicht", path: ["partijen"] }));
  });
});
