import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hulpvraagArb, peildatumArb, werkende, werkgever, werkzoekende } from "../../test/hulp/triage.js";
import type { Peildatum } from "../tijd/peildatum.js";
import type { ArrangeurSoort, Hulpvraag, Routering, Uitkering } from "./model.js";
import { regionaam } from "./regionamen.js";
import { routeer } from "./routeer.js";
import { indexVanSleutel, jaNeeNr, privaatNr, sleutelIndex, sleutelVanIndex, uitkeringNr, werkgebiedVan } from "./sleutel.js";
import { inkomenssituatieVan, maakWerkplan, wijzigInkomenssituatie } from "./werkplan.js";
import { vangFout } from "../../test/hulp/fout.js";

/**
 * Aanvullende tests voor routeer, de beslissleutel en het Werkplan, gevonden met mutatietesten
 * (docs/mutatietesten.md): de gekozen arrangeur met naam, de warme overdracht per deur, de
 * kandidaten bij 'beoordelen', de stappen die de uitkomst verklaren (ook na veel routeringen,
 * met gevulde geheugens), grenzen van de opties en de foutmeldingen bij waarden buiten het model.
 */

const NA_WET = "2026-09-01";
const VOOR_WET = "2026-06-30";
const TRANSITIE = "2025-06-01";
const r = (h: Hulpvraag, peildatum = NA_WET) => routeer(h, { peildatum });
const fout = vangFout;

/** De naam van de organisatie bij een soort arrangeur, zoals die uit de hulpvraag volgt (HRT §5.3 voor de werkgeversdienstverlening). */
function verwachteOrganisatie(soort: ArrangeurSoort, h: Hulpvraag, x: Routering): string | null {
  switch (soort) {
    case "UWV":
      return "UWV";
    case "gemeente":
      return h.vrager !== "werkgever" && h.woongemeente !== undefined ? `gemeente ${h.woongemeente}` : null;
    case "sociale-partners":
      return null;
    case "landelijk-werkgeversservicepunt":
      return LANDELIJK;
    case "werkgeversdienstverlening":
      if (x.regio === null) return null;
      return wgdNaam(x);
  }
}

const LANDELIJK = "Landelijk WerkgeversServicepunt UWV en Landelijk WerkgeversServicepunt Gemeenten";

/**
 * Het kanaal van de regionale werkgeversdienstverlening (HRT §5.3): tot de wet het WSP; vanaf
 * 1 juli 2026 ("in ieder geval vanaf", standaardwaarde) zolang de wet nog niet geldt het WSP
 * via het Werkcentrum; na de wet het Werkcentrum.
 */
function kanaal(x: Routering): "via-werkcentrum" | "via-werkgeversservicepunt-en-werkcentrum" | "via-werkgeversservicepunt" {
  return x.fase === "nieuwe-wet" ? "via-werkcentrum" : x.peildatum >= "2026-07-01" ? "via-werkgeversservicepunt-en-werkcentrum" : "via-werkgeversservicepunt";
}

function wgdNaam(x: Routering): string {
  const n = regionaam(x.regio!);
  const k = kanaal(x);
  return k === "via-werkcentrum" ? `Werkcentrum ${n} werkgeversdienstverlening` : k === "via-werkgeversservicepunt" ? `WerkgeversServicepunt ${n}` : `WerkgeversServicepunt ${n} (via Werkcentrum ${n})`;
}

/** 'Afhankelijk van de uitkering' (beslissingen.ts): UWV bij een UWV-uitkering, de gemeente bij bijstand of geen, beide als de uitkering onbekend is; en de sociale partners. */
const naarUitkering = (u: Uitkering): ArrangeurSoort[] =>
  u === "onbekend" ? ["UWV", "gemeente", "sociale-partners"] : [u === "bijstand" || u === "geen" ? "gemeente" : "UWV", "sociale-partners"];
const UWV_UITKERINGEN: readonly Uitkering[] = ["WW", "WIA/WGA", "Wajong"];
const VELDEN = ["uitkering", "wwEinddatum", "arbeidsbeperking", "privateOndersteuning", "regios"];

