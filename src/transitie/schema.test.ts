import { describe, expect, it } from "vitest";
import { parseTransitiedossier } from "./schema.js";

describe("parseTransitiedossier", () => {
  it("leest een geldig dossier", () => {
    const d = {
      regio: "AM05",
      declaraties: [{ partij: "Gemeente Enschede", ingediendOp: "2025-11-28", bedrag: 1_250_000 }],
      rmtInkoopViaUwv: [{ omschrijving: "Scholing", ingekochtDoor: "CNV", startdatum: "2024-10-01", einddatum: "2025-06-30" }],
      verantwoordingPersoneleInzet2024: [{ organisatie: "UWV", soort: "uwv", ingediendOp: "2025-07-01" }],
      oudeLoketten: [{ soort: "wsp", naam: "WSP Twente", status: "actief" }],
      stappenplan: [{ onderwerp: "ict-privacy", fase: 2, gereedOp: "2025-06-01" }],
    };
    expect(parseTransitiedossier(d)).toEqual({ ok: true, value: d });
  });

  it("meldt ongeldige datums, bedragen, statussen, fasen en dubbele stappen met paden", () => {
    const r = parseTransitiedossier({
      regio: "AM05",
      declaraties: [{ partij: "A", ingediendOp: "2025-11-31", bedrag: -1 }],
      rmtInkoopViaUwv: [{ omschrijving: "x", ingekochtDoor: "A", startdatum: "2025-01-01", einddatum: "2024-12-31" }],
      oudeLoketten: [{ soort: "rmt", naam: "x", status: "slapend" }],
      stappenplan: [{ onderwerp: "governance", fase: 4 }],
      extra: true,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const codes = r.issues.map((i) => `${i.code} ${i.path.join(".")}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        "ongeldige-datum declaraties.0.ingediendOp",
        "te-klein declaraties.0.bedrag",
        "inconsistent rmtInkoopViaUwv.0.einddatum",
        "ongeldige-waarde oudeLoketten.0.status",
        "ongeldige-waarde stappenplan.0.fase",
        "onbekend-veld extra",
      ]),
    );
    expect(r.issues.find((i) => i.path.join(".") === "declaraties.0.ingediendOp")?.message).toBe("declaraties[0].ingediendOp: 2025-11-31 is geen bestaande datum: november 2025 heeft 30 dagen");
    const dubbel = parseTransitiedossier({ regio: "AM05", stappenplan: [{ onderwerp: "governance", fase: 1 }, { onderwerp: "governance", fase: 1 }] });
    expect(!dubbel.ok && dubbel.issues[0]).toMatchObject({ code: "dubbel", path: ["stappenplan", 1] });
  });
});
