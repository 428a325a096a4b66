import type { Regel, RegelUitkomst, ToetsContext } from "../bevinding/model.js";
import type { Meerjarenagenda } from "../agenda/model.js";
import { agendaRegels } from "../agenda/regels.js";
import { beraadRegels, regioVan } from "../beraad/regels.js";
import type { Citaat } from "../bronnen/citaat.js";
import { bronVanMijlpaal } from "../mijlpaal.js";
import { bedIn, eenKeerPerToets, leeg, opsomming, uitkomst, zelfdeNaam, zoekRegioSnel } from "../regelhulp.js";
import type { Arbeidsmarktregio } from "../regio/regio.js";
import type { Pad } from "../result.js";
import type { Werkcentrum, WerkcentrumAfspraken } from "../werkcentrum/model.js";
import { nogNietInWerking, REGELS_MET_REGIO, REGELS_VANAF_INWERKINGTREDING, werkcentrumRegels, werkcentrumRegio as bestaandeRegio } from "../werkcentrum/regels.js";
import type { Convenant } from "./model.js";
import { gemeentecodeUitTekst, gemeenteUitTekst } from "./partijnaam.js";

/**
 * De regels over het samenwerkingsconvenant. Het convenant wordt getoetst met:
 * 1. de regels over het Regionaal Beraad (het convenant ís een uitbreiding daarvan);
 * 2. de eigen regels hieronder (Werkcentrum vastgelegd, impulsbudget, no wrong door,
 *    begroting, meerjarenagenda, WIN-punt);
 * 3. de regels over het Werkcentrum, ingebed: dezelfde implementatie en dezelfde regel-ids
 *    als `toetsWerkcentrum`, met paden onder `/werkcentrum`.
 *
 * @module
 */

const SAMENWERKING_WERKCENTRUM: Citaat = {
  bron: "KB2024",
  plaats: "§4 'Het Landelijk en Regionaal Beraad'",
  citaat: "Daarnaast maakt het Regionaal Beraad afspraken over de invulling van de samenwerking in het Werkcentrum en legt deze vast in een convenant.",
};

const VASTGELEGD_IN_SAMENWERKINGSCONVENANT: Citaat = {
  bron: "HRT",
  plaats: "§1.3 'Het Werkcentrum'",
  citaat: "De manier waarop partijen in de arbeidsmarktregio met elkaar samenwerken wordt vastgelegd in een samenwerkingsconvenant.",
};

/** De velden van het Werkcentrum-onderdeel die iets over de samenwerking vastleggen (regio en toelichting niet). */
const WERKCENTRUM_INHOUD = ["naam", "toegangspoort", "kanalen", "gidsfunctie", "werkgeversdienstverlening", "vervangt"] as const;

/**
 * Of een waarde iets bevat: geen lege tekst, en geen lijst of object met alleen lege waarden
 * (een lijst partners met alleen een lege naam legt niets vast).
 */
function ingevuld(x: unknown): boolean {
  // Stryker disable next-line ConditionalExpression: onbereikbaar, model en schema kennen geen null (ongeparste invoer met null geeft dan een OngeldigeInvoerFout via vormfout, wat het contract ook toestaat)
  if (x === undefined || x === null) return false;
  if (typeof x === "string") return x.trim() !== "";
  if (typeof x === "object") return Object.values(x).some(ingevuld);
  return true;
}

/** Of het Werkcentrum-onderdeel inhoud heeft (meer dan een regio of alleen een toelichting). */
function heeftInhoud(w: WerkcentrumAfspraken): boolean {
  return WERKCENTRUM_INHOUD.some((k) => ingevuld(w[k]));
}

/**
 * Het convenant geldt op de peildatum: ondertekend, ingegaan en niet verlopen. De einddatum zelf
 * telt nog mee (een looptijd loopt "tot en met", zoals de eigen looptijd van een meerjarenagenda
 * in `agendaCyclus`): verlopen is het convenant vanaf de dag na de einddatum.
 */
export const looptijdOpPeildatum: Regel<Convenant> = {
  id: "convenant/looptijd-op-peildatum",
  titel: "Het convenant is op de peildatum ondertekend, ingegaan en niet verlopen",
  beschrijving:
    "Het Regionaal Beraad legt zijn afspraken (ook over de samenwerking in het Werkcentrum) vast in een convenant. Over ondertekening, ingangsdatum of einddatum zeggen de bronnen niets; dat een convenant de samenwerking op de peildatum alleen vastlegt als het dan ondertekend, ingegaan en niet verlopen is, is wat daaruit volgt. De regel toetst dus de datums die het convenant zelf noemt. Een einddatum vóór de peildatum is niet voldaan (verlopen); de einddatum zelf telt nog mee (looptijd 'tot en met', zoals de eigen looptijd van een meerjarenagenda). Een ondertekening of ingangsdatum na de peildatum is beoordelen: vaak toetst een consultant een concept vóór de ondertekening, maar op de peildatum legt het convenant nog niets vast. Een einddatum vóór de ingangsdatum is beoordelen (het document spreekt zichzelf tegen; parseConvenant weigert het). Zonder einddatum geldt het convenant voor onbepaalde tijd; zonder enige datum is de regel niet van toepassing.",
  grondslag: "beleid",
  bron: SAMENWERKING_WERKCENTRUM,
  andereBronnen: [
    { bron: "HRT", plaats: "§1.3 'Het Regionaal Beraad'", citaat: "Het Regionaal Beraad legt deze afspraken vast in een convenant." },
    VASTGELEGD_IN_SAMENWERKINGSCONVENANT,
  ],
  hint: "Vul `ondertekening.datum`, `looptijd.ingangsdatum` en bij een bepaalde looptijd `looptijd.einddatum` in. Is het convenant verlopen, laat het Regionaal Beraad het dan verlengen of een nieuw convenant sluiten.",
  toets(c, ctx) {
    const p = ctx.peildatum;
    const getekend = c.ondertekening?.datum;
    const vanaf = c.looptijd?.ingangsdatum;
    const tot = c.looptijd?.einddatum;
    if (getekend === undefined && vanaf === undefined && tot === undefined) {
      return [uitkomst("niet-van-toepassing", ["looptijd"], "Het convenant noemt geen datum van ondertekening, ingangsdatum of einddatum: of het op de peildatum geldt, is niet na te gaan.")];
    }
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, een vergelijking met undefined is onwaar (de controle is er voor TypeScript)
    if (vanaf !== undefined && tot !== undefined && tot < vanaf) {
      return [
        uitkomst("beoordelen", ["looptijd", "einddatum"], `De looptijd spreekt zichzelf tegen: de einddatum (${tot}) ligt vóór de ingangsdatum (${vanaf}). Of het convenant op de peildatum geldt, is niet te zeggen.`, {
          hint: "Corrigeer de ingangsdatum of de einddatum (parseConvenant weigert dit document).",
          gegevens: { ingangsdatum: vanaf, einddatum: tot, peildatum: p },
        }),
      ];
    }
    const uit: RegelUitkomst[] = [];
    // Stryker disable next-line ConditionalExpression: equivalent, een vergelijking met undefined is onwaar (de controle is er voor TypeScript)
    if (getekend !== undefined && getekend > p) {
      uit.push(
        uitkomst("beoordelen", ["ondertekening", "datum"], `Het convenant is op de peildatum ${p} nog niet ondertekend (ondertekening op ${getekend}): het legt dan nog niets vast. Toetst u een concept vóór de ondertekening, dan is dat zo bedoeld; anders klopt de datum of de peildatum niet.`, {
          hint: "Toets na de ondertekening opnieuw, of corrigeer `ondertekening.datum` of de peildatum.",
          gegevens: { ondertekening: getekend, peildatum: p },
        }),
      );
    }
    // Stryker disable next-line ConditionalExpression: equivalent, een vergelijking met undefined is onwaar (de controle is er voor TypeScript)
    if (vanaf !== undefined && vanaf > p) {
      uit.push(
        uitkomst("beoordelen", ["looptijd", "ingangsdatum"], `Het convenant gaat pas op ${vanaf} in, na de peildatum ${p}: op de peildatum is het nog niet in werking. Gaat het om een concept of een convenant dat nog moet ingaan, dan is dat zo bedoeld; anders klopt de datum of de peildatum niet.`, {
          hint: "Ga na welke afspraken tot de ingangsdatum gelden (bijv. een eerder convenant), of corrigeer `looptijd.ingangsdatum` of de peildatum.",
          gegevens: { ingangsdatum: vanaf, peildatum: p },
        }),
      );
    }
    // Stryker disable next-line ConditionalExpression: equivalent, een vergelijking met undefined is onwaar (de controle is er voor TypeScript)
    if (tot !== undefined && tot < p) {
      uit.push(
        uitkomst("niet-voldaan", ["looptijd", "einddatum"], `Het convenant is verlopen: de looptijd liep tot en met ${tot}, vóór de peildatum ${p}. Een verlopen convenant legt de samenwerking niet meer vast.`, {
          gegevens: { einddatum: tot, peildatum: p },
        }),
      );
    }
    if (uit.length > 0) return uit;
    const delen = [
      getekend === undefined ? "noemt geen datum van ondertekening" : `is ondertekend op ${getekend}`,
      vanaf === undefined ? undefined : `is ingegaan op ${vanaf}`,
      tot === undefined ? "heeft geen einddatum (onbepaalde tijd)" : `loopt tot en met ${tot}`,
    ].filter((d): d is string => d !== undefined);
    return [
      uitkomst("voldaan", c.looptijd === undefined ? ["ondertekening", "datum"] : ["looptijd"], `Het convenant geldt op de peildatum ${p}: het ${opsomming(delen)}.`, {
        gegevens: { peildatum: p, ...(getekend !== undefined && { ondertekening: getekend }), ...(vanaf !== undefined && { ingangsdatum: vanaf }), ...(tot !== undefined && { einddatum: tot }) },
      }),
    ];
  },
};

