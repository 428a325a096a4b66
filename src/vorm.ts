import { formatPad, OngeldigeInvoerFout, type IssueCode, type Pad } from "./result.js";
import { beschrijfType, controleerPeildatum, type Peildatum } from "./tijd/peildatum.js";

/**
 * Goedkope vormcontroles voor functieargumenten. Functies van de hoofd-entry krijgen getypeerde
 * waarden, maar een aanroep vanuit JavaScript (of met ongeparseerde JSON) mag niet eindigen in
 * een `TypeError` diep in de code: deze hulpjes gooien dan een {@link OngeldigeInvoerFout} met
 * het pad van het argument of veld, wat verwacht werd en wat er kwam. De melding begint met het
 * pad, zoals de meldingen van de parse-functies.
 *
 * Voor functies die een groot document lezen (de toetsen) is er {@link vormfout}: die vindt
 * achteraf waar de invoer niet de verwachte vorm had, zonder de schema's na te bouwen.
 *
 * @module
 */

/**
 * Gooit een {@link OngeldigeInvoerFout}: `pad: verwacht …, ontvangen …`. Ontbreekt de waarde
 * (`undefined`), dan is de code `verplicht`, zoals bij de parse-functies.
 */
export function ongeldig(pad: Pad, verwacht: string, waarde: unknown, code: IssueCode = "ongeldig-type"): never {
  throw new OngeldigeInvoerFout({ code: waarde === undefined ? "verplicht" : code, path: pad, message: `${formatPad(pad)}: verwacht ${verwacht}, ontvangen ${beschrijfType(waarde)}` });
}

/** Gooit een {@link OngeldigeInvoerFout} met een eigen tekst na het pad (bijv. bij een dubbele of tegenstrijdige waarde). */
export function weiger(code: IssueCode, pad: Pad, tekst: string): never {
  throw new OngeldigeInvoerFout({ code, path: pad, message: `${formatPad(pad)}: ${tekst}` });
}

/** Een object (geen lijst, geen `null`). */
export function isObject(w: unknown): w is Readonly<Record<string, unknown>> {
  return typeof w === "object" && w !== null && !Array.isArray(w);
}

/** Vereist een object (geen lijst, geen `null`). */
export function vereisObject(pad: Pad, w: unknown): asserts w is Readonly<Record<string, unknown>> {
  if (!isObject(w)) ongeldig(pad, "een object", w);
}

/** Vereist een lijst. */
export function vereisLijst(pad: Pad, w: unknown): asserts w is readonly unknown[] {
  if (!Array.isArray(w)) ongeldig(pad, "een lijst", w);
}

/** Vereist een tekst (standaard ook de lege tekst; met `nietLeeg` minstens één teken). */
export function vereisTekst(pad: Pad, w: unknown, nietLeeg = false): asserts w is string {
  if (typeof w !== "string") ongeldig(pad, nietLeeg ? "een niet-lege tekst" : "een tekst", w);
  if (nietLeeg && w === "") ongeldig(pad, "een niet-lege tekst", w, "te-klein");
}

/** Vereist een eindig getal; met `geheel` een veilig geheel getal. */
export function vereisGetal(pad: Pad, w: unknown, geheel = false): asserts w is number {
  if (!Number.isFinite(w)) ongeldig(pad, geheel ? "een geheel getal" : "een getal", w);
  if (geheel && !Number.isSafeInteger(w)) ongeldig(pad, "een geheel getal", w, "ongeldige-waarde");
}

/** Vereist een van de vaste waarden (zelfde melding als de schema's: `verwacht een van "a", "b"`). */
export function vereisEenVan<T extends string>(pad: Pad, w: unknown, waarden: readonly T[]): asserts w is T {
  if (!(waarden as readonly unknown[]).includes(w)) ongeldig(pad, `een van ${waarden.map((x) => JSON.stringify(x)).join(", ")}`, w, "ongeldige-waarde");
}

/** Vereist een peildatum (`JJJJ-MM-DD`, bestaande datum); de melding noemt het hele pad. */
export function vereisPeildatum(pad: Pad, w: unknown): asserts w is Peildatum {
  const issue = controleerPeildatum(w, pad); // de melding noemt al het hele pad
  if (issue) throw new OngeldigeInvoerFout(issue);
}

/** Welke velden van welke soort een object minstens moet hebben. */
export interface Velden {
  readonly tekst?: readonly string[];
  readonly lijst?: readonly string[];
  readonly object?: readonly string[];
}

/** Vereist een object met de genoemde tekst-, lijst- en objectvelden (de velden die de functie leest). */
export function vereisVelden(pad: Pad, w: unknown, velden: Velden): asserts w is Readonly<Record<string, unknown>> {
  vereisObject(pad, w);
  // Het pad van een veld wordt alleen gemaakt als het veld niet klopt (dit draait per bevinding).
  for (const v of velden.tekst ?? []) if (typeof w[v] !== "string") ongeldig([...pad, v], "een tekst", w[v]);
  for (const v of velden.lijst ?? []) if (!Array.isArray(w[v])) ongeldig([...pad, v], "een lijst", w[v]);
  for (const v of velden.object ?? []) vereisObject([...pad, v], w[v]);
}

/**
 * De plek van een crash: de laatste lezing, of (als de melding van de JavaScript-engine zegt dat de
 * code op `null` of `undefined` stuitte) de laatste lezing van die waarde.
 */
