import { describe, expect, it } from "vitest";
import { formatPad, OngeldigeInvoerFout } from "../result.js";
import type { Peildatum } from "../tijd/peildatum.js";
import { werkende, werkgever, werkzoekende } from "../../test/hulp/triage.js";
import type { Hulpvraag, Menukaart, TriageRegelId } from "./model.js";
import { zoekInstrumenten } from "./menukaart.js";
import { triageRegels } from "./regels.js";
import { routeer } from "./routeer.js";
import { maakWerkplan, wijzigInkomenssituatie } from "./werkplan.js";
import { uitlegRoutering } from "./uitleg.js";
import { vangFout } from "../../test/hulp/fout.js";

const P = "2026-09-01"; // na de (beoogde) inwerkingtreding
const TRANSITIE = "2025-06-01";
const d = (s: string) => s as Peildatum;

const regelsVan = (h: Hulpvraag, peildatum = P) => routeer(h, { peildatum }).stappen.map((s) => s.regel);

const KAART: Menukaart = {
  titel: "test",
  regio: "AM22",
  illustratief: true,
  instrumenten: [{ id: "a", naam: "A", aanbieder: "X", functionaliteiten: ["loopbaanadvies"], doelgroepen: [], regios: "landelijk" }],
};

/**
 * Per regel een geval waarin de regel beslist en een geval waarin niet. Voor de regels van de
 * routering: de regel staat wel/niet in de stappen. Voor Werkplan en menukaart: in de historie
 * of in de redenen.
 */
