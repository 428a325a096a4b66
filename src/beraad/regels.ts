import type { Regel, RegelUitkomst } from "../bevinding/model.js";
import type { Citaat } from "../bronnen/citaat.js";
import type { Centrumgemeente } from "../regio/centrumgemeenten.js";
import type { Arbeidsmarktregio } from "../regio/regio.js";
import { gemeenteBuitenRegio, leeg, opsomming, uitkomst, zelfdeNaam, zoekGemeenteSnel, zoekRegioSnel } from "../regelhulp.js";
import type { Pad } from "../result.js";
import type { Partij, RegionaalBeraad } from "./model.js";
import {
  ADVIESROL_KB2022,
  KERNPARTNERS_BEGRIPPENLIJST,
  KERNPARTNERS_HRT,
  KERNPARTNERS_KB2024,
  KOEPELS,
  MINIMALE_BEZETTING_BESLUIT_SUWI,
  SAMENWERKINGSPARTNERS_BEGRIPPENLIJST,
  SAMENWERKINGSPARTNERS_HRT,
  STRATEGISCHE_PARTNERS_HRT,
  STRATEGISCHE_PARTNERS_KB2024,
  TOELATING_STRATEGISCHE_PARTNER,
  rolToegestaan,
} from "./rollen.js";

/**
 * Regels over de samenstelling van het Regionaal Beraad: regio en centrumgemeente,
 * kernpartners, strategische partners, samenwerkingspartners en adviseurs. Ze werken op een
 * {@link RegionaalBeraad}; een convenant is er een uitbreiding van, dus dezelfde regels toetsen
 * ook de partijen in een convenant (met dezelfde paden).
 *
 * @module
 */

/** De regio van het beraad, of `undefined` als die onbekend is (dat meldt {@link regioEnCentrumgemeente}). */
export function regioVan(b: { readonly regio: string }): Arbeidsmarktregio | undefined {
  const z = zoekRegioSnel(b.regio);
  // Stryker disable next-line ConditionalExpression: equivalent, een onbekend zoekresultaat heeft geen veld regio, dus z.regio is dan ook undefined
  return z.soort === "regio" ? z.regio : undefined;
}

type BetwisteCentrumgemeente = Extract<Centrumgemeente, { status: "betwist" }>;

const bronsleutels = (bronnen: readonly Citaat[]) => bronnen.map((x) => x.bron).join(", ");

/** De gemeenten van de gezamenlijke lezing als tekst: "Heerlen, Sittard-Geleen en Maastricht samen". */
const samenTekst = (g: NonNullable<BetwisteCentrumgemeente["meerdereInDePraktijk"]>) => `${opsomming(g.gemeenten.map((x) => x.naam))} samen`;

/**
 * Alle lezingen van een betwiste centrumgemeente met hun bronnen, voor meldingen:
 * "Heerlen (P12) of Maastricht (R13), of Heerlen, Sittard-Geleen en Maastricht samen (P13)".
 */
function lezingenTekst(c: BetwisteCentrumgemeente): string {
  const los = c.lezingen.map((l) => `${l.naam} (${bronsleutels(l.bronnen)})`).join(" of ");
  const samen = c.meerdereInDePraktijk;
  return samen === undefined ? los : `${los}, of ${samenTekst(samen)} (${bronsleutels(samen.bronnen)})`;
}

/** De lezingen als gegevens van een bevinding (met de gezamenlijke lezing, als die er is). */
function lezingenGegevens(c: BetwisteCentrumgemeente) {
  const lezingen = c.lezingen.map((l) => ({ gemeente: l.gemeente, naam: l.naam, bronnen: l.bronnen, toelichting: l.toelichting }));
  const samen = c.meerdereInDePraktijk;
  return samen === undefined ? { lezingen } : { lezingen, gezamenlijkeLezing: { gemeenten: samen.gemeenten, bronnen: samen.bronnen, toelichting: samen.toelichting } };
}

/** De naam van de verwachte centrumgemeente(n) van een regio, voor meldingen. */
function verwachteCentrumgemeente(r: Arbeidsmarktregio): string {
  const c = r.centrumgemeente;
  if (c.status === "eenduidig") return c.naam;
  const samen = c.meerdereInDePraktijk;
  return `een van ${opsomming(c.lezingen.map((l) => l.naam))}${samen === undefined ? "" : `, of ${samenTekst(samen)}`} (betwist)`;
}

/** De gemeentecode van een partij die als centrumgemeente is aangewezen, als die te herkennen is. */
function centrumgemeenteCode(p: Partij): string | undefined {
  const g = zoekGemeenteSnel(p.gemeente ?? p.naam);
  return g.soort === "gemeente" ? g.gemeente.code : undefined;
}

const REGIO_ONBEKEND = "de regio is onbekend (zie beraad/regio-en-centrumgemeente)";

const CENTRUMGEMEENTE_BEGRIPPENLIJST = {
  bron: "HRT",
  plaats: "Bijlage 1, begrippenlijst 'Centrumgemeente'",
  citaat: "De centrumgemeente, zoals bedoeld in artikel 1.8 Regeling SUWI, is belast met regie op de regionale samenwerking",
} as const;

