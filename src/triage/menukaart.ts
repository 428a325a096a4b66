import { vereisVorm, type OngeldigeInvoerFout } from "../result.js";
import { vereisObject, vereisPeildatum } from "../vorm.js";
import type { Peildatum } from "../tijd/peildatum.js";
import type { Citaat } from "../bronnen/citaat.js";
import { C_FUNCTIONALITEITEN } from "./citaten.js";
import { controleerHulpvraag, controleerInstrumenten } from "./controle.js";
import type { Doelgroep, Functionaliteit, Hulpvraag, Instrument, InstrumentMatch, MatchReden, Menukaart, Onderwerp, Uitkering } from "./model.js";
import type { RegioCode } from "./regionamen.js";
import { werkgebiedVan } from "./sleutel.js";

/**
 * De regionale menukaart (KB2022 'Gezamenlijk menukaart met dekkende dienstverlening'): een
 * gezamenlijk pakket diensten en instrumenten, en `zoekInstrumenten` die bij een hulpvraag de
 * passende instrumenten geeft, gerangschikt en met de redenen als gegevens.
 *
 * @module
 */

/** Een van de negen functionaliteiten, met de tekst uit KB2022. */
export interface FunctionaliteitBeschrijving {
  readonly id: Functionaliteit;
  /** De tekst van KB2022 (zonder voetnootnummer). */
  readonly tekst: string;
  readonly bron: Citaat;
}

/**
 * De negen functionaliteiten van van-werk(loos)heid-naar-werkdienstverlening, letterlijk uit
 * KB2022 ("Welke functionaliteiten zijn nodig in de arbeidsmarktdienstverlening").
 */
export const functionaliteiten: readonly FunctionaliteitBeschrijving[] = [
  { id: "arbeidsbemiddeling", tekst: "arbeidsbemiddeling, personeelsvoorziening & nazorg", bron: C_FUNCTIONALITEITEN },
  { id: "re-integratie", tekst: "re-integratiedienstverlening: versterken arbeidsmarktpositie (met inzet van scholingsinstrumenten) en versterken sollicitatievaardigheden", bron: C_FUNCTIONALITEITEN },
  { id: "transitiepaden", tekst: "het organiseren van transitiepaden/loopbaanpaden voor overstap naar (ander) werk", bron: C_FUNCTIONALITEITEN },
  { id: "arbeidsmarktinformatie", tekst: "verstrekken van arbeidsmarktinformatie: ontwikkelingen, ontsluiten en in kaart brengen van aanbod, in kaart brengen (toekomstige) vraag", bron: C_FUNCTIONALITEITEN },
  { id: "loopbaanadvies", tekst: "(loopbaan)advies, waaronder informatie & advies over ontwikkel- en scholingsmogelijkheden en subsidieregelingen", bron: C_FUNCTIONALITEITEN },
  { id: "voorzieningen-instrumenten-subsidies", tekst: "verstrekken voorzieningen, inzet instrumenten en verstrekken subsidies", bron: C_FUNCTIONALITEITEN },
  { id: "doorverwijzen-hulpverlening", tekst: "doorverwijzen naar (schuld)hulpverlening en/of maatschappelijke organisaties", bron: C_FUNCTIONALITEITEN },
  { id: "arbeidsjuridisch", tekst: "arbeidsjuridische dienstverlening", bron: C_FUNCTIONALITEITEN },
  { id: "beschut-werk", tekst: "het bieden van een voorziening voor beschut werk", bron: C_FUNCTIONALITEITEN },
];

/**
 * Welke functionaliteiten bij een onderwerp horen. Dit is een eigen indeling van de
 * bibliotheek (de bronnen koppelen onderwerpen niet aan functionaliteiten); omgevingsvergunning,
 * kinderopvang en overig horen bij geen enkele.
 */
export const functionaliteitenPerOnderwerp: Readonly<Record<Onderwerp, readonly Functionaliteit[]>> = {
  werk: ["arbeidsbemiddeling", "re-integratie"],
  loopbaan: ["loopbaanadvies", "transitiepaden", "arbeidsmarktinformatie"],
  scholing: ["loopbaanadvies", "re-integratie"],
  personeel: ["arbeidsbemiddeling", "arbeidsmarktinformatie", "voorzieningen-instrumenten-subsidies"],
  schulden: ["doorverwijzen-hulpverlening"],
  zorg: ["doorverwijzen-hulpverlening"],
  "taal-digitaal": ["doorverwijzen-hulpverlening", "re-integratie"],
  "zelfstandig-ondernemen": ["loopbaanadvies", "voorzieningen-instrumenten-subsidies"],
  kinderopvang: [],
  omgevingsvergunning: [],
  overig: [],
};

