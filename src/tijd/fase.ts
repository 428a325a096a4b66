import type { Citaat } from "../bronnen/citaat.js";
import { OngeldigeInvoerFout } from "../result.js";
import type { Instellingen } from "./instellingen.js";
import { controleerPeildatum, type Peildatum } from "./peildatum.js";
import { plusDagen } from "./kalender.js";
import { BEGIN_TRANSITIE, beginTransitieBron, inwerkingtreding, inwerkingtredingsdatum, type Inwerkingtreding } from "./wet.js";

/**
 * De fase van de hervorming op een peildatum:
 * - `voor-transitie`: vóór 1 januari 2025;
 * - `transitieperiode`: vanaf 1 januari 2025 tot de inwerkingtreding van de wet;
 * - `nieuwe-wet`: vanaf de inwerkingtreding.
 */
export type Fase = "voor-transitie" | "transitieperiode" | "nieuwe-wet";

/** Alle fasen in volgorde. */
export const fasen: readonly Fase[] = ["voor-transitie", "transitieperiode", "nieuwe-wet"];

/**
 * De fase op een peildatum. Gooit {@link OngeldigeInvoerFout} bij een ongeldige peildatum.
 *
 * @param peildatum - `JJJJ-MM-DD`, een Nederlandse kalenderdatum
 * @param instellingen - bijv. `{ inwerkingtreding: "2027-01-01" }` of `{ inwerkingtreding: "onbekend" }`
 *
 * @example
 * ```ts
 * import { fase } from "arbeidsmarktinfra";
 * fase("2024-12-31"); // "voor-transitie"
 * fase("2025-01-01"); // "transitieperiode"
 * fase("2026-07-01"); // "nieuwe-wet" (bij de beoogde datum)
 * fase("2026-07-01", { inwerkingtreding: "2027-01-01" }); // "transitieperiode"
 * ```
 */
export function fase(peildatum: string, instellingen?: Instellingen): Fase {
  // Alleen de datum (zonder bronnen): zo blijft een bundel die alleen fase of routeer gebruikt klein.
  return faseOp(geldigePeildatum(peildatum), inwerkingtredingsdatum(instellingen));
}

function geldigePeildatum(peildatum: string): Peildatum {
  const issue = controleerPeildatum(peildatum);
  if (issue) throw new OngeldigeInvoerFout(issue);
  return peildatum as Peildatum;
}

function faseOp(p: Peildatum, inwerkingtreding: Peildatum | null): Fase {
  // Stryker disable next-line ConditionalExpression: equivalent, een datumtekst vergeleken met null is onwaar (de controle is er voor TypeScript)
  return p < BEGIN_TRANSITIE ? "voor-transitie" : inwerkingtreding !== null && p >= inwerkingtreding ? "nieuwe-wet" : "transitieperiode";
}

/** De fase met de datums en bronnen waarop die berust. */
export interface FaseUitleg {
  readonly peildatum: Peildatum;
  readonly fase: Fase;
  readonly beginTransitie: { readonly datum: Peildatum; readonly bron: Citaat };
  readonly inwerkingtreding: Inwerkingtreding;
}

/** Als {@link fase}, met de datums, hun status en bronnen. */
export function faseUitleg(peildatum: string, instellingen?: Instellingen): FaseUitleg {
  const p = geldigePeildatum(peildatum);
  const iwt = inwerkingtreding(instellingen);
  return { peildatum: p, fase: faseOp(p, iwt.datum), beginTransitie: { datum: BEGIN_TRANSITIE, bron: beginTransitieBron }, inwerkingtreding: iwt };
}

/** De transitieperiode: van 1 januari 2025 tot de inwerkingtreding van de wet (zie {@link transitieperiode}). */
export interface Transitieperiode {
  /** De eerste dag: 2025-01-01. */
  readonly van: Peildatum;
  /** De bron van het begin (HRT §1.2: "vanaf 1 januari 2025 tot 1 juli 2026"). */
  readonly vanBron: Citaat;
  /**
   * Het einde: de dag waarop de wet in werking treedt, zelf geen dag van de transitieperiode meer
   * (fase `nieuwe-wet`); `null` als de inwerkingtreding als onbekend is ingesteld.
   */
  readonly tot: Peildatum | null;
  /** De laatste dag van de transitieperiode (de dag vóór `tot`); `null` als `tot` onbekend is. */
  readonly totEnMet: Peildatum | null;
  /** De inwerkingtreding die het einde bepaalt, met status (standaard `beoogd`), herkomst, bron en opmerkingen. */
  readonly einde: Inwerkingtreding;
}

/**
 * De grenzen van de transitieperiode bij de gegeven instellingen. Het begin staat vast; het
 * einde is de inwerkingtreding van de wet, standaard de beoogde 1 juli 2026 (HRT), te
 * overschrijven met `instellingen.inwerkingtreding`. Bij een inwerkingtreding op 1 januari 2025
 * (de vroegst toegestane) is de periode leeg: `totEnMet` ligt dan vóór `van`. Gooit
 * {@link OngeldigeInvoerFout} bij ongeldige instellingen.
 *
 * @example
 * ```ts
 * import { transitieperiode } from "arbeidsmarktinfra";
 * transitieperiode().van; // "2025-01-01"
 * transitieperiode().tot; // "2026-07-01"
 * transitieperiode().totEnMet; // "2026-06-30"
 * transitieperiode().einde.status; // "beoogd"
 * transitieperiode({ inwerkingtreding: "2027-01-01" }).totEnMet; // "2026-12-31"
 * transitieperiode({ inwerkingtreding: "onbekend" }).tot; // null
 * ```
 */
export function transitieperiode(instellingen?: Instellingen): Transitieperiode {
  const einde = inwerkingtreding(instellingen);
  return {
    van: BEGIN_TRANSITIE,
    vanBron: beginTransitieBron,
    tot: einde.datum,
    totEnMet: einde.datum === null ? null : plusDagen(einde.datum, -1),
    einde,
  };
}
