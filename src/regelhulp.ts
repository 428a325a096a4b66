import { maakContext, maakRapport, voerRegelsUit, type Regel, type RegelUitkomst, type ToetsContext, type Toetsrapport, type ToetsOpties, type Uitkomst } from "./bevinding/model.js";
import { OngeldigeInvoerFout, vereisVorm, type Pad } from "./result.js";
import { zoekGemeente, zoekRegio, type Arbeidsmarktregio, type GemeenteZoekresultaat, type RegioZoekresultaat } from "./regio/regio.js";
import { normaliseer } from "./regio/normaliseer.js";
import { onthoud } from "./geheugen.js";

/**
 * Kleine hulpmiddelen voor de regelmodules (beraad, werkcentrum, convenant): uitkomsten maken,
 * regio's en gemeenten opzoeken met een begrensd geheugen, regels van een onderdeel inbedden
 * in een groter document, en fte in honderdsten. Geen zod, geen klok.
 *
 * @module
 */

/** Maakt een regeluitkomst; `gegevens` en `hint` alleen als ze er zijn. */
export function uitkomst(
  u: Uitkomst,
  pad: Pad,
  bericht: string,
  extra?: { readonly hint?: string; readonly gegevens?: Readonly<Record<string, unknown>> },
): RegelUitkomst {
  if (extra === undefined) return { uitkomst: u, pad, bericht };
  return {
    uitkomst: u,
    pad,
    bericht,
    ...(extra.hint !== undefined && { hint: extra.hint }),
    ...(extra.gegevens !== undefined && { gegevens: extra.gegevens }),
  };
}

const MAX_GEHEUGEN = 512;
const regioGeheugen = new Map<string, RegioZoekresultaat>();
const gemeenteGeheugen = new Map<string, GemeenteZoekresultaat>();

/** {@link zoekRegio} met een begrensd geheugen (de regiodata veranderen niet tijdens een run). */
export function zoekRegioSnel(term: string): RegioZoekresultaat {
  return onthoud(regioGeheugen, term, zoekRegio, MAX_GEHEUGEN);
}

/** {@link zoekGemeente} met een begrensd geheugen. */
export function zoekGemeenteSnel(term: string): GemeenteZoekresultaat {
  return onthoud(gemeenteGeheugen, term, zoekGemeente, MAX_GEHEUGEN);
}

/**
 * Maakt van `bereken` een functie die haar uitkomst per invoerobject onthoudt zolang de context
 * dezelfde is: werk dat meer regels van één toets nodig hebben (de cyclus van een agenda, het
 * ingebedde Werkcentrum) gebeurt zo één keer. `voerRegelsUit` geeft elke run een eigen context,
 * dus een uitkomst blijft niet hangen tussen twee toetsen, ook niet als de aanroeper de invoer
 * tussendoor wijzigt. Alleen snelheid: zonder geheugen is de uitkomst dezelfde.
 */
/* @__NO_SIDE_EFFECTS__ */
export function eenKeerPerToets<K, T>(bereken: (invoer: K, ctx: ToetsContext) => T): (invoer: K, ctx: ToetsContext) => T {
  const geheugen = new WeakMap<object, { readonly ctx: ToetsContext; readonly waarde: T }>();
  return (invoer, ctx) => {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: geheugen (alleen snelheid): geen object, dan zonder geheugen (bereken controleert de vorm zelf)
    if (typeof invoer !== "object" || invoer === null) return bereken(invoer, ctx);
    const g = geheugen.get(invoer);
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: geheugen (alleen snelheid): zonder geheugen is de uitkomst dezelfde
    if (g !== undefined && g.ctx === ctx) return g.waarde;
    const waarde = bereken(invoer, ctx);
    geheugen.set(invoer, { ctx, waarde });
    return waarde;
  };
}

/** Of een tekst ontbreekt of alleen witruimte is. */
export function leeg(t: string | undefined): boolean {
  return t === undefined || t.trim() === "";
}

/** Of twee namen gelijk zijn als hoofdletters, spaties en leestekens niet meetellen. */
export function zelfdeNaam(a: string, b: string): boolean {
  return normaliseer(a) === normaliseer(b);
}

/** fte als geheel aantal honderdsten (`1.35` → `135`), om zonder afrondingsfouten te vergelijken. */
export function honderdsten(fte: number): number {
  return Math.round(fte * 100);
}

/** Honderdsten fte als Nederlands getal: `135` → `1,35`, `270` → `2,70`. */
export function formatFte(h: number): string {
  const teken = h < 0 ? "-" : "";
  const a = Math.abs(h);
  return `${teken}${Math.floor(a / 100)},${String(a % 100).padStart(2, "0")}`;
}

