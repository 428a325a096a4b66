import { UTCDateMini } from "@date-fns/utc/date/mini";
import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { addYears } from "date-fns/addYears";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import type { OngeldigeInvoerFout } from "../result.js";
import { onthoud } from "../geheugen.js";
import { peildatum, vereisGeheel, type Peildatum } from "./peildatum.js";

/**
 * Kalenderrekenen op peildata. Alle rekenwerk gebeurt met date-fns op een `UTCDateMini` (de
 * kleine variant van `UTCDate` uit @date-fns/utc, zonder opmaakmethoden), zodat de tijdzone
 * van het proces geen rol speelt (in `Pacific/Apia` bestaat 30 december 2011 niet,
 * maar als kalenderdatum wel).
 *
 * **Maandeinderegel** (die van date-fns): bestaat de dag niet in de doelmaand, dan wordt het de
 * laatste dag van die maand. Vijf jaar na 29 februari 2024 is 28 februari 2029; een maand na
 * 31 januari 2025 is 28 februari 2025. Een datum die geen peildatum is, of een aantal dat geen
 * geheel getal is, geeft een {@link OngeldigeInvoerFout}.
 *
 * @module
 */

/** Peildata die al gecontroleerd zijn (begrensd; alleen snelheid: rekenregels rekenen vaak met dezelfde datums). */
const geldig = /* @__PURE__ */ new Set<unknown>();

/** De datum bij een peildatum; gooit {@link OngeldigeInvoerFout} als het geen (bestaande) peildatum is. */
function naarDatum(p: Peildatum, naam = "peildatum"): Date {
  // Stryker disable next-line ConditionalExpression: geheugen (alleen snelheid): zonder geheugen wordt dezelfde datum opnieuw (met dezelfde uitkomst) gecontroleerd
  if (!geldig.has(p)) {
    peildatum(p, [naam]);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: geheugen (alleen snelheid): de grens begrenst alleen het geheugen
    if (geldig.size < 4096) geldig.add(p);
  }
  const [j, m, d] = p.split("-").map(Number) as [number, number, number];
  const datum = new UTCDateMini(0);
  datum.setUTCFullYear(j, m - 1, d); // ook voor jaren < 100 juist
  datum.setUTCHours(0, 0, 0, 0);
  return datum;
}

/**
 * Begrensd geheugen van de rekenfuncties hieronder: de regels rekenen in één toets vaak met
 * dezelfde data (een vervaldatum, het verloopvenster, dagen tot verval), en een rekenstap met
 * date-fns kost een paar Date-objecten. De sleutel bevat de functie en alle argumenten; alleen
 * geldige argumenten komen erin (de berekening controleert ze eerst), en alleen als de data teksten zijn.
 */
const uitkomsten = /* @__PURE__ */ new Map<string, string | number>();
function onthoudUitkomst<T extends string | number>(sleutel: string | undefined, bereken: () => T): T {
  // Alleen echte teksten als sleutel: een object met een toString mag de controle niet omzeilen.
  // Stryker disable next-line ConditionalExpression: geheugen (alleen snelheid): zonder geheugen is de uitkomst dezelfde
  if (sleutel === undefined) return bereken();
  return onthoud(uitkomsten, sleutel, bereken, 4096) as T;
}

function vanDatum(d: Date): Peildatum {
  const j = String(d.getUTCFullYear()).padStart(4, "0");
  const m = String(d.getUTCMonth() + 1).padStart(2, "0");
  const dag = String(d.getUTCDate()).padStart(2, "0");
  return `${j}-${m}-${dag}` as Peildatum;
}

/** Telt jaren op (negatief mag); maandeinderegel: 29 februari + 1 jaar = 28 februari. */
export function plusJaren(p: Peildatum, jaren: number): Peildatum {
  vereisGeheel("jaren", jaren);
  return vanDatum(addYears(naarDatum(p), jaren));
}

/** Telt maanden op (negatief mag); maandeinderegel: 31 januari + 1 maand = 28/29 februari. */
export function plusMaanden(p: Peildatum, maanden: number): Peildatum {
  vereisGeheel("maanden", maanden);
  return onthoudUitkomst(typeof p === "string" ? `${p}|m${maanden}` : undefined, () => vanDatum(addMonths(naarDatum(p), maanden)));
}

/** Telt dagen op (negatief mag). */
export function plusDagen(p: Peildatum, dagen: number): Peildatum {
  vereisGeheel("dagen", dagen);
  return onthoudUitkomst(typeof p === "string" ? `${p}|d${dagen}` : undefined, () => vanDatum(addDays(naarDatum(p), dagen)));
}

/** Aantal kalenderdagen van `van` tot `tot` (negatief als `tot` eerder ligt). */
export function dagenTussen(van: Peildatum, tot: Peildatum): number {
  return onthoudUitkomst(typeof van === "string" && typeof tot === "string" ? `${van}|${tot}` : undefined, () => differenceInCalendarDays(naarDatum(tot, "tot"), naarDatum(van, "van")));
}

/** Het jaar van een peildatum. */
export function jaarVan(p: Peildatum): number {
  return Number(peildatum(p).slice(0, 4));
}

/** Vergelijkt twee peildata: negatief, 0 of positief (ISO-teksten sorteren als datums). */
export function vergelijkPeildata(a: Peildatum, b: Peildatum): number {
  peildatum(a, ["a"]);
  peildatum(b, ["b"]);
  return a < b ? -1 : a > b ? 1 : 0;
}