/** Gewichten van de rangorde (hoger = beter passend). */
export const MATCHGEWICHTEN = { functionaliteit: 3, doelgroep: 2, vrager: 1, regio: 1 } as const;

const VRAGERGROEP = { werkende: "werkenden", werkzoekende: "werkzoekenden", werkgever: "werkgevers" } as const;
const VRAGERGROEPEN: readonly Doelgroep[] = ["werkenden", "werkzoekenden", "werkgevers"];

/** De benodigde functionaliteiten met wat ze opleverde (onderwerpen of persoonsgegevens). */
function behoefte(h: Hulpvraag): Map<Functionaliteit, string[]> {
  const uit = new Map<Functionaliteit, string[]>();
  const voeg = (fn: Functionaliteit, waarom: string) => {
    const l = uit.get(fn);
    if (l === undefined) uit.set(fn, [waarom]);
    else if (!l.includes(waarom)) l.push(waarom);
  };
  for (const o of h.onderwerpen) for (const fn of functionaliteitenPerOnderwerp[o]) voeg(fn, o);
  if (h.vrager === "werkgever") {
    if (h.leerbedrijfvraag === true) {
      voeg("arbeidsbemiddeling", "leerbedrijfvraag");
      voeg("voorzieningen-instrumenten-subsidies", "leerbedrijfvraag");
    }
  } else {
    if (h.arbeidsbeperking === "ja") {
      voeg("voorzieningen-instrumenten-subsidies", "arbeidsbeperking");
      if (h.vrager === "werkzoekende") voeg("beschut-werk", "arbeidsbeperking");
    }
    if (h.vrager === "werkende" && h.dreigtWerkloos === "ja") voeg("arbeidsjuridisch", "dreigtWerkloos");
  }
  return uit;
}

/** De doelgroepen waartoe de vrager zeker hoort. */
function groepen(h: Hulpvraag): Set<Doelgroep> {
  const g = new Set<Doelgroep>([VRAGERGROEP[h.vrager]]);
  if (h.vrager === "werkgever") {
    if (h.omvang === "klein" || h.omvang === "middelgroot") g.add("mkb");
    return g;
  }
  // Stryker disable next-line ConditionalExpression: equivalent, een vergelijking met undefined is onwaar (de controle is er voor TypeScript)
  if (h.leeftijd !== undefined) {
    if (h.leeftijd < 27) g.add("jongeren");
    if (h.leeftijd >= 55) g.add("55-plussers");
  }
  if (h.arbeidsbeperking === "ja") g.add("arbeidsbeperking");
  if (h.arbeidsmigrant === "ja") g.add("arbeidsmigranten");
  if (h.schoolverlaterZonderStartkwalificatie === "ja") g.add("schoolverlaters");
  if (h.vrager === "werkende") {
    if (h.contract === "zzp") g.add("zzp");
    if (h.contract === "flex" || h.contract === "uitzend") g.add("flexwerkers");
  }
  return g;
}

function regioVan(h: Hulpvraag): RegioCode | undefined {
  if (h.regio !== undefined) return h.regio;
  if (h.vrager === "werkgever" && Array.isArray(h.regios) && werkgebiedVan(h.regios) === "een-regio") return h.regios[0];
  return undefined;
}

type Toets = { uitgesloten: true } | { uitgesloten: false; redenen: MatchReden[]; onbekend: boolean };

