import { citeer, type Citaat } from "../bronnen/citaat.js";

/**
 * De centrumgemeente per arbeidsmarktregio. Dit zijn **geen** CBS-gegevens: er is geen actuele
 * officiële lijst gevonden. Basis is de laatste officiële lijst (Stcrt-regeling 2013, R13),
 * aangevuld met latere bronnen. Voor Zeeland (AM24) en Zuid-Limburg (AM30) spreken bronnen
 * elkaar tegen; daar worden alle lezingen getoond en wordt niet gekozen. Voor Zuid-Limburg is er
 * naast de lezingen met één gemeente een gezamenlijke lezing (drie centrumgemeenten samen, P13).
 *
 * De centrumgemeente is die "zoals bedoeld in artikel 1.8 Regeling SUWI" (HRT, Bijlage 1).
 *
 * @module
 */

/** Hoe goed een centrumgemeente door bronnen wordt gedragen. */
export type Zekerheid = "bevestigd" | "alleen-2013" | "betwist";

/** Eén lezing: een gemeente met de bronnen die haar noemen. */
export interface CentrumgemeenteLezing {
  readonly gemeente: string;
  readonly naam: string;
  readonly bronnen: readonly Citaat[];
  readonly toelichting?: string;
}

/**
 * Een lezing waarin meer gemeenten **samen** centrumgemeente zijn (Zuid-Limburg: P13 noemt
 * "centrumgemeenten Heerlen, Sittard-Geleen en Maastricht"). Zo'n bron zegt niet dat één van die
 * gemeenten alleen de centrumgemeente is; daarom staat ze niet bij de gewone lezingen.
 */
export interface GezamenlijkeLezing {
  /** De gemeenten die samen centrumgemeente zijn, in de volgorde van de bron. */
  readonly gemeenten: readonly { readonly gemeente: string; readonly naam: string }[];
  readonly bronnen: readonly Citaat[];
  readonly toelichting: string;
}

/** De centrumgemeente van een regio: één lezing, of meerdere als bronnen elkaar tegenspreken. */
export type Centrumgemeente =
  | {
      readonly status: "eenduidig";
      readonly gemeente: string;
      readonly naam: string;
      /** `bevestigd`: R13 plus een latere bron; `alleen-2013`: alleen de regeling van 2013. */
      readonly zekerheid: "bevestigd" | "alleen-2013";
      readonly bronnen: readonly Citaat[];
    }
  | {
      readonly status: "betwist";
      readonly zekerheid: "betwist";
      readonly lezingen: readonly CentrumgemeenteLezing[];
      readonly toelichting: string;
      /**
       * De lezing dat de regio in de praktijk met meer dan één centrumgemeente samen werkt
       * (Zuid-Limburg: P13), met de gemeenten die de bron noemt. Alleen dan is het aanwijzen van
       * meerdere centrumgemeenten tegelijk 'beoordelen' in plaats van 'niet-voldaan'.
       */
      readonly meerdereInDePraktijk?: GezamenlijkeLezing;
    };

const R13 = citeer("R13", "bijlage 1 (centrumgemeente gemarkeerd met *)");

/* @__NO_SIDE_EFFECTS__ */
const alleen2013 = (gemeente: string, naam: string): Centrumgemeente => ({
  status: "eenduidig",
  gemeente,
  naam,
  zekerheid: "alleen-2013",
  bronnen: [R13],
});

/* @__NO_SIDE_EFFECTS__ */
const bevestigd = (gemeente: string, naam: string, ...later: Citaat[]): Centrumgemeente => ({
  status: "eenduidig",
  gemeente,
  naam,
  zekerheid: "bevestigd",
  bronnen: [R13, ...later],
});

