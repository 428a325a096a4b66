import type { Citaat } from "../bronnen/citaat.js";
import { formatPad, OngeldigeInvoerFout } from "../result.js";
import type { Instellingen, ParameterOverschrijving } from "./instellingen.js";
import { controleVoor, overschrijvingenProblemen, type Controle, type Ondergrens } from "./overschrijving.js";
import { controleerPeildatum, type Peildatum } from "./peildatum.js";
import { vereisObject, vereisTekst, vereisVelden } from "../vorm.js";

/**
 * Geversioneerde parameters: bedragen, fte, termijnen en datums, elk met geldigheidsperiode,
 * status en bron. Een opvraging op een datum waarop geen waarde geldt geeft een getypeerd
 * antwoord (`geen-waarde` met reden), nooit stil een nul of een oudere waarde.
 *
 * @module
 */

/**
 * Hoe vast een waarde is:
 * - `vastgesteld`: de bron noemt de waarde als vast gegeven;
 * - `beoogd`: een voornemen uit de bron (kan verschuiven);
 * - `onder-voorbehoud`: de bron noemt de waarde met een voorbehoud (bijv. toetsing door BZK);
 * - `aanname`: géén waarde uit een bron, maar een keuze van de bibliotheek waar de bronnen geen
 *   getal geven (bijv. de tolerantie bij "zo'n 2,7 fte"). `bron` is dan de bron die de keuze
 *   motiveert, niet de vindplaats van de waarde; overschrijf de waarde als je een andere keuze maakt.
 */
export type ParameterStatus = "vastgesteld" | "beoogd" | "onder-voorbehoud" | "aanname";

/** Eenheid van een parameter. Bedragen zijn altijd gehele eurocenten. */
export type Eenheid = "cent" | "fte" | "datum" | "jaren";

/** Een lezing van een waarde volgens een (andere) bron. */
export interface Lezing<T> {
  readonly waarde: T;
  readonly status: ParameterStatus;
  /** Waar de waarde staat; bij status `aanname` de bron die de keuze van de bibliotheek motiveert. */
  readonly bron: Citaat;
  readonly toelichting?: string;
}

/** Eén waarde van een parameter in een periode. */
export interface ParameterWaarde<T> extends Lezing<T> {
  /** Eerste dag waarop de waarde geldt (inclusief); zonder: vanaf altijd. */
  readonly geldigVanaf?: Peildatum;
  /** Laatste dag waarop de waarde geldt (inclusief); zonder: open einde. */
  readonly geldigTot?: Peildatum;
  /** Lezingen van andere bronnen voor dezelfde periode die afwijken (de bibliotheek kiest niet stil). */
  readonly andereLezingen?: readonly Lezing<T>[];
}

/** Een geversioneerde parameter. */
export interface Parameter<T> {
  readonly id: string;
  readonly titel: string;
  readonly eenheid: Eenheid;
  /** Waarden, zonder overlap, gesorteerd op `geldigVanaf`. */
  readonly waarden: readonly ParameterWaarde<T>[];
  /** Eerdere, vervangen lezingen (bijv. een eerder beoogde datum), met bron. */
  readonly eerdereLezingen?: readonly (Lezing<T> & { readonly vervangenDoor: Citaat })[];
  /** Opmerkingen uit bronnen die de waarde in twijfel trekken of toelichten. */
  readonly opmerkingen?: readonly { readonly tekst: string; readonly bron: Citaat }[];
  /**
   * Alleen bij eenheid `datum`: de vroegste datum die een overschrijving mag hebben, met wat die
   * grens is (bijv. de inwerkingtreding niet vóór het begin van de transitieperiode).
   */
  readonly ondergrens?: Ondergrens;
}

