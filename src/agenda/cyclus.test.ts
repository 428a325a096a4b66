import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OngeldigeInvoerFout } from "../result.js";
import { plusDagen } from "../tijd/kalender.js";
import type { Peildatum } from "../tijd/peildatum.js";
import { agendaCyclus, eindeTermijn, type DeelCyclus, type DeelStatus } from "./cyclus.js";
import type { Meerjarenagenda } from "./model.js";

const agenda = (beleid?: string, uitvoering?: string): Meerjarenagenda => ({
  niveau: "regionaal",
  regio: "AM26",
  ...(beleid !== undefined && { beleidsagenda: { vastgesteldOp: beleid } }),
  ...(uitvoering !== undefined && { uitvoeringsagenda: { vastgesteldOp: uitvoering } }),
});

const status = (d: DeelCyclus) => d.status;

describe("agendaCyclus: termijnen en het einde van een termijn", () => {
  it("beleidsagenda vastgesteld op 29 februari 2024 is actueel tot en met 28 februari 2029 en verloopt op 1 maart 2029", () => {
    const c = agendaCyclus(agenda("2024-02-29"), { peildatum: "2026-01-01" });
    expect(c.beleidsagenda).toMatchObject({ status: "actueel", vastgesteldOp: "2024-02-29", vervaltOp: "2029-03-01", volgendeUiterlijk: "2029-03-01", verloopvensterVanaf: "2028-09-01" });
    expect(c.beleidsagenda.status !== "ontbreekt" && c.beleidsagenda.termijn).toMatchObject({ jaren: 5, parameter: "agenda.beleidsagenda.looptijd", status: "beoogd", herkomst: "standaard", bron: { bron: "KB2024" } });
    // zelfde einde als een agenda van 1 maart 2024: beide termijnen omvatten heel februari 2029
    expect(agendaCyclus(agenda("2024-03-01"), { peildatum: "2026-01-01" }).beleidsagenda.vervaltOp).toBe("2029-03-01");
  });

  it("grensdagen: de dag vóór het venster, de eerste dag van het venster, de laatste actuele dag en de vervaldag", () => {
    const a = agenda("2024-02-29");
    expect(status(agendaCyclus(a, { peildatum: "2028-08-31" }).beleidsagenda)).toBe("actueel");
    expect(status(agendaCyclus(a, { peildatum: "2028-09-01" }).beleidsagenda)).toBe("verloopt-binnenkort");
    const laatsteDag = agendaCyclus(a, { peildatum: "2029-02-28" }).beleidsagenda;
    expect(laatsteDag).toMatchObject({ status: "verloopt-binnenkort", dagenTotVerval: 1 });
    const vervaldag = agendaCyclus(a, { peildatum: "2029-03-01" }).beleidsagenda;
    expect(vervaldag).toMatchObject({ status: "verlopen", dagenTotVerval: 0 });
    expect(agendaCyclus(a, { peildatum: "2029-03-02" }).beleidsagenda).toMatchObject({ status: "verlopen", dagenTotVerval: -1 });
  });

  it("uitvoeringsagenda: 2 jaar; 29 februari 2024 is actueel tot en met 28 februari 2026", () => {
    const c = agendaCyclus(agenda(undefined, "2024-02-29"), { peildatum: "2026-02-28" });
    expect(c.uitvoeringsagenda).toMatchObject({ status: "verloopt-binnenkort", vervaltOp: "2026-03-01", verloopvensterVanaf: "2025-09-01" });
    expect(status(agendaCyclus(agenda(undefined, "2024-02-29"), { peildatum: "2026-03-01" }).uitvoeringsagenda)).toBe("verlopen");
  });

  it("eindeTermijn: dezelfde kalenderdatum N jaar later; bestaat die niet, dan telt de hele maand mee", () => {
    const e = (v: string, j: number) => eindeTermijn(v as Peildatum, j);
    expect(e("2024-02-29", 5)).toBe("2029-03-01");
    expect(e("2024-03-01", 5)).toBe("2029-03-01");
    expect(e("2023-03-01", 5)).toBe("2028-03-01"); // de termijn omvat 29 februari 2028
    expect(e("2024-01-01", 5)).toBe("2029-01-01");
    expect(e("2024-02-29", 4)).toBe("2028-02-29");
    expect(e("2024-08-31", 1.5)).toBe("2026-03-01"); // 31 februari bestaat niet
    expect(e("2024-01-31", 1 / 12)).toBe("2024-03-01");
    expect(e("2024-05-15", 0)).toBe("2024-05-15");
  });

  it("een vervaldag op de 31e geeft een venster dat op de laatste dag van een kortere maand begint", () => {
    const c = agendaCyclus(agenda(undefined, "2024-08-31"), { peildatum: "2026-02-27" });
    expect(c.uitvoeringsagenda).toMatchObject({ status: "actueel", vervaltOp: "2026-08-31", verloopvensterVanaf: "2026-02-28" });
    expect(status(agendaCyclus(agenda(undefined, "2024-08-31"), { peildatum: "2026-02-28" }).uitvoeringsagenda)).toBe("verloopt-binnenkort");
  });

  it("rekent over 30 december 2011 (bestaat niet in Pacific/Apia) en de zomertijdovergang heen", () => {
    expect(agendaCyclus(agenda(undefined, "2009-12-30"), { peildatum: "2011-12-29" }).uitvoeringsagenda).toMatchObject({ vervaltOp: "2011-12-30", dagenTotVerval: 1 });
    expect(agendaCyclus(agenda(undefined, "2024-03-31"), { peildatum: "2026-03-29" }).uitvoeringsagenda).toMatchObject({ vervaltOp: "2026-03-31", dagenTotVerval: 2 });
    expect(agendaCyclus(agenda(undefined, "2023-10-29"), { peildatum: "2025-10-26" }).uitvoeringsagenda).toMatchObject({ vervaltOp: "2025-10-29", dagenTotVerval: 3 });
  });

  it("het verloopvenster is instelbaar; 0 maanden betekent geen 'verloopt-binnenkort'", () => {
    const a = agenda("2024-02-29");
    expect(agendaCyclus(a, { peildatum: "2029-02-28", instellingen: { verloopvensterMaanden: 0 } }).beleidsagenda.status).toBe("actueel");
    const c = agendaCyclus(a, { peildatum: "2028-03-01", instellingen: { verloopvensterMaanden: 12 } });
    expect(c).toMatchObject({ verloopvensterMaanden: 12, beleidsagenda: { status: "verloopt-binnenkort", verloopvensterVanaf: "2028-03-01" } });
    expect(agendaCyclus(a, { peildatum: "2028-02-29", instellingen: { verloopvensterMaanden: 12 } }).beleidsagenda.status).toBe("actueel");
    expect(() => agendaCyclus(a, { peildatum: "2026-01-01", instellingen: { verloopvensterMaanden: -1 } })).toThrow(/verloopvensterMaanden/);
    expect(() => agendaCyclus(a, { peildatum: "2026-01-01", instellingen: { verloopvensterMaanden: 1.5 } })).toThrow(OngeldigeInvoerFout);
  });
});

