import { OngeldigeInvoerFout, vereisVorm } from "../result.js";
import type { Peildatum } from "../tijd/peildatum.js";
import { vereisEenVan, vereisObject, vereisTekst, weiger } from "../vorm.js";
import { C_DOORLOPEND, C_EEN_INTAKE, C_OVERNEMEN } from "./citaten.js";
import { ALLEEN_WERKENDEN, alleenBekendeVelden, controleerActiviteiten, controleerPersoon, controleerPersoonsgegevens, controleerWerkplan } from "./controle.js";
import {
  uitkeringen,
  type Activiteit,
  type Arrangeur,
  type Contractsoort,
  type HulpvraagWerkende,
  type Inkomenssituatie,
  type JaNee,
  type PersoonsHulpvraag,
  type Planoverdracht,
  type Planwijziging,
  type Routering,
  type Werkplan,
} from "./model.js";
import { routeer, type RouteerOpties } from "./routeer.js";

/**
 * Het persoonlijke Werkplan: één intake, één diagnose, één plan (KB2022; VERSLAG2022), met
 * doorlopende dienstverlening als de inkomenssituatie verandert.
 *
 * @module
 */

/** Uitkomst van {@link maakWerkplan}: een plan als de arrangeur bepaald is, anders de routering om te beoordelen. */
export type WerkplanStart =
  | { readonly status: "bepaald"; readonly werkplan: Werkplan; readonly routering: Routering }
  | { readonly status: "beoordelen"; readonly routering: Routering };

/** Extra gegevens voor {@link maakWerkplan}. */
export interface MaakWerkplanOpties extends RouteerOpties {
  readonly id?: string;
  /** De ondersteuningsbehoefte uit de diagnose. */
  readonly ondersteuningsbehoefte?: string;
  readonly activiteiten?: readonly Activiteit[];
}

const regels = (r: Routering): string[] => [...new Set(r.stappen.map((s) => s.regel))];

/**
 * Start een Werkplan na de intake: de arrangeur volgt uit {@link routeer}. Kan de arrangeur
 * niet bepaald worden, dan komt er (nog) geen plan maar de routering met kandidaten: eerst
 * beslist een mens wie het plan met de persoon maakt.
 *
 * Een Werkplan is persoonlijk (KB2022: "één persoonlijk Werkplan"): de vraag van een werkgever
 * geeft een {@link OngeldigeInvoerFout}, net als een persoon of activiteiten die niet de vorm
 * van het model hebben (dezelfde eisen als `parseWerkplan`, bijv. unieke activiteit-ids). Zo
 * maakt `maakWerkplan` nooit een plan dat `parseWerkplan` afkeurt.
 *
 * @example
 * ```ts
 * import { maakWerkplan } from "arbeidsmarktinfra";
 * const s = maakWerkplan(
 *   { vrager: "werkzoekende", uitkering: "WW", woongemeente: "Zaanstad", onderwerpen: ["werk"], deur: { soort: "werkcentrum" } },
 *   { peildatum: "2026-02-02", ondersteuningsbehoefte: "Omscholing naar de zorg" },
 * );
 * if (s.status === "bepaald") s.werkplan.arrangeur.soort; // "UWV"
 * ```
 */
export function maakWerkplan(persoon: PersoonsHulpvraag, opties: MaakWerkplanOpties): WerkplanStart {
  vereisVorm("maakWerkplan", persoon, { tekst: ["vrager"] }, "parseHulpvraag", ["persoon"]);
  controleerPersoon(["persoon"], persoon);
  vereisObject(["opties"], opties);
  if (opties.id !== undefined) vereisTekst(["opties", "id"], opties.id, true);
  if (opties.ondersteuningsbehoefte !== undefined) vereisTekst(["opties", "ondersteuningsbehoefte"], opties.ondersteuningsbehoefte, true);
  if (opties.activiteiten !== undefined) controleerActiviteiten(["opties", "activiteiten"], opties.activiteiten);
  const routering = routeer(persoon, opties);
  if (routering.status !== "bepaald") return { status: "beoordelen", routering };
  const datum = routering.peildatum;
  const intake: Planwijziging = { datum, soort: "intake", status: "bepaald", arrangeur: routering.arrangeur, inkomenssituatie: inkomenssituatieVan(persoon), regels: regels(routering), bron: C_EEN_INTAKE };
  const werkplan: Werkplan = {
    ...(opties.id !== undefined && { id: opties.id }),
    persoon,
    arrangeur: routering.arrangeur,
    ...(routering.voorbereideOverdracht !== null && { voorbereideOverdracht: routering.voorbereideOverdracht }),
    intake: { datum, deur: persoon.deur },
    ...(opties.ondersteuningsbehoefte !== undefined && { diagnose: { datum, ondersteuningsbehoefte: opties.ondersteuningsbehoefte } }),
    activiteiten: opties.activiteiten ?? [],
    historie: [intake],
  };
  return { status: "bepaald", werkplan, routering };
}

