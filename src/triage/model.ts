import type { Citaat } from "../bronnen/citaat.js";
import type { Fase } from "../tijd/fase.js";
import type { Peildatum } from "../tijd/peildatum.js";
import type { RegioCode } from "./regionamen.js";

/**
 * Triage volgens 'no wrong door': het model van een hulpvraag, de routering naar de
 * arrangeur, het Werkplan en de regionale menukaart. Alleen typen en vaste lijsten; de
 * zod-schema's staan in `schema.ts` (entry `arbeidsmarktinfra/schemas`).
 *
 * @module
 */

/** Wie de vraag stelt (KB2022: werkenden, werkzoekenden en werkgevers). */
export type Vrager = "werkende" | "werkzoekende" | "werkgever";

/**
 * De uitkering van een werkende of werkzoekende. `geen` is een niet-uitkeringsgerechtigde;
 * `onbekend` mag: de routering geeft dan `beoordelen` waar het ertoe doet, nooit een gok.
 */
export type Uitkering = "WW" | "WIA/WGA" | "Wajong" | "bijstand" | "geen" | "onbekend";

/** Drie waarden voor een feit dat bekend of onbekend kan zijn. */
export type JaNee = "ja" | "nee" | "onbekend";

/** Soort contract van een werkende. */
export type Contractsoort = "vast" | "flex" | "uitzend" | "zzp" | "onbekend";

/** Private ondersteuning waarop een werkende een beroep kan doen (KB2022: cao, O&O-fondsen, sociaal plan, werkgever). */
export type PrivateOndersteuning = "cao" | "O&O-fonds" | "sociaal-plan" | "werkgever";

/**
 * Onderwerpen van een hulpvraag. `werk`, `loopbaan`, `scholing` en `personeel` zijn de
 * vragen waarvoor het Werkcentrum er is (KB2024); de andere zijn aanpalende domeinen (HRT §6.2).
 */
export type Onderwerp =
  | "werk"
  | "loopbaan"
  | "scholing"
  | "personeel"
  | "schulden"
  | "zorg"
  | "taal-digitaal"
  | "zelfstandig-ondernemen"
  | "kinderopvang"
  | "omgevingsvergunning"
  | "overig";

/** Soort partner waar iemand zich meldt, als dat niet het Werkcentrum zelf is. */
export type Partnersoort = "UWV" | "gemeente" | "sociale-partner" | "SBB" | "onderwijs" | "WIN-punt" | "overig";

/**
 * De deur waardoor de vraag binnenkomt: een (fysiek) kanaal van het Werkcentrum, het
 * digitale kanaal (Werkcentrum.nl, e-mail, telefoon) of een partner. 'No wrong door': elke
 * deur is goed (KB2022; HRT §3.2).
 */
export type Deur =
  | { readonly soort: "werkcentrum"; readonly regio?: RegioCode }
  | { readonly soort: "digitaal"; readonly regio?: RegioCode }
  | { readonly soort: "partner"; readonly partner: Partnersoort; readonly naam?: string };

/** Velden die elke hulpvraag heeft. */
export interface HulpvraagBasis {
  /** Eigen kenmerk van de vraag (bijv. een zaaknummer); wordt niet gebruikt voor de routering. */
  readonly id?: string;
  /** Waar de vraag over gaat; minstens één onderwerp. */
  readonly onderwerpen: readonly Onderwerp[];
  /** De deur die de vrager gebruikte. */
  readonly deur: Deur;
  /**
   * De arbeidsmarktregio van de vrager: van de woongemeente (personen) of van de vestiging
   * (werkgevers). `parseHulpvraag` vult hem niet aan; `normaliseerHulpvraag` (en de CLI) leidt
   * hem af uit de woongemeente als die bekend is. Zonder regio noemt `routeer` geen concreet
   * Werkcentrum (`overdracht.werkcentrum` is dan `null`).
   */
  readonly regio?: RegioCode;
  /** Vrije toelichting; wordt niet gebruikt voor de routering. */
  readonly toelichting?: string;
}

