import { grondslagen, type Citaat, type Grondslag } from "../bronnen/citaat.js";
import { naarJsonPointer, OngeldigeInvoerFout, type Pad } from "../result.js";
import { faseUitleg, fasen, type Fase } from "../tijd/fase.js";
import type { Instellingen } from "../tijd/instellingen.js";
import type { Peildatum } from "../tijd/peildatum.js";
import { VERSIE, DATAVERSIE } from "../versie.js";
import { isObject, ongeldig, vereisEenVan, vereisGetal, vereisLijst, vereisObject, vereisVelden, vormfout } from "../vorm.js";

/**
 * Bevindingen (findings) als gegevens: de uitkomst van een regel staat los van de ernst.
 * Zie ook SARIF 2.1.0 (`kind` tegenover `level`).
 *
 * @module
 */

/**
 * De uitkomst van een regel voor een stuk invoer:
 * - `voldaan`: de regel is nagekomen;
 * - `niet-voldaan`: de regel is niet nagekomen;
 * - `niet-van-toepassing`: de regel geldt hier (nog) niet;
 * - `beoordelen`: de bibliotheek kan het niet beslissen; een mens moet kijken. Nooit een stille 'voldaan'.
 */
export type Uitkomst = "voldaan" | "niet-voldaan" | "niet-van-toepassing" | "beoordelen";

/** De ernst van een bevinding. */
export type Ernst = "fout" | "waarschuwing" | "advies";

/** Alle uitkomsten. */
export const uitkomsten: readonly Uitkomst[] = ["voldaan", "niet-voldaan", "niet-van-toepassing", "beoordelen"];
/** Alle ernstniveaus, van zwaar naar licht. */
export const ernstniveaus: readonly Ernst[] = ["fout", "waarschuwing", "advies"];

/**
 * De ernst die een regel met deze grondslag op een peildatum in deze fase heeft:
 *
 * | grondslag | voor-transitie | transitieperiode | nieuwe-wet |
 * |---|---|---|---|
 * | `wet` | advies | advies | fout |
 * | `beleid` | waarschuwing | waarschuwing | waarschuwing |
 * | `handreiking` | advies | advies | advies |
 * | `voorbeeld` | advies | advies | advies |
 *
 * Wat wet wordt, is vóór de inwerkingtreding hoogstens een advies (DOMAIN §1). Kabinetsbeleid
 * is geen rechtsplicht maar wel een uitdrukkelijke verwachting: een waarschuwing.
 */
export function ernstVoor(grondslag: Grondslag, fase: Fase): Ernst {
  vereisEenVan(["grondslag"], grondslag, grondslagen);
  vereisEenVan(["fase"], fase, fasen);
  switch (grondslag) {
    case "wet":
      return fase === "nieuwe-wet" ? "fout" : "advies";
    case "beleid":
      return "waarschuwing";
    case "handreiking":
    case "voorbeeld":
      return "advies";
  }
}

/** De vaste gegevens van een regel: id, titel, grondslag en bron. */
export interface RegelMeta {
  /** Stabiel id, bijv. `convenant/kernpartners-compleet`. */
  readonly id: string;
  /** Korte titel. */
  readonly titel: string;
  /** Wat de regel toetst en waarom. */
  readonly beschrijving: string;
  readonly grondslag: Grondslag;
  /** De bron waar de regel op berust. */
  readonly bron: Citaat;
  /** Andere bronnen die hetzelfde zeggen. */
  readonly andereBronnen?: readonly Citaat[];
  /** Standaard herstelhint bij `niet-voldaan` of `beoordelen`. */
  readonly hint: string;
}

/** De uitkomst die een regelfunctie teruggeeft; de rest van de bevinding komt uit de regel. */
export interface RegelUitkomst {
  readonly uitkomst: Uitkomst;
  /** Pad in de invoer. Bij een ontbrekend veld: het pad van dat veld (de ouder bestaat). */
  readonly pad: Pad;
  /** Nederlandse melding. */
  readonly bericht: string;
  /** Herstelhint; zonder valt de hint van de regel terug. */
  readonly hint?: string;
  /** Gevonden en verwachte waarden (voor uitleg en andere formatters). */
  readonly gegevens?: Readonly<Record<string, unknown>>;
}

