import { citeer, type Citaat } from "../bronnen/citaat.js";
import { OngeldigeInvoerFout } from "../result.js";
import { beschrijfType } from "../tijd/peildatum.js";
import { vereisTekst } from "../vorm.js";
import { ALIASSEN, type Alias } from "./aliassen.js";
import { CENTRUMGEMEENTEN, type Centrumgemeente } from "./centrumgemeenten.js";
import { GEMEENTE_RIJEN, PROVINCIES, REGIO_RIJEN } from "./data/gegevens.js";
import { OUDE_GEMEENTE_RIJEN } from "./data/oude-gemeenten.js";
import { dichtstbij, normaliseer } from "./normaliseer.js";

/** Een provincie (CBS-code `PV20`…`PV31`). */
export interface Provincie {
  readonly code: string;
  readonly naam: string;
}

/** Een gemeente die in 2026 bestaat (CBS-code `GM` + 4 cijfers). */
export interface Gemeente {
  readonly code: string;
  /** Naam volgens CBS, bijv. `'s-Gravenhage` of `Bergen (NH.)`. */
  readonly naam: string;
  /** Code van de arbeidsmarktregio, bijv. `AM21`. */
  readonly regio: string;
  readonly provincie: Provincie;
  /** Namen in dagelijks gebruik, bijv. `Den Haag`. */
  readonly roepnamen: readonly string[];
}

/** Een gemeentenaam die in 2026 niet meer bestaat, met de regio in het laatste jaar. */
export interface OudeGemeente {
  readonly naam: string;
  readonly code: string;
  readonly laatsteJaar: number;
  /** Regiocode in het laatste jaar; `null` als de naam al vóór 2014 verdween (toen geen regio in de bron). */
  readonly regio: string | null;
  readonly bron: Citaat;
}

/** Een arbeidsmarktregio (CBS "Gebieden in Nederland 2026"). */
export interface Arbeidsmarktregio {
  /** CBS-code, bijv. `AM30`. Niet doorlopend: AM04, AM16 en AM31 bestaan niet. */
  readonly code: string;
  /** Naam volgens CBS, bijv. `Zuid-Limburg` of `Groot Amsterdam`. */
  readonly naam: string;
  /** Andere namen in gebruik, met bron. */
  readonly aliassen: readonly Alias[];
  /** Provincies waarin de gemeenten van de regio liggen, met hun aantal gemeenten. */
  readonly provincies: readonly (Provincie & { readonly aantalGemeenten: number })[];
  /** Codes van de gemeenten (2026). */
  readonly gemeenten: readonly string[];
  /** De centrumgemeente, met bron en zekerheid; bij tegenspraak alle lezingen. */
  readonly centrumgemeente: Centrumgemeente;
  /** Bron van code, naam en indeling. */
  readonly bron: Citaat;
}

/** Bron van de indeling in regio's en gemeenten. */
export const indelingBron: Citaat = citeer("CBS2026", "86247NED, indeling arbeidsmarktregio's 2026");

/** Bron van de naam "Werkcentrum" + naam van de regio. */
export const werkcentrumNaamBron: Citaat = citeer(
  "KB2024",
  "§1 'Een herkenbare en eenduidige naam: het Werkcentrum'",
  "Arbeidsmarktregio's gaan de naam Werkcentrum gebruiken gevolgd door de naam van de arbeidsmarktregio",
);

/** Bron van het regionale subdomein `[naam regio].werkcentrum.nl`. */
export const werkcentrumSubdomeinBron: Citaat = citeer(
  "HRT",
  "§1.5 'Lange termijn: transitieperiode 2025'",
  "De regionale subdomeinen worden [huidige naam arbeidsmarktregio].Werkcentrum.nl",
);

const ROEPNAMEN: Readonly<Record<string, readonly string[]>> = {
  GM0518: ["Den Haag"],
  GM0796: ["Den Bosch"],
  GM0373: ["Bergen NH", "Bergen (Noord-Holland)"],
  GM0893: ["Bergen L", "Bergen (Limburg)"],
  GM0820: ["Nuenen"],
};