/**
 * Toetst of een gemeente (naam, roepnaam of CBS-code) bij arbeidsmarktregio `r` hoort (indeling
 * 2026). Geeft `undefined` als ze erbij hoort; een gemeente uit een andere regio krijgt de
 * uitkomst `buitenRegio`; een oude, dubbelzinnige of onbekende naam is `beoordelen` (de
 * bibliotheek kan het dan niet beslissen). `voorvoegsel` gaat vóór het bericht (bijv. de naam
 * van een kanaal).
 */
export function gemeenteBuitenRegio(term: string, r: Arbeidsmarktregio, pad: Pad, buitenRegio: "niet-voldaan" | "beoordelen", voorvoegsel = ""): RegelUitkomst | undefined {
  const g = zoekGemeenteSnel(term);
  switch (g.soort) {
    case "gemeente": {
      if (g.gemeente.regio === r.code) return undefined;
      const ander = zoekRegioSnel(g.gemeente.regio);
      // Stryker disable next-line ConditionalExpression: onbereikbaar, de regio van een gemeente uit de CBS-tabel is altijd een bestaande regiocode
      return uitkomst(buitenRegio, pad, `${voorvoegsel}${g.gemeente.naam} hoort niet bij ${r.naam} maar bij ${ander.soort === "regio" ? ander.regio.naam : g.gemeente.regio}.`, {
        gegevens: { gemeente: g.gemeente.code, gevonden: g.gemeente.regio, verwacht: r.code },
      });
    }
    case "oude-naam":
      return uitkomst("beoordelen", pad, `${voorvoegsel}${JSON.stringify(term)} is een oude gemeentenaam (laatst in ${g.oud.laatsteJaar}).`, {
        hint: "Gebruik de huidige gemeente (indeling 2026).",
        gegevens: { gevonden: term },
      });
    case "dubbelzinnig":
      return uitkomst("beoordelen", pad, `${voorvoegsel}${JSON.stringify(term)} kan meerdere gemeenten zijn: ${opsomming(g.kandidaten.map((k) => k.naam))}.`, {
        hint: "Gebruik de CBS-naam of -code.",
        gegevens: { gevonden: term },
      });
    case "onbekend":
      return uitkomst("beoordelen", pad, `${voorvoegsel}Kan ${JSON.stringify(term)} niet als gemeente herkennen.`, {
        hint: g.suggesties.length > 0 ? `Bedoelde u ${g.suggesties.map((s) => JSON.stringify(s)).join(" of ")}?` : "Vul bij 'gemeente' de CBS-naam of -code in.",
        gegevens: { gevonden: term, suggesties: g.suggesties },
      });
  }
}

/** Een lijst namen als Nederlandse opsomming: `A, B en C`. */
export function opsomming(namen: readonly string[]): string {
  // Stryker disable next-line StringLiteral: equivalent, bij nul of één naam doet het scheidingsteken er niet toe
  if (namen.length <= 1) return namen.join("");
  return `${namen.slice(0, -1).join(", ")} en ${namen[namen.length - 1]}`;
}

/**
 * Bedt een regel over een onderdeel (bijv. het Werkcentrum) in een regel over een groter
 * document (bijv. het convenant) in: zelfde id, titel, grondslag en bron, dus één
 * implementatie en één regel-id in beide rapporten. `kies` geeft het onderdeel (of een reden
 * waarom er geen is), `pad` zet een pad in het onderdeel om naar een pad in het document.
 */
export function bedIn<O, I>(
  regel: Regel<I>,
  kies: (o: O, context: ToetsContext, regel: Regel<I>) => { readonly onderdeel: I; readonly pad: (p: Pad) => Pad } | RegelUitkomst,
): Regel<O> {
  return {
    id: regel.id,
    titel: regel.titel,
    beschrijving: regel.beschrijving,
    grondslag: regel.grondslag,
    bron: regel.bron,
    ...(regel.andereBronnen !== undefined && { andereBronnen: regel.andereBronnen }),
    hint: regel.hint,
    toets(o, context) {
      const k = kies(o, context, regel);
      if ("uitkomst" in k) return [k];
      return regel.toets(k.onderdeel, context).map((u) => ({ ...u, pad: k.pad(u.pad) }));
    },
  };
}

/**
 * Voert een regelset uit en maakt het rapport. Controleert eerst goedkoop of de invoer de
 * vorm heeft die de regels verwachten (object met de genoemde tekst- en lijstvelden), zodat een
 * aanroep met ongeparseerde invoer een Nederlandse fout geeft in plaats van een crash.
 */
export function toetsMet<I>(
  functie: string,
  regels: readonly Regel<I>[],
  invoer: I,
  opties: ToetsOpties,
  vorm: { readonly tekst?: readonly string[]; readonly lijst?: readonly string[] },
  parseFunctie: string,
): Toetsrapport {
  vereisVorm(functie, invoer, vorm, parseFunctie);
  const context = maakContext(opties);
  return maakRapport(voerRegelsUit(regels, invoer, context), context, regels);
}