/** Wat er van een persoon (werkende of werkzoekende) bekend kan zijn. */
export interface PersoonsgegevensHulpvraag {
  /** De uitkering; verplicht, maar `onbekend` mag. */
  readonly uitkering: Uitkering;
  /** Laatste dag van het WW-recht; alleen bij `uitkering: "WW"`. */
  readonly wwEinddatum?: Peildatum;
  /** Of er een arbeidsbeperking is; zonder: onbekend. */
  readonly arbeidsbeperking?: JaNee;
  /** Leeftijd in jaren; zonder: onbekend. */
  readonly leeftijd?: number;
  /** Of de vrager de school verlaat of verliet zonder startkwalificatie; zonder: onbekend. */
  readonly schoolverlaterZonderStartkwalificatie?: JaNee;
  /** Of de vrager arbeidsmigrant is; zonder: onbekend. */
  readonly arbeidsmigrant?: JaNee;
  /** De woongemeente (CBS-naam na het parsen, bijv. `Zaanstad`). */
  readonly woongemeente?: string;
}

/** Een werkende met een hulpvraag. */
export interface HulpvraagWerkende extends HulpvraagBasis, PersoonsgegevensHulpvraag {
  readonly vrager: "werkende";
  /** Soort contract; zonder: onbekend. */
  readonly contract?: Contractsoort;
  /**
   * Private ondersteuning waarop de werkende een beroep kan doen: een lijst (minstens één),
   * `"geen"` of `"onbekend"` (zonder: onbekend).
   */
  readonly privateOndersteuning?: readonly PrivateOndersteuning[] | "geen" | "onbekend";
  /** Of de werkende werkloos dreigt te worden (ontslag, aflopend contract of opdrachten); zonder: onbekend. */
  readonly dreigtWerkloos?: JaNee;
}

/** Een werkzoekende (niet-werkende) met een hulpvraag. */
export interface HulpvraagWerkzoekende extends HulpvraagBasis, PersoonsgegevensHulpvraag {
  readonly vrager: "werkzoekende";
}

/** Omvang van een werkgever. */
export type Werkgeveromvang = "klein" | "middelgroot" | "groot" | "onbekend";

/** Een werkgever met een personeelsvraag. */
export interface HulpvraagWerkgever extends HulpvraagBasis {
  readonly vrager: "werkgever";
  /** Omvang; zonder: onbekend. */
  readonly omvang?: Werkgeveromvang;
  /**
   * De arbeidsmarktregio's waarin de werkgever actief is, of `"landelijk"`. Zonder: de regio
   * van de vestiging (`regio`) als die bekend is (`routeer` behandelt de werkgever dan als
   * actief in één regio en zegt dat in de stap: `werkgebiedUit: "regio"`), anders onbekend.
   */
  readonly regios?: readonly RegioCode[] | "landelijk";
  /** Of de vraag (ook) over erkenning als leerbedrijf of over leerbanen gaat. */
  readonly leerbedrijfvraag?: boolean;
}

/**
 * Een hulpvraag: van een werkende, een werkzoekende of een werkgever. Een onmogelijke
 * combinatie (een werkgever met een uitkering, een werkzoekende met een contract) is niet
 * uit te drukken; het schema meldt zo'n veld als onbekend veld.
 */
export type Hulpvraag = HulpvraagWerkende | HulpvraagWerkzoekende | HulpvraagWerkgever;

/** Een hulpvraag van een persoon (werkende of werkzoekende). */
export type PersoonsHulpvraag = HulpvraagWerkende | HulpvraagWerkzoekende;

