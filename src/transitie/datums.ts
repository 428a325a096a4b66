import { citeer, type Citaat } from "../bronnen/citaat.js";
import { dagVanMijlpaal, mijlpaalUitBron } from "../mijlpaal.js";
import type { Instellingen } from "../tijd/instellingen.js";
import { mijlpalen, type Mijlpaal, type MijlpaalOnderwerp } from "../tijd/mijlpalen.js";
import type { Peildatum } from "../tijd/peildatum.js";
import type { OudLoketSoort } from "./model.js";

/**
 * De datums van de overgang van RMT, Leerwerkloket en WerkgeversServicepunt naar het
 * Werkcentrum (DOMAIN §3 en §10; HRT hoofdstuk 5). De datums komen uit de mijlpalen
 * (`src/tijd/mijlpalen.ts`), zodat ze op één plek staan; alleen wat daar niet staat (de
 * websites van de Leerwerkloketten "in 2025") is hier met bron toegevoegd.
 *
 * @module
 */

/** Een datum uit de transitie met bron (en de mijlpaal waar hij vandaan komt). */
export interface Transitiedatum {
  readonly datum: Peildatum;
  readonly omschrijving: string;
  readonly bron: Citaat;
  /** Id van de mijlpaal in `mijlpalen()`, als de datum daaruit komt. */
  readonly mijlpaal?: string;
}

/** De vaste datums van de transitie. */
export interface Transitiedatums {
  /** Einde van de Tijdelijke regeling aanvullende dienstverlening (RMT): 2025-01-01. */
  readonly eindeRmtRegeling: Transitiedatum;
  /** Uiterste startdatum van via UWV ingekochte RMT-dienstverlening: 2024-12-31. */
  readonly rmtLaatsteStartViaUwv: Transitiedatum;
  /** Via UWV ingekochte RMT-dienstverlening loopt uiterlijk tot en met 2025-08-31. */
  readonly rmtEindeViaUwv: Transitiedatum;
  /** Uiterste datum verantwoording personele inzet 2024: 2025-07-15. */
  readonly verantwoordingPersoneleInzet2024: Transitiedatum;
  /** Eerste declaratiemoment 2025: 2025-07-15. */
  readonly eersteDeclaratiemoment: Transitiedatum;
  /** Laatste declaratiemoment: 2025-11-28; latere declaraties voor eigen rekening. */
  readonly laatsteDeclaratiemoment: Transitiedatum;
  /** Einde Rijksfinanciering en landelijke ondersteuning Leerwerkloketten: 2025-01-01. */
  readonly eindeFinancieringLeerwerkloketten: Transitiedatum;
  /** Laatste dag waarop de websites van de Leerwerkloketten nog in gebruik blijven: 2025-12-31. */
  readonly laatsteDagWebsitesLeerwerkloketten: Transitiedatum;
  /**
   * Laatste dag van het jaar waarin de organisaties van de RMT's nog "een beperkt aantal
   * werkzaamheden" hebben (laatste declaraties, monitorgegevens, verantwoording): 2025-12-31.
   */
  readonly laatsteDagRestwerkRmt: Transitiedatum;
}

function uitMijlpaal(id: string): Transitiedatum {
  const m = mijlpaalUitBron(id);
  return { datum: dagVanMijlpaal(id), omschrijving: m.omschrijving, bron: m.bron, mijlpaal: id };
}

let bewaard: Transitiedatums | undefined;

/**
 * De vaste datums van de transitie, met bron. Ze hangen niet af van de inwerkingtreding van
 * de wet (die van het WerkgeversServicepunt wel: zie `inwerkingtreding(instellingen)`).
 *
 * @example
 * ```ts
 * import { transitiedatums } from "arbeidsmarktinfra";
 * transitiedatums().laatsteDeclaratiemoment.datum; // "2025-11-28"
 * ```
 */
export function transitiedatums(): Transitiedatums {
  bewaard ??= {
    eindeRmtRegeling: uitMijlpaal("einde-rmt-regeling"),
    rmtLaatsteStartViaUwv: uitMijlpaal("rmt-laatste-start-via-uwv"),
    rmtEindeViaUwv: uitMijlpaal("rmt-einde-via-uwv"),
    verantwoordingPersoneleInzet2024: uitMijlpaal("verantwoording-personele-inzet-2024"),
    eersteDeclaratiemoment: uitMijlpaal("eerste-declaratiemoment"),
    laatsteDeclaratiemoment: uitMijlpaal("laatste-declaratiemoment"),
    eindeFinancieringLeerwerkloketten: uitMijlpaal("einde-financiering-leerwerkloketten"),
    laatsteDagWebsitesLeerwerkloketten: {
      datum: "2025-12-31" as Peildatum,
      omschrijving: "De websites (landelijk en regionaal) van de Leerwerkloketten blijven in 2025 in gebruik tot de overgang naar de website van het Werkcentrum",
      bron: LWL_WEBSITES_BRON,
    },
    laatsteDagRestwerkRmt: {
      datum: "2025-12-31" as Peildatum,
      omschrijving: "De organisaties die samenwerkten in de RMT's hebben in 2025 nog een beperkt aantal werkzaamheden (laatste declaraties, monitorgegevens over november en december 2024)",
      bron: RMT_RESTWERK_BRON,
    },
  };
  return bewaard;
}

const TRANSITIE_ONDERWERPEN: readonly MijlpaalOnderwerp[] = ["transitie", "rmt", "leerwerkloket", "wsp"];