/** De inkomenssituatie van een persoon. */
export function inkomenssituatieVan(p: PersoonsHulpvraag): Inkomenssituatie {
  vereisObject(["persoon"], p);
  vereisEenVan(["persoon", "vrager"], p.vrager, ["werkende", "werkzoekende"]);
  vereisEenVan(["persoon", "uitkering"], p.uitkering, uitkeringen);
  return { vrager: p.vrager, uitkering: p.uitkering, ...(p.uitkering === "WW" && p.wwEinddatum !== undefined && { wwEinddatum: p.wwEinddatum }) };
}

/**
 * Een nieuwe inkomenssituatie voor {@link wijzigInkomenssituatie}: vrager en uitkering, en de
 * gegevens die daarbij opnieuw bekend worden. Wie van werkzoekende werkende wordt, heeft voor de
 * routering van werkenden ook `privateOndersteuning`, `dreigtWerkloos` en (eventueel)
 * `arbeidsbeperking` en `contract` nodig; zonder blijven die onbekend (en wordt de uitkomst vaak
 * `beoordelen`). Velden die hier niet staan, blijven zoals in het plan.
 */
export interface NieuweInkomenssituatie extends Inkomenssituatie {
  /** Waar de melding van de wijziging vandaan komt (bijv. `UWV-beschikking`). */
  readonly herkomst?: string;
  readonly arbeidsbeperking?: JaNee;
  /** Alleen voor werkenden. */
  readonly contract?: Contractsoort;
  /** Alleen voor werkenden. */
  readonly privateOndersteuning?: NonNullable<HulpvraagWerkende["privateOndersteuning"]>;
  /** Alleen voor werkenden. */
  readonly dreigtWerkloos?: JaNee;
}

const VELDEN_NIEUWE_SITUATIE: readonly string[] = ["vrager", "uitkering", "wwEinddatum", "herkomst", "arbeidsbeperking", "contract", "privateOndersteuning", "dreigtWerkloos"];

/**
 * Controleert de nieuwe situatie: een object met alleen bekende velden, een vrager die een
 * persoon is, geen velden voor werkenden bij een werkzoekende, en waarden uit de woordenschat
 * van het Hulpvraag-schema (niets gaat stil verloren, niets ongeldigs komt in het plan).
 */
function controleerNieuweSituatie(n: unknown): asserts n is NieuweInkomenssituatie {
  const pad = ["nieuweSituatie"];
  vereisObject(pad, n);
  alleenBekendeVelden(pad, n, VELDEN_NIEUWE_SITUATIE);
  vereisEenVan([...pad, "vrager"], n["vrager"], ["werkende", "werkzoekende"]);
  if (n["vrager"] !== "werkende") {
    for (const veld of ALLEEN_WERKENDEN) {
      if (n[veld] !== undefined) weiger("inconsistent", [...pad, veld], `geldt alleen voor een werkende (vrager is ${JSON.stringify(n["vrager"])})`);
    }
  }
  // De velden van werkenden zijn bij een werkzoekende hierboven al geweigerd: controleer ze gewoon mee.
  controleerPersoonsgegevens(pad, n, true);
  if (n["herkomst"] !== undefined) vereisTekst([...pad, "herkomst"], n["herkomst"]);
}