// Deze test staat bewust vooraan: routeer bewaart bevroren stappenlijsten, arrangeurs, kandidaten
// en overdrachten in een geheugen. Stryker rekent een regel toe aan de eerste test die hem uitvoert;
// zo is dat deze eigenschap, die voor elke combinatie nagaat dat de stappen de uitkomst verklaren
// en dat kandidaten, na te gaan velden, overdracht en transitie bij de vraag horen.
describe("routeer: de stappen verklaren precies de uitkomst, ook na veel routeringen (geheugens gevuld)", () => {
  it("eerste stap volgt uit de sleutel; overdracht, aanvullende partijen, verwijzingen en transitie hebben elk hun stap; namen, kandidaten en na te gaan horen bij de vraag", () => {
    fc.assert(
      fc.property(hulpvraagArb, peildatumArb, (h, peildatum) => {
        const x = routeer(h, { peildatum });
        const s = x.stappen;
        const persoon = h.vrager === "werkgever" ? undefined : h;
        // Arrangeur en kandidaten: de naam van de eigen woongemeente of regio, ook als een eerdere vraag een andere had.
        if (x.arrangeur !== null) expect(x.arrangeur.organisatie).toBe(verwachteOrganisatie(x.arrangeur.soort, h, x));
        expect(x.kandidaten.map((k) => k.organisatie)).toEqual(x.kandidaten.map((k) => verwachteOrganisatie(k.soort, h, x)));
        if (x.reden === "arbeidsbeperking-onbekend" || x.reden === "werkende-met-uitkering") {
          expect(x.kandidaten.map((k) => k.soort)).toEqual(naarUitkering(persoon!.uitkering));
        }
        // Na te gaan: velden van de hulpvraag, elk één keer; de uitkering precies als die onbekend is of de WW voorbij.
        const nagaan: readonly string[] = x.nagaan;
        expect(new Set(nagaan).size).toBe(nagaan.length);
        for (const v of nagaan) expect(VELDEN).toContain(v);
        expect(nagaan.includes("uitkering")).toBe(x.status === "beoordelen" && (persoon?.uitkering === "onbekend" || x.reden === "ww-beeindigd"));
        // De warme overdracht naar het Werkcentrum van de deur, anders van de regio (ook AM01, de eerste).
        const regio = (h.deur.soort === "partner" ? undefined : h.deur.regio) ?? x.regio;
        expect(x.overdracht.werkcentrum).toBe(regio === null ? null : `Werkcentrum ${regionaam(regio)}`);
        // Transitieperiode: UWV-dienstverlening voor eigen cliënten (WW, WIA/WGA, Wajong); onbekend bij een onbekende uitkering of een voorbije WW.
        if (x.fase === "transitieperiode" && persoon !== undefined) {
          const eigen = x.reden === "ww-beeindigd" || persoon.uitkering === "onbekend" ? "onbekend" : UWV_UITKERINGEN.includes(persoon.uitkering) ? "beschikbaar" : "niet-beschikbaar";
          expect(x.uwvInTransitie?.nietPubliek).toBe(eigen);
        } else expect(x.uwvInTransitie).toBeNull();
        // Een werkgever zonder regios met een vestiging: als één regio, met de herkomst erbij.
        const vestiging = h.vrager === "werkgever" && h.regios === undefined && h.regio !== undefined;
        expect(s[0]?.gegevens).toStrictEqual({ ...sleutelVanIndex(sleutelIndex(h)), ...(vestiging && { werkgebiedUit: "regio" }) });
        expect(s[0]?.uitkomst).toBe(x.stappen.some((y) => y.regel === "triage/max-ww-overdracht" && y.uitkomst === "beoordelen") ? "UWV" : x.status === "bepaald" ? x.arrangeur?.soort : "beoordelen");
        expect(s.filter((y) => y.regel === x.overdracht.regel && y.uitkomst === x.overdracht.soort)).toHaveLength(1);
        expect(s.filter((y) => x.aanvullend.some((a) => a.regel === y.regel && a.soort === y.uitkomst)).map((y) => y.uitkomst)).toEqual(x.aanvullend.map((a) => a.soort));
        const verwijsStappen = s.filter((y) => y.uitkomst === "verwijzen" || y.uitkomst === "nagaan");
        expect(verwijsStappen.map((y) => y.regel)).toEqual(x.verwijzingen.map((v) => v.regel));
        expect(s.filter((y) => y.regel === "triage/transitie-uwv-eigen-clienten").map((y) => y.uitkomst)).toEqual(x.uwvInTransitie === null ? [] : [x.uwvInTransitie.nietPubliek]);
        const wgd = x.status === "bepaald" && x.arrangeur.soort === "werkgeversdienstverlening";
        expect(s.filter((y) => y.regel === "triage/werkgever-regionaal" && y.uitkomst !== "werkgeversdienstverlening").map((y) => y.uitkomst)).toEqual(wgd ? [kanaal(x)] : []);
        // HRT §5.3: vóór de wet het WerkgeversServicepunt van de regio (vanaf 1 juli 2026 via het Werkcentrum), daarna de werkgeversdienstverlening via het Werkcentrum.
        if (wgd && x.regio !== null) expect(x.arrangeur?.organisatie).toBe(wgdNaam(x));
      }),
      { seed: 20260601, numRuns: 1500 },
    );
  });
});