/** 1. De regio bestaat en de centrumgemeente is die van de regio. */
export const regioEnCentrumgemeente: Regel<RegionaalBeraad> = {
  id: "beraad/regio-en-centrumgemeente",
  titel: "De regio bestaat en de centrumgemeente is die van de regio",
  beschrijving:
    "Er is één Regionaal Beraad per arbeidsmarktregio. De regio moet een van de 35 arbeidsmarktregio's zijn (CBS-code, CBS-naam of bekende alias) en de als centrumgemeente aangewezen gemeente moet de centrumgemeente van die regio zijn (artikel 1.8 Regeling SUWI). Voor Zeeland en Zuid-Limburg spreken de bronnen elkaar tegen: dan is de uitkomst 'beoordelen' met alle lezingen. Voor Zuid-Limburg noemt één bron (P13) drie centrumgemeenten samen (Heerlen, Sittard-Geleen en Maastricht); Sittard-Geleen staat alleen in die gezamenlijke lezing, dus als enige centrumgemeente is het 'beoordelen' met de melding dat geen bron het als enige noemt. Noemt alleen de regeling van 2013 de centrumgemeente (geen latere bron), dan is een andere gemeente van de regio ook 'beoordelen': die kan sindsdien veranderd zijn. Een gemeente uit een andere regio is altijd 'niet-voldaan'.",
  grondslag: "wet",
  bron: CENTRUMGEMEENTE_BEGRIPPENLIJST,
  andereBronnen: [MINIMALE_BEZETTING_BESLUIT_SUWI, { bron: "CBS2026", plaats: "86247NED, indeling arbeidsmarktregio's 2026" }],
  hint: "Gebruik de CBS-naam of -code van de regio en wijs de centrumgemeente van die regio aan.",
  toets(b) {
    const uit: RegelUitkomst[] = [];
    const z = zoekRegioSnel(b.regio);
    if (z.soort === "onbekend") {
      uit.push(
        uitkomst("niet-voldaan", ["regio"], `Onbekende arbeidsmarktregio ${JSON.stringify(b.regio)}.`, {
          hint: z.suggesties.length > 0 ? `Bedoelde u ${z.suggesties.map((s) => JSON.stringify(s)).join(" of ")}?` : "Gebruik de CBS-naam of -code (bijv. AM22 of Rijnmond).",
          gegevens: { gevonden: b.regio, suggesties: z.suggesties },
        }),
      );
      return uit;
    }
    const r = z.regio;
    uit.push(uitkomst("voldaan", ["regio"], `Arbeidsmarktregio ${r.code} ${r.naam}; verwachte centrumgemeente: ${verwachteCentrumgemeente(r)}.`, { gegevens: { regio: r.code } }));
    const cg = r.centrumgemeente;
    b.partijen.forEach((p, i) => {
      if (p.centrumgemeente !== true) return;
      const pad: Pad = ["partijen", i, p.gemeente !== undefined ? "gemeente" : "naam"];
      const term = p.gemeente ?? p.naam;
      const g = zoekGemeenteSnel(term);
      if (g.soort !== "gemeente") {
        uit.push(
          uitkomst("beoordelen", pad, `Kan de centrumgemeente ${JSON.stringify(term)} niet als bestaande gemeente (2026) herkennen.`, {
            hint: g.soort === "oude-naam" ? `${g.oud.naam} bestaat sinds ${g.oud.laatsteJaar + 1} niet meer als gemeente.` : "Vul bij 'gemeente' de CBS-naam of -code in (bijv. GM0599).",
            gegevens: { gevonden: term, verwacht: verwachteCentrumgemeente(r) },
          }),
        );
        return;
      }
      const code = g.gemeente.code;
      // Een gemeente buiten de regio kan nooit haar centrumgemeente zijn (de regie is op de
      // samenwerking in de eigen arbeidsmarktregio), wat de bronnen over de aanwijzing ook zeggen.
      if (g.gemeente.regio !== r.code) {
        const ander = zoekRegioSnel(g.gemeente.regio);
        // Stryker disable next-line ConditionalExpression: onbereikbaar, de regio van een gemeente uit de CBS-tabel is altijd een bestaande regiocode
        const naam = ander.soort === "regio" ? ander.regio.naam : g.gemeente.regio;
        uit.push(
          uitkomst("niet-voldaan", pad, `${g.gemeente.naam} hoort niet bij ${r.naam} maar bij ${naam}, en kan dus niet de centrumgemeente van ${r.naam} zijn; verwacht: ${verwachteCentrumgemeente(r)}.`, {
            gegevens: { gevonden: code, regioVanGemeente: g.gemeente.regio, verwacht: cg.status === "eenduidig" ? cg.gemeente : lezingenGegevens(cg) },
          }),
        );
        return;
      }
      if (cg.status === "eenduidig") {
        if (code === cg.gemeente) {
          uit.push(uitkomst("voldaan", pad, `${g.gemeente.naam} is de centrumgemeente van ${r.naam}.`, { gegevens: { gemeente: code, zekerheid: cg.zekerheid } }));
        } else if (cg.zekerheid === "alleen-2013") {
          // Alleen de regeling van 2013 noemt de centrumgemeente; die kan sindsdien veranderd zijn
          // (zoals in Zeeland). Dan beslist de bibliotheek niet: een mens beoordeelt.
          uit.push(
            uitkomst("beoordelen", pad, `${g.gemeente.naam} is niet de centrumgemeente van ${r.naam} volgens de regeling van 2013 (${cg.naam}); een latere bron is niet gevonden.`, {
              hint: `Ga na of de centrumgemeente sinds 2013 is gewijzigd; zo niet, wijs ${cg.naam} aan.`,
              gegevens: { gevonden: code, verwacht: cg.gemeente, zekerheid: cg.zekerheid, bronnen: cg.bronnen },
            }),
          );
        } else {
          uit.push(
            uitkomst("niet-voldaan", pad, `${g.gemeente.naam} is niet de centrumgemeente van ${r.naam}; dat is ${cg.naam}.`, {
              gegevens: { gevonden: code, verwacht: cg.gemeente, zekerheid: cg.zekerheid, bronnen: cg.bronnen },
            }),
          );
        }
        return;
      }
      const gegevens = { gevonden: code, ...lezingenGegevens(cg) };
      const betwist = `De centrumgemeente van ${r.naam} is betwist: ${lezingenTekst(cg)}.`;
      const samen = cg.meerdereInDePraktijk;
      if (cg.lezingen.some((l) => l.gemeente === code)) {
        uit.push(uitkomst("beoordelen", pad, `${betwist} Het document noemt ${g.gemeente.naam}, een van de lezingen.`, { hint: cg.toelichting, gegevens }));
      } else if (samen?.gemeenten.some((x) => x.gemeente === code)) {
        // Alleen de gezamenlijke lezing noemt deze gemeente, en dan samen met de andere: geen bron
        // zegt dat zij alleen de centrumgemeente is. Beoordelen, zonder dat te beweren.
        const anderen = samen.gemeenten.filter((x) => x.gemeente !== code);
        // Stryker disable next-line ArrayDeclaration: equivalent, de verzameling wordt alleen met CBS-codes van de gezamenlijke lezing bevraagd; een extra element dat geen code is, verandert niets
        const aangewezen = new Set(b.partijen.flatMap((q) => (q.centrumgemeente === true ? [centrumgemeenteCode(q)] : [])));
        const alleSamen = anderen.every((x) => aangewezen.has(x.gemeente));
        const bron = bronsleutels(samen.bronnen);
        const bericht = alleSamen
          ? `${betwist} Het document noemt ${g.gemeente.naam} samen met ${opsomming(anderen.map((x) => x.naam))}, zoals de gezamenlijke lezing (${bron}).`
          : `${betwist} Het document noemt ${g.gemeente.naam}; geen bron noemt ${g.gemeente.naam} als enige centrumgemeente: alleen ${bron} noemt ${g.gemeente.naam}, en dan samen met ${opsomming(anderen.map((x) => x.naam))} als centrumgemeenten.`;
        uit.push(uitkomst("beoordelen", pad, bericht, { hint: cg.toelichting, gegevens }));
      } else {
        uit.push(uitkomst("niet-voldaan", pad, `${g.gemeente.naam} is geen van de lezingen voor de centrumgemeente van ${r.naam}: ${lezingenTekst(cg)}.`, { gegevens }));
      }
    });
    return uit;
  },
};

