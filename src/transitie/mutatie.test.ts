import { describe, expect, it } from "vitest";
import { controleerRapport, controleerRegels, kernen } from "../../test/hulp/contract.js";
import { OngeldigeInvoerFout } from "../result.js";
import type { Instellingen } from "../tijd/instellingen.js";
import type { Transitiedossier } from "./model.js";
import { toetsTransitie, transitieRegels } from "./regels.js";
import { stappenplanOverzicht } from "./stappenplan.js";

/**
 * Aanvullende tests voor de transitieregels en het stappenplanoverzicht, gevonden met
 * mutatietesten (docs/mutatietesten.md): elke termijn op de grensdag en de dag erna, met pad
 * en gegevens; lege lijsten; de inwerkingtreding als grens voor het WerkgeversServicepunt.
 */

const dossier = (extra: Partial<Transitiedossier>): Transitiedossier => ({ regio: "AM05", ...extra });

function k(d: Transitiedossier, regelId: string, peildatum: string, instellingen?: Instellingen) {
  const opties = { peildatum, ...(instellingen !== undefined && { instellingen }) };
  const r = toetsTransitie(d, opties);
  controleerRapport(r, d);
  controleerRegels(transitieRegels, d, opties);
  const bevindingen = r.bevindingen.filter((b) => b.regelId === regelId);
  const k = kernen(r, regelId);
  return {
    kernen: k,
    berichten: bevindingen.map((b) => b.bericht),
    /**
     * De bevinding over element `i` van een lijst in het dossier, of over een onderwerp van het
     * stappenplan: binnen een regel staat eerst wat aandacht vraagt, dus niet op volgorde van het dossier.
     */
    van(sleutel: number | string) {
      const i = bevindingen.findIndex((b) => (typeof sleutel === "number" ? b.pad[1] === sleutel : b.gegevens?.["onderwerp"] === sleutel));
      return { kern: k[i], bericht: bevindingen[i]?.bericht };
    },
  };
}

describe("transitie: lege of ontbrekende lijsten zijn niet van toepassing, op het pad van de lijst", () => {
  const gevallen = [
    ["transitie/declaratie-voor-laatste-moment", "declaraties"],
    ["transitie/rmt-inkoop-uwv-gestart", "rmtInkoopViaUwv"],
    ["transitie/rmt-inkoop-uwv-beeindigd", "rmtInkoopViaUwv"],
    ["transitie/verantwoording-personele-inzet-2024", "verantwoordingPersoneleInzet2024"],
    ["transitie/rmt-en-leerwerkloket-afgebouwd", "oudeLoketten"],
    ["transitie/wsp-via-werkcentrum", "oudeLoketten"],
    ["transitie/stappenplan-twente", "stappenplan"],
  ] as const;
  for (const [regelId, veld] of gevallen) {
    it(`${regelId}: zonder ${veld} en met een lege lijst`, () => {
      expect(k(dossier({}), regelId, "2026-03-01").kernen).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: veld }]);
      expect(k(dossier({ [veld]: [] }), regelId, "2026-03-01").kernen).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: veld }]);
    });
  }

  it("een lijst met alleen een WSP telt niet als RMT of Leerwerkloket, en omgekeerd", () => {
    const wsp = dossier({ oudeLoketten: [{ soort: "wsp", naam: "W", status: "actief" }] });
    expect(k(wsp, "transitie/rmt-en-leerwerkloket-afgebouwd", "2026-03-01").kernen).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "oudeLoketten" }]);
    const rmt = dossier({ oudeLoketten: [{ soort: "rmt", naam: "R", status: "gesloten" }] });
    expect(k(rmt, "transitie/wsp-via-werkcentrum", "2026-08-01").kernen).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "oudeLoketten" }]);
  });
});