/** Alle vragers. */
export const vragers = ["werkende", "werkzoekende", "werkgever"] as const satisfies readonly Vrager[];
/** Alle uitkeringen. */
export const uitkeringen = ["WW", "WIA/WGA", "Wajong", "bijstand", "geen", "onbekend"] as const satisfies readonly Uitkering[];
/** Ja, nee, onbekend. */
export const jaNee = ["ja", "nee", "onbekend"] as const satisfies readonly JaNee[];
/** Alle contractsoorten. */
export const contractsoorten = ["vast", "flex", "uitzend", "zzp", "onbekend"] as const satisfies readonly Contractsoort[];
/** Alle soorten private ondersteuning. */
export const privateOndersteuningen = ["cao", "O&O-fonds", "sociaal-plan", "werkgever"] as const satisfies readonly PrivateOndersteuning[];
/** Alle onderwerpen. */
export const onderwerpen = [
  "werk",
  "loopbaan",
  "scholing",
  "personeel",
  "schulden",
  "zorg",
  "taal-digitaal",
  "zelfstandig-ondernemen",
  "kinderopvang",
  "omgevingsvergunning",
  "overig",
] as const satisfies readonly Onderwerp[];
/** Alle partnersoorten. */
export const partnersoorten = ["UWV", "gemeente", "sociale-partner", "SBB", "onderwijs", "WIN-punt", "overig"] as const satisfies readonly Partnersoort[];
/** Alle werkgeveromvangen. */
export const werkgeveromvangen = ["klein", "middelgroot", "groot", "onbekend"] as const satisfies readonly Werkgeveromvang[];

// Compileert niet als een lijst een waarde van het type mist (alleen typen, geen code).
type Compleet<L extends readonly string[], T extends string> = [T] extends [L[number]] ? true : never;
type AllemaalWaar<T extends readonly true[]> = T;
/** @internal Typecontrole: elke vaste lijst bevat alle waarden van zijn type. */
export type _LijstenCompleet = AllemaalWaar<
  [
    Compleet<typeof vragers, Vrager>,
    Compleet<typeof uitkeringen, Uitkering>,
    Compleet<typeof jaNee, JaNee>,
    Compleet<typeof contractsoorten, Contractsoort>,
    Compleet<typeof privateOndersteuningen, PrivateOndersteuning>,
    Compleet<typeof onderwerpen, Onderwerp>,
    Compleet<typeof partnersoorten, Partnersoort>,
    Compleet<typeof werkgeveromvangen, Werkgeveromvang>,
    Compleet<typeof doelgroepen, Doelgroep>,
    Compleet<typeof functionaliteitIds, Functionaliteit>,
    Compleet<typeof activiteitStatussen, ActiviteitStatus>,
  ]
>;

// ---------------------------------------------------------------------------------------
// Routering

/** Soort arrangeur: de partij die verantwoordelijk is en aanspreekpunt (KB2022). */
export type ArrangeurSoort = "UWV" | "gemeente" | "sociale-partners" | "werkgeversdienstverlening" | "landelijk-werkgeversservicepunt";

/** Alle soorten arrangeur. */
export const arrangeurSoorten = [
  "UWV",
  "gemeente",
  "sociale-partners",
  "werkgeversdienstverlening",
  "landelijk-werkgeversservicepunt",
] as const satisfies readonly ArrangeurSoort[];

/**
 * De arrangeur: soort partij en, waar de regio of woongemeente bekend is, de concrete
 * organisatie (`"gemeente Zaanstad"`, `"UWV"`, `"WerkgeversServicepunt Rijnmond"`,
 * `"Werkcentrum Rijnmond werkgeversdienstverlening"`, `"Landelijk WerkgeversServicepunt UWV en Landelijk WerkgeversServicepunt Gemeenten"`).
 * Een omschrijving in woorden geeft `arrangeurOmschrijving`.
 */
export interface Arrangeur {
  readonly soort: ArrangeurSoort;
  /** De concrete organisatie, of `null` als die niet bekend is (woongemeente of regio onbekend; sociale partners). */
  readonly organisatie: string | null;
}

/** Ids van de triageregels (zie de regelcatalogus). */
export type TriageRegelId =
  | "triage/werkgever-landelijk"
  | "triage/werkgever-regionaal"
  | "triage/sbb-leerbedrijf"
  | "triage/uwv-uitkeringsgerechtigden"
  | "triage/gemeente-bijstand-of-geen-uitkering"
  | "triage/uitkering-onbekend"
  | "triage/werkende-arbeidsbeperking"
  | "triage/werkende-sociale-partners"
  | "triage/werkende-zonder-private-ondersteuning"
  | "triage/werkende-met-uitkering"
  | "triage/publieke-dienstverlening-aanvullend"
  | "triage/onderwijs-scholing"
  | "triage/max-ww-overdracht"
  | "triage/transitie-uwv-eigen-clienten"
  | "triage/no-wrong-door"
  | "triage/werkcentrum-bij-onduidelijkheid"
  | "triage/doorstroompunt"
  | "triage/win-punt"
  | "triage/schuldhulpverlening"
  | "triage/informatiepunt-digitale-overheid"
  | "triage/zelfstandigen"
  | "triage/zorg-sociale-kaart"
  | "triage/buiten-domein"
  | "triage/doorlopende-dienstverlening"
  | "triage/warme-overdracht-arrangeur"
  | "triage/ondersteuningsbehoefte-centraal";