/** Context waarin regels worden uitgevoerd. */
export interface ToetsContext {
  readonly peildatum: Peildatum;
  readonly fase: Fase;
  readonly instellingen?: Instellingen;
}

/** Een regel: metadata plus een pure, synchrone toetsfunctie. */
export interface Regel<I> extends RegelMeta {
  /** De toetsfunctie: puur en synchroon; muteert de invoer niet; geeft één of meer uitkomsten. */
  readonly toets: (invoer: I, context: ToetsContext) => readonly RegelUitkomst[];
}

/** Eén bevinding. */
export interface Bevinding {
  readonly regelId: string;
  readonly titel: string;
  readonly uitkomst: Uitkomst;
  /** Ernst volgens grondslag en fase ({@link ernstVoor}); ook bij `voldaan` ingevuld (het gewicht van de regel). */
  readonly ernst: Ernst;
  readonly grondslag: Grondslag;
  readonly pad: Pad;
  /** Het pad als JSON Pointer (RFC 6901). */
  readonly pointer: string;
  readonly bericht: string;
  readonly bron: Citaat;
  readonly andereBronnen?: readonly Citaat[];
  readonly hint?: string;
  readonly gegevens?: Readonly<Record<string, unknown>>;
}

/** Tellingen per uitkomst en ernst. */
export interface Samenvatting {
  readonly totaal: number;
  readonly perUitkomst: Readonly<Record<Uitkomst, number>>;
  /** Bevindingen met uitkomst `niet-voldaan`, per ernst. */
  readonly nietVoldaanPerErnst: Readonly<Record<Ernst, number>>;
  /** Bevindingen met uitkomst `beoordelen`, per ernst. */
  readonly beoordelenPerErnst: Readonly<Record<Ernst, number>>;
}

/** Waarmee een rapport gemaakt is: versies, peildatum, fase en instellingen. */
export interface Ontvangstbewijs {
  readonly bibliotheek: { readonly naam: "arbeidsmarktinfra"; readonly versie: string };
  readonly dataversie: string;
  readonly peildatum: Peildatum;
  readonly fase: Fase;
  readonly inwerkingtreding: { readonly datum: Peildatum | null; readonly status: string; readonly herkomst: "standaard" | "instelling" };
  readonly instellingen: Instellingen;
  /** Ids van de uitgevoerde regels. */
  readonly regels: readonly string[];
}

/** Een toetsrapport: bevindingen, samenvatting en ontvangstbewijs. */
export interface Toetsrapport {
  /**
   * In regelvolgorde; binnen een regel eerst wat aandacht vraagt (`niet-voldaan`, `beoordelen`,
   * `voldaan`, `niet-van-toepassing`), zodat `find` op een regel-id de zwaarste uitkomst geeft.
   */
  readonly bevindingen: readonly Bevinding[];
  readonly samenvatting: Samenvatting;
  readonly ontvangstbewijs: Ontvangstbewijs;
}

/** Opties voor de toetsfuncties. */
export interface ToetsOpties {
  /** Peildatum `JJJJ-MM-DD` (verplicht: de bibliotheek leest nooit de klok). */
  readonly peildatum: string;
  readonly instellingen?: Instellingen;
}

/** Telt bevindingen. */
export function samenvatting(bevindingen: readonly Bevinding[]): Samenvatting {
  vereisLijst(["bevindingen"], bevindingen);
  bevindingen.forEach((b, i) => {
    vereisObject(["bevindingen", i], b);
    vereisEenVan(["bevindingen", i, "uitkomst"], b.uitkomst, uitkomsten);
    vereisEenVan(["bevindingen", i, "ernst"], b.ernst, ernstniveaus);
  });
  const perUitkomst: Record<Uitkomst, number> = { voldaan: 0, "niet-voldaan": 0, "niet-van-toepassing": 0, beoordelen: 0 };
  const nietVoldaanPerErnst: Record<Ernst, number> = { fout: 0, waarschuwing: 0, advies: 0 };
  const beoordelenPerErnst: Record<Ernst, number> = { fout: 0, waarschuwing: 0, advies: 0 };
  for (const b of bevindingen) {
    perUitkomst[b.uitkomst]++;
    if (b.uitkomst === "niet-voldaan") nietVoldaanPerErnst[b.ernst]++;
    if (b.uitkomst === "beoordelen") beoordelenPerErnst[b.ernst]++;
  }
  return { totaal: bevindingen.length, perUitkomst, nietVoldaanPerErnst, beoordelenPerErnst };
}