/** De persoon met een nieuwe inkomenssituatie; velden die alleen voor werkenden gelden vervallen bij werkzoekenden. */
function metInkomenssituatie(p: PersoonsHulpvraag, n: Omit<NieuweInkomenssituatie, "herkomst">): PersoonsHulpvraag {
  const { vrager: _v, uitkering: _u, wwEinddatum: _w, ...rest } = p;
  const { vrager, uitkering, wwEinddatum, ...opgegeven } = n;
  // Een veld met de waarde undefined telt als niet opgegeven (het oude gegeven blijft).
  const nieuw = Object.fromEntries(Object.entries(opgegeven).filter(([, w]) => w !== undefined));
  // Een WW-einddatum bij een andere uitkering weigert controleerNieuweSituatie al.
  const ww = wwEinddatum !== undefined ? { wwEinddatum } : {};
  if (vrager === "werkzoekende") {
    const { contract: _c, privateOndersteuning: _p, dreigtWerkloos: _d, ...gedeeld } = rest as Partial<Extract<PersoonsHulpvraag, { vrager: "werkende" }>> & typeof rest;
    return { ...gedeeld, ...nieuw, vrager: "werkzoekende", uitkering, ...ww };
  }
  return { ...rest, ...nieuw, vrager: "werkende", uitkering, ...ww };
}

/** Of twee arrangeurs dezelfde zijn (soort en organisatie). */
function zelfdeArrangeur(a: Arrangeur, b: Arrangeur): boolean {
  return a.soort === b.soort && a.organisatie === b.organisatie;
}

/**
 * De warme overdracht bij een wijziging: `undefined` als de arrangeur dezelfde blijft, anders de
 * overdracht van de huidige arrangeur naar de nieuwe (`bepaald`) of naar een van de kandidaten
 * (`beoordelen`, de huidige blijft dan aanspreekpunt).
 */
function planoverdracht(plan: Werkplan, routering: Routering, datum: Peildatum): Planoverdracht | undefined {
  const van = plan.arrangeur;
  const voorbereid = plan.voorbereideOverdracht?.naar;
  const isVoorbereid = (a: Arrangeur) => voorbereid !== undefined && zelfdeArrangeur(voorbereid, a);
  const rest = { warm: true, datum, regel: "triage/warme-overdracht-arrangeur", bron: C_OVERNEMEN } as const;
  if (routering.status === "bepaald") {
    const naar = routering.arrangeur;
    if (zelfdeArrangeur(naar, van)) return undefined;
    return { status: "bepaald", van, naar, kandidaten: [], reden: null, ...rest, voorbereid: isVoorbereid(naar) };
  }
  return { status: "beoordelen", van, naar: null, kandidaten: routering.kandidaten, reden: routering.reden, ...rest, voorbereid: routering.kandidaten.some(isVoorbereid) };
}