const REGIE_HRT = {
  bron: "HRT",
  plaats: "§3.1",
  citaat: "waarbij de centrumgemeente de functionele regie heeft op de regionale samenwerking",
} as const;

/** 2. Precies één centrumgemeente, met de functionele regie. */
export const eenCentrumgemeenteMetRegie: Regel<RegionaalBeraad> = {
  id: "beraad/een-centrumgemeente-met-regie",
  titel: "Precies één centrumgemeente, met de functionele regie",
  beschrijving:
    "Eén gemeente, de centrumgemeente, is kernpartner en heeft de functionele regie op de regionale samenwerking: ze initieert het Regionaal Beraad en faciliteert de organisatie ervan. Het Besluit SUWI legt die regierol vast. Noemt een bron voor de regio meer centrumgemeenten samen (Zuid-Limburg: drie, P13) en horen alle aangewezen centrumgemeenten bij die gezamenlijke lezing, dan is meer dan één centrumgemeente 'beoordelen' in plaats van 'niet-voldaan'.",
  grondslag: "wet",
  bron: REGIE_HRT,
  andereBronnen: [CENTRUMGEMEENTE_BEGRIPPENLIJST, MINIMALE_BEZETTING_BESLUIT_SUWI],
  hint: "Markeer precies één gemeente met `centrumgemeente: true` en `functioneleRegie: true`.",
  toets(b) {
    const uit: RegelUitkomst[] = [];
    const cg: number[] = [];
    const regie: number[] = [];
    b.partijen.forEach((p, i) => {
      if (p.centrumgemeente === true) cg.push(i);
      if (p.functioneleRegie === true) regie.push(i);
    });
    const r = regioVan(b);
    if (cg.length === 0) {
      uit.push(
        uitkomst("niet-voldaan", ["partijen"], "Geen partij is als centrumgemeente aangewezen.", {
          ...(r && { hint: `Wijs de centrumgemeente aan (verwacht: ${verwachteCentrumgemeente(r)}) met centrumgemeente: true en functioneleRegie: true.` }),
        }),
      );
      return uit;
    }
    const i = cg[0]!;
    const p = b.partijen[i]!;
    // Een regio met een gezamenlijke lezing (Zuid-Limburg: de regeling van 2013 noemt één
    // centrumgemeente, een latere bron drie samen): horen alle aangewezen centrumgemeenten bij die
    // lezing, dan is meer dan één 'beoordelen', niet 'niet-voldaan'.
    const betwist = r?.centrumgemeente.status === "betwist" ? r.centrumgemeente : undefined;
    const samen = betwist?.meerdereInDePraktijk;
    const alleInGezamenlijkeLezing =
      samen !== undefined &&
      cg.every((k) => {
        const code = centrumgemeenteCode(b.partijen[k]!);
        return samen.gemeenten.some((x) => x.gemeente === code);
      });
    const namen = cg.map((k) => b.partijen[k]!.naam);
    for (const j of cg.slice(1)) {
      uit.push(
        alleInGezamenlijkeLezing
          ? uitkomst(
              "beoordelen",
              ["partijen", j, "centrumgemeente"],
              `Meer dan één centrumgemeente: ${opsomming(namen)}. De regeling kent één centrumgemeente per regio, maar de bronnen over ${r!.naam} spreken elkaar tegen: ${lezingenTekst(betwist!)}.${
                cg.length < samen.gemeenten.length ? ` Het document wijst er ${cg.length} van de ${samen.gemeenten.length} uit de gezamenlijke lezing aan.` : ""
              }`,
              {
                hint: "Leg vast welke gemeente de centrumgemeente is in de zin van artikel 1.8 Regeling SUWI en de functionele regie heeft, of laat de afspraak met meerdere centrumgemeenten juridisch toetsen.",
                gegevens: { centrumgemeenten: namen, ...lezingenGegevens(betwist!) },
              },
            )
          : uitkomst("niet-voldaan", ["partijen", j, "centrumgemeente"], `Meer dan één centrumgemeente: ${opsomming(namen)}. Een regio heeft één centrumgemeente.`, {
              gegevens: { centrumgemeenten: namen },
            }),
      );
    }
    let goed = cg.length === 1;
    if (p.soort !== "gemeente") {
      goed = false;
      uit.push(uitkomst("niet-voldaan", ["partijen", i, "soort"], `${p.naam} is als centrumgemeente aangewezen maar is geen gemeente (soort ${p.soort}).`));
    }
    if (p.rol !== "kernpartner") {
      goed = false;
      uit.push(uitkomst("niet-voldaan", ["partijen", i, "rol"], `De centrumgemeente ${p.naam} heeft rol ${p.rol}; (centrum)gemeenten zijn kernpartner.`));
    }
    // Bij meerdere centrumgemeenten uit de praktijk telt de eerste met de regie (de volgorde in
    // het document bepaalt de uitkomst dan niet); zonder regie bij een van hen: niet-voldaan.
    const regieBij = alleInGezamenlijkeLezing ? (cg.find((k) => b.partijen[k]!.functioneleRegie === true) ?? i) : i;
    if (b.partijen[regieBij]!.functioneleRegie !== true) {
      goed = false;
      uit.push(
        uitkomst("niet-voldaan", ["partijen", i, "functioneleRegie"], `Het document legt niet vast dat de centrumgemeente ${p.naam} de functionele regie heeft.`, {
          hint: "Zet functioneleRegie: true bij de centrumgemeente.",
        }),
      );
    }
    for (const j of regie) {
      if (j === regieBij) continue;
      goed = false;
      uit.push(
        alleInGezamenlijkeLezing && cg.includes(j)
          ? uitkomst("beoordelen", ["partijen", j, "functioneleRegie"], `Ook ${b.partijen[j]!.naam} heeft de functionele regie; bij meerdere centrumgemeenten is niet vast te stellen bij wie die ligt.`)
          : uitkomst("niet-voldaan", ["partijen", j, "functioneleRegie"], `${b.partijen[j]!.naam} heeft de functionele regie, maar die ligt bij de centrumgemeente (${p.naam}).`),
      );
    }
    if (goed) uit.push(uitkomst("voldaan", ["partijen", i], `${p.naam} is de enige centrumgemeente en heeft de functionele regie.`));
    return uit;
  },
};

