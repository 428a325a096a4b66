import { citeer, type Citaat } from "../bronnen/citaat.js";

/**
 * De meerjarenagenda (KB2024 §4; HRT §1.3, §3.4): één landelijke (Landelijk Beraad) en één per
 * arbeidsmarktregio (Regionaal Beraad), elk met een beleidsagenda en een uitvoeringsagenda,
 * monitoring en verbindingen met andere opgaven en agenda's.
 *
 * Het raamwerk voor de regionale meerjarenagenda is "inspiratie, geen blauwdruk" (S5, S7): dit
 * model legt vast welke delen er zijn, niet hoe de tekst eruitziet. Datums zijn Nederlandse
 * kalenderdatums `JJJJ-MM-DD`; bedragen gehele eurocenten.
 *
 * @module
 */

/** Niveau van een meerjarenagenda. */
export type AgendaNiveau = "landelijk" | "regionaal";

/**
 * Het orgaan dat de agenda vaststelde. Volgens de bronnen stelt het Landelijk Beraad de
 * landelijke en het Regionaal Beraad de regionale agenda vast; `regionaal-werkbedrijf` en
 * `ander-orgaan` bestaan omdat regio's in de transitie soms vaststelden vóór er een Beraad was.
 */
export type VaststellendOrgaan = "landelijk-beraad" | "regionaal-beraad" | "regionaal-werkbedrijf" | "ander-orgaan";

/** De groepen in een kwetsbare positie die KB2024 "in ieder geval" onderscheidt. */
export type KwetsbareGroep =
  | "arbeidsbeperking"
  | "migratieachtergrond"
  | "jongeren"
  | "ouderen"
  | "arbeidsmigranten"
  | "ggz-problematiek"
  | "ex-gedetineerden";

/** Cruciale publieke sectoren die KB2024 noemt. */
export type CrucialeSector = "zorg" | "onderwijs" | "kinderopvang" | "veiligheid";

/** Soort monitoringsindicator. */
export type IndicatorSoort = "kwantitatief" | "kwalitatief";

/** Onderwerpen waarmee de agenda verbonden wordt (KB2024 §4; HRT §1.3, §3.4, §6.2). */
export type VerbindingOnderwerp =
  | "cruciale-sectoren"
  | "klimaat-en-digitale-transitie"
  | "human-capital-agendas"
  | "economic-boards"
  | "school-naar-duurzaam-werk"
  | "ontwikkelpaden"
  | "impulsbudget";

/** Een looptijd zoals de agenda die zelf noemt (bijv. 2026-2030), beide dagen inclusief. */
export interface Looptijd {
  /** Eerste dag (`JJJJ-MM-DD`). */
  readonly vanaf: string;
  /** Laatste dag, inclusief (`JJJJ-MM-DD`). */
  readonly tot: string;
}

/** De arbeidsmarktanalyse waarop de beleidsagenda berust. */
export interface Arbeidsmarktanalyse {
  /** Korte omschrijving of samenvatting. */
  readonly omschrijving: string;
  /** Datum van de analyse. */
  readonly datum?: string;
  /** Gebruikte bronnen van arbeidsmarktinformatie (bijv. UWV, SBB, VNG; S5). */
  readonly bronnen?: readonly string[];
  /** Verwijzing naar het document (titel of adres). */
  readonly document?: string;
}

/** Een ambitie uit de beleidsagenda. */
export interface Ambitie {
  /** Uniek id binnen de agenda, waarnaar acties en indicatoren verwijzen. */
  readonly id: string;
  readonly titel: string;
  readonly omschrijving?: string;
  /** Groepen in een kwetsbare positie waarop de ambitie zich richt. */
  readonly doelgroepen?: readonly KwetsbareGroep[];
  /** Cruciale sectoren waarop de ambitie zich richt. */
  readonly sectoren?: readonly CrucialeSector[];
}

/** De beleidsagenda: analyse van de arbeidsmarkt en de ambities die daaruit volgen. */
export interface Beleidsagenda {
  /** Datum van vaststelling; zonder: nog een concept. */
  readonly vastgesteldOp?: string;
  /** De looptijd zoals de agenda die noemt; zonder: gerekend vanaf de vaststelling. */
  readonly looptijd?: Looptijd;
  readonly arbeidsmarktanalyse?: Arbeidsmarktanalyse;
  readonly ambities?: readonly Ambitie[];
}

/** Een gezamenlijke actie uit de uitvoeringsagenda. */
export interface Actie {
  /** Optioneel id (bijv. om naar te verwijzen vanuit de besteding van het impulsbudget). */
  readonly id?: string;
  readonly titel: string;
  readonly omschrijving?: string;
  /** Ids van de ambities uit de beleidsagenda die de actie dient. */
  readonly ambities?: readonly string[];
  /** De partners die de actie dragen (namen zoals in het convenant). */
  readonly partners?: readonly string[];
  /** De actie vraagt samenwerking van meerdere partijen (HRT §1.3), ook als de trekkers nog niet vastliggen. */
  readonly meerderePartijenNodig?: boolean;
  /** Groepen in een kwetsbare positie waarop de actie zich richt. */
  readonly doelgroepen?: readonly KwetsbareGroep[];
}

