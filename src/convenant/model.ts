import type { RegionaalBeraad } from "../beraad/model.js";
import type { Meerjarenagenda } from "../agenda/model.js";
import type { WerkcentrumAfspraken } from "../werkcentrum/model.js";

/**
 * Het regionale samenwerkingsconvenant: de partijen met hun rol (het Regionaal Beraad), en de
 * afspraken over het Werkcentrum, het arbeidsmarktbeleid en de meerjarenagenda, het
 * impulsbudget, de begroting, gegevensdeling, het WIN-punt en de evaluatie. Afspraken die het
 * model niet kent, staan als vrije tekst in `overigeAfspraken` en gaan nooit verloren.
 *
 * Een convenant is een uitbreiding van een {@link RegionaalBeraad}: `regio`, `partijen`,
 * `thematafels`, `werkgroepen` en `voorbereidendeOverleggen` staan bovenaan het document.
 *
 * @module
 */

/** Ondertekening van het convenant. */
export interface Ondertekening {
  /**
   * Datum `JJJJ-MM-DD`. Ligt ze na de peildatum, dan is het convenant op de peildatum nog niet
   * ondertekend (`convenant/looptijd-op-peildatum`: beoordelen, bijv. een concept).
   */
  readonly datum?: string;
  readonly plaats?: string;
  /** Namen van de ondertekenaars (personen of organisaties). */
  readonly ondertekenaars?: readonly string[];
}

/**
 * Looptijd van het convenant. De bronnen zeggen niets over de looptijd zelf; vrij in te vullen.
 * `convenant/looptijd-op-peildatum` toetst wel of het convenant op de peildatum geldt (ingegaan,
 * niet verlopen), en `parseConvenant` weigert een einddatum vóór de ingangsdatum (`inconsistent`).
 */
export interface ConvenantLooptijd {
  /** Eerste dag waarop het convenant geldt, `JJJJ-MM-DD`. */
  readonly ingangsdatum?: string;
  /** Laatste dag waarop het convenant geldt (tot en met), `JJJJ-MM-DD`; zonder: onbepaalde tijd. */
  readonly einddatum?: string;
  readonly toelichting?: string;
}

/** De regionale meerjarenagenda waarnaar het convenant verwijst of die het afspreekt. */
export interface MeerjarenagendaVerwijzing {
  /** `vastgesteld` door het Regionaal Beraad, of nog `in-voorbereiding`. */
  readonly status: "vastgesteld" | "in-voorbereiding";
  /** Datum van vaststelling `JJJJ-MM-DD`. */
  readonly vastgesteldOp?: string;
  /** Beoogde datum van vaststelling (bij `in-voorbereiding`). */
  readonly beoogdeVaststelling?: string;
  /** Verwijzing naar het document (titel, bestand of adres). */
  readonly verwijzing?: string;
  readonly toelichting?: string;
}

/** Afspraken over het regionale arbeidsmarktbeleid. */
export interface Arbeidsmarktbeleid {
  readonly meerjarenagenda?: MeerjarenagendaVerwijzing;
  /**
   * De onderwerpen van het Regionaal Werkbedrijf (werk voor mensen met een arbeidsbeperking,
   * de banenafspraak) staan op de tafel van het Regionaal Beraad.
   */
  readonly onderwerpenRegionaalWerkbedrijf?: boolean;
  /** Thema's of prioriteiten, vrij. */
  readonly themas?: readonly string[];
  readonly toelichting?: string;
}

/** Afspraken over individuele dienstverlening uit het impulsbudget. */
export interface IndividueleDienstverlening {
  readonly toegestaan: boolean;
  /** Alleen in beperkte gevallen (bij uitzondering). */
  readonly alleenBijUitzondering?: boolean;
  /** Alleen aanvullend op de bestaande, reguliere dienstverlening. */
  readonly aanvullendOpRegulier?: boolean;
  readonly toelichting?: string;
}

/** Afspraken over het impulsbudget. */
export interface ImpulsbudgetAfspraken {
  /** Wie beslist over de besteding: het Regionaal Beraad in gezamenlijkheid, of anders. */
  readonly besluitvorming?: "regionaal-beraad" | "centrumgemeente" | "anders";
  /** Naam van de partij die formeel verantwoordelijk is (de centrumgemeente). */
  readonly formeelVerantwoordelijke?: string;
  /** Welke inkoop- en subsidiekaders gelden. */
  readonly inkoopEnSubsidiekaders?: "centrumgemeente" | "per-uitvoerende-partner" | "anders";
  readonly individueleDienstverlening?: IndividueleDienstverlening;
  readonly toelichting?: string;
}

