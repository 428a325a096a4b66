import type { Citaat } from "../bronnen/citaat.js";
import { OngeldigeInvoerFout } from "../result.js";
import type { Instellingen } from "./instellingen.js";
import { controleerPeildatum, type Peildatum } from "./peildatum.js";
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