/**
 * Eén stap van de uitleg: welke regel wat besliste, met bron en de gebruikte gegevens.
 * Gegevens, geen tekst: `uitlegStap` in de hoofd-entry maakt er een Nederlandse zin van.
 * Deterministisch: geen tijden, geen willekeur.
 */
export interface Stap {
  readonly regel: TriageRegelId;
  readonly bron: Citaat;
  /** Wat de regel besliste, als korte code (bijv. `UWV`, `beoordelen`, `warm`, `verwijzen`). */
  readonly uitkomst: string;
  /** De invoer- en vergelijkingswaarden die de regel gebruikte. */
  readonly gegevens: Readonly<Record<string, string | number | boolean | null>>;
}

/**
 * De warme overdracht van de gebruikte deur naar de arrangeur (of, als niet direct helder is
 * wie verantwoordelijk is, naar het Werkcentrum): niemand wordt weggestuurd.
 */
export interface Overdracht {
  /**
   * - `zelf`: de deur is de arrangeur en helpt zelf verder;
   * - `gids-naar-arrangeur`: de gids van het Werkcentrum brengt de vrager in contact met de arrangeur;
   * - `partner-naar-arrangeur`: de partner brengt de vrager direct in contact met de arrangeur;
   * - `gids-triage`: de gids voert het gesprek en brengt de vrager in contact met de juiste partij;
   * - `partner-naar-werkcentrum`: de partner brengt de vrager in contact met het Werkcentrum (de gids).
   */
  readonly soort: "zelf" | "gids-naar-arrangeur" | "partner-naar-arrangeur" | "gids-triage" | "partner-naar-werkcentrum";
  /** Altijd warm: de vrager wordt in contact gebracht, niet alleen doorgestuurd. */
  readonly warm: true;
  /** Naam van het Werkcentrum van de deur of de regio, bijv. `Werkcentrum Rijnmond`; `null` als de regio onbekend is. */
  readonly werkcentrum: string | null;
  readonly regel: TriageRegelId;
}

/**
 * Een partij die naast de arrangeur wordt betrokken: SBB (leerbedrijven en leerbanen), de
 * publieke dienstverlening van UWV en gemeenten (aanvullend voor werkenden) of de
 * onderwijspartijen (scholingsaanbod).
 */
export interface AanvullendePartij {
  readonly soort: "SBB" | "publieke-dienstverlening" | "onderwijs";
  readonly regel: TriageRegelId;
}

/** Soort verwijzing naar een aanpalend domein (HRT §6.1, §6.2). */
export type DoorverwijzingSoort =
  | "doorstroompunt"
  | "win-punt"
  | "schuldhulpverlening"
  | "informatiepunt-digitale-overheid"
  | "bbz-zelfstandigenloket"
  | "sociale-kaart"
  | "gemeente"
  | "juiste-instantie";

/** Een (warme) verwijzing naar een aanpalend domein, naast de routering; `verwijzingNaar` geeft de naam in woorden. */
export interface Doorverwijzing {
  readonly soort: DoorverwijzingSoort;
  /** `verwijzen`, of `nagaan` als een gegeven ontbreekt dat beslist (bijv. de leeftijd). */
  readonly status: "verwijzen" | "nagaan";
  /** Het onderwerp dat de verwijzing opleverde, of `null` als een persoonsgegeven dat deed. */
  readonly onderwerp: Onderwerp | null;
  readonly regel: TriageRegelId;
}

