import type { Citaat } from "../bronnen/citaat.js";
import { controleerInstellingen } from "../tijd/instellingen-controle.js";
import { formatPad, OngeldigeInvoerFout, vereisVorm, type Pad } from "../result.js";
import type { Instellingen } from "../tijd/instellingen.js";
import { dagenTussen, plusDagen, plusMaanden } from "../tijd/kalender.js";
import { parameterOp, type Parameter, type ParameterStatus } from "../tijd/parameters.js";
import { controleerPeildatum, type Peildatum } from "../tijd/peildatum.js";
import type { Beleidsagenda, Meerjarenagenda, Uitvoeringsagenda } from "./model.js";
import { lezingBronnen, looptijdBeleidsagenda, looptijdUitvoeringsagenda } from "./termijnen.js";

/** De twee delen van een meerjarenagenda. */
export type AgendaDeel = "beleidsagenda" | "uitvoeringsagenda";

/**
 * Status van een deel op een peildatum:
 * - `ontbreekt`: er is op de peildatum geen vastgesteld deel;
 * - `actueel`: vastgesteld en niet binnen het verloopvenster;
 * - `verloopt-binnenkort`: vastgesteld, en de vervaldatum valt binnen het verloopvenster;
 * - `verlopen`: de vervaldatum is bereikt of voorbij.
 */
export type DeelStatus = "ontbreekt" | "actueel" | "verloopt-binnenkort" | "verlopen";

/**
 * Waarom een deel ontbreekt: niet in de agenda opgenomen, wel opgenomen maar zonder
 * vaststellingsdatum (concept), of pas na de peildatum vastgesteld.
 */
export type OntbreektReden = "niet-opgenomen" | "niet-vastgesteld" | "nog-niet-vastgesteld";

/** De looptijd-norm die voor een deel gold, met herkomst en bron. */
export interface Termijn {
  /** Looptijd in jaren (omgerekend naar hele maanden). */
  readonly jaren: number;
  /** Id van de parameter (`agenda.beleidsagenda.looptijd` of `agenda.uitvoeringsagenda.looptijd`). */
  readonly parameter: string;
  readonly status: ParameterStatus | "instelling";
  readonly herkomst: "standaard" | "instelling";
  readonly bron?: Citaat;
  /** Opmerkingen uit de bronnen (o.a. het verschil in formulering tussen KB2024 en HRT). */
  readonly opmerkingen: readonly { readonly tekst: string; readonly bron: Citaat }[];
}

/** Een deel dat op de peildatum ontbreekt. */
export interface OntbrekendDeel {
  readonly deel: AgendaDeel;
  readonly status: "ontbreekt";
  readonly reden: OntbreektReden;
  /** De vaststellingsdatum als die na de peildatum ligt; anders `null`. */
  readonly vastgesteldOp: Peildatum | null;
  readonly vervaltOp: null;
  readonly volgendeUiterlijk: null;
}

/**
 * De twee lezingen van de termijn van een deel:
 * - `looptijd` (KB2024 §4): het deel heeft een "voorgenomen looptijd" van 5 of 2 jaar, gerekend
 *   vanaf het begin van de eigen looptijd van de agenda (of de vaststelling als die er niet is);
 * - `frequentie` (HRT §1.3): een beleidsagenda wordt "eens in de 5 jaar", een uitvoeringsagenda
 *   "minimaal eens in de 2 jaar" vastgesteld, dus gerekend vanaf de vaststelling.
 *
 * Zonder eigen looptijd, of met een eigen looptijd die op de vaststellingsdatum begint, geven ze
 * dezelfde datum.
 */
export type TermijnLezing = "looptijd" | "frequentie";