/**
 * Verwerkt een andere inkomenssituatie (instroom in of uitstroom uit een uitkering, of van
 * werk naar geen werk) in een Werkplan en geeft een NIEUW plan; het oude blijft onaangeraakt.
 *
 * - De arrangeur volgt uit dezelfde routeringsregels ({@link routeer}). Geeft die
 *   `beoordelen`, dan blijft de huidige arrangeur aanspreekpunt en staat de keuze open
 *   (`openstaand`, met kandidaten en reden).
 * - Lopende en geplande activiteiten lopen door: geen nieuwe intake, geen nieuwe diagnose.
 * - De wijziging komt in de historie, met bron (KB2022) en de herkomst van de melding.
 * - Verandert de arrangeur, dan krijgt de wijziging een `overdracht` ({@link Planoverdracht}):
 *   de vorige arrangeur draagt het plan warm over aan de nieuwe (`van`, `naar`, `warm: true`,
 *   `datum` = de peildatum, regel `triage/warme-overdracht-arrangeur` en bron). Blijft de
 *   arrangeur dezelfde, dan is er geen overdracht; kan de nieuwe niet bepaald worden, dan is de
 *   overdracht `beoordelen` met de kandidaten.
 * - Gegevens die met de nieuwe situatie bekend worden (bijv. `privateOndersteuning` en
 *   `dreigtWerkloos` voor wie werkende wordt) gaan mee; zie {@link NieuweInkomenssituatie}.
 *
 * Gooit {@link OngeldigeInvoerFout} bij een ongeldige peildatum, een peildatum vóór de laatste
 * wijziging in de historie (de historie blijft in datumvolgorde; op dezelfde dag mag), een plan
 * dat niet de vorm van een Werkplan heeft (zoals `parseWerkplan` het leest), of een
 * `nieuweSituatie` met een onbekend veld, een veld voor werkenden bij een werkzoekende of een
 * waarde buiten het model (bijv. `arbeidsbeperking: "misschien"` of een WW-einddatum die geen
 * datum is).
 *
 * @example
 * ```ts
 * import { maakWerkplan, wijzigInkomenssituatie } from "arbeidsmarktinfra";
 * const s = maakWerkplan(
 *   { vrager: "werkzoekende", uitkering: "WW", woongemeente: "Zaanstad", onderwerpen: ["werk"], deur: { soort: "werkcentrum" } },
 *   { peildatum: "2026-02-02" },
 * );
 * if (s.status === "bepaald") {
 *   const nieuw = wijzigInkomenssituatie(s.werkplan, { vrager: "werkzoekende", uitkering: "bijstand", herkomst: "melding gemeente" }, { peildatum: "2026-09-01" });
 *   nieuw.arrangeur.organisatie; // "gemeente Zaanstad"
 *   nieuw.historie.length; // 2
 *   const o = nieuw.historie[1]?.overdracht; // UWV draagt het plan warm over
 *   o?.naar?.organisatie; // "gemeente Zaanstad"
 *   o?.datum; // "2026-09-01"
 * }
 * ```
 */
export function wijzigInkomenssituatie(plan: Werkplan, nieuweSituatie: NieuweInkomenssituatie, opties: RouteerOpties): Werkplan {
  vereisVorm("wijzigInkomenssituatie", plan, { lijst: ["activiteiten", "historie"] }, "parseWerkplan", ["plan"]);
  controleerWerkplan(["plan"], plan);
  controleerNieuweSituatie(nieuweSituatie);
  const { herkomst, ...situatie } = nieuweSituatie;
  const persoon = metInkomenssituatie(plan.persoon, situatie);
  const routering = routeer(persoon, opties);
  const datum: Peildatum = routering.peildatum;
  const laatste = plan.historie[plan.historie.length - 1]!;
  if (datum < laatste.datum) {
    throw new OngeldigeInvoerFout({
      code: "te-klein",
      path: ["opties", "peildatum"],
      message:
        laatste.soort === "intake"
          ? `opties.peildatum: ${datum} ligt vóór de intake van het Werkplan (${laatste.datum})`
          : `opties.peildatum: ${datum} ligt vóór de laatste wijziging in de historie van het Werkplan (${laatste.datum}); wijzigingen komen in datumvolgorde`,
    });
  }
  const doorlopend = plan.activiteiten.filter((a) => a.status === "lopend" || a.status === "gepland").map((a) => a.id);
  const arrangeur = routering.arrangeur ?? plan.arrangeur;
  const overdracht = planoverdracht(plan, routering, datum);
  const wijziging: Planwijziging = {
    datum,
    soort: "inkomenssituatie",
    status: routering.status,
    arrangeur,
    vorigeArrangeur: plan.arrangeur,
    vorigeInkomenssituatie: inkomenssituatieVan(plan.persoon),
    inkomenssituatie: inkomenssituatieVan(persoon),
    doorlopendeActiviteiten: doorlopend,
    regels: ["triage/doorlopende-dienstverlening", ...regels(routering)],
    bron: C_DOORLOPEND,
    ...(herkomst !== undefined && { herkomst }),
    ...(overdracht !== undefined && { overdracht }),
  };
  const { openstaand: _o, voorbereideOverdracht: _v, ...rest } = plan;
  return {
    ...rest,
    persoon,
    arrangeur,
    ...(routering.status === "beoordelen" && {
      openstaand: { sinds: datum, kandidaten: routering.kandidaten, reden: routering.reden, nagaan: routering.nagaan },
    }),
    ...(routering.voorbereideOverdracht !== null && { voorbereideOverdracht: routering.voorbereideOverdracht }),
    activiteiten: plan.activiteiten,
    historie: [...plan.historie, wijziging],
  };
}
