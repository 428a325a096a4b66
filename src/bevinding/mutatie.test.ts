import { describe, expect, it } from "vitest";
import { citeer } from "../bronnen/citaat.js";
import { OngeldigeInvoerFout } from "../result.js";
import { maakBevinding, maakContext, ontvangstbewijs, type RegelMeta, type RegelUitkomst } from "./model.js";

/**
 * Aanvullende tests voor het bevindingenmodel, gevonden met mutatietesten
 * (docs/mutatietesten.md): welke velden een bevinding wel of niet heeft en wanneer de hint van
 * de regel terugvalt.
 */

const meta: RegelMeta = { id: "test/regel", titel: "Test", beschrijving: "b", grondslag: "wet", bron: citeer("HRT", "§1"), hint: "Regelhint" };
const ctx = maakContext({ peildatum: "2026-08-01" });
const u = (uitkomst: RegelUitkomst["uitkomst"], extra: Partial<RegelUitkomst> = {}): RegelUitkomst => ({ uitkomst, pad: ["a"], bericht: "x", ...extra });

describe("maakContext", () => {
  it("zonder opties-object: een fout op opties die de peildatum noemt", () => {
    for (const o of [null, undefined, "2026-01-01", 5]) {
      let f: unknown;
      try {
        maakContext(o as never);
      } catch (e) {
        f = e;
      }
      expect(f).toBeInstanceOf(OngeldigeInvoerFout);
      expect(f).toMatchObject({ code: "verplicht", path: ["opties"], message: expect.stringContaining("peildatum") });
    }
  });

  it("instellingen alleen als ze zijn opgegeven", () => {
    expect(maakContext({ peildatum: "2026-08-01" })).toStrictEqual({ peildatum: "2026-08-01", fase: "nieuwe-wet" });
    const instellingen = { inwerkingtreding: "2027-01-01" };
    expect(maakContext({ peildatum: "2026-08-01", instellingen })).toStrictEqual({ peildatum: "2026-08-01", fase: "transitieperiode", instellingen });
  });
});

describe("maakBevinding", () => {
  it("de hint van de regel bij niet-voldaan en beoordelen; geen hint bij voldaan en niet-van-toepassing; een eigen hint gaat voor", () => {
    expect(maakBevinding(meta, u("niet-voldaan"), ctx).hint).toBe("Regelhint");
    expect(maakBevinding(meta, u("beoordelen"), ctx).hint).toBe("Regelhint");
    expect("hint" in maakBevinding(meta, u("voldaan"), ctx)).toBe(false);
    expect("hint" in maakBevinding(meta, u("niet-van-toepassing"), ctx)).toBe(false);
    expect(maakBevinding(meta, u("voldaan", { hint: "Eigen" }), ctx).hint).toBe("Eigen");
    expect(maakBevinding(meta, u("beoordelen", { hint: "Eigen" }), ctx).hint).toBe("Eigen");
  });

  it("andere bronnen en gegevens alleen als ze er zijn", () => {
    const b = maakBevinding(meta, u("voldaan"), ctx);
    expect(Object.keys(b).sort()).toEqual(["bericht", "bron", "ernst", "grondslag", "pad", "pointer", "regelId", "titel", "uitkomst"]);
    const anders = [citeer("KB2024", "§4")];
    expect(maakBevinding({ ...meta, andereBronnen: anders }, u("voldaan", { gegevens: { n: 1 } }), ctx)).toMatchObject({ andereBronnen: anders, gegevens: { n: 1 } });
  });

  it("het ontvangstbewijs noemt de bibliotheek", () => {
    expect(ontvangstbewijs(ctx, [meta]).bibliotheek).toMatchObject({ naam: "arbeidsmarktinfra" });
    expect(ontvangstbewijs(ctx, [meta])).toMatchObject({ regels: ["test/regel"], instellingen: {}, peildatum: "2026-08-01" });
  });
});