/** De vervaldatum en status van een deel volgens één lezing van de termijn, met haar bron. */
export interface LezingCyclus {
  readonly lezing: TermijnLezing;
  /** KB2024 §4 ("voorgenomen looptijd") of HRT §1.3 ("eens in de 5 jaar", "minimaal eens in de 2 jaar"). */
  readonly bron: Citaat;
  readonly status: "actueel" | "verloopt-binnenkort" | "verlopen";
  /** De dag waarop het deel volgens deze lezing verloopt (en uiterlijk een nieuw deel vastgesteld moet zijn). */
  readonly vervaltOp: Peildatum;
  readonly verloopvensterVanaf: Peildatum;
  readonly dagenTotVerval: number;
  /** Vanaf welke datum de termijn loopt: bij `frequentie` altijd de vaststelling. */
  readonly termijnVanaf: "vaststelling" | "looptijd";
  readonly begrensdDoor: "termijn" | "eigen-looptijd";
}

/**
 * Een vastgesteld deel met zijn vervaldatum. De velden `status`, `vervaltOp`,
 * `volgendeUiterlijk`, `verloopvensterVanaf`, `dagenTotVerval`, `termijnVanaf` en
 * `begrensdDoor` volgen de looptijd-lezing van KB2024 (de bron van de parameter); `lezingen`
 * geeft beide lezingen met hun bron, en `lezingenVerschillen` zegt of ze een andere vervaldatum geven.
 */
export interface VastgesteldDeel {
  readonly deel: AgendaDeel;
  readonly status: "actueel" | "verloopt-binnenkort" | "verlopen";
  readonly vastgesteldOp: Peildatum;
  /** De dag waarop het deel verloopt: vanaf deze dag is de status `verlopen`. */
  readonly vervaltOp: Peildatum;
  /**
   * De dag waarop uiterlijk een nieuw deel vastgesteld moet zijn om zonder onderbreking een
   * actueel deel te hebben. Gelijk aan {@link VastgesteldDeel.vervaltOp}: een opvolger die op
   * die dag wordt vastgesteld, is vanaf die dag actueel.
   */
  readonly volgendeUiterlijk: Peildatum;
  /** Eerste dag van het verloopvenster (vanaf hier `verloopt-binnenkort`). */
  readonly verloopvensterVanaf: Peildatum;
  /** Kalenderdagen van de peildatum tot de vervaldatum (negatief als die voorbij is). */
  readonly dagenTotVerval: number;
  readonly termijn: Termijn;
  /** Vanaf welke datum de termijn loopt: de vaststelling, of het begin van de eigen looptijd van de agenda. */
  readonly termijnVanaf: "vaststelling" | "looptijd";
  /** Wat de vervaldatum bepaalt: de termijn, of de (kortere) eigen looptijd van de agenda. */
  readonly begrensdDoor: "termijn" | "eigen-looptijd";
  /** Beide lezingen van de termijn: eerst `looptijd` (KB2024), dan `frequentie` (HRT). */
  readonly lezingen: readonly [LezingCyclus, LezingCyclus];
  /** Of de twee lezingen een andere vervaldatum geven (alleen bij een eigen looptijd die niet op de vaststellingsdatum begint). */
  readonly lezingenVerschillen: boolean;
}

/** De cyclus van één deel. */
export type DeelCyclus = OntbrekendDeel | VastgesteldDeel;

/** De cyclus van een meerjarenagenda op een peildatum. */
export interface AgendaCyclus {
  readonly peildatum: Peildatum;
  readonly verloopvensterMaanden: number;
  readonly beleidsagenda: DeelCyclus;
  readonly uitvoeringsagenda: DeelCyclus;
}

/** Opties van {@link agendaCyclus}. */
export interface CyclusOpties {
  /** Peildatum `JJJJ-MM-DD`. */
  readonly peildatum: string;
  /** O.a. `verloopvensterMaanden` (standaard 6) en overschrijvingen van de looptijdparameters. */
  readonly instellingen?: Instellingen;
}

/** Standaard verloopvenster in maanden. */
export const STANDAARD_VERLOOPVENSTER_MAANDEN = 6;

const PARAMETER: Record<AgendaDeel, Parameter<number>> = {
  beleidsagenda: looptijdBeleidsagenda,
  uitvoeringsagenda: looptijdUitvoeringsagenda,
};

