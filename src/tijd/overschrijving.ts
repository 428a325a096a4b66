import type { IssueCode, Pad } from "../result.js";
import type { Eenheid } from "./parameters.js";
import { beschrijfType, peildatumProbleem } from "./peildatum.js";
import { isObject } from "../vorm.js";

/**
 * De controle van parameteroverschrijvingen (`instellingen.parameters[id]`), op één plek voor
 * `parseInstellingen` (het schema) en voor de functies die een overschrijving gebruiken
 * (`parameterOp`, `inwerkingtreding`, `fase`, …). Zo keuren ze precies hetzelfde af: wat het
 * schema doorlaat, gooit later geen fout en wordt niet stil genegeerd.
 *
 * Zonder zod en zonder parametertabellen. De controle per eenheid is een losse {@link Controle},
 * zodat een bundel met alleen `fase` (die alleen de datum van inwerkingtreding leest) niet de
 * meldingen over eurocenten, fte, jaren en periodes meekrijgt.
 *
 * @module
 * @internal
 */

/** Eén probleem in de overschrijving(en) van één parameter; `pad` telt vanaf die overschrijving(en). */
export interface OverschrijvingProbleem {
  readonly code: IssueCode;
  readonly pad: Pad;
  /** Nederlandse tekst zonder veldnaam (die zet de aanroeper ervoor, met het hele pad). */
  readonly tekst: string;
}

/** Een probleem met een waarde, zonder pad. */
export type WaardeProbleem = Omit<OverschrijvingProbleem, "pad">;

/** De verwachte vorm, voor meldingen. */
export const OVERSCHRIJVING_VORM = "een overschrijving { waarde, geldigVanaf?, geldigTot?, toelichting? } of een lijst daarvan";

/** De velden van een overschrijving (voor een "bedoelde u …?" bij een onbekend veld in `parseInstellingen`). */
export const OVERSCHRIJVING_VELDEN: readonly string[] = ["waarde", "geldigVanaf", "geldigTot", "toelichting"];

/** Een periode; zonder begin of einde: onbegrensd. */
interface Periode {
  readonly van: string;
  readonly tot: string;
}

const ALTIJD: Periode = { van: "0000-01-01", tot: "9999-12-31" };

/**
 * Hoe een overschrijving van een parameter met een bepaalde eenheid gecontroleerd wordt: de
 * waarde, en de geldigheidsperiode (de problemen en, als die geldig is, de periode zelf, voor
 * de controle op overlap in een lijst).
 */
export interface Controle {
  readonly waarde: (w: unknown) => WaardeProbleem | undefined;
  readonly periode: (o: Readonly<Record<string, unknown>>) => { readonly problemen: OverschrijvingProbleem[]; readonly periode?: Periode };
}

/**
 * Grootste looptijd (jaren) die een overschrijving mag hebben: een termijn van meer dan een eeuw is
 * geen looptijd meer, en zo blijft elke vervaldatum een datum met vier cijfers.
 */
export const MAX_JAREN = 100;

/** Een ondergrens voor een datumwaarde, met wat die grens is (voor de melding). */
export interface Ondergrens {
  /** De vroegste toegestane datum (`JJJJ-MM-DD`). */
  readonly datum: string;
  /** Wat die grens is, voor de melding (bijv. "het begin van de transitieperiode"). */
  readonly omschrijving: string;
}


const ongeldig = (verwacht: string, w: unknown): WaardeProbleem => ({ code: "ongeldige-waarde", tekst: `verwacht ${verwacht}, ontvangen ${beschrijfType(w)}` });

/** Een bestaande datum `JJJJ-MM-DD`, niet vóór de ondergrens (als die er is). */
function datumProbleem(w: unknown, ondergrens: Ondergrens | undefined): WaardeProbleem | undefined {
  const p = peildatumProbleem(w);
  if (p) return p;
  if (ondergrens !== undefined && (w as string) < ondergrens.datum) {
    return { code: "te-klein", tekst: `${w as string} ligt vóór ${ondergrens.omschrijving} (${ondergrens.datum})` };
  }
  return undefined;
}

/** Een geheel, niet-negatief aantal eurocenten (`Number.isSafeInteger` is onwaar voor alles wat geen getal is, ook voor `"82739000"`). */
function centProbleem(w: unknown): WaardeProbleem | undefined {
  return Number.isSafeInteger(w) && (w as number) >= 0 ? undefined : ongeldig("een geheel, niet-negatief aantal eurocenten (bijv. 82739000 voor € 827.390)", w);
}