/** 7. Het convenant legt de samenwerking in het Werkcentrum vast. */
export const werkcentrumVastgelegd: Regel<Convenant> = {
  id: "convenant/werkcentrum-vastgelegd",
  titel: "Het convenant legt de samenwerking in het Werkcentrum vast",
  beschrijving:
    "Het Regionaal Beraad legt de afspraken over de samenwerking in het Werkcentrum vast in het convenant: in het onderdeel `werkcentrum` of in een apart document (`werkcentrumDocument`). Een onderdeel zonder inhoud (leeg, of alleen een regio) legt niets vast; alleen een toelichting is beoordelen. De regio toetst convenant/werkcentrum-regio.",
  grondslag: "beleid",
  bron: SAMENWERKING_WERKCENTRUM,
  andereBronnen: [VASTGELEGD_IN_SAMENWERKINGSCONVENANT],
  hint: "Neem het onderdeel `werkcentrum` op (naam, toegangspoort, kanalen, gidsfunctie, werkgeversdienstverlening) of verwijs met `werkcentrumDocument` naar het document.",
  toets(c) {
    const w = c.werkcentrum;
    if (w !== undefined && heeftInhoud(w)) {
      return [uitkomst("voldaan", ["werkcentrum"], `Het convenant legt de samenwerking in het Werkcentrum vast${w.naam ? ` (${w.naam})` : ""}.`)];
    }
    if (!leeg(c.werkcentrumDocument)) {
      return [uitkomst("voldaan", ["werkcentrumDocument"], `De samenwerking in het Werkcentrum staat in een apart document: ${c.werkcentrumDocument}.`)];
    }
    if (w === undefined) return [uitkomst("niet-voldaan", ["werkcentrum"], "Het convenant legt de samenwerking in het Werkcentrum niet vast.")];
    if (!leeg(w.toelichting)) {
      return [
        uitkomst("beoordelen", ["werkcentrum", "toelichting"], "Het onderdeel werkcentrum bevat alleen een toelichting: geen naam, toegangspoort, kanalen, gidsfunctie of werkgeversdienstverlening.", {
          hint: "Beoordeel of de toelichting de samenwerking in het Werkcentrum vastlegt, of vul de onderdelen in.",
          gegevens: { toelichting: w.toelichting },
        }),
      ];
    }
    return [uitkomst("niet-voldaan", ["werkcentrum"], "Het onderdeel werkcentrum is leeg: het convenant legt niets vast over de samenwerking in het Werkcentrum (naam, toegangspoort, kanalen, gidsfunctie, werkgeversdienstverlening).")];
  },
};

/** De regio van het Werkcentrum-onderdeel tegenover die van het convenant, als ze allebei bekend zijn en verschillen. */
function andereRegio(c: Convenant): { readonly werkcentrum: Arbeidsmarktregio; readonly convenant: Arbeidsmarktregio } | undefined {
  // Stryker disable next-line OptionalChaining: equivalent, andereRegio wordt alleen aangeroepen voor een convenant met een Werkcentrum met inhoud (werkcentrumVan)
  const r = c.werkcentrum?.regio;
  if (r === undefined) return undefined;
  const z = zoekRegioSnel(r);
  const eigen = regioVan(c);
  return z.soort === "regio" && eigen !== undefined && z.regio.code !== eigen.code ? { werkcentrum: z.regio, convenant: eigen } : undefined;
}

/** 7b. Het Werkcentrum in het convenant is dat van de eigen regio. */
export const werkcentrumRegio: Regel<Convenant> = {
  id: "convenant/werkcentrum-regio",
  titel: "Het Werkcentrum in het convenant is dat van de eigen arbeidsmarktregio",
  beschrijving:
    "Elke arbeidsmarktregio heeft één Werkcentrum; het convenant legt de samenwerking in dat van de eigen regio vast. Een eigen regio bij `werkcentrum` moet bestaan en gelijk zijn aan die van het convenant (zonder eigen regio geldt die van het convenant). Bij een andere regio zijn naam, subdomein en gemeenten van de kanalen niet getoetst: welke regio bedoeld is, is dan niet te zeggen.",
  grondslag: "beleid",
  bron: { bron: "KB2024", plaats: "§1 'Eén regionaal loket: het Werkcentrum'", citaat: "komt er in elke arbeidsmarktregio één gezamenlijk regionaal loket: het Werkcentrum" },
  andereBronnen: [SAMENWERKING_WERKCENTRUM],
  hint: "Zet bij `werkcentrum.regio` de regio van het convenant, of laat het veld weg (dan geldt de regio van het convenant).",
  toets(c, ctx) {
    const w = c.werkcentrum;
    if (w === undefined) return [uitkomst("niet-van-toepassing", ["werkcentrum"], "Het convenant bevat geen Werkcentrum (zie convenant/werkcentrum-vastgelegd).")];
    const eigen = regioVan(c);
    if (w.regio === undefined) {
      return [
        eigen === undefined
          ? uitkomst("niet-van-toepassing", ["regio"], "Het Werkcentrum heeft geen eigen regio en de regio van het convenant is onbekend (zie beraad/regio-en-centrumgemeente).")
          : uitkomst("voldaan", ["werkcentrum"], `Het Werkcentrum noemt geen eigen regio; die van het convenant geldt (${eigen.naam}).`, { gegevens: { regio: eigen.code } }),
      ];
    }
    const pad: Pad = ["werkcentrum", "regio"];
    const z = zoekRegioSnel(w.regio);
    // Een onbekende regio: dezelfde bevinding als werkcentrum/regio, op /werkcentrum/regio.
    if (z.soort === "onbekend") return bestaandeRegio.toets({ regio: w.regio }, ctx).map((u) => ({ ...u, pad }));
    if (eigen === undefined) return [uitkomst("niet-van-toepassing", ["regio"], `Het Werkcentrum hoort bij ${z.regio.naam}; de regio van het convenant is onbekend (zie beraad/regio-en-centrumgemeente).`)];
    if (z.regio.code !== eigen.code) {
      return [
        uitkomst(
          "niet-voldaan",
          pad,
          `Het Werkcentrum in het convenant hoort bij ${z.regio.naam} (${z.regio.code}), het convenant bij ${eigen.naam} (${eigen.code}). Het Regionaal Beraad legt de samenwerking in het Werkcentrum van de eigen regio vast; naam, subdomein en gemeenten van de kanalen zijn daarom niet getoetst.`,
          { gegevens: { gevonden: z.regio.code, verwacht: eigen.code } },
        ),
      ];
    }
    return [uitkomst("voldaan", pad, `Het Werkcentrum hoort bij de regio van het convenant (${eigen.naam}).`, { gegevens: { regio: eigen.code } })];
  },
};

const IMPULSBUDGET_KB2024: Citaat = {
  bron: "KB2024",
  plaats: "'Financiering arbeidsmarktinfrastructuur'",
  citaat: "Over het tijdelijke impulsbudget voor gezamenlijke dienstverlening beslist het Regionaal Beraad in gezamenlijkheid.",
};

/** De partij die als centrumgemeente is aangewezen, of `undefined`. */
function centrumgemeente(c: Convenant) {
  return c.partijen.find((p) => p.centrumgemeente === true);
}

/** Het bericht bij 'anders' met een toelichting, of de vraag om die toelichting. */
const metToelichting = (t: string | undefined) => (leeg(t) ? " Het convenant licht niet toe wat die afspraak is." : ` Toelichting in het convenant: "${t!.trim()}".`);