function datum(waarde: string, pad: Pad): Peildatum {
  const issue = controleerPeildatum(waarde, pad);
  // Stryker disable next-line Regex: equivalent, de melding begint altijd met "veld:", dus de eerste treffer staat met of zonder ^ aan het begin
  if (issue) throw new OngeldigeInvoerFout({ ...issue, message: issue.message.replace(/^[^:]+:/, `${formatPad(pad)}:`) });
  return waarde as Peildatum;
}

/** Het verloopvenster uit de instellingen (geheel aantal maanden, 0 tot en met 60). */
export function verloopvenster(instellingen?: Instellingen): number {
  controleerInstellingen(instellingen);
  const v = instellingen?.verloopvensterMaanden;
  if (v === undefined) return STANDAARD_VERLOOPVENSTER_MAANDEN;
  // Stryker disable next-line ConditionalExpression: equivalent, Number.isInteger is onwaar voor alles wat geen getal is (typeof is er voor TypeScript)
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 60) {
    throw new OngeldigeInvoerFout({
      code: "ongeldige-waarde",
      path: ["instellingen", "verloopvensterMaanden"],
      message: `instellingen.verloopvensterMaanden: verwacht een geheel aantal maanden van 0 tot en met 60, ontvangen ${String(v)}`,
    });
  }
  return v;
}

/** De looptijd-norm voor een deel dat op `vastgesteldOp` is vastgesteld (de parameter op die dag). */
export function termijnVoor(deel: AgendaDeel, vastgesteldOp: Peildatum, instellingen?: Instellingen): Termijn {
  const parameter = PARAMETER[deel];
  const a = parameterOp(parameter, vastgesteldOp, instellingen);
  // Stryker disable next-line ConditionalExpression,StringLiteral: onbereikbare verdediging, de looptijdparameters hebben een waarde zonder begin- of einddatum
  if (a.soort !== "waarde") throw new Error(`interne fout: geen looptijd voor ${deel} op ${vastgesteldOp}`);
  return {
    jaren: a.waarde,
    parameter: parameter.id,
    status: a.status,
    herkomst: a.herkomst,
    ...(a.bron !== undefined && { bron: a.bron }),
    // Stryker disable next-line ArrayDeclaration: onbereikbaar, beide looptijdparameters hebben opmerkingen
    opmerkingen: parameter.opmerkingen ?? [],
  };
}

/**
 * De eerste dag ná een termijn van `jaren` jaar (hele maanden) die op `vanaf` begint: dezelfde
 * kalenderdatum zoveel jaar (maanden) later. Bestaat die datum niet (29 februari in een
 * niet-schrikkeljaar, of de 31e in een kortere maand), dan telt de hele doelmaand mee en is het
 * de eerste dag van de maand erna. De laatste dag van de termijn is de dag ervoor:
 * 2024-02-29 + 5 jaar eindigt op 2029-02-28, 2024-03-01 + 5 jaar ook, 2023-03-01 + 5 jaar op
 * 2028-02-29 en 2024-01-01 + 5 jaar op 2028-12-31.
 */
export function eindeTermijn(vanaf: Peildatum, jaren: number): Peildatum {
  const doel = plusMaanden(vanaf, Math.round(jaren * 12));
  // date-fns neemt de laatste dag van de doelmaand als de dag daar niet bestaat; dan telt die dag nog mee
  return doel.slice(8) === vanaf.slice(8) ? doel : plusDagen(doel, 1);
}

/** Leest en controleert de datums van een deel; gooit {@link OngeldigeInvoerFout} bij een ongeldige datum. */
export function deelDatums(
  deel: AgendaDeel,
  d: Beleidsagenda | Uitvoeringsagenda | undefined,
): { vastgesteldOp?: Peildatum; looptijd?: { vanaf: Peildatum; tot: Peildatum } } {
  if (d === undefined) return {};
  const vastgesteldOp = d.vastgesteldOp === undefined ? undefined : datum(d.vastgesteldOp, [deel, "vastgesteldOp"]);
  const looptijd =
    d.looptijd === undefined
      ? undefined
      : { vanaf: datum(d.looptijd.vanaf, [deel, "looptijd", "vanaf"]), tot: datum(d.looptijd.tot, [deel, "looptijd", "tot"]) };
  // Stryker disable next-line ConditionalExpression: equivalent, deelDatums is intern en de aanroepers destructureren het resultaat (een sleutel met undefined is niet te zien)
  return { ...(vastgesteldOp !== undefined && { vastgesteldOp }), ...(looptijd !== undefined && { looptijd }) };
}

