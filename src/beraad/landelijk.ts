import type { Citaat } from "../bronnen/citaat.js";
import { normaliseer } from "../regio/normaliseer.js";
import { OngeldigeInvoerFout } from "../result.js";

/**
 * Het Landelijk Beraad als referentiedata: de samenstelling volgens elke bron (het ondertekende
 * convenant S1, de Kamerbrieven van 2022 en 2024, de handreiking en de nota van maart 2026),
 * met de verschillen ertussen. De bibliotheek kiest geen lezing: ze toont ze alle.
 *
 * @module
 */

/** Categorie van een lid van het Landelijk Beraad. */
export type LandelijkeCategorie =
  | "ministerie"
  | "gemeenten"
  | "uitvoerder"
  | "sbb"
  | "werkgeversorganisaties"
  | "werknemersorganisaties"
  | "sociale-partners"
  | "onderwijs";

/** Een lid (of groep leden) zoals een bron het noemt. */
export interface LandelijkLid {
  /** Naam zoals de bron die noemt, bijv. `EZ`, `EZK`, `VNG`, `sociale partners`. */
  readonly naam: string;
  readonly categorie: LandelijkeCategorie;
  /** Uitgeschreven naam, waar bekend uit de bron. */
  readonly volledigeNaam?: string;
  readonly toelichting?: string;
}

/** De samenstelling van het Landelijk Beraad volgens één bron. */
export interface LandelijkBeraadLezing {
  /** Sleutel van de bron, bijv. `S1`. */
  readonly id: "S1" | "KB2024" | "HRT" | "KB2022" | "NOTA2026";
  readonly omschrijving: string;
  /** `ondertekend`: het convenant zelf; `voornemen`: beleid vooraf; `stand-van-zaken`: een latere beschrijving. */
  readonly soort: "ondertekend" | "voornemen" | "stand-van-zaken";
  readonly datum: string;
  readonly bron: Citaat;
  readonly leden: readonly LandelijkLid[];
  /** Partijen die volgens de bron advies geven maar geen lid zijn. */
  readonly adviserend?: readonly LandelijkLid[];
  readonly toelichting?: string;
}

/** Een punt waarop de bronnen verschillen, met wat elke bron zegt. */
export interface LandelijkBeraadVerschil {
  readonly onderwerp: string;
  readonly lezingen: readonly { readonly bron: Citaat; readonly tekst: string }[];
}

/** Een afspraak over het Landelijk Beraad met bron. */
export interface LandelijkBeraadFeit {
  readonly tekst: string;
  readonly bronnen: readonly Citaat[];
}

/** Het Landelijk Beraad: lezingen van de samenstelling, verschillen en afspraken. */
export interface LandelijkBeraad {
  /** De lezing die het ondertekende convenant geeft (S1). */
  readonly ondertekend: LandelijkBeraadLezing;
  /** Alle lezingen, het ondertekende convenant eerst. */
  readonly lezingen: readonly LandelijkBeraadLezing[];
  readonly verschillen: readonly LandelijkBeraadVerschil[];
  /** Rol, start, vergaderfrequentie, secretariaat, thematafels. */
  readonly afspraken: readonly LandelijkBeraadFeit[];
}

const S1: Citaat = { bron: "S1", plaats: "Inleiding, lijst van partijen" };
const KB2024: Citaat = {
  bron: "KB2024",
  plaats: "§4 'Het Landelijk en Regionaal Beraad'",
  citaat:
    "Het Landelijk Beraad kent een bezetting van de ministeries van SZW, OCW en EZK, UWV, gemeenten, sociale partners, SBB, onderwijs (publiek bekostigd en privaat) en (publieke en private) uitvoerders.",
};
const HRT: Citaat = {
  bron: "HRT",
  plaats: "§1.3 'Het Landelijk Beraad', Tabel 2 en Bijlage 1",
  citaat: "Het Landelijk Beraad bestaat uit de ministeries van Sociale Zaken en Werkgelegenheid (SZW), Onderwijs, Cultuur en Wetenschap (OCW), Economische Zaken (EZ)",
};
const NOTA: Citaat = {
  bron: "NOTA2026",
  plaats: "punt 4",
  citaat: "Landelijk Beraad (Ministerie van OCW, Ministerie van EZK, UWV, VNG, G4, G40, sociale partners, onderwijs, SBB en Divosa)",
};
const KB2022: Citaat = {
  bron: "KB2022",
  plaats: "'Een gezamenlijke governance- en ondersteuningsstructuur'",
  citaat: "SZW in de rol van netwerkregisseur, VNG, UWV, sociale partners (werknemers- en werkgeversvertegenwoordigers), onderwijsinstellingen (publiek en privaat), SBB, OCW en EZK",
};
const KB2022_ADVIES: Citaat = {
  bron: "KB2022",
  plaats: "'Een gezamenlijke governance- en ondersteuningsstructuur'",
  citaat: "BZK, VWS, Cedris, ABU en andere arbeidsmarktpartijen voeden deze Raad met hun expertise en kunnen gevraagd en ongevraagd advies geven.",
};