/**
 * Wie `formeelVerantwoordelijke` noemt, tegenover de centrumgemeente van het convenant. De naam
 * wordt herkend als gemeente (CBS-code, naam, "gemeente X", "X (centrumgemeente)", "College van
 * B&W X") of als alleen de rol "de centrumgemeente". Niet voldaan alleen als de tekst duidelijk
 * een andere gemeente of partij noemt; wat niet te herleiden is, is beoordelen.
 */
function formeelVerantwoordelijkeUitkomst(c: Convenant, naam: string, cg: NonNullable<ReturnType<typeof centrumgemeente>>): RegelUitkomst {
  const pad: Pad = ["impulsbudget", "formeelVerantwoordelijke"];
  const isCg = (bericht: string) => uitkomst("voldaan", pad, bericht, { gegevens: { gevonden: naam, centrumgemeente: cg.naam } });
  if (zelfdeNaam(naam, cg.naam) || (cg.gemeente !== undefined && zelfdeNaam(naam, cg.gemeente))) return isCg(`De centrumgemeente ${cg.naam} is formeel verantwoordelijk voor het impulsbudget.`);
  const g = gemeenteUitTekst(naam);
  if (g.soort === "rol") return isCg(`Formeel verantwoordelijk voor het impulsbudget is de centrumgemeente (${cg.naam}).`);
  const verwacht = { gevonden: naam, verwacht: cg.naam };
  if (g.soort === "gemeente") {
    const eigen = gemeenteUitTekst(cg.gemeente ?? cg.naam);
    if (eigen.soort !== "gemeente") {
      return uitkomst("beoordelen", pad, `${JSON.stringify(naam)} is de gemeente ${g.gemeente.naam}, maar de centrumgemeente van het convenant (${JSON.stringify(cg.naam)}) is niet als gemeente te herkennen; de bibliotheek kan ze niet vergelijken.`, {
        hint: "Vul bij de centrumgemeente het veld `gemeente` in met de CBS-naam of -code.",
        gegevens: { ...verwacht, gemeente: g.gemeente.code },
      });
    }
    if (g.gemeente.code === eigen.gemeente.code) return isCg(`Formeel verantwoordelijk voor het impulsbudget is ${JSON.stringify(naam)}: de centrumgemeente ${cg.naam}.`);
    const welke = zelfdeNaam(naam, g.gemeente.naam) || zelfdeNaam(naam, `Gemeente ${g.gemeente.naam}`) ? "" : ` (gemeente ${g.gemeente.naam})`;
    return uitkomst("niet-voldaan", pad, `Volgens het convenant is ${JSON.stringify(naam)}${welke} formeel verantwoordelijk voor het impulsbudget; in formele zin verantwoordelijk is de centrumgemeente, ${cg.naam}.`, {
      gegevens: { ...verwacht, gemeente: g.gemeente.code, centrumgemeente: eigen.gemeente.code },
    });
  }
  // De centrumgemeente zelf kan het niet zijn: die naam is hierboven al herkend.
  const partij = c.partijen.find((p) => zelfdeNaam(p.naam, naam));
  if (partij !== undefined || zelfdeNaam(naam, "Regionaal Beraad") || zelfdeNaam(naam, "het Regionaal Beraad")) {
    return uitkomst("niet-voldaan", pad, `Volgens het convenant is ${JSON.stringify(naam)} formeel verantwoordelijk voor het impulsbudget; in formele zin verantwoordelijk is de centrumgemeente, ${cg.naam}${partij === undefined ? " (het Regionaal Beraad beslist in gezamenlijkheid over de inzet)" : ""}.`, {
      gegevens: verwacht,
    });
  }
  const reden =
    g.soort === "oude-naam"
      ? `${g.oud.naam} bestaat sinds ${g.oud.laatsteJaar + 1} niet meer als gemeente`
      : g.soort === "dubbelzinnig"
        ? `de naam kan meerdere gemeenten zijn (${opsomming(g.kandidaten.map((k) => k.naam))})`
        : "de naam is geen gemeente of partij in het convenant";
  return uitkomst("beoordelen", pad, `Kan ${JSON.stringify(naam)} niet herleiden tot de centrumgemeente ${cg.naam} of een andere partij: ${reden}.`, {
    hint: `${g.soort === "onbekend" && g.suggesties.length > 0 ? `Bedoelde u ${g.suggesties.map((x) => JSON.stringify(x)).join(" of ")}? ` : ""}Noem de centrumgemeente zoals in de partijen (${cg.naam}), met de CBS-naam of -code, of als "de centrumgemeente".`,
    gegevens: { ...verwacht, ...(g.soort === "onbekend" && g.suggesties.length > 0 && { suggesties: g.suggesties }) },
  });
}

/** 9. Het Regionaal Beraad beslist samen over het impulsbudget; de centrumgemeente is formeel verantwoordelijk. */
export const impulsbudgetBesluitvorming: Regel<Convenant> = {
  id: "convenant/impulsbudget-besluitvorming",
  titel: "Het Regionaal Beraad beslist samen over het impulsbudget; de centrumgemeente is formeel verantwoordelijk",
  beschrijving:
    "Over het tijdelijke impulsbudget beslist het Regionaal Beraad in gezamenlijkheid; de centrumgemeente heeft in formele zin de verantwoordelijkheid. Besluitvorming 'anders' is beoordelen (met de toelichting). De formeel verantwoordelijke wordt als gemeente herkend ('GM0599', 'gemeente X', 'X (centrumgemeente)', 'College van B&W X') of als 'de centrumgemeente'; een andere gemeente of partij is niet voldaan, een niet te herleiden naam beoordelen.",
  grondslag: "beleid",
  bron: IMPULSBUDGET_KB2024,
  andereBronnen: [
    { bron: "KB2024", plaats: "'Financiering arbeidsmarktinfrastructuur'", citaat: "Deze middelen lopen via de centrumgemeente die in formele zin de verantwoordelijkheid heeft." },
    { bron: "HRT", plaats: "Tabel 1 (ondersteuningsbehoefte)", citaat: "De centrumgemeente heeft in formele zin de verantwoordelijkheid, het Regionaal Beraad maakt in gezamenlijkheid keuzes over de inzet van het impulsbudget." },
  ],
  hint: "Leg vast: `impulsbudget.besluitvorming: regionaal-beraad` en `impulsbudget.formeelVerantwoordelijke: <centrumgemeente>`.",
  toets(c) {
    const ib = c.impulsbudget;
    if (ib === undefined) return [uitkomst("niet-voldaan", ["impulsbudget"], "Het convenant legt niets vast over het impulsbudget.")];
    const uit: RegelUitkomst[] = [];
    const bPad: Pad = ["impulsbudget", "besluitvorming"];
    if (ib.besluitvorming === undefined) uit.push(uitkomst("niet-voldaan", bPad, "Niet vastgelegd wie over de besteding van het impulsbudget beslist."));
    else if (ib.besluitvorming === "centrumgemeente") {
      uit.push(uitkomst("niet-voldaan", bPad, "Over het impulsbudget beslist volgens het convenant de centrumgemeente; het Regionaal Beraad beslist in gezamenlijkheid.", { gegevens: { gevonden: ib.besluitvorming, verwacht: "regionaal-beraad" } }));
    } else if (ib.besluitvorming === "anders") {
      uit.push(
        uitkomst("beoordelen", bPad, `Het convenant legt een andere besluitvorming over het impulsbudget vast ('anders'); volgens KB2024 beslist het Regionaal Beraad in gezamenlijkheid.${metToelichting(ib.toelichting)}`, {
          hint: "Beoordeel of het Regionaal Beraad in gezamenlijkheid blijft beslissen (bijv. op voorstel van de centrumgemeente); licht de afspraak toe in `impulsbudget.toelichting`.",
          gegevens: { gevonden: ib.besluitvorming, verwacht: "regionaal-beraad", ...(!leeg(ib.toelichting) && { toelichting: ib.toelichting }) },
        }),
      );
    } else uit.push(uitkomst("voldaan", bPad, "Het Regionaal Beraad beslist in gezamenlijkheid over het impulsbudget."));
    const cg = centrumgemeente(c);
    if (leeg(ib.formeelVerantwoordelijke)) {
      uit.push(uitkomst("niet-voldaan", ["impulsbudget", "formeelVerantwoordelijke"], `Niet vastgelegd wie formeel verantwoordelijk is voor het impulsbudget${cg ? ` (verwacht: ${cg.naam})` : ""}.`));
    } else if (cg === undefined) {
      uit.push(uitkomst("beoordelen", ["impulsbudget", "formeelVerantwoordelijke"], `${ib.formeelVerantwoordelijke} is formeel verantwoordelijk, maar er is geen centrumgemeente aangewezen (zie beraad/een-centrumgemeente-met-regie).`));
    } else {
      uit.push(formeelVerantwoordelijkeUitkomst(c, ib.formeelVerantwoordelijke!, cg));
    }
    return uit;
  },
};

