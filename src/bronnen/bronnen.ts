/**
 * Het register van bronnen. Elke regel, parameterwaarde, mijlpaal en elk feit in de
 * referentiedata verwijst met een {@link Citaat} naar een sleutel uit dit register.
 *
 * De vijf kerndocumenten (KB2022, VERSLAG2022, KB2024, HRT, NOTA2026) zijn de documenten uit
 * de domeinbeschrijving; S1..S15 zijn secundaire bronnen (openbare pagina's, vaak alleen de
 * opening beschikbaar); R13, UWV2015, CBS2026, P* en W* zijn bronnen van de regiodata.
 *
 * @module
 */

/** Soort document; zegt iets over het gewicht van de bron. */
export type Bronsoort =
  | "kamerbrief"
  | "nota"
  | "verslag"
  | "handreiking"
  | "staatscourant"
  | "regeling"
  | "besluit"
  | "advies"
  | "nieuwsbericht"
  | "webpagina"
  | "dataset";

/** Eén bron in het register. */
export interface Bron {
  /** Stabiele sleutel, bijvoorbeeld `KB2024` of `S1`. */
  readonly sleutel: string;
  /** Titel van het document zoals de bron die noemt. */
  readonly titel: string;
  /** Datum (`JJJJ-MM-DD`, `JJJJ-MM` of `JJJJ`) zoals bekend. */
  readonly datum: string;
  /** Soort document. */
  readonly soort: Bronsoort;
  /** Officiële vindplaats (Kamerstuk, Staatscourant, BWB-id, CBS-tabel), waar die er is. */
  readonly referentie?: string;
  /** Webadres, waar bekend. */
  readonly adres?: string;
  /** Korte toelichting: wat de bron is en hoe betrouwbaar. */
  readonly toelichting?: string;
}

/* @__NO_SIDE_EFFECTS__ */
function bron<const B extends Bron>(b: B): B {
  return b;
}