function plekVanCrash(melding: string, laatste: { pad: Pad; waarde: unknown }, laatsteNull: Pad | undefined, laatsteOntbrekend: Pad | undefined): { pad: Pad; waarde: unknown } {
  if (laatsteNull !== undefined && /\bnull\b/.test(melding) && !/\bundefined\b/.test(melding)) return { pad: laatsteNull, waarde: null };
  if (laatsteOntbrekend !== undefined && /\bundefined\b/.test(melding) && !/\bnull\b/.test(melding)) return { pad: laatsteOntbrekend, waarde: undefined };
  return laatste;
}

/** Of een naam een methode van lijsten, teksten of objecten is: een lezing daarvan is geen veld van de invoer. */
const isMethode = (k: string): boolean => k in Array.prototype || k in String.prototype;

/**
 * Maakt van een crash op een verkeerde vorm (een `TypeError` of `RangeError` uit code die een
 * getypeerde waarde verwacht) een {@link OngeldigeInvoerFout} met het pad waar de invoer afweek.
 * Voert daarvoor `opnieuw` uit op een kopie van de invoer waarvan elke veldlezing wordt
 * bijgehouden: de laatste lezing vóór de crash is de plek (bijv. `werkcentrum` met `null`, of
 * `monitoring.indicatoren` dat ontbreekt). Alleen op het foutpad, dus zonder kosten voor geldige
 * invoer; `opnieuw` moet puur zijn. Een andere fout komt ongewijzigd terug. De oorspronkelijke
 * fout staat in `cause` van de nieuwe (zo is een fout in een regel zelf nog te herkennen).
 *
 * @param fout - de gevangen fout
 * @param wortel - pad van het argument (bijv. `["routering"]`) of `[]` voor een invoerdocument
 * @param invoer - het argument dat de vorm had moeten hebben
 * @param opnieuw - voert de mislukte berekening opnieuw uit op (een kopie van) de invoer
 * @param waar - wie de invoer las, voor de melding (bijv. `regel convenant/begroting`)
 * @param hint - wat de aanroeper had moeten doen (bijv. `lees onbetrouwbare invoer eerst met parseConvenant`)
 */
export function vormfout(fout: unknown, wortel: Pad, invoer: unknown, opnieuw: (kopie: unknown) => unknown, waar: string, hint: string): unknown {
  if (!(fout instanceof TypeError || fout instanceof RangeError)) return fout;
  let laatste: { pad: Pad; waarde: unknown } = { pad: [], waarde: invoer };
  // De laatste lezing van `null` en van `undefined`: crasht de code op een van die twee (de melding
  // zegt welke), dan is dat de plek, ook als er daarna nog velden gelezen zijn (bijv. een kopie met
  // spread, waarna de code op een object zonder Proxy verder werkt).
  let laatsteNull: Pad | undefined;
  let laatsteOntbrekend: Pad | undefined;
  const volg = (doel: object, pad: Pad): object =>
    new Proxy(doel, {
      get(t, k, ontvanger) {
        const w: unknown = Reflect.get(t, k, ontvanger);
        // Geen veld van de invoer: symbolen (for-of), de lengte van een lijst, methoden.
        if (typeof k === "symbol" || (Array.isArray(t) && k === "length")) return w;
        if (!Object.hasOwn(t, k) && isMethode(k)) return w;
        // Eigen velden van een lijst zijn posities (de lengte is hierboven al overgeslagen).
        const p = [...pad, Array.isArray(t) ? Number(k) : k];
        laatste = { pad: p, waarde: w };
        if (w === null) laatsteNull = p;
        else if (w === undefined) laatsteOntbrekend = p;
        // Stryker disable next-line ConditionalExpression: equivalent, een Proxy op een primitieve waarde gooit een TypeError: een crash op dezelfde plek
        return typeof w === "object" && w !== null ? volg(w, p) : w;
      },
    });
  try {
    // Een kopie (ook van bevroren invoer); lukt dat niet (een functie in de invoer) of is de invoer
    // geen object (geen Proxy mogelijk), dan blijft het pad dat van het argument zelf. Een kopie
    // is niet altijd gelijk (structuredClone geeft een object zonder prototype er weer een), dus
    // ook zonder crash op de kopie blijft het een invoerfout, met de laatste lezing als plek.
    opnieuw(volg(structuredClone(invoer) as object, []));
  } catch {
    // verwacht: dezelfde crash, nu met de laatste lezing bijgehouden
  }
  const plek = plekVanCrash(fout.message, laatste, laatsteNull, laatsteOntbrekend);
  const pad = [...wortel, ...plek.pad];
  const ontbreekt = plek.waarde === undefined && plek.pad.length > 0;
  const wat = ontbreekt ? "ontbreekt" : `heeft een onverwachte vorm (${beschrijfType(plek.waarde)})`;
  const uit = new OngeldigeInvoerFout({
    code: ontbreekt ? "verplicht" : "ongeldig-type",
    path: pad,
    message: `${pad.length === 0 ? "invoer" : formatPad(pad)}: ${wat}; ${waar} kan dit niet lezen; ${hint}`,
  });
  // De oorspronkelijke fout blijft te zien (Error.cause), voor wie een fout in de bibliotheek zelf vermoedt.
  Object.defineProperty(uit, "cause", { value: fout, enumerable: false, writable: true, configurable: true });
  return uit;
}