/** Antwoord van {@link parameterOp}. */
export type ParameterAntwoord<T> =
  | {
      readonly soort: "waarde";
      readonly parameter: string;
      readonly peildatum: Peildatum;
      readonly waarde: T;
      readonly status: ParameterStatus | "instelling";
      /** `standaard`: uit de bronnen; `instelling`: door de gebruiker opgegeven. */
      readonly herkomst: "standaard" | "instelling";
      readonly bron?: Citaat;
      readonly geldigVanaf?: Peildatum;
      readonly geldigTot?: Peildatum;
      readonly andereLezingen: readonly Lezing<T>[];
      readonly toelichting?: string;
    }
  | {
      readonly soort: "geen-waarde";
      readonly parameter: string;
      readonly peildatum: Peildatum;
      /** `nog-niet-geldig`: de eerste waarde begint later; `vervallen`: de laatste is geëindigd; `gat`: geen waarde in deze periode. */
      readonly reden: "nog-niet-geldig" | "vervallen" | "gat";
      readonly eersteGeldigVanaf?: Peildatum;
      readonly laatstGeldigTot?: Peildatum;
    };

function geldtOp(w: { geldigVanaf?: string | undefined; geldigTot?: string | undefined }, p: string): boolean {
  return (w.geldigVanaf === undefined || w.geldigVanaf <= p) && (w.geldigTot === undefined || p <= w.geldigTot);
}

/**
 * De overschrijving van parameter `id` in `instellingen.parameters` die op peildatum `p` geldt
 * (of `undefined`). Controleert eerst alle overschrijvingen van die parameter, net als
 * `parseInstellingen` (vorm, waarde en periode volgens de `controle` van de eenheid, geen overlap;
 * zie `overschrijvingenProblemen`), en gooit {@link OngeldigeInvoerFout} bij het eerste probleem,
 * met het hele pad in pad en melding. Los van {@link parameterOp}, zodat een functie die alleen
 * de waarde nodig heeft (zoals `fase`) de parametertabel met bronnen niet in een bundel haalt.
 *
 * @internal
 */
export function overschrijvingOp(id: string, controle: Controle, p: Peildatum, instellingen: Instellingen | undefined): ParameterOverschrijving | undefined {
  const o = instellingen?.parameters?.[id];
  if (o === undefined) return undefined;
  const probleem = overschrijvingenProblemen(controle, o)[0];
  if (probleem) {
    const path = ["instellingen", "parameters", id, ...probleem.pad];
    throw new OngeldigeInvoerFout({ code: probleem.code, path, message: `${formatPad(path)}: ${probleem.tekst}` });
  }
  const lijst: readonly ParameterOverschrijving[] = Array.isArray(o) ? o : [o as ParameterOverschrijving];
  return lijst.find((x) => geldtOp(x, p));
}

/**
 * Vraagt de waarde van een parameter op een peildatum op. Een overschrijving in
 * `instellingen.parameters[id]` die op de peildatum geldt, gaat voor. Een bouwsteen: het neemt
 * elk parameter-id aan (ook van een eigen `Parameter`) en kijkt alleen naar
 * `instellingen.parameters`. Voor de datum van inwerkingtreding is `inwerkingtreding(instellingen)`
 * de functie: die neemt ook `instellingen.inwerkingtreding` (en `"onbekend"`) mee.
 *
 * @example
 * ```ts
 * import { parameterOp, parameters } from "arbeidsmarktinfra";
 * const a = parameterOp(parameters.gidsfunctieFteUwv, "2026-03-01");
 * if (a.soort === "waarde") console.log(a.waarde, a.bron); // 1.35, HRT Tabel 3
 * ```
 */