/** Een eindig, niet-negatief aantal fte. */
function fteProbleem(w: unknown): WaardeProbleem | undefined {
  // Stryker disable next-line ConditionalExpression: equivalent, Number.isFinite is onwaar voor alles wat geen getal is (typeof is er voor TypeScript)
  return typeof w === "number" && Number.isFinite(w) && w >= 0 ? undefined : ongeldig("een niet-negatief aantal fte (een getal, bijv. 1.35)", w);
}

/**
 * Een looptijd: minstens één maand en hoogstens {@link MAX_JAREN} jaar, in hele maanden (`jaren × 12`
 * geheel, op afrondingsruis na). Een termijn telt in hele maanden (`eindeTermijn` in de agenda):
 * 1,5 jaar is 18 maanden, maar 2,3 jaar (27,6 maanden) zou stil worden afgerond, en 1e-11 jaar
 * (afgerond 0 maanden) zou een termijn geven die op de dag zelf verloopt.
 */
function jarenProbleem(w: unknown): WaardeProbleem | undefined {
  const goed =
    typeof w === "number" &&
    Math.round(w * 12) >= 1 &&
    w <= MAX_JAREN &&
    // Stryker disable next-line EqualityOperator: equivalent, bij minstens één maand is w × 12 − n een veelvoud van 2^-53 en dus nooit precies 1e-9 (de ruisgrens zelf)
    Math.abs(w * 12 - Math.round(w * 12)) < 1e-9;
  return goed ? undefined : ongeldig(`een positief aantal jaren in hele maanden (bijv. 5, of 1.5 voor 18 maanden), hoogstens ${MAX_JAREN}`, w);
}

/** Het probleem als `geldigTot` vóór `geldigVanaf` ligt (de overschrijving zou nooit gelden), anders `undefined`. */
export function omgekeerdePeriode(geldigVanaf: string, geldigTot: string): OverschrijvingProbleem | undefined {
  if (geldigVanaf <= geldigTot) return undefined;
  return { code: "inconsistent", pad: ["geldigTot"], tekst: `${geldigTot} ligt vóór geldigVanaf ${geldigVanaf}: de overschrijving zou op geen enkele dag gelden` };
}

/** Een geldigheidsperiode: bestaande datums en `geldigVanaf` ≤ `geldigTot`. */
function metPeriode(o: Readonly<Record<string, unknown>>): ReturnType<Controle["periode"]> {
  const problemen: OverschrijvingProbleem[] = [];
  const grenzen = { geldigVanaf: ALTIJD.van, geldigTot: ALTIJD.tot };
  for (const veld of ["geldigVanaf", "geldigTot"] as const) {
    if (!(veld in o)) continue;
    const p = peildatumProbleem(o[veld]);
    if (p) problemen.push({ ...p, pad: [veld] });
    else grenzen[veld] = o[veld] as string;
  }
  // Stryker disable next-line ConditionalExpression: equivalent, een ongeldige datum laat de grens op ALTIJD staan, en met 0000-01-01 of 9999-12-31 als grens is een periode nooit omgekeerd
  const omgekeerd = problemen.length === 0 ? omgekeerdePeriode(grenzen.geldigVanaf, grenzen.geldigTot) : undefined;
  if (omgekeerd) problemen.push(omgekeerd);
  return problemen.length > 0 ? { problemen } : { problemen, periode: { van: grenzen.geldigVanaf, tot: grenzen.geldigTot } };
}

/**
 * Geen geldigheidsperiode (een datumparameter): de ingestelde datum geldt op elke peildatum.
 * Een periode zou de overschrijving op sommige peildata stil laten vervallen, en de bibliotheek
 * leest een datumparameter op verschillende dagen (de inwerkingtreding op 1 januari 2025, de
 * werkgeversdienstverlening op de peildatum).
 */
function zonderPeriode(o: Readonly<Record<string, unknown>>): ReturnType<Controle["periode"]> {
  const problemen: OverschrijvingProbleem[] = ["geldigVanaf", "geldigTot"]
    .filter((veld) => veld in o)
    .map((veld) => ({
      code: "ongeldige-waarde" as const,
      pad: [veld],
      tekst: "een datumparameter heeft geen geldigheidsperiode: de ingestelde datum geldt op elke peildatum; laat geldigVanaf en geldigTot weg",
    }));
  return { problemen, periode: ALTIJD };
}