/** Toetst de harde voorwaarden; `uitgesloten` als een voorwaarde zeker niet voldaan is. */
function toetsVoorwaarden(i: Instrument, h: Hulpvraag): Toets {
  const v = i.voorwaarden;
  const redenen: MatchReden[] = [];
  let onbekend = false;
  if (v === undefined) return { uitgesloten: false, redenen, onbekend };
  const reden = (veld: string, verwacht: string, gevonden: string | null) => {
    const uitkomst = gevonden === null ? "onbekend" : "voldaan";
    if (gevonden === null) onbekend = true;
    redenen.push({ soort: "voorwaarde", veld, uitkomst, verwacht, gevonden });
  };
  if (v.vragers !== undefined) {
    if (!v.vragers.includes(h.vrager)) return { uitgesloten: true };
    reden("vrager", v.vragers.join(" of "), h.vrager);
  }
  const persoon = h.vrager === "werkgever" ? undefined : h;
  if (v.uitkeringen !== undefined) {
    if (persoon === undefined) return { uitgesloten: true };
    const u: Uitkering = persoon.uitkering;
    if (u !== "onbekend" && !(v.uitkeringen as readonly string[]).includes(u)) return { uitgesloten: true };
    reden("uitkering", v.uitkeringen.join(" of "), u === "onbekend" ? null : u);
  }
  if (v.minLeeftijd !== undefined || v.maxLeeftijd !== undefined) {
    if (persoon === undefined) return { uitgesloten: true };
    const l = persoon.leeftijd;
    // Stryker disable next-line ConditionalExpression: equivalent, een vergelijking met undefined is onwaar (de controles zijn er voor TypeScript)
    if (l !== undefined && ((v.minLeeftijd !== undefined && l < v.minLeeftijd) || (v.maxLeeftijd !== undefined && l > v.maxLeeftijd))) return { uitgesloten: true };
    reden("leeftijd", `${v.minLeeftijd ?? 0} tot en met ${v.maxLeeftijd ?? "…"} jaar`, l === undefined ? null : String(l));
  }
  if (v.arbeidsbeperking !== undefined) {
    if (persoon === undefined) return { uitgesloten: true };
    const a = persoon.arbeidsbeperking ?? "onbekend";
    if (a !== "onbekend" && a !== v.arbeidsbeperking) return { uitgesloten: true };
    reden("arbeidsbeperking", v.arbeidsbeperking, a === "onbekend" ? null : a);
  }
  if (v.overig !== undefined) {
    onbekend = true;
    redenen.push({ soort: "voorwaarde-tekst", tekst: v.overig });
  }
  return { uitgesloten: false, redenen, onbekend };
}

/**
 * Zoekt op een menukaart de instrumenten die bij een hulpvraag passen, gerangschikt van best
 * naar minst passend, met per instrument de redenen als gegevens.
 *
 * - Een instrument past als het minstens één functionaliteit vervult die bij de
 *   ondersteuningsbehoefte hoort (de onderwerpen; een arbeidsbeperking; dreigende
 *   werkloosheid; een leerbedrijfvraag) — niet de inkomenssituatie bepaalt de dienst.
 * - Harde voorwaarden (vrager, uitkering, leeftijd, arbeidsbeperking) sluiten uit als ze zeker
 *   niet voldaan zijn; ontbreekt het gegeven, of is er een voorwaarde in woorden, dan is de
 *   status `na-te-gaan`. Een regionaal instrument buiten de regio van de vrager valt af.
 * - Noemt een instrument werkenden, werkzoekenden of werkgevers als doelgroep, maar niet de
 *   soort van deze vrager, dan valt het af.
 * - Aanbod dat maar een tijd bestaat (`geldigVanaf`, `geldigTot`, tot en met): buiten die periode
 *   valt het af op `opties.peildatum`; zonder peildatum is het `na-te-gaan` (de bibliotheek leest
 *   nooit de klok).
 * - Rangorde: score (functionaliteit 3, doelgroep 2, soort vrager 1, regionaal aanbod 1),
 *   dan `past` vóór `na-te-gaan`, dan naam en id.
 *
 * Gooit {@link OngeldigeInvoerFout} als de menukaart of de hulpvraag niet de vorm van het model
 * heeft (bijv. een onbekend onderwerp, een instrument zonder functionaliteiten): met het pad,
 * zoals `hulpvraag.onderwerpen[0]` of `menukaart.instrumenten[3].regios`, en bij een ongeldige
 * `opties.peildatum`.
 *
 * @example
 * ```ts
 * import { zoekInstrumenten, type Menukaart } from "arbeidsmarktinfra";
 * const kaart: Menukaart = {
 *   titel: "Voorbeeld", regio: "AM22", illustratief: true,
 *   instrumenten: [{ id: "gesprek", naam: "Loopbaangesprek", aanbieder: "Werkcentrum Rijnmond", functionaliteiten: ["loopbaanadvies"], doelgroepen: ["werkenden"], regios: ["AM22"] }],
 * };
 * const m = zoekInstrumenten(kaart, { vrager: "werkende", uitkering: "geen", regio: "AM22", onderwerpen: ["loopbaan"], deur: { soort: "werkcentrum" } }, { peildatum: "2026-09-01" });
 * m[0]?.instrument.id; // "gesprek"
 * ```
 */