function deelCyclus(
  deel: AgendaDeel,
  d: Beleidsagenda | Uitvoeringsagenda | undefined,
  peildatum: Peildatum,
  venster: number,
  instellingen: Instellingen | undefined,
): DeelCyclus {
  const ontbreekt = (reden: OntbreektReden, vastgesteldOp: Peildatum | null = null): OntbrekendDeel => ({
    deel,
    status: "ontbreekt",
    reden,
    vastgesteldOp,
    vervaltOp: null,
    volgendeUiterlijk: null,
  });
  if (d === undefined) return ontbreekt("niet-opgenomen");
  const { vastgesteldOp, looptijd } = deelDatums(deel, d);
  if (vastgesteldOp === undefined) return ontbreekt("niet-vastgesteld");
  if (vastgesteldOp > peildatum) return ontbreekt("nog-niet-vastgesteld", vastgesteldOp);

  const termijn = termijnVoor(deel, vastgesteldOp, instellingen);
  const eigenEinde = looptijd === undefined ? undefined : plusDagen(looptijd.tot, 1);
  const lezing = (l: TermijnLezing, basis: Peildatum, termijnVanaf: "vaststelling" | "looptijd"): LezingCyclus => {
    const normEinde = eindeTermijn(basis, termijn.jaren);
    // Stryker disable next-line ConditionalExpression: equivalent, een vergelijking met undefined is onwaar (de controle is er voor TypeScript)
    const begrensdDoor = eigenEinde !== undefined && eigenEinde < normEinde ? "eigen-looptijd" : "termijn";
    // Stryker disable next-line ConditionalExpression: equivalent, "eigen-looptijd" komt alleen voor als eigenEinde bestaat (de controle is er voor TypeScript)
    const vervaltOp = begrensdDoor === "eigen-looptijd" && eigenEinde !== undefined ? eigenEinde : normEinde;
    const verloopvensterVanaf = plusMaanden(vervaltOp, -venster);
    const status = peildatum >= vervaltOp ? "verlopen" : peildatum >= verloopvensterVanaf ? "verloopt-binnenkort" : "actueel";
    return { lezing: l, bron: lezingBronnen[l][deel], status, vervaltOp, verloopvensterVanaf, dagenTotVerval: dagenTussen(peildatum, vervaltOp), termijnVanaf, begrensdDoor };
  };
  const kb = lezing("looptijd", looptijd?.vanaf ?? vastgesteldOp, looptijd === undefined ? "vaststelling" : "looptijd");
  const hrt = lezing("frequentie", vastgesteldOp, "vaststelling");
  return {
    deel,
    status: kb.status,
    vastgesteldOp,
    vervaltOp: kb.vervaltOp,
    volgendeUiterlijk: kb.vervaltOp,
    verloopvensterVanaf: kb.verloopvensterVanaf,
    dagenTotVerval: kb.dagenTotVerval,
    termijn,
    termijnVanaf: kb.termijnVanaf,
    begrensdDoor: kb.begrensdDoor,
    lezingen: [kb, hrt],
    lezingenVerschillen: kb.vervaltOp !== hrt.vervaltOp,
  };
}