describe("transitie/declaratie-voor-laatste-moment: 28 november 2025", () => {
  const decl = (ingediendOp: string) => dossier({ declaraties: [{ partij: "Gemeente A", ingediendOp: "2025-07-15", bedrag: 100 }, { partij: "Werkgevers B", ingediendOp, bedrag: 1_845_000 }] });

  it("op de laatste dag: voldaan met datum, grens, bedrag en partij", () => {
    expect(k(decl("2025-11-28"), "transitie/declaratie-voor-laatste-moment", "2026-03-01").van(1).kern).toStrictEqual({
      uitkomst: "voldaan",
      pad: "declaraties.1.ingediendOp",
      gegevens: { ingediendOp: "2025-11-28", laatsteDeclaratiemoment: "2025-11-28", bedrag: 1_845_000, partij: "Werkgevers B", declaratiemoment: "2025-11-28" },
    });
  });

  it("het declaratiemoment waarop een declaratie meegaat: 15 juli (tot en met), daarna 28 november; 2024 vóór de momenten (HRT §5.1)", () => {
    const moment = (datum: string) => {
      const r = k(decl(datum), "transitie/declaratie-voor-laatste-moment", "2026-03-01");
      return [(r.van(1).kern!.gegevens as Record<string, unknown>)["declaratiemoment"], r.van(1).bericht];
    };
    expect(moment("2025-03-01")).toEqual(["2025-07-15", expect.stringContaining("uiterlijk op het laatste declaratiemoment 2025-11-28 (gaat mee op het eerste declaratiemoment, 2025-07-15).")]);
    expect(moment("2025-07-15")[0]).toBe("2025-07-15");
    expect(moment("2025-07-16")).toEqual(["2025-11-28", expect.stringContaining("(gaat mee op het laatste declaratiemoment).")]);
    expect(moment("2025-01-01")[0]).toBe("2025-07-15");
    expect(moment("2024-12-31")).toEqual([null, expect.stringContaining("(ingediend vóór 2025-01-01, vóór de twee declaratiemomenten).")]);
  });

  it("een dag later: eigen rekening van de partij die de inkoop initieerde", () => {
    const r = k(decl("2025-11-29"), "transitie/declaratie-voor-laatste-moment", "2026-03-01");
    expect(r.van(1).kern).toStrictEqual({
      uitkomst: "niet-voldaan",
      pad: "declaraties.1.ingediendOp",
      gegevens: { ingediendOp: "2025-11-29", laatsteDeclaratiemoment: "2025-11-28", bedrag: 1_845_000, partij: "Werkgevers B", gevolg: "eigen-rekening", voorRekeningVan: "Werkgevers B" },
    });
    expect(r.van(1).bericht).toContain("€ 18.450");
    expect(r.van(1).bericht).toContain("eigen rekening van Werkgevers B");
  });

  it("een declaratie na de peildatum heet gepland; op de peildatum zelf niet", () => {
    expect(k(decl("2025-11-28"), "transitie/declaratie-voor-laatste-moment", "2025-11-27").van(1).bericht).toContain("(gepland, na de peildatum)");
    expect(k(decl("2025-11-28"), "transitie/declaratie-voor-laatste-moment", "2025-11-28").van(1).bericht).toContain("op 2025-11-28, uiterlijk op het laatste declaratiemoment 2025-11-28");
  });
});

