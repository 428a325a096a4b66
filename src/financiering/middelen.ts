import type { Citaat } from "../bronnen/citaat.js";
import { OngeldigeInvoerFout } from "../result.js";
import type { Instellingen } from "../tijd/instellingen.js";
import { controleerInstellingen } from "../tijd/instellingen-controle.js";
import { parameterOp, type Parameter, type ParameterStatus } from "../tijd/parameters.js";
import { beschrijfType } from "../tijd/peildatum.js";
import type { Cent } from "./bedrag.js";
import { impulsbudgetPerRegio, landelijkeMiddelen, structureelPerRegio, vwnwImpuls, VWNW_TOTAAL_VOLGENS_TEKST } from "./tabellen.js";

/** Eén lezing van een bedrag. */
export interface BedragLezing {
  readonly bedrag: Cent;
  readonly status: ParameterStatus | "instelling";
  readonly bron?: Citaat;
  readonly toelichting?: string;
}

/**
 * Een bedrag voor een jaar: één bedrag, meerdere lezingen als bronnen elkaar tegenspreken
 * (de bibliotheek kiest dan niet), of geen waarde met de reden.
 */
export type JaarBedrag =
  | ({ readonly soort: "bedrag" } & BedragLezing)
  | { readonly soort: "betwist"; readonly lezingen: readonly BedragLezing[] }
  | { readonly soort: "geen-waarde"; readonly reden: "nog-niet-geldig" | "vervallen" | "gat"; readonly toelichting: string };

/** De middelen per arbeidsmarktregio in een jaar. */
export interface RegionaleMiddelen {
  readonly jaar: number;
  /** A. Tijdelijke middelen: het impulsbudget (HRT Tabel 4). */
  readonly impulsbudget: JaarBedrag;
  /** B. Structurele middelen (HRT Tabel 4). */
  readonly structureel: JaarBedrag;
  /** Opmerkingen uit de bronnen (o.a. dat NOTA2026 het impulsbudget in 2033 al op €0 zet). */
  readonly opmerkingen: readonly { readonly tekst: string; readonly bron: Citaat }[];
}

/**
 * Controleert het jaartal. `functie` noemt de aanroep bij een tekst (bijv. een regiocode of een
 * peildatum als eerste argument): de bedragen gelden per kalenderjaar en zijn per regio gelijk.
 */
function controleerJaar(jaar: number, functie?: string): void {
  if (typeof jaar !== "number") {
    const hint = functie !== undefined && typeof jaar === "string" ? `; de bedragen gelden per kalenderjaar en zijn voor elke regio gelijk: ${functie}(2026)` : "";
    throw new OngeldigeInvoerFout({ code: "ongeldig-type", path: ["jaar"], message: `jaar: verwacht een jaartal als getal (bijv. 2026), ontvangen ${beschrijfType(jaar)}${hint}` });
  }
  if (!Number.isInteger(jaar) || jaar < 1000 || jaar > 9999) {
    throw new OngeldigeInvoerFout({ code: "ongeldige-waarde", path: ["jaar"], message: `jaar: verwacht een jaartal van vier cijfers (bijv. 2026), ontvangen ${beschrijfType(jaar)}` });
  }
}

/** Het bedrag van een parameter in een kalenderjaar (op 1 juli: de tabellen gelden per heel jaar). */
export function bedragInJaar(parameter: Parameter<Cent>, jaar: number, instellingen?: Instellingen): JaarBedrag {
  controleerJaar(jaar);
  // controleerJaar garandeert vier cijfers
  const a = parameterOp(parameter, `${jaar}-07-01`, instellingen);
  if (a.soort === "geen-waarde") {
    let toelichting = "De bron noemt voor dit jaar geen bedrag.";
    if (a.reden === "nog-niet-geldig") {
      // Stryker disable next-line OptionalChaining,StringLiteral: onbereikbaar, parameterOp zet eersteGeldigVanaf altijd bij deze reden
      const vanaf = a.eersteGeldigVanaf?.slice(0, 4) ?? "de eerste waarde";
      toelichting = `Geen bedrag vóór ${vanaf}.`;
    } else if (a.reden === "vervallen") {
      // Stryker disable next-line OptionalChaining,StringLiteral: onbereikbaar, parameterOp zet laatstGeldigTot altijd bij deze reden
      const tot = a.laatstGeldigTot?.slice(0, 4) ?? "de laatste waarde";
      toelichting = `Geen bedrag na ${tot}.`;
    }
    return { soort: "geen-waarde", reden: a.reden, toelichting };
  }
  const hoofd: BedragLezing = {
    bedrag: a.waarde,
    status: a.status,
    ...(a.bron !== undefined && { bron: a.bron }),
    ...(a.toelichting !== undefined && { toelichting: a.toelichting }),
  };
  // Alleen bij de standaardwaarde: een instelling van de gebruiker is zelf de gekozen lezing.
  const anders = a.andereLezingen.filter((l) => l.waarde !== a.waarde);
  if (a.herkomst === "standaard" && anders.length > 0) {
    return {
      soort: "betwist",
      lezingen: [hoofd, ...anders.map((l) => ({ bedrag: l.waarde, status: l.status, bron: l.bron, ...(l.toelichting !== undefined && { toelichting: l.toelichting }) }))],
    };
  }
  return { soort: "bedrag", ...hoofd };
}

