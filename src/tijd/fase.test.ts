import { describe, expect, it } from "vitest";
import { OngeldigeInvoerFout } from "../result.js";
import { fase, faseUitleg } from "./fase.js";
import { inwerkingtreding, inwerkingtredingWet } from "./wet.js";

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
});