/* @__NO_SIDE_EFFECTS__ */
function lid(naam: string, categorie: LandelijkeCategorie, volledigeNaam?: string): LandelijkLid {
  return volledigeNaam === undefined ? { naam, categorie } : { naam, categorie, volledigeNaam };
}

const SZW_VOLUIT = "ministerie van Sociale Zaken en Werkgelegenheid";
const OCW_VOLUIT = "ministerie van Onderwijs, Cultuur en Wetenschap";
const EZ_VOLUIT = "ministerie van Economische Zaken";
const EZK_VOLUIT = "ministerie van Economische Zaken en Klimaat";

const ONDERTEKEND: LandelijkBeraadLezing = {
  id: "S1",
  omschrijving: "Ondertekend samenwerkingsconvenant Landelijk Beraad Arbeidsmarktinfrastructuur (Staatscourant 2025, 34554)",
  soort: "ondertekend",
  datum: "2025-09-22",
  bron: S1,
  leden: [
    lid("SZW", "ministerie", SZW_VOLUIT),
    lid("OCW", "ministerie", OCW_VOLUIT),
    lid("EZ", "ministerie", EZ_VOLUIT),
    lid("VNG", "gemeenten", "Vereniging van Nederlandse Gemeenten"),
    lid("G4", "gemeenten"),
    lid("G40", "gemeenten"),
    lid("Divosa", "gemeenten"),
    lid("UWV", "uitvoerder", "Uitvoeringsinstituut Werknemersverzekeringen"),
    lid("SBB", "sbb", "Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven"),
    lid("VNO-NCW", "werkgeversorganisaties"),
    lid("MKB-Nederland", "werkgeversorganisaties"),
    lid("FNV", "werknemersorganisaties"),
    lid("CNV", "werknemersorganisaties"),
    lid("VCP", "werknemersorganisaties"),
    lid("MBO Raad", "onderwijs"),
    lid("NRTO", "onderwijs"),
  ],
  toelichting: "Alleen de inleiding en de lijst van partijen waren beschikbaar; de artikelen niet.",
};

/**
 * Het Landelijk Beraad volgens alle bronnen. `ondertekend` is de samenstelling uit het
 * ondertekende convenant (S1); de andere lezingen en de verschillen staan ernaast.
 *
 * @example
 * ```ts
 * import { landelijkBeraad } from "arbeidsmarktinfra";
 * landelijkBeraad.ondertekend.leden.map((l) => l.naam).includes("Divosa"); // true
 * landelijkBeraad.verschillen.map((v) => v.onderwerp); // ["Ministerie van Economische Zaken", "Divosa", …]
 * ```
 */