/** De uitvoeringsagenda: de acties die de ambities vertalen. */
export interface Uitvoeringsagenda {
  /** Datum van vaststelling; zonder: nog een concept. */
  readonly vastgesteldOp?: string;
  /** De looptijd zoals de agenda die noemt (bijv. alleen 2026); zonder: gerekend vanaf de vaststelling. */
  readonly looptijd?: Looptijd;
  readonly acties?: readonly Actie[];
}

/** Een indicator voor de monitoring. */
export interface Indicator {
  readonly naam: string;
  readonly soort: IndicatorSoort;
  /** Ids van de ambities die de indicator volgt. */
  readonly ambities?: readonly string[];
  /** Bron van de gegevens (bijv. UWV, CBS, eigen uitvraag). */
  readonly bron?: string;
  readonly toelichting?: string;
}

/** Kwantitatieve en kwalitatieve monitoring door de samenwerkende partijen (KB2024 §4). */
export interface Monitoring {
  readonly indicatoren: readonly Indicator[];
  readonly toelichting?: string;
}

/** Een groep in een kwetsbare positie: opgenomen, of bewust niet opgenomen met een reden. */
export type GroepKeuze =
  | { readonly groep: KwetsbareGroep; readonly keuze: "opgenomen"; readonly toelichting?: string }
  | {
      readonly groep: KwetsbareGroep;
      readonly keuze: "bewust-niet-opgenomen";
      /** Waarom niet, op basis van de regionale arbeidsmarktanalyse (KB2024 §4). */
      readonly reden: string;
    };

/** Een verwijzing naar een agenda, programma of initiatief waarmee de agenda verbonden is. */
export interface Verwijzing {
  readonly naam: string;
  readonly toelichting?: string;
  /** Ids van de ambities die de verbinding raakt. */
  readonly ambities?: readonly string[];
}

/** Een geplande besteding van het impulsbudget. */
export interface ImpulsbudgetPost {
  readonly jaar: number;
  /** Bedrag in gehele eurocenten. */
  readonly bedrag: number;
  readonly omschrijving: string;
  /** Ids van de acties die eruit betaald worden. */
  readonly acties?: readonly string[];
}

/** Een bewuste keuze om geen verbinding te leggen, met de reden. */
export interface NietVerbonden {
  readonly onderwerp: VerbindingOnderwerp;
  readonly reden: string;
}

/** De verbindingen die de agenda legt (KB2024 §4; HRT §1.3, §3.4, §6.2; S9). */
export interface Verbindingen {
  readonly kwetsbareGroepen?: readonly GroepKeuze[];
  readonly crucialeSectoren?: readonly CrucialeSector[];
  /** Klimaat- en digitale transitie (bijv. het Actieplan groene en digitale banen). */
  readonly klimaatEnDigitaleTransitie?: readonly Verwijzing[];
  readonly humanCapitalAgendas?: readonly Verwijzing[];
  readonly economicBoards?: readonly Verwijzing[];
  /** Regionale programma's van de Wet van school naar duurzaam werk. */
  readonly schoolNaarDuurzaamWerk?: readonly Verwijzing[];
  readonly ontwikkelpaden?: readonly Verwijzing[];
  /** De verbinding met het WIN-punt (Work in NL) voor arbeidsmigranten (HRT §6.2; S9). */
  readonly winPunt?: Verwijzing;
  /** De geplande besteding van het impulsbudget (HRT §1.3). */
  readonly impulsbudget?: readonly ImpulsbudgetPost[];
  readonly nietVerbonden?: readonly NietVerbonden[];
}

interface AgendaBasis {
  /** Titel van de agenda. */
  readonly titel?: string;
  readonly vastgesteldDoor?: VaststellendOrgaan;
  readonly beleidsagenda?: Beleidsagenda;
  readonly uitvoeringsagenda?: Uitvoeringsagenda;
  readonly monitoring?: Monitoring;
  readonly verbindingen?: Verbindingen;
}

/** De landelijke meerjarenagenda (Landelijk Beraad). */
export interface LandelijkeMeerjarenagenda extends AgendaBasis {
  readonly niveau: "landelijk";
}

/** Een regionale meerjarenagenda (Regionaal Beraad), met de CBS-code van de arbeidsmarktregio. */
export interface RegionaleMeerjarenagenda extends AgendaBasis {
  readonly niveau: "regionaal";
  /** CBS-code van de arbeidsmarktregio, bijv. `AM30`. */
  readonly regio: string;
}