/** De 342 gemeenten van 2026, gesorteerd op code. */
export const gemeenten: readonly Gemeente[] = /* @__PURE__ */ GEMEENTE_RIJEN.map(([code, naam, regio, pv]) => ({
  code,
  naam,
  regio,
  provincie: { code: pv, naam: PROVINCIES[pv] ?? pv },
  roepnamen: ROEPNAMEN[code] ?? [],
}));

/** Gemeentenamen die in 2026 niet meer bestaan (samengevoegd of hernoemd), met hun laatste regio. */
export const oudeGemeenten: readonly OudeGemeente[] = /* @__PURE__ */ OUDE_GEMEENTE_RIJEN.map(([naam, code, laatsteJaar, regio]) => ({
  naam,
  code,
  laatsteJaar,
  regio,
  bron: citeer("CBSHIST", `gemeente ${naam}, laatste jaar ${laatsteJaar}`),
}));

/**
 * De 35 arbeidsmarktregio's, gesorteerd op code.
 *
 * @example
 * ```ts
 * import { arbeidsmarktregios } from "arbeidsmarktinfra";
 * arbeidsmarktregios.length; // 35
 * arbeidsmarktregios.map((r) => r.code).includes("AM04"); // false
 * ```
 */
export const arbeidsmarktregios: readonly Arbeidsmarktregio[] = /* @__PURE__ */ REGIO_RIJEN.map(([code, naam]) => {
  const leden = gemeenten.filter((g) => g.regio === code);
  const perProvincie = new Map<string, number>();
  for (const g of leden) perProvincie.set(g.provincie.code, (perProvincie.get(g.provincie.code) ?? 0) + 1);
  const centrumgemeente = CENTRUMGEMEENTEN[code];
  if (!centrumgemeente) throw new Error(`interne fout: geen centrumgemeente voor ${code}`);
  return {
    code,
    naam,
    aliassen: ALIASSEN[code] ?? [],
    provincies: [...perProvincie]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([pc, aantalGemeenten]) => ({ code: pc, naam: PROVINCIES[pc] ?? pc, aantalGemeenten })),
    gemeenten: leden.map((g) => g.code),
    centrumgemeente,
    bron: indelingBron,
  };
});

// ---------------------------------------------------------------------------------------------
// Zoeken

interface Indexen {
  readonly regio: Map<string, Arbeidsmarktregio>;
  readonly regioNamen: readonly string[];
  readonly gemeente: Map<string, Gemeente[]>;
  readonly gemeenteCode: Map<string, Gemeente>;
  readonly gemeenteNamen: readonly string[];
  readonly oud: Map<string, OudeGemeente>;
}

let indexen: Indexen | undefined;

const REGIO_VOORVOEGSELS = ["arbeidsmarktregio", "regionaalwerkcentrum", "werkcentrum", "regio"];

function voegToe<T>(map: Map<string, T[]>, sleutel: string, waarde: T): void {
  const lijst = map.get(sleutel);
  if (!lijst) map.set(sleutel, [waarde]);
  else if (!lijst.includes(waarde)) lijst.push(waarde);
}