/** Een voorbereide overdracht bij het einde van de WW (max-WW-proces, HRT §5.1). */
export interface VoorbereideOverdracht {
  /** De partij die na de WW in beeld komt: de woongemeente. */
  readonly naar: Arrangeur;
  readonly wwEinddatum: Peildatum;
  /** Laatste datum binnen het venster (peildatum + venster in maanden). */
  readonly vensterTot: Peildatum;
  readonly vensterMaanden: number;
  readonly regel: TriageRegelId;
}

/**
 * Wat er in de transitieperiode van UWV's dienstverlening beschikbaar is voor deze vrager
 * (HRT §5.1): de publieke dienstverlening altijd; de overige (workshops, coaching) alleen voor
 * eigen cliënten.
 */
export interface UwvInTransitie {
  readonly publiek: "beschikbaar";
  readonly nietPubliek: "beschikbaar" | "niet-beschikbaar" | "onbekend";
  readonly regel: TriageRegelId;
}

/** Waarom de bibliotheek de arrangeur niet kan bepalen. */
export type BeoordelenReden =
  | "werkgebied-onbekend"
  | "uitkering-onbekend"
  | "arbeidsbeperking-onbekend"
  | "werkende-met-uitkering"
  | "open-beleidspunt"
  | "private-ondersteuning-onbekend"
  | "ww-beeindigd";

/** Wat elke routering heeft. */
export interface RouteringBasis {
  readonly peildatum: Peildatum;
  readonly fase: Fase;
  readonly vrager: Vrager;
  /** De regio van de vrager, of `null`. */
  readonly regio: RegioCode | null;
  /** De gebruikte deur (uit de invoer). */
  readonly deur: Deur;
  readonly overdracht: Overdracht;
  /** Partijen naast de arrangeur. */
  readonly aanvullend: readonly AanvullendePartij[];
  /** Verwijzingen naar aanpalende domeinen. */
  readonly verwijzingen: readonly Doorverwijzing[];
  /** Bij WW die binnen het venster eindigt: de voorbereide overdracht naar de gemeente. */
  readonly voorbereideOverdracht: VoorbereideOverdracht | null;
  /** In de transitieperiode, voor personen: wat van UWV beschikbaar is. */
  readonly uwvInTransitie: UwvInTransitie | null;
  /** Of er een arbeidsmarktvraag bij zit (werk, loopbaan, scholing, personeel of zelfstandig ondernemen). */
  readonly arbeidsmarktvraag: boolean;
  /** De uitleg: de stappen in volgorde, elk met regel en bron. */
  readonly stappen: readonly Stap[];
}

/** De arrangeur is bepaald. (Beide varianten hebben dezelfde velden: handig voor JSON-gebruikers.) */
export interface RouteringBepaald extends RouteringBasis {
  readonly status: "bepaald";
  readonly arrangeur: Arrangeur;
  readonly kandidaten: readonly [];
  readonly reden: null;
  readonly nagaan: readonly [];
}

/** De arrangeur kan niet worden bepaald: een mens beslist, met de kandidaten en de reden. */
export interface RouteringBeoordelen extends RouteringBasis {
  readonly status: "beoordelen";
  readonly arrangeur: null;
  /** De partijen die in aanmerking komen (minstens twee). */
  readonly kandidaten: readonly Arrangeur[];
  readonly reden: BeoordelenReden;
  /** De velden die de gids moet nagaan om te beslissen (leeg als het een beleidsvraag is, geen ontbrekend gegeven). */
  readonly nagaan: readonly string[];
}

/** De uitkomst van {@link routeer}: precies één van beide. */
export type Routering = RouteringBepaald | RouteringBeoordelen;

// ---------------------------------------------------------------------------------------
// Menukaart

/**
 * De negen functionaliteiten van van-werk(loos)heid-naar-werkdienstverlening (KB2022, "Welke
 * functionaliteiten zijn nodig in de arbeidsmarktdienstverlening").
 */
export type Functionaliteit =
  | "arbeidsbemiddeling"
  | "re-integratie"
  | "transitiepaden"
  | "arbeidsmarktinformatie"
  | "loopbaanadvies"
  | "voorzieningen-instrumenten-subsidies"
  | "doorverwijzen-hulpverlening"
  | "arbeidsjuridisch"
  | "beschut-werk";

