import { describe, expect, it } from "vitest";
import { OngeldigeInvoerFout } from "../result.js";
import { fase, faseUitleg, transitieperiode } from "./fase.js";
import type { Instellingen } from "./instellingen.js";
import { inwerkingtreding, inwerkingtredingWet, inwerkingtredingsdatum } from "./wet.js";

describe("fase", () => {
  it("volgt de grenzen 2025-01-01 en de beoogde inwerkingtreding 2026-07-01", () => {
    expect(fase("2024-12-31")).toBe("voor-transitie");
    expect(fase("2025-01-01")).toBe("transitieperiode");
    expect(fase("2026-06-30")).toBe("transitieperiode");
    expect(fase("2026-07-01")).toBe("nieuwe-wet");
    expect(fase("2030-01-01")).toBe("nieuwe-wet");
  });

  it("gebruikt een opgegeven inwerkingtreding", () => {
    expect(fase("2026-07-01", { inwerkingtreding: "2027-01-01" })).toBe("transitieperiode");
    expect(fase("2027-01-01", { inwerkingtreding: "2027-01-01" })).toBe("nieuwe-wet");
    expect(fase("2024-06-01", { inwerkingtreding: "2027-01-01" })).toBe("voor-transitie");
    expect(fase("2030-01-01", { inwerkingtreding: "onbekend" })).toBe("transitieperiode");
    expect(fase("2026-08-01", { parameters: { "wet.inwerkingtreding": { waarde: "2026-09-01" } } })).toBe("transitieperiode");
  });

  it("weigert een ongeldige peildatum of inwerkingtreding", () => {
    expect(() => fase("2025-02-30")).toThrow(OngeldigeInvoerFout);
    expect(() => fase("2025-2-3")).toThrow(/JJJJ-MM-DD/);
    expect(() => fase("2026-01-01", { inwerkingtreding: "2026-02-30" })).toThrow(/onbekend/);
    expect(() => fase("2026-01-01", { inwerkingtreding: "2024-06-01" })).toThrow(/vóór het begin van de transitieperiode/);
    expect(() => fase("2026-01-01", { parameters: { "wet.inwerkingtreding": { waarde: "2024-06-01" } } })).toThrow(/vóór het begin/);
  });

  it("legt uit waarop de fase berust, met bronnen en de twijfel uit NOTA2026", () => {
    const u = faseUitleg("2026-07-01");
    expect(u.fase).toBe("nieuwe-wet");
    expect(u.beginTransitie.bron.bron).toBe("HRT");
    expect(u.inwerkingtreding).toMatchObject({ datum: "2026-07-01", status: "beoogd", herkomst: "standaard" });
    expect(u.inwerkingtreding.opmerkingen.map((o) => o.bron.bron)).toContain("NOTA2026");
  });

  it("kent de eerder beoogde datum 1 januari 2026 uit KB2024 als vervangen lezing", () => {
    expect(inwerkingtredingWet.eerdereLezingen?.[0]).toMatchObject({ waarde: "2026-01-01", bron: { bron: "KB2024" }, vervangenDoor: { bron: "S4" } });
    expect(inwerkingtreding({ inwerkingtreding: "onbekend" }).datum).toBeNull();
  });

  it("fase (alleen de datum) en faseUitleg (met bronnen) geven dezelfde datum en dezelfde fouten", () => {
    const gevallen: (Instellingen | undefined)[] = [
      undefined,
      {},
      { inwerkingtreding: "2027-01-01" },
      { inwerkingtreding: "onbekend" },
      { parameters: { "wet.inwerkingtreding": { waarde: "2026-09-01" } } },
      { parameters: { "wet.inwerkingtreding": [{ waarde: "2027-03-01" }] } },
      // fouten: de inwerkingtreding op twee plekken (de bibliotheek kiest niet stil een van beide)
      { inwerkingtreding: "2026-11-01", parameters: { "wet.inwerkingtreding": { waarde: "2026-09-01" } } },
      // een datumparameter heeft geen geldigheidsperiode (anders zou de overschrijving stil niet gelden)
      { parameters: { "wet.inwerkingtreding": [{ waarde: "2026-10-01", geldigVanaf: "2026-01-01" }] } },
      { parameters: { "wet.inwerkingtreding": [{ waarde: "2026-10-01", geldigTot: "2024-12-31" }, { waarde: "2027-03-01" }] } },
      { inwerkingtreding: "2026-02-30" },
      { inwerkingtreding: "2024-06-01" },
      { parameters: { "wet.inwerkingtreding": { waarde: "2024-06-01" } } },
      { parameters: { "wet.inwerkingtreding": { waarde: "2026-09-01", geldigVanaf: "2026-13-01" } } },
      { inwerkingsdatum: "2027-01-01" } as Instellingen,
    ];
    const uitkomst = (f: () => unknown) => {
      try {
        return { ok: f() };
      } catch (e) {
        return { fout: e instanceof OngeldigeInvoerFout ? [e.message, e.path] : String(e) };
      }
    };
    const verwacht = [
      "2026-07-01", "2026-07-01", "2027-01-01", null, "2026-09-01", "2027-03-01",
    ];
    gevallen.forEach((i, n) => {
      const slank = uitkomst(() => inwerkingtredingsdatum(i));
      expect(slank, `geval ${n}`).toEqual(uitkomst(() => inwerkingtreding(i).datum));
      if (n < verwacht.length) expect(slank, `geval ${n}`).toEqual({ ok: verwacht[n] });
      else expect(slank, `geval ${n}`).toHaveProperty("fout");
      for (const p of ["2024-12-31", "2026-07-01", "2026-09-01", "2027-01-01", "2027-03-01"]) {
        expect(uitkomst(() => fase(p, i)), `geval ${n}, ${p}`).toEqual(uitkomst(() => faseUitleg(p, i).fase));
      }
    });
    // Het geheugen per instellingen-object geeft hetzelfde antwoord (ook null).
    const onbekend: Instellingen = { inwerkingtreding: "onbekend" };
    expect(inwerkingtredingsdatum(onbekend)).toBeNull();
    expect(inwerkingtredingsdatum(onbekend)).toBeNull();
  });
});