const gevallen: Record<TriageRegelId, { beslist: () => boolean; beslistNiet: () => boolean }> = {
  "triage/werkgever-landelijk": {
    beslist: () => regelsVan(werkgever({ regios: ["AM22", "AM21"] })).includes("triage/werkgever-landelijk"),
    beslistNiet: () => !regelsVan(werkgever()).includes("triage/werkgever-landelijk"),
  },
  "triage/werkgever-regionaal": {
    beslist: () => regelsVan(werkgever()).includes("triage/werkgever-regionaal"),
    beslistNiet: () => !regelsVan(werkgever({ regios: "landelijk" })).includes("triage/werkgever-regionaal"),
  },
  "triage/sbb-leerbedrijf": {
    beslist: () => regelsVan(werkgever({ leerbedrijfvraag: true })).includes("triage/sbb-leerbedrijf"),
    beslistNiet: () => !regelsVan(werkgever({ leerbedrijfvraag: false })).includes("triage/sbb-leerbedrijf"),
  },
  "triage/uwv-uitkeringsgerechtigden": {
    beslist: () => regelsVan(werkzoekende({ uitkering: "WW" })).includes("triage/uwv-uitkeringsgerechtigden"),
    beslistNiet: () => !regelsVan(werkzoekende({ uitkering: "bijstand" })).includes("triage/uwv-uitkeringsgerechtigden"),
  },
  "triage/gemeente-bijstand-of-geen-uitkering": {
    beslist: () => regelsVan(werkzoekende({ uitkering: "geen" })).includes("triage/gemeente-bijstand-of-geen-uitkering"),
    beslistNiet: () => !regelsVan(werkzoekende({ uitkering: "Wajong" })).includes("triage/gemeente-bijstand-of-geen-uitkering"),
  },
  "triage/uitkering-onbekend": {
    beslist: () => regelsVan(werkzoekende({ uitkering: "onbekend" })).includes("triage/uitkering-onbekend"),
    beslistNiet: () => !regelsVan(werkzoekende({ uitkering: "WW" })).includes("triage/uitkering-onbekend"),
  },
  "triage/werkende-arbeidsbeperking": {
    beslist: () => regelsVan(werkende({ arbeidsbeperking: "ja" })).includes("triage/werkende-arbeidsbeperking"),
    beslistNiet: () => !regelsVan(werkende({ arbeidsbeperking: "nee" })).includes("triage/werkende-arbeidsbeperking"),
  },
  "triage/werkende-met-uitkering": {
    beslist: () => regelsVan(werkende({ uitkering: "bijstand" })).includes("triage/werkende-met-uitkering"),
    beslistNiet: () => !regelsVan(werkende({ uitkering: "geen" })).includes("triage/werkende-met-uitkering"),
  },
  "triage/werkende-sociale-partners": {
    beslist: () => regelsVan(werkende()).includes("triage/werkende-sociale-partners"),
    beslistNiet: () => !regelsVan(werkende({ privateOndersteuning: "geen", dreigtWerkloos: "ja" })).includes("triage/werkende-sociale-partners"),
  },
  "triage/werkende-zonder-private-ondersteuning": {
    beslist: () => regelsVan(werkende({ privateOndersteuning: "geen", dreigtWerkloos: "ja" })).includes("triage/werkende-zonder-private-ondersteuning"),
    beslistNiet: () => !regelsVan(werkende({ privateOndersteuning: ["cao"], dreigtWerkloos: "ja" })).includes("triage/werkende-zonder-private-ondersteuning"),
  },
  "triage/publieke-dienstverlening-aanvullend": {
    beslist: () => regelsVan(werkende()).includes("triage/publieke-dienstverlening-aanvullend"),
    beslistNiet: () => !regelsVan(werkzoekende()).includes("triage/publieke-dienstverlening-aanvullend"),
  },
  "triage/onderwijs-scholing": {
    beslist: () => regelsVan(werkzoekende({ onderwerpen: ["scholing"] })).includes("triage/onderwijs-scholing"),
    beslistNiet: () => !regelsVan(werkzoekende({ onderwerpen: ["werk"] })).includes("triage/onderwijs-scholing"),
  },
  "triage/max-ww-overdracht": {
    beslist: () => regelsVan(werkzoekende({ uitkering: "WW", wwEinddatum: d("2026-10-01") })).includes("triage/max-ww-overdracht"),
    beslistNiet: () => !regelsVan(werkzoekende({ uitkering: "WW", wwEinddatum: d("2027-06-01") })).includes("triage/max-ww-overdracht"),
  },
  "triage/transitie-uwv-eigen-clienten": {
    beslist: () => regelsVan(werkzoekende(), TRANSITIE).includes("triage/transitie-uwv-eigen-clienten"),
    beslistNiet: () => !regelsVan(werkzoekende(), P).includes("triage/transitie-uwv-eigen-clienten"),
  },
  "triage/no-wrong-door": {
    beslist: () => regelsVan(werkzoekende()).includes("triage/no-wrong-door"),
    beslistNiet: () => !regelsVan(werkzoekende({ uitkering: "onbekend" })).includes("triage/no-wrong-door"),
  },
  "triage/werkcentrum-bij-onduidelijkheid": {
    beslist: () => regelsVan(werkzoekende({ uitkering: "onbekend" })).includes("triage/werkcentrum-bij-onduidelijkheid"),
    beslistNiet: () => !regelsVan(werkzoekende()).includes("triage/werkcentrum-bij-onduidelijkheid"),
  },
  "triage/doorstroompunt": {
    beslist: () => regelsVan(werkzoekende({ leeftijd: 20, schoolverlaterZonderStartkwalificatie: "ja" })).includes("triage/doorstroompunt"),
    beslistNiet: () => !regelsVan(werkzoekende({ leeftijd: 27, schoolverlaterZonderStartkwalificatie: "ja" })).includes("triage/doorstroompunt"),
  },
  "triage/win-punt": {
    beslist: () => regelsVan(werkende({ arbeidsmigrant: "ja" })).includes("triage/win-punt"),
    beslistNiet: () => !regelsVan(werkende({ arbeidsmigrant: "onbekend" })).includes("triage/win-punt"),
  },
  "triage/schuldhulpverlening": {
    beslist: () => regelsVan(werkzoekende({ onderwerpen: ["schulden"] })).includes("triage/schuldhulpverlening"),
    beslistNiet: () => !regelsVan(werkzoekende({ onderwerpen: ["werk"] })).includes("triage/schuldhulpverlening"),
  },
  "triage/informatiepunt-digitale-overheid": {
    beslist: () => regelsVan(werkzoekende({ onderwerpen: ["taal-digitaal"] })).includes("triage/informatiepunt-digitale-overheid"),
    beslistNiet: () => !regelsVan(werkzoekende({ onderwerpen: ["werk"] })).includes("triage/informatiepunt-digitale-overheid"),
  },
  "triage/zelfstandigen": {
    beslist: () => regelsVan(werkende({ onderwerpen: ["zelfstandig-ondernemen"] })).includes("triage/zelfstandigen"),
    beslistNiet: () => !regelsVan(werkende({ contract: "zzp", onderwerpen: ["loopbaan"] })).includes("triage/zelfstandigen"),
  },
  "triage/zorg-sociale-kaart": {
    beslist: () => regelsVan(werkende({ onderwerpen: ["zorg"] })).includes("triage/zorg-sociale-kaart"),
    beslistNiet: () => !regelsVan(werkende({ onderwerpen: ["werk"] })).includes("triage/zorg-sociale-kaart"),
  },
  "triage/buiten-domein": {
    beslist: () => regelsVan(werkgever({ onderwerpen: ["omgevingsvergunning"] })).includes("triage/buiten-domein"),
    beslistNiet: () => !regelsVan(werkgever({ onderwerpen: ["personeel"] })).includes("triage/buiten-domein"),
  },
  "triage/doorlopende-dienstverlening": {
    beslist: () => {
      const s = maakWerkplan(werkzoekende({ uitkering: "WW" }), { peildatum: "2026-02-01" });
      if (s.status !== "bepaald") return false;
      return wijzigInkomenssituatie(s.werkplan, { vrager: "werkzoekende", uitkering: "bijstand" }, { peildatum: P }).historie.at(-1)!.regels.includes("triage/doorlopende-dienstverlening");
    },
    beslistNiet: () => {
      const s = maakWerkplan(werkzoekende({ uitkering: "WW" }), { peildatum: "2026-02-01" });
      return s.status === "bepaald" && !s.werkplan.historie[0]!.regels.includes("triage/doorlopende-dienstverlening");
    },
  },
  "triage/warme-overdracht-arrangeur": {
    beslist: () => {
      const s = maakWerkplan(werkzoekende({ uitkering: "WW" }), { peildatum: "2026-02-01" });
      if (s.status !== "bepaald") return false;
      return wijzigInkomenssituatie(s.werkplan, { vrager: "werkzoekende", uitkering: "bijstand" }, { peildatum: P }).historie.at(-1)!.overdracht?.regel === "triage/warme-overdracht-arrangeur";
    },
    beslistNiet: () => {
      const s = maakWerkplan(werkzoekende({ uitkering: "WW" }), { peildatum: "2026-02-01" });
      if (s.status !== "bepaald") return false;
      return wijzigInkomenssituatie(s.werkplan, { vrager: "werkzoekende", uitkering: "WIA/WGA" }, { peildatum: P }).historie.at(-1)!.overdracht === undefined;
    },
  },
  "triage/ondersteuningsbehoefte-centraal": {
    beslist: () => zoekInstrumenten(KAART, werkende({ onderwerpen: ["loopbaan"] }))[0]?.redenen.some((r) => r.soort === "functionaliteit" && r.regel === "triage/ondersteuningsbehoefte-centraal") === true,
    beslistNiet: () => zoekInstrumenten(KAART, werkende({ onderwerpen: ["kinderopvang"] })).length === 0,
  },
};

describe("triage: elke regel beslist ergens wel en ergens niet", () => {
  it("elke triageregel uit de catalogus heeft beide gevallen", () => {
    expect(Object.keys(gevallen).sort()).toEqual(triageRegels.map((r) => r.id).sort());
  });
  for (const [id, g] of Object.entries(gevallen)) {
    it(`${id}: beslist`, () => expect(g.beslist()).toBe(true));
    it(`${id}: beslist niet`, () => expect(g.beslistNiet()).toBe(true));
  }
});