describe("routeer: opties", () => {
  it("zonder opties-object: een OngeldigeInvoerFout op opties", () => {
    for (const o of [null, undefined, "2026-01-01"]) {
      expect(fout(() => routeer(werkzoekende(), o as never))).toMatchObject({ code: "verplicht", path: ["opties"], message: expect.stringContaining("peildatum") });
    }
  });

  it("het WW-venster: 0 tot en met 24 maanden; daarbuiten een fout op het veld", () => {
    expect(routeer(werkzoekende(), { peildatum: NA_WET, instellingen: { wwEindeVensterMaanden: 24 } }).status).toBe("bepaald");
    expect(routeer(werkzoekende(), { peildatum: NA_WET, instellingen: { wwEindeVensterMaanden: 0 } }).status).toBe("bepaald");
    for (const v of [25, -1, 1.5]) {
      expect(fout(() => routeer(werkzoekende(), { peildatum: NA_WET, instellingen: { wwEindeVensterMaanden: v } }))).toMatchObject({
        code: "ongeldige-waarde",
        path: ["instellingen", "wwEindeVensterMaanden"],
      });
    }
  });
});

describe("routeer: de arrangeur met naam", () => {
  it("gemeente met de woongemeente; zonder woongemeente zonder naam", () => {
    expect(r(werkzoekende({ woongemeente: "Zaanstad" })).arrangeur).toStrictEqual({ soort: "gemeente", organisatie: "gemeente Zaanstad" });
    expect(r(werkzoekende({ woongemeente: "Rotterdam" })).arrangeur).toStrictEqual({ soort: "gemeente", organisatie: "gemeente Rotterdam" });
    const { woongemeente: _, ...zonder } = werkzoekende();
    expect(r(zonder).arrangeur).toStrictEqual({ soort: "gemeente", organisatie: null });
  });

  it("werkgeversdienstverlening: het WSP van de regio vóór de wet, het Werkcentrum erna, ook afwisselend en voor de eerste regio (AM01)", () => {
    for (let i = 0; i < 2; i++) {
      expect(r(werkgever({ regios: ["AM01"] }), VOOR_WET).arrangeur).toStrictEqual({ soort: "werkgeversdienstverlening", organisatie: "WerkgeversServicepunt Groningen" });
      expect(r(werkgever({ regios: ["AM01"] }), NA_WET).arrangeur).toStrictEqual({ soort: "werkgeversdienstverlening", organisatie: "Werkcentrum Groningen werkgeversdienstverlening" });
      expect(r(werkgever({ regios: ["AM22"] }), NA_WET).arrangeur).toStrictEqual({ soort: "werkgeversdienstverlening", organisatie: "Werkcentrum Rijnmond werkgeversdienstverlening" });
      expect(r(werkgever({ regios: ["AM22"] }), VOOR_WET).arrangeur).toStrictEqual({ soort: "werkgeversdienstverlening", organisatie: "WerkgeversServicepunt Rijnmond" });
      expect(r(werkgever({ regios: ["AM02"] }), VOOR_WET).arrangeur?.organisatie).toBe("WerkgeversServicepunt Friesland");
    }
  });

  it("de regio van een werkgever: uit het ene werkgebied, maar een opgegeven regio gaat voor; landelijk en onbekend zonder regio", () => {
    expect(r(werkgever({ regios: ["AM22"] }))).toMatchObject({ regio: "AM22", stappen: [{ regel: "triage/werkgever-regionaal" }, { regel: "triage/werkgever-regionaal", uitkomst: "via-werkcentrum" }, expect.anything()] });
    expect(r(werkgever({ regios: ["AM22"], regio: "AM21" })).regio).toBe("AM21");
    expect(r(werkgever({ regios: ["AM22", "AM21"] }))).toMatchObject({ regio: null, arrangeur: { soort: "landelijk-werkgeversservicepunt", organisatie: LANDELIJK } });
    expect(r(werkgever({ regios: [] }))).toMatchObject({ status: "beoordelen", regio: null });
    expect(r(werkgever({ regios: ["AM22"] }), VOOR_WET).stappen[1]).toMatchObject({ regel: "triage/werkgever-regionaal", uitkomst: "via-werkgeversservicepunt" });
    expect(r(werkgever({ regios: "landelijk" })).stappen.map((s) => s.regel)).toEqual(["triage/werkgever-landelijk", "triage/no-wrong-door"]);
  });

  it("de eerste stap: de regel van de beslissing, de arrangeur of 'beoordelen', en de sleutel als gegevens", () => {
    expect(r(werkzoekende({ uitkering: "WW" })).stappen[0]).toStrictEqual({
      regel: "triage/uwv-uitkeringsgerechtigden",
      bron: expect.anything(),
      uitkomst: "UWV",
      gegevens: { vrager: "werkzoekende", uitkering: "WW" },
    });
    expect(r(werkzoekende({ uitkering: "onbekend" })).stappen[0]).toStrictEqual({
      regel: "triage/uitkering-onbekend",
      bron: expect.anything(),
      uitkomst: "beoordelen",
      gegevens: { vrager: "werkzoekende", uitkering: "onbekend" },
    });
  });
});