function bouwIndexen(): Indexen {
  const regio = new Map<string, Arbeidsmarktregio>();
  const regioNamen: string[] = [];
  for (const r of arbeidsmarktregios) {
    regio.set(normaliseer(r.code), r);
    for (const naam of [r.naam, ...r.aliassen.map((a) => a.naam)]) {
      regioNamen.push(naam);
      regio.set(normaliseer(naam), r);
    }
  }
  const gemeente = new Map<string, Gemeente[]>();
  const gemeenteCode = new Map<string, Gemeente>();
  const gemeenteNamen: string[] = [];
  for (const g of gemeenten) {
    gemeenteCode.set(g.code, g);
    voegToe(gemeente, normaliseer(g.naam), g);
    gemeenteNamen.push(g.naam, ...g.roepnamen);
    for (const r of g.roepnamen) voegToe(gemeente, normaliseer(r), g);
    // "Bergen (NH.)" is ook te vinden als "Bergen"; als dat dubbelzinnig is, blijkt dat bij het zoeken.
    const zonderToevoeging = g.naam.replace(/\s*\([^)]*\)\s*$/, "");
    if (zonderToevoeging !== g.naam) voegToe(gemeente, normaliseer(zonderToevoeging), g);
  }
  const oud = new Map<string, OudeGemeente>();
  for (const o of oudeGemeenten) {
    oud.set(normaliseer(o.naam), o);
    if (!gemeenteCode.has(o.code)) oud.set(normaliseer(o.code), o);
  }
  return { regio, regioNamen, gemeente, gemeenteCode, gemeenteNamen, oud };
}

function idx(): Indexen {
  return (indexen ??= bouwIndexen());
}

function regioSleutels(term: string): string[] {
  const n = normaliseer(term);
  const sleutels = [n];
  const code = /^am0*(\d{1,2})$/.exec(n);
  if (code) sleutels.push(`am${code[1]!.padStart(2, "0")}`);
  // Voorvoegsels ook na elkaar ("Werkcentrum regio Groot-Amsterdam", zoals NOTA2026 schrijft).
  let rest = n;
  for (let weg = true; weg; ) {
    weg = false;
    for (const v of REGIO_VOORVOEGSELS) {
      if (rest.startsWith(v) && rest.length > v.length) {
        rest = rest.slice(v.length);
        sleutels.push(rest);
        weg = true;
      }
    }
  }
  return sleutels;
}

/** Uitkomst van {@link zoekRegio}. */
export type RegioZoekresultaat =
  | { readonly soort: "regio"; readonly regio: Arbeidsmarktregio }
  | { readonly soort: "onbekend"; readonly suggesties: readonly string[] };

/** Zoekt een regio en geeft bij geen treffer de dichtstbijzijnde namen; gooit {@link OngeldigeInvoerFout} als de zoekterm geen tekst is. */
export function zoekRegio(zoekterm: string): RegioZoekresultaat {
  vereisTekst(["zoekterm"], zoekterm);
  const i = idx();
  for (const s of regioSleutels(zoekterm)) {
    const r = i.regio.get(s);
    if (r) return { soort: "regio", regio: r };
  }
  return { soort: "onbekend", suggesties: dichtstbij(zoekterm, [...i.regioNamen, ...arbeidsmarktregios.map((r) => r.code)]) };
}

/**
 * Vindt een arbeidsmarktregio op CBS-code, CBS-naam of alias. Hoofdletters, diakrieten,
 * koppeltekens en spaties tellen niet mee; voorvoegsels als "regio" of "Werkcentrum" mogen.
 * Onbekend geeft `undefined`.
 *
 * @example
 * ```ts
 * import { vindRegio } from "arbeidsmarktinfra";
 * vindRegio("zuid limburg")?.code; // "AM30"
 * vindRegio("AM30")?.naam; // "Zuid-Limburg"
 * vindRegio("Groot-Amsterdam")?.code; // "AM18"
 * vindRegio("Werkcentrum regio Groot-Amsterdam")?.code; // "AM18"
 * vindRegio("AM04"); // undefined
 * ```
 */
export function vindRegio(zoekterm: string): Arbeidsmarktregio | undefined {
  if (typeof zoekterm !== "string") return undefined;
  const r = zoekRegio(zoekterm);
  return r.soort === "regio" ? r.regio : undefined;
}