describe("routeer: de verantwoordelijkheidsverdeling", () => {
  it("werkzoekenden: WW, WIA en Wajong naar UWV; bijstand en geen naar de woongemeente; onbekend beoordelen", () => {
    for (const u of ["WW", "WIA/WGA", "Wajong"] as const) expect(routeer(werkzoekende({ uitkering: u }), { peildatum: P }).arrangeur).toEqual({ soort: "UWV", organisatie: "UWV" });
    for (const u of ["bijstand", "geen"] as const) expect(routeer(werkzoekende({ uitkering: u }), { peildatum: P }).arrangeur).toEqual({ soort: "gemeente", organisatie: "gemeente Zaanstad" });
    const o = routeer(werkzoekende({ uitkering: "onbekend" }), { peildatum: P });
    expect(o).toMatchObject({ status: "beoordelen", arrangeur: null, reden: "uitkering-onbekend", nagaan: ["uitkering"] });
    expect(o.kandidaten).toEqual([
      { soort: "UWV", organisatie: "UWV" },
      { soort: "gemeente", organisatie: "gemeente Zaanstad" },
    ]);
  });

  it("zonder woongemeente: soort gemeente, organisatie onbekend (geen gok)", () => {
    const { woongemeente: _w, ...zonder } = werkzoekende();
    expect(routeer(zonder, { peildatum: P }).arrangeur).toEqual({ soort: "gemeente", organisatie: null });
  });

  it("werkenden met arbeidsbeperking: UWV bij WIA/Wajong/WW, gemeente bij bijstand of geen, anders beoordelen", () => {
    expect(routeer(werkende({ arbeidsbeperking: "ja", uitkering: "WW" }), { peildatum: P }).arrangeur?.soort).toBe("UWV");
    expect(routeer(werkende({ arbeidsbeperking: "ja", uitkering: "bijstand" }), { peildatum: P }).arrangeur?.soort).toBe("gemeente");
    expect(routeer(werkende({ arbeidsbeperking: "onbekend", uitkering: "Wajong" }), { peildatum: P }).arrangeur?.soort).toBe("UWV");
    expect(routeer(werkende({ arbeidsbeperking: "ja", uitkering: "onbekend" }), { peildatum: P })).toMatchObject({ status: "beoordelen", reden: "uitkering-onbekend" });
    const { arbeidsbeperking: _a, ...onbekend } = werkende();
    const r = routeer(onbekend, { peildatum: P });
    expect(r).toMatchObject({ status: "beoordelen", reden: "arbeidsbeperking-onbekend", nagaan: ["arbeidsbeperking"] });
    expect(r.kandidaten.map((k) => k.soort)).toEqual(["gemeente", "sociale-partners"]);
  });

  it("werkenden zonder private ondersteuning (de 'beperkte groep' van KB2022, ook als ze niet werkloos dreigen): beoordelen (open beleidspunt), met citaat", () => {
    const r = routeer(werkende({ contract: "zzp", privateOndersteuning: "geen", dreigtWerkloos: "ja" }), { peildatum: P });
    expect(r).toMatchObject({ status: "beoordelen", reden: "open-beleidspunt", nagaan: [] });
    expect(r.kandidaten.map((k) => k.soort)).toEqual(["sociale-partners", "UWV", "gemeente"]);
    expect(r.stappen[0]!.bron).toMatchObject({ bron: "KB2022", plaats: "'Verantwoordelijkheidsverdeling'" });
    expect(routeer(werkende({ privateOndersteuning: "onbekend", dreigtWerkloos: "ja" }), { peildatum: P })).toMatchObject({ reden: "private-ondersteuning-onbekend", nagaan: ["privateOndersteuning"] });
    for (const dreigtWerkloos of ["ja", "nee", "onbekend"] as const) {
      expect(routeer(werkende({ privateOndersteuning: "geen", dreigtWerkloos }), { peildatum: P }).reden, dreigtWerkloos).toBe("open-beleidspunt");
      expect(routeer(werkende({ privateOndersteuning: [], dreigtWerkloos }), { peildatum: P }).reden, dreigtWerkloos).toBe("open-beleidspunt");
    }
    // Met private ondersteuning: de sociale partners.
    expect(routeer(werkende({ privateOndersteuning: ["O&O-fonds"], dreigtWerkloos: "ja" }), { peildatum: P }).arrangeur?.soort).toBe("sociale-partners");
    // Onbekend of er private ondersteuning is: dan is ook onbekend of de werkende tot de 'beperkte groep' hoort.
    for (const dreigtWerkloos of ["ja", "nee", "onbekend"] as const) {
      expect(routeer(werkende({ privateOndersteuning: "onbekend", dreigtWerkloos }), { peildatum: P }), dreigtWerkloos).toMatchObject({
        status: "beoordelen",
        reden: "private-ondersteuning-onbekend",
        nagaan: ["privateOndersteuning"],
      });
    }
  });

  it("werkgevers: regionaal tot de wet via het WSP, daarna via het Werkcentrum; meer regio's: Landelijk WSP; onbekend: beoordelen", () => {
    expect(routeer(werkgever(), { peildatum: "2025-10-01" }).arrangeur).toEqual({ soort: "werkgeversdienstverlening", organisatie: "WerkgeversServicepunt Rijnmond" });
    expect(routeer(werkgever(), { peildatum: P }).arrangeur?.organisatie).toBe("Werkcentrum Rijnmond werkgeversdienstverlening");
    // De fase volgt de ingestelde inwerkingtreding; vóór de wet maar vanaf 1 juli 2026 gelden twee lezingen (HRT §5.3).
    expect(routeer(werkgever(), { peildatum: "2026-06-30", instellingen: { inwerkingtreding: "2027-01-01" } }).arrangeur?.organisatie).toBe("WerkgeversServicepunt Rijnmond");
    expect(routeer(werkgever(), { peildatum: P, instellingen: { inwerkingtreding: "2027-01-01" } }).arrangeur?.organisatie).toBe("WerkgeversServicepunt Rijnmond (via Werkcentrum Rijnmond)");
    expect(routeer(werkgever({ regios: ["AM22", "AM22"] }), { peildatum: P }).arrangeur?.soort).toBe("werkgeversdienstverlening");
    expect(routeer(werkgever({ regios: ["AM22", "AM30"] }), { peildatum: P }).arrangeur).toEqual({ soort: "landelijk-werkgeversservicepunt", organisatie: "Landelijk WerkgeversServicepunt UWV en Landelijk WerkgeversServicepunt Gemeenten" });
    // Zonder regios, met de regio van de vestiging: de algemene regel (één regio), en de stap zegt waar het werkgebied vandaan komt.
    const { regios: _r, regio: _g, ...zonderRegio } = werkgever();
    const v = routeer({ ...zonderRegio, regio: "AM30" }, { peildatum: P });
    expect(v).toMatchObject({ status: "bepaald", regio: "AM30", arrangeur: { soort: "werkgeversdienstverlening", organisatie: "Werkcentrum Zuid-Limburg werkgeversdienstverlening" }, nagaan: [] });
    expect(v.stappen[0]).toMatchObject({ regel: "triage/werkgever-regionaal", uitkomst: "werkgeversdienstverlening", gegevens: { vrager: "werkgever", werkgebied: "een-regio", werkgebiedUit: "regio" } });
    expect(uitlegRoutering(v).stappen[0]!.tekst).toMatch(/^Het werkgebied is niet opgegeven; de arbeidsmarktregio van de vestiging geldt: .* Landelijk WerkgeversServicepunt/);
    // Met regios gaat regios voor, ook als de vestiging in een van de regio's ligt; de stap noemt dan geen werkgebiedUit.
    expect(routeer(werkgever({ regios: ["AM22", "AM30"] }), { peildatum: P }).arrangeur?.soort).toBe("landelijk-werkgeversservicepunt");
    expect(routeer(werkgever(), { peildatum: P }).stappen[0]!.gegevens).toEqual({ vrager: "werkgever", werkgebied: "een-regio" });
    expect(() => routeer({ ...zonderRegio, regio: "AM99" as "AM22" }, { peildatum: P })).toThrow(/^hulpvraag\.regio: verwacht een CBS-code/);
    expect(() => routeer({ ...zonderRegio, regio: "AM99" as "AM22", deur: { soort: "werkcentrum", regio: "AM22" } }, { peildatum: P })).toThrow(/^hulpvraag\.regio: verwacht een CBS-code/);
    // Zonder regios én zonder regio (of met een lege lijst): beoordelen.
    const o = routeer(zonderRegio, { peildatum: P });
    expect(o).toMatchObject({ status: "beoordelen", reden: "werkgebied-onbekend", nagaan: ["regios"] });
    expect(o.kandidaten).toEqual([
      { soort: "werkgeversdienstverlening", organisatie: null },
      { soort: "landelijk-werkgeversservicepunt", organisatie: "Landelijk WerkgeversServicepunt UWV en Landelijk WerkgeversServicepunt Gemeenten" },
    ]);
    const leeg = routeer(werkgever({ regios: [], regio: "AM30" }), { peildatum: P });
    expect(leeg).toMatchObject({ status: "beoordelen", reden: "werkgebied-onbekend" });
    expect(leeg.kandidaten.map((k) => k.organisatie)).toEqual(["Werkcentrum Zuid-Limburg werkgeversdienstverlening", "Landelijk WerkgeversServicepunt UWV en Landelijk WerkgeversServicepunt Gemeenten"]);
  });

  it("werkgevers tussen 1 juli 2026 en een latere of onbekende inwerkingtreding: WSP én via het Werkcentrum, met beide bronnen (HRT §5.3)", () => {
    for (const inwerkingtreding of ["2027-01-01", "onbekend"] as const) {
      const x = routeer(werkgever(), { peildatum: P, instellingen: { inwerkingtreding } });
      expect(x).toMatchObject({ status: "bepaald", fase: "transitieperiode", arrangeur: { soort: "werkgeversdienstverlening", organisatie: "WerkgeversServicepunt Rijnmond (via Werkcentrum Rijnmond)" } });
      const kanaal = x.stappen.find((s) => s.regel === "triage/werkgever-regionaal" && s.uitkomst.startsWith("via-"));
      expect(kanaal).toMatchObject({ uitkomst: "via-werkgeversservicepunt-en-werkcentrum", bron: { bron: "HRT", plaats: "§5.3 'Communicatie'" }, gegevens: { werkcentrumVanaf: "2026-07-01" } });
      expect(uitlegRoutering(x).stappen.map((s) => s.tekst).join(" ")).toMatch(/Twee lezingen.*WerkgeversServicepunt.*in ieder geval vanaf" 2026-07-01/);
    }
    // De datum uit de handreiking is een parameter: overschreven schuift het venster mee.
    const later = { inwerkingtreding: "2027-01-01", parameters: { "werkcentrum.werkgeversdienstverlening-vanaf": { waarde: "2026-10-01" } } } as const;
    expect(routeer(werkgever(), { peildatum: P, instellingen: later }).arrangeur?.organisatie).toBe("WerkgeversServicepunt Rijnmond");
    expect(routeer(werkgever(), { peildatum: "2026-10-01", instellingen: later }).stappen.map((s) => s.uitkomst)).toContain("via-werkgeversservicepunt-en-werkcentrum");
    // Ook als kandidaat (werkgebied onbekend) en vóór 1 juli 2026 ongewijzigd.
    expect(routeer(werkgever({ regios: [], regio: "AM30" }), { peildatum: P, instellingen: { inwerkingtreding: "onbekend" } }).kandidaten[0]?.organisatie).toBe(
      "WerkgeversServicepunt Zuid-Limburg (via Werkcentrum Zuid-Limburg)",
    );
    const { regios: _r, ...vestiging } = werkgever({ regio: "AM30" });
    expect(routeer(vestiging, { peildatum: P, instellingen: { inwerkingtreding: "onbekend" } }).arrangeur?.organisatie).toBe("WerkgeversServicepunt Zuid-Limburg (via Werkcentrum Zuid-Limburg)");
    expect(routeer(werkgever(), { peildatum: "2026-06-30", instellingen: { inwerkingtreding: "onbekend" } }).stappen.map((s) => s.uitkomst)).toContain("via-werkgeversservicepunt");
  });

  it("een gemeente als deur is alleen zelf de arrangeur als het de woongemeente is; anders warme overdracht (HRT §3.2)", () => {
    const vraag = (naam?: string) =>
      ({ vrager: "werkzoekende", uitkering: "bijstand", woongemeente: "Heerlen", regio: "AM30", onderwerpen: ["werk"], deur: { soort: "partner", partner: "gemeente", ...(naam !== undefined && { naam }) } }) as const;
    const ander = routeer(vraag("gemeente Maastricht"), { peildatum: P });
    expect(ander.overdracht.soort).toBe("partner-naar-arrangeur");
    expect(uitlegRoutering(ander).stappen.map((s) => s.tekst).join(" ") + uitlegRoutering(ander).overdracht).not.toMatch(/zelf \(onderdeel van\) de arrangeur/);
    for (const naam of ["gemeente Heerlen", "Heerlen", "GEMEENTE  heerlen", undefined]) expect(routeer(vraag(naam), { peildatum: P }).overdracht.soort).toBe("zelf");
    expect(routeer({ ...vraag("Súdwest-Fryslân"), woongemeente: "Sudwest Fryslan" }, { peildatum: P }).overdracht.soort).toBe("zelf");
    expect(routeer({ ...vraag("'s-Hertogenbosch"), woongemeente: "s Hertogenbosch" }, { peildatum: P }).overdracht.soort).toBe("zelf");
    // Zonder woongemeente valt er niets te vergelijken: de gemeente van de deur is de arrangeur.
    const { woongemeente: _w, ...zonderWoongemeente } = vraag("gemeente Maastricht");
    expect(routeer(zonderWoongemeente, { peildatum: P }).overdracht.soort).toBe("zelf");
    // Ook bij namen van meer dan acht letters (de naam zelf wordt niet ingekort).
    expect(routeer({ ...vraag("Gemeente Sittard-Geleen"), woongemeente: "Sittard-Geleen" }, { peildatum: P }).overdracht.soort).toBe("zelf");
    expect(routeer({ ...vraag("Sittard-Geleen"), woongemeente: "gemeente Sittard-Geleen" }, { peildatum: P }).overdracht.soort).toBe("zelf");
    // Alleen "gemeente" vooraan valt weg: "Noordgemeente Heerlen" is een andere naam.
    expect(routeer(vraag("Noordgemeente Heerlen"), { peildatum: P }).overdracht.soort).toBe("partner-naar-arrangeur");
  });
});

describe("routeer: max-WW, transitie, overdracht", () => {
  const ww = (eind: string) => werkzoekende({ uitkering: "WW", wwEinddatum: d(eind) });

  it("max-WW: binnen het venster (standaard 3 maanden, grenzen inclusief) wordt de overdracht naar de gemeente voorbereid; UWV blijft arrangeur", () => {
    const r = routeer(ww("2026-12-01"), { peildatum: P });
    expect(r.arrangeur?.soort).toBe("UWV");
    expect(r.voorbereideOverdracht).toEqual({
      naar: { soort: "gemeente", organisatie: "gemeente Zaanstad" },
      wwEinddatum: "2026-12-01",
      vensterTot: "2026-12-01",
      vensterMaanden: 3,
      regel: "triage/max-ww-overdracht",
    });
    expect(routeer(ww("2026-09-01"), { peildatum: P }).voorbereideOverdracht).not.toBeNull();
    expect(routeer(ww("2026-12-02"), { peildatum: P }).voorbereideOverdracht).toBeNull();
  });

  it("max-WW: het venster is instelbaar en rekent met de maandeinderegel", () => {
    expect(routeer(ww("2027-03-01"), { peildatum: P, instellingen: { wwEindeVensterMaanden: 6 } }).voorbereideOverdracht?.vensterTot).toBe("2027-03-01");
    expect(routeer(ww("2026-09-02"), { peildatum: P, instellingen: { wwEindeVensterMaanden: 0 } }).voorbereideOverdracht).toBeNull();
    expect(routeer(ww("2026-02-28"), { peildatum: "2025-11-30", instellingen: { wwEindeVensterMaanden: 3 } }).voorbereideOverdracht?.vensterTot).toBe("2026-02-28");
  });

  it("max-WW: een einddatum vóór de peildatum geeft beoordelen (geen gok over de huidige uitkering)", () => {
    const r = routeer(ww("2026-08-31"), { peildatum: P });
    expect(r).toMatchObject({ status: "beoordelen", reden: "ww-beeindigd", nagaan: ["uitkering", "wwEinddatum"] });
    expect(r.stappen.find((s) => s.regel === "triage/max-ww-overdracht")?.gegevens).toEqual({ wwEinddatum: "2026-08-31", peildatum: P });
  });

  it("transitieperiode: UWV's overige dienstverlening alleen voor eigen cliënten; ervoor en erna geen melding", () => {
    expect(routeer(werkzoekende({ uitkering: "WW" }), { peildatum: TRANSITIE }).uwvInTransitie?.nietPubliek).toBe("beschikbaar");
    expect(routeer(werkzoekende({ uitkering: "geen" }), { peildatum: TRANSITIE }).uwvInTransitie).toEqual({ publiek: "beschikbaar", nietPubliek: "niet-beschikbaar", regel: "triage/transitie-uwv-eigen-clienten" });
    expect(routeer(werkzoekende({ uitkering: "onbekend" }), { peildatum: TRANSITIE }).uwvInTransitie?.nietPubliek).toBe("onbekend");
    expect(routeer(werkzoekende(), { peildatum: "2024-12-31" }).uwvInTransitie).toBeNull();
    expect(routeer(werkzoekende(), { peildatum: P }).uwvInTransitie).toBeNull();
    expect(routeer(werkzoekende(), { peildatum: P, instellingen: { inwerkingtreding: "onbekend" } }).uwvInTransitie?.nietPubliek).toBe("niet-beschikbaar");
    expect(routeer(werkgever(), { peildatum: TRANSITIE }).uwvInTransitie).toBeNull();
  });

  it("warme overdracht: de gids bij het Werkcentrum, direct contact via een partner, zelf als de deur de arrangeur is", () => {
    expect(routeer(werkzoekende(), { peildatum: P }).overdracht).toEqual({ soort: "gids-naar-arrangeur", warm: true, werkcentrum: "Werkcentrum Zaanstreek/Waterland", regel: "triage/no-wrong-door" });
    expect(routeer(werkzoekende({ deur: { soort: "partner", partner: "UWV" } }), { peildatum: P }).overdracht.soort).toBe("partner-naar-arrangeur");
    expect(routeer(werkzoekende({ deur: { soort: "partner", partner: "gemeente" } }), { peildatum: P }).overdracht.soort).toBe("zelf");
    expect(routeer(werkende({ deur: { soort: "partner", partner: "sociale-partner", naam: "FNV" } }), { peildatum: P }).overdracht.soort).toBe("zelf");
    expect(routeer(werkgever({ deur: { soort: "partner", partner: "UWV" } }), { peildatum: P }).overdracht.soort).toBe("zelf");
    expect(routeer(werkzoekende({ uitkering: "onbekend", deur: { soort: "partner", partner: "UWV" } }), { peildatum: P }).overdracht.soort).toBe("partner-naar-werkcentrum");
    expect(routeer(werkzoekende({ uitkering: "onbekend", deur: { soort: "digitaal", regio: "AM22" } }), { peildatum: P }).overdracht).toMatchObject({ soort: "gids-triage", werkcentrum: "Werkcentrum Rijnmond" });
    const { regio: _r, woongemeente: _w, ...zonderRegio } = werkzoekende();
    expect(routeer(zonderRegio, { peildatum: P }).overdracht.werkcentrum).toBeNull();
  });

  it("verwijzingen: Doorstroompunt alleen voor jongeren tot 27; leeftijd onbekend is na te gaan", () => {
    const s = { schoolverlaterZonderStartkwalificatie: "ja" } as const;
    expect(routeer(werkzoekende({ ...s, leeftijd: 26 }), { peildatum: P }).verwijzingen).toEqual([{ soort: "doorstroompunt", status: "verwijzen", onderwerp: null, regel: "triage/doorstroompunt" }]);
    expect(routeer(werkzoekende({ ...s, leeftijd: 27 }), { peildatum: P }).verwijzingen).toEqual([]);
    expect(routeer(werkzoekende(s), { peildatum: P }).verwijzingen[0]?.status).toBe("nagaan");
  });

  it("verwijzingen: een jongere (jonger dan 27) van wie niet bekend is of hij zonder startkwalificatie van school gaat: Doorstroompunt nagaan (HRT §6.2)", () => {
    const nagaan = [{ soort: "doorstroompunt", status: "nagaan", onderwerp: null, regel: "triage/doorstroompunt" }];
    for (const school of [undefined, "onbekend"] as const) {
      const h = werkzoekende({ leeftijd: 19, ...(school === undefined ? {} : { schoolverlaterZonderStartkwalificatie: school }) });
      const r = routeer(h, { peildatum: P });
      expect(r.verwijzingen).toEqual(nagaan);
      const stap = r.stappen.find((x) => x.regel === "triage/doorstroompunt");
      expect(stap?.gegevens).toEqual({ schoolverlaterZonderStartkwalificatie: "onbekend", leeftijd: "jonger dan 27" });
      expect(uitlegRoutering(r).stappen.find((x) => x.regel === "triage/doorstroompunt")?.tekst).toMatch(/^Jongere \(jonger dan 27\): het Doorstroompunt ondersteunt jongeren tot 27 jaar .* Ga na of dat speelt\.$/);
      // Ook voor een werkende (het behoud van werk).
      expect(routeer(werkende({ leeftijd: 26, ...(school === undefined ? {} : { schoolverlaterZonderStartkwalificatie: school }) }), { peildatum: P }).verwijzingen).toEqual(nagaan);
    }
    // 27 of ouder, "nee", of geen leeftijd: geen verwijzing.
    expect(routeer(werkzoekende({ leeftijd: 27 }), { peildatum: P }).verwijzingen).toEqual([]);
    expect(routeer(werkzoekende({ leeftijd: 19, schoolverlaterZonderStartkwalificatie: "nee" }), { peildatum: P }).verwijzingen).toEqual([]);
    expect(routeer(werkzoekende(), { peildatum: P }).verwijzingen).toEqual([]);
    // Met een arbeidsmigrant: de volgorde blijft Doorstroompunt, dan WIN-punt.
    expect(routeer(werkzoekende({ leeftijd: 19, arbeidsmigrant: "ja" }), { peildatum: P }).verwijzingen.map((v) => `${v.soort}:${v.status}`)).toEqual(["doorstroompunt:nagaan", "win-punt:verwijzen"]);
  });

  it("verwijzingen en aanvullende partijen in vaste volgorde; arbeidsmarktvraag alleen bij werk, loopbaan, scholing, personeel of ondernemen", () => {
    const r = routeer(werkende({ arbeidsmigrant: "ja", onderwerpen: ["overig", "zorg", "schulden", "scholing", "kinderopvang", "omgevingsvergunning", "taal-digitaal", "zelfstandig-ondernemen"] }), { peildatum: P });
    expect(r.verwijzingen.map((v) => v.soort)).toEqual([
      "win-punt",
      "schuldhulpverlening",
      "informatiepunt-digitale-overheid",
      "bbz-zelfstandigenloket",
      "sociale-kaart",
      "gemeente",
      "gemeente",
      "juiste-instantie",
    ]);
    expect(r.aanvullend.map((a) => a.soort)).toEqual(["publieke-dienstverlening", "onderwijs"]);
    expect(r.arbeidsmarktvraag).toBe(true);
    expect(routeer(werkende({ onderwerpen: ["zorg"] }), { peildatum: P }).arbeidsmarktvraag).toBe(false);
  });

  it("gedeelde delen van het resultaat zijn bevroren; het resultaat zelf niet", () => {
    const r = routeer(werkzoekende(), { peildatum: P });
    expect(Object.isFrozen(r.stappen[0])).toBe(true);
    expect(Object.isFrozen(r.overdracht)).toBe(true);
    expect(Object.isFrozen(r.verwijzingen)).toBe(true);
    expect(() => (r.verwijzingen as unknown[]).push(1)).toThrow();
    expect(Object.isFrozen(r)).toBe(false);
  });
});

describe("routeer: ongeldige opties en waarden buiten het model", () => {
  it("gooit OngeldigeInvoerFout bij een ongeldige peildatum, inwerkingtreding of venster", () => {
    expect(() => routeer(werkzoekende(), { peildatum: "2026-02-30" })).toThrow(OngeldigeInvoerFout);
    expect(() => routeer(werkzoekende(), { peildatum: P, instellingen: { inwerkingtreding: "2020-01-01" } })).toThrow(OngeldigeInvoerFout);
    expect(() => routeer(werkzoekende(), { peildatum: P, instellingen: { wwEindeVensterMaanden: -1 } })).toThrow(/wwEindeVensterMaanden/);
    expect(() => routeer(werkzoekende(), null as never)).toThrow(OngeldigeInvoerFout);
  });

  it("gooit met het veld in de melding bij een waarde buiten het model (bijv. vanuit JavaScript)", () => {
    expect(() => routeer({ ...werkzoekende(), uitkering: "AOW" } as never, { peildatum: P })).toThrow(/hulpvraag\.uitkering.*parseHulpvraag/);
    expect(() => routeer({ ...werkzoekende(), vrager: "student" } as never, { peildatum: P })).toThrow(/hulpvraag\.vrager/);
    expect(() => routeer({ ...werkende(), dreigtWerkloos: true } as never, { peildatum: P })).toThrow(/hulpvraag\.dreigtWerkloos/);
  });

  it("geeft een fout met het veld in plaats van een TypeError of een stille uitkomst bij invoer buiten het model", () => {
    const { deur: _d, ...zonderDeur } = werkzoekende();
    const { onderwerpen: _o, ...zonderOnderwerpen } = werkzoekende();
    const gevallen: [unknown, string, readonly (string | number)[]][] = [
      [zonderDeur, "verplicht", ["hulpvraag", "deur"]],
      [{ ...werkzoekende(), deur: "werkcentrum" }, "ongeldige-waarde", ["hulpvraag", "deur"]],
      [{ ...werkzoekende(), deur: { soort: "balie" } }, "ongeldige-waarde", ["hulpvraag", "deur", "soort"]],
      [{ ...werkzoekende(), deur: { soort: "werkcentrum", regio: "AM04" } }, "ongeldige-waarde", ["hulpvraag", "deur", "regio"]],
      [zonderOnderwerpen, "verplicht", ["hulpvraag", "onderwerpen"]],
      [{ ...werkzoekende(), onderwerpen: [] }, "ongeldige-waarde", ["hulpvraag", "onderwerpen"]],
      [{ ...werkzoekende(), onderwerpen: "werk" }, "ongeldige-waarde", ["hulpvraag", "onderwerpen"]],
      [{ ...werkzoekende(), onderwerpen: ["werk", "wrk"] }, "ongeldige-waarde", ["hulpvraag", "onderwerpen", 1]],
      [{ ...werkzoekende(), regio: "AM04" }, "ongeldige-waarde", ["hulpvraag", "regio"]],
      [{ ...werkzoekende(), regio: "AM04", deur: { soort: "werkcentrum", regio: "AM17" } }, "ongeldige-waarde", ["hulpvraag", "regio"]],
      [{ ...werkgever(), regio: "AM04", regios: ["AM22"] }, "ongeldige-waarde", ["hulpvraag", "regio"]],
      [{ ...werkzoekende(), leeftijd: "20" }, "ongeldige-waarde", ["hulpvraag", "leeftijd"]],
      [{ ...werkzoekende(), leeftijd: -5 }, "ongeldige-waarde", ["hulpvraag", "leeftijd"]],
      [{ ...werkzoekende(), woongemeente: 363 }, "ongeldige-waarde", ["hulpvraag", "woongemeente"]],
      [{ ...werkzoekende(), schoolverlaterZonderStartkwalificatie: "yes" }, "ongeldige-waarde", ["hulpvraag", "schoolverlaterZonderStartkwalificatie"]],
      [{ ...werkzoekende(), arbeidsmigrant: true }, "ongeldige-waarde", ["hulpvraag", "arbeidsmigrant"]],
      [{ ...werkzoekende({ uitkering: "WW" }), wwEinddatum: "2025-02-30" }, "ongeldige-datum", ["hulpvraag", "wwEinddatum"]],
      [{ ...werkzoekende({ uitkering: "WW" }), wwEinddatum: "abc" }, "ongeldig-formaat", ["hulpvraag", "wwEinddatum"]],
      [{ ...werkzoekende({ uitkering: "bijstand" }), wwEinddatum: "2026-10-01" }, "inconsistent", ["hulpvraag", "wwEinddatum"]],
      [{ ...werkgever(), regios: ["AM22", "AM04"] }, "ongeldige-waarde", ["hulpvraag", "regios", 1]],
      // Ook bij één regio noemt de fout het veld regios (niet regio), en ook naast een geldige regio.
      [{ ...werkgever(), regios: ["AM04"] }, "ongeldige-waarde", ["hulpvraag", "regios", 0]],
      [{ ...werkgever(), regios: ["AM04", "AM04"] }, "ongeldige-waarde", ["hulpvraag", "regios", 0]],
      [{ ...werkgever(), regio: "AM22", regios: ["AM04"] }, "ongeldige-waarde", ["hulpvraag", "regios", 0]],
      [{ ...werkzoekende(), deur: null }, "ongeldige-waarde", ["hulpvraag", "deur"]],
      [{ ...werkzoekende(), leeftijd: 131 }, "ongeldige-waarde", ["hulpvraag", "leeftijd"]],
    ];
    for (const [h, code, path] of gevallen) {
      const f = vangFout(() => routeer(h as never, { peildatum: P }));
      expect([f.code, f.path], JSON.stringify(h)).toEqual([code, path]);
      expect(f.message.startsWith(`${formatPad(path)}: `), f.message).toBe(true);
    }
    // De meldingen noemen het veld, wat er mis is en wat verwacht werd.
    const melding = (h: unknown) => vangFout(() => routeer(h as never, { peildatum: P })).message;
    const lees = "; lees onbetrouwbare invoer met parseHulpvraag";
    expect(melding(zonderDeur)).toBe(`hulpvraag.deur: ontbreekt; verwacht { soort: "werkcentrum" | "digitaal", regio? } of { soort: "partner", partner, naam? }${lees}`);
    expect(melding({ ...werkzoekende(), deur: null })).toBe(`hulpvraag.deur: verwacht { soort: "werkcentrum" | "digitaal", regio? } of { soort: "partner", partner, naam? }, ontvangen null${lees}`);
    expect(melding({ ...werkzoekende(), deur: { soort: "balie" } })).toBe(`hulpvraag.deur.soort: verwacht "werkcentrum", "digitaal" of "partner", ontvangen de tekst "balie"${lees}`);
    expect(melding({ ...werkzoekende(), onderwerpen: [] })).toBe(`hulpvraag.onderwerpen: verwacht een lijst met minstens één onderwerp, ontvangen een lijst${lees}`);
    expect(melding({ ...werkzoekende(), onderwerpen: ["wrk"] })).toBe(`hulpvraag.onderwerpen[0]: verwacht een onderwerp zoals werk, loopbaan, scholing, personeel of schulden, ontvangen de tekst "wrk"${lees}`);
    expect(melding({ ...werkzoekende(), leeftijd: -5 })).toBe(`hulpvraag.leeftijd: verwacht een geheel getal van 0 tot en met 130, ontvangen het getal -5${lees}`);
    expect(melding({ ...werkzoekende(), schoolverlaterZonderStartkwalificatie: "yes" })).toBe(`hulpvraag.schoolverlaterZonderStartkwalificatie: verwacht ja, nee of onbekend, ontvangen de tekst "yes"${lees}`);
    expect(melding({ ...werkzoekende(), arbeidsmigrant: true })).toBe(`hulpvraag.arbeidsmigrant: verwacht ja, nee of onbekend, ontvangen de waarde true${lees}`);
    expect(melding({ ...werkzoekende(), woongemeente: 363 })).toBe(`hulpvraag.woongemeente: verwacht een tekst (naam of CBS-code), ontvangen het getal 363${lees}`);
    expect(melding({ ...werkzoekende(), regio: "AM04" })).toBe(`hulpvraag.regio: verwacht een CBS-code van een arbeidsmarktregio (AM01…AM38), ontvangen de tekst "AM04"${lees}`);
    expect(melding({ ...werkzoekende(), uitkering: "AOW" })).toBe(`hulpvraag.uitkering: verwacht een van "WW", "WIA/WGA", "Wajong", "bijstand", "geen", "onbekend", ontvangen de tekst "AOW"${lees}`);
    expect(melding({ ...werkgever(), regios: 5 })).toBe(`hulpvraag.regios: verwacht een lijst van regiocodes of "landelijk", ontvangen het getal 5${lees}`);
    expect(melding({ ...werkende(), privateOndersteuning: 5 })).toBe(`hulpvraag.privateOndersteuning: verwacht een lijst (cao, O&O-fonds, sociaal-plan, werkgever), "geen" of "onbekend", ontvangen het getal 5${lees}`);
    expect(melding({ ...werkzoekende(), vrager: "student" })).toBe(`hulpvraag.vrager: verwacht "werkzoekende", "werkende" of "werkgever", ontvangen de tekst "student"${lees}`);
    // Waarden die JSON niet kent (BigInt, Symbol): ook dan een melding, geen TypeError.
    expect(melding({ ...werkzoekende(), leeftijd: 10n })).toBe(`hulpvraag.leeftijd: verwacht een geheel getal van 0 tot en met 130, ontvangen bigint${lees}`);
    expect(melding({ ...werkzoekende(), onderwerpen: ["werk", Symbol("x")] })).toBe(`hulpvraag.onderwerpen[1]: verwacht een onderwerp zoals werk, loopbaan, scholing, personeel of schulden, ontvangen symbol${lees}`);
    expect(melding({ ...werkzoekende(), arbeidsbeperking: 5n, vrager: "werkende" })).toMatch(/^hulpvraag\.arbeidsbeperking: verwacht ja, nee of onbekend, ontvangen bigint;/);
    // Een werkgever: elke code in regios wordt nagelopen; "landelijk" is geen lijst van codes.
    expect(routeer({ ...werkgever(), regios: ["AM22", "AM22"] }, { peildatum: P }).status).toBe("bepaald");
    expect(routeer({ ...werkgever(), regios: "landelijk" }, { peildatum: P }).arrangeur?.soort).toBe("landelijk-werkgeversservicepunt");
    expect(routeer({ ...werkzoekende(), leeftijd: 130 }, { peildatum: P }).status).toBe("bepaald");
    // Een geldige WW-einddatum wordt onthouden; een tweede aanroep geeft hetzelfde.
    const ww = { ...werkzoekende({ uitkering: "WW" }), wwEinddatum: "2026-10-01" } as never;
    expect(routeer(ww, { peildatum: P })).toEqual(routeer(ww, { peildatum: P }));
  });

  it("een tweede aanroep met dezelfde opties geeft hetzelfde; andere instellingen worden opnieuw gelezen", () => {
    const a = routeer(werkgever(), { peildatum: P, instellingen: { inwerkingtreding: "2027-01-01" } });
    const b = routeer(werkgever(), { peildatum: P });
    expect(a.fase).toBe("transitieperiode");
    expect(b.fase).toBe("nieuwe-wet");
  });
});
