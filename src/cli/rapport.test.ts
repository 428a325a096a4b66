import { describe, expect, it } from "vitest";
import { maakContext, voerRegelsUit, maakRapport, type Regel } from "../bevinding/model.js";
import type { Issue } from "../result.js";
import type { Io } from "./io.js";
import { meldInvoerproblemen, rapportAlsJson, rapportAlsTekst } from "./rapport.js";

/** De opmaak van rapporten en invoerproblemen, los van een commando. */

const regel: Regel<{ waarde?: number }> = {
  id: "test/voorbeeldregel",
  titel: "Voorbeeldregel",
  beschrijving: "Alleen voor deze test.",
  grondslag: "beleid",
  bron: { bron: "KB2024", plaats: "§1" },
  hint: "algemene hint",
  toets: (x) =>
    x.waarde === undefined
      ? [{ uitkomst: "niet-voldaan", pad: [], bericht: "het hele document ontbreekt", hint: "vul het in" }]
      : [{ uitkomst: "beoordelen", pad: ["waarde"], bericht: "een mens kijkt naar de waarde" }],
};

function rapport(invoer: { waarde?: number }, peildatum = "2026-09-01") {
  const ctx = maakContext({ peildatum, instellingen: { inwerkingtreding: "2027-01-01" } });
  return maakRapport(voerRegelsUit([regel], invoer, ctx), ctx, [regel]);
}

describe("rapportAlsTekst", () => {
  it("zonder bestand en onderwerp; een pointer naar het hele document als '/'; de hint van de bevinding", () => {
    const t = rapportAlsTekst(rapport({})).split("\n");
    expect(t[0]).toBe("Toets");
    expect(t[1]).toBe("Peildatum 2026-09-01; fase: transitieperiode; inwerkingtreding wet: 2027-01-01 (opgegeven)");
    expect(t).toContain("  ✗ test/voorbeeldregel — Voorbeeldregel");
    expect(t).toContain("    /: het hele document ontbreekt");
    expect(t).toContain("    Hint: vul het in");
    // Niets voldaan: geen regel VOLDAAN; opgegeven inwerkingtreding: geen 'Let op'.
    expect(t.some((r) => r.startsWith("VOLDAAN"))).toBe(false);
    expect(t.some((r) => r.startsWith("Let op"))).toBe(false);
  });

  it("te beoordelen, met pointer naar het veld en de algemene hint van de regel", () => {
    const t = rapportAlsTekst(rapport({ waarde: 1 }), { bestand: "x.yaml", onderwerp: "Proef", peildatumIsVandaag: true }).split("\n");
    expect(t[0]).toBe("Proef van x.yaml");
    expect(t[1]).toMatch(/^Peildatum 2026-09-01 \(vandaag\);/);
    expect(t).toContain("TE BEOORDELEN door een mens (1)");
    expect(t).toContain("    /waarde: een mens kijkt naar de waarde");
    expect(t).toContain("    Hint: algemene hint");
  });

  it("json geeft het rapport als gegevens", () => {
    const r = rapport({});
    // Het rapport met `ok: true` (en het bestand), zoals een ongeldige invoer `ok: false` geeft.
    expect(rapportAlsJson(r)).toEqual({ ok: true, ...r });
    expect(rapportAlsJson(r, { bestand: "x.yaml" })).toEqual({ ok: true, bestand: "x.yaml", ...r });
    // Met posities: per JSON Pointer van een bevinding regel en kolom; zonder enige positie geen veld posities.
    expect(rapportAlsJson(r, { bestand: "x.yaml", posities: () => ({ regel: 3, kolom: 5 }) })).toMatchObject({ posities: { [r.bevindingen[0]!.pointer]: { regel: 3, kolom: 5 } } });
    expect(rapportAlsJson(r, { posities: () => undefined })).not.toHaveProperty("posities");
  });
});

describe("meldInvoerproblemen", () => {
  function io() {
    let uit = "";
    let fout = "";
    const io: Io = { stdout: (t) => void (uit += t), stderr: (t) => void (fout += t), leesBestand: () => new Uint8Array(), bestandsgrootte: () => 0, vandaag: () => "2026-09-01" };
    return { io, uit: () => uit, fout: () => fout };
  }
  const issues = (n: number): Issue[] => Array.from({ length: n }, (_, i) => ({ code: "verplicht", path: ["partijen", i, "naam"], message: `partijen[${i}].naam: verplicht veld ontbreekt` }));

  it("toont hoogstens 50 problemen en telt de rest", () => {
    const x = io();
    expect(meldInvoerproblemen(x.io, "c.yaml", issues(60), "tekst")).toBe(2);
    const r = x.fout().trimEnd().split("\n");
    expect(r[0]).toBe("kan c.yaml niet gebruiken: 60 problemen in de invoer");
    expect(r).toHaveLength(1 + 50 + 1);
    expect(r[50]).toBe("  - partijen[49].naam: verplicht veld ontbreekt");
    expect(r[51]).toBe("  … en nog 10");
    expect(x.uit()).toBe("");
  });

  it("een melding zonder pad-voorvoegsel krijgt het pad ervoor; json en sarif ook op stdout", () => {
    const x = io();
    meldInvoerproblemen(x.io, "c.yaml", [{ code: "onleesbaar", path: [], message: "kapot" }], "json");
    expect(x.fout()).toBe("kan c.yaml niet gebruiken: 1 probleem in de invoer\n  - (hele document): kapot\n");
    expect(JSON.parse(x.uit())).toEqual({ ok: false, bestand: "c.yaml", issues: [{ code: "onleesbaar", path: [], message: "kapot" }] });
    const s = io();
    meldInvoerproblemen(s.io, "c.yaml", issues(1), "sarif");
    expect(JSON.parse(s.uit())).toMatchObject({ version: "2.1.0" });
  });
});