/**
 * De cyclus van een meerjarenagenda op een peildatum: per deel (beleidsagenda en
 * uitvoeringsagenda) de status, de vervaldatum en de datum waarop uiterlijk een nieuw deel
 * vastgesteld moet zijn.
 *
 * **Rekenregels.**
 * - De looptijd-norm is de parameter op de vaststellingsdatum: beleidsagenda 5 jaar,
 *   uitvoeringsagenda 2 jaar (KB2024 §4 "voorgenomen looptijd"; HRT §1.3 "eens in de 5 jaar",
 *   "minimaal eens in de 2 jaar"), overschrijfbaar via `instellingen.parameters`.
 * - **Twee lezingen** (`lezingen`): volgens KB2024 (`looptijd`) loopt de termijn vanaf het begin
 *   van de eigen looptijd van de agenda als die is opgegeven, anders vanaf de vaststelling; volgens
 *   de handreiking (`frequentie`: "eens in de 5 jaar") altijd vanaf de vaststelling. Ze verschillen
 *   alleen als de eigen looptijd niet op de vaststellingsdatum begint (`lezingenVerschillen`); de
 *   velden `status`, `vervaltOp` enzovoort op het deel volgen de KB2024-lezing, de bron van de
 *   parameter. Noemt de agenda een kortere eigen looptijd (bijv. een uitvoeringsagenda voor één
 *   jaar), dan verloopt het deel in beide lezingen na de laatste dag daarvan.
 * - **Einde van een termijn**: een termijn van N jaar die op dag D begint,
 *   eindigt op de dag vóór dezelfde kalenderdatum N jaar later; bestaat die datum niet
 *   (29 februari in een niet-schrikkeljaar), dan telt de hele februarimaand mee. Een deel
 *   verloopt op `vervaltOp` = de dag na het einde: vanaf die dag is het `verlopen`; de dag ervoor
 *   is nog `verloopt-binnenkort` (of `actueel` bij een venster van 0 maanden). Een beleidsagenda
 *   vastgesteld op 29 februari 2024 is actueel tot en met 28 februari 2029 en verloopt op
 *   1 maart 2029, net als een die op 1 maart 2024 is vastgesteld. Dezelfde regel bepaalt de
 *   langste eigen looptijd in `agenda/looptijd-binnen-termijn` (2024-02-29 tot en met 2029-02-28 past).
 * - `verloopt-binnenkort` geldt vanaf `vervaltOp` min `verloopvensterMaanden` (standaard 6),
 *   met de maandeinderegel van `plusMaanden` (31 augustus min 6 maanden = 28 of 29 februari).
 * - Een deel zonder vaststellingsdatum, of met een vaststellingsdatum na de peildatum,
 *   `ontbreekt` op de peildatum.
 *
 * De uitkomst hangt niet af van de tijdzone van het proces. Gooit {@link OngeldigeInvoerFout}
 * bij een ongeldige peildatum, een ongeldige datum in de agenda of ongeldige instellingen.
 *
 * @example
 * ```ts
 * import { agendaCyclus } from "arbeidsmarktinfra";
 * const c = agendaCyclus(
 *   { niveau: "regionaal", regio: "AM30", beleidsagenda: { vastgesteldOp: "2024-02-29" } },
 *   { peildatum: "2029-02-28" },
 * );
 * c.beleidsagenda.status; // "verloopt-binnenkort"
 * c.beleidsagenda.vervaltOp; // "2029-03-01"
 * c.uitvoeringsagenda.status; // "ontbreekt"
 * ```
 */
export function agendaCyclus(agenda: Meerjarenagenda, opties: CyclusOpties): AgendaCyclus {
  vereisVorm("agendaCyclus", agenda, { tekst: ["niveau"] }, "parseMeerjarenagenda");
  const issue = controleerPeildatum(opties?.peildatum);
  if (issue) throw new OngeldigeInvoerFout(issue);
  const peildatum = opties.peildatum as Peildatum;
  const venster = verloopvenster(opties.instellingen);
  for (const deel of ["beleidsagenda", "uitvoeringsagenda"] as const) {
    const d = agenda[deel];
    if (d !== undefined) vereisVorm("agendaCyclus", d, {}, "parseMeerjarenagenda", [deel]);
    if (d?.looptijd !== undefined) vereisVorm("agendaCyclus", d.looptijd, {}, "parseMeerjarenagenda", [deel, "looptijd"]);
  }
  return {
    peildatum,
    verloopvensterMaanden: venster,
    beleidsagenda: deelCyclus("beleidsagenda", agenda.beleidsagenda, peildatum, venster, opties.instellingen),
    uitvoeringsagenda: deelCyclus("uitvoeringsagenda", agenda.uitvoeringsagenda, peildatum, venster, opties.instellingen),
  };
}