/** Doelgroepen van een instrument (voor de rangorde, geen harde voorwaarde). */
export type Doelgroep =
  | "werkenden"
  | "werkzoekenden"
  | "werkgevers"
  | "mkb"
  | "jongeren"
  | "55-plussers"
  | "arbeidsbeperking"
  | "arbeidsmigranten"
  | "zzp"
  | "flexwerkers"
  | "schoolverlaters";

/** Harde voorwaarden van een instrument; ontbreekt een gegeven, dan is het `na-te-gaan`. */
export interface InstrumentVoorwaarden {
  /** Alleen voor deze vragers. */
  readonly vragers?: readonly Vrager[];
  /** Alleen voor deze uitkeringen (bijv. UWV-dienstverlening voor eigen cliënten). */
  readonly uitkeringen?: readonly Exclude<Uitkering, "onbekend">[];
  /** Minimale leeftijd (inclusief). */
  readonly minLeeftijd?: number;
  /** Maximale leeftijd (inclusief). */
  readonly maxLeeftijd?: number;
  /** Alleen bij (`ja`) of zonder (`nee`) arbeidsbeperking. */
  readonly arbeidsbeperking?: "ja" | "nee";
  /** Een voorwaarde in woorden; die kan de bibliotheek niet toetsen (altijd `na-te-gaan`). */
  readonly overig?: string;
}

/** Een dienst of instrument op de regionale menukaart. */
export interface Instrument {
  readonly id: string;
  readonly naam: string;
  /** De aanbieder, bijv. `UWV` of `gemeente Rotterdam`. */
  readonly aanbieder: string;
  /** Welke van de negen functionaliteiten (KB2022) het instrument vervult; minstens één. */
  readonly functionaliteiten: readonly Functionaliteit[];
  /** Voor wie het vooral bedoeld is (voor de rangorde). */
  readonly doelgroepen: readonly Doelgroep[];
  /** Regio's waar het beschikbaar is, of `"landelijk"`. */
  readonly regios: readonly RegioCode[] | "landelijk";
  readonly voorwaarden?: InstrumentVoorwaarden;
  /**
   * Eerste dag waarop het instrument beschikbaar is (`JJJJ-MM-DD`). Met {@link geldigTot} voor
   * aanbod dat maar een tijd bestaat (bijv. alleen in de transitieperiode, HRT §5.1). Zonder
   * beide is het instrument altijd beschikbaar.
   */
  readonly geldigVanaf?: Peildatum;
  /** Laatste dag waarop het instrument beschikbaar is (tot en met). */
  readonly geldigTot?: Peildatum;
  readonly toelichting?: string;
  readonly url?: string;
}

/** Een regionale menukaart: het gezamenlijke dienstverleningspakket (KB2022; VERSLAG2022). */
export interface Menukaart {
  readonly titel: string;
  readonly regio: RegioCode;
  /** `true` voor een voorbeeld dat geen echt aanbod beschrijft. */
  readonly illustratief: boolean;
  readonly toelichting?: string;
  readonly instrumenten: readonly Instrument[];
}

/** Alle doelgroepen. */
export const doelgroepen = [
  "werkenden",
  "werkzoekenden",
  "werkgevers",
  "mkb",
  "jongeren",
  "55-plussers",
  "arbeidsbeperking",
  "arbeidsmigranten",
  "zzp",
  "flexwerkers",
  "schoolverlaters",
] as const satisfies readonly Doelgroep[];

/** Alle functionaliteiten (KB2022), in de volgorde van de Kamerbrief. */
export const functionaliteitIds = [
  "arbeidsbemiddeling",
  "re-integratie",
  "transitiepaden",
  "arbeidsmarktinformatie",
  "loopbaanadvies",
  "voorzieningen-instrumenten-subsidies",
  "doorverwijzen-hulpverlening",
  "arbeidsjuridisch",
  "beschut-werk",
] as const satisfies readonly Functionaliteit[];