export const landelijkBeraad: LandelijkBeraad = {
  ondertekend: ONDERTEKEND,
  lezingen: [
    ONDERTEKEND,
    {
      id: "KB2024",
      omschrijving: "Kamerbrief Hervorming arbeidsmarktinfrastructuur (voornemen)",
      soort: "voornemen",
      datum: "2024-04-29",
      bron: KB2024,
      leden: [
        lid("SZW", "ministerie", SZW_VOLUIT),
        lid("OCW", "ministerie", OCW_VOLUIT),
        lid("EZK", "ministerie", EZK_VOLUIT),
        lid("UWV", "uitvoerder"),
        lid("gemeenten", "gemeenten"),
        lid("sociale partners", "sociale-partners"),
        lid("SBB", "sbb"),
        lid("onderwijs (publiek bekostigd en privaat)", "onderwijs"),
        lid("(publieke en private) uitvoerders", "uitvoerder"),
      ],
    },
    {
      id: "HRT",
      omschrijving: "Handreiking Transitieperiode (begrippen, Tabel 2 en begrippenlijst)",
      soort: "voornemen",
      datum: "2024-12",
      bron: HRT,
      leden: [
        lid("SZW", "ministerie", SZW_VOLUIT),
        lid("OCW", "ministerie", OCW_VOLUIT),
        lid("EZ", "ministerie", EZ_VOLUIT),
        lid("UWV", "uitvoerder"),
        lid("gemeenten", "gemeenten"),
        lid("sociale partners", "sociale-partners"),
        lid("SBB", "sbb"),
        lid("onderwijs (publiek bekostigd en privaat)", "onderwijs"),
        lid("(publieke en private) uitvoerders", "uitvoerder"),
      ],
    },
    {
      id: "NOTA2026",
      omschrijving: "Nota bij de Voortgangsbrief (stand van zaken maart 2026; het Landelijk Beraad is sinds 1 januari 2026 actief)",
      soort: "stand-van-zaken",
      datum: "2026-03-11",
      bron: NOTA,
      leden: [
        lid("OCW", "ministerie", OCW_VOLUIT),
        lid("EZK", "ministerie", EZK_VOLUIT),
        lid("UWV", "uitvoerder"),
        lid("VNG", "gemeenten"),
        lid("G4", "gemeenten"),
        lid("G40", "gemeenten"),
        lid("sociale partners", "sociale-partners"),
        lid("onderwijs", "onderwijs"),
        lid("SBB", "sbb"),
        lid("Divosa", "gemeenten"),
      ],
      toelichting: "De nota is aan de minister van SZW gericht en noemt SZW daarom niet apart.",
    },
    {
      id: "KB2022",
      omschrijving: "Kamerbrief Uitgangspunten (eerste voornemen, 2022)",
      soort: "voornemen",
      datum: "2022-10-11",
      bron: KB2022,
      leden: [
        lid("SZW", "ministerie", SZW_VOLUIT),
        lid("VNG", "gemeenten"),
        lid("UWV", "uitvoerder"),
        lid("sociale partners", "sociale-partners"),
        lid("onderwijsinstellingen (publiek en privaat)", "onderwijs"),
        lid("SBB", "sbb"),
        lid("OCW", "ministerie", OCW_VOLUIT),
        lid("EZK", "ministerie", EZK_VOLUIT),
      ],
      adviserend: [lid("BZK", "ministerie"), lid("VWS", "ministerie"), lid("Cedris", "uitvoerder"), lid("ABU", "werkgeversorganisaties")],
      toelichting: "SZW als netwerkregisseur; BZK, VWS, Cedris, ABU en andere arbeidsmarktpartijen adviseren.",
    },
  ],
  verschillen: [
    {
      onderwerp: "Ministerie van Economische Zaken",
      lezingen: [
        { bron: S1, tekst: "EZ" },
        { bron: HRT, tekst: "EZ (Economische Zaken)" },
        { bron: KB2024, tekst: "EZK" },
        { bron: NOTA, tekst: "EZK" },
        { bron: KB2022, tekst: "EZK" },
      ],
    },
    {
      onderwerp: "Divosa",
      lezingen: [
        { bron: S1, tekst: "Divosa is partij" },
        { bron: NOTA, tekst: "Divosa is lid" },
        { bron: KB2024, tekst: "niet genoemd" },
        { bron: HRT, tekst: "niet genoemd" },
      ],
    },
    {
      onderwerp: "Uitvoerders",
      lezingen: [
        { bron: KB2024, tekst: "(publieke en private) uitvoerders" },
        { bron: HRT, tekst: "(publieke en private) uitvoerders" },
        { bron: S1, tekst: "geen andere uitvoerders dan UWV (en Divosa)" },
      ],
    },
    {
      onderwerp: "Vertegenwoordiging van gemeenten",
      lezingen: [
        { bron: KB2024, tekst: "gemeenten" },
        { bron: KB2022, tekst: "VNG" },
        { bron: S1, tekst: "VNG, G4 en G40" },
        { bron: NOTA, tekst: "VNG, G4 en G40" },
      ],
    },
    {
      onderwerp: "Onderwijs",
      lezingen: [
        { bron: KB2024, tekst: "onderwijs (publiek bekostigd en privaat)" },
        { bron: S1, tekst: "MBO Raad en NRTO" },
      ],
    },
    {
      onderwerp: "Adviserende partijen",
      lezingen: [
        { bron: KB2022_ADVIES, tekst: "BZK, VWS, Cedris, ABU en andere arbeidsmarktpartijen adviseren" },
        { bron: S1, tekst: "niet genoemd in de beschikbare inleiding" },
      ],
    },
    {
      onderwerp: "Rol",
      lezingen: [
        { bron: { bron: "KB2022", plaats: "'Een gezamenlijke governance- en ondersteuningsstructuur'", citaat: "Het landelijk beraad heeft een kaderstellende rol." }, tekst: "kaderstellend" },
        { bron: { bron: "HRT", plaats: "§1.3 'Het Landelijk Beraad'", citaat: "dat faciliterend werkt voor de Regionale Beraden" }, tekst: "faciliterend" },
        { bron: { bron: "S1", plaats: "Inleiding, slotregels" }, tekst: "stimuleert de samenwerking in de regio's en neemt knelpunten weg; geen gezag over de Regionale Beraden" },
      ],
    },
  ],
  afspraken: [
    { tekst: "Ondertekend op 22 september 2025; start op 1 januari 2026.", bronnen: [{ bron: "S2", plaats: "opening" }] },
    { tekst: "Komt minstens vier keer per jaar bijeen.", bronnen: [{ bron: "S2", plaats: "opening" }] },
    { tekst: "Kan (tijdelijke) thematafels instellen; landelijke werkgroepen of experttafels zijn mogelijk.", bronnen: [{ bron: "S2", plaats: "opening" }, { bron: "KB2024", plaats: "§4 'Het Landelijk en Regionaal Beraad'", citaat: "kunnen landelijke werkgroepen of experttafels georganiseerd worden" }] },
    {
      tekst: "Het secretariaat is ondergebracht bij het ministerie van SZW.",
      bronnen: [{ bron: "S2", plaats: "opening" }, { bron: "HRT", plaats: "§1.3 'Het Landelijk Beraad'", citaat: "De ondersteuning wordt georganiseerd door een secretariaat, ondergebracht bij het ministerie van SZW." }],
    },
    { tekst: "Stelt de landelijke meerjarenagenda vast.", bronnen: [{ bron: "HRT", plaats: "§1.3 'De landelijke meerjarenagenda'", citaat: "Het Landelijk Beraad stelt een landelijke meerjarenagenda vast." }] },
    { tekst: "Er is een agendacommissie waarmee stukken op ambtelijk niveau worden afgestemd (zo is de voortgangsbrief van maart 2026 met haar afgestemd).", bronnen: [{ bron: "NOTA2026", plaats: "'Proces'", citaat: "De voortgangsbrief is op ambtelijk niveau afgestemd met de agendacommissie" }] },
    {
      tekst:
        "Eén landelijk bovenregionaal tactisch overleg, waarin alle 35 arbeidsmarktregio's vertegenwoordigd zijn, is de schakel tussen regionaal en landelijk niveau, met een signalerings-, duidings- en adviesrol voor het Landelijk Beraad en de Regionale Beraden. Alleen het voornemen van 2022 noemt het; latere bronnen niet.",
      bronnen: [{ bron: "KB2022", plaats: "'Een gezamenlijke governance- en ondersteuningsstructuur'", citaat: "Eén landelijk bovenregionaal tactisch overleg" }],
    },
  ],
};