describe("routeer: kandidaten en na te gaan bij 'beoordelen'", () => {
  const k = (x: Routering) => ({ reden: x.reden, kandidaten: x.kandidaten.map((a) => a.organisatie ?? a.soort), nagaan: x.nagaan });

  it("arbeidsbeperking onbekend: de kandidaten hangen af van de uitkering", () => {
    expect(k(r(werkende({ arbeidsbeperking: "onbekend", uitkering: "bijstand" })))).toStrictEqual({ reden: "arbeidsbeperking-onbekend", kandidaten: ["gemeente Zaanstad", "sociale-partners"], nagaan: ["arbeidsbeperking"] });
    expect(k(r(werkende({ arbeidsbeperking: "onbekend", uitkering: "geen" })))).toStrictEqual({ reden: "arbeidsbeperking-onbekend", kandidaten: ["gemeente Zaanstad", "sociale-partners"], nagaan: ["arbeidsbeperking"] });
    expect(k(r(werkende({ arbeidsbeperking: "onbekend", uitkering: "WW" })))).toStrictEqual({ reden: "arbeidsbeperking-onbekend", kandidaten: ["UWV", "sociale-partners"], nagaan: ["arbeidsbeperking"] });
    expect(k(r(werkende({ arbeidsbeperking: "onbekend", uitkering: "onbekend" })))).toStrictEqual({
      reden: "arbeidsbeperking-onbekend",
      kandidaten: ["UWV", "gemeente Zaanstad", "sociale-partners"],
      nagaan: ["arbeidsbeperking", "uitkering"],
    });
  });

  it("werkende met uitkering; 'uitkering' staat niet dubbel in na te gaan", () => {
    expect(k(r(werkende({ uitkering: "onbekend" })))).toStrictEqual({ reden: "werkende-met-uitkering", kandidaten: ["UWV", "gemeente Zaanstad", "sociale-partners"], nagaan: ["uitkering"] });
    expect(k(r(werkende({ arbeidsbeperking: "ja", uitkering: "onbekend" })))).toStrictEqual({ reden: "uitkering-onbekend", kandidaten: ["UWV", "gemeente Zaanstad"], nagaan: ["uitkering"] });
  });

  it("de gemeente onder de kandidaten heeft de naam van de eigen woongemeente, ook na een vraag uit een andere gemeente", () => {
    for (const g of ["Zaanstad", "Rotterdam", "Zaanstad", "Utrecht"]) {
      expect(r(werkzoekende({ uitkering: "onbekend", woongemeente: g })).kandidaten.map((a) => a.organisatie)).toEqual(["UWV", `gemeente ${g}`]);
    }
    const x = r(werkgever({ regios: [], regio: "AM22" }), VOOR_WET);
    expect(x.kandidaten).toStrictEqual([
      { soort: "werkgeversdienstverlening", organisatie: "WerkgeversServicepunt Rijnmond" },
      { soort: "landelijk-werkgeversservicepunt", organisatie: LANDELIJK },
    ]);
    // Zonder regios geldt de vestiging als werkgebied: geen kandidaten, de arrangeur met de naam van die regio.
    const { regios: _, ...zonderRegios } = werkgever();
    expect(r({ ...zonderRegios, regio: "AM22" as const }, VOOR_WET).arrangeur).toStrictEqual({ soort: "werkgeversdienstverlening", organisatie: "WerkgeversServicepunt Rijnmond" });
    expect(r(werkgever({ regios: [], regio: "AM01" }), NA_WET).kandidaten[0]?.organisatie).toBe("Werkcentrum Groningen werkgeversdienstverlening");
  });
});