/** Alle bronnen, op sleutel. */
export const bronnen = {
  KB2022: bron({
    sleutel: "KB2022",
    titel: "Kamerbrief Uitgangspunten uitbreiding arbeidsmarktinfrastructuur",
    datum: "2022-10-11",
    soort: "kamerbrief",
    referentie: "Kamerstukken II 2022/23, 33 566, nr. 108",
    adres: "https://zoek.officielebekendmakingen.nl/kst-33566-108.html",
  }),
  VERSLAG2022: bron({
    sleutel: "VERSLAG2022",
    titel: "Verslag tweede gesprek 35 arbeidsmarktregio's met SZW over de Kamerbrief Uitgangspunten",
    datum: "2022",
    soort: "verslag",
    toelichting: "Verslag van de bijeenkomst van de strategische programmaleiders van de arbeidsmarktregio's met SZW (najaar 2022).",
  }),
  KB2024: bron({
    sleutel: "KB2024",
    titel: "Kamerbrief Hervorming arbeidsmarktinfrastructuur",
    datum: "2024-04-29",
    soort: "kamerbrief",
    referentie: "Kamerstukken II 2023/24, 33 566, nr. 109",
    adres: "https://zoek.officielebekendmakingen.nl/kst-33566-109.html",
  }),
  HRT: bron({
    sleutel: "HRT",
    titel: "Handreiking Transitieperiode naar regionale Werkcentra",
    datum: "2024-12",
    soort: "handreiking",
    adres: "https://www.samenvoordeklant.nl",
    toelichting:
      "Eerste set handreikingen (beschikbaar vanaf eind 2024). Voorbeelden uit regio's staan in blauw en zijn 'ter inspiratie'.",
  }),
  NOTA2026: bron({
    sleutel: "NOTA2026",
    titel: "Nota bij de Voortgangsbrief Hervorming Arbeidsmarktinfrastructuur",
    datum: "2026-03-11",
    soort: "nota",
    toelichting: "Interne nota aan de minister; het wetsvoorstel was net aan de ministerraad aangeboden en zou vóór de verzending van de voortgangsbrief (gepland op 23 maart 2026) naar de Raad van State gaan.",
  }),
  S1: bron({
    sleutel: "S1",
    titel: "Samenwerkingsconvenant Landelijk Beraad Arbeidsmarktinfrastructuur",
    datum: "2025-09-22",
    soort: "staatscourant",
    referentie: "Staatscourant 2025, 34554",
    adres: "https://zoek.officielebekendmakingen.nl/stcrt-2025-34554.html",
    toelichting: "Alleen de inleiding en de lijst van partijen waren beschikbaar.",
  }),
  S2: bron({
    sleutel: "S2",
    titel: "Convenant Landelijk Beraad Arbeidsmarktinfrastructuur ondertekend",
    datum: "2025-09-25",
    soort: "nieuwsbericht",
    adres: "https://www.samenvoordeklant.nl/nieuws/convenant-landelijk-beraad-arbeidsmarktinfrastructuur-ondertekend",
  }),
  S3: bron({
    sleutel: "S3",
    titel: "Hervorming arbeidsmarktinfrastructuur ligt op schema",
    datum: "2024-09-25",
    soort: "nieuwsbericht",
    adres: "https://samenvoordeklant.nl/nieuws/hervorming-arbeidsmarktinfrastructuur-ligt-op-schema",
  }),
  S4: bron({
    sleutel: "S4",
    titel: "Wetgeving voor hervorming arbeidsmarktinfrastructuur uitgesteld, vaart bij implementatie",
    datum: "2024-11-06",
    soort: "nieuwsbericht",
    adres:
      "https://samenvoordeklant.nl/nieuws/wetgeving-voor-hervorming-arbeidsmarktinfrastructuur-uitgesteld-vaart-bij-implementatie",
  }),
  S5: bron({
    sleutel: "S5",
    titel: "Eerste aanzet raamwerk regionale meerjarenagenda beschikbaar",
    datum: "2024",
    soort: "nieuwsbericht",
    adres: "https://www.samenvoordeklant.nl/eerste-aanzet-raamwerk-regionale-meerjarenagenda-beschikbaar",
  }),
  S6: bron({
    sleutel: "S6",
    titel: "Raamwerk helpt arbeidsmarktregio's om kennisgedreven meerjarenagenda te maken",
    datum: "2024",
    soort: "webpagina",
    adres:
      "https://uwv.nl/nl/kennis-en-cijfers/uwv-als-kennisorganisatie/raamwerk-helpt-arbeidsmarktregios-om-kennisgedreven-meerjarenagenda-te-maken",
  }),
  S7: bron({
    sleutel: "S7",
    titel: "Handreiking Meerjarenagenda en arbeidsmarktinformatie (regionaal nieuwsbericht)",
    datum: "2025-01-06",
    soort: "nieuwsbericht",
    adres: "https://fryslanwerkt.nl/?p=5848",
  }),
  S8: bron({
    sleutel: "S8",
    titel: "Hervorming arbeidsmarktinfrastructuur: zes jaar lang evaluatieonderzoek in regio's",
    datum: "2026-02-05",
    soort: "nieuwsbericht",
    adres: "https://www.samenvoordeklant.nl/nieuws/hervorming-arbeidsmarktinfrastructuur-zes-jaar-lang-evaluatieonderzoek-regios",
  }),
  S9: bron({
    sleutel: "S9",
    titel: "Hervorming arbeidsmarktinfrastructuur: goede kansen voor samenwerking met WIN-punten",
    datum: "2025-02-20",
    soort: "nieuwsbericht",
    adres:
      "https://www.samenvoordeklant.nl/nieuws/hervorming-arbeidsmarktinfrastructuur-goede-kansen-voor-samenwerking-met-win-punten",
  }),
  S10: bron({
    sleutel: "S10",
    titel: "FAQ Hervorming Arbeidsmarktinfrastructuur",
    datum: "2025",
    soort: "webpagina",
    adres: "https://www.samenvoordeklant.nl/faq-hervorming-arbeidsmarktinfrastructuur",
    toelichting: "Levende pagina van SZW; alleen het deel 'Werkcentrum en Gidsfunctie' was beschikbaar.",
  }),
  S11: bron({
    sleutel: "S11",
    titel: "Kabinet investeert in Werkcentra door heel Nederland",
    datum: "2024-04-26",
    soort: "nieuwsbericht",
    adres: "https://www.rijksoverheid.nl/actueel/nieuws/2024/04/26/kabinet-investeert-in-werkcentra-door-heel-nederland",
  }),
  S12: bron({
    sleutel: "S12",
    titel: "Werkcentrum regio Amersfoort: een plek waar iedereen kan binnenlopen",
    datum: "2023-08-10",
    soort: "webpagina",
    adres:
      "http://www.samenvoordeklant.nl/praktijkvoorbeelden/werkcentrum-regio-amersfoort-een-plek-waar-iedereen-kan-binnenlopen",
  }),
  S13: bron({
    sleutel: "S13",
    titel: "Advies Raad van State over wijziging Besluit SUWI (versterking werkgeversdienstverlening)",
    datum: "2019-12-18",
    soort: "advies",
    referentie: "W12.19.0414/III",
    adres: "https://www.raadvanstate.nl/adviezen/@119334/w12-19-0414-iii/",
    toelichting: "Huidige basiswetgeving (art. 10 Wet SUWI), niet het nieuwe wetsvoorstel.",
  }),
  S14: bron({
    sleutel: "S14",
    titel: "Besluit van 26 augustus 2010 tot wijziging van het Besluit SUWI (werkplein)",
    datum: "2010-08-26",
    soort: "besluit",
    referentie: "Stb. 2010, 681",
    adres: "https://zoek.officielebekendmakingen.nl/stb-2010-681.html",
    toelichting: "Historisch; alleen achtergrond.",
  }),
  S15: bron({
    sleutel: "S15",
    titel: "Regionale berichten over de stand van Werkcentra (oogtv.nl, lansingerland.nl, shiftlimburg.nl e.a.)",
    datum: "2025-10-31",
    soort: "nieuwsbericht",
    adres: "https://www.oogtv.nl/2025/10/eerste-werkcentrum-groningen-noord-drenthe-feestelijk-geopend/",
  }),
  CBS2026: bron({
    sleutel: "CBS2026",
    titel: "CBS, Gebieden in Nederland 2026",
    datum: "2026",
    soort: "dataset",
    referentie: "CBS StatLine 86247NED",
    adres: "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/86247NED",
    toelichting:
      "Bron: CBS, Gebieden in Nederland 2026 (86247NED), CC BY 4.0. Overgenomen via de openbare extracten ahrnuld/jobmarket en cedanl/onderwijsdata-chat, die op alle 342 gemeenten overeenkomen.",
  }),
  CBSHIST: bron({
    sleutel: "CBSHIST",
    titel: "CBS, Gebieden in Nederland 2010-2026 (gemeentenamen met hun laatste jaar)",
    datum: "2026",
    soort: "dataset",
    referentie: "CBS StatLine Gebieden in Nederland, via ahrnuld/jobmarket data/reference/municipalities.csv (a0b3183)",
    toelichting: "Oude gemeentenamen met de arbeidsmarktregio in het laatste jaar dat de naam bestond (2014-2023).",
  }),
  R13: bron({
    sleutel: "R13",
    titel: "Regeling subsidie scholing en plaatsing oudere werklozen, bijlage 1 Arbeidsmarktregio's",
    datum: "2013",
    soort: "regeling",
    referentie: "BWBR0033947",
    toelichting: "Laatste gevonden officiële lijst van centrumgemeenten (vervallen in 2018).",
  }),
  UWV2015: bron({
    sleutel: "UWV2015",
    titel: "Besluit werkgebieden UWV 2015, bijlage 3",
    datum: "2015",
    soort: "besluit",
    referentie: "BWBR0036164",
  }),
  EVA: bron({
    sleutel: "EVA",
    titel: "VNG-instrumentengids Eva: koppeling van regionamen aan CBS-codes (waotaa/e-core RegionDataService)",
    datum: "2024",
    soort: "webpagina",
    toelichting: "Alleen gebruikt voor alternatieve regionamen.",
  }),
  P1: bron({ sleutel: "P1", titel: "Emco-groep: arbeidsmarktregio Drenthe", datum: "onbekend", soort: "webpagina", adres: "https://emco-groep.nl/informatie/arbeidsmarktregio-drenthe/" }),
  P2: bron({ sleutel: "P2", titel: "ESF-subsidiebureau van start in regio Stedendriehoek en Noord-Veluwe", datum: "2014-06-07", soort: "nieuwsbericht", adres: "https://www.apeldoorndirect.nl/stad/esf-subsidiebureau-van-start-in-regio-stedendriehoek-en-noord-veluwe-20140607/" }),
  P3: bron({ sleutel: "P3", titel: "ESF-bijeenkomst 10 juni 2014 (centrumgemeenten Almere en Breda)", datum: "2014-06-10", soort: "webpagina", adres: "https://www.uitvoeringvanbeleidszw.nl/subsidies-en-regelingen/esf-2014-2020-algemene-informatie-europees-sociaal-fonds/bijeenkomsten-en-conferenties/esf-bijeenkomst-10-juni-2014" }),
  P4: bron({ sleutel: "P4", titel: "Flevolandse gemeenten ontvangen Europese subsidie voor arbeidsmarkttoeleiding", datum: "2022", soort: "nieuwsbericht", adres: "https://www.dronten.nl/actueel/flevolandse-gemeenten-ontvangen-europese-subsidie-voor-arbeidsmarkttoeleiding-2" }),
  P5: bron({ sleutel: "P5", titel: "Kohesio: ESF-aanvrager AMR Flevoland (Almere)", datum: "2022", soort: "webpagina", adres: "https://kohesio.ec.europa.eu/de/projekte/Q3997554" }),
  P6: bron({ sleutel: "P6", titel: "Kohesio: gemeente Utrecht, aanvrager AMR Midden-Utrecht", datum: "2022", soort: "webpagina", adres: "https://kohesio.eu/en/projects/Q3997589" }),
  P7: bron({ sleutel: "P7", titel: "WNK Personeelsdiensten: ESF, centrumgemeente Alkmaar", datum: "2014", soort: "webpagina", adres: "https://wnkpersoneelsdiensten.nl/home/keurmerken/esf/" }),
  P8: bron({ sleutel: "P8", titel: "Gemeenten ontvangen Europese subsidie voor arbeidsmarkttoeleiding (Leiden centrumgemeente Holland Rijnland)", datum: "2024-05-27", soort: "nieuwsbericht", adres: "https://www.dzb.nl/nieuws/gemeenten-ontvangen-europese-subsidie-voor-arbeidsmarkttoeleiding-2/" }),
  P9: bron({ sleutel: "P9", titel: "Kohesio: centrumgemeente Rotterdam, arbeidsmarktregio Rijnmond", datum: "2022", soort: "webpagina", adres: "https://kohesio.ec.europa.eu/en/projects/Q3997526" }),
  P10: bron({ sleutel: "P10", titel: "Aan de slag in Zeeland: een sterke samenwerking door krachten te bundelen (centrumgemeente Goes)", datum: "2021-05", soort: "nieuwsbericht", adres: "https://www.aandeslaginzeeland.nl/actueel/nieuws/een-sterke-samenwerking-door-krachten-te-bundelen.html" }),
  P11: bron({ sleutel: "P11", titel: "Kohesio: centrumgemeente Goes (Zeeland, REACT-EU)", datum: "2022", soort: "webpagina", adres: "https://kohesio.ec.europa.eu/hr/projekti/Q3997640" }),
  P12: bron({ sleutel: "P12", titel: "ESF: de gemeente Heerlen is centrumgemeente (AMR Zuid-Limburg)", datum: "onbekend", soort: "webpagina", adres: "https://ppl-katholiek.bcpl.nl/esf/" }),
  P13: bron({ sleutel: "P13", titel: "Langjarige aanpak euregionale arbeidsmarkt Zuid-Limburg (centrumgemeenten Heerlen, Sittard-Geleen en Maastricht)", datum: "2023", soort: "nieuwsbericht", adres: "https://eszl.nl/langjarige-aanpak-van-euregionale-arbeidsmarkt-voor-zuid-limburg/" }),
  P14: bron({ sleutel: "P14", titel: "Gemeente Roermond: subsidie Europees Sociaal Fonds (centrumgemeente Midden-Limburg)", datum: "2021", soort: "webpagina", adres: "https://www.roermond.nl/subsidie-europees-sociaal-fonds" }),
  P15: bron({ sleutel: "P15", titel: "Kohesio: Ede, centrumgemeente Foodvalley", datum: "2022", soort: "webpagina", adres: "https://kohesio.ec.europa.eu/en/projects/Q4012050" }),
  P16: bron({ sleutel: "P16", titel: "Vijfheerenlanden sluit aan bij arbeidsmarktregio Gorinchem", datum: "2020-07", soort: "nieuwsbericht", adres: "https://www.hetkontakt.nl/regio/alblasserwaard/229580/d66-vijfheerenlanden-verlies-utrecht-niet-uit-het-zicht-" }),
  W3: bron({ sleutel: "W3", titel: "Koningin Máxima bracht bezoek aan Regionaal Werkcentrum Groot-Amsterdam", datum: "2024", soort: "nieuwsbericht", adres: "https://rwcgrootamsterdam.nl/koningin-maxima-bracht-bezoek-aan-regionaal-werkcentrum-groot-amsterdam/" }),
  W6: bron({ sleutel: "W6", titel: "Intentieovereenkomst ondertekend Regionaal Werkcentrum (RWC) Zuid-Holland Centraal", datum: "2023-09-11", soort: "nieuwsbericht", adres: "https://www.lansingerland.nl/nieuws/intentieovereenkomst-ondertekend-regionaal-werkcentrum-rwc-zuid-holland-centraal/" }),
} as const satisfies Record<string, Bron>;

/** Sleutel van een bron in het register. */
export type BronSleutel = keyof typeof bronnen;

/** Zoekt een bron op; `undefined` voor een onbekende sleutel (ook voor iets dat geen tekst is). */
export function vindBron(sleutel: string): Bron | undefined {
  return typeof sleutel === "string" && Object.hasOwn(bronnen, sleutel) ? bronnen[sleutel as BronSleutel] : undefined;
}

/** Of een tekst een bekende bronsleutel is. */
export function isBronSleutel(sleutel: string): sleutel is BronSleutel {
  return typeof sleutel === "string" && Object.hasOwn(bronnen, sleutel);
}