interface Categorie {
  readonly naam: string;
  readonly soort: Partij["soort"];
}

const KERNCATEGORIEEN: readonly Categorie[] = [
  { naam: "(centrum)gemeente", soort: "gemeente" },
  { naam: "UWV", soort: "uwv" },
  { naam: "SBB", soort: "sbb" },
  { naam: "een werkgeversorganisatie", soort: "werkgeversorganisatie" },
  { naam: "een werknemersorganisatie (vakbond)", soort: "werknemersorganisatie" },
];

/** 3. Alle soorten kernpartners zijn er, met één aangewezen contactschool. */
export const kernpartnersCompleet: Regel<RegionaalBeraad> = {
  id: "beraad/kernpartners-compleet",
  titel: "Alle kernpartners zijn er, met één aangewezen contactschool",
  beschrijving:
    "Het Regionaal Beraad bestaat ten minste uit (centrum)gemeenten, UWV, SBB, sociale partners (werkgeversorganisaties en vakbonden) en de onderwijspartijen via één aangewezen contactschool: een ROC, of een andere school als dat regionaal is afgesproken (legt het document die afspraak niet vast, dan is de uitkomst 'beoordelen'). De minimale bezetting komt in het Besluit SUWI.",
  grondslag: "wet",
  bron: KERNPARTNERS_KB2024,
  andereBronnen: [KERNPARTNERS_BEGRIPPENLIJST, MINIMALE_BEZETTING_BESLUIT_SUWI],
  hint: "Neem de ontbrekende kernpartner op met rol: kernpartner.",
  toets(b) {
    const uit: RegelUitkomst[] = [];
    for (const c of KERNCATEGORIEEN) {
      const i = b.partijen.findIndex((p) => p.soort === c.soort && p.rol === "kernpartner");
      if (i >= 0) {
        uit.push(uitkomst("voldaan", ["partijen", i], `Kernpartner ${c.naam}: ${b.partijen[i]!.naam}.`, { gegevens: { categorie: c.soort } }));
        continue;
      }
      const j = b.partijen.findIndex((p) => p.soort === c.soort);
      if (j >= 0) {
        const p = b.partijen[j]!;
        uit.push(
          uitkomst("niet-voldaan", ["partijen", j, "rol"], `Kernpartner ${c.naam} ontbreekt: ${p.naam} staat erin als ${p.rol}.`, {
            hint: `Geef ${p.naam} de rol kernpartner.`,
            gegevens: { categorie: c.soort, gevonden: p.rol, verwacht: "kernpartner" },
          }),
        );
      } else {
        uit.push(uitkomst("niet-voldaan", ["partijen"], `Kernpartner ${c.naam} ontbreekt.`, { gegevens: { categorie: c.soort } }));
      }
    }
    uit.push(...contactschool(b));
    return uit;
  },
};