describe("routeer: warme overdracht per deur", () => {
  const o = (h: Hulpvraag) => r(h).overdracht;

  it("een partner die zelf arrangeur is, houdt de vraag; anders een warme overdracht", () => {
    const gevallen = [
      [werkzoekende({ uitkering: "WW", deur: { soort: "partner", partner: "UWV" } }), "zelf"],
      [werkgever({ deur: { soort: "partner", partner: "UWV" } }), "zelf"],
      [werkzoekende({ deur: { soort: "partner", partner: "gemeente" } }), "zelf"],
      [werkgever({ deur: { soort: "partner", partner: "gemeente" } }), "zelf"],
      [werkende({ deur: { soort: "partner", partner: "sociale-partner" } }), "zelf"],
      [werkende({ deur: { soort: "partner", partner: "UWV" } }), "partner-naar-arrangeur"],
      [werkzoekende({ deur: { soort: "partner", partner: "UWV" } }), "partner-naar-arrangeur"],
      [werkzoekende({ uitkering: "WW", deur: { soort: "partner", partner: "gemeente" } }), "partner-naar-arrangeur"],
      [werkzoekende({ deur: { soort: "partner", partner: "sociale-partner" } }), "partner-naar-arrangeur"],
      [werkgever({ deur: { soort: "partner", partner: "sociale-partner" } }), "partner-naar-arrangeur"],
      [werkgever({ regios: ["AM21", "AM22"], deur: { soort: "partner", partner: "UWV" } }), "partner-naar-arrangeur"],
      [werkzoekende({ uitkering: "onbekend", deur: { soort: "partner", partner: "UWV" } }), "partner-naar-werkcentrum"],
      [werkzoekende({ uitkering: "onbekend" }), "gids-triage"],
      [werkzoekende(), "gids-naar-arrangeur"],
    ] as const;
    for (const [h, soort] of gevallen) expect(o(h).soort, JSON.stringify(h.deur) + h.vrager).toBe(soort);
  });

  it("het Werkcentrum van de deur of van de regio; zonder regio geen; AM01 is een gewone regio", () => {
    expect(o(werkzoekende({ regio: "AM01" }))).toStrictEqual({ soort: "gids-naar-arrangeur", warm: true, werkcentrum: "Werkcentrum Groningen", regel: "triage/no-wrong-door" });
    expect(o(werkzoekende({ regio: "AM17", deur: { soort: "werkcentrum", regio: "AM01" } })).werkcentrum).toBe("Werkcentrum Groningen");
    const { regio: _, ...zonderRegio } = werkzoekende();
    expect(o(zonderRegio)).toStrictEqual({ soort: "gids-naar-arrangeur", warm: true, werkcentrum: null, regel: "triage/no-wrong-door" });
    expect(o({ ...zonderRegio, deur: { soort: "partner", partner: "gemeente" } }).werkcentrum).toBeNull();
    expect(o(werkzoekende({ regio: "AM22", deur: { soort: "partner", partner: "gemeente" } })).werkcentrum).toBe("Werkcentrum Rijnmond");
  });
});