/** Een meerjarenagenda, landelijk of regionaal. */
export type Meerjarenagenda = LandelijkeMeerjarenagenda | RegionaleMeerjarenagenda;

/** Omschrijving met bron van iets uit een vaste lijst. */
export interface Lijstitem<T extends string> {
  readonly id: T;
  readonly naam: string;
  readonly bron: Citaat;
}

const KB2024_GROEPEN = citeer(
  "KB2024",
  "§4 'De landelijke en regionale meerjarenagenda'",
  "Onder werkzoekenden en werkenden in een kwetsbare positie onderscheiden we in ieder geval",
);

/** De groepen in een kwetsbare positie van KB2024, in de volgorde van de bron. */
export const kwetsbareGroepen: readonly Lijstitem<KwetsbareGroep>[] = [
  { id: "arbeidsbeperking", naam: "mensen met een arbeidsbeperking", bron: KB2024_GROEPEN },
  { id: "migratieachtergrond", naam: "mensen met een migratieachtergrond (statushouders, Oekraïners)", bron: KB2024_GROEPEN },
  { id: "jongeren", naam: "jongeren die vallen onder de reikwijdte van het wetsvoorstel van school naar duurzaam werk", bron: KB2024_GROEPEN },
  { id: "ouderen", naam: "ouderen", bron: KB2024_GROEPEN },
  { id: "arbeidsmigranten", naam: "arbeidsmigranten", bron: KB2024_GROEPEN },
  { id: "ggz-problematiek", naam: "mensen met GGZ-problematiek", bron: KB2024_GROEPEN },
  { id: "ex-gedetineerden", naam: "ex-gedetineerden", bron: KB2024_GROEPEN },
];

/** Bron van de cruciale publieke sectoren (KB2024 §4). */
export const crucialeSectorenBron = citeer(
  "KB2024",
  "§4 'De landelijke en regionale meerjarenagenda'",
  "voldoende personeel voor cruciale publieke sectoren als zorg, onderwijs, kinderopvang en (internationale) veiligheid",
);

/** De cruciale publieke sectoren van KB2024 (ook HRT §3.4). */
export const crucialeSectoren: readonly Lijstitem<CrucialeSector>[] = [
  { id: "zorg", naam: "zorg", bron: crucialeSectorenBron },
  { id: "onderwijs", naam: "onderwijs", bron: crucialeSectorenBron },
  { id: "kinderopvang", naam: "kinderopvang", bron: crucialeSectorenBron },
  { id: "veiligheid", naam: "(internationale) veiligheid", bron: crucialeSectorenBron },
];

/** De onderwerpen waarmee een agenda verbonden wordt, met bron. */
export const verbindingOnderwerpen: readonly Lijstitem<VerbindingOnderwerp>[] = [
  { id: "cruciale-sectoren", naam: "voldoende personeel voor cruciale publieke sectoren", bron: crucialeSectorenBron },
  {
    id: "klimaat-en-digitale-transitie",
    naam: "de klimaat- en digitale transitie (Actieplan groene en digitale banen)",
    bron: citeer("KB2024", "§4 'De landelijke en regionale meerjarenagenda'", "Bij de klimaat- en digitale transitie ziet het kabinet bijvoorbeeld een rol"),
  },
  {
    id: "human-capital-agendas",
    naam: "(sectorale) Human Capital Agenda's",
    bron: citeer("KB2024", "§4 'De landelijke en regionale meerjarenagenda'", "De meerjarenagenda wordt ook verbonden met (sectorale) Human Capital Agenda's en de (provinciale) Economic Boards."),
  },
  {
    id: "economic-boards",
    naam: "(provinciale) Economic Boards",
    bron: citeer("KB2024", "§4 'De landelijke en regionale meerjarenagenda'", "De meerjarenagenda wordt ook verbonden met (sectorale) Human Capital Agenda's en de (provinciale) Economic Boards."),
  },
  {
    id: "school-naar-duurzaam-werk",
    naam: "regionale programma's van de Wet van school naar duurzaam werk",
    bron: citeer("HRT", "§6.2 'Doorstroompunten'", "zorgen zij voor de inhoudelijke aansluiting van het regionaal programma van school naar duurzaam werk en de regionale meerjarenagenda"),
  },
  {
    id: "ontwikkelpaden",
    naam: "sectorale Ontwikkelpaden",
    bron: citeer("HRT", "§6.2 'Sectorale ontwikkelpaden'", "kunnen het inzetten van sectorale Ontwikkelpaden opnemen als onderdeel van de meerjarenagenda’s"),
  },
  {
    id: "impulsbudget",
    naam: "de besteding van het impulsbudget",
    bron: citeer("HRT", "§1.3 'Het impulsbudget'", "De besteding van het impulsbudget is logischerwijs onderdeel van deze plannen."),
  },
];