function contactschool(b: RegionaalBeraad): RegelUitkomst[] {
  const scholen: number[] = [];
  b.partijen.forEach((p, i) => {
    if (p.soort === "onderwijsinstelling" && p.contactschool === true) scholen.push(i);
  });
  if (scholen.length === 0) {
    const j = b.partijen.findIndex((p) => p.soort === "onderwijsinstelling");
    return [
      j >= 0
        ? uitkomst("niet-voldaan", ["partijen", j, "contactschool"], `Geen aangewezen contactschool; ${b.partijen[j]!.naam} is niet als contactschool aangewezen.`, {
            hint: "Wijs één onderwijsinstelling aan met contactschool: true (een ROC, tenzij anders regionaal afgesproken).",
            gegevens: { categorie: "contactschool" },
          })
        : uitkomst("niet-voldaan", ["partijen"], "Kernpartner onderwijs ontbreekt: er is geen aangewezen contactschool.", {
            hint: "Neem de contactschool op (soort onderwijsinstelling, contactschool: true; een ROC tenzij anders regionaal afgesproken).",
            gegevens: { categorie: "contactschool" },
          }),
    ];
  }
  const uit: RegelUitkomst[] = [];
  for (const j of scholen.slice(1)) {
    uit.push(
      uitkomst("niet-voldaan", ["partijen", j, "contactschool"], `Meer dan één contactschool: ${opsomming(scholen.map((k) => b.partijen[k]!.naam))}. De onderwijspartijen worden door één aangewezen contactschool vertegenwoordigd.`, {
        gegevens: { categorie: "contactschool" },
      }),
    );
  }
  const i = scholen[0]!;
  const s = b.partijen[i]!;
  if (s.rol !== "kernpartner") {
    uit.push(uitkomst("niet-voldaan", ["partijen", i, "rol"], `De contactschool ${s.naam} heeft rol ${s.rol}; de contactschool is kernpartner.`, { gegevens: { categorie: "contactschool" } }));
    return uit;
  }
  if (s.onderwijssoort === undefined) {
    uit.push(
      uitkomst("beoordelen", ["partijen", i, "onderwijssoort"], `Van de contactschool ${s.naam} is niet vastgelegd of het een ROC is.`, {
        hint: "Vul onderwijssoort in (roc, of een andere soort met contactschoolAfspraak).",
        gegevens: { categorie: "contactschool" },
      }),
    );
  } else if (s.onderwijssoort === "roc") {
    uit.push(uitkomst("voldaan", ["partijen", i], `Contactschool: ${s.naam} (ROC).`, { gegevens: { categorie: "contactschool" } }));
  } else if (s.contactschoolAfspraak !== undefined && !(leeg(s.contactschoolAfspraak.datum) && leeg(s.contactschoolAfspraak.kenmerk))) {
    uit.push(uitkomst("voldaan", ["partijen", i], `Contactschool: ${s.naam} (${s.onderwijssoort}), met een regionale afspraak.`, { gegevens: { categorie: "contactschool" } }));
  } else {
    uit.push(
      uitkomst("beoordelen", ["partijen", i, "contactschoolAfspraak"], `De contactschool ${s.naam} is geen ROC (${s.onderwijssoort}); dat mag als het regionaal is afgesproken, maar het document legt die afspraak niet vast.`, {
        hint: "De contactschool is een ROC 'tenzij anders regionaal afgesproken': ga na of die afspraak er is (ook het convenant zelf kan die afspraak zijn) en leg hem vast met datum en kenmerk.",
        gegevens: { categorie: "contactschool", gevonden: s.onderwijssoort },
      }),
    );
  }
  return uit;
}