/** 9b. De inkoop- en subsidiekaders van de centrumgemeente gelden. */
export const impulsbudgetKaders: Regel<Convenant> = {
  id: "convenant/impulsbudget-kaders-centrumgemeente",
  titel: "Bij het impulsbudget gelden de inkoop- en subsidiekaders van de centrumgemeente",
  beschrijving:
    "Omdat het impulsbudget een decentralisatie-uitkering aan de centrumgemeente is, gelden haar inkoop- en subsidiekaders, ook wanneer partners het werk uitvoeren. De kaders van elke uitvoerende partner zijn niet voldaan; 'anders' is beoordelen (met de toelichting).",
  grondslag: "handreiking",
  bron: {
    bron: "HRT",
    plaats: "§2.1",
    citaat: "gelden de bestaande inkoop- en subsidiekaders van de desbetreffende centrumgemeenten bij besteding van de middelen",
  },
  andereBronnen: [{ bron: "HRT", plaats: "§2.1", citaat: "Deze lokale kaders gelden ook wanneer impulsgelden worden ingezet door uitvoering (eventueel via subsidies) van betrokken partners" }],
  hint: "Leg vast: `impulsbudget.inkoopEnSubsidiekaders: centrumgemeente`.",
  toets(c) {
    const ib = c.impulsbudget;
    if (ib === undefined) return [uitkomst("niet-van-toepassing", ["impulsbudget"], "Er zijn geen afspraken over het impulsbudget (zie convenant/impulsbudget-besluitvorming).")];
    const pad: Pad = ["impulsbudget", "inkoopEnSubsidiekaders"];
    const k = ib.inkoopEnSubsidiekaders;
    if (k === undefined) return [uitkomst("niet-voldaan", pad, "Niet vastgelegd welke inkoop- en subsidiekaders bij het impulsbudget gelden.")];
    if (k === "centrumgemeente") return [uitkomst("voldaan", pad, "De inkoop- en subsidiekaders van de centrumgemeente gelden.")];
    if (k === "anders") {
      return [
        uitkomst("beoordelen", pad, `Volgens het convenant gelden bij het impulsbudget andere inkoop- en subsidiekaders ('anders'); volgens de handreiking zijn het die van de centrumgemeente, ook als partners het werk uitvoeren.${metToelichting(ib.toelichting)}`, {
          hint: "Beoordeel of de afspraak binnen de kaders van de centrumgemeente blijft (HRT §2.1); licht haar toe in `impulsbudget.toelichting`.",
          gegevens: { gevonden: k, verwacht: "centrumgemeente", ...(!leeg(ib.toelichting) && { toelichting: ib.toelichting }) },
        }),
      ];
    }
    return [
      uitkomst("niet-voldaan", pad, "Volgens het convenant gelden bij het impulsbudget de inkoop- en subsidiekaders van elke uitvoerende partner; het zijn die van de centrumgemeente, ook als partners het werk uitvoeren.", {
        gegevens: { gevonden: k, verwacht: "centrumgemeente" },
      }),
    ];
  },
};

/** 10. Individuele dienstverlening uit het impulsbudget alleen bij uitzondering en aanvullend. */
export const impulsbudgetIndividueel: Regel<Convenant> = {
  id: "convenant/impulsbudget-individuele-dienstverlening",
  titel: "Individuele dienstverlening uit het impulsbudget alleen bij uitzondering en aanvullend op het reguliere aanbod",
  beschrijving:
    "Het impulsbudget is voor gezamenlijke dienstverlening. In beperkte gevallen mag er dienstverlening voor een individu uit, en dan alleen aanvullend op de bestaande, reguliere dienstverlening. Staat het convenant individuele dienstverlening toe, dan legt het beide voorwaarden vast.",
  grondslag: "beleid",
  bron: {
    bron: "KB2024",
    plaats: "§3 'Een impuls aan gezamenlijke dienstverlening in het netwerk'",
    citaat: "In beperkte gevallen blijft het mogelijk om uit dit impulsbudget, indien nodig, dienstverlening voor een individu in te zetten.",
  },
  andereBronnen: [{ bron: "KB2024", plaats: "§3", citaat: "Het gaat dan om dienstverlening die aanvullend is op de bestaande, reguliere dienstverlening." }],
  hint: "Leg bij `impulsbudget.individueleDienstverlening` vast: `alleenBijUitzondering: true` en `aanvullendOpRegulier: true`.",
  toets(c) {
    const d = c.impulsbudget?.individueleDienstverlening;
    const pad: Pad = ["impulsbudget", "individueleDienstverlening"];
    if (d === undefined) return [uitkomst("niet-van-toepassing", pad, "Het convenant regelt geen individuele dienstverlening uit het impulsbudget.")];
    if (!d.toegestaan) return [uitkomst("voldaan", [...pad, "toegestaan"], "Het impulsbudget wordt niet voor individuele dienstverlening gebruikt.")];
    const uit: RegelUitkomst[] = [];
    if (d.alleenBijUitzondering !== true) {
      uit.push(uitkomst("niet-voldaan", [...pad, "alleenBijUitzondering"], d.alleenBijUitzondering === false ? "Individuele dienstverlening uit het impulsbudget is niet tot uitzonderingen beperkt." : "Niet vastgelegd dat individuele dienstverlening uit het impulsbudget alleen bij uitzondering is."));
    }
    if (d.aanvullendOpRegulier !== true) {
      uit.push(uitkomst("niet-voldaan", [...pad, "aanvullendOpRegulier"], d.aanvullendOpRegulier === false ? "Individuele dienstverlening uit het impulsbudget is niet beperkt tot aanvulling op de reguliere dienstverlening." : "Niet vastgelegd dat individuele dienstverlening uit het impulsbudget aanvullend is op de reguliere dienstverlening."));
    }
    return uit.length > 0 ? uit : [uitkomst("voldaan", pad, "Individuele dienstverlening uit het impulsbudget alleen bij uitzondering en aanvullend op het reguliere aanbod.")];
  },
};

/** 13. Elke samenwerkende partij verbindt zich aan 'no wrong door'. */
export const noWrongDoor: Regel<Convenant> = {
  id: "convenant/no-wrong-door",
  titel: "Elke samenwerkende partij verbindt zich aan 'no wrong door'",
  beschrijving:
    "De samenwerkende partijen regelen onderling dat werkenden, werkzoekenden en werkgevers altijd worden geholpen, bij welk loket ze zich ook melden: wie als eerste wordt aangesproken, brengt de persoon in contact met de juiste organisatie of met het Werkcentrum. Het convenant legt dat per partij vast (kernpartners, strategische partners en samenwerkingspartners; adviseurs niet).",
  grondslag: "beleid",
  bron: {
    bron: "KB2022",
    plaats: "'Eén loket in elke regio'",
    citaat: "altijd worden geholpen («no wrong door» principe)",
  },
  andereBronnen: [
    { bron: "HRT", plaats: "Tabel 6, uitgangspunt 1", citaat: "Alle samenwerkende partijen in het Werkcentrum hanteren het 'no wrong door'-principe." },
    { bron: "HRT", plaats: "Bijlage 1, begrippenlijst \"'No wrong door'-principe\"" },
  ],
  hint: "Zet `noWrongDoor: true` bij elke samenwerkende partij.",
  toets(c) {
    const uit: RegelUitkomst[] = [];
    let aantal = 0;
    c.partijen.forEach((p, i) => {
      if (p.rol === "adviseur") return;
      aantal++;
      if (p.noWrongDoor !== true) {
        uit.push(uitkomst("niet-voldaan", ["partijen", i, "noWrongDoor"], p.noWrongDoor === false ? `${p.naam} verbindt zich niet aan 'no wrong door'.` : `Niet vastgelegd dat ${p.naam} 'no wrong door' hanteert.`));
      }
    });
    if (uit.length > 0) return uit;
    return [aantal === 0 ? uitkomst("niet-van-toepassing", ["partijen"], "Er zijn geen samenwerkende partijen.") : uitkomst("voldaan", ["partijen"], `Alle ${aantal} samenwerkende partijen hanteren 'no wrong door'.`)];
  },
};