/** Leest de opties van een toetsfunctie; gooit {@link OngeldigeInvoerFout} bij een ongeldige peildatum. */
export function maakContext(opties: ToetsOpties): ToetsContext {
  if (typeof opties !== "object" || opties === null) {
    throw new OngeldigeInvoerFout({ code: "verplicht", path: ["opties"], message: "opties: verwacht een object met ten minste { peildatum: \"JJJJ-MM-DD\" }" });
  }
  const uitleg = faseUitleg(opties.peildatum, opties.instellingen);
  return { peildatum: uitleg.peildatum, fase: uitleg.fase, ...(opties.instellingen !== undefined && { instellingen: opties.instellingen }) };
}

/** Maakt een bevinding uit een regel en een uitkomst. */
export function maakBevinding(regel: RegelMeta, u: RegelUitkomst, context: ToetsContext): Bevinding {
  vereisVelden(["regel"], regel, { tekst: ["id", "titel"], object: ["bron"] });
  vereisObject(["context"], context);
  return bevindingUit(regel, u, ernstVoor(regel.grondslag, context.fase));
}

/** Als {@link maakBevinding}, zonder de controle van regel en context (voerRegelsUit doet die één keer per regel). */
function bevindingUit(regel: RegelMeta, u: RegelUitkomst, ernst: Ernst): Bevinding {
  // Eerst de goedkope controle (dit draait per bevinding); pas bij een afwijking de controle met de melding.
  // Stryker disable next-line ConditionalExpression,StringLiteral: snelle weg, de controles hieronder geven voor geldige uitkomsten hetzelfde
  if (typeof u !== "object" || u === null || typeof u.bericht !== "string" || !Array.isArray(u.pad) || !uitkomsten.includes(u.uitkomst)) {
    vereisVelden(["uitkomst"], u, { tekst: ["bericht"], lijst: ["pad"] });
    vereisEenVan(["uitkomst", "uitkomst"], u.uitkomst, uitkomsten);
  }
  const hint = u.hint ?? (u.uitkomst === "niet-voldaan" || u.uitkomst === "beoordelen" ? regel.hint : undefined);
  return {
    regelId: regel.id,
    titel: regel.titel,
    uitkomst: u.uitkomst,
    ernst,
    grondslag: regel.grondslag,
    pad: u.pad,
    pointer: naarJsonPointer(u.pad),
    bericht: u.bericht,
    bron: regel.bron,
    ...(regel.andereBronnen !== undefined && { andereBronnen: regel.andereBronnen }),
    ...(hint !== undefined && { hint }),
    ...(u.gegevens !== undefined && { gegevens: u.gegevens }),
  };
}

/** De volgorde van de uitkomsten binnen een regel (zie {@link voerRegelsUit}); `sort` is stabiel. */
const RANG: Readonly<Record<Uitkomst, number>> = { "niet-voldaan": 0, beoordelen: 1, voldaan: 2, "niet-van-toepassing": 3 };

/**
 * Voert regels uit over een invoer en geeft de bevindingen in regelvolgorde; binnen een regel
 * eerst wat aandacht vraagt (`niet-voldaan`, dan `beoordelen`, dan `voldaan`, dan
 * `niet-van-toepassing`), verder in de volgorde van de regel. Zo geeft
 * `bevindingen.find((b) => b.regelId === id)` de zwaarste uitkomst van een regel die per partij of
 * per deel meer bevindingen geeft (bijv. `beraad/kernpartners-compleet`). De regels krijgen
 * getypeerde invoer (uit een parse-functie); crasht een regel op een invoer die niet die vorm
 * heeft, dan wordt dat een {@link OngeldigeInvoerFout} met het pad waar de invoer afweek (zie
 * `vormfout`), geen `TypeError`.
 */