/** Een kernpartner is van een soort die de bronnen als kernpartner noemen. */
export const kernpartnerSoort: Regel<RegionaalBeraad> = {
  id: "beraad/kernpartner-soort",
  titel: "Kernpartners zijn van een soort die de wet- en regelgeving zal noemen",
  beschrijving:
    "Kernpartners zijn de partijen die de wet- en regelgeving zal noemen: (centrum)gemeenten, UWV, SBB, werkgevers- en werknemersorganisaties en de onderwijspartijen via één contactschool. Een provincie, uitzendorganisatie of sociaal ontwikkelbedrijf kan strategische partner zijn, geen kernpartner.",
  grondslag: "wet",
  bron: KERNPARTNERS_HRT,
  andereBronnen: [KERNPARTNERS_BEGRIPPENLIJST, KERNPARTNERS_KB2024],
  hint: "Geef deze partij de rol strategische-partner (met een besluit van de kernpartners) of samenwerkingspartner.",
  toets(b) {
    const uit: RegelUitkomst[] = [];
    let aantal = 0;
    b.partijen.forEach((p, i) => {
      if (p.rol !== "kernpartner") return;
      aantal++;
      const t = rolToegestaan(p.soort, "kernpartner");
      if (t.status === "niet-toegestaan") {
        uit.push(uitkomst("niet-voldaan", ["partijen", i, "rol"], `${p.naam} (${p.soort}) kan geen kernpartner zijn. ${t.toelichting}`, { gegevens: { gevonden: p.soort } }));
      } else if (p.soort === "onderwijsinstelling" && p.contactschool !== true) {
        uit.push(
          uitkomst("beoordelen", ["partijen", i, "rol"], `${p.naam} is kernpartner maar niet de contactschool; de onderwijspartijen zitten in het beraad via één aangewezen contactschool.`, {
            hint: "Maak deze school strategische partner of samenwerkingspartner, of leg de aanvullende afspraken met de onderwijspartijen vast.",
            gegevens: { gevonden: p.soort },
          }),
        );
      }
    });
    if (uit.length === 0) {
      uit.push(
        aantal === 0
          ? uitkomst("niet-van-toepassing", ["partijen"], "Er zijn geen kernpartners opgegeven (zie beraad/kernpartners-compleet).")
          : uitkomst("voldaan", ["partijen"], `Alle ${aantal} kernpartners zijn van een soort die kernpartner kan zijn.`),
      );
    }
    return uit;
  },
};

/** Alle gemeenten die kernpartner zijn (of die een kernpartner vertegenwoordigt), liggen in de regio. */
export const gemeentenUitRegio: Regel<RegionaalBeraad> = {
  id: "beraad/gemeenten-uit-regio",
  titel: "De gemeenten horen bij de arbeidsmarktregio",
  beschrijving:
    "De (centrum)gemeenten die als kernpartner in het Regionaal Beraad zitten, of die een kernpartner 'onder één vlag' vertegenwoordigt, horen bij de arbeidsmarktregio volgens de indeling van 2026. Een gemeente uit een andere regio kan samenwerkingspartner zijn.",
  grondslag: "wet",
  bron: KERNPARTNERS_KB2024,
  andereBronnen: [
    { bron: "HRT", plaats: "§1.3 'Het Regionaal Beraad'", citaat: "Het Regionaal Beraad is het strategische bestuurlijk overlegorgaan tussen publieke en private organisaties in de arbeidsmarktregio." },
    { bron: "CBS2026", plaats: "86247NED, indeling arbeidsmarktregio's 2026" },
  ],
  hint: "Controleer de gemeentenaam (CBS-naam of code GM…) of geef een gemeente uit een andere regio de rol samenwerkingspartner.",
  toets(b) {
    const r = regioVan(b);
    if (!r) return [uitkomst("niet-van-toepassing", ["regio"], `Kan de gemeenten niet toetsen: ${REGIO_ONBEKEND}.`)];
    const uit: RegelUitkomst[] = [];
    let aantal = 0;
    const toets = (term: string, pad: Pad) => {
      aantal++;
      const u = gemeenteBuitenRegio(term, r, pad, "niet-voldaan");
      if (u) uit.push(u);
    };
    b.partijen.forEach((p, i) => {
      if (p.rol !== "kernpartner" || p.soort !== "gemeente") return;
      toets(p.gemeente ?? p.naam, ["partijen", i, p.gemeente !== undefined ? "gemeente" : "naam"]);
      p.vertegenwoordigt?.forEach((v, j) => toets(v, ["partijen", i, "vertegenwoordigt", j]));
    });
    if (uit.length === 0) {
      uit.push(
        aantal === 0
          ? uitkomst("niet-van-toepassing", ["partijen"], "Er zijn geen gemeenten als kernpartner opgegeven (zie beraad/kernpartners-compleet).")
          : uitkomst("voldaan", ["partijen"], aantal === 1 ? `De gemeente hoort bij ${r.naam}.` : `Alle ${aantal} gemeenten horen bij ${r.naam}.`, { gegevens: { aantal } }),
      );
    }
    return uit;
  },
};