export function parameterOp<T>(parameter: Parameter<T>, peildatum: string, instellingen?: Instellingen): ParameterAntwoord<T> {
  vereisVelden(["parameter"], parameter, { tekst: ["id", "eenheid"], lijst: ["waarden"] });
  parameter.waarden.forEach((w, i) => {
    vereisObject(["parameter", "waarden", i], w);
    for (const g of ["geldigVanaf", "geldigTot"] as const) if (w[g] !== undefined) vereisTekst(["parameter", "waarden", i, g], w[g]);
  });
  const issue = controleerPeildatum(peildatum);
  if (issue) throw new OngeldigeInvoerFout(issue);
  const p = peildatum as Peildatum;
  const geldig = overschrijvingOp(parameter.id, controleVoor(parameter.eenheid, parameter.ondergrens), p, instellingen);
  if (geldig) {
    return {
      soort: "waarde",
      parameter: parameter.id,
      peildatum: p,
      waarde: geldig.waarde as T,
      status: "instelling",
      herkomst: "instelling",
      ...(geldig.geldigVanaf !== undefined && { geldigVanaf: geldig.geldigVanaf as Peildatum }),
      ...(geldig.geldigTot !== undefined && { geldigTot: geldig.geldigTot as Peildatum }),
      andereLezingen: waardeOpStandaard(parameter, p),
      ...(geldig.toelichting !== undefined && { toelichting: geldig.toelichting }),
    };
  }
  const w = parameter.waarden.find((x) => geldtOp(x, p));
  if (w) {
    return {
      soort: "waarde",
      parameter: parameter.id,
      peildatum: p,
      waarde: w.waarde,
      status: w.status,
      herkomst: "standaard",
      bron: w.bron,
      ...(w.geldigVanaf !== undefined && { geldigVanaf: w.geldigVanaf }),
      ...(w.geldigTot !== undefined && { geldigTot: w.geldigTot }),
      andereLezingen: w.andereLezingen ?? [],
      ...(w.toelichting !== undefined && { toelichting: w.toelichting }),
    };
  }
  const eerste = parameter.waarden[0];
  const laatste = parameter.waarden[parameter.waarden.length - 1];
  // Stryker disable next-line EqualityOperator: equivalent, op de begindatum zelf geldt de eerste waarde (dan komt de code hier niet)
  const voorEerste = eerste?.geldigVanaf !== undefined && p < eerste.geldigVanaf;
  // Stryker disable next-line EqualityOperator: equivalent, op de einddatum zelf geldt de laatste waarde (dan komt de code hier niet)
  const naLaatste = laatste?.geldigTot !== undefined && p > laatste.geldigTot;
  const reden = voorEerste ? "nog-niet-geldig" : naLaatste ? "vervallen" : "gat";
  return {
    soort: "geen-waarde",
    parameter: parameter.id,
    peildatum: p,
    reden,
    ...(eerste?.geldigVanaf !== undefined && { eersteGeldigVanaf: eerste.geldigVanaf }),
    ...(laatste?.geldigTot !== undefined && { laatstGeldigTot: laatste.geldigTot }),
  };
}

/** De standaardlezing(en) op een datum, als 'andere lezing' naast een overschrijving. */
function waardeOpStandaard<T>(parameter: Parameter<T>, p: string): Lezing<T>[] {
  const w = parameter.waarden.find((x) => geldtOp(x, p));
  if (!w) return [];
  const hoofd: Lezing<T> = { waarde: w.waarde, status: w.status, bron: w.bron, ...(w.toelichting !== undefined && { toelichting: w.toelichting }) };
  return [hoofd, ...(w.andereLezingen ?? [])];
}

/** Hulp om een parameterwaarde met bron te maken in de datatabellen. */
/* @__NO_SIDE_EFFECTS__ */
export function waarde<T>(
  w: T,
  status: ParameterStatus,
  bron: Citaat,
  periode: { vanaf?: string; tot?: string; toelichting?: string; andereLezingen?: readonly Lezing<T>[] } = {},
): ParameterWaarde<T> {
  return {
    waarde: w,
    status,
    bron,
    ...(periode.vanaf !== undefined && { geldigVanaf: periode.vanaf as Peildatum }),
    ...(periode.tot !== undefined && { geldigTot: periode.tot as Peildatum }),
    ...(periode.toelichting !== undefined && { toelichting: periode.toelichting }),
    ...(periode.andereLezingen !== undefined && { andereLezingen: periode.andereLezingen }),
  };
}

/** Waarden per kalenderjaar (1 januari tot en met 31 december) uit een tabel. */
/* @__NO_SIDE_EFFECTS__ */
export function perJaar<T>(
  tabel: readonly (readonly [jaar: number, waarde: T])[],
  status: ParameterStatus,
  bron: Citaat,
  extra: (jaar: number) => { toelichting?: string; andereLezingen?: readonly Lezing<T>[] } = () => ({}),
): ParameterWaarde<T>[] {
  return tabel.map(([jaar, w]) => waarde(w, status, bron, { vanaf: `${jaar}-01-01`, tot: `${jaar}-12-31`, ...extra(jaar) }));
}