/**
 * De mijlpalen van de transitie (RMT, Leerwerkloket, WerkgeversServicepunt en begin en einde
 * van de transitieperiode), gesorteerd op datum. Mijlpalen die de inwerkingtreding volgen,
 * schuiven mee met de instellingen.
 */
export function transitieMijlpalen(instellingen?: Instellingen): readonly Mijlpaal[] {
  return mijlpalen(instellingen).filter((m) => TRANSITIE_ONDERWERPEN.includes(m.onderwerp));
}

/** Beschrijving van een oud loket en wat er in de transitie mee gebeurt. */
export interface OudLoketBeschrijving {
  readonly soort: OudLoketSoort;
  readonly naam: string;
  readonly afkorting: string;
  /** Wat er in de transitie verandert. */
  readonly overgang: string;
  readonly bron: Citaat;
  readonly andereBronnen?: readonly Citaat[];
  /** Ids van de bijbehorende mijlpalen. */
  readonly mijlpalen: readonly string[];
}

/** Bron van het einde van de regionale mobiliteitsteams. */
export const RMT_BRON: Citaat = citeer("HRT", "§5.1", "Per 1 januari 2025 stopt de Tijdelijke Regeling voor de RMT’s.");
/** Bron van het einde van de Rijksfinanciering van de Leerwerkloketten. */
export const LWL_BRON: Citaat = citeer("HRT", "§5.2", "Per 1 januari 2025 stopt de Rijksfinanciering van de Leerwerkloketten");
/** Bron van het gebruik van de websites van de Leerwerkloketten in 2025. */
export const LWL_WEBSITES_BRON: Citaat = citeer("HRT", "§5.2 'Communicatie'", "blijven in gebruik in 2025 tot de volledige overgang naar de website van het Werkcentrum is gerealiseerd");
/** Bron van de restwerkzaamheden van de RMT's in 2025. */
export const RMT_RESTWERK_BRON: Citaat = citeer("HRT", "§5.1 'Declaraties aanvullende dienstverlening'", "hebben in 2025 nog een beperkt aantal werkzaamheden");
/** Bron van de tijdelijke verwijzing naar de regionale RMT-website vanaf januari 2025. */
export const RMT_WEBSITE_BRON: Citaat = citeer("HRT", "§5.1 'Communicatie'", "vanaf januari 2025 nog tijdelijk verwezen worden naar de regionale RMT-website");
/** Bron van de overgang van het WerkgeversServicepunt naar het Werkcentrum. */
export const WSP_BRON: Citaat = citeer("HRT", "§5.3", "wordt opgenomen dat de werkgeversdienstverlening via het Werkcentrum wordt aangeboden");

/** De drie oude loketten en hun overgang naar het Werkcentrum (HRT hoofdstuk 5; KB2024). */
export const oudeLoketten: Readonly<Record<OudLoketSoort, OudLoketBeschrijving>> = {
  rmt: {
    soort: "rmt",
    naam: "Regionaal mobiliteitsteam",
    afkorting: "RMT",
    overgang:
      "De Tijdelijke regeling aanvullende dienstverlening stopt per 1 januari 2025; daarmee vervallen de grondslagen en de financiering voor ontschotte aanvullende dienstverlening en voor gegevensuitwisseling tussen private en publieke partijen. In 2025 resten de laatste declaraties (15 juli en 28 november 2025), de monitorgegevens over november en december 2024 en de verantwoording personele inzet 2024 (uiterlijk 15 juli 2025). De RMT's hielpen van maart 2021 tot februari 2024 ongeveer 41.000 mensen (KB2024).",
    bron: RMT_BRON,
    andereBronnen: [citeer("KB2024", "'Geleerde lessen vanuit de regionale mobiliteitsteams'", "ongeveer 41.000")],
    mijlpalen: ["rmt-laatste-start-via-uwv", "einde-rmt-regeling", "verantwoording-personele-inzet-2024", "eerste-declaratiemoment", "rmt-einde-via-uwv", "laatste-declaratiemoment"],
  },
  leerwerkloket: {
    soort: "leerwerkloket",
    naam: "Leerwerkloket",
    afkorting: "LWL",
    overgang:
      "Per 1 januari 2025 stoppen de Rijksfinanciering en de landelijke ondersteuning; het merk houdt op te bestaan. Scholings- en loopbaanadvies kan blijven bestaan en komt deels terug via de gidsen van het Werkcentrum. De websites blijven in 2025 in gebruik tot de overgang naar de website van het Werkcentrum; de community sluit naar verwachting medio 2025 en het CRM-systeem blijft het eerste halfjaar in gebruik.",
    bron: LWL_BRON,
    mijlpalen: ["einde-financiering-leerwerkloketten", "crm-leerwerkloketten", "community-leerwerkloketten-sluit"],
  },
  wsp: {
    soort: "wsp",
    naam: "WerkgeversServicepunt",
    afkorting: "WSP",
    overgang:
      "Tot de inwerkingtreding van de nieuwe wet bieden UWV en gemeenten gezamenlijke werkgeversdienstverlening via het WerkgeversServicepunt. In de nieuwe wet wordt opgenomen dat de werkgeversdienstverlening via het Werkcentrum wordt aangeboden; de naam WerkgeversServicepunt vervalt op termijn. Het basispakket (Besluit SUWI) blijft gelijk, met intensievere samenwerking met SBB.",
    bron: WSP_BRON,
    andereBronnen: [citeer("KB2024", "§1 'Een herkenbare en eenduidige naam: het Werkcentrum'")],
    mijlpalen: ["werkgeversdienstverlening-via-werkcentrum"],
  },
};