const BEGROTING: Citaat = {
  bron: "HRT",
  plaats: "Hoofdstuk 2, 'Geleerde lessen bij reeds opgerichte Werkcentra'",
  citaat: "In de begroting wordt vastgelegd wie wat betaalt en wat ten laste komt van welk budget en welke in-kind bijdragen worden gedaan.",
};

/**
 * Of een naam een partij van het convenant is: dezelfde naam, of dezelfde gemeente (bijv.
 * "Rotterdam" of "GM0599" voor de partij "Gemeente Rotterdam").
 */
function isPartij(c: Convenant, naam: string): boolean {
  if (c.partijen.some((p) => zelfdeNaam(p.naam, naam))) return true;
  const code = gemeentecodeUitTekst(naam);
  return code !== undefined && c.partijen.some((p) => p.soort === "gemeente" && gemeentecodeUitTekst(p.gemeente ?? p.naam) === code);
}

/** 14. Een begroting legt vast wie wat betaalt, uit welk budget. */
export const begroting: Regel<Convenant> = {
  id: "convenant/begroting",
  titel: "Een begroting legt vast wie wat betaalt, uit welk budget",
  beschrijving:
    "Vroegtijdig een begroting en kostenverdeling maken wordt aangeraden, vastgelegd in het convenant of een samenwerkingsovereenkomst: wie wat betaalt, wat ten laste komt van welk budget en welke in-kind bijdragen er zijn. Een betaler die geen partij is, is beoordelen (een gemeente mag met CBS-naam of -code). Een advies, geen verplichting.",
  grondslag: "handreiking",
  bron: BEGROTING,
  andereBronnen: [{ bron: "HRT", plaats: "Hoofdstuk 2", citaat: "Vroegtijdig een begroting maken wordt aangeraden." }],
  hint: "Neem een begroting op met per post de betaler en het budget.",
  toets(c) {
    const b = c.begroting;
    if (b === undefined) return [uitkomst("niet-voldaan", ["begroting"], "Het convenant bevat geen begroting of kostenverdeling.")];
    const posten = b.posten ?? [];
    if (posten.length === 0) return [uitkomst("niet-voldaan", ["begroting", "posten"], "De begroting heeft geen posten.")];
    const uit: RegelUitkomst[] = [];
    posten.forEach((p, i) => {
      const pad = (veld: string): Pad => ["begroting", "posten", i, veld];
      if (leeg(p.betaler)) uit.push(uitkomst("niet-voldaan", pad("betaler"), `Post ${JSON.stringify(p.omschrijving)}: niet vastgelegd wie betaalt.`));
      else if (!isPartij(c, p.betaler!)) {
        uit.push(uitkomst("beoordelen", pad("betaler"), `Post ${JSON.stringify(p.omschrijving)}: betaler ${JSON.stringify(p.betaler)} is geen partij in het convenant.`, { hint: "Gebruik de naam van een partij, of licht toe wie betaalt (bijv. gemeenten onder één vlag)." }));
      }
      if (leeg(p.budget)) uit.push(uitkomst("niet-voldaan", pad("budget"), `Post ${JSON.stringify(p.omschrijving)}: niet vastgelegd ten laste van welk budget.`));
    });
    return uit.length > 0 ? uit : [uitkomst("voldaan", ["begroting", "posten"], `De begroting legt voor alle ${posten.length} posten betaler en budget vast.`)];
  },
};

/** 14b. De totale verwachte kosten van het Werkcentrum staan in beeld. */
export const begrotingTotaleKosten: Regel<Convenant> = {
  id: "convenant/begroting-totale-kosten",
  titel: "De totale verwachte kosten van het fysieke en digitale Werkcentrum staan in beeld",
  beschrijving: "De handreiking raadt aan een overzicht te maken van de totale verwachte kosten van het fysieke en digitale Werkcentrum.",
  grondslag: "handreiking",
  bron: {
    bron: "HRT",
    plaats: "Hoofdstuk 2, 'Geleerde lessen bij reeds opgerichte Werkcentra'",
    citaat: "We raden aan een overzicht te maken van de totale verwachte kosten van het fysieke en digitale Werkcentrum.",
  },
  hint: "Vul `begroting.totaleKostenWerkcentrum` in (bedrag in eurocent, jaar).",
  toets(c) {
    const b = c.begroting;
    if (b === undefined) return [uitkomst("niet-van-toepassing", ["begroting"], "Er is geen begroting (zie convenant/begroting).")];
    const t = b.totaleKostenWerkcentrum;
    if (t === undefined || (t.bedragCent === undefined && leeg(t.toelichting))) {
      return [uitkomst("niet-voldaan", ["begroting", "totaleKostenWerkcentrum"], "Er is geen overzicht van de totale verwachte kosten van het fysieke en digitale Werkcentrum.")];
    }
    return [uitkomst("voldaan", ["begroting", "totaleKostenWerkcentrum"], "De totale verwachte kosten van het Werkcentrum zijn in beeld.")];
  },
};

/**
 * Datum waarop alle regio's op basis van een regionale meerjarenagenda werken (HRT §1.3): de
 * datum van de mijlpaal `regionale-meerjarenagenda`, die `convenant/meerjarenagenda-per-2026` en
 * `agenda/regionale-agenda-per-2026` gebruiken.
 */
export const MEERJARENAGENDA_UITERLIJK = "2026-01-01";

type Verwijzing = NonNullable<NonNullable<Convenant["arbeidsmarktbeleid"]>["meerjarenagenda"]>;
const VERWIJZING: Pad = ["arbeidsmarktbeleid", "meerjarenagenda"];
const AGENDADELEN = ["beleidsagenda", "uitvoeringsagenda"] as const;

/** 15. Er is een regionale meerjarenagenda (verwezen of afgesproken). */
export const meerjarenagenda: Regel<Convenant> = {
  id: "convenant/meerjarenagenda",
  titel: "Het convenant verwijst naar de regionale meerjarenagenda of spreekt die af",
  beschrijving:
    "Het Regionaal Beraad stelt de regionale meerjarenagenda vast. Het convenant verwijst naar de vastgestelde agenda (datum of verwijzing), spreekt af dat die er komt, of bevat de regionale agenda van de eigen regio zelf (`meerjarenagenda`, getoetst door agenda/*). Beoordelen als het document zichzelf tegenspreekt: 'vastgesteld' met een datum na de peildatum, of een verwijzing met een andere datum of status dan de agenda zelf. De tijd toetsen convenant/meerjarenagenda-per-2026 en -actueel.",
  grondslag: "beleid",
  bron: { bron: "KB2024", plaats: "§4 'Het Landelijk en Regionaal Beraad'", citaat: "Het Regionaal Beraad stelt de regionale meerjarenagenda vast." },
  hint: "Vul `arbeidsmarktbeleid.meerjarenagenda` in (status, vastgesteldOp en verwijzing), of neem de regionale agenda van deze regio zelf op in `meerjarenagenda`.",
  toets(c, ctx) {
    const ingebed = ingebeddeAgenda(c);
    const m = c.arbeidsmarktbeleid?.meerjarenagenda;
    if (m === undefined) return ingebed ?? [uitkomst("niet-voldaan", VERWIJZING, "Het convenant verwijst niet naar een regionale meerjarenagenda.")];
    const strijdig = c.meerjarenagenda === undefined ? undefined : verwijzingTegenAgenda(m, c.meerjarenagenda, ctx);
    return [...(ingebed ?? []), ...(strijdig !== undefined ? [strijdig] : verwezenAgenda(m, ctx))];
  },
};

/** De agenda die het convenant zelf bevat: een regionale, van dezelfde regio. */
function ingebeddeAgenda(c: Convenant): RegelUitkomst[] | undefined {
  const a = c.meerjarenagenda;
  if (a === undefined) return undefined;
  if (a.niveau !== "regionaal") {
    return [uitkomst("niet-voldaan", ["meerjarenagenda", "niveau"], "Het convenant bevat een landelijke meerjarenagenda; het Regionaal Beraad stelt een regionale meerjarenagenda vast.", { gegevens: { gevonden: a.niveau, verwacht: "regionaal" } })];
  }
  const z = zoekRegioSnel(a.regio);
  if (z.soort === "onbekend") return [uitkomst("niet-voldaan", ["meerjarenagenda", "regio"], `Onbekende arbeidsmarktregio ${JSON.stringify(a.regio)} bij de meerjarenagenda.`, { gegevens: { gevonden: a.regio } })];
  const eigen = regioVan(c);
  if (eigen !== undefined && z.regio.code !== eigen.code) {
    return [uitkomst("niet-voldaan", ["meerjarenagenda", "regio"], `De meerjarenagenda hoort bij ${z.regio.naam}, het convenant bij ${eigen.naam}.`, { gegevens: { gevonden: z.regio.code, verwacht: eigen.code } })];
  }
  return [uitkomst("voldaan", ["meerjarenagenda"], `Het convenant bevat de regionale meerjarenagenda van ${z.regio.naam} zelf; de regels agenda/* toetsen de inhoud.`, { gegevens: { regio: z.regio.code } })];
}

