import { citeer } from "../bronnen/citaat.js";
import { perJaar, waarde, type Parameter } from "../tijd/parameters.js";
import { euro, miljoenEuro, type Cent } from "./bedrag.js";

/**
 * De financieringstabellen als geversioneerde parameters, elk bedrag in eurocenten met bron
 * en status. De bedragen per regio zijn "onder voorbehoud" (HRT Tabel 4, voetnoot 1: toetsing
 * door BZK; definitief in de Meicirculaire 2025).
 *
 * @module
 */

const TABEL4 = citeer("HRT", "§2.1 Tabel 4 'Overzicht tijdelijke en structurele middelen'");
const VOORBEHOUD =
  "Onder voorbehoud van toetsing door BZK; definitieve bedragen in de Meicirculaire 2025. Tot en met 2027 is de afdracht aan het btw-compensatiefonds verwerkt; na 2027 kan daarop nog een nacalculatie plaatsvinden (HRT Tabel 4, voetnoot 1).";

/** A. Tijdelijke middelen (impulsbudget) per arbeidsmarktregio, aan de centrumgemeente. */
export const impulsbudgetPerRegio: Parameter<Cent> = {
  id: "regio.impulsbudget",
  titel: "Impulsbudget per arbeidsmarktregio (tijdelijke middelen, decentralisatie-uitkering)",
  eenheid: "cent",
  // Een IIFE met PURE-annotatie: array-spread op topniveau kan een bundler niet als zuiver herkennen.
  waarden: /* @__PURE__ */ (() => [
    ...perJaar<Cent>(
      [
        [2025, euro(910_129)],
        [2026, euro(827_390)],
        [2027, euro(1_116_977)],
        [2028, euro(1_291_475)],
        [2029, euro(1_033_180)],
        [2030, euro(861_919)],
        [2031, euro(690_658)],
        [2032, euro(485_707)],
        [2033, euro(174_068)],
      ],
      "onder-voorbehoud",
      TABEL4,
      (jaar) => ({
        toelichting: VOORBEHOUD,
        ...(jaar === 2033 && {
          andereLezingen: [
            {
              waarde: euro(0),
              status: "beoogd" as const,
              bron: citeer("NOTA2026", "punt 2", "Na 2028 loopt dit budget per jaar af tot €0 in 2033."),
              toelichting: "Volgens de nota van maart 2026 is het impulsbudget in 2033 al €0; de handreiking noemt voor 2033 nog € 174.068 en €0 vanaf 2034.",
            },
          ],
        }),
      }),
    ),
    waarde(euro(0), "onder-voorbehoud", citeer("HRT", "§2.1 Tabel 4, kolom '2034 / structureel'"), {
      vanaf: "2034-01-01",
      toelichting: "Vanaf 2034 geen tijdelijke middelen meer (ook HRT Tabel 1: 'De middelen lopen jaarlijks af tot €0 in 2034').",
    }),
  ])(),
  opmerkingen: [
    { tekst: "De regio's ontvangen gemiddeld €1 miljoen per regio aan impulsbudget.", bron: citeer("NOTA2026", "punt 2") },
    { tekst: "De decentralisatie-uitkering is in eerste aanleg voor een periode van 3 jaar verstrekt.", bron: citeer("NOTA2026", "punt 2") },
    { tekst: "De effectiviteit van de decentralisatie-uitkering als instrument wordt in 2027 geëvalueerd.", bron: citeer("HRT", "§2.1") },
  ],
};

