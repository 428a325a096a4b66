import { describe, expect, it } from "vitest";
import { maakWerkplan } from "./werkplan.js";
import { parseHulpvraag, parseWerkplan } from "./schema.js";

/** Randen van de triageschema's: private ondersteuning en de activiteiten van een Werkplan. */

const werkende = { vrager: "werkende", uitkering: "geen", onderwerpen: ["werk"], deur: { soort: "werkcentrum" } } as const;
const meldingen = (x: unknown) => {
  const r = parseHulpvraag(x);
  return r.ok ? [] : r.issues.map((i) => `${i.code} | ${i.message}`);
};

describe("privateOndersteuning: een lijst, 'geen' of 'onbekend'", () => {
  const verwacht = 'ongeldige-waarde | privateOndersteuning: verwacht een lijst met "cao", "O&O-fonds", "sociaal-plan", "werkgever", of "geen" of "onbekend"';
  it("geldig: lijst, geen, onbekend", () => {
    for (const p of [["cao", "werkgever"], "geen", "onbekend"]) expect(meldingen({ ...werkende, privateOndersteuning: p }), JSON.stringify(p)).toEqual([]);
  });
  it("ongeldig: leeg, onbekend element, geen lijst, dubbel", () => {
    expect(meldingen({ ...werkende, privateOndersteuning: [] })).toEqual(["te-klein | privateOndersteuning: mag niet leeg zijn"]);
    for (const p of [["xyz"], 5, "iets", null]) expect(meldingen({ ...werkende, privateOndersteuning: p }), JSON.stringify(p)).toEqual([verwacht]);
    expect(meldingen({ ...werkende, privateOndersteuning: ["cao", "cao"] })).toEqual(['dubbel | privateOndersteuning[1]: "cao" staat er al eerder in']);
  });
});

describe("Werkplan: activiteiten", () => {
  const s = maakWerkplan({ vrager: "werkzoekende", uitkering: "WW", woongemeente: "Zaanstad", onderwerpen: ["werk"], deur: { soort: "werkcentrum" } }, { peildatum: "2026-09-01" });
  const plan = s.status === "bepaald" ? (JSON.parse(JSON.stringify(s.werkplan)) as Record<string, unknown>) : {};

  it("een einde vóór de start is inconsistent, met het pad van het einde", () => {
    const r = parseWerkplan({ ...plan, activiteiten: [{ id: "a", omschrijving: "Cursus", aanbieder: "ROC", status: "lopend", start: "2026-09-01", einde: "2026-08-01" }] });
    expect(r.ok ? [] : r.issues).toEqual([{ code: "inconsistent", path: ["activiteiten", 0, "einde"], message: "activiteiten[0].einde: einde 2026-08-01 ligt vóór start 2026-09-01" }]);
  });

  it("start en einde op dezelfde dag, of alleen een van beide, is in orde", () => {
    for (const a of [{ start: "2026-09-01", einde: "2026-09-01" }, { start: "2026-09-01" }, { einde: "2026-09-01" }, {}]) {
      const r = parseWerkplan({ ...plan, activiteiten: [{ id: "a", omschrijving: "Cursus", aanbieder: "ROC", status: "gepland", ...a }] });
      expect(r.ok ? [] : r.issues, JSON.stringify(a)).toEqual([]);
    }
  });
});