/** De controle van een datumparameter (zonder periode), eventueel met een ondergrens. */
/* @__NO_SIDE_EFFECTS__ */
export function datumControle(ondergrens?: Ondergrens): Controle {
  return { waarde: (w) => datumProbleem(w, ondergrens), periode: zonderPeriode };
}

/**
 * De controle bij een eenheid: `cent` (een geheel, niet-negatief aantal eurocenten), `fte` (een
 * eindig, niet-negatief getal), `jaren` (meer dan 0 en hoogstens {@link MAX_JAREN}, in hele
 * maanden), elk met een geldigheidsperiode; `datum` (een bestaande datum, niet vóór de
 * ondergrens) zonder periode.
 */
export function controleVoor(eenheid: Eenheid, ondergrens?: Ondergrens): Controle {
  switch (eenheid) {
    case "datum":
      return datumControle(ondergrens);
    case "cent":
      return { waarde: centProbleem, periode: metPeriode };
    case "fte":
      return { waarde: fteProbleem, periode: metPeriode };
    case "jaren":
      return { waarde: jarenProbleem, periode: metPeriode };
  }
}

/** De problemen in één overschrijving (een object), met paden vanaf die overschrijving, en haar periode als die geldig is. */
function problemenIn(controle: Controle, o: Readonly<Record<string, unknown>>): ReturnType<Controle["periode"]> {
  const problemen: OverschrijvingProbleem[] = [];
  for (const veld of Object.keys(o)) {
    if (!OVERSCHRIJVING_VELDEN.includes(veld)) problemen.push({ code: "onbekend-veld", pad: [veld], tekst: `onbekend veld ${JSON.stringify(veld)}; bekend zijn: ${OVERSCHRIJVING_VELDEN.join(", ")}` });
  }
  const w = "waarde" in o ? controle.waarde(o["waarde"]) : { code: "verplicht" as const, tekst: "verplicht veld ontbreekt (de waarde van de overschrijving)" };
  if (w) problemen.push({ ...w, pad: ["waarde"] });
  const p = controle.periode(o);
  problemen.push(...p.problemen);
  if ("toelichting" in o && typeof o["toelichting"] !== "string") {
    problemen.push({ code: "ongeldig-type", pad: ["toelichting"], tekst: `verwacht een tekst, ontvangen ${beschrijfType(o["toelichting"])}` });
  }
  return p.periode ? { problemen, periode: p.periode } : { problemen };
}

/**
 * Alle problemen in de overschrijving(en) van één parameter: de vorm (een object of een lijst
 * daarvan, alleen bekende velden, een waarde, een toelichting als tekst), de waarde en de periode
 * volgens de {@link Controle} van de eenheid, en, in een lijst, geen overlap (anders zou de ene
 * overschrijving de andere stil verdringen). Paden tellen vanaf `instellingen.parameters[id]`.
 */
export function overschrijvingenProblemen(controle: Controle, o: unknown): OverschrijvingProbleem[] {
  const lijst = Array.isArray(o);
  const items: readonly unknown[] = lijst ? o : [o];
  const uit: OverschrijvingProbleem[] = [];
  const perioden: (Periode | undefined)[] = [];
  items.forEach((x, i) => {
    const basis: Pad = lijst ? [i] : [];
    if (!isObject(x)) {
      uit.push({ code: "ongeldig-type", pad: basis, tekst: `verwacht ${OVERSCHRIJVING_VORM}, ontvangen ${beschrijfType(x)}` });
      perioden.push(undefined);
      return;
    }
    const { problemen, periode } = problemenIn(controle, x);
    for (const p of problemen) uit.push({ ...p, pad: [...basis, ...p.pad] });
    perioden.forEach((ander, j) => {
      if (periode && ander && periode.van <= ander.tot && ander.van <= periode.tot) {
        uit.push({ code: "inconsistent", pad: basis, tekst: `de periode overlapt met die van overschrijving [${j}]; op elke peildatum mag hoogstens één overschrijving gelden` });
      }
    });
    perioden.push(periode);
  });
  return uit;
}