/** B. Structurele middelen per arbeidsmarktregio, aan de centrumgemeente. */
export const structureelPerRegio: Parameter<Cent> = {
  id: "regio.structureel",
  titel: "Structurele middelen per arbeidsmarktregio (decentralisatie-uitkering aan de centrumgemeente)",
  eenheid: "cent",
  waarden: [
    waarde(euro(648_545), "onder-voorbehoud", TABEL4, {
      vanaf: "2025-01-01",
      // Geen template-literal: een bundler kan die op topniveau niet als zuiver herkennen.
      toelichting:
        "Onder voorbehoud van toetsing door BZK; definitieve bedragen in de Meicirculaire 2025. Tot en met 2027 is de afdracht aan het btw-compensatiefonds verwerkt; na 2027 kan daarop nog een nacalculatie plaatsvinden (HRT Tabel 4, voetnoot 1). De tekst van §2.1 noemt afgerond €650.000 per jaar.",
    }),
  ],
};

/** De structurele decentralisatie-uitkering aan de centrumgemeente volgens de tekst (afgerond). */
export const structureleDuCentrumgemeente: Parameter<Cent> = {
  id: "centrumgemeente.structureel",
  titel: "Structurele decentralisatie-uitkering aan de centrumgemeente (regierol, Regionaal Beraad, coördinatie Werkcentrum, gidsfunctie)",
  eenheid: "cent",
  waarden: [
    waarde(euro(650_000), "onder-voorbehoud", citeer("HRT", "§2.1", "Hiervoor ontvangen centrumgemeenten structureel €650.000 per jaar."), {
      vanaf: "2025-01-01",
      toelichting: "Afgerond bedrag uit de tekst; Tabel 4 noemt € 648.545.",
      andereLezingen: [{ waarde: euro(648_545), status: "onder-voorbehoud", bron: TABEL4, toelichting: VOORBEHOUD }],
    }),
  ],
};

/** Het deel van de structurele uitkering dat de al lopende uitkering voor regionale samenwerking was. */
export const bestaandeDuRegionaleSamenwerking: Parameter<Cent> = {
  id: "centrumgemeente.bestaande-du",
  titel: "Al lopende decentralisatie-uitkering voor het versterken van de samenwerking in de arbeidsmarktregio (onderdeel van de €650.000)",
  eenheid: "cent",
  waarden: [
    waarde(euro(400_000), "vastgesteld", citeer("HRT", "§2.1", "In het budget is het bedrag opgenomen van de al lopende decentralisatie-uitkering … (€400.000)."), {
      vanaf: "2025-01-01",
    }),
  ],
};

/** Richtbedrag voor de invulling van de gidsfunctie door gemeenten, uit de €650.000. */
export const richtbedragGidsfunctieGemeenten: Parameter<Cent> = {
  id: "gidsfunctie.richtbedrag-gemeenten",
  titel: "Richtbedrag gidsfunctie gemeenten (enkel een richtbedrag)",
  eenheid: "cent",
  waarden: [
    waarde(euro(135_000), "onder-voorbehoud", citeer("HRT", "§2.1", "uitgegaan van een richtbedrag van €135.000 van de €650.000. Dit is enkel een richtbedrag."), {
      vanaf: "2025-01-01",
      toelichting: "Alleen een richtbedrag; de centrumgemeente maakt zelf keuzes. Een deel van de €650.000, die onder voorbehoud is (HRT Tabel 4, voetnoot 1).",
    }),
  ],
};

/** Minimale personele bezetting van de basisgidsfunctie door UWV, per regio. */
export const gidsfunctieFteUwv: Parameter<number> = {
  id: "gidsfunctie.fte-uwv",
  titel: "Gidsfunctie: fte UWV per arbeidsmarktregio",
  eenheid: "fte",
  waarden: [
    waarde(1.35, "vastgesteld", citeer("HRT", "Tabel 3 (UWV)", "Dit komt neer op ongeveer 1,35 fte per arbeidsmarktregio."), {
      vanaf: "2025-01-01",
      toelichting: "Afgeleid van het structurele budget ('ongeveer'); zie ook HRT §4.1.",
    }),
  ],
};