/** Uitkomst van {@link vergelijkLandelijkBeraad}: namen die in de ene lezing staan en niet in de andere. */
export interface LandelijkBeraadVergelijking {
  readonly a: LandelijkBeraadLezing["id"];
  readonly b: LandelijkBeraadLezing["id"];
  readonly alleenInA: readonly LandelijkLid[];
  readonly alleenInB: readonly LandelijkLid[];
}

/**
 * Vergelijkt twee lezingen van de samenstelling op naam (hoofdletters en leestekens tellen
 * niet mee). Let op: een verzamelnaam als "sociale partners" in de ene lezing en "FNV" in de
 * andere verschillen op naam, maar niet noodzakelijk inhoudelijk; zie ook
 * {@link LandelijkBeraad.verschillen}.
 *
 * @example
 * ```ts
 * import { vergelijkLandelijkBeraad } from "arbeidsmarktinfra";
 * const v = vergelijkLandelijkBeraad("S1", "KB2024");
 * v.alleenInA.map((l) => l.naam).includes("Divosa"); // true
 * v.alleenInB.map((l) => l.naam).includes("EZK"); // true
 * ```
 */
export function vergelijkLandelijkBeraad(a: LandelijkBeraadLezing["id"], b: LandelijkBeraadLezing["id"]): LandelijkBeraadVergelijking {
  const la = landelijkBeraad.lezingen.find((l) => l.id === a);
  const lb = landelijkBeraad.lezingen.find((l) => l.id === b);
  if (!la || !lb) {
    throw new OngeldigeInvoerFout({
      code: "ongeldige-waarde",
      path: [!la ? "a" : "b"],
      message: `vergelijkLandelijkBeraad: onbekende lezing ${JSON.stringify(!la ? a : b)}; kies uit ${landelijkBeraad.lezingen.map((l) => l.id).join(", ")}`,
    });
  }
  const namen = (l: LandelijkBeraadLezing) => new Set(l.leden.map((x) => normaliseer(x.naam)));
  const na = namen(la);
  const nb = namen(lb);
  return {
    a,
    b,
    alleenInA: la.leden.filter((x) => !nb.has(normaliseer(x.naam))),
    alleenInB: lb.leden.filter((x) => !na.has(normaliseer(x.naam))),
  };
}