/** Centrumgemeente per regiocode. */
export const CENTRUMGEMEENTEN: Readonly<Record<string, Centrumgemeente>> = {
  AM01: alleen2013("GM0014", "Groningen"),
  AM02: alleen2013("GM0080", "Leeuwarden"),
  AM03: bevestigd("GM0114", "Emmen", citeer("P1", "pagina arbeidsmarktregio Drenthe", "De centrumgemeente is Emmen")),
  AM05: alleen2013("GM0153", "Enschede"),
  AM06: bevestigd("GM0200", "Apeldoorn", citeer("P2", "nieuwsbericht 2014", "Apeldoorn heeft als centrumgemeente")),
  AM07: alleen2013("GM0202", "Arnhem"),
  AM08: alleen2013("GM0268", "Nijmegen"),
  AM09: alleen2013("GM0222", "Doetinchem"),
  AM10: alleen2013("GM0281", "Tiel"),
  AM11: bevestigd(
    "GM0034",
    "Almere",
    citeer("P3", "verslag ESF-bijeenkomst", "centrumgemeente Almere voor … Flevoland"),
    citeer("P4", "nieuwsbericht ESF+ 2022-2023", "als centrumgemeente van de arbeidsmarktregio Flevoland"),
    citeer("P5", "projectpagina"),
  ),
  AM12: alleen2013("GM0402", "Hilversum"),
  AM13: bevestigd("GM0344", "Utrecht", citeer("P6", "projectpagina", "aanvrager voor AMR Midden-Utrecht")),
  AM14: alleen2013("GM0307", "Amersfoort"),
  AM15: bevestigd("GM0361", "Alkmaar", citeer("P7", "pagina ESF", "De gemeente Alkmaar heeft als centrumgemeente")),
  AM17: alleen2013("GM0479", "Zaanstad"),
  AM18: alleen2013("GM0363", "Amsterdam"),
  AM19: bevestigd("GM0546", "Leiden", citeer("P8", "nieuwsbericht 27-05-2024", "gemeente Leiden, die als centrumgemeente van de arbeidsmarktregio Holland Rijnland")),
  AM20: alleen2013("GM0513", "Gouda"),
  AM21: alleen2013("GM0518", "'s-Gravenhage"),
  AM22: bevestigd("GM0599", "Rotterdam", citeer("P9", "projectpagina", "Central municipality of Rotterdam")),
  AM23: alleen2013("GM0505", "Dordrecht"),
  AM24: {
    status: "betwist",
    zekerheid: "betwist",
    toelichting:
      "De regeling van 2013 noemt Middelburg; latere bronnen (2021 en REACT-EU) noemen Goes. Er is geen actuele officiële lijst gevonden.",
    lezingen: [
      {
        gemeente: "GM0664",
        naam: "Goes",
        bronnen: [citeer("P10", "nieuwsbericht mei 2021", "Centrumgemeente Goes"), citeer("P11", "projectpagina")],
        toelichting: "recentere bronnen",
      },
      { gemeente: "GM0687", naam: "Middelburg (Z.)", bronnen: [R13], toelichting: "regeling 2013" },
    ],
  },
  AM25: bevestigd("GM0758", "Breda", citeer("P3", "verslag ESF-bijeenkomst", "centrumgemeente Breda voor … West Brabant")),
  AM26: alleen2013("GM0855", "Tilburg"),
  AM27: alleen2013("GM0796", "'s-Hertogenbosch"),
  AM28: alleen2013("GM0772", "Eindhoven"),
  AM29: alleen2013("GM0983", "Venlo"),
  AM30: {
    status: "betwist",
    zekerheid: "betwist",
    toelichting:
      "De regeling van 2013 noemt Maastricht; een ESF-bron noemt Heerlen; een bron uit 2023 noemt drie centrumgemeenten samen (Heerlen, Sittard-Geleen en Maastricht). Geen bron noemt Sittard-Geleen als enige centrumgemeente.",
    meerdereInDePraktijk: {
      gemeenten: [
        { gemeente: "GM0917", naam: "Heerlen" },
        { gemeente: "GM1883", naam: "Sittard-Geleen" },
        { gemeente: "GM0935", naam: "Maastricht" },
      ],
      bronnen: [citeer("P13", "nieuwsbericht 2023", "centrumgemeenten Heerlen, Sittard-Geleen en Maastricht")],
      toelichting: "drie centrumgemeenten samen in de praktijk",
    },
    lezingen: [
      { gemeente: "GM0917", naam: "Heerlen", bronnen: [citeer("P12", "pagina ESF", "De gemeente Heerlen is centrumgemeente")], toelichting: "ESF-bron" },
      { gemeente: "GM0935", naam: "Maastricht", bronnen: [R13], toelichting: "regeling 2013" },
    ],
  },
  AM32: alleen2013("GM0794", "Helmond"),
  AM33: bevestigd("GM0957", "Roermond", citeer("P14", "pagina ESF", "centrumgemeente Roermond")),
  AM34: alleen2013("GM0637", "Zoetermeer"),
  AM35: alleen2013("GM0512", "Gorinchem"),
  AM36: alleen2013("GM0193", "Zwolle"),
  AM37: alleen2013("GM0392", "Haarlem"),
  AM38: bevestigd("GM0228", "Ede", citeer("P15", "projectpagina", "coordinating municipality of Foodvalley")),
};