/**
 * Spreekt de verwijzing (`arbeidsmarktbeleid.meerjarenagenda`) de agenda in het convenant zelf
 * tegen? Een verwijzing 'vastgesteld op D' past als een van de delen op D is vastgesteld; een
 * verwijzing 'in voorbereiding' past niet bij een agenda waarvan op de peildatum al een deel is
 * vastgesteld. Zonder datum in de verwijzing valt er niets te vergelijken.
 */
function verwijzingTegenAgenda(m: Verwijzing, a: Meerjarenagenda, ctx: ToetsContext): RegelUitkomst | undefined {
  const delen = AGENDADELEN.flatMap((deel) => {
    const d = a[deel]?.vastgesteldOp;
    return d === undefined ? [] : [{ deel, pad: ["meerjarenagenda", deel, "vastgesteldOp"] as Pad, vastgesteldOp: d }];
  });
  const inAgenda = delen.length === 0 ? "de agenda in het convenant zelf heeft geen vaststellingsdatum (een concept)" : `de agenda in het convenant zelf noemt ${opsomming(delen.map((d) => `${d.vastgesteldOp} (${d.deel})`))}`;
  const beoordeel = (pad: Pad, verwijzing: Record<string, unknown>, bericht: string) =>
    uitkomst("beoordelen", pad, bericht, {
      hint: "Maak status en datum in arbeidsmarktbeleid.meerjarenagenda en meerjarenagenda gelijk.",
      gegevens: { verwijzing: { pad, ...verwijzing }, agenda: delen.map(({ pad: p, vastgesteldOp }) => ({ pad: p, vastgesteldOp })) },
    });
  if (m.status === "vastgesteld") {
    if (m.vastgesteldOp === undefined || delen.some((d) => d.vastgesteldOp === m.vastgesteldOp)) return undefined;
    return beoordeel([...VERWIJZING, "vastgesteldOp"], { vastgesteldOp: m.vastgesteldOp }, `Het convenant spreekt zichzelf tegen over de meerjarenagenda: de verwijzing noemt die vastgesteld op ${m.vastgesteldOp}, maar ${inAgenda}.`);
  }
  const vastgesteld = delen.filter((d) => d.vastgesteldOp <= ctx.peildatum);
  if (vastgesteld.length === 0) return undefined;
  return beoordeel([...VERWIJZING, "status"], { status: m.status }, `Het convenant spreekt zichzelf tegen over de meerjarenagenda: de verwijzing noemt die in voorbereiding, maar ${inAgenda}.`);
}

/** De agenda waarnaar het convenant verwijst of die het afspreekt: is ze vastgelegd? (Tijd: zie de regels hieronder.) */
function verwezenAgenda(m: Verwijzing, ctx: ToetsContext): RegelUitkomst[] {
  if (m.status === "in-voorbereiding") {
    return [
      uitkomst("voldaan", VERWIJZING, `Het convenant spreekt af dat er een regionale meerjarenagenda komt${m.beoogdeVaststelling ? ` (beoogd ${m.beoogdeVaststelling})` : ""}; of dat op tijd is, toetst convenant/meerjarenagenda-per-2026.`),
    ];
  }
  if (leeg(m.vastgesteldOp) && leeg(m.verwijzing)) return [uitkomst("niet-voldaan", [...VERWIJZING, "vastgesteldOp"], "De meerjarenagenda heet vastgesteld, maar datum en verwijzing ontbreken.")];
  // Stryker disable next-line ConditionalExpression: equivalent, undefined > peildatum is onwaar (de controle is er voor TypeScript)
  if (m.vastgesteldOp !== undefined && m.vastgesteldOp > ctx.peildatum) {
    return [
      uitkomst(
        "beoordelen",
        [...VERWIJZING, "vastgesteldOp"],
        `De meerjarenagenda heet vastgesteld, maar de datum ${m.vastgesteldOp} ligt na de peildatum ${ctx.peildatum}: op de peildatum is ze nog niet vastgesteld. Klopt de status of de datum niet, of toetst u een peildatum van vóór het document?`,
        {
          hint: "Nog niet vastgesteld? Zet status: in-voorbereiding met beoogdeVaststelling; anders de juiste datum bij vastgesteldOp.",
          gegevens: { status: m.status, vastgesteldOp: m.vastgesteldOp, peildatum: ctx.peildatum },
        },
      ),
    ];
  }
  return [uitkomst("voldaan", VERWIJZING, `De regionale meerjarenagenda is vastgesteld${m.vastgesteldOp ? ` op ${m.vastgesteldOp}` : ""}${m.verwijzing ? ` (${m.verwijzing})` : ""}.`)];
}

/**
 * De verwijzing op de peildatum: vastgesteld (met of zonder bekende datum), of nog niet, met de
 * beoogde datum als die er is. Een 'vastgesteld' met een datum na de peildatum telt als nog
 * niet vastgesteld, met die datum als beoogde (zoals `agendaCyclus` een deel met een latere
 * vaststellingsdatum als nog niet vastgesteld ziet).
 */
function standOpPeildatum(m: Verwijzing, ctx: ToetsContext): { readonly vastgesteld: true; readonly op?: string } | { readonly vastgesteld: false; readonly beoogd?: string; readonly pad: Pad } {
  if (m.status === "vastgesteld") {
    if (m.vastgesteldOp === undefined) return { vastgesteld: true };
    if (m.vastgesteldOp <= ctx.peildatum) return { vastgesteld: true, op: m.vastgesteldOp };
    return { vastgesteld: false, beoogd: m.vastgesteldOp, pad: [...VERWIJZING, "vastgesteldOp"] };
  }
  return {
    vastgesteld: false,
    // Stryker disable next-line ConditionalExpression: equivalent, de stand is intern en de aanroepers vergelijken beoogd met undefined (een sleutel met undefined is niet te zien)
    ...(m.beoogdeVaststelling !== undefined && { beoogd: m.beoogdeVaststelling }),
    pad: [...VERWIJZING, m.beoogdeVaststelling !== undefined ? "beoogdeVaststelling" : "status"],
  };
}

/** Een agendaregel op id (de tijdregels op de verwijzing gebruiken dezelfde beslissing). */
function agendaRegel(id: string): Regel<Meerjarenagenda> {
  // Stryker disable next-line all: de ids staan vast in deze module; een onbekend id is een programmeerfout
  return agendaRegels.find((r) => r.id === id)!;
}

/** Kiest de verwijzing voor de tijdregels: niet van toepassing als de agenda in het convenant zelf staat of er geen verwijzing is. */
function verwijzingVoorTijd(c: Convenant, regel: string): Verwijzing | RegelUitkomst {
  if (c.meerjarenagenda !== undefined) return uitkomst("niet-van-toepassing", ["meerjarenagenda"], `Het convenant bevat de meerjarenagenda zelf; die toetst ${regel}.`);
  const m = c.arbeidsmarktbeleid?.meerjarenagenda;
  if (m === undefined) return uitkomst("niet-van-toepassing", VERWIJZING, "Het convenant verwijst niet naar een meerjarenagenda (zie convenant/meerjarenagenda).");
  return m;
}