describe("routeer: arbeidsmarktvraag, aanvullende partijen en de transitieperiode", () => {
  it("werk, loopbaan, personeel, scholing en zelfstandig ondernemen zijn arbeidsmarktvragen; schulden of overig niet", () => {
    expect((["werk", "loopbaan", "scholing", "zelfstandig-ondernemen"] as const).map((o) => r(werkzoekende({ onderwerpen: [o] })).arbeidsmarktvraag)).toEqual([true, true, true, true]);
    expect(r(werkgever({ onderwerpen: ["personeel"] })).arbeidsmarktvraag).toBe(true);
    expect((["schulden", "overig", "zorg", "kinderopvang"] as const).map((o) => r(werkzoekende({ onderwerpen: [o] })).arbeidsmarktvraag)).toEqual([false, false, false, false]);
  });

  it("in de transitieperiode: UWV-dienstverlening voor eigen cliënten met een stap; WW en WIA 'beschikbaar'", () => {
    const x = r(werkzoekende({ uitkering: "WW" }), TRANSITIE);
    expect(x.uwvInTransitie).toStrictEqual({ publiek: "beschikbaar", nietPubliek: "beschikbaar", regel: "triage/transitie-uwv-eigen-clienten" });
    expect(x.stappen.at(-1)).toMatchObject({ regel: "triage/transitie-uwv-eigen-clienten", uitkomst: "beschikbaar" });
    expect(r(werkzoekende({ uitkering: "bijstand" }), TRANSITIE).uwvInTransitie?.nietPubliek).toBe("niet-beschikbaar");
    expect(r(werkzoekende({ uitkering: "onbekend" }), TRANSITIE).uwvInTransitie?.nietPubliek).toBe("onbekend");
    expect(r(werkzoekende({ uitkering: "WW" }), NA_WET).uwvInTransitie).toBeNull();
  });

  it("in de transitieperiode bij 'beoordelen' zonder voorbije WW: de UWV-dienstverlening volgt de uitkering", () => {
    const open = (uitkering: "geen" | "WW") => r(werkende({ privateOndersteuning: "geen", dreigtWerkloos: "ja", uitkering }), TRANSITIE);
    expect(open("geen")).toMatchObject({ status: "beoordelen", reden: "open-beleidspunt", uwvInTransitie: { nietPubliek: "niet-beschikbaar" } });
    expect(open("geen").stappen.at(-1)).toMatchObject({ regel: "triage/transitie-uwv-eigen-clienten", uitkomst: "niet-beschikbaar" });
    expect(open("WW")).toMatchObject({ status: "beoordelen", reden: "werkende-met-uitkering", uwvInTransitie: { nietPubliek: "beschikbaar" } });
  });

  it("in de transitieperiode met een voorbereide overdracht blijft de UWV-dienstverlening beschikbaar", () => {
    const x = r(werkzoekende({ uitkering: "WW", wwEinddatum: "2025-07-01" as Peildatum }), TRANSITIE);
    expect(x).toMatchObject({ status: "bepaald", voorbereideOverdracht: { wwEinddatum: "2025-07-01" }, uwvInTransitie: { nietPubliek: "beschikbaar" } });
  });

  it("werkgevers uit AM01 na de wet en AM03 vóór de wet door elkaar: elk de eigen naam", () => {
    for (let i = 0; i < 2; i++) {
      expect(r(werkgever({ regios: ["AM01"] }), NA_WET).arrangeur?.organisatie).toBe("Werkcentrum Groningen werkgeversdienstverlening");
      expect(r(werkgever({ regios: ["AM03"] }), VOOR_WET).arrangeur?.organisatie).toBe(`WerkgeversServicepunt ${regionaam("AM03")}`);
    }
  });

  it("een WW die al voorbij is: beoordelen tussen UWV en gemeente; in de transitieperiode is de UWV-dienstverlening dan onbekend", () => {
    const x = r(werkzoekende({ uitkering: "WW", wwEinddatum: "2025-05-31" as Peildatum }), TRANSITIE);
    expect(x).toMatchObject({ status: "beoordelen", reden: "ww-beeindigd", nagaan: ["uitkering", "wwEinddatum"], uwvInTransitie: { nietPubliek: "onbekend" } });
    expect(x.kandidaten.map((a) => a.soort)).toEqual(["UWV", "gemeente"]);
    expect(x.stappen.map((s) => [s.regel, s.uitkomst])).toEqual([
      ["triage/uwv-uitkeringsgerechtigden", "UWV"],
      ["triage/max-ww-overdracht", "beoordelen"],
      ["triage/werkcentrum-bij-onduidelijkheid", "gids-triage"],
      ["triage/transitie-uwv-eigen-clienten", "onbekend"],
    ]);
  });

  it("de WW eindigt binnen het venster: overdracht voorbereid, met een eigen stap; een WW-einddatum zonder WW is een fout (zoals bij parseHulpvraag)", () => {
    const x = r(werkzoekende({ uitkering: "WW", wwEinddatum: "2026-10-01" as Peildatum }));
    expect(x.voorbereideOverdracht).toStrictEqual({ naar: { soort: "gemeente", organisatie: "gemeente Zaanstad" }, wwEinddatum: "2026-10-01", vensterTot: "2026-12-01", vensterMaanden: 3, regel: "triage/max-ww-overdracht" });
    expect(x.stappen[1]).toStrictEqual({ regel: "triage/max-ww-overdracht", bron: expect.anything(), uitkomst: "overdracht-voorbereiden", gegevens: { wwEinddatum: "2026-10-01", vensterTot: "2026-12-01", vensterMaanden: 3 } });
    for (const uitkering of ["WIA/WGA", "bijstand"] as const) {
      expect(fout(() => r(werkzoekende({ uitkering, wwEinddatum: "2026-01-01" as Peildatum })))).toMatchObject({
        code: "inconsistent",
        path: ["hulpvraag", "wwEinddatum"],
        message: expect.stringContaining('hoort alleen bij uitkering "WW"'),
      });
    }
  });
});

