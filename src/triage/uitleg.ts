import { formatCitaat } from "../bronnen/citaat.js";
import type { Pad } from "../result.js";
import { ongeldig, vereisEenVan, vereisObject, vereisTekst, vereisVelden } from "../vorm.js";
import { arrangeurSoorten, partnersoorten, type Arrangeur, type BeoordelenReden, type Deur, type Routering, type Stap, type Uitkering, type Doorverwijzing, type DoorverwijzingSoort } from "./model.js";

/**
 * De uitleg van een routering in het Nederlands: de stappen zijn gegevens (regel, bron,
 * uitkomst, gebruikte waarden); dit module maakt er zinnen van. Los van `routeer`, zodat een
 * app die alleen routeert de teksten niet in de bundel krijgt. Een argument dat niet de vorm
 * van het model heeft (bijv. een routering die niet uit `routeer` komt, of een onbekende
 * soort), geeft een {@link OngeldigeInvoerFout} met het pad, nooit een `TypeError` of een
 * stille `undefined`.
 *
 * @module
 */

const UITKERING: Readonly<Record<Uitkering, string>> = {
  WW: "WW",
  "WIA/WGA": "een WIA-uitkering (WGA)",
  Wajong: "Wajong",
  bijstand: "bijstand",
  geen: "geen uitkering",
  onbekend: "een onbekende uitkering",
};

const VERWIJZING: Readonly<Record<DoorverwijzingSoort, string>> = {
  doorstroompunt: "het Doorstroompunt (voorheen Regionaal Meld- en Coördinatiepunt, RMC; het wetsvoorstel 'van school naar duurzaam werk' had 1 januari 2026 als beoogde ingangsdatum)",
  "win-punt": "het WIN-punt (Work in NL) in de regio",
  schuldhulpverlening: "de gemeentelijke schuldhulpverlening, een inlooppunt voor geldzorgen of Geldfit",
  "informatiepunt-digitale-overheid": "het Informatiepunt Digitale Overheid (IDO), vaak in de bibliotheek",
  "bbz-zelfstandigenloket": "de lokale of regionale Bbz-uitvoerder of het Zelfstandigenloket",
  "sociale-kaart": "de lokale sociale kaart en Zorgpaden Kansrijke Start",
  gemeente: "de gemeente",
  "juiste-instantie": "de juiste instantie, via de gids en de lokale sociale kaart",
};

const REDEN: Readonly<Record<BeoordelenReden, string>> = {
  "werkgebied-onbekend": "onbekend in hoeveel arbeidsmarktregio's de werkgever actief is",
  "uitkering-onbekend": "de uitkering is onbekend",
  "arbeidsbeperking-onbekend": "onbekend of er een arbeidsbeperking is",
  "werkende-met-uitkering": "een werkende met een uitkering valt onder twee verantwoordelijke partijen; de bronnen zeggen niet wie dan arrangeur is",
  "open-beleidspunt": "werkenden die werkloos dreigen te worden zonder private ondersteuning zijn een open beleidspunt (het kabinet verkent of sociale partners verantwoordelijkheid nemen)",
  "private-ondersteuning-onbekend": "onbekend of de werkende private ondersteuning heeft (cao, O&O-fonds, sociaal plan, werkgever)",
  "ww-beeindigd": "de WW-einddatum ligt vóór de peildatum; de uitkeringssituatie klopt niet meer",
};

/** Een bekende sleutel van een tabel met teksten. */
function sleutelVan<K extends string>(pad: Pad, w: unknown, tabel: Readonly<Record<K, string>>): K {
  vereisEenVan(pad, w, Object.keys(tabel) as K[]);
  return w;
}

/** De reden van een `beoordelen` in woorden. */
export function redenTekst(reden: BeoordelenReden): string {
  return REDEN[sleutelVan(["reden"], reden, REDEN)];
}