/** Uitkomst van {@link zoekGemeente}. */
export type GemeenteZoekresultaat =
  | { readonly soort: "gemeente"; readonly gemeente: Gemeente }
  | {
      readonly soort: "oude-naam";
      readonly oud: OudeGemeente;
      /**
       * De regio waarbij de gemeente in haar laatste jaar (`oud.laatsteJaar`) hoorde, als object
       * van nu; niet per se de regio van de opvolger in 2026 (die staat niet in de bron).
       */
      readonly regio: Arbeidsmarktregio | undefined;
    }
  | { readonly soort: "dubbelzinnig"; readonly kandidaten: readonly Gemeente[] }
  | { readonly soort: "onbekend"; readonly suggesties: readonly string[] };

/**
 * Zoekt een gemeente op code (`GM0518`, `0518`), CBS-naam, roepnaam (`Den Haag`) of oude naam
 * (`Weesp`), en zegt wat er gevonden is. Gooit {@link OngeldigeInvoerFout} als de zoekterm geen
 * tekst is.
 */
export function zoekGemeente(zoekterm: string): GemeenteZoekresultaat {
  vereisTekst(["zoekterm"], zoekterm);
  const i = idx();
  const n = normaliseer(zoekterm);
  const code = /^(?:gm)?(\d{1,4})$/.exec(n);
  if (code) {
    const g = i.gemeenteCode.get(`GM${code[1]!.padStart(4, "0")}`);
    if (g) return { soort: "gemeente", gemeente: g };
  }
  const sleutels = [n, ...(n.startsWith("gemeente") && n.length > 8 ? [n.slice(8)] : [])];
  for (const s of sleutels) {
    const gevonden = i.gemeente.get(s);
    if (gevonden && gevonden.length === 1) return { soort: "gemeente", gemeente: gevonden[0]! };
    if (gevonden && gevonden.length > 1) return { soort: "dubbelzinnig", kandidaten: gevonden };
  }
  for (const s of [...sleutels, ...(code ? [`gm${code[1]!.padStart(4, "0")}`] : [])]) {
    const o = i.oud.get(s);
    if (o) return { soort: "oude-naam", oud: o, regio: o.regio === null ? undefined : arbeidsmarktregios.find((r) => r.code === o.regio) };
  }
  return { soort: "onbekend", suggesties: dichtstbij(zoekterm, [...i.gemeenteNamen, ...oudeGemeenten.map((o) => o.naam)]) };
}

/** Vindt een bestaande gemeente (2026) op code, naam of roepnaam; anders `undefined`. */
export function vindGemeente(zoekterm: string): Gemeente | undefined {
  if (typeof zoekterm !== "string") return undefined;
  const r = zoekGemeente(zoekterm);
  return r.soort === "gemeente" ? r.gemeente : undefined;
}

/**
 * De arbeidsmarktregio (indeling 2026) van een gemeente, op code of naam, ook met roepnaam
 * (`Den Haag`). Onbekend of dubbelzinnig (`Bergen`) geeft `undefined`, en een oude naam ook: de
 * bron noemt de regio van een opgeheven gemeente in haar laatste jaar, niet die van haar opvolger
 * in 2026 (Vianen hoorde in 2018 bij Midden-Utrecht; Vijfheerenlanden hoort in 2026 bij
 * Gorinchem). {@link zoekGemeente} geeft bij een oude naam die gegevens wel, als `oude-naam`.
 *
 * @example
 * ```ts
 * import { regioVanGemeente } from "arbeidsmarktinfra";
 * regioVanGemeente("Den Haag")?.code; // "AM21"
 * regioVanGemeente("GM0363")?.naam; // "Groot Amsterdam"
 * regioVanGemeente("Vianen"); // undefined (opgeheven in 2019)
 * ```
 */
export function regioVanGemeente(gemeente: string): Arbeidsmarktregio | undefined {
  if (typeof gemeente !== "string") return undefined;
  const r = zoekGemeente(gemeente);
  return r.soort === "gemeente" ? arbeidsmarktregios.find((x) => x.code === r.gemeente.regio) : undefined;
}

/**
 * De gemeenten (2026) van een regio: een regio-object, of een code of naam zoals
 * {@link vindRegio} die kent. Een onbekende regio geeft een {@link OngeldigeInvoerFout}.
 *
 * @example
 * ```ts
 * import { gemeentenVan } from "arbeidsmarktinfra";
 * gemeentenVan("AM30").length; // 16
 * ```
 */