/** 4. Elke strategische partner heeft een vastgelegd besluit van de kernpartners. */
export const besluitStrategischePartner: Regel<RegionaalBeraad> = {
  id: "beraad/besluit-strategische-partner",
  titel: "Elke strategische partner is toegelaten bij besluit van de kernpartners",
  beschrijving:
    "Een strategische partner heeft zitting in het Regionaal Beraad na een besluit van de kernpartners. Het document legt per strategische partner de datum en het kenmerk van dat besluit vast; een besluit na de peildatum is er op de peildatum nog niet.",
  grondslag: "handreiking",
  bron: TOELATING_STRATEGISCHE_PARTNER,
  hint: "Leg bij de strategische partner `toelating: { datum, kenmerk }` vast (bijv. het verslag van het Regionaal Beraad).",
  toets(b, ctx) {
    const uit: RegelUitkomst[] = [];
    b.partijen.forEach((p, i) => {
      if (p.rol !== "strategische-partner") return;
      const t = p.toelating;
      if (t === undefined) {
        uit.push(uitkomst("niet-voldaan", ["partijen", i, "toelating"], `Geen besluit van de kernpartners vastgelegd voor strategische partner ${p.naam}.`));
        return;
      }
      const fouten: RegelUitkomst[] = [];
      if (leeg(t.datum)) fouten.push(uitkomst("niet-voldaan", ["partijen", i, "toelating", "datum"], `Het besluit over strategische partner ${p.naam} heeft geen datum.`));
      else if (t.datum! > ctx.peildatum) {
        fouten.push(
          uitkomst("niet-voldaan", ["partijen", i, "toelating", "datum"], `Het besluit over strategische partner ${p.naam} is van ${t.datum}, na de peildatum ${ctx.peildatum}.`, {
            gegevens: { gevonden: t.datum, peildatum: ctx.peildatum },
          }),
        );
      }
      if (leeg(t.kenmerk)) fouten.push(uitkomst("niet-voldaan", ["partijen", i, "toelating", "kenmerk"], `Het besluit over strategische partner ${p.naam} heeft geen kenmerk.`));
      if (fouten.length > 0) uit.push(...fouten);
      else uit.push(uitkomst("voldaan", ["partijen", i, "toelating"], `${p.naam} is toegelaten bij besluit ${t.kenmerk} van ${t.datum}.`));
    });
    return uit.length > 0 ? uit : [uitkomst("niet-van-toepassing", ["partijen"], "Er zijn geen strategische partners.")];
  },
};

function geenStemrecht(b: RegionaalBeraad, rol: "samenwerkingspartner" | "adviseur", uitleg: string): RegelUitkomst[] {
  const uit: RegelUitkomst[] = [];
  let aantal = 0;
  b.partijen.forEach((p, i) => {
    if (p.rol !== rol) return;
    aantal++;
    if (p.stemrecht === true) uit.push(uitkomst("niet-voldaan", ["partijen", i, "stemrecht"], `${p.naam} is ${rol} maar heeft stemrecht. ${uitleg}`));
  });
  if (uit.length > 0) return uit;
  return [
    aantal === 0
      ? uitkomst("niet-van-toepassing", ["partijen"], `Er zijn geen partijen met rol ${rol}.`)
      : uitkomst("voldaan", ["partijen"], `Geen van de ${aantal} partijen met rol ${rol} heeft stemrecht.`),
  ];
}

/** 5a. Samenwerkingspartners beslissen niet mee. */
export const samenwerkingspartnerGeenStemrecht: Regel<RegionaalBeraad> = {
  id: "beraad/samenwerkingspartner-geen-stemrecht",
  titel: "Samenwerkingspartners zijn geen stemgerechtigde leden",
  beschrijving:
    "Samenwerkingspartners (niet-strategische partners) werken mee in de uitvoering van het Werkcentrum of aan een thematafel; bestuurlijk samenwerken in het beraad is voor kernpartners en, na besluit, strategische partners. De begrippenlijst noemt samenwerkingspartners wel bij de samenstelling van het beraad; meebeslissen geeft geen bron hun.",
  grondslag: "handreiking",
  bron: SAMENWERKINGSPARTNERS_HRT,
  andereBronnen: [SAMENWERKINGSPARTNERS_BEGRIPPENLIJST, TOELATING_STRATEGISCHE_PARTNER],
  hint: "Geef de partij geen stemrecht, of maak haar strategische partner met een besluit van de kernpartners.",
  toets: (b) => geenStemrecht(b, "samenwerkingspartner", "Wie meebeslist, is kernpartner of (na besluit van de kernpartners) strategische partner."),
};

/** 5b. Adviseurs beslissen niet mee. */
export const adviseurGeenStemrecht: Regel<RegionaalBeraad> = {
  id: "beraad/adviseur-geen-stemrecht",
  titel: "Adviseurs zijn geen stemgerechtigde leden",
  beschrijving: "Andere regionale arbeidsmarktpartijen kunnen in een adviesrol bij de besluitvorming betrokken worden; een adviseur beslist niet mee.",
  grondslag: "beleid",
  bron: ADVIESROL_KB2022,
  hint: "Geef de adviseur geen stemrecht, of maak de partij strategische partner met een besluit van de kernpartners.",
  toets: (b) => geenStemrecht(b, "adviseur", "Een adviseur heeft een adviesrol bij de besluitvorming."),
};