describe("transitie/rmt-inkoop-uwv-gestart en -beeindigd: 31 december 2024 en 31 augustus 2025", () => {
  const inkoop = (startdatum: string, einddatum?: string) =>
    dossier({ rmtInkoopViaUwv: [{ omschrijving: "Eerste", ingekochtDoor: "A", startdatum: "2024-01-01", einddatum: "2025-01-01" }, { omschrijving: "Tweede", ingekochtDoor: "Gemeente B", startdatum, ...(einddatum !== undefined && { einddatum }) }] });

  it("gestart op de laatste dag: voldaan zonder gegevens; een dag later niet, met start en grens", () => {
    expect(k(inkoop("2024-12-31"), "transitie/rmt-inkoop-uwv-gestart", "2026-01-01").van(1).kern).toStrictEqual({ uitkomst: "voldaan", pad: "rmtInkoopViaUwv.1.startdatum" });
    const laat = k(inkoop("2025-01-01"), "transitie/rmt-inkoop-uwv-gestart", "2026-01-01");
    expect(laat.van(1).kern).toStrictEqual({ uitkomst: "niet-voldaan", pad: "rmtInkoopViaUwv.1.startdatum", gegevens: { startdatum: "2025-01-01", uiterlijk: "2024-12-31" } });
    expect(laat.van(1).bericht).toContain("ingekocht door Gemeente B");
  });

  it("beëindigd op de laatste dag: voldaan; een dag later niet, met einde en grens", () => {
    expect(k(inkoop("2024-06-01", "2025-08-31"), "transitie/rmt-inkoop-uwv-beeindigd", "2026-01-01").van(1).kern).toStrictEqual({ uitkomst: "voldaan", pad: "rmtInkoopViaUwv.1.einddatum" });
    expect(k(inkoop("2024-06-01", "2025-09-01"), "transitie/rmt-inkoop-uwv-beeindigd", "2026-01-01").van(1).kern).toStrictEqual({
      uitkomst: "niet-voldaan",
      pad: "rmtInkoopViaUwv.1.einddatum",
      gegevens: { einddatum: "2025-09-01", uiterlijk: "2025-08-31" },
    });
  });

  it("zonder einddatum: tot en met 31 augustus 2025 n.v.t., daarna beoordelen", () => {
    expect(k(inkoop("2024-06-01"), "transitie/rmt-inkoop-uwv-beeindigd", "2025-08-31").van(1).kern).toStrictEqual({ uitkomst: "niet-van-toepassing", pad: "rmtInkoopViaUwv.1.einddatum" });
    const r = k(inkoop("2024-06-01"), "transitie/rmt-inkoop-uwv-beeindigd", "2025-09-01");
    expect(r.van(1).kern).toStrictEqual({ uitkomst: "beoordelen", pad: "rmtInkoopViaUwv.1.einddatum", gegevens: { uiterlijk: "2025-08-31" } });
    expect(r.van(1).bericht).toContain('"Tweede"');
  });
});

describe("transitie/verantwoording-personele-inzet-2024: 15 juli 2025", () => {
  const v = (ingediendOp?: string) =>
    dossier({ verantwoordingPersoneleInzet2024: [{ organisatie: "UWV", ingediendOp: "2025-06-01" }, { organisatie: "Gemeente C", ...(ingediendOp !== undefined && { ingediendOp }) }] });
  const r = (d: Transitiedossier, p: string) => k(d, "transitie/verantwoording-personele-inzet-2024", p).van(1).kern;

  it("op de laatste dag ingediend: voldaan; een dag later: te laat, met datum en grens", () => {
    expect(r(v("2025-07-15"), "2026-01-01")).toStrictEqual({ uitkomst: "voldaan", pad: "verantwoordingPersoneleInzet2024.1.ingediendOp" });
    expect(r(v("2025-07-16"), "2026-01-01")).toStrictEqual({
      uitkomst: "niet-voldaan",
      pad: "verantwoordingPersoneleInzet2024.1.ingediendOp",
      gegevens: { ingediendOp: "2025-07-16", uiterlijk: "2025-07-15" },
    });
  });

  it("niet ingediend: tot en met de grensdag open (n.v.t.), daarna niet-voldaan; een indiening na de peildatum telt nog niet", () => {
    const open = { uitkomst: "niet-van-toepassing", pad: "verantwoordingPersoneleInzet2024.1.ingediendOp", gegevens: { uiterlijk: "2025-07-15", open: true } };
    expect(r(v(), "2025-07-15")).toStrictEqual(open);
    expect(r(v("2025-07-10"), "2025-07-01")).toStrictEqual(open);
    expect(r(v(), "2025-07-16")).toStrictEqual({ uitkomst: "niet-voldaan", pad: "verantwoordingPersoneleInzet2024.1.ingediendOp", gegevens: { uiterlijk: "2025-07-15" } });
  });
});