/** 15b. De inzet: per 1 januari 2026 werken op basis van een regionale meerjarenagenda. */
export const meerjarenagendaPer2026: Regel<Convenant> = {
  id: "convenant/meerjarenagenda-per-2026",
  titel: "De agenda waarnaar het convenant verwijst, is per 1 januari 2026 vastgesteld",
  beschrijving:
    "De inzet (handreiking; KB2024 noemt geen datum) is dat alle regio's per 1 januari 2026 werken op basis van een regionale meerjarenagenda. Zelfde beslissing als agenda/regionale-agenda-per-2026, op de verwijzing: vanaf die datum voldaan als de agenda op tijd is vastgesteld, beoordelen als later of zonder datum, niet voldaan als ze nog niet is vastgesteld ('vastgesteld' na de peildatum telt als nog niet). Daarvóór niet van toepassing, tenzij de beoogde datum later is (beoordelen).",
  grondslag: "handreiking",
  bron: /* @__PURE__ */ bronVanMijlpaal("regionale-meerjarenagenda"),
  andereBronnen: [{ bron: "HRT", plaats: "§1.2", citaat: "een meerjarenagenda is vastgesteld" }],
  hint: "Laat het Regionaal Beraad de regionale meerjarenagenda vaststellen en vermeld de datum (vastgesteldOp).",
  toets(c, ctx) {
    const m = verwijzingVoorTijd(c, "agenda/regionale-agenda-per-2026");
    if ("uitkomst" in m) return [m];
    const stand = standOpPeildatum(m, ctx);
    const inzet = MEERJARENAGENDA_UITERLIJK;
    if (
      // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, een vastgestelde stand heeft geen beoogd en undefined > inzet is onwaar (de controles zijn er voor TypeScript)
      !stand.vastgesteld && stand.beoogd !== undefined &&
      stand.beoogd > inzet &&
      ctx.peildatum < inzet
    ) {
      return [
        uitkomst("beoordelen", stand.pad, `De regionale meerjarenagenda wordt volgens het convenant op ${stand.beoogd} vastgesteld, na de inzet om per ${inzet} te werken op basis van een regionale meerjarenagenda.`, {
          hint: `Ga na of de regio op ${inzet} werkt op basis van een eerdere regionale meerjarenagenda; zo niet, dan haalt deze planning de inzet niet.`,
          gegevens: { beoogd: stand.beoogd, inzet },
        }),
      ];
    }
    if (stand.vastgesteld && stand.op === undefined && ctx.peildatum >= inzet) {
      return [
        uitkomst("beoordelen", VERWIJZING, `De meerjarenagenda heet vastgesteld, maar het convenant noemt de datum niet; de bibliotheek kan niet nagaan of dat vóór de inzet van ${inzet} was.`, {
          hint: "Vermeld de datum van vaststelling in arbeidsmarktbeleid.meerjarenagenda.vastgesteldOp.",
          gegevens: { inzet, ...(m.verwijzing !== undefined && { verwijzing: m.verwijzing }) },
        }),
      ];
    }
    // Verder precies agenda/regionale-agenda-per-2026, op een agenda met de datum van de verwijzing.
    const op = stand.vastgesteld ? stand.op : undefined;
    // Stryker disable next-line ConditionalExpression: equivalent, agendaCyclus leest { vastgesteldOp: undefined } als een beleidsagenda zonder datum, net als {}
    const a: Meerjarenagenda = { niveau: "regionaal", regio: c.regio, beleidsagenda: op === undefined ? {} : { vastgesteldOp: op } };
    return agendaRegel("agenda/regionale-agenda-per-2026")
      .toets(a, ctx)
      .map((u) => ({
        ...u,
        pad: !stand.vastgesteld ? stand.pad : u.pad.length === 0 ? VERWIJZING : [...VERWIJZING, "vastgesteldOp"],
        ...(!stand.vastgesteld && stand.beoogd !== undefined && u.gegevens !== undefined && { gegevens: { ...u.gegevens, beoogd: stand.beoogd } }),
      }));
  },
};

/** 15c. De agenda waarnaar het convenant verwijst, is op de peildatum niet verlopen. */
export const meerjarenagendaActueel: Regel<Convenant> = {
  id: "convenant/meerjarenagenda-actueel",
  titel: "De agenda waarnaar het convenant verwijst, is op de peildatum niet verlopen",
  beschrijving:
    "Beleidsagenda 5 jaar, uitvoeringsagenda 2 jaar (KB2024 §4 'voorgenomen looptijd'; HRT §1.3 'eens in de 5 jaar', 'minimaal eens in de 2 jaar'). De regel past agenda/looptijd-niet-overschreden toe alsof beide delen op de datum van de verwijzing zijn vastgesteld (de lezingen van KB2024 en HRT vallen dan samen). Beleidsagenda verlopen: niet voldaan; alleen de uitvoeringsagenda: beoordelen (een latere kan bestaan). Niet van toepassing zonder datum of met de agenda zelf in het convenant.",
  grondslag: "beleid",
  bron: { bron: "KB2024", plaats: "§4 'De landelijke en regionale meerjarenagenda'", citaat: "een beleidsagenda (voorgenomen looptijd 5 jaar) en een uitvoeringsagenda (voorgenomen looptijd 2 jaar)" },
  andereBronnen: [
    { bron: "HRT", plaats: "§1.3 'De regionale meerjarenagenda'", citaat: "een beleidsagenda (eens in de 5 jaar)" },
    { bron: "HRT", plaats: "§1.3 'De regionale meerjarenagenda'", citaat: "minimaal eens in de 2 jaar" },
  ],
  hint: "Verwijs naar de actuele regionale meerjarenagenda, of laat een nieuwe vaststellen.",
  toets(c, ctx) {
    const m = verwijzingVoorTijd(c, "agenda/looptijd-niet-overschreden");
    if ("uitkomst" in m) return [m];
    const stand = standOpPeildatum(m, ctx);
    if (!stand.vastgesteld || stand.op === undefined) {
      return [uitkomst("niet-van-toepassing", VERWIJZING, stand.vastgesteld ? "Het convenant noemt geen datum van vaststelling; de looptijd is niet na te gaan." : "De meerjarenagenda is op de peildatum nog niet vastgesteld (zie convenant/meerjarenagenda-per-2026).")];
    }
    // agenda/looptijd-niet-overschreden op een agenda waarvan beide delen op de datum van de verwijzing zijn vastgesteld.
    const op = stand.op;
    const [beleid, uitvoering] = agendaRegel("agenda/looptijd-niet-overschreden").toets(
      // Stryker disable next-line StringLiteral: equivalent, agenda/looptijd-niet-overschreden (en agendaCyclus) lezen het niveau niet, alleen dat het een tekst is
      { niveau: "regionaal", regio: c.regio, beleidsagenda: { vastgesteldOp: op }, uitvoeringsagenda: { vastgesteldOp: op } },
      ctx,
    );
    const pad: Pad = [...VERWIJZING, "vastgesteldOp"];
    const gegevens = { vastgesteldOp: op, beleidsagenda: beleid!.gegevens, uitvoeringsagenda: uitvoering!.gegevens };
    const tekst = `De meerjarenagenda waarnaar het convenant verwijst, is vastgesteld op ${op}${beleid!.uitkomst === "niet-voldaan" ? " en verlopen" : ""}. ${beleid!.bericht} ${uitvoering!.bericht}`;
    if (beleid!.uitkomst === "niet-voldaan") return [uitkomst("niet-voldaan", pad, tekst, { gegevens })];
    if (uitvoering!.uitkomst !== "voldaan") {
      return [
        uitkomst("beoordelen", pad, `${tekst} Het convenant noemt geen latere uitvoeringsagenda.`, {
          hint: "Ga na of er een latere uitvoeringsagenda is vastgesteld; zo ja, vermeld die, zo nee, laat een nieuwe vaststellen.",
          gegevens,
        }),
      ];
    }
    return [uitkomst("voldaan", pad, tekst, { gegevens })];
  },
};

/** De onderwerpen van het Regionaal Werkbedrijf blijven op tafel. */
export const onderwerpenRegionaalWerkbedrijf: Regel<Convenant> = {
  id: "convenant/onderwerpen-regionaal-werkbedrijf",
  titel: "De onderwerpen van het Regionaal Werkbedrijf blijven op de tafel van het Regionaal Beraad",
  beschrijving:
    "Het Regionaal Beraad vervangt het Regionaal Werkbedrijf. De onderwerpen waar het Werkbedrijf zich voor inzet (werk voor mensen met een arbeidsbeperking, de banenafspraak) blijven onderwerpen van het Regionaal Beraad; afspraken daarover kunnen in de meerjarenagenda.",
  grondslag: "beleid",
  bron: {
    bron: "KB2024",
    plaats: "§4 'Het Landelijk en Regionaal Beraad'",
    citaat: "De onderwerpen waar het Regionaal Werkbedrijf zich nu voor inzet blijven onderwerpen die horen op de tafel van het Regionaal Beraad.",
  },
  andereBronnen: [{ bron: "HRT", plaats: "§1.3 'Het Regionaal Beraad'", citaat: "Het Regionaal Beraad vervangt het Regionaal Werkbedrijf." }],
  hint: "Leg vast: `arbeidsmarktbeleid.onderwerpenRegionaalWerkbedrijf: true` (arbeidsbeperking, banenafspraak).",
  toets(c) {
    const v = c.arbeidsmarktbeleid?.onderwerpenRegionaalWerkbedrijf;
    const pad: Pad = ["arbeidsmarktbeleid", "onderwerpenRegionaalWerkbedrijf"];
    if (v === true) return [uitkomst("voldaan", pad, "De onderwerpen van het Regionaal Werkbedrijf staan op de tafel van het Regionaal Beraad.")];
    return [uitkomst("niet-voldaan", pad, v === false ? "Het convenant neemt de onderwerpen van het Regionaal Werkbedrijf niet over." : "Niet vastgelegd dat de onderwerpen van het Regionaal Werkbedrijf (arbeidsbeperking, banenafspraak) op de tafel van het Regionaal Beraad staan.")];
  },
};

