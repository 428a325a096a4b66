import { describe, expect, it } from "vitest";
import { bronnen, isBronSleutel } from "../bronnen/bronnen.js";
import { vangFout } from "../../test/hulp/fout.js";
import { isPeildatum } from "./peildatum.js";
import { mijlpalen, mijlpalenNa } from "./mijlpalen.js";

describe("mijlpalen", () => {
  it("zijn gesorteerd, met geldige datums, een bron en een unieke id", () => {
    const lijst = mijlpalen();
    const ids = new Set(lijst.map((m) => m.id));
    expect(ids.size).toBe(lijst.length);
    for (const m of lijst) {
      expect(m.herkomst, m.id).toBe("standaard");
      if (m.herkomst !== "standaard") continue;
      expect(isBronSleutel(m.bron.bron), m.id).toBe(true);
      expect(m.bron.plaats.length, m.id).toBeGreaterThan(0);
      expect(m.van !== null && isPeildatum(m.van) && m.tot !== null && isPeildatum(m.tot) && m.van <= m.tot, m.id).toBe(true);
      for (const s of m.strijdigMet ?? []) expect(ids.has(s), `${m.id} -> ${s}`).toBe(true);
    }
    const vans = lijst.map((m) => m.van!);
    expect([...vans].sort()).toEqual(vans);
  });

  it("bevat de harde RMT-datums uit HRT §5.1", () => {
    const op = (id: string) => mijlpalen().find((m) => m.id === id);
    expect(op("rmt-laatste-start-via-uwv")?.van).toBe("2024-12-31");
    expect(op("verantwoording-personele-inzet-2024")?.van).toBe("2025-07-15");
    expect(op("rmt-einde-via-uwv")?.van).toBe("2025-08-31");
    expect(op("laatste-declaratiemoment")?.van).toBe("2025-11-28");
  });

  it("toont beide lezingen van het einde van het impulsbudget (2033 en 2034)", () => {
    const nota = mijlpalen().find((m) => m.id === "impulsbudget-nul-nota");
    const hrt = mijlpalen().find((m) => m.id === "impulsbudget-nul-handreiking");
    expect(nota?.van?.slice(0, 4)).toBe("2033");
    expect(hrt?.van?.slice(0, 4)).toBe("2034");
    expect(nota?.strijdigMet).toContain("impulsbudget-nul-handreiking");
  });

  it("de vaststelling van de landelijke meerjarenagenda is een periode, geen dag: NOTA2026 zegt alleen 'recent' (nota van 11 maart 2026)", () => {
    const op = (id: string) => mijlpalen().find((m) => m.id === id);
    expect(op("landelijke-meerjarenagenda-vastgesteld")).toMatchObject({
      van: "2026-01-01",
      tot: "2026-03-11",
      precisie: "periode",
      datumTekst: "begin 2026 (vóór 11 maart 2026)",
      bron: { bron: "NOTA2026", citaat: "Het Landelijk Beraad heeft recent de landelijke meerjarenagenda vastgesteld." },
      strijdigMet: ["landelijke-meerjarenagenda-gepland"],
    });
    expect(op("landelijke-meerjarenagenda-definitief")).toMatchObject({ van: "2026-03-15", precisie: "dag", status: "beoogd" });
    expect(op("landelijke-meerjarenagenda-gepland")).toMatchObject({ van: "2025-03-01", tot: "2025-05-31", precisie: "seizoen" });
    // een periode blijft in mijlpalenNa tot haar laatste dag voorbij is
    expect(mijlpalenNa("2026-03-10").some((m) => m.id === "landelijke-meerjarenagenda-vastgesteld")).toBe(true);
    expect(mijlpalenNa("2026-03-11").some((m) => m.id === "landelijke-meerjarenagenda-vastgesteld")).toBe(false);
  });

  it("toont beide datums van de Kamerbrief van 2024 (KB2024 en HRT: 29 april; NOTA2026: 24 april)", () => {
    const kb = mijlpalen().find((m) => m.id === "kamerbrief-hervorming");
    const nota = mijlpalen().find((m) => m.id === "kamerbrief-hervorming-nota");
    expect(kb).toMatchObject({ van: "2024-04-29", strijdigMet: ["kamerbrief-hervorming-nota"] });
    expect(nota).toMatchObject({ van: "2024-04-24", strijdigMet: ["kamerbrief-hervorming"] });
    expect(nota?.bron?.bron).toBe("NOTA2026");
  });

  it("toont de geplande start van de campagne volgens HRT (eind 2025) naast die volgens NOTA2026 (23 maart 2026, ook gepland)", () => {
    const hrt = mijlpalen().find((m) => m.id === "publiekscampagne-gepland");
    const nota = mijlpalen().find((m) => m.id === "publiekscampagne");
    expect(hrt).toMatchObject({ van: "2025-10-01", tot: "2025-12-31", precisie: "periode", datumTekst: "eind 2025", status: "beoogd", strijdigMet: ["publiekscampagne"] });
    expect(hrt?.bron).toMatchObject({ bron: "HRT", plaats: "§1.5 Communicatie" });
    // De nota van 11 maart 2026 is de nieuwste bron: "Op 23 maart opent u ... en lanceert u de landelijke publiekscampagne".
    expect(nota).toMatchObject({ van: "2026-03-23", status: "beoogd", strijdigMet: ["publiekscampagne-gepland"] });
    expect(nota?.bron).toMatchObject({ bron: "NOTA2026", plaats: "Proces", citaat: expect.stringContaining("Op 23 maart opent u het Werkcentrum regio Groot-Amsterdam") });
  });

  it("het wetsvoorstel gaat volgens NOTA2026 nog naar de Raad van State (gepland vóór de voortgangsbrief van 23 maart 2026), niet 'gebeurd'", () => {
    expect(mijlpalen().find((m) => m.id === "wetsvoorstel-raad-van-state")).toMatchObject({
      van: "2026-03-11",
      tot: "2026-03-23",
      precisie: "periode",
      status: "beoogd",
      bron: { bron: "NOTA2026", plaats: "punt 2", citaat: expect.stringContaining("aan de Raad van State wordt aangeboden") },
    });
  });

  it("een mijlpaal is alleen 'gebeurd' als de bron dateert van na (of op) de laatste dag ervan: de bibliotheek weet niet meer dan haar bronnen", () => {
    const gebeurd = mijlpalen().filter((m) => m.status === "gebeurd");
    expect(gebeurd.length).toBeGreaterThan(5);
    for (const m of gebeurd) {
      if (m.herkomst !== "standaard") continue;
      const d = bronnen[m.bron.bron as keyof typeof bronnen].datum;
      // een bron met alleen een jaar of maand: de laatste dag daarvan (zo ruim mogelijk voor de bron)
      const laatsteDag = d.length === 10 ? d : d.length === 7 ? `${d}-31` : `${d}-12-31`;
      expect(m.tot! <= laatsteDag, `${m.id} (${m.tot}) volgens ${m.bron.bron} van ${d}`).toBe(true);
    }
  });

  it("de status hangt niet af van de peildatum of de instellingen: mijlpalenNa filtert alleen op datum", () => {
    const status = (lijst: readonly { id: string; status: string }[]) => new Map(lijst.map((m) => [m.id, m.status]));
    const alle = status(mijlpalen());
    for (const p of ["2024-01-01", "2026-03-12", "2026-03-24", "2030-01-01"]) {
      for (const m of mijlpalenNa(p)) expect(m.status, `${m.id} na ${p}`).toBe(alle.get(m.id));
    }
    // de campagne van 23 maart 2026 blijft beoogd, ook na die datum
    expect(mijlpalenNa("2026-03-22").find((m) => m.id === "publiekscampagne")?.status).toBe("beoogd");
  });

  it("mijlpalenNa geeft alleen wat na de peildatum ligt, vage datums tot hun periode voorbij is", () => {
    const na = mijlpalenNa("2025-11-01");
    // Eerst de periode 'eind 2025' (nog niet voorbij), dan de eerste dag ná de peildatum.
    expect(na.slice(0, 2).map((m) => m.id)).toEqual(["publiekscampagne-gepland", "laatste-declaratiemoment"]);
    expect(na.every((m) => m.tot === null || m.tot > "2025-11-01")).toBe(true);
    expect(mijlpalenNa("2025-11-28").some((m) => m.id === "laatste-declaratiemoment")).toBe(false);
    // 'medio 2025' loopt tot eind augustus
    expect(mijlpalenNa("2025-06-15").some((m) => m.id === "community-leerwerkloketten-sluit")).toBe(true);
    expect(mijlpalenNa("2035-01-01")).toEqual([]);
  });

  it("een datum uit de instellingen heet zo (status en herkomst 'instelling', geen bron); de lezing van de bronnen staat in standaard", () => {
    const ids = ["inwerkingtreding-wet", "einde-transitieperiode"];
    const standaard = mijlpalen().filter((m) => ids.includes(m.id));
    expect(standaard.map((m) => [m.herkomst, m.status, m.bron?.bron])).toEqual([["standaard", "beoogd", "HRT"], ["standaard", "beoogd", "HRT"]]);
    for (const m of mijlpalen({ inwerkingtreding: "2027-01-01" }).filter((x) => ids.includes(x.id))) {
      expect(m).toMatchObject({
        van: "2027-01-01",
        tot: "2027-01-01",
        precisie: "dag",
        datumTekst: "2027-01-01",
        herkomst: "instelling",
        status: "instelling",
        ingesteldIn: "instellingen.inwerkingtreding",
        standaard: { van: "2026-07-01", tot: "2026-07-01", status: "beoogd", bron: { bron: "HRT", plaats: "§1.2" } },
      });
      expect("bron" in m, m.id).toBe(false);
      expect(m.toelichting).toContain("niet uit een bron");
    }
    const viaParameter = mijlpalen({ parameters: { "wet.inwerkingtreding": { waarde: "2028-01-01" } } }).find((x) => x.id === "einde-transitieperiode");
    expect(viaParameter).toMatchObject({ van: "2028-01-01", status: "instelling", ingesteldIn: 'instellingen.parameters["wet.inwerkingtreding"]' });
    const onbekend = mijlpalen({ inwerkingtreding: "onbekend" }).find((x) => x.id === "inwerkingtreding-wet");
    expect(onbekend).toMatchObject({ van: null, tot: null, datumTekst: "onbekend", status: "instelling", standaard: { van: "2026-07-01" } });
  });

  it("ook de werkgeversdienstverlening via het Werkcentrum heet 'instelling' bij een overschrijving van haar parameter, en alleen die", () => {
    const i = { parameters: { "werkcentrum.werkgeversdienstverlening-vanaf": { waarde: "2027-03-01" } } };
    const lijst = mijlpalen(i);
    const m = lijst.find((x) => x.id === "werkgeversdienstverlening-via-werkcentrum");
    expect(m).toMatchObject({
      van: "2027-03-01",
      herkomst: "instelling",
      status: "instelling",
      ingesteldIn: 'instellingen.parameters["werkcentrum.werkgeversdienstverlening-vanaf"]',
      standaard: { van: "2026-07-01", status: "beoogd", bron: { bron: "HRT", plaats: "§5.3" } },
    });
    expect(lijst.filter((x) => x.herkomst === "instelling").map((x) => x.id)).toEqual(["werkgeversdienstverlening-via-werkcentrum"]);
    // zonder overschrijving uit de bron
    expect(mijlpalen().find((x) => x.id === "werkgeversdienstverlening-via-werkcentrum")).toMatchObject({ herkomst: "standaard", status: "beoogd" });
  });

  it("meldt een ongeldige inwerkingtreding met het hele veld (instellingen.inwerkingtreding)", () => {
    const f = vangFout(() => mijlpalenNa("2026-03-12", { inwerkingtreding: "2026-02-30" }));
    expect(f.path).toEqual(["instellingen", "inwerkingtreding"]);
    expect(f.message).toBe('instellingen.inwerkingtreding: 2026-02-30 is geen bestaande datum: februari 2026 heeft 28 dagen; of gebruik "onbekend"');
  });

  it("verschuift mijlpalen die van de inwerkingtreding afhangen mee met de instellingen", () => {
    const m = mijlpalen({ inwerkingtreding: "2027-01-01" }).find((x) => x.id === "einde-transitieperiode");
    expect(m?.van).toBe("2027-01-01");
    const onbekend = mijlpalenNa("2030-01-01", { inwerkingtreding: "onbekend" });
    expect(onbekend.map((x) => x.id)).toEqual(expect.arrayContaining(["inwerkingtreding-wet", "einde-transitieperiode"]));
    expect(onbekend.at(-1)?.van).toBeNull();
  });

  it("weigert een ongeldige peildatum", () => {
    expect(() => mijlpalenNa("2025-02-29")).toThrow(/februari 2025 heeft 28 dagen/);
  });
});