/** Een reden waarom een instrument bij de vraag past (of wat na te gaan is), als gegevens. */
export type MatchReden =
  | { readonly soort: "functionaliteit"; readonly functionaliteit: Functionaliteit; readonly onderwerpen: readonly string[]; readonly regel: TriageRegelId }
  | { readonly soort: "doelgroep"; readonly doelgroep: Doelgroep }
  | { readonly soort: "regio"; readonly regio: RegioCode | "landelijk" | "onbekend" }
  | { readonly soort: "voorwaarde"; readonly veld: string; readonly uitkomst: "voldaan" | "onbekend"; readonly verwacht: string; readonly gevonden: string | null }
  | { readonly soort: "voorwaarde-tekst"; readonly tekst: string }
  /**
   * Het instrument is maar een tijd beschikbaar: `binnen` op de peildatum, of `onbekend` als
   * `zoekInstrumenten` geen peildatum kreeg (dan is de status `na-te-gaan`).
   */
  | { readonly soort: "geldigheid"; readonly uitkomst: "binnen" | "onbekend"; readonly geldigVanaf: Peildatum | null; readonly geldigTot: Peildatum | null; readonly peildatum: Peildatum | null };

/** Een instrument dat bij de hulpvraag past, met score en redenen. */
export interface InstrumentMatch {
  readonly instrument: Instrument;
  /** `past`: alle voorwaarden voldaan; `na-te-gaan`: een voorwaarde kan niet getoetst worden. */
  readonly status: "past" | "na-te-gaan";
  readonly score: number;
  readonly redenen: readonly MatchReden[];
}

// ---------------------------------------------------------------------------------------
// Werkplan

/** Status van een activiteit in het Werkplan. */
export type ActiviteitStatus = "gepland" | "lopend" | "afgerond" | "gestopt";

/** Alle statussen van een activiteit. */
export const activiteitStatussen = ["gepland", "lopend", "afgerond", "gestopt"] as const satisfies readonly ActiviteitStatus[];

/** Een activiteit in het Werkplan, met aanbieder en status. */
export interface Activiteit {
  readonly id: string;
  readonly omschrijving: string;
  /** Wie de activiteit uitvoert (de arrangeur voert niet alles zelf uit, KB2022). */
  readonly aanbieder: string;
  readonly functionaliteit?: Functionaliteit;
  readonly status: ActiviteitStatus;
  readonly start?: Peildatum;
  readonly einde?: Peildatum;
}

/** De inkomenssituatie van de persoon in een Werkplan. */
export interface Inkomenssituatie {
  readonly vrager: "werkende" | "werkzoekende";
  readonly uitkering: Uitkering;
  /** Alleen bij `uitkering: "WW"`. */
  readonly wwEinddatum?: Peildatum;
}

/** Wat elke {@link Planoverdracht} heeft. */
export interface PlanoverdrachtBasis {
  /** De arrangeur die het plan overdraagt: de arrangeur vóór de wijziging. */
  readonly van: Arrangeur;
  /**
   * Altijd warm: de vorige arrangeur brengt de persoon in contact met de nieuwe en draagt het
   * plan over; de persoon hoeft niet opnieuw te beginnen (geen nieuwe intake of diagnose).
   */
  readonly warm: true;
  /** De dag van de overdracht: de peildatum van de wijziging. */
  readonly datum: Peildatum;
  /**
   * Of de overdracht al was voorbereid: het plan had een {@link VoorbereideOverdracht}
   * (max-WW-proces) naar de nieuwe arrangeur (bij `beoordelen`: naar een van de kandidaten).
   */
  readonly voorbereid: boolean;
  readonly regel: "triage/warme-overdracht-arrangeur";
  readonly bron: Citaat;
}

/** Het Werkplan gaat over naar een andere arrangeur, die bepaald is. */
export interface PlanoverdrachtBepaald extends PlanoverdrachtBasis {
  readonly status: "bepaald";
  /** De arrangeur die het plan overneemt: de nieuwe arrangeur van het plan. */
  readonly naar: Arrangeur;
  readonly kandidaten: readonly [];
  readonly reden: null;
}