describe("transitie/rmt-en-leerwerkloket-afgebouwd", () => {
  const loketten = dossier({
    oudeLoketten: [
      { soort: "wsp", naam: "W", status: "actief" },
      { soort: "rmt", naam: "Oost", status: "actief" },
      { soort: "leerwerkloket", naam: "Twente", status: "actief" },
      { soort: "rmt", naam: "West", status: "in-afbouw" },
    ],
  });
  const r = (p: string) => k(loketten, "transitie/rmt-en-leerwerkloket-afgebouwd", p);

  it("vóór 2025: n.v.t. per loket, met de regeling of de Rijksfinanciering in het bericht", () => {
    const x = r("2024-12-31");
    expect(x.kernen).toStrictEqual([
      { uitkomst: "niet-van-toepassing", pad: "oudeLoketten.1.status" },
      { uitkomst: "niet-van-toepassing", pad: "oudeLoketten.2.status" },
      { uitkomst: "niet-van-toepassing", pad: "oudeLoketten.3.status" },
    ]);
    expect(x.berichten[0]).toBe("RMT Oost: de regeling loopt nog tot 2025-01-01.");
    expect(x.berichten[1]).toBe("LWL Twente: de Rijksfinanciering loopt nog tot 2025-01-01.");
  });

  it("in 2025: een actief RMT en een actief Leerwerkloket worden beoordeeld (de regeling of het merk is gestopt, alleen restanten mogen)", () => {
    const rmt = { uitkomst: "beoordelen", pad: "oudeLoketten.1.status", gegevens: { status: "actief", regelingGestoptOp: "2025-01-01", restwerkTotEnMet: "2025-12-31" } };
    const lwl = { uitkomst: "beoordelen", pad: "oudeLoketten.2.status", gegevens: { status: "actief", merkGestoptOp: "2025-01-01", websitesTotEnMet: "2025-12-31" } };
    const x = r("2025-01-01");
    expect(x.kernen).toStrictEqual([rmt, lwl, { uitkomst: "voldaan", pad: "oudeLoketten.3.status" }]);
    expect(x.berichten[0]).toBe(
      "RMT Oost is nog actief, terwijl de RMT-regeling per 2025-01-01 is gestopt. In 2025 resten alleen \"een beperkt aantal werkzaamheden\": de laatste declaraties (declaratiemomenten 15 juli en 28 november 2025), de monitorgegevens over november en december 2024, de verantwoording personele inzet 2024 (uiterlijk 15 juli 2025) en via UWV ingekochte dienstverlening die uiterlijk tot en met 31 augustus 2025 mag doorlopen; daarnaast kan de landelijke website van het Werkcentrum vanaf januari 2025 nog tijdelijk verwijzen naar de regionale RMT-website; ga na of 'actief' alleen dat betreft.",
    );
    expect(r("2025-12-31").kernen[0]).toStrictEqual(rmt);
    expect(x.berichten[1]).toBe(
      "LWL Twente is nog actief, terwijl het Leerwerkloket per 2025-01-01 als merk ophoudt te bestaan. Alleen restanten blijven in gebruik: de websites in 2025 tot de volledige overgang naar de website van het Werkcentrum is gerealiseerd, de e-mailadressen van de adviseurs tot de overgang naar een Werkcentrum is gerealiseerd, de community in 2025 (naar verwachting medio 2025 gesloten) en het CRM-systeem het eerste halfjaar; ga na of 'actief' alleen dat betreft.",
    );
    expect(x.berichten[2]).toBe("RMT West: in-afbouw.");
    expect(r("2025-06-01").kernen[1]).toStrictEqual(lwl);
    expect(r("2025-12-31").kernen[1]).toStrictEqual(lwl);
  });

  it("vanaf 2026: een actief RMT en een actief Leerwerkloket voldoen niet, sinds 1 januari 2026", () => {
    const x = r("2026-01-01");
    expect(x.kernen[0]).toStrictEqual({ uitkomst: "niet-voldaan", pad: "oudeLoketten.1.status", gegevens: { status: "actief", sinds: "2026-01-01" } });
    expect(x.berichten[0]).toBe(
      "RMT Oost is nog actief, terwijl de RMT-regeling is gestopt per 2025-01-01 en de handreiking alleen in 2025 nog restwerkzaamheden noemt (laatste declaraties, monitorgegevens, verantwoording).",
    );
    expect(x.kernen[1]).toStrictEqual({ uitkomst: "niet-voldaan", pad: "oudeLoketten.2.status", gegevens: { status: "actief", sinds: "2026-01-01" } });
    expect(x.berichten[1]).toContain("het merk Leerwerkloket zijn gestopt per 2025-01-01");
  });
});