/**
 * De middelen die een arbeidsmarktregio (via de centrumgemeente) in een jaar krijgt: het
 * impulsbudget en de structurele middelen uit HRT Tabel 4, met status en bron. Waar bronnen
 * elkaar tegenspreken (2033: HRT € 174.068, NOTA2026 €0) zijn beide lezingen zichtbaar.
 *
 * @example
 * ```ts
 * import { regionaleMiddelen, formatBedrag } from "arbeidsmarktinfra";
 * const m = regionaleMiddelen(2027);
 * if (m.impulsbudget.soort === "bedrag") formatBedrag(m.impulsbudget.bedrag); // "€ 1.116.977"
 * regionaleMiddelen(2033).impulsbudget.soort; // "betwist"
 * regionaleMiddelen(2024).impulsbudget.soort; // "geen-waarde"
 * ```
 */
export function regionaleMiddelen(jaar: number, instellingen?: Instellingen): RegionaleMiddelen {
  // Eerst het jaar: een aanroep als regionaleMiddelen("AM30", 2026) noemt zo het echte probleem.
  controleerJaar(jaar, "regionaleMiddelen");
  controleerInstellingen(instellingen);
  return {
    jaar,
    impulsbudget: bedragInJaar(impulsbudgetPerRegio, jaar, instellingen),
    structureel: bedragInJaar(structureelPerRegio, jaar, instellingen),
    // Stryker disable next-line ArrayDeclaration: onbereikbaar, de parameter regio.impulsbudget heeft opmerkingen (de lege standaardlijst wordt nooit gebruikt)
    opmerkingen: [...(impulsbudgetPerRegio.opmerkingen ?? [])],
  };
}

/** De landelijke middelen in een jaar (KB2024 noemt alleen 2025, 2028 en 2034). */
export function landelijkeMiddelenInJaar(jaar: number, instellingen?: Instellingen) {
  controleerJaar(jaar);
  controleerInstellingen(instellingen);
  return {
    jaar,
    bestaandStructureel: bedragInJaar(landelijkeMiddelen.bestaandStructureel, jaar, instellingen),
    nieuwStructureel: bedragInJaar(landelijkeMiddelen.nieuwStructureel, jaar, instellingen),
    nieuwTijdelijk: bedragInJaar(landelijkeMiddelen.nieuwTijdelijk, jaar, instellingen),
    totaal: bedragInJaar(landelijkeMiddelen.totaal, jaar, instellingen),
  } as const;
}

/**
 * Het totaal van de van-werk-naar-werk-impuls berekend uit HRT Tabel 5, naast het totaal dat
 * de tekst noemt (€89,5 mln). `klopt` zegt of ze gelijk zijn.
 */
export function vwnwImpulsTotaal(): { readonly berekend: Cent; readonly volgensTekst: Cent; readonly klopt: boolean } {
  const berekend = vwnwImpuls.waarden.reduce((som, w) => som + w.waarde, 0) as Cent;
  // Stryker disable next-line ConditionalExpression: equivalent voor de meegeleverde tabel (het berekende totaal is gelijk aan de tekst; de test controleert beide bedragen)
  return { berekend, volgensTekst: VWNW_TOTAAL_VOLGENS_TEKST, klopt: berekend === VWNW_TOTAAL_VOLGENS_TEKST };
}