function omschrijving(a: Arrangeur, pad: Pad): string {
  vereisObject(pad, a);
  vereisEenVan([...pad, "soort"], a.soort, arrangeurSoorten);
  if (a.organisatie !== null) vereisTekst([...pad, "organisatie"], a.organisatie);
  switch (a.soort) {
    case "UWV":
      return "UWV";
    case "gemeente":
      return a.organisatie ?? "de woongemeente";
    case "sociale-partners":
      return "de sociale partners en private partijen (werkgever, cao, O&O-fonds, sociaal plan)";
    case "werkgeversdienstverlening":
      return a.organisatie === null
        ? "de gezamenlijke werkgeversdienstverlening van UWV en gemeenten in de regio"
        : `${a.organisatie} (gezamenlijke werkgeversdienstverlening van UWV en gemeenten)`;
    case "landelijk-werkgeversservicepunt":
      return "het Landelijk WerkgeversServicepunt (UWV en Gemeenten)";
  }
}

/** Een arrangeur in woorden, bijv. `gemeente Zaanstad` of `de woongemeente`. */
export function arrangeurOmschrijving(a: Arrangeur): string {
  return omschrijving(a, ["arrangeur"]);
}

function naar(v: Doorverwijzing, pad: Pad): string {
  vereisObject(pad, v);
  const soort = sleutelVan([...pad, "soort"], v.soort, VERWIJZING);
  return soort === "gemeente" && v.onderwerp === "kinderopvang" ? "de gemeente of de juiste instantie" : VERWIJZING[soort];
}

/** Naar wie een verwijzing gaat, in woorden. */
export function verwijzingNaar(v: Doorverwijzing): string {
  return naar(v, ["verwijzing"]);
}

const PARTNERNAMEN = {
  UWV: "UWV",
  gemeente: "de gemeente",
  "sociale-partner": "de sociale partner (vakbond of werkgeversorganisatie)",
  SBB: "SBB",
  onderwijs: "de onderwijsinstelling",
  "WIN-punt": "het WIN-punt",
  overig: "de partner",
} as const;

function deurZin(deur: Deur, werkcentrum: string | null, pad: Pad, padWerkcentrum: Pad): string {
  vereisObject(pad, deur);
  vereisEenVan([...pad, "soort"], deur.soort, ["werkcentrum", "digitaal", "partner"]);
  if (werkcentrum !== null) vereisTekst(padWerkcentrum, werkcentrum);
  switch (deur.soort) {
    case "werkcentrum":
      return werkcentrum ?? "het Werkcentrum";
    case "digitaal":
      return `het digitale kanaal van ${werkcentrum ?? "het Werkcentrum"}`;
    case "partner":
      if (deur.naam !== undefined) {
        vereisTekst([...pad, "naam"], deur.naam);
        return deur.naam;
      }
      vereisEenVan([...pad, "partner"], deur.partner, partnersoorten);
      return PARTNERNAMEN[deur.partner];
  }
}

/** De gebruikte deur in woorden, bijv. `UWV` of `het Werkcentrum`. */
export function deurTekst(deur: Deur, werkcentrum: string | null = null): string {
  return deurZin(deur, werkcentrum, ["deur"], ["werkcentrum"]);
}

const eerste = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

function wie(r: Routering, pad: Pad): string {
  return r.arrangeur !== null ? omschrijving(r.arrangeur, [...pad, "arrangeur"]) : "de juiste partij";
}

/** De velden van een routering die de uitleg leest, met hun vorm. */
function controleerRouteringVorm(pad: Pad, r: unknown): asserts r is Routering {
  vereisVelden(pad, r, { lijst: ["stappen", "aanvullend", "verwijzingen", "kandidaten", "nagaan"], object: ["deur", "overdracht"] });
  vereisEenVan([...pad, "status"], r["status"], ["bepaald", "beoordelen"]);
  const o = r["overdracht"] as Readonly<Record<string, unknown>>;
  if (o["werkcentrum"] !== null) vereisTekst([...pad, "overdracht", "werkcentrum"], o["werkcentrum"]);
  const v = r["voorbereideOverdracht"];
  if (v !== null) vereisVelden([...pad, "voorbereideOverdracht"], v, { object: ["naar"] });
  (r["nagaan"] as readonly unknown[]).forEach((n, i) => vereisTekst([...pad, "nagaan", i], n));
}