describe("transitieperiode", () => {
  it("van 1 januari 2025 tot (niet tot en met) de inwerkingtreding, standaard de beoogde 1 juli 2026, met bronnen", () => {
    const t = transitieperiode();
    expect(t).toMatchObject({ van: "2025-01-01", tot: "2026-07-01", totEnMet: "2026-06-30", vanBron: { bron: "HRT", plaats: "§1.2" }, einde: { datum: "2026-07-01", status: "beoogd", herkomst: "standaard" } });
    // Dezelfde grenzen als fase: de laatste dag is transitieperiode, tot is nieuwe-wet.
    expect(fase(t.van)).toBe("transitieperiode");
    expect(fase(t.totEnMet!)).toBe("transitieperiode");
    expect(fase(t.tot!)).toBe("nieuwe-wet");
    expect(fase("2024-12-31")).toBe("voor-transitie");
  });
  it("volgt de instellingen: een andere datum, onbekend, of de vroegst toegestane (een lege periode)", () => {
    expect(transitieperiode({ inwerkingtreding: "2027-01-01" })).toMatchObject({ tot: "2027-01-01", totEnMet: "2026-12-31", einde: { herkomst: "instelling" } });
    expect(transitieperiode({ parameters: { "wet.inwerkingtreding": { waarde: "2028-03-01" } } })).toMatchObject({ tot: "2028-03-01", totEnMet: "2028-02-29" });
    expect(transitieperiode({ inwerkingtreding: "onbekend" })).toMatchObject({ tot: null, totEnMet: null, einde: { datum: null } });
    expect(transitieperiode({ inwerkingtreding: "2025-01-01" })).toMatchObject({ van: "2025-01-01", tot: "2025-01-01", totEnMet: "2024-12-31" });
  });
  it("ongeldige instellingen: OngeldigeInvoerFout met het pad", () => {
    expect(() => transitieperiode({ inwerkingtreding: "2024-06-01" })).toThrow(OngeldigeInvoerFout);
    expect(() => transitieperiode({ inwerkingtreding: "2024-06-01" })).toThrow(/^instellingen\.inwerkingtreding: /);
  });
});