/** Minimale personele bezetting van de basisgidsfunctie door gemeenten, per regio. */
export const gidsfunctieFteGemeenten: Parameter<number> = {
  id: "gidsfunctie.fte-gemeenten",
  titel: "Gidsfunctie: fte gemeenten per arbeidsmarktregio",
  eenheid: "fte",
  waarden: [
    waarde(1.35, "vastgesteld", citeer("HRT", "§4.1", "zo’n 2,7 fte (1,35 fte x 2) per arbeidsmarktregio"), {
      vanaf: "2025-01-01",
      toelichting: "Gemeenten en UWV zijn gezamenlijk verantwoordelijk voor de minimale bezetting ('zo'n').",
    }),
  ],
};

/** Minimale personele bezetting van de basisgidsfunctie in totaal (UWV + gemeenten), per regio. */
export const gidsfunctieFteTotaal: Parameter<number> = {
  id: "gidsfunctie.fte-totaal",
  titel: "Gidsfunctie: totaal fte UWV en gemeenten per arbeidsmarktregio",
  eenheid: "fte",
  waarden: [waarde(2.7, "vastgesteld", citeer("HRT", "§4.1", "zo’n 2,7 fte (1,35 fte x 2) per arbeidsmarktregio"), { vanaf: "2025-01-01" })],
};

/** Structurele inzet werkgeversorganisaties per regio. */
export const fteWerkgeversorganisaties: Parameter<number> = {
  id: "sociale-partners.fte-werkgeversorganisaties",
  titel: "Werkgeversorganisaties: fte per arbeidsmarktregio (structureel budget)",
  eenheid: "fte",
  waarden: [waarde(0.5, "vastgesteld", citeer("HRT", "Tabel 3 (werkgevers- en werknemersorganisaties)", "0,5 fte voor werkgeversorganisaties per arbeidsmarktregio"), { vanaf: "2025-01-01" })],
};

/** Structurele inzet werknemersorganisaties per regio. */
export const fteWerknemersorganisaties: Parameter<number> = {
  id: "sociale-partners.fte-werknemersorganisaties",
  titel: "Werknemersorganisaties: fte per arbeidsmarktregio (structureel budget)",
  eenheid: "fte",
  waarden: [waarde(0.5, "vastgesteld", citeer("HRT", "Tabel 3 (werkgevers- en werknemersorganisaties)", "ongeveer 0,5 fte voor werknemersorganisaties per arbeidsmarktregio"), { vanaf: "2025-01-01" })],
};

const KB2024_FIN = citeer("KB2024", "'Financiering arbeidsmarktinfrastructuur', tabel (bedragen in mln. €)");
const KB2024_AFLOPEN = citeer(
  "KB2024",
  "'Financiering arbeidsmarktinfrastructuur'",
  "bestaande en nieuwe structurele middelen en tijdelijke middelen die aflopen tot 2034",
);
/**
 * Een reeks uit de tabel van KB2024 (alleen 2025, 2028 en 2034). Het bedrag van 2034 geldt ook
 * daarna: de tijdelijke middelen "aflopen tot 2034" (in 2034 €0), wat overblijft is structureel.
 * Met `structureel` staat het bedrag in alle drie de kolommen gelijk en geldt het elk jaar vanaf
 * 2025 (structurele middelen); anders zijn de jaren tussen de kolommen een gat (geen bedrag).
 */
/* @__NO_SIDE_EFFECTS__ */
const landelijk = (id: string, titel: string, reeks: readonly (readonly [number, string])[], structureel = false): Parameter<Cent> => ({
  id,
  titel,
  eenheid: "cent",
  waarden: structureel
    ? [
        waarde(miljoenEuro(reeks[0]![1]), "beoogd", KB2024_FIN, {
          vanaf: "2025-01-01",
          toelichting: "Structureel: de Kamerbrief noemt voor 2025, 2028 en 2034 hetzelfde bedrag; de jaren daartussen en na 2034 volgen daaruit.",
        }),
      ]
    : reeks.map(([j, mln], i) =>
        waarde(miljoenEuro(mln), "beoogd", i === reeks.length - 1 ? KB2024_AFLOPEN : KB2024_FIN, {
          vanaf: `${j}-01-01`,
          ...(i < reeks.length - 1
            ? { tot: `${j}-12-31`, toelichting: "De Kamerbrief geeft alleen 2025, 2028 en 2034." }
            : { toelichting: `Vanaf ${j}: de tijdelijke middelen lopen af tot 2034; daarna blijft alleen het structurele deel.` }),
        }),
      ),
});