function stapZin(stap: Stap, r: Routering, pad: Pad, padRoutering: Pad): string {
  vereisVelden(pad, stap, { tekst: ["regel"], object: ["gegevens", "bron"] });
  const g = stap.gegevens;
  const u = typeof g["uitkering"] === "string" ? (UITKERING[g["uitkering"] as Uitkering] ?? g["uitkering"]) : "";
  const wc = r.overdracht.werkcentrum ?? "het Werkcentrum";
  const deur = eerste(deurZin(r.deur, r.overdracht.werkcentrum, [...padRoutering, "deur"], [...padRoutering, "overdracht", "werkcentrum"]));
  const arrangeur = (a: Arrangeur) => omschrijving(a, [...padRoutering, "voorbereideOverdracht", "naar"]);
  switch (stap.regel) {
    case "triage/werkgever-landelijk":
      return stap.uitkomst === "beoordelen"
        ? "Onbekend in hoeveel arbeidsmarktregio's de werkgever actief is: de regionale werkgeversdienstverlening of het Landelijk WerkgeversServicepunt. Ga dit na."
        : "De werkgever is landelijk of in meer dan één arbeidsmarktregio actief: het Landelijk WerkgeversServicepunt (UWV en Gemeenten) is aanspreekpunt.";
    case "triage/werkgever-regionaal":
      return stap.uitkomst === "via-werkgeversservicepunt"
        ? "Tot de inwerkingtreding van de wet loopt de werkgeversdienstverlening via het WerkgeversServicepunt."
        : stap.uitkomst === "via-werkcentrum"
          ? "Vanaf de inwerkingtreding van de wet wordt de werkgeversdienstverlening via het Werkcentrum aangeboden."
          : stap.uitkomst === "via-werkgeversservicepunt-en-werkcentrum"
            ? `Twee lezingen van de handreiking gelden tegelijk: tot de inwerkingtreding van de wet (nog niet bereikt) loopt de werkgeversdienstverlening via het WerkgeversServicepunt, en "in ieder geval vanaf" ${String(g["werkcentrumVanaf"])} is de verbinding via het Werkcentrum gerealiseerd. Het WerkgeversServicepunt is aanspreekpunt, via ${wc}.`
          : g["werkgebiedUit"] === "regio"
            ? "Het werkgebied is niet opgegeven; de arbeidsmarktregio van de vestiging geldt: de gezamenlijke werkgeversdienstverlening van UWV en gemeenten is aanspreekpunt. Is de werkgever in meer dan één arbeidsmarktregio actief, dan is dat het Landelijk WerkgeversServicepunt (UWV en Gemeenten)."
            : "De werkgever is actief in één arbeidsmarktregio: de gezamenlijke werkgeversdienstverlening van UWV en gemeenten is aanspreekpunt.";
    case "triage/sbb-leerbedrijf":
      return "De vraag gaat (ook) over leerbedrijven of leerbanen: SBB doet mee naast de werkgeversdienstverlening.";
    case "triage/uwv-uitkeringsgerechtigden":
      return `Werkzoekende met ${u}: UWV is arrangeur en aanspreekpunt${g["uitkering"] === "Wajong" ? " (de Wajong is een UWV-uitkering)" : ""}.`;
    case "triage/gemeente-bijstand-of-geen-uitkering":
      return `Werkzoekende met ${u}: de woongemeente is arrangeur en aanspreekpunt.`;
    case "triage/uitkering-onbekend":
      return "De uitkering is onbekend: bij WW, WIA of Wajong is UWV arrangeur, bij bijstand of zonder uitkering de woongemeente. Ga de uitkering na.";
    case "triage/werkende-arbeidsbeperking":
      if (stap.uitkomst === "UWV") return `Werkende met een arbeidsbeperking en ${u}: UWV en gemeenten zijn verantwoordelijk; met deze uitkering is UWV arrangeur.`;
      if (stap.uitkomst === "gemeente") return `Werkende met een arbeidsbeperking en ${u}: UWV en gemeenten zijn verantwoordelijk; zonder UWV-uitkering is de woongemeente arrangeur.`;
      return g["arbeidsbeperking"] === "ja"
        ? "Werkende met een arbeidsbeperking, uitkering onbekend: UWV of de woongemeente. Ga de uitkering na."
        : `Onbekend of de werkende een arbeidsbeperking heeft. ${BEPERKING_ONBEKEND[String(g["uitkering"])] ?? BEPERKING_EN_UITKERING_ONBEKEND} Ga dit na.`;
    case "triage/werkende-met-uitkering":
      return g["uitkering"] === "onbekend"
        ? "Werkende zonder arbeidsbeperking, uitkering onbekend: zonder uitkering zijn de sociale partners verantwoordelijk, met een uitkering ook UWV of de gemeente. Ga de uitkering na."
        : `Werkende met ${u}: de werkende valt onder de sociale partners én als uitkeringsgerechtigde onder ${g["uitkering"] === "WW" ? "UWV" : "de gemeente"}. De bronnen zeggen niet wie dan arrangeur is: een mens beslist.`;
    case "triage/werkende-sociale-partners":
      return "Werkende zonder arbeidsbeperking en zonder uitkering: de sociale partners en private partijen (werkgever, cao, O&O-fonds, sociaal plan) zijn verantwoordelijk (van-werk-naar-werk).";
    case "triage/werkende-zonder-private-ondersteuning": {
      const dreiging = g["dreiging"] === "ja" ? "De werkende dreigt werkloos te worden" : g["dreiging"] === "nee" ? "De werkende dreigt niet werkloos te worden" : "Mogelijk dreigt de werkende werkloos te worden";
      return g["privaat"] === "onbekend"
        ? `${dreiging} en het is onbekend of er private ondersteuning is. Zonder private ondersteuning is dit een open beleidspunt; ga na of er een werkgever, cao, O&O-fonds of sociaal plan is.`
        : `${dreiging} en heeft geen private ondersteuning (bijvoorbeeld een zzp'er of flexwerker met kortdurende banen). Het kabinet verkent of sociale partners verantwoordelijkheid nemen voor werkenden die werkloos dreigen te worden; de overheid neemt verantwoordelijkheid voor een beperkte groep. Open beleidspunt: een mens beslist.`;
    }
    case "triage/publieke-dienstverlening-aanvullend":
      return "Publieke dienstverlening van UWV en gemeenten kan aanvullend worden ingezet als daar behoefte aan is.";
    case "triage/onderwijs-scholing":
      return "Vraag over scholing: de onderwijspartijen doen mee met een scholingsaanbod met perspectief op duurzaam werk.";
    case "triage/max-ww-overdracht":
      return stap.uitkomst === "beoordelen"
        ? `De WW-einddatum ${String(g["wwEinddatum"])} ligt vóór de peildatum ${String(g["peildatum"])}: de WW is afgelopen. Ga de huidige uitkeringssituatie na (UWV of de woongemeente).`
        : `De WW eindigt op ${String(g["wwEinddatum"])}, binnen ${String(g["vensterMaanden"])} maanden (tot en met ${String(g["vensterTot"])}; dit venster is een keuze van de bibliotheek, de handreiking noemt geen termijn): UWV blijft arrangeur; bereid de overdracht naar ${r.voorbereideOverdracht !== null ? arrangeur(r.voorbereideOverdracht.naar) : "de woongemeente"} voor (max-WW-proces, samenwerkingsovereenkomst).`;
    case "triage/transitie-uwv-eigen-clienten":
      return stap.uitkomst === "beschikbaar"
        ? "Transitieperiode: de vrager is cliënt van UWV; ook UWV's overige dienstverlening (workshops, coaching) staat open."
        : stap.uitkomst === "niet-beschikbaar"
          ? "Transitieperiode: de vrager is geen cliënt van UWV. UWV mag zijn overige dienstverlening (workshops, coaching) niet bieden; de publieke dienstverlening (online testen, webinars) wel. Gemeenten kunnen zelf bij UWV's gecontracteerde leveranciers bestellen; voor incidentele gevallen onderzoekt UWV hoe die dienstverlening toch beschikbaar kan komen voor gemeentelijke cliënten."
          : "Transitieperiode: onbekend of de vrager cliënt van UWV is; UWV's overige dienstverlening (workshops, coaching) staat alleen open voor eigen cliënten.";
    case "triage/no-wrong-door":
      return stap.uitkomst === "zelf"
        ? `${deur} is zelf (onderdeel van) de arrangeur en helpt verder.`
        : stap.uitkomst === "gids-naar-arrangeur"
          ? `De gids van ${wc} brengt de vrager direct in contact met ${wie(r, padRoutering)} (warme overdracht).`
          : `${deur} brengt de vrager direct in contact met ${wie(r, padRoutering)} (warme overdracht); niemand wordt weggestuurd.`;
    case "triage/werkcentrum-bij-onduidelijkheid": {
      const na = r.nagaan.length > 0 ? `, gaat ${r.nagaan.join(" en ")} na` : "";
      return stap.uitkomst === "gids-triage"
        ? `Niet direct helder welke partij verantwoordelijk is: de gids van ${wc} voert het gesprek${na} en brengt de vrager in contact met de juiste partij.`
        : `${deur} brengt de vrager in contact met ${wc} (de gids), omdat niet direct helder is welke partij verantwoordelijk is; niemand wordt weggestuurd.`;
    }
    case "triage/doorstroompunt":
      return stap.uitkomst !== "nagaan"
        ? "Jongere (jonger dan 27) die de school verlaat zonder startkwalificatie: verwijs ook (warm) naar het Doorstroompunt."
        : g["leeftijd"] === "onbekend"
          ? "Schoolverlater zonder startkwalificatie, leeftijd onbekend: het Doorstroompunt is er voor jongeren tot 27 jaar. Ga de leeftijd na."
          : "Jongere (jonger dan 27): het Doorstroompunt ondersteunt jongeren tot 27 jaar bij de overgang van school naar werk en het behoud van werk, vooral wie de school zonder startkwalificatie verlaat. Ga na of dat speelt.";
    case "triage/win-punt":
      return "Arbeidsmigrant: verwijs ook naar het WIN-punt (Work in NL) in de regio.";
    case "triage/schuldhulpverlening":
      return "Geldzorgen of schulden: verwijs naar de gemeentelijke schuldhulpverlening, een inlooppunt voor geldzorgen of Geldfit.";
    case "triage/informatiepunt-digitale-overheid":
      return "Moeite met lezen, schrijven of digitale vaardigheden: verwijs naar het Informatiepunt Digitale Overheid (IDO).";
    case "triage/zelfstandigen":
      return "Zelfstandig ondernemen: verwijs naar de lokale of regionale Bbz-uitvoerder of het Zelfstandigenloket.";
    case "triage/zorg-sociale-kaart":
      return "Zorgvraag: zoek de hulp via de lokale sociale kaart of Zorgpaden Kansrijke Start.";
    case "triage/buiten-domein":
      return g["onderwerp"] === "overig"
        ? "Een andere vraag: help zo goed mogelijk of verwijs naar de juiste instantie (via de gids en de lokale sociale kaart)."
        : `Vraag over ${g["onderwerp"] === "kinderopvang" ? "kinderopvang" : "een omgevingsvergunning"}: buiten het domein van het Werkcentrum, maar de vrager wordt geholpen: verwijs naar ${g["onderwerp"] === "kinderopvang" ? "de gemeente of de juiste instantie" : "de gemeente"}.`;
    case "triage/doorlopende-dienstverlening":
    case "triage/warme-overdracht-arrangeur":
    case "triage/ondersteuningsbehoefte-centraal":
      return stap.regel;
    default:
      return ongeldig([...pad, "regel"], "een triageregel (triage/…)", stap.regel, "ongeldige-waarde");
  }
}