describe("agendaCyclus: eigen looptijd, ontbrekende delen en parameters", () => {
  it("een eigen looptijd telt vanaf de eerste dag van de looptijd", () => {
    const a: Meerjarenagenda = { niveau: "landelijk", beleidsagenda: { vastgesteldOp: "2025-11-15", looptijd: { vanaf: "2026-01-01", tot: "2030-12-31" } } };
    expect(agendaCyclus(a, { peildatum: "2030-11-16" }).beleidsagenda).toMatchObject({ status: "verloopt-binnenkort", vervaltOp: "2031-01-01", termijnVanaf: "looptijd", begrensdDoor: "termijn" });
  });

  it("beide lezingen met hun bron: KB2024 (looptijd, vanaf het begin van de looptijd) en HRT (frequentie, vanaf de vaststelling)", () => {
    const a: Meerjarenagenda = { niveau: "regionaal", regio: "AM26", beleidsagenda: { vastgesteldOp: "2025-11-15", looptijd: { vanaf: "2026-01-01", tot: "2030-12-31" } } };
    const d = agendaCyclus(a, { peildatum: "2030-11-20" }).beleidsagenda;
    expect(d).toMatchObject({
      status: "verloopt-binnenkort",
      vervaltOp: "2031-01-01",
      lezingenVerschillen: true,
      lezingen: [
        { lezing: "looptijd", bron: { bron: "KB2024", citaat: "een beleidsagenda (voorgenomen looptijd 5 jaar)" }, status: "verloopt-binnenkort", vervaltOp: "2031-01-01", termijnVanaf: "looptijd" },
        { lezing: "frequentie", bron: { bron: "HRT", citaat: "een beleidsagenda (eens in de 5 jaar)" }, status: "verlopen", vervaltOp: "2030-11-15", termijnVanaf: "vaststelling", dagenTotVerval: -5 },
      ],
    });
    // zonder eigen looptijd vallen ze samen
    const zonder = agendaCyclus(agenda(undefined, "2025-11-15"), { peildatum: "2026-01-01" }).uitvoeringsagenda;
    expect(zonder).toMatchObject({ lezingenVerschillen: false, lezingen: [{ vervaltOp: "2027-11-15" }, { vervaltOp: "2027-11-15", bron: { citaat: "minimaal eens in de 2 jaar" } }] });
    // een kortere eigen looptijd begrenst beide lezingen
    const kort: Meerjarenagenda = { niveau: "landelijk", uitvoeringsagenda: { vastgesteldOp: "2025-12-15", looptijd: { vanaf: "2026-01-01", tot: "2026-12-31" } } };
    expect(agendaCyclus(kort, { peildatum: "2026-06-01" }).uitvoeringsagenda).toMatchObject({
      lezingenVerschillen: false,
      lezingen: [{ begrensdDoor: "eigen-looptijd", vervaltOp: "2027-01-01" }, { begrensdDoor: "eigen-looptijd", vervaltOp: "2027-01-01" }],
    });
    // een looptijd die vóór de vaststelling begint: nu is de KB2024-lezing de vroegste
    const terugwerkend: Meerjarenagenda = { niveau: "landelijk", beleidsagenda: { vastgesteldOp: "2026-03-01", looptijd: { vanaf: "2026-01-01", tot: "2031-06-30" } } };
    expect(agendaCyclus(terugwerkend, { peildatum: "2026-06-01" }).beleidsagenda).toMatchObject({ lezingen: [{ vervaltOp: "2031-01-01" }, { vervaltOp: "2031-03-01" }] });
  });

  it("een kortere eigen looptijd (uitvoeringsplan per jaar) bepaalt de vervaldatum", () => {
    const a: Meerjarenagenda = { niveau: "regionaal", regio: "AM05", uitvoeringsagenda: { vastgesteldOp: "2025-12-15", looptijd: { vanaf: "2026-01-01", tot: "2026-12-31" } } };
    expect(agendaCyclus(a, { peildatum: "2026-12-31" }).uitvoeringsagenda).toMatchObject({ status: "verloopt-binnenkort", vervaltOp: "2027-01-01", begrensdDoor: "eigen-looptijd" });
    expect(agendaCyclus(a, { peildatum: "2027-01-01" }).uitvoeringsagenda.status).toBe("verlopen");
  });

  it("een langere eigen looptijd wordt begrensd door de termijn", () => {
    const a: Meerjarenagenda = { niveau: "landelijk", beleidsagenda: { vastgesteldOp: "2025-12-01", looptijd: { vanaf: "2026-01-01", tot: "2031-12-31" } } };
    expect(agendaCyclus(a, { peildatum: "2031-01-01" }).beleidsagenda).toMatchObject({ status: "verlopen", vervaltOp: "2031-01-01", begrensdDoor: "termijn" });
  });

  it("een deel ontbreekt als het niet is opgenomen, geen vaststellingsdatum heeft of pas later wordt vastgesteld", () => {
    expect(agendaCyclus(agenda(), { peildatum: "2026-01-01" })).toMatchObject({
      beleidsagenda: { status: "ontbreekt", reden: "niet-opgenomen", vervaltOp: null, volgendeUiterlijk: null },
      uitvoeringsagenda: { status: "ontbreekt", reden: "niet-opgenomen" },
    });
    const concept: Meerjarenagenda = { niveau: "landelijk", beleidsagenda: { ambities: [] } };
    expect(agendaCyclus(concept, { peildatum: "2026-01-01" }).beleidsagenda).toMatchObject({ status: "ontbreekt", reden: "niet-vastgesteld" });
    expect(agendaCyclus(agenda("2026-02-01"), { peildatum: "2026-01-31" }).beleidsagenda).toMatchObject({ status: "ontbreekt", reden: "nog-niet-vastgesteld", vastgesteldOp: "2026-02-01" });
    expect(agendaCyclus(agenda("2026-02-01"), { peildatum: "2026-02-01" }).beleidsagenda.status).toBe("actueel");
  });

  it("de looptijd is een overschrijfbare parameter; de waarde op de vaststellingsdatum telt", () => {
    const instellingen = { parameters: { "agenda.uitvoeringsagenda.looptijd": { waarde: 1, geldigVanaf: "2026-01-01", toelichting: "eigen afspraak" } } };
    const na = agendaCyclus(agenda(undefined, "2026-03-01"), { peildatum: "2026-06-01", instellingen });
    expect(na.uitvoeringsagenda).toMatchObject({ vervaltOp: "2027-03-01", termijn: { jaren: 1, herkomst: "instelling", status: "instelling" } });
    const voor = agendaCyclus(agenda(undefined, "2025-12-31"), { peildatum: "2026-06-01", instellingen });
    expect(voor.uitvoeringsagenda).toMatchObject({ vervaltOp: "2027-12-31", termijn: { jaren: 2, herkomst: "standaard" } });
    const halfJaar = agendaCyclus(agenda(undefined, "2026-03-31"), { peildatum: "2026-06-01", instellingen: { parameters: { "agenda.uitvoeringsagenda.looptijd": { waarde: 1.5 } } } });
    expect(halfJaar.uitvoeringsagenda.vervaltOp).toBe("2027-10-01"); // 31 september bestaat niet: september telt helemaal mee
    expect(() => agendaCyclus(agenda(undefined, "2026-03-31"), { peildatum: "2026-06-01", instellingen: { parameters: { "agenda.uitvoeringsagenda.looptijd": { waarde: "twee" } } } })).toThrow(
      OngeldigeInvoerFout,
    );
  });

  it("de termijn draagt de opmerking over het verschil tussen KB2024 en HRT (C5)", () => {
    const c = agendaCyclus(agenda(undefined, "2026-03-01"), { peildatum: "2026-06-01" }).uitvoeringsagenda;
    expect(c.status !== "ontbreekt" && c.termijn.opmerkingen[0]?.bron).toMatchObject({ bron: "HRT", citaat: "minimaal eens in de 2 jaar" });
  });

  it("weigert een ongeldige peildatum of datum in de agenda met een melding die het veld noemt", () => {
    expect(() => agendaCyclus(agenda("2024-02-29"), { peildatum: "2025-02-29" })).toThrow(/februari 2025 heeft 28 dagen/);
    expect(() => agendaCyclus(agenda("2025-02-29"), { peildatum: "2026-01-01" })).toThrow(/^beleidsagenda\.vastgesteldOp: 2025-02-29 is geen bestaande datum/);
    try {
      agendaCyclus(agenda(undefined, "2025-13-01"), { peildatum: "2026-01-01" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OngeldigeInvoerFout);
      expect((e as OngeldigeInvoerFout).path).toEqual(["uitvoeringsagenda", "vastgesteldOp"]);
    }
  });

  it("muteert de agenda niet", () => {
    const a = structuredClone(agenda("2024-02-29", "2025-01-31"));
    const bevroren = Object.freeze({ ...a, beleidsagenda: Object.freeze({ ...a.beleidsagenda }), uitvoeringsagenda: Object.freeze({ ...a.uitvoeringsagenda }) });
    expect(() => agendaCyclus(bevroren, { peildatum: "2026-01-01" })).not.toThrow();
    expect(bevroren).toEqual(a);
  });
});

describe("agendaCyclus: eigenschappen (fast-check, vaste seed)", () => {
  const dagnummer = fc.integer({ min: 0, max: 110_000 }); // ~1900 tot ~2200
  const datum = dagnummer.map((n) => plusDagen("1900-01-01" as Peildatum, n));
  const deel = fc.option(
    fc.record(
      {
        vastgesteldOp: datum,
        looptijd: fc.tuple(datum, fc.integer({ min: 0, max: 4000 })).map(([vanaf, duur]) => ({ vanaf, tot: plusDagen(vanaf, duur) })),
      },
      { requiredKeys: [] },
    ),
    { nil: undefined },
  );
  const agendaArb = fc.tuple(deel, deel).map(([b, u]): Meerjarenagenda => ({
    niveau: "landelijk",
    ...(b !== undefined && { beleidsagenda: b }),
    ...(u !== undefined && { uitvoeringsagenda: u }),
  }));
  const instellingenArb = fc.record(
    {
      verloopvensterMaanden: fc.integer({ min: 0, max: 60 }),
      // een geldige looptijd: meer dan 0 jaar, in hele maanden (zie parseInstellingen)
      parameters: fc.record({ "agenda.beleidsagenda.looptijd": fc.record({ waarde: fc.integer({ min: 1, max: 240 }).map((m) => m / 12) }) }),
    },
    { requiredKeys: [] },
  );
  const RANG: Record<DeelStatus, number> = { ontbreekt: 0, actueel: 1, "verloopt-binnenkort": 2, verlopen: 3 };

  it("de status is monotoon in de peildatum en de functie gooit nooit bij een geldige agenda", () => {
    fc.assert(
      fc.property(agendaArb, instellingenArb, fc.array(datum, { minLength: 2, maxLength: 12 }), (a, instellingen, data) => {
        const gesorteerd = [...data].sort();
        for (const d of ["beleidsagenda", "uitvoeringsagenda"] as const) {
          let vorige = -1;
          let vorigeHrt = -1;
          let vorigeStatus: DeelStatus | undefined;
          for (const p of gesorteerd) {
            const c = agendaCyclus(a, { peildatum: p, instellingen })[d];
            if (c.status === "ontbreekt" && vorigeStatus !== undefined && vorigeStatus !== "ontbreekt") return false; // nooit terug naar 'ontbreekt'
            if (RANG[c.status] < vorige) return false;
            vorige = RANG[c.status];
            vorigeStatus = c.status;
            if (c.status !== "ontbreekt" && !(c.vastgesteldOp <= p && c.verloopvensterVanaf <= c.vervaltOp)) return false;
            // de velden op het deel zijn de KB2024-lezing; lezingenVerschillen klopt met de twee datums
            if (c.status !== "ontbreekt") {
              const [kb, hrt] = c.lezingen;
              if (kb.vervaltOp !== c.vervaltOp || kb.status !== c.status) return false;
              if (c.lezingenVerschillen !== (kb.vervaltOp !== hrt.vervaltOp)) return false;
              if (RANG[hrt.status] < vorigeHrt) return false; // ook de HRT-lezing is monotoon
              vorigeHrt = RANG[hrt.status];
            }
          }
        }
        return true;
      }),
      { seed: 20260701, numRuns: 300 },
    );
  });
});