/** Landelijk: bestaande structurele middelen (KB2024: €23,5 mln in 2025, 2028 en 2034; structureel vanaf 2025). */
export const landelijkBestaandStructureel = landelijk("landelijk.bestaand-structureel", "Bestaande structurele middelen (landelijk)", [[2025, "23,5"], [2028, "23,5"], [2034, "23,5"]], true);
/** Landelijk: nieuwe structurele middelen (KB2024: €23,0 mln in 2025, 2028 en 2034; structureel vanaf 2025). */
export const landelijkNieuwStructureel = landelijk("landelijk.nieuw-structureel", "Nieuwe structurele middelen (landelijk)", [[2025, "23,0"], [2028, "23,0"], [2034, "23,0"]], true);
/** Landelijk: nieuwe tijdelijke middelen (KB2024; alleen 2025 en 2028, vanaf 2034 €0). */
export const landelijkNieuwTijdelijk = landelijk("landelijk.nieuw-tijdelijk", "Nieuwe tijdelijke middelen (landelijk)", [[2025, "63,0"], [2028, "67,0"], [2034, "0"]]);
/** Landelijk: totaal (KB2024; alleen 2025 en 2028, vanaf 2034 €46,5 mln per jaar). */
export const landelijkTotaal = landelijk("landelijk.totaal", "Totaal middelen arbeidsmarktinfrastructuur (landelijk)", [[2025, "109,5"], [2028, "113,5"], [2034, "46,5"]]);

/** Landelijke middelen (KB2024), alleen voor de jaren die de Kamerbrief noemt. */
export const landelijkeMiddelen = {
  bestaandStructureel: landelijkBestaandStructureel,
  nieuwStructureel: landelijkNieuwStructureel,
  nieuwTijdelijk: landelijkNieuwTijdelijk,
  totaal: landelijkTotaal,
} as const;

/** Van-werk-naar-werk-impuls (HRT Tabel 5), in totaal €89,5 mln tot 2034. */
export const vwnwImpuls: Parameter<Cent> = {
  id: "vwnw.impuls",
  titel: "Impuls dekkende van-werk-naar-werk-dienstverlening (landelijk, per jaar)",
  eenheid: "cent",
  waarden: /* @__PURE__ */ perJaar<Cent>(
    /* @__PURE__ */ (
      [
        [2025, "15"],
        [2026, "13,5"],
        [2027, "12"],
        [2028, "12"],
        [2029, "12"],
        [2030, "10"],
        [2031, "5"],
        [2032, "5"],
        [2033, "5"],
      ] as const
    ).map(([j, mln]) => [j, miljoenEuro(mln)] as const),
    "beoogd",
    citeer("HRT", "§2.3 Tabel 5 'Overzicht van-werk-naar-werk-impuls'"),
    () => ({ toelichting: "Door SZW gereserveerd; de subsidieregeling wordt nog uitgewerkt met sociale partners." }),
  ),
  opmerkingen: [
    { tekst: "In totaal €89,5 mln gereserveerd voor de periode tot 2034.", bron: citeer("HRT", "§2.3", "door het ministerie van SZW €89,5 mln. gereserveerd voor de periode tot 2034") },
  ],
};

/** Het in de tekst genoemde totaal van de van-werk-naar-werk-impuls (€89,5 mln). */
export const VWNW_TOTAAL_VOLGENS_TEKST: Cent = miljoenEuro("89,5");