describe("beslissleutel: waarden buiten het model (alleen zonder typecontrole) en de indexgrenzen", () => {
  it("een fout noemt het veld in de hulpvraag", () => {
    expect(fout(() => uitkeringNr("pensioen" as never))).toMatchObject({ code: "ongeldige-waarde", path: ["hulpvraag", "uitkering"] });
    expect(fout(() => werkgebiedVan("AM22" as never))).toMatchObject({ path: ["hulpvraag", "regios"] });
    expect(fout(() => privaatNr("misschien" as never))).toMatchObject({ path: ["hulpvraag", "privateOndersteuning"] });
    expect(fout(() => sleutelIndex(werkende({ arbeidsbeperking: "soms" as never })))).toMatchObject({ path: ["hulpvraag", "arbeidsbeperking"] });
    expect(fout(() => sleutelIndex(werkende({ dreigtWerkloos: "soms" as never })))).toMatchObject({ path: ["hulpvraag", "dreigtWerkloos"] });
    expect(fout(() => routeer(werkende({ arbeidsbeperking: "soms" as never }), { peildatum: NA_WET }))).toMatchObject({ path: ["hulpvraag", "arbeidsbeperking"] });
    const werk = { vrager: "werkende", uitkering: "geen", arbeidsbeperking: "nee", privaat: "ja", dreiging: "nee" } as const;
    expect(fout(() => indexVanSleutel({ ...werk, arbeidsbeperking: "x" as never }))).toMatchObject({ path: ["hulpvraag", "arbeidsbeperking"] });
    expect(fout(() => indexVanSleutel({ ...werk, privaat: "x" as never }))).toMatchObject({ path: ["hulpvraag", "privaat"] });
    expect(fout(() => indexVanSleutel({ ...werk, dreiging: "x" as never }))).toMatchObject({ path: ["hulpvraag", "dreiging"] });
    expect(jaNeeNr(undefined, "x")).toBe(2);
  });

  it("private ondersteuning: een lege lijst is 'nee', een gevulde 'ja', geen of onbekend zoals opgegeven", () => {
    expect([privaatNr(["cao"]), privaatNr([]), privaatNr("geen"), privaatNr("onbekend"), privaatNr(undefined)]).toEqual([0, 1, 1, 2, 2]);
  });

  it("sleutelVanIndex: 0 tot en met 170; daarbuiten of geen geheel getal een RangeError", () => {
    expect(sleutelVanIndex(0)).toStrictEqual({ vrager: "werkgever", werkgebied: "een-regio" });
    expect(sleutelVanIndex(170)).toStrictEqual({ vrager: "werkende", uitkering: "onbekend", arbeidsbeperking: "onbekend", privaat: "onbekend", dreiging: "onbekend" });
    for (const i of [-1, 171, 1.5, Number.NaN]) expect(() => sleutelVanIndex(i)).toThrow(new RangeError(`sleutelindex ${i} bestaat niet`));
  });
});

describe("Werkplan: alleen de velden die er zijn", () => {
  const h = werkzoekende({ uitkering: "WW" });

  it("zonder id, diagnose of voorbereide overdracht ontbreken die velden (niet undefined of null)", () => {
    const s = maakWerkplan(h, { peildatum: NA_WET });
    expect(s.status).toBe("bepaald");
    if (s.status !== "bepaald") return;
    expect(Object.keys(s.werkplan).sort()).toEqual(["activiteiten", "arrangeur", "historie", "intake", "persoon"]);
    expect(s.werkplan.activiteiten).toEqual([]);
    expect(s.werkplan.historie[0]).toMatchObject({ datum: NA_WET, soort: "intake", status: "bepaald", inkomenssituatie: { vrager: "werkzoekende", uitkering: "WW" } });
  });

  it("met id, diagnose, activiteiten en een voorbereide overdracht", () => {
    const act = [{ id: "a1", omschrijving: "Sollicitatietraining", aanbieder: "UWV", status: "gepland" as const }];
    const s = maakWerkplan({ ...h, wwEinddatum: "2026-10-01" as Peildatum }, { peildatum: NA_WET, id: "plan-1", ondersteuningsbehoefte: "Omscholing", activiteiten: act });
    if (s.status !== "bepaald") throw new Error("verwacht bepaald");
    expect(s.werkplan).toMatchObject({ id: "plan-1", diagnose: { datum: NA_WET, ondersteuningsbehoefte: "Omscholing" }, activiteiten: act, voorbereideOverdracht: { wwEinddatum: "2026-10-01" } });
  });

  it("de inkomenssituatie noemt een WW-einddatum alleen bij WW", () => {
    expect(inkomenssituatieVan(werkzoekende({ uitkering: "WW", wwEinddatum: "2026-10-01" as Peildatum }))).toStrictEqual({ vrager: "werkzoekende", uitkering: "WW", wwEinddatum: "2026-10-01" });
    expect(inkomenssituatieVan(werkzoekende({ uitkering: "bijstand", wwEinddatum: "2026-10-01" as Peildatum }))).toStrictEqual({ vrager: "werkzoekende", uitkering: "bijstand" });
    expect(inkomenssituatieVan(werkzoekende({ uitkering: "WW" }))).toStrictEqual({ vrager: "werkzoekende", uitkering: "WW" });
  });
});