/** Onbekende arbeidsbeperking: wie arrangeur is met en zonder beperking, per uitkering (HRT §3.2, KB2022). */
const BEPERKING_ONBEKEND: Readonly<Record<string, string>> = {
  WW: "Met een arbeidsbeperking is UWV arrangeur (WW); zonder valt de werkende onder de sociale partners én als WW-gerechtigde onder UWV.",
  bijstand: "Met een arbeidsbeperking is de woongemeente arrangeur (bijstand); zonder valt de werkende onder de sociale partners én als bijstandsgerechtigde onder de gemeente.",
  geen: "Met een arbeidsbeperking is de woongemeente arrangeur (geen UWV-uitkering); zonder zijn de sociale partners verantwoordelijk.",
};
const BEPERKING_EN_UITKERING_ONBEKEND = "Met een arbeidsbeperking zijn UWV of de gemeente verantwoordelijk (volgens de uitkering), zonder de sociale partners.";

/** Een stap als Nederlandse zin. */
export function uitlegStap(stap: Stap, r: Routering): string {
  controleerRouteringVorm(["routering"], r);
  return stapZin(stap, r, ["stap"], ["routering"]);
}

/** De uitleg van een routering in woorden (voor de CLI en apps). */
export interface RouteringUitleg {
  /** Eén zin: wie is arrangeur, of dat het beoordeeld moet worden en waarom. */
  readonly uitkomst: string;
  readonly overdracht: string;
  readonly aanvullend: readonly string[];
  readonly verwijzingen: readonly string[];
  /** Elke stap als zin, met regel en bron. */
  readonly stappen: readonly { readonly regel: string; readonly tekst: string; readonly bron: string }[];
}

