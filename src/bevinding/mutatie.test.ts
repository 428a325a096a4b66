import { describe, expect, it } from "vitest";
import { citeer } from "../bronnen/citaat.js";
import { OngeldigeInvoerFout } from "../result.js";
import { vangFout } from "../../test/hulp/fout.js";
import { maakBevinding, maakContext, ontvangstbewijs, voerRegelsUit, type Regel, type RegelMeta, type RegelUitkomst } from "./model.js";

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

describe("vormcontroles van regels en uitkomsten (mutatierun van 27 november, avond)", () => {
  const regel = (toets: Regel<unknown>["toets"], extra: object = {}): Regel<unknown> => ({ ...meta, toets, ...extra }) as Regel<unknown>;
  const melding = (f: () => unknown) => {
    const e = vangFout(f);
    return [e.code, e.path, e.message];
  };

  it("een regel zonder titel of met een bron die geen object is: de fout noemt die regel in de lijst", () => {
    const goed = regel(() => [u("voldaan")]);
    expect(melding(() => voerRegelsUit([goed, regel(() => [u("voldaan")], { titel: undefined })], {}, ctx))).toEqual([
      "verplicht",
      ["regels", 1, "titel"],
      "regels[1].titel: verwacht een tekst, ontvangen niets",
    ]);
    expect(melding(() => voerRegelsUit([goed, regel(() => [u("voldaan")], { bron: "HRT" })], {}, ctx))).toEqual([
      "ongeldig-type",
      ["regels", 1, "bron"],
      'regels[1].bron: verwacht een object, ontvangen de tekst "HRT"',
    ]);
  });

  it("een ongeldige regel wordt ook gemeld als hij op deze invoer niets meldt (de uitkomst hangt niet af van de invoer)", () => {
    const zwijgt = () => [];
    expect(melding(() => voerRegelsUit([regel(zwijgt, { titel: 5 })], {}, ctx))[1]).toEqual(["regels", 0, "titel"]);
    expect(melding(() => voerRegelsUit([regel(zwijgt, { bron: null })], {}, ctx))[1]).toEqual(["regels", 0, "bron"]);
    expect(melding(() => voerRegelsUit([regel(zwijgt, { grondslag: "gewoonte" })], {}, ctx))).toMatchObject(["ongeldige-waarde", expect.anything(), expect.stringContaining('ontvangen de tekst "gewoonte"')]);
    expect(voerRegelsUit([regel(zwijgt)], {}, ctx)).toEqual([]);
  });

  it("null of niets in plaats van een regel of een uitkomst: een OngeldigeInvoerFout, geen TypeError", () => {
    expect(melding(() => voerRegelsUit([null] as never, {}, ctx))).toEqual(["ongeldig-type", ["regels", 0], "regels[0]: verwacht een object, ontvangen null"]);
    expect(melding(() => ontvangstbewijs(ctx, [meta, null] as never))).toEqual(["ongeldig-type", ["regels", 1], "regels[1]: verwacht een object, ontvangen null"]);
    expect(melding(() => maakBevinding(meta, undefined as never, ctx))).toEqual(["verplicht", ["uitkomst"], "uitkomst: verwacht een object, ontvangen niets"]);
    expect(melding(() => voerRegelsUit([regel(() => [u("voldaan"), undefined] as never)], {}, ctx))).toEqual(["verplicht", ["uitkomst"], "uitkomst: verwacht een object, ontvangen niets"]);
  });
});