/** 17. Afspraken met het WIN-punt: optioneel; zegt het convenant niets, dan 'beoordelen'. */
export const winPunt: Regel<Convenant> = {
  id: "convenant/win-punt",
  titel: "Afspraken met het WIN-punt (optioneel in het convenant)",
  beschrijving:
    "In elke arbeidsmarktregio komt een WIN-punt (Work in NL) voor arbeidsmigranten. SZW adviseert regio's na te denken over hoe het WIN-punt zich verhoudt tot het Werkcentrum; afspraken daarover kunnen eventueel in (een bijlage van) het samenwerkingsconvenant. Opnemen is dus niet verplicht: afspraken of een vastgelegde reden om ze niet op te nemen zijn 'voldaan'; zegt het convenant niets (of is het onderdeel leeg), dan is de uitkomst 'beoordelen': ga na of de regio over de verhouding heeft nagedacht.",
  grondslag: "handreiking",
  bron: { bron: "HRT", plaats: "§6.2 'WIN-punten'", citaat: "Afspraken hierover kunnen eventueel worden opgenomen in (een bijlage van) het samenwerkingsconvenant." },
  andereBronnen: [{ bron: "HRT", plaats: "§6.2 'WIN-punten'", citaat: "Het ministerie van SZW adviseert arbeidsmarktregio’s na te denken over hoe de WIN-punten zich verhouden tot het" }, { bron: "S9", plaats: "opening" }],
  hint: "Optioneel: leg in `winPunt` de afspraken of bijlage vast, of met `geenAfsprakenReden` waarom de regio ze niet opneemt.",
  toets(c) {
    const w = c.winPunt;
    if (w === undefined) return [uitkomst("beoordelen", ["winPunt"], "Het convenant zegt niets over het WIN-punt. Dat mag (afspraken zijn optioneel), maar SZW adviseert na te denken over de verhouding tot het Werkcentrum.")];
    if (!leeg(w.afspraken) || !leeg(w.bijlage)) return [uitkomst("voldaan", ["winPunt"], `Het convenant bevat afspraken met het WIN-punt${w.vorm ? ` (${w.vorm})` : ""}.`)];
    if (!leeg(w.geenAfsprakenReden)) return [uitkomst("voldaan", ["winPunt", "geenAfsprakenReden"], "Het convenant legt vast waarom er geen afspraken met het WIN-punt zijn.")];
    return [uitkomst("beoordelen", ["winPunt"], "Het onderdeel winPunt bevat geen afspraken, bijlage of reden.")];
  },
};

/** De eigen regels van het convenant, in rapportvolgorde. */
export const convenantEigenRegels: readonly Regel<Convenant>[] = [
  looptijdOpPeildatum,
  werkcentrumVastgelegd,
  werkcentrumRegio,
  impulsbudgetBesluitvorming,
  impulsbudgetKaders,
  impulsbudgetIndividueel,
  noWrongDoor,
  begroting,
  begrotingTotaleKosten,
  meerjarenagenda,
  meerjarenagendaPer2026,
  meerjarenagendaActueel,
  onderwerpenRegionaalWerkbedrijf,
  winPunt,
];

/**
 * Kiest het Werkcentrum uit een convenant voor een ingebedde Werkcentrum-regel. Zonder eigen
 * regio geldt die van het convenant, en wijzen paden naar `regio` naar `/regio` van het convenant.
 */
function werkcentrumUit(c: Convenant, ctx: ToetsContext, regel: Regel<Werkcentrum>): { readonly onderdeel: Werkcentrum; readonly pad: (p: Pad) => Pad } | RegelUitkomst {
  const w = c.werkcentrum;
  const v = werkcentrumVan(c, ctx);
  // Een onderdeel zonder inhoud telt als geen onderdeel (convenant/werkcentrum-vastgelegd meldt het).
  // Stryker disable next-line ConditionalExpression: equivalent, zonder Werkcentrum is v ook undefined (de controle op w is er voor TypeScript)
  if (w === undefined || v === undefined) {
    if (REGELS_VANAF_INWERKINGTREDING.includes(regel.id)) {
      const nvt = nogNietInWerking(ctx, ["werkcentrum"]);
      if (nvt) return nvt;
    }
    if (!leeg(c.werkcentrumDocument)) {
      return uitkomst("beoordelen", ["werkcentrumDocument"], `Het Werkcentrum staat in een apart document (${c.werkcentrumDocument}); deze regel is daarop niet getoetst.`, {
        hint: "Toets dat document met `arbeidsmarktinfra werkcentrum <bestand>`, of neem het op in het convenant.",
      });
    }
    return uitkomst("niet-van-toepassing", ["werkcentrum"], w === undefined ? "Het convenant bevat geen Werkcentrum (zie convenant/werkcentrum-vastgelegd)." : "Het onderdeel werkcentrum is leeg (zie convenant/werkcentrum-vastgelegd).");
  }
  const ander = REGELS_MET_REGIO.includes(regel.id) ? v.ander : undefined;
  if (ander !== undefined) {
    return uitkomst(
      "niet-van-toepassing",
      ["werkcentrum", "regio"],
      `Niet getoetst: het Werkcentrum hoort bij ${ander.werkcentrum.naam} en het convenant bij ${ander.convenant.naam}, en deze regel hangt van de regio af (zie convenant/werkcentrum-regio).`,
    );
  }
  return v.keuze;
}

type WerkcentrumKeuze = { readonly onderdeel: Werkcentrum; readonly pad: (p: Pad) => Pad };

/**
 * Wat alle ingebedde Werkcentrum-regels van het convenant nodig hebben, één keer per toets:
 * `undefined` als het onderdeel geen inhoud heeft, anders de andere regio (als die er is) en het
 * onderdeel met de regio van het convenant.
 */
const werkcentrumVan = /* @__PURE__ */ eenKeerPerToets((c: Convenant): { readonly ander: ReturnType<typeof andereRegio>; readonly keuze: WerkcentrumKeuze } | undefined => {
  const w = c.werkcentrum;
  if (w === undefined || !heeftInhoud(w)) return undefined;
  return {
    ander: andereRegio(c),
    keuze:
      w.regio !== undefined
        ? { onderdeel: w as Werkcentrum, pad: (p: Pad): Pad => ["werkcentrum", ...p] }
        : { onderdeel: { ...w, regio: c.regio }, pad: (p: Pad): Pad => (p[0] === "regio" ? p : ["werkcentrum", ...p]) },
  };
});

/* @__NO_SIDE_EFFECTS__ */
function ingebed(): readonly Regel<Convenant>[] {
  return werkcentrumRegels.filter((r) => r.id !== "werkcentrum/regio").map((r) => bedIn(r, werkcentrumUit));
}

/** De Werkcentrum-regels die in het convenant meetellen (de regio toetst het convenant zelf). */
export const werkcentrumRegelsInConvenant: readonly Regel<Convenant>[] = /* @__PURE__ */ ingebed();

/* @__NO_SIDE_EFFECTS__ */
function agendaIngebed(): readonly Regel<Convenant>[] {
  return agendaRegels.map((r) =>
    bedIn(r, (c: Convenant) =>
      c.meerjarenagenda === undefined
        ? uitkomst("niet-van-toepassing", ["meerjarenagenda"], "Het convenant bevat de meerjarenagenda niet zelf.")
        : { onderdeel: c.meerjarenagenda, pad: (p) => ["meerjarenagenda", ...p] },
    ),
  );
}

/**
 * De regels van de meerjarenagenda, ingebed in het convenant. {@link toetsConvenant} voert ze
 * alleen uit als het convenant de agenda zelf bevat (`meerjarenagenda`); een verwijzing wordt
 * getoetst door `convenant/meerjarenagenda`.
 */
export const agendaRegelsInConvenant: readonly Regel<Convenant>[] = /* @__PURE__ */ agendaIngebed();

/* @__NO_SIDE_EFFECTS__ */
function alle(...lijsten: readonly (readonly Regel<Convenant>[])[]): readonly Regel<Convenant>[] {
  return lijsten.flat();
}

/** Alle regels van het convenant: beraad, eigen regels en het ingebedde Werkcentrum. */
export const convenantRegels: readonly Regel<Convenant>[] = /* @__PURE__ */ alle(beraadRegels, convenantEigenRegels, werkcentrumRegelsInConvenant);
