import { describe, expect, it } from "vitest";
import { alleParameters } from "../parameters.js";
import { parseInstellingen } from "./schema.js";

describe("parseInstellingen", () => {
  it("accepteert een overschrijving van elke bekende parameter", () => {
    for (const p of alleParameters()) {
      const r = parseInstellingen({ parameters: { [p.id]: { waarde: 1 } } });
      expect(r.ok, p.id).toBe(true);
    }
  });

  it("meldt een onbekend parameter-id (met de bekende ids) in plaats van het stil te negeren", () => {
    const r = parseInstellingen({ parameters: { "regio.impulsbudget": { waarde: 100 }, "regio.impulsbudet": { waarde: 200 } } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: "onbekend-veld", path: ["parameters", "regio.impulsbudet"] });
    expect(r.issues[0]!.message).toMatch(/^parameters\["regio\.impulsbudet"\]: onbekende parameter "regio\.impulsbudet"; bekend zijn: wet\.inwerkingtreding, werkcentrum\.werkgeversdienstverlening-vanaf, regio\.impulsbudget, /);
  });

  it("onbekende velden en ongeldige vensters met pad", () => {
    const r = parseInstellingen({ inwerkingtreding: "2027-02-30", verloopvensterMaanden: 61, extra: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["inwerkingtreding", "verloopvensterMaanden", "extra"]));
  });
});
