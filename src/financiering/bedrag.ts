import { OngeldigeInvoerFout } from "../result.js";
import { beschrijfType } from "../tijd/peildatum.js";

declare const centMerk: unique symbol;

/**
 * Een bedrag in gehele eurocenten. Bedragen zijn nooit kommagetallen in euro's: € 910.129 is
 * `91012900` cent.
 */
export type Cent = number & { readonly [centMerk]: "Cent" };

/** Of een waarde een geldig bedrag in eurocenten is (een veilig geheel getal). */
export function isCent(waarde: unknown): waarde is Cent {
  // Stryker disable next-line ConditionalExpression: equivalent, Number.isSafeInteger is onwaar voor alles wat geen getal is (typeof is er voor TypeScript)
  return typeof waarde === "number" && Number.isSafeInteger(waarde);
}

/** Maakt een bedrag in cent van een geheel aantal cent; gooit bij een kommagetal. */
/* @__NO_SIDE_EFFECTS__ */
export function cent(waarde: number): Cent {
  if (!isCent(waarde)) {
    throw new OngeldigeInvoerFout({
      code: "ongeldige-waarde",
      path: ["bedrag"],
      message: `bedrag: verwacht een geheel aantal eurocenten, ontvangen ${beschrijfType(waarde)}`,
    });
  }
  return waarde;
}

/**
 * Maakt een bedrag van hele euro's (en eventueel centen), zonder kommagetallen.
 * @example
 * ```ts
 * import { euro } from "arbeidsmarktinfra";
 * euro(910_129); // 91012900 (cent)
 * euro(12, 50); // 1250
 * euro(-0, 50); // -50 (min vijftig cent)
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function euro(euros: number, centen = 0): Cent {
  if (!Number.isSafeInteger(euros) || !Number.isInteger(centen) || centen < 0 || centen > 99) {
    throw new OngeldigeInvoerFout({
      code: "ongeldige-waarde",
      path: ["bedrag"],
      message: `bedrag: verwacht hele euro's en 0-99 cent, ontvangen ${beschrijfType(euros)} (euro's) en ${beschrijfType(centen)} (cent)`,
    });
  }
  // -0 euro en 50 cent is min vijftig cent (Object.is onderscheidt -0 van 0).
  return cent(euros * 100 + (euros < 0 || Object.is(euros, -0) ? -centen : centen));
}

/**
 * Een bedrag in miljoenen euro's met hoogstens twee decimalen als tekst (`"23,5"`), omgezet naar
 * cent zonder kommagetallen (tabellen in Kamerbrieven staan in mln €).
 */
/* @__NO_SIDE_EFFECTS__ */
export function miljoenEuro(tekst: string): Cent {
  const m = typeof tekst === "string" ? /^(\d+)(?:,(\d{1,2}))?$/.exec(tekst) : null;
  if (!m) {
    throw new OngeldigeInvoerFout({ code: typeof tekst === "string" ? "ongeldig-formaat" : "ongeldig-type", path: ["bedrag"], message: `bedrag: ${beschrijfType(tekst)} is geen bedrag in mln als tekst (bijv. "23,5")` });
  }
  const hele = Number(m[1]);
  const fractie = Number((m[2] ?? "").padEnd(2, "0"));
  return cent((hele * 100 + fractie) * 10_000 * 100);
}

/**
 * Formatteert een bedrag op z'n Nederlands: `€ 1.116.977`, of met centen `€ 1.116.977,50`.
 * Negatieve bedragen krijgen een minteken: `-€ 12,50`.
 */
export function formatBedrag(bedrag: number): string {
  if (!Number.isSafeInteger(bedrag)) {
    throw new OngeldigeInvoerFout({ code: "ongeldige-waarde", path: ["bedrag"], message: `bedrag: verwacht een geheel aantal eurocenten, ontvangen ${beschrijfType(bedrag)}` });
  }
  const teken = bedrag < 0 ? "-" : "";
  const abs = Math.abs(bedrag);
  const euros = Math.trunc(abs / 100);
  const rest = abs % 100;
  const groepen = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${teken}€ ${groepen}${rest === 0 ? "" : `,${String(rest).padStart(2, "0")}`}`;
}

/** Telt bedragen op (gehele getallen; gooit als de som niet meer veilig is). */
export function somBedragen(bedragen: Iterable<number>): Cent {
  if (typeof (bedragen as { [Symbol.iterator]?: unknown } | null | undefined)?.[Symbol.iterator] !== "function" || typeof bedragen === "string") {
    throw new OngeldigeInvoerFout({ code: "ongeldig-type", path: ["bedragen"], message: `bedragen: verwacht een lijst van bedragen in eurocenten, ontvangen ${beschrijfType(bedragen)}` });
  }
  let som = 0;
  for (const b of bedragen) som += cent(b);
  return cent(som);
}
