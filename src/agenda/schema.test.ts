import { describe, expect, it } from "vitest";
import { parseMeerjarenagenda } from "./schema.js";

const geldig = {
  niveau: "regionaal",
  regio: "AM26",
  vastgesteldDoor: "regionaal-beraad",
  beleidsagenda: { vastgesteldOp: "2025-11-20", looptijd: { vanaf: "2026-01-01", tot: "2030-12-31" }, arbeidsmarktanalyse: { omschrijving: "Analyse 2025" }, ambities: [{ id: "A1", titel: "Werk", doelgroepen: ["ouderen"] }] },
  uitvoeringsagenda: { vastgesteldOp: "2025-11-20", acties: [{ id: "U1", titel: "Actie", ambities: ["A1"], partners: ["UWV", "SBB"] }] },
  monitoring: { indicatoren: [{ naam: "Plaatsingen", soort: "kwantitatief" }] },
  verbindingen: {
    kwetsbareGroepen: [{ groep: "ex-gedetineerden", keuze: "bewust-niet-opgenomen", reden: "Volgens de analyse" }],
    impulsbudget: [{ jaar: 2026, bedrag: 25_000_000, omschrijving: "Trajecten" }],
    nietVerbonden: [{ onderwerp: "economic-boards", reden: "Geen board in de provincie" }],
  },
};

describe("parseMeerjarenagenda", () => {
  it("leest een geldige agenda en geeft dezelfde gegevens terug", () => {
    const r = parseMeerjarenagenda(geldig);
    expect(r).toEqual({ ok: true, value: geldig });
    expect(parseMeerjarenagenda({ niveau: "landelijk" }).ok).toBe(true);
  });

  it("geeft Nederlandse meldingen met paden en codes, ook voor onbekende velden", () => {
    const r = parseMeerjarenagenda({
      niveau: "regionaal",
      regio: "AM04",
      beleidsagenda: { vastgesteldOp: "2025-02-29", ambities: [{ id: "A1", titel: "" }] },
      uitvoeringsagenda: { acties: [{ titel: "x", partner: ["UWV"] }] },
      monitoring: { indicatoren: [{ naam: "x", soort: "beide" }] },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const per = Object.fromEntries(r.issues.map((i) => [i.path.join("."), i]));
    expect(per["regio"]).toMatchObject({ code: "ongeldige-waarde", message: expect.stringContaining('onbekende arbeidsmarktregio "AM04"') });
    expect(per["beleidsagenda.vastgesteldOp"]?.message).toContain("februari 2025 heeft 28 dagen");
    expect(per["beleidsagenda.ambities.0.titel"]?.message).toContain("mag niet leeg zijn");
    expect(per["uitvoeringsagenda.acties.0.partner"]).toMatchObject({ code: "onbekend-veld" });
    expect(per["monitoring.indicatoren.0.soort"]?.message).toContain('"kwantitatief", "kwalitatief"');
  });

  it("wijst een regionaam door naar de code, en een landelijke agenda met regio af", () => {
    const r = parseMeerjarenagenda({ niveau: "regionaal", regio: "Twente" });
    expect(!r.ok && r.issues[0]?.message).toContain("bedoelt u AM05 (Twente)?");
    const l = parseMeerjarenagenda({ niveau: "landelijk", regio: "AM05" });
    expect(!l.ok && l.issues[0]).toMatchObject({ code: "onbekend-veld", path: ["regio"] });
    const zonder = parseMeerjarenagenda({ niveau: "regionaal" });
    expect(!zonder.ok && zonder.issues[0]).toMatchObject({ code: "verplicht", path: ["regio"] });
  });

  it("meldt inconsistenties: looptijd omgekeerd, dubbele ids en groepen, een reden die ontbreekt, kommabedragen", () => {
    const r = parseMeerjarenagenda({
      niveau: "landelijk",
      beleidsagenda: { looptijd: { vanaf: "2026-01-01", tot: "2025-12-31" }, ambities: [{ id: "A", titel: "x" }, { id: "A", titel: "y" }] },
      verbindingen: {
        kwetsbareGroepen: [{ groep: "ouderen", keuze: "opgenomen" }, { groep: "ouderen", keuze: "bewust-niet-opgenomen" }],
        impulsbudget: [{ jaar: 2026, bedrag: 12.5, omschrijving: "x" }],
      },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const codes = r.issues.map((i) => `${i.code} ${i.path.join(".")}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        "inconsistent beleidsagenda.looptijd.tot",
        "dubbel beleidsagenda.ambities.1.id",
        "verplicht verbindingen.kwetsbareGroepen.1.reden",
        "ongeldig-type verbindingen.impulsbudget.0.bedrag",
      ]),
    );
  });

  it("gooit nooit, ook niet bij rare invoer", () => {
    for (const x of [null, undefined, 42, "agenda", [], { niveau: null }, { niveau: "regionaal", regio: 30 }]) {
      expect(parseMeerjarenagenda(x).ok).toBe(false);
    }
  });
});