/**
 * De nieuwe arrangeur kan niet bepaald worden: of en naar wie het plan overgaat, beslist een
 * mens. Tot dan blijft `van` aanspreekpunt (zie `Werkplan.openstaand`); staat `van` bij de
 * kandidaten, dan kan de uitkomst ook zijn dat er geen overdracht is.
 */
export interface PlanoverdrachtBeoordelen extends PlanoverdrachtBasis {
  readonly status: "beoordelen";
  readonly naar: null;
  /** De partijen die in aanmerking komen (uit de routering). */
  readonly kandidaten: readonly Arrangeur[];
  readonly reden: BeoordelenReden;
}

/**
 * De overdracht van het Werkplan aan een andere arrangeur, bij een wijziging van de
 * inkomenssituatie (bijv. van UWV naar de gemeente als de WW overgaat in bijstand). Alleen als
 * de arrangeur verandert, of als de nieuwe nog beoordeeld moet worden; blijft de arrangeur
 * dezelfde, dan is er geen overdracht. Beide varianten hebben dezelfde velden (handig voor
 * JSON-gebruikers), zoals {@link Routering}.
 */
export type Planoverdracht = PlanoverdrachtBepaald | PlanoverdrachtBeoordelen;

/** Een wijziging in de historie van het Werkplan. */
export interface Planwijziging {
  readonly datum: Peildatum;
  readonly soort: "intake" | "inkomenssituatie";
  /** `bepaald`, of `beoordelen` als de nieuwe arrangeur nog open staat (de vorige blijft dan aanspreekpunt). */
  readonly status: "bepaald" | "beoordelen";
  /** De arrangeur (aanspreekpunt) na de wijziging. */
  readonly arrangeur: Arrangeur;
  /** De arrangeur ervoor (bij een wijziging). */
  readonly vorigeArrangeur?: Arrangeur;
  readonly vorigeInkomenssituatie?: Inkomenssituatie;
  readonly inkomenssituatie?: Inkomenssituatie;
  /** Ids van activiteiten die doorlopen (doorlopende dienstverlening). */
  readonly doorlopendeActiviteiten?: readonly string[];
  /** Ids van de regels die de routering bepaalden. */
  readonly regels: readonly string[];
  readonly bron: Citaat;
  /** Waar de melding van de wijziging vandaan komt (bijv. `UWV-beschikking`). */
  readonly herkomst?: string;
  /**
   * De warme overdracht aan een andere arrangeur: alleen bij een wijziging waarbij de arrangeur
   * verandert (`bepaald`) of de nieuwe nog beoordeeld moet worden (`beoordelen`). Ontbreekt bij
   * de intake en als de arrangeur dezelfde blijft.
   */
  readonly overdracht?: Planoverdracht;
}

/** Een openstaande beslissing over de arrangeur, als de routering `beoordelen` gaf. */
export interface OpenstaandeArrangeur {
  readonly sinds: Peildatum;
  readonly kandidaten: readonly Arrangeur[];
  readonly reden: BeoordelenReden;
  readonly nagaan: readonly string[];
}

/**
 * Het persoonlijke Werkplan: één intake, één diagnose, één plan (KB2022). De persoon houdt de
 * regie; de arrangeur stelt het plan met de persoon vast. Bij een andere inkomenssituatie
 * lopen de activiteiten door.
 */
export interface Werkplan {
  readonly id?: string;
  readonly persoon: PersoonsHulpvraag;
  /** De huidige arrangeur en aanspreekpunt. */
  readonly arrangeur: Arrangeur;
  /** Als een nieuwe arrangeur nog beoordeeld moet worden: de kandidaten; de huidige blijft aanspreekpunt. */
  readonly openstaand?: OpenstaandeArrangeur;
  /** Een voorbereide overdracht (max-WW-proces). */
  readonly voorbereideOverdracht?: VoorbereideOverdracht;
  readonly intake: { readonly datum: Peildatum; readonly deur: Deur };
  readonly diagnose?: { readonly datum: Peildatum; readonly ondersteuningsbehoefte: string };
  readonly activiteiten: readonly Activiteit[];
  readonly historie: readonly Planwijziging[];
}