export function voerRegelsUit<I>(regels: readonly Regel<I>[], invoer: I, context: ToetsContext): Bevinding[] {
  vereisLijst(["regels"], regels);
  regels.forEach((r, i) => {
    if (isObject(r) && typeof r.id === "string" && typeof r.toets === "function") return;
    // Geen geldige regel: de melding noemt het eerste veld dat niet klopt (het id, anders de toets).
    vereisVelden(["regels", i], r, { tekst: ["id"] });
    ongeldig(["regels", i, "toets"], "een functie", r.toets);
  });
  vereisVelden(["context"], context, { tekst: ["peildatum", "fase"] });
  // Elke run een eigen context: regels mogen per context iets onthouden (bijv. de cyclus van een
  // agenda), en een context die de aanroeper hergebruikt mag geen uitkomst van een vorige run geven.
  context = { ...context };
  const uit: Bevinding[] = [];
  regels.forEach((regel, i) => {
    let uitkomsten: readonly RegelUitkomst[];
    try {
      uitkomsten = regel.toets(invoer, context);
    } catch (e) {
      throw vormfout(e, [], invoer, (kopie) => regel.toets(kopie as I, context), `regel ${regel.id}`, "lees onbetrouwbare invoer eerst met de parse-functie uit arbeidsmarktinfra/schemas");
    }
    if (!Array.isArray(uitkomsten)) ongeldig(["regels", i, "toets"], "een functie die een lijst uitkomsten geeft", uitkomsten);
    // Titel, bron en grondslag (voor de bevindingen) één keer per regel, ook als de regel op deze
    // invoer niets meldt: of een regellijst geldig is, hangt niet af van de invoer.
    // Stryker disable next-line ConditionalExpression,StringLiteral: snelle weg, vereisVelden geeft voor een geldige regel hetzelfde
    if (typeof regel.titel !== "string" || !isObject(regel.bron)) {
      vereisVelden(["regels", i], regel, { tekst: ["titel"], object: ["bron"] });
    }
    const ernst = ernstVoor(regel.grondslag, context.fase);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: snelle weg, één uitkomst hoeft niet gesorteerd
    const geordend = uitkomsten.length > 1 ? [...uitkomsten].sort((a: RegelUitkomst, b: RegelUitkomst) => (RANG[a.uitkomst] ?? 4) - (RANG[b.uitkomst] ?? 4)) : uitkomsten;
    for (const u of geordend) uit.push(bevindingUit(regel, u, ernst));
  });
  return uit;
}

/** Maakt het ontvangstbewijs voor een rapport. */
export function ontvangstbewijs(context: ToetsContext, regels: readonly { readonly id: string }[]): Ontvangstbewijs {
  vereisVelden(["context"], context, { tekst: ["peildatum", "fase"] });
  vereisLijst(["regels"], regels);
  regels.forEach((r, i) => {
    // Stryker disable next-line ConditionalExpression,StringLiteral: snelle weg, vereisVelden geeft voor een geldige regel hetzelfde
    if (!isObject(r) || typeof r.id !== "string") {
      vereisVelden(["regels", i], r, { tekst: ["id"] });
    }
  });
  const uitleg = faseUitleg(context.peildatum, context.instellingen);
  return {
    bibliotheek: { naam: "arbeidsmarktinfra", versie: VERSIE },
    dataversie: DATAVERSIE,
    peildatum: context.peildatum,
    fase: context.fase,
    inwerkingtreding: { datum: uitleg.inwerkingtreding.datum, status: uitleg.inwerkingtreding.status, herkomst: uitleg.inwerkingtreding.herkomst },
    instellingen: context.instellingen ?? {},
    regels: regels.map((r) => r.id),
  };
}

/** Maakt een volledig rapport. */
export function maakRapport(bevindingen: readonly Bevinding[], context: ToetsContext, regels: readonly { readonly id: string }[]): Toetsrapport {
  return { bevindingen, samenvatting: samenvatting(bevindingen), ontvangstbewijs: ontvangstbewijs(context, regels) };
}

/** Of een rapport een `niet-voldaan` met ernst `fout` bevat (CLI: exitcode 1). */
export function heeftFout(rapport: Toetsrapport): boolean {
  vereisObject(["rapport"], rapport);
  vereisVelden(["rapport", "samenvatting"], rapport.samenvatting, { object: ["nietVoldaanPerErnst"] });
  vereisGetal(["rapport", "samenvatting", "nietVoldaanPerErnst", "fout"], rapport.samenvatting.nietVoldaanPerErnst.fout, true);
  return rapport.samenvatting.nietVoldaanPerErnst.fout > 0;
}