describe("transitie/wsp-via-werkcentrum: de inwerkingtreding als grens", () => {
  const wsp = dossier({
    oudeLoketten: [
      { soort: "rmt", naam: "R", status: "gesloten" },
      { soort: "wsp", naam: "Actief", status: "actief" },
      { soort: "wsp", naam: "Afbouw", status: "in-afbouw" },
      { soort: "wsp", naam: "Op", status: "opgegaan-in-werkcentrum" },
      { soort: "wsp", naam: "Dicht", status: "gesloten" },
    ],
  });
  const r = (p: string, i?: Instellingen) => k(wsp, "transitie/wsp-via-werkcentrum", p, i);

  it("op de dag van de inwerkingtreding: actief niet-voldaan, in afbouw beoordelen, opgegaan of gesloten voldaan", () => {
    const x = r("2026-07-01");
    expect(x.kernen).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "oudeLoketten.1.status", gegevens: { status: "actief", inwerkingtreding: "2026-07-01" } },
      { uitkomst: "beoordelen", pad: "oudeLoketten.2.status", gegevens: { status: "in-afbouw", inwerkingtreding: "2026-07-01" } },
      { uitkomst: "voldaan", pad: "oudeLoketten.3.status" },
      { uitkomst: "voldaan", pad: "oudeLoketten.4.status" },
    ]);
    expect(x.berichten[0]).toContain("WSP Actief");
    expect(x.berichten[3]).toBe("WSP Dicht: gesloten.");
  });

  it("de dag ervoor, of vóór de datum uit de handreiking bij een latere of onbekende inwerkingtreding: n.v.t. per WSP", () => {
    const nvt = [1, 2, 3, 4].map((i) => ({ uitkomst: "niet-van-toepassing", pad: `oudeLoketten.${i}.status` }));
    expect(r("2026-06-30").kernen).toStrictEqual(nvt);
    expect(r("2026-06-30", { inwerkingtreding: "2027-01-01" }).kernen).toStrictEqual(nvt);
    const onbekend = r("2026-06-30", { inwerkingtreding: "onbekend" });
    expect(onbekend.kernen).toStrictEqual(nvt);
    expect(onbekend.berichten[0]).toContain("onbekend");
    expect(r("2026-06-30").berichten[0]).toContain("(2026-07-01)");
    // Een eigen datum voor de handreiking schuift de grens mee.
    const later = r("2026-09-01", { inwerkingtreding: "onbekend", parameters: { "werkcentrum.werkgeversdienstverlening-vanaf": { waarde: "2026-10-01" } } });
    expect(later.kernen).toStrictEqual(nvt);
  });

  it("tussen de datum uit de handreiking (1 juli 2026) en een latere of onbekende inwerkingtreding: actief en in afbouw beoordelen", () => {
    for (const [p, iwt] of [["2026-07-01", "2027-01-01"], ["2030-01-01", "onbekend"]] as const) {
      const x = r(p, { inwerkingtreding: iwt });
      const datum = iwt === "onbekend" ? null : iwt;
      expect(x.kernen, p).toStrictEqual([
        { uitkomst: "beoordelen", pad: "oudeLoketten.1.status", gegevens: { status: "actief", handreiking: "2026-07-01", inwerkingtreding: datum } },
        { uitkomst: "beoordelen", pad: "oudeLoketten.2.status", gegevens: { status: "in-afbouw", handreiking: "2026-07-01", inwerkingtreding: datum } },
        { uitkomst: "voldaan", pad: "oudeLoketten.3.status" },
        { uitkomst: "voldaan", pad: "oudeLoketten.4.status" },
      ]);
      expect(x.berichten[0]).toBe(
        `WSP Actief is nog actief als apart loket; de handreiking beoogt de werkgeversdienstverlening in ieder geval vanaf 2026-07-01 via het Werkcentrum, maar de wet is nog niet in werking (inwerkingtreding: ${iwt}).`,
      );
      expect(x.berichten[1]).toContain("WSP Afbouw is in afbouw;");
    }
  });
});