/** 6. Een strategische partner is van een soort die de bronnen noemen. */
export const soortStrategischePartner: Regel<RegionaalBeraad> = {
  id: "beraad/soort-strategische-partner",
  titel: "Strategische partners zijn van een soort die de bronnen noemen",
  beschrijving:
    "De handreiking noemt als mogelijke strategische partners: sociaal ontwikkelbedrijven, de provincie, uitzendorganisaties verenigd in de ABU en/of de NBBU, re-integratiebedrijven, verzuimbegeleidingsorganisaties verenigd in OVAL, private opleiders verenigd in NRTO en brancheorganisaties. Het beraad is vrij in zijn keuze; een andere soort is daarom 'beoordelen', geen fout.",
  grondslag: "handreiking",
  bron: STRATEGISCHE_PARTNERS_HRT,
  andereBronnen: [STRATEGISCHE_PARTNERS_KB2024],
  hint: "Licht de keuze toe in het besluit van de kernpartners, of kies een andere rol.",
  toets(b) {
    const uit: RegelUitkomst[] = [];
    b.partijen.forEach((p, i) => {
      if (p.rol !== "strategische-partner") return;
      const t = rolToegestaan(p.soort, "strategische-partner");
      // Stryker disable next-line ConditionalExpression,StringLiteral,BlockStatement: onbereikbaar, geen soort heeft in rolToelatingen de status niet-toegestaan voor strategische partner
      if (t.status === "niet-toegestaan") {
        // Stryker disable next-line StringLiteral,ArrayDeclaration: onbereikbaar, geen soort heeft in rolToelatingen de status niet-toegestaan voor strategische partner
        uit.push(uitkomst("niet-voldaan", ["partijen", i, "soort"], `${p.naam}: ${t.toelichting}`));
        return;
      }
      if (t.status === "niet-genoemd") {
        // Een gemeente van een andere regio kan geen kernpartner worden: dan niet die rol aanraden.
        const r = p.soort === "gemeente" ? regioVan(b) : undefined;
        // Stryker disable next-line ConditionalExpression: equivalent, zonder regio is buiten hieronder toch onwaar (het opzoeken is dan alleen overbodig)
        const g = r === undefined ? undefined : zoekGemeenteSnel(p.gemeente ?? p.naam);
        // Stryker disable next-line ConditionalExpression,OptionalChaining: equivalent, g bestaat precies als r bestaat (de controles zijn er voor TypeScript)
        const buiten = r !== undefined && g?.soort === "gemeente" && g.gemeente.regio !== r.code;
        const tekst = buiten ? t.toelichting.replace(" Overweeg de rol kernpartner.", "") : t.toelichting;
        uit.push(
          uitkomst("beoordelen", ["partijen", i, "soort"], `${p.naam} (${p.soort}): ${tekst}`, {
            ...(buiten && { hint: `${p.naam} hoort niet bij ${r.naam} (zie beraad/gemeenten-uit-regio); als kernpartner zou het een fout zijn. Licht de rol toe in het besluit van de kernpartners, of kies de rol samenwerkingspartner of adviseur.` }),
            gegevens: { gevonden: p.soort },
          }),
        );
        return;
      }
      const koepels = KOEPELS[p.soort];
      if (koepels !== undefined) {
        if (leeg(p.koepel)) {
          uit.push(
            // Stryker disable next-line StringLiteral: `?? ""` is onbereikbaar, elke soort met koepels (KOEPELS) heeft een voorwaarde in rolToelatingen
            uitkomst("beoordelen", ["partijen", i, "koepel"], `De handreiking noemt ${p.soort} ${t.voorwaarde ?? ""}; het lidmaatschap van ${p.naam} is niet vastgelegd.`, {
              hint: `Vul koepel in (${koepels.join(" of ")}).`,
              gegevens: { verwacht: koepels },
            }),
          );
          return;
        }
        if (!koepels.some((k) => zelfdeNaam(k, p.koepel!))) {
          uit.push(
            // Stryker disable next-line StringLiteral: `?? ""` is onbereikbaar, elke soort met koepels (KOEPELS) heeft een voorwaarde in rolToelatingen
            uitkomst("beoordelen", ["partijen", i, "koepel"], `De handreiking noemt ${p.soort} ${t.voorwaarde ?? ""}; ${p.naam} is lid van ${p.koepel}.`, {
              gegevens: { gevonden: p.koepel, verwacht: koepels },
            }),
          );
          return;
        }
      }
      uit.push(uitkomst("voldaan", ["partijen", i, "soort"], `${p.naam}: ${t.toelichting}`));
    });
    return uit.length > 0 ? uit : [uitkomst("niet-van-toepassing", ["partijen"], "Er zijn geen strategische partners.")];
  },
};

/** De regels over het Regionaal Beraad, in rapportvolgorde. */
export const beraadRegels: readonly Regel<RegionaalBeraad>[] = [
  regioEnCentrumgemeente,
  eenCentrumgemeenteMetRegie,
  kernpartnersCompleet,
  kernpartnerSoort,
  gemeentenUitRegio,
  besluitStrategischePartner,
  samenwerkingspartnerGeenStemrecht,
  adviseurGeenStemrecht,
  soortStrategischePartner,
];