describe("Werkplan: een andere inkomenssituatie", () => {
  const start = maakWerkplan(werkzoekende({ uitkering: "WW" }), { peildatum: "2026-02-02" });
  if (start.status !== "bepaald") throw new Error("verwacht bepaald");
  const plan = start.werkplan;

  it("op de dag van de intake mag; een dag ervoor niet (fout op de peildatum)", () => {
    expect(wijzigInkomenssituatie(plan, { vrager: "werkzoekende", uitkering: "bijstand" }, { peildatum: "2026-02-02" }).arrangeur.soort).toBe("gemeente");
    const f = fout(() => wijzigInkomenssituatie(plan, { vrager: "werkzoekende", uitkering: "bijstand" }, { peildatum: "2026-02-01" }));
    expect(f).toMatchObject({ code: "te-klein", path: ["opties", "peildatum"] });
    expect(f.message).toContain("2026-02-01");
    expect(f.message).toContain("2026-02-02");
  });

  it("herkomst alleen als opgegeven; een WW-einddatum alleen bij WW", () => {
    expect(() => wijzigInkomenssituatie(plan, { vrager: "werkzoekende", uitkering: "bijstand", wwEinddatum: "2026-10-01" as Peildatum }, { peildatum: "2026-03-01" })).toThrow(/hoort alleen bij uitkering "WW"/);
    const zonder = wijzigInkomenssituatie(plan, { vrager: "werkzoekende", uitkering: "bijstand" }, { peildatum: "2026-03-01" });
    expect("herkomst" in zonder.historie[1]!).toBe(false);
    expect(zonder.persoon).not.toHaveProperty("wwEinddatum");
    const met = wijzigInkomenssituatie(plan, { vrager: "werkzoekende", uitkering: "WW", wwEinddatum: "2026-10-01" as Peildatum, herkomst: "melding UWV" }, { peildatum: "2026-03-01" });
    expect(met.historie[1]).toMatchObject({ herkomst: "melding UWV" });
    expect(met.persoon).toMatchObject({ uitkering: "WW", wwEinddatum: "2026-10-01" });
  });

  it("naar WW zonder einddatum: geen veld wwEinddatum", () => {
    const w = wijzigInkomenssituatie(plan, { vrager: "werkzoekende", uitkering: "WW" }, { peildatum: "2026-03-01" });
    expect(Object.keys(w.persoon)).not.toContain("wwEinddatum");
  });

  it("van werkzoekende naar werkende blijft het een werkende (met de gegevens van een werkende)", () => {
    const w = wijzigInkomenssituatie(plan, { vrager: "werkende", uitkering: "geen" }, { peildatum: "2026-03-01" });
    expect(w.persoon.vrager).toBe("werkende");
    const werk = maakWerkplan(werkende({ arbeidsbeperking: "ja", uitkering: "WIA/WGA", contract: "flex" }), { peildatum: "2026-02-02" });
    if (werk.status !== "bepaald") throw new Error("verwacht bepaald");
    const nog = wijzigInkomenssituatie(werk.werkplan, { vrager: "werkende", uitkering: "WW" }, { peildatum: "2026-03-01" });
    expect(nog.persoon).toMatchObject({ vrager: "werkende", contract: "flex" });
    const naarZoekend = wijzigInkomenssituatie(werk.werkplan, { vrager: "werkzoekende", uitkering: "WW" }, { peildatum: "2026-03-01" });
    expect(naarZoekend.persoon).not.toHaveProperty("contract");
  });
});