describe("transitie/stappenplan-twente en stappenplanOverzicht", () => {
  const alles = (fasen: number[], gereedOp?: string) =>
    (["planvorming", "governance", "financieel", "huisvesting", "personeel", "dienstverlening", "ict-privacy", "communicatie"] as const).flatMap((onderwerp) =>
      fasen.map((fase) => ({ onderwerp, fase: fase as 1 | 2 | 3, ...(gereedOp !== undefined && { gereedOp }) })),
    );

  it("achter: niet-voldaan op het stappenplan met onderwerp, status en stappen; het bericht noemt de stap", () => {
    const d = dossier({ stappenplan: [...alles([1]).filter((s) => s.onderwerp !== "governance"), { onderwerp: "governance", fase: 2, gereedOp: "2025-06-01" }] });
    const x = k(d, "transitie/stappenplan-twente", "2025-01-01");
    expect(x.van("governance").kern).toMatchObject({ uitkomst: "niet-voldaan", pad: "stappenplan", gegevens: { onderwerp: "governance", status: "achter" } });
    expect(x.van("governance").bericht).toBe('Governance: niet gereed gemeld: fase 1 (Eind 2024) "Samenwerkingsconvenant".');
    expect(x.van("planvorming").kern).toMatchObject({ uitkomst: "voldaan", pad: "stappenplan", gegevens: { onderwerp: "planvorming", status: "op-schema" } });
    expect(x.van("planvorming").bericht).toContain("op schema (1 van 3 stappen gereed)");
  });

  it("twee stappen achter: het bericht noemt ze allebei", () => {
    const d = dossier({ stappenplan: [...alles([1, 2]).filter((s) => s.onderwerp !== "governance"), { onderwerp: "governance", fase: 3, gereedOp: "2026-06-01" }] });
    expect(k(d, "transitie/stappenplan-twente", "2026-01-01").van("governance").bericht).toBe('Governance: niet gereed gemeld: fase 1 (Eind 2024) "Samenwerkingsconvenant"; fase 2 (2025) "Opstarten Regionaal Beraad".');
  });

  it("een onderwerp zonder meldingen: n.v.t. (voorbeeld), met de voorbije stappen in het bericht en gemeld: false", () => {
    const d = dossier({ stappenplan: alles([1, 2]).filter((s) => s.onderwerp !== "governance") });
    const x = k(d, "transitie/stappenplan-twente", "2026-01-01");
    expect(x.van("governance").kern).toMatchObject({ uitkomst: "niet-van-toepassing", pad: "stappenplan", gegevens: { onderwerp: "governance", status: "achter", gemeld: false } });
    expect(x.van("governance").bericht).toBe(
      'Governance: geen stappen gemeld; het stappenplan Twente is een voorbeeld en de volgorde kan per regio verschillen. Volgens het voorbeeld zou voorbij zijn: fase 1 (Eind 2024) "Samenwerkingsconvenant"; fase 2 (2025) "Opstarten Regionaal Beraad".',
    );
    expect(k(d, "transitie/stappenplan-twente", "2024-12-31").van("governance").bericht).toBe("Governance: geen stappen gemeld; het stappenplan Twente is een voorbeeld en de volgorde kan per regio verschillen.");
  });

  it("alles gereed: voldaan met 'alle stappen gereed'", () => {
    const x = k(dossier({ stappenplan: alles([1, 2, 3]) }), "transitie/stappenplan-twente", "2026-03-01");
    expect(x.kernen.every((y) => y.uitkomst === "voldaan")).toBe(true);
    expect(x.berichten[0]).toBe("Planvorming: alle stappen gereed.");
  });

  it("grensdagen: gereed op de peildatum telt, het einde van fase 1 is nog niet achter, fase 2 loopt vanaf 1 januari 2025", () => {
    const o = (stappenplan: Transitiedossier["stappenplan"], peildatum: string) => stappenplanOverzicht({ ...(stappenplan !== undefined && { stappenplan }) }, { peildatum }).onderwerpen[0]!.stappen;
    expect(o([{ onderwerp: "planvorming", fase: 1, gereedOp: "2024-12-01" }], "2024-12-01")[0]).toStrictEqual({
      fase: 1,
      periode: "Eind 2024",
      stap: "Uitvoeringsplan voor 2025",
      status: "gereed",
      gereedOp: "2024-12-01",
      melding: 0,
    });
    expect(o([{ onderwerp: "planvorming", fase: 1, gereedOp: "2024-12-02" }], "2024-12-01")[0]).toStrictEqual({
      fase: 1,
      periode: "Eind 2024",
      stap: "Uitvoeringsplan voor 2025",
      status: "lopend",
      gereedOp: "2024-12-02",
      melding: 0,
    });
    expect(o(undefined, "2024-12-31").map((s) => s.status)).toEqual(["lopend", "nog-niet", "nog-niet"]);
    expect(o(undefined, "2025-01-01").map((s) => s.status)).toEqual(["achter", "lopend", "nog-niet"]);
    expect(o(undefined, "2026-01-01").map((s) => s.status)).toEqual(["achter", "achter", "lopend"]);
    expect(o([{ onderwerp: "governance", fase: 2 }, { onderwerp: "planvorming", fase: 2 }], "2025-01-01")[1]).toStrictEqual({
      fase: 2,
      periode: "2025",
      stap: "Regionale meerjarenagenda",
      status: "gereed",
      melding: 1,
    });
    expect(o(undefined, "2025-01-01")[1]).toStrictEqual({ fase: 2, periode: "2025", stap: "Regionale meerjarenagenda", status: "lopend" });
  });

  it("het overzicht zegt dat het een voorbeeld is; zonder opties of met een ongeldige datum een OngeldigeInvoerFout met pad", () => {
    expect(stappenplanOverzicht({}, { peildatum: "2025-01-01" })).toMatchObject({ grondslag: "voorbeeld", gemeld: false, peildatum: "2025-01-01" });
    expect(() => stappenplanOverzicht({}, undefined as never)).toThrow(OngeldigeInvoerFout);
    let fout: unknown;
    try {
      stappenplanOverzicht({ stappenplan: [{ onderwerp: "governance", fase: 1 }, { onderwerp: "governance", fase: 2, gereedOp: "2025-02-30" }] }, { peildatum: "2025-03-01" });
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(OngeldigeInvoerFout);
    expect((fout as OngeldigeInvoerFout).path).toEqual(["stappenplan", 1, "gereedOp"]);
  });
});