export function zoekInstrumenten(menukaart: Menukaart, hulpvraag: Hulpvraag, opties?: { readonly peildatum?: string }): InstrumentMatch[] {
  vereisVorm("zoekInstrumenten", menukaart, { lijst: ["instrumenten"] }, "parseMenukaart", ["menukaart"]);
  if (opties !== undefined) vereisObject(["opties"], opties);
  const peildatum = opties?.peildatum;
  if (peildatum !== undefined) vereisPeildatum(["opties", "peildatum"], peildatum);
  vereisVorm("zoekInstrumenten", hulpvraag, { tekst: ["vrager"], lijst: ["onderwerpen"] }, "parseHulpvraag", ["hulpvraag"]);
  controleerInstrumenten(["menukaart", "instrumenten"], menukaart.instrumenten);
  controleerHulpvraag(["hulpvraag"], hulpvraag, false);
  const nodig = behoefte(hulpvraag);
  const wie = groepen(hulpvraag);
  const regio = regioVan(hulpvraag);
  const vragergroep = VRAGERGROEP[hulpvraag.vrager];
  const uit: InstrumentMatch[] = [];
  for (const i of menukaart.instrumenten) {
    const redenen: MatchReden[] = [];
    let score = 0;
    for (const fn of i.functionaliteiten) {
      const waarom = nodig.get(fn);
      if (waarom !== undefined) {
        redenen.push({ soort: "functionaliteit", functionaliteit: fn, onderwerpen: waarom, regel: "triage/ondersteuningsbehoefte-centraal" });
        score += MATCHGEWICHTEN.functionaliteit;
      }
    }
    if (score === 0) continue;
    if (i.doelgroepen.some((d) => VRAGERGROEPEN.includes(d)) && !i.doelgroepen.includes(vragergroep)) continue;
    let onbekend = false;
    if (i.regios === "landelijk") redenen.push({ soort: "regio", regio: "landelijk" });
    else if (regio === undefined) {
      onbekend = true;
      redenen.push({ soort: "regio", regio: "onbekend" });
    } else if (i.regios.includes(regio)) {
      redenen.push({ soort: "regio", regio });
      score += MATCHGEWICHTEN.regio;
    } else continue;
    const t = toetsVoorwaarden(i, hulpvraag);
    if (t.uitgesloten) continue;
    // Aanbod dat maar een tijd bestaat: buiten de periode valt het af; zonder peildatum is het na te gaan.
    // Een vergelijking met een ontbrekende grens is onwaar (zoals in controleerInstrumenten): alleen
    // een opgegeven geldigVanaf of geldigTot sluit uit.
    if (i.geldigVanaf !== undefined || i.geldigTot !== undefined) {
      const g = { geldigVanaf: i.geldigVanaf ?? null, geldigTot: i.geldigTot ?? null };
      if (peildatum === undefined) {
        onbekend = true;
        redenen.push({ soort: "geldigheid", uitkomst: "onbekend", ...g, peildatum: null });
      } else if (peildatum < (i.geldigVanaf as string) || peildatum > (i.geldigTot as string)) continue;
      else redenen.push({ soort: "geldigheid", uitkomst: "binnen", ...g, peildatum: peildatum as Peildatum });
    }
    for (const d of i.doelgroepen) {
      if (!wie.has(d)) continue;
      redenen.push({ soort: "doelgroep", doelgroep: d });
      score += d === vragergroep ? MATCHGEWICHTEN.vrager : MATCHGEWICHTEN.doelgroep;
    }
    redenen.push(...t.redenen);
    uit.push({ instrument: i, status: onbekend || t.onbekend ? "na-te-gaan" : "past", score, redenen });
  }
  return uit.sort(
    (a, b) =>
      b.score - a.score ||
      (a.status === b.status ? 0 : a.status === "past" ? -1 : 1) ||
      (a.instrument.naam < b.instrument.naam ? -1 : a.instrument.naam > b.instrument.naam ? 1 : 0) ||
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, sort kijkt alleen of de uitkomst negatief is (0 of 1 geeft dezelfde volgorde), en gelijke id's komen op een geldige menukaart niet voor
      (a.instrument.id < b.instrument.id ? -1 : a.instrument.id > b.instrument.id ? 1 : 0),
  );
}