/** Een post in de begroting: wie betaalt wat, uit welk budget, in geld of in natura. */
export interface Begrotingspost {
  readonly omschrijving: string;
  /** Naam van de partij die betaalt. */
  readonly betaler?: string;
  /** Het budget waar de post ten laste van komt (bijv. "structurele DU centrumgemeente", "impulsbudget", "begroting UWV"). */
  readonly budget?: string;
  /** Bedrag in gehele eurocenten (€ 135.000 = 13500000). */
  readonly bedragCent?: number;
  /** Een bijdrage in natura (in-kind), bijv. personeel of huisvesting. */
  readonly inKind?: boolean;
  readonly toelichting?: string;
}

/** De begroting en kostenverdeling. */
export interface Begroting {
  readonly posten?: readonly Begrotingspost[];
  /** De totale verwachte kosten van het fysieke en digitale Werkcentrum. */
  readonly totaleKostenWerkcentrum?: { readonly bedragCent?: number; readonly jaar?: number; readonly toelichting?: string };
  /** Hoe met een eventueel overschot wordt omgegaan. */
  readonly surplus?: string;
  readonly toelichting?: string;
}

/** Afspraken met het WIN-punt (Work in NL, voor arbeidsmigranten). */
export interface WinPuntAfspraken {
  /** De afspraken zelf (vrije tekst). */
  readonly afspraken?: string;
  readonly vorm?: "geintegreerd" | "samenwerking" | "apart";
  /** Verwijzing naar een bijlage van het convenant. */
  readonly bijlage?: string;
  /** Waarom er (nog) geen afspraken zijn. */
  readonly geenAfsprakenReden?: string;
}

/** Een afspraak die het model niet kent, als vrije tekst. */
export interface VrijeAfspraak {
  readonly titel: string;
  readonly tekst: string;
  /** Artikelnummer in het convenant. */
  readonly artikel?: string;
}

/** Het regionale samenwerkingsconvenant. */
export interface Convenant extends RegionaalBeraad {
  /** Verwijzing naar het JSON Schema van het formaat (voor editors); heeft geen betekenis voor de toets. */
  readonly $schema?: string;
  readonly titel?: string;
  readonly ondertekening?: Ondertekening;
  readonly looptijd?: ConvenantLooptijd;
  /** De samenwerking in het Werkcentrum (zelfde model als een los Werkcentrum; de regio mag ontbreken). */
  readonly werkcentrum?: WerkcentrumAfspraken;
  /** Verwijzing naar een apart Werkcentrum-document, als het Werkcentrum niet in het convenant staat. */
  readonly werkcentrumDocument?: string;
  readonly arbeidsmarktbeleid?: Arbeidsmarktbeleid;
  /**
   * De regionale meerjarenagenda zelf, als het convenant die bevat (zelfde model als een losse
   * agenda). De agendaregels tellen dan mee in het rapport van het convenant.
   */
  readonly meerjarenagenda?: Meerjarenagenda;
  readonly impulsbudget?: ImpulsbudgetAfspraken;
  readonly begroting?: Begroting;
  /** Afspraken over gegevensdeling (vrije tekst; de bronnen geven geen vaste clausules). */
  readonly gegevensdeling?: string;
  readonly winPunt?: WinPuntAfspraken;
  /** Afspraken over evaluatie (vrije tekst; geen regel). */
  readonly evaluatie?: string;
  /** Besluitvorming en stemverhoudingen (vrije tekst; de bronnen zeggen hier niets over). */
  readonly besluitvorming?: string;
  /** Geschillenregeling (vrije tekst; geen regel). */
  readonly geschillen?: string;
  /** Toe- en uittreding van partijen (vrije tekst; geen regel). */
  readonly toeEnUittreding?: string;
  /** Alle andere afspraken, als vrije tekst. */
  readonly overigeAfspraken?: readonly VrijeAfspraak[];
  readonly toelichting?: string;
}