/**
 * Maakt Nederlandse zinnen bij een routering.
 *
 * @example
 * ```ts
 * import { routeer, uitlegRoutering } from "arbeidsmarktinfra";
 * const r = routeer({ vrager: "werkzoekende", uitkering: "WW", onderwerpen: ["werk"], deur: { soort: "werkcentrum" } }, { peildatum: "2026-09-01" });
 * uitlegRoutering(r).uitkomst; // "Arrangeur: UWV."
 * ```
 */
export function uitlegRoutering(r: Routering): RouteringUitleg {
  const pad = ["routering"];
  controleerRouteringVorm(pad, r);
  const stappen = r.stappen.map((s, i) => {
    const tekst = stapZin(s, r, [...pad, "stappen", i], pad);
    return { regel: s.regel, tekst, bron: formatCitaat(s.bron) };
  });
  const uitkomst =
    r.status === "bepaald"
      ? `Arrangeur: ${omschrijving(r.arrangeur, [...pad, "arrangeur"])}.`
      : `Te beoordelen door een mens: ${REDEN[sleutelVan([...pad, "reden"], r.reden, REDEN)]}. Kandidaten: ${r.kandidaten.map((k, i) => omschrijving(k, [...pad, "kandidaten", i])).join("; ")}.${r.nagaan.length > 0 ? ` Na te gaan: ${r.nagaan.join(", ")}.` : ""}`;
  const overdracht = stappen.find((s) => s.regel === r.overdracht.regel)?.tekst ?? "";
  return {
    uitkomst,
    overdracht,
    aanvullend: r.aanvullend.map((a, i) => {
      vereisVelden([...pad, "aanvullend", i], a, { tekst: ["regel", "soort"] });
      return stappen.find((s) => s.regel === a.regel)?.tekst ?? a.soort;
    }),
    verwijzingen: r.verwijzingen.map((v, i) => `${naar(v, [...pad, "verwijzingen", i])}${v.status === "nagaan" ? " (na te gaan)" : ""}`),
    stappen,
  };
}
