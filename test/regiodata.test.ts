import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { arbeidsmarktregios, gemeenten } from "../src/regio/regio.js";
// @ts-expect-error: JavaScript-hulpscript zonder typen
import { genereer } from "./tools/genereer-regiodata.mjs";

describe("regiodata", () => {
  it("de gegenereerde bestanden zijn actueel ten opzichte van de CSV's", () => {
    const uit = genereer() as Record<string, string>;
    for (const [bestand, inhoud] of Object.entries(uit)) {
      expect(readFileSync(new URL(`../src/regio/data/${bestand}`, import.meta.url), "utf8"), bestand).toBe(inhoud);
    }
  });

  it("komt op alle 342 gemeenten overeen met het tweede, onafhankelijke CBS-extract", () => {
    const cedanl = JSON.parse(readFileSync(new URL("./fixtures/arbeidsmarktregio_gemeente_2026.cedanl-onderwijsdata-chat.json", import.meta.url), "utf8")) as {
      _bron: { tabel: string };
      gemeenten: Record<string, string>;
    };
    expect(cedanl._bron.tabel).toBe("86247NED");
    expect(Object.keys(cedanl.gemeenten)).toHaveLength(342);
    const naamVan = new Map(arbeidsmarktregios.map((r) => [r.code, r.naam]));
    for (const g of gemeenten) expect(cedanl.gemeenten[g.code.slice(2)], g.code).toBe(naamVan.get(g.regio));
  });
});