export function gemeentenVan(regio: Arbeidsmarktregio | string): readonly Gemeente[] {
  const i = idx();
  return alsRegio(regio, "gemeentenVan").gemeenten.map((c) => i.gemeenteCode.get(c)!);
}

function alsRegio(regio: Arbeidsmarktregio | string, functie: string): Arbeidsmarktregio {
  // Een regio-object telt via zijn code: zo komt altijd het object uit de tabel terug.
  const term: unknown = typeof regio === "object" && regio !== null && !Array.isArray(regio) ? (regio as { code?: unknown }).code : regio;
  if (typeof term !== "string") {
    throw new OngeldigeInvoerFout({
      code: regio === undefined ? "verplicht" : "ongeldig-type",
      path: ["regio"],
      message: `${functie}: regio: verwacht een arbeidsmarktregio (code of naam als tekst, of een object uit arbeidsmarktregios), ontvangen ${beschrijfType(regio)}`,
    });
  }
  const r = zoekRegio(term);
  if (r.soort === "regio") return r.regio;
  throw new OngeldigeInvoerFout({
    code: "ongeldige-waarde",
    path: ["regio"],
    message: `${functie}: onbekende arbeidsmarktregio ${JSON.stringify(term)}${
      r.suggesties.length ? `; bedoelde u ${r.suggesties.map((s) => JSON.stringify(s)).join(" of ")}?` : ""
    }`,
  });
}

/**
 * De naam van het Werkcentrum van een regio: "Werkcentrum" gevolgd door de naam van de
 * arbeidsmarktregio (KB2024; HRT §1.5). Gebruikt de CBS-naam.
 *
 * @example
 * ```ts
 * import { werkcentrumNaam } from "arbeidsmarktinfra";
 * werkcentrumNaam("AM30"); // "Werkcentrum Zuid-Limburg"
 * ```
 */
export function werkcentrumNaam(regio: Arbeidsmarktregio | string): string {
  return `Werkcentrum ${alsRegio(regio, "werkcentrumNaam").naam}`;
}

/**
 * De centrumgemeente van een regio (code, naam, alias of een object uit
 * {@link arbeidsmarktregios}): dezelfde waarde als `regio.centrumgemeente`. Meestal eenduidig
 * (`status: "eenduidig"`, met gemeente, zekerheid en bronnen); voor Zeeland en Zuid-Limburg
 * spreken de bronnen elkaar tegen (`status: "betwist"`, met alle lezingen). Gooit
 * {@link OngeldigeInvoerFout} bij een onbekende regio.
 *
 * @example
 * ```ts
 * import { centrumgemeenteVan } from "arbeidsmarktinfra";
 * const c = centrumgemeenteVan("Rijnmond");
 * c.status === "eenduidig" && c.naam; // "Rotterdam"
 * centrumgemeenteVan("AM30").status; // "betwist"
 * ```
 */
export function centrumgemeenteVan(regio: Arbeidsmarktregio | string): Centrumgemeente {
  return alsRegio(regio, "centrumgemeenteVan").centrumgemeente;
}

/**
 * Het regionale subdomein van Werkcentrum.nl: `[naam arbeidsmarktregio].werkcentrum.nl`
 * in kleine letters zonder spaties of tekens (HRT §1.5, bijv. `grootamsterdam.werkcentrum.nl`).
 *
 * @example
 * ```ts
 * import { werkcentrumSubdomein } from "arbeidsmarktinfra";
 * werkcentrumSubdomein("Groot Amsterdam"); // "grootamsterdam.werkcentrum.nl"
 * ```
 */
export function werkcentrumSubdomein(regio: Arbeidsmarktregio | string): string {
  return `${normaliseer(alsRegio(regio, "werkcentrumSubdomein").naam)}.werkcentrum.nl`;
}
