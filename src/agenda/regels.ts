import { maakContext, maakRapport, voerRegelsUit, type Regel, type RegelMeta, type RegelUitkomst, type ToetsContext, type ToetsOpties, type Toetsrapport } from "../bevinding/model.js";
import { citeer } from "../bronnen/citaat.js";
import { formatBedrag } from "../financiering/bedrag.js";
import { bedragInJaar, type BedragLezing } from "../financiering/middelen.js";
import { impulsbudgetPerRegio } from "../financiering/tabellen.js";
import { dagVanMijlpaal, mijlpaalOpId, bronVanMijlpaal } from "../mijlpaal.js";
import { vereisVorm, type OngeldigeInvoerFout, type Pad } from "../result.js";
import { eenKeerPerToets } from "../regelhulp.js";
import { plusDagen } from "../tijd/kalender.js";
import { agendaCyclus, deelDatums, eindeTermijn, termijnVoor, type AgendaDeel, type LezingCyclus, type VastgesteldDeel } from "./cyclus.js";
import {
  crucialeSectoren,
  kwetsbareGroepen,
  verbindingOnderwerpen,
  type GroepKeuze,
  type KwetsbareGroep,
  type Meerjarenagenda,
  type VerbindingOnderwerp,
  type Verwijzing, crucialeSectorenBron } from "./model.js";

/**
 * De regels voor een meerjarenagenda. Elke regel is een pure functie van `(agenda, context)`;
 * paden zijn relatief aan de agenda. Het raamwerk is "inspiratie, geen blauwdruk" (S5, S7): de
 * regels toetsen of delen aanwezig zijn, niet of de tekst een sjabloon volgt.
 *
 * Grondslag: wat de Kamerbrief (KB2024) zegt is `beleid`, wat alleen de handreiking zegt
 * `handreiking`. Geen van de agendaregels is `wet`: het Besluit SUWI legt volgens de bronnen de
 * minimale bezetting van het Regionaal Beraad, de kaders voor het modelconvenant en de regierol
 * van de centrumgemeente vast, niet de inhoud van de meerjarenagenda (KB2024 §4; HRT Tabel 1).
 *
 * @module
 */

type AgendaRegel = Regel<Meerjarenagenda>;

const DELEN: readonly AgendaDeel[] = ["beleidsagenda", "uitvoeringsagenda"];

/** De cyclus van een agenda, één keer per toets: vier regels vragen hem op met dezelfde agenda en context. */
const cyclusVan = /* @__PURE__ */ eenKeerPerToets(agendaCyclus);
const KB2024_AGENDA = "§4 'De landelijke en regionale meerjarenagenda'";
const HRT_REGIONAAL = "§1.3 'De regionale meerjarenagenda'";

/** Maakt een regel; zuiver gemarkeerd zodat een bundler ongebruikte regels weglaat. */
const regel = /* @__NO_SIDE_EFFECTS__ */ (meta: RegelMeta, toets: AgendaRegel["toets"]): AgendaRegel => ({ ...meta, toets });

const voldaan = (pad: Pad, bericht: string, gegevens?: Record<string, unknown>): RegelUitkomst => ({
  uitkomst: "voldaan",
  pad,
  bericht,
  ...(gegevens !== undefined && { gegevens }),
});
const nietVoldaan = (pad: Pad, bericht: string, gegevens?: Record<string, unknown>, hint?: string): RegelUitkomst => ({
  uitkomst: "niet-voldaan",
  pad,
  bericht,
  ...(gegevens !== undefined && { gegevens }),
  ...(hint !== undefined && { hint }),
});
const beoordelen = (pad: Pad, bericht: string, gegevens: Record<string, unknown>, hint?: string): RegelUitkomst => ({
  uitkomst: "beoordelen",
  pad,
  bericht,
  gegevens,
  ...(hint !== undefined && { hint }),
});
const nvt = (pad: Pad, bericht: string): RegelUitkomst => ({ uitkomst: "niet-van-toepassing", pad, bericht });

// Stryker disable next-line OptionalChaining: equivalent, elk VerbindingOnderwerp staat in verbindingOnderwerpen (het type dwingt dat af)
const onderwerpNaam = (o: VerbindingOnderwerp) => verbindingOnderwerpen.find((x) => x.id === o)?.naam ?? o;
// Stryker disable next-line StringLiteral: `?? ""` is onbereikbaar, lijst() krijgt nooit een lege lijst (alleen niet-lege namen, ids en jaren)
const lijst = (xs: readonly string[]) => (xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} en ${xs[xs.length - 1]}`);

/** Waar in de agenda een doelgroep voorkomt (ambities en acties). */
function verwijzingenNaarGroep(a: Meerjarenagenda, g: KwetsbareGroep): Pad[] {
  const paden: Pad[] = [];
  // Stryker disable next-line ArrayDeclaration: equivalent, een dummy-element in plaats van de lege standaardlijst heeft geen van de gelezen velden en telt nergens mee
  (a.beleidsagenda?.ambities ?? []).forEach((x, i) => {
    if (x.doelgroepen?.includes(g)) paden.push(["beleidsagenda", "ambities", i, "doelgroepen"]);
  });
  // Stryker disable next-line ArrayDeclaration: equivalent, een dummy-element in plaats van de lege standaardlijst heeft geen van de gelezen velden en telt nergens mee
  (a.uitvoeringsagenda?.acties ?? []).forEach((x, i) => {
    if (x.doelgroepen?.includes(g)) paden.push(["uitvoeringsagenda", "acties", i, "doelgroepen"]);
  });
  return paden;
}

function groepKeuze(a: Meerjarenagenda, g: KwetsbareGroep): { keuze: GroepKeuze; index: number } | undefined {
  // Stryker disable next-line ArrayDeclaration: equivalent, een dummy-element in plaats van de lege standaardlijst heeft geen van de gelezen velden en telt nergens mee
  const lijst = a.verbindingen?.kwetsbareGroepen ?? [];
  const index = lijst.findIndex((k) => k.groep === g);
  const keuze = lijst[index];
  return keuze === undefined ? undefined : { keuze, index };
}

function nietVerbonden(a: Meerjarenagenda, o: VerbindingOnderwerp): { reden: string; index: number } | undefined {
  // Stryker disable next-line ArrayDeclaration: equivalent, een dummy-element in plaats van de lege standaardlijst heeft geen van de gelezen velden en telt nergens mee
  const lijst = a.verbindingen?.nietVerbonden ?? [];
  const index = lijst.findIndex((n) => n.onderwerp === o);
  const n = lijst[index];
  return n === undefined ? undefined : { reden: n.reden, index };
}

const heeftAnalyse = (a: Meerjarenagenda) => a.beleidsagenda?.arbeidsmarktanalyse !== undefined;

/**
 * Beoordeelt een bewuste keuze om iets niet op te nemen. Regionaal is er ruimte voor focus
 * "op basis van een regionale arbeidsmarktanalyse" (KB2024 §4; HRT §3.4); voor de landelijke
 * agenda noemen de bronnen die ruimte niet, dus daar beoordeelt een mens de keuze.
 */
function bewusteKeuze(a: Meerjarenagenda, pad: Pad, wat: string, reden: string): RegelUitkomst {
  const gegevens = { keuze: "bewust-niet", reden };
  if (a.niveau === "landelijk") {
    return beoordelen(
      pad,
      `De landelijke agenda laat ${wat} bewust weg ("${reden}"). De bronnen noemen de ruimte om focus aan te brengen alleen voor de regio's, op basis van een regionale arbeidsmarktanalyse.`,
      gegevens,
      "Beoordeel of de keuze in de landelijke agenda past bij KB2024 §4.",
    );
  }
  if (!heeftAnalyse(a)) {
    return nietVoldaan(
      pad,
      `De agenda laat ${wat} bewust weg ("${reden}"), maar bevat geen regionale arbeidsmarktanalyse waarop die keuze kan berusten.`,
      gegevens,
      "Neem de arbeidsmarktanalyse op in de beleidsagenda (beleidsagenda.arbeidsmarktanalyse) en onderbouw de keuze daarmee.",
    );
  }
  return voldaan(pad, `De agenda laat ${wat} bewust weg, op basis van de arbeidsmarktanalyse: "${reden}".`, gegevens);
}

// ---------------------------------------------------------------------------------------------

const tweeDelen = regel(
  {
    id: "agenda/twee-delen",
    titel: "De meerjarenagenda heeft een vastgestelde beleidsagenda en uitvoeringsagenda",
    beschrijving:
      "Een (landelijke of regionale) meerjarenagenda bestaat uit een beleidsagenda en een uitvoeringsagenda. De regel kijkt per deel of het op de peildatum is vastgesteld; een deel zonder vaststellingsdatum is een concept, een deel dat pas na de peildatum wordt vastgesteld ontbreekt op de peildatum. Grondslag beleid: de Kamerbrief beschrijft de opbouw; dat het Besluit SUWI dit vastlegt, zegt geen bron.",
    grondslag: "beleid",
    bron: citeer("KB2024", KB2024_AGENDA, "De (landelijke en regionale) meerjarenagenda bestaat uit een beleidsagenda (voorgenomen looptijd 5 jaar) en een uitvoeringsagenda (voorgenomen looptijd 2 jaar)."),
    andereBronnen: [citeer("HRT", HRT_REGIONAAL, "De regionale meerjarenagenda bestaat uit twee delen")],
    hint: "Neem beide delen op en vermeld de vaststellingsdatum (vastgesteldOp).",
  },
  (a, ctx) => {
    const c = cyclusVan(a, ctx);
    return DELEN.map((deel): RegelUitkomst => {
      const d = c[deel];
      if (d.status !== "ontbreekt") return voldaan([deel], `De ${deel} is vastgesteld op ${d.vastgesteldOp}.`, { vastgesteldOp: d.vastgesteldOp });
      switch (d.reden) {
        case "niet-opgenomen":
          return nietVoldaan([deel], `De agenda bevat geen ${deel}; een meerjarenagenda bestaat uit een beleidsagenda en een uitvoeringsagenda.`);
        case "niet-vastgesteld":
          return nietVoldaan([deel, "vastgesteldOp"], `De ${deel} heeft geen vaststellingsdatum: het is nog een concept.`, undefined, `Laat de ${deel} vaststellen en vermeld de datum in ${deel}.vastgesteldOp.`);
        case "nog-niet-vastgesteld":
          return nietVoldaan([deel, "vastgesteldOp"], `De ${deel} wordt pas op ${d.vastgesteldOp} vastgesteld, na de peildatum ${ctx.peildatum}.`, { vastgesteldOp: d.vastgesteldOp });
      }
    });
  },
);

const vastgesteldDoorBeraad = regel(
  {
    id: "agenda/vastgesteld-door-beraad",
    titel: "De agenda is vastgesteld door het Beraad van haar niveau",
    beschrijving:
      "Het Regionaal Beraad stelt de regionale meerjarenagenda vast, het Landelijk Beraad de landelijke. Een agenda die door het Regionaal Werkbedrijf of een ander orgaan is vastgesteld (bijv. in de transitie, vóór er een Regionaal Beraad was) voldoet niet: het Regionaal Beraad vervangt het Regionaal Werkbedrijf. Alleen van toepassing als ten minste één deel is vastgesteld.",
    grondslag: "beleid",
    bron: citeer("KB2024", "§4 'Het Landelijk en Regionaal Beraad'", "Het Regionaal Beraad stelt de regionale meerjarenagenda vast."),
    andereBronnen: [
      citeer("HRT", "§1.3 'De landelijke meerjarenagenda'", "Het Landelijk Beraad stelt een landelijke meerjarenagenda vast."),
      citeer("HRT", "§1.3 'Het Regionaal Beraad'", "Het Regionaal Beraad vervangt het Regionaal Werkbedrijf."),
    ],
    hint: "Laat de agenda (opnieuw) vaststellen door het Beraad van haar niveau en vermeld dat in vastgesteldDoor.",
  },
  (a, ctx) => {
    const c = cyclusVan(a, ctx);
    const verwacht = a.niveau === "landelijk" ? "landelijk-beraad" : "regionaal-beraad";
    const naam = a.niveau === "landelijk" ? "het Landelijk Beraad" : "het Regionaal Beraad";
    if (DELEN.every((d) => c[d].status === "ontbreekt")) return [nvt(["vastgesteldDoor"], "Er is op de peildatum geen vastgesteld deel.")];
    const door = a.vastgesteldDoor;
    if (door === undefined) return [nietVoldaan(["vastgesteldDoor"], `De agenda vermeldt niet wie haar vaststelde; verwacht: ${naam}.`, { verwacht })];
    if (door === verwacht) return [voldaan(["vastgesteldDoor"], `Vastgesteld door ${naam}.`)];
    const gevonden =
      door === "regionaal-werkbedrijf" ? "het Regionaal Werkbedrijf" : door === "ander-orgaan" ? "een ander orgaan" : door === "landelijk-beraad" ? "het Landelijk Beraad" : "een Regionaal Beraad";
    return [nietVoldaan(["vastgesteldDoor"], `De ${a.niveau === "landelijk" ? "landelijke" : "regionale"} agenda is vastgesteld door ${gevonden}; verwacht: ${naam}.`, { gevonden: door, verwacht })];
  },
);

/** Waarop de vervaldatum volgens een lezing berust, voor in een bericht. */
function grondVan(l: LezingCyclus, d: VastgesteldDeel): string {
  if (l.begrensdDoor === "eigen-looptijd") return "de eigen looptijd van de agenda";
  if (l.lezing === "frequentie") return `eens in de ${d.termijn.jaren} jaar, gerekend vanaf de vaststelling`;
  return `een looptijd van ${d.termijn.jaren} jaar vanaf ${l.termijnVanaf === "looptijd" ? "het begin van de looptijd" : "de vaststelling"}`;
}

const looptijdNietOverschreden = regel(
  {
    id: "agenda/looptijd-niet-overschreden",
    titel: "Beleidsagenda en uitvoeringsagenda zijn op de peildatum niet verlopen",
    beschrijving:
      "Een beleidsagenda heeft een voorgenomen looptijd van 5 jaar, een uitvoeringsagenda van 2 jaar (parameters agenda.beleidsagenda.looptijd en agenda.uitvoeringsagenda.looptijd). Een deel waarvan de vervaldatum (zie agendaCyclus) op of vóór de peildatum ligt, is verlopen. Binnen het verloopvenster (standaard 6 maanden) is het deel nog voldaan, met de vervaldatum in het bericht. KB2024 spreekt van een looptijd (gerekend vanaf het begin van de eigen looptijd van de agenda), de handreiking van een frequentie ('eens in de 5 jaar', 'minimaal eens in de 2 jaar', dus gerekend vanaf de vaststelling). Begint de eigen looptijd niet op de vaststellingsdatum, dan geven ze een andere vervaldatum: het bericht noemt dan beide, en is het deel volgens de ene lezing verlopen en volgens de andere niet, dan is de uitkomst beoordelen.",
    grondslag: "beleid",
    bron: citeer("KB2024", KB2024_AGENDA, "een beleidsagenda (voorgenomen looptijd 5 jaar) en een uitvoeringsagenda (voorgenomen looptijd 2 jaar)"),
    andereBronnen: [citeer("HRT", HRT_REGIONAAL, "een beleidsagenda (eens in de 5 jaar)"), citeer("HRT", HRT_REGIONAAL, "minimaal eens in de 2 jaar")],
    hint: "Stel een nieuwe beleidsagenda of uitvoeringsagenda vast.",
  },
  (a, ctx) => {
    const c = cyclusVan(a, ctx);
    return DELEN.map((deel): RegelUitkomst => {
      const d = c[deel];
      if (d.status === "ontbreekt") return nvt([deel], `Er is op de peildatum geen vastgestelde ${deel} (zie agenda/twee-delen).`);
      const gegevens = { cyclus: d };
      const pad: Pad = [deel, "vastgesteldOp"];
      const [kb, hrt] = d.lezingen;
      if ((kb.status === "verlopen") !== (hrt.status === "verlopen")) {
        const stand = (l: LezingCyclus) => (l.status === "verlopen" ? `verlopen sinds ${l.vervaltOp}` : `actueel tot ${l.vervaltOp}`);
        return beoordelen(
          pad,
          `De bronnen geven voor de ${deel} (vastgesteld op ${d.vastgesteldOp}) een andere vervaldatum: volgens KB2024 §4 (${grondVan(kb, d)}) is hij ${stand(kb)}, volgens de handreiking HRT §1.3 (${grondVan(hrt, d)}) ${stand(hrt)}.`,
          gegevens,
          `Beoordeel welke lezing voor deze ${deel} geldt, of stel een nieuwe ${deel} vast.`,
        );
      }
      const grond = grondVan(kb, d);
      const ookHrt = d.lezingenVerschillen
        ? kb.status === "verlopen"
          ? ` Volgens de handreiking (HRT §1.3, ${grondVan(hrt, d)}) is hij verlopen sinds ${hrt.vervaltOp}.`
          : ` Volgens de handreiking (HRT §1.3, ${grondVan(hrt, d)}) is uiterlijk op ${hrt.vervaltOp} een nieuwe nodig.`
        : "";
      switch (d.status) {
        case "verlopen":
          return nietVoldaan(
            pad,
            `De ${deel} (vastgesteld op ${d.vastgesteldOp}) is verlopen sinds ${d.vervaltOp}, na ${grond}; de volgende had uiterlijk op ${d.volgendeUiterlijk} vastgesteld moeten zijn.${ookHrt}`,
            gegevens,
          );
        case "verloopt-binnenkort":
          return voldaan(
            pad,
            `De ${deel} is nog actueel maar verloopt op ${d.vervaltOp} (over ${d.dagenTotVerval} dagen, na ${grond}); stel uiterlijk op ${d.volgendeUiterlijk} een nieuwe vast.${ookHrt}`,
            gegevens,
          );
        case "actueel":
          return voldaan(pad, `De ${deel} is actueel tot ${d.vervaltOp} (${grond}).${ookHrt}`, gegevens);
      }
    });
  },
);

const looptijdBinnenTermijn = regel(
  {
    id: "agenda/looptijd-binnen-termijn",
    titel: "De looptijd die de agenda zelf noemt is niet langer dan de voorgenomen looptijd",
    beschrijving:
      "Noemt een deel zijn eigen looptijd (bijv. 'Beleidsagenda 2026-2030'), dan mag die niet langer zijn dan 5 jaar (beleidsagenda) of 2 jaar (uitvoeringsagenda), volgens de parameter op de vaststellingsdatum (of op de eerste dag van de looptijd als het deel nog niet is vastgesteld). Een looptijd van N jaar eindigt uiterlijk op de dag vóór dezelfde kalenderdatum N jaar later; bestaat die datum niet (29 februari), dan op de laatste dag van februari: 2024-02-29 tot en met 2029-02-28 en 2024-03-01 tot en met 2029-02-28 passen allebei. Zonder eigen looptijd niet van toepassing.",
    grondslag: "beleid",
    bron: citeer("KB2024", KB2024_AGENDA, "een beleidsagenda (voorgenomen looptijd 5 jaar) en een uitvoeringsagenda (voorgenomen looptijd 2 jaar)"),
    andereBronnen: [citeer("HRT", HRT_REGIONAAL, "een beleidsagenda (eens in de 5 jaar)")],
    hint: "Kort de looptijd in, of stel tussentijds een nieuw deel vast.",
  },
  (a, ctx) =>
    DELEN.map((deel): RegelUitkomst => {
      const { vastgesteldOp, looptijd } = deelDatums(deel, a[deel]);
      if (looptijd === undefined) return nvt([deel, "looptijd"], `De ${deel} noemt geen eigen looptijd.`);
      const termijn = termijnVoor(deel, vastgesteldOp ?? looptijd.vanaf, ctx.instellingen);
      const uiterlijkeEinde = plusDagen(eindeTermijn(looptijd.vanaf, termijn.jaren), -1);
      const gegevens = { looptijd, termijnJaren: termijn.jaren, uiterlijkeLaatsteDag: uiterlijkeEinde, parameter: termijn.parameter };
      return looptijd.tot <= uiterlijkeEinde
        ? voldaan([deel, "looptijd"], `De looptijd ${looptijd.vanaf} tot en met ${looptijd.tot} past binnen ${termijn.jaren} jaar.`, gegevens)
        : nietVoldaan(
            [deel, "looptijd", "tot"],
            `De looptijd ${looptijd.vanaf} tot en met ${looptijd.tot} is langer dan ${termijn.jaren} jaar; de laatste dag zou uiterlijk ${uiterlijkeEinde} zijn.`,
            gegevens,
          );
    }),
);

const analyseEnAmbities = regel(
  {
    id: "agenda/analyse-en-ambities",
    titel: "De beleidsagenda bevat een arbeidsmarktanalyse en ambities",
    beschrijving:
      "De beleidsagenda bevat een analyse van de regionale arbeidsmarkt en een overzicht van de ambities die daaruit voortkomen. De analyse geldt voor de regionale agenda; de landelijke agenda bestaat uit afspraken en ambities (HRT §1.3). Niet van toepassing zonder beleidsagenda (zie agenda/twee-delen).",
    grondslag: "handreiking",
    bron: citeer("HRT", HRT_REGIONAAL, "De beleidsagenda bevat een analyse van de regionale arbeidsmarkt en een overzicht van de ambities die hieruit voortkomen."),
    andereBronnen: [citeer("S5", "opening"), citeer("HRT", "§1.3 'De landelijke meerjarenagenda'", "meerjarige afspraken en ambities")],
    hint: "Neem de arbeidsmarktanalyse (beleidsagenda.arbeidsmarktanalyse) en de ambities (beleidsagenda.ambities) op.",
  },
  (a) => {
    const b = a.beleidsagenda;
    if (b === undefined) return [nvt(["beleidsagenda"], "De agenda bevat geen beleidsagenda (zie agenda/twee-delen).")];
    const uit: RegelUitkomst[] = [];
    if (a.niveau === "landelijk") {
      uit.push(nvt(["beleidsagenda", "arbeidsmarktanalyse"], "De bronnen noemen de arbeidsmarktanalyse bij de regionale agenda."));
    } else if (b.arbeidsmarktanalyse === undefined) {
      uit.push(nietVoldaan(["beleidsagenda", "arbeidsmarktanalyse"], "De beleidsagenda bevat geen analyse van de regionale arbeidsmarkt."));
    } else {
      uit.push(voldaan(["beleidsagenda", "arbeidsmarktanalyse"], "De beleidsagenda bevat een arbeidsmarktanalyse."));
    }
    const n = b.ambities?.length ?? 0;
    uit.push(
      n > 0
        ? voldaan(["beleidsagenda", "ambities"], `De beleidsagenda noemt ${n} ambitie${n === 1 ? "" : "s"}.`, { aantal: n })
        : nietVoldaan(["beleidsagenda", "ambities"], "De beleidsagenda noemt geen ambities."),
    );
    return uit;
  },
);

const actieDientAmbitie = regel(
  {
    id: "agenda/actie-dient-ambitie",
    titel: "Elke actie in de uitvoeringsagenda dient een ambitie uit de beleidsagenda",
    beschrijving:
      "De uitvoeringsagenda vertaalt de ambities uit de beleidsagenda naar acties. Per actie: ten minste één ambitie, en elke genoemde ambitie bestaat in de beleidsagenda. Zonder beleidsagenda kan de verwijzing niet worden nagegaan (beoordelen). Een uitvoeringsagenda zonder acties voldoet niet.",
    grondslag: "handreiking",
    bron: citeer("HRT", HRT_REGIONAAL, "De uitvoeringsagenda vertaalt de gezamenlijke ambities uit de beleidsagenda naar acties."),
    hint: "Noem bij elke actie de id('s) van de ambitie(s) die ze dient (acties[].ambities).",
  },
  (a) => {
    const u = a.uitvoeringsagenda;
    if (u === undefined) return [nvt(["uitvoeringsagenda"], "De agenda bevat geen uitvoeringsagenda (zie agenda/twee-delen).")];
    const acties = u.acties ?? [];
    if (acties.length === 0) return [nietVoldaan(["uitvoeringsagenda", "acties"], "De uitvoeringsagenda bevat geen acties.")];
    const ambities = a.beleidsagenda?.ambities;
    // Stryker disable next-line ArrayDeclaration: equivalent, ids wordt alleen gebruikt als er ambities zijn
    const ids = new Set((ambities ?? []).map((x) => x.id));
    return acties.map((actie, i): RegelUitkomst => {
      const pad: Pad = ["uitvoeringsagenda", "acties", i, "ambities"];
      const genoemd = actie.ambities ?? [];
      if (genoemd.length === 0) return nietVoldaan(pad, `Actie "${actie.titel}" noemt geen ambitie.`);
      if (ambities === undefined || ambities.length === 0) {
        return beoordelen(pad, `Actie "${actie.titel}" verwijst naar ${lijst(genoemd)}, maar de agenda bevat geen ambities om dat na te gaan.`, { ambities: genoemd });
      }
      const onbekend = genoemd.filter((id) => !ids.has(id));
      if (onbekend.length > 0) {
        return nietVoldaan(pad, `Actie "${actie.titel}" verwijst naar onbekende ambitie${onbekend.length === 1 ? "" : "s"} ${lijst(onbekend)}.`, {
          onbekend,
          bekend: [...ids],
        });
      }
      return voldaan(pad, `Actie "${actie.titel}" dient ${lijst(genoemd)}.`);
    });
  },
);

// Stryker disable next-line MethodExpression: equivalent, naar hoofdletters of naar kleine letters normaliseren geeft dezelfde gelijkheid van namen
const normaliseerNaam = (n: string) => n.trim().replace(/\s+/g, " ").toLocaleLowerCase("nl");

const actieGezamenlijk = regel(
  {
    id: "agenda/actie-gezamenlijk",
    titel: "Elke actie wordt door ten minste twee partners gedragen of vraagt meerdere partijen",
    beschrijving:
      "De uitvoeringsagenda bevat de acties die partijen gezamenlijk in gang zetten of die samenwerking van meerdere partijen vragen. Per actie: ten minste twee verschillende partners (namen zonder verschil in hoofdletters of spaties), of de markering meerderePartijenNodig.",
    grondslag: "handreiking",
    bron: citeer("HRT", HRT_REGIONAAL, "Dit betreft de acties die partijen gezamenlijk in gang zetten of die samenwerking van meerdere partijen vraagt."),
    hint: "Noem de partners die de actie dragen (acties[].partners), of markeer de actie met meerderePartijenNodig: true.",
  },
  (a) => {
    const acties = a.uitvoeringsagenda?.acties ?? [];
    if (acties.length === 0) return [nvt(["uitvoeringsagenda", "acties"], "Er zijn geen acties (zie agenda/twee-delen en agenda/actie-dient-ambitie).")];
    return acties.map((actie, i): RegelUitkomst => {
      const partners = [...new Set((actie.partners ?? []).map(normaliseerNaam))];
      const pad: Pad = ["uitvoeringsagenda", "acties", i, "partners"];
      if (partners.length >= 2) return voldaan(pad, `Actie "${actie.titel}" wordt gedragen door ${partners.length} partners.`, { partners: actie.partners });
      if (actie.meerderePartijenNodig === true) {
        return voldaan(["uitvoeringsagenda", "acties", i, "meerderePartijenNodig"], `Actie "${actie.titel}" is gemarkeerd als actie die meerdere partijen vraagt.`);
      }
      return nietVoldaan(
        pad,
        partners.length === 0
          ? `Actie "${actie.titel}" noemt geen partners en is niet gemarkeerd als actie die meerdere partijen vraagt.`
          : // in deze tak is er precies één (genormaliseerde) partner, dus actie.partners[0] bestaat
            `Actie "${actie.titel}" wordt door één partner gedragen (${actie.partners![0]!}) en is niet gemarkeerd als actie die meerdere partijen vraagt.`,
        { partners: actie.partners ?? [] },
      );
    });
  },
);

const monitoringBeideSoorten = regel(
  {
    id: "agenda/monitoring-beide-soorten",
    titel: "De monitoring heeft kwantitatieve en kwalitatieve indicatoren",
    beschrijving:
      "Kwantitatieve en kwalitatieve monitoring door de samenwerkende partijen is een onderdeel van de meerjarenagenda. Per soort: ten minste één indicator. Welke indicatoren, zegt geen van de bronnen; de regel toetst alleen of beide soorten er zijn.",
    grondslag: "beleid",
    bron: citeer("KB2024", KB2024_AGENDA, "Kwantitatieve en kwalitatieve monitoring door de samenwerkende partijen is een onderdeel van de meerjarenagenda's."),
    hint: "Neem in monitoring.indicatoren ten minste één kwantitatieve en één kwalitatieve indicator op.",
  },
  (a) => {
    const m = a.monitoring;
    if (m === undefined) return [nietVoldaan(["monitoring"], "De agenda bevat geen monitoring.")];
    return (["kwantitatief", "kwalitatief"] as const).map((soort) => {
      const n = m.indicatoren.filter((x) => x.soort === soort).length;
      const bijvoeglijk = soort === "kwantitatief" ? "kwantitatieve" : "kwalitatieve";
      return n > 0
        ? voldaan(["monitoring", "indicatoren"], `${n} ${bijvoeglijk} indicator${n === 1 ? "" : "en"}.`, { soort, aantal: n })
        : nietVoldaan(["monitoring", "indicatoren"], `De monitoring heeft geen ${bijvoeglijk} indicator.`, { soort });
    });
  },
);

const kwetsbareGroepenRegel = regel(
  {
    id: "agenda/kwetsbare-groepen",
    titel: "Elke groep in een kwetsbare positie uit KB2024 is opgenomen of bewust weggelaten",
    beschrijving:
      "KB2024 onderscheidt in ieder geval: mensen met een arbeidsbeperking; mensen met een migratieachtergrond (statushouders, Oekraïners); jongeren onder het wetsvoorstel van school naar duurzaam werk; ouderen; arbeidsmigranten; mensen met GGZ-problematiek; ex-gedetineerden. Regionaal is er ruimte voor focus op basis van een regionale arbeidsmarktanalyse. Per groep: voldaan als een ambitie of actie zich op de groep richt, of als de groep bewust is weggelaten met een reden en de beleidsagenda een arbeidsmarktanalyse bevat. Staat een groep als opgenomen zonder ambitie of actie, of is ze weggelaten maar wel doelgroep van een ambitie of actie, dan beoordeelt een mens. In de landelijke agenda beoordeelt een mens elke weggelaten groep.",
    grondslag: "beleid",
    bron: citeer("KB2024", KB2024_AGENDA, "Onder werkzoekenden en werkenden in een kwetsbare positie onderscheiden we in ieder geval"),
    andereBronnen: [citeer("KB2024", KB2024_AGENDA, "Regionaal is de ruimte om hierin passende focus aan te brengen, op basis van een regionale arbeidsmarktanalyse.")],
    hint: "Richt een ambitie of actie op de groep (doelgroepen), of neem in verbindingen.kwetsbareGroepen op dat de groep bewust niet is opgenomen, met de reden.",
  },
  (a) =>
    kwetsbareGroepen.map(({ id: g, naam }): RegelUitkomst => {
      const refs = verwijzingenNaarGroep(a, g);
      const k = groepKeuze(a, g);
      const kPad: Pad = k ? ["verbindingen", "kwetsbareGroepen", k.index] : ["verbindingen", "kwetsbareGroepen"];
      if (refs.length > 0) {
        if (k?.keuze.keuze === "bewust-niet-opgenomen") {
          return beoordelen(kPad, `De groep ${naam} staat als bewust niet opgenomen, maar is doelgroep van ${refs.length} ambitie(s) of actie(s).`, { groep: g, verwijzingen: refs });
        }
        return voldaan(refs[0] ?? kPad, `De agenda richt zich op ${naam} (${refs.length} ambitie(s) of actie(s)).`, { groep: g, verwijzingen: refs });
      }
      if (k === undefined) return nietVoldaan(kPad, `De agenda noemt ${naam} niet: geen ambitie of actie richt zich erop en de groep is niet bewust weggelaten.`, { groep: g });
      if (k.keuze.keuze === "opgenomen") {
        return beoordelen(kPad, `De groep ${naam} staat als opgenomen, maar geen ambitie of actie richt zich erop.`, { groep: g }, "Voeg de groep toe aan de doelgroepen van een ambitie of actie, of beoordeel of de agenda haar elders behandelt.");
      }
      return bewusteKeuze(a, kPad, `de groep ${naam}`, k.keuze.reden);
    }),
);

const arbeidsmigranten = regel(
  {
    id: "agenda/arbeidsmigranten",
    titel: "Dienstverlening aan arbeidsmigranten heeft een vaste plek in de agenda",
    beschrijving:
      "Dienstverlening aan arbeidsmigranten krijgt een vaste plek in zowel de landelijke als de regionale meerjarenagenda (S9). Voldaan als een ambitie of actie zich op arbeidsmigranten richt, de groep als opgenomen staat, of de agenda de verbinding met het WIN-punt (Work in NL) beschrijft. Een bewuste keuze om arbeidsmigranten weg te laten voldoet hier niet, ook al laat KB2024 regionale focus toe: beide bronnen staan in het bericht. Grondslag handreiking, niet beleid: de bron is een nieuwsbericht van Samen voor de klant over de informatiesessies van het Landelijk Ondersteuningsteam met SZW, geen Kamerbrief, en alleen de opening ervan was beschikbaar; als beleid zou de regel een secundaire bron zwaarder maken dan hij is. Een regel die alleen op een nieuwsbericht of webpagina rust, is hoogstens een handreiking (zie docs/bronnen.md).",
    grondslag: "handreiking",
    bron: citeer("S9", "opening"),
    andereBronnen: [citeer("HRT", "§6.2 'WIN-punten'", "In alle 35 arbeidsmarktregio’s worden fysieke en mobiele informatiepunten")],
    hint: "Richt een ambitie of actie op arbeidsmigranten (doelgroepen) of beschrijf de samenwerking met het WIN-punt (verbindingen.winPunt).",
  },
  (a) => {
    const refs = verwijzingenNaarGroep(a, "arbeidsmigranten");
    // Stryker disable next-line ArrayDeclaration: equivalent, `?? []` is onbereikbaar want refs is hier niet leeg
    if (refs.length > 0) return [voldaan(refs[0] ?? [], `Arbeidsmigranten zijn doelgroep van ${refs.length} ambitie(s) of actie(s).`, { verwijzingen: refs })];
    if (a.verbindingen?.winPunt !== undefined) return [voldaan(["verbindingen", "winPunt"], `De agenda beschrijft de verbinding met het WIN-punt (${a.verbindingen.winPunt.naam}).`)];
    const k = groepKeuze(a, "arbeidsmigranten");
    if (k?.keuze.keuze === "opgenomen") return [voldaan(["verbindingen", "kwetsbareGroepen", k.index], "Arbeidsmigranten staan als opgenomen groep in de agenda.")];
    if (k?.keuze.keuze === "bewust-niet-opgenomen") {
      return [
        nietVoldaan(
          ["verbindingen", "kwetsbareGroepen", k.index],
          `Arbeidsmigranten zijn bewust weggelaten ("${k.keuze.reden}"). KB2024 laat regionale focus toe, maar volgens S9 krijgt dienstverlening aan arbeidsmigranten een vaste plek in elke meerjarenagenda.`,
          { reden: k.keuze.reden },
        ),
      ];
    }
    return [nietVoldaan(["verbindingen", "winPunt"], "De agenda geeft dienstverlening aan arbeidsmigranten geen plek: geen ambitie, actie of verbinding met het WIN-punt.")];
  },
);

const regionaleAgendaMijlpaal = /* @__PURE__ */ mijlpaalOpId("regionale-meerjarenagenda");
const regionaleAgendaBron = /* @__PURE__ */ bronVanMijlpaal("regionale-meerjarenagenda");

const regionaleAgendaPer2026 = regel(
  {
    id: "agenda/regionale-agenda-per-2026",
    titel: "De regio werkt per 1 januari 2026 op basis van een vastgestelde regionale meerjarenagenda",
    beschrijving:
      "De inzet is dat alle arbeidsmarktregio's per 1 januari 2026 werken op basis van een regionale meerjarenagenda (een ambitie in een handreiking, geen wettelijke plicht; datum uit de mijlpaal regionale-meerjarenagenda). Vóór die datum niet van toepassing. Daarna voldaan als ten minste één deel op of vóór 1 januari 2026 is vastgesteld. Is het eerste deel later vastgesteld, dan is de uitkomst beoordelen: de bibliotheek ziet alleen deze agenda en weet niet of de regio op 1 januari 2026 werkte op basis van een eerdere regionale meerjarenagenda (waarvan deze de opvolger kan zijn); de hint zegt hoe dat na te gaan. Niet voldaan als op de peildatum geen deel is vastgesteld. Alleen voor regionale agenda's.",
    grondslag: "handreiking",
    bron: regionaleAgendaBron,
    andereBronnen: [citeer("HRT", "§1.2", "een meerjarenagenda is vastgesteld")],
    hint: "Laat het Regionaal Beraad de regionale meerjarenagenda vaststellen.",
  },
  (a, ctx) => {
    const datum = dagVanMijlpaal(regionaleAgendaMijlpaal.id);
    if (a.niveau !== "regionaal") return [nvt([], "De ambitie geldt voor regionale agenda's.")];
    if (ctx.peildatum < datum) return [nvt([], `De ambitie geldt vanaf ${datum}; de peildatum ${ctx.peildatum} ligt eerder.`)];
    const c = cyclusVan(a, ctx);
    const data = DELEN.flatMap((d) => {
      const x = c[d];
      return x.status === "ontbreekt" ? [] : [x.vastgesteldOp];
    }).sort();
    const eerste = data[0];
    if (eerste === undefined) {
      const pad: Pad = a.beleidsagenda ? ["beleidsagenda", "vastgesteldOp"] : ["beleidsagenda"];
      return [nietVoldaan(pad, `Op ${ctx.peildatum} is geen deel van de regionale meerjarenagenda vastgesteld; de inzet was ${datum}.`, { inzet: datum })];
    }
    const gegevens = { eersteVaststelling: eerste, inzet: datum, opTijd: eerste <= datum };
    if (gegevens.opTijd) return [voldaan([], `Vastgesteld op ${eerste}, op tijd voor de inzet van ${datum}.`, gegevens)];
    // Stryker disable next-line StringLiteral: `?? "beleidsagenda"` is onbereikbaar, eerste is de vaststellingsdatum van een van de delen
    const pad: Pad = [DELEN.find((d) => a[d]?.vastgesteldOp === eerste) ?? "beleidsagenda", "vastgesteldOp"];
    return [
      beoordelen(
        pad,
        `De regionale meerjarenagenda is op ${eerste} vastgesteld, na de inzet om per ${datum} te werken op basis van een regionale meerjarenagenda.`,
        gegevens,
        `Ga na of de regio op ${datum} werkte op basis van een eerdere regionale meerjarenagenda; zo ja, dan is aan de inzet voldaan (toets die eerdere agenda op peildatum ${datum}), zo nee, dan is de inzet niet gehaald.`,
      ),
    ];
  },
);

type VerwijzingOnderwerp = Exclude<VerbindingOnderwerp, "cruciale-sectoren" | "impulsbudget">;

/** Het veld in `verbindingen` per onderwerp met verwijzingen. */
const VERWIJZING_VELD = {
  "klimaat-en-digitale-transitie": "klimaatEnDigitaleTransitie",
  "human-capital-agendas": "humanCapitalAgendas",
  "economic-boards": "economicBoards",
  "school-naar-duurzaam-werk": "schoolNaarDuurzaamWerk",
  ontwikkelpaden: "ontwikkelpaden",
} as const satisfies Record<VerwijzingOnderwerp, keyof NonNullable<Meerjarenagenda["verbindingen"]>>;

/** Uitkomst voor een onderwerp met verwijzingen (bijv. Economic Boards). */
function verwijzingUitkomst(a: Meerjarenagenda, o: VerwijzingOnderwerp): RegelUitkomst {
  const veld = VERWIJZING_VELD[o];
  const v: readonly Verwijzing[] = a.verbindingen?.[veld] ?? [];
  const pad: Pad = ["verbindingen", veld];
  return verbindingUitkomst(a, o, v.length > 0 ? { pad, namen: v.map((x) => x.naam) } : undefined, pad);
}

/** Uitkomst voor één verbinding: gelegd, bewust niet gelegd, of ontbrekend. */
function verbindingUitkomst(a: Meerjarenagenda, o: VerbindingOnderwerp, gelegd: { pad: Pad; namen: readonly string[] } | undefined, ontbreektPad: Pad): RegelUitkomst {
  const naam = onderwerpNaam(o);
  if (gelegd !== undefined) return voldaan(gelegd.pad, `Verbonden met ${naam}: ${lijst(gelegd.namen)}.`, { onderwerp: o, namen: gelegd.namen });
  const n = nietVerbonden(a, o);
  if (n !== undefined) return bewusteKeuze(a, ["verbindingen", "nietVerbonden", n.index], `de verbinding met ${naam}`, n.reden);
  return nietVoldaan(ontbreektPad, `De agenda legt geen verbinding met ${naam} en zegt niet waarom.`, { onderwerp: o });
}

const verbondenMetOpgaven = regel(
  {
    id: "agenda/verbonden-met-opgaven",
    titel: "De agenda is verbonden met cruciale sectoren, de klimaat- en digitale transitie, Human Capital Agenda's en Economic Boards",
    beschrijving:
      "De meerjarenagenda legt verbinding met voldoende personeel voor cruciale publieke sectoren (zorg, onderwijs, kinderopvang, (internationale) veiligheid), de klimaat- en digitale transitie (Actieplan groene en digitale banen), (sectorale) Human Capital Agenda's en (provinciale) Economic Boards. Per onderwerp: voldaan als de agenda de verbinding legt, of bewust niet met een reden (regionaal onderbouwd met de arbeidsmarktanalyse, HRT §3.4). Voor de cruciale sectoren volstaat één sector: de bron noemt ze als voorbeelden ('als').",
    grondslag: "beleid",
    bron: citeer("KB2024", KB2024_AGENDA, "De meerjarenagenda wordt ook verbonden met (sectorale) Human Capital Agenda's en de (provinciale) Economic Boards."),
    andereBronnen: [
      crucialeSectorenBron,
      citeer("HRT", "§3.4", "Regionaal is er ruimte voor het aanbrengen van een passende focus op bovengenoemde initiatieven en agenda’s"),
    ],
    hint: "Beschrijf de verbinding in verbindingen, of neem in verbindingen.nietVerbonden op waarom niet.",
  },
  (a) => {
    // Stryker disable next-line ArrayDeclaration: equivalent, alleen ids uit crucialeSectoren tellen mee (filter hieronder)
    const sectoren = new Set<string>(a.verbindingen?.crucialeSectoren ?? []);
    // Stryker disable next-line ArrayDeclaration: equivalent, alleen ids uit crucialeSectoren tellen mee (filter hieronder)
    for (const x of a.beleidsagenda?.ambities ?? []) for (const s of x.sectoren ?? []) sectoren.add(s);
    const sectorNamen = crucialeSectoren.filter((s) => sectoren.has(s.id)).map((s) => s.naam);
    const uit: RegelUitkomst[] = [
      verbindingUitkomst(
        a,
        "cruciale-sectoren",
        sectorNamen.length > 0 ? { pad: a.verbindingen?.crucialeSectoren?.length ? ["verbindingen", "crucialeSectoren"] : ["beleidsagenda", "ambities"], namen: sectorNamen } : undefined,
        ["verbindingen", "crucialeSectoren"],
      ),
    ];
    for (const o of ["klimaat-en-digitale-transitie", "human-capital-agendas", "economic-boards"] as const) uit.push(verwijzingUitkomst(a, o));
    return uit;
  },
);

const schoolNaarDuurzaamWerk = regel(
  {
    id: "agenda/school-naar-duurzaam-werk",
    titel: "De regionale agenda sluit aan op het regionaal programma van school naar duurzaam werk",
    beschrijving:
      "De centrumgemeenten zorgen voor de inhoudelijke aansluiting van het regionaal programma van school naar duurzaam werk en de regionale meerjarenagenda; de meerjarenagenda biedt de mogelijkheid die verbinding te leggen. Voldaan als de agenda het programma noemt, of bewust niet met een reden. Alleen voor regionale agenda's.",
    grondslag: "handreiking",
    bron: citeer("HRT", "§6.2 'Doorstroompunten'", "zorgen zij voor de inhoudelijke aansluiting van het regionaal programma van school naar duurzaam werk en de regionale meerjarenagenda"),
    andereBronnen: [citeer("HRT", "§3.4", "regionale programma’s in het kader van de Wet van school naar duurzaam werk")],
    hint: "Noem het regionaal programma in verbindingen.schoolNaarDuurzaamWerk (de Doorstroompuntregio valt niet altijd samen met de arbeidsmarktregio).",
  },
  (a) => {
    if (a.niveau !== "regionaal") return [nvt(["verbindingen", "schoolNaarDuurzaamWerk"], "Geldt voor regionale agenda's.")];
    return [verwijzingUitkomst(a, "school-naar-duurzaam-werk")];
  },
);

const impulsbudgetBesteding = regel(
  {
    id: "agenda/impulsbudget-besteding",
    titel: "De regionale agenda bevat de besteding van het impulsbudget",
    beschrijving:
      "Het Regionaal Beraad legt zijn plannen vast in de regionale meerjarenagenda; de besteding van het impulsbudget is daar logischerwijs onderdeel van. Voldaan als de agenda bestedingen noemt (of bewust niet, met een reden). Gaat de geplande besteding in een jaar boven het impulsbudget per regio uit HRT Tabel 4 (onder voorbehoud; in 2033 spreken HRT en NOTA2026 elkaar tegen), of is er voor dat jaar geen bedrag, dan beoordeelt een mens: er kan cofinanciering uit andere bronnen in zitten. Alleen voor regionale agenda's.",
    grondslag: "handreiking",
    bron: citeer("HRT", "§1.3 'Het impulsbudget'", "De besteding van het impulsbudget is logischerwijs onderdeel van deze plannen."),
    andereBronnen: [citeer("HRT", "§2.2", "Het is de bedoeling dat de netwerksamenwerking uitvoering geeft aan de plannen in de regionale meerjarenagenda.")],
    hint: "Neem de geplande besteding per jaar op in verbindingen.impulsbudget.",
  },
  (a, ctx) => {
    if (a.niveau !== "regionaal") return [nvt(["verbindingen", "impulsbudget"], "Het impulsbudget gaat naar de regio's.")];
    const posten = a.verbindingen?.impulsbudget ?? [];
    if (posten.length === 0) return [verbindingUitkomst(a, "impulsbudget", undefined, ["verbindingen", "impulsbudget"])];
    const perJaar = new Map<number, { totaal: number; eerste: number }>();
    posten.forEach((p, i) => {
      const x = perJaar.get(p.jaar);
      perJaar.set(p.jaar, { totaal: (x?.totaal ?? 0) + p.bedrag, eerste: x?.eerste ?? i });
    });
    const uit: RegelUitkomst[] = [];
    const overzicht: Record<string, unknown>[] = [];
    for (const [jaar, { totaal, eerste }] of [...perJaar].sort(([x], [y]) => x - y)) {
      const b = bedragInJaar(impulsbudgetPerRegio, jaar, ctx.instellingen);
      const pad: Pad = ["verbindingen", "impulsbudget", eerste, "bedrag"];
      if (b.soort === "geen-waarde") {
        uit.push(beoordelen(pad, `Voor ${jaar} is geen impulsbudget per regio bekend (${b.toelichting}); gepland: ${formatBedrag(totaal)}.`, { jaar, gepland: totaal }));
        continue;
      }
      const lezingen = b.soort === "bedrag" ? [b] : b.lezingen;
      const laagste = Math.min(...lezingen.map((l) => l.bedrag));
      overzicht.push({ jaar, gepland: totaal, beschikbaar: lezingen.map((l) => ({ bedrag: l.bedrag, status: l.status, bron: l.bron })) });
      if (totaal > laagste) {
        const herkomst = (l: BedragLezing) => `${l.bron ? `${l.bron.bron} ${l.bron.plaats}` : "opgegeven"}, ${l.status}`;
        const hint = "Geef aan uit welke andere middelen het meerdere komt, of pas de besteding aan.";
        if (lezingen.length === 1) {
          // Stryker disable next-line ArrayDeclaration: equivalent, lezingen heeft hier precies één element
          uit.push(beoordelen(pad, `In ${jaar} is ${formatBedrag(totaal)} gepland, meer dan het impulsbudget per regio: ${formatBedrag(laagste)} (${herkomst(lezingen[0]!)}).`, { jaar, gepland: totaal, lezingen }, hint));
          continue;
        }
        // De bronnen spreken elkaar tegen (2033): per lezing of de planning erbinnen past.
        const perLezing = lezingen.map((l) => {
          // Stryker disable next-line OptionalChaining: onbereikbaar, een betwist bedrag komt alleen uit de meegeleverde tabel (een instelling is zelf de gekozen lezing), en daar heeft elke lezing een bron
          const citaat = l.bron?.citaat ? `: "${l.bron.citaat}"` : "";
          const stand = totaal <= l.bedrag ? "past de planning daarbinnen" : `gaat de planning er ${formatBedrag(totaal - l.bedrag)} boven`;
          // Stryker disable next-line StringLiteral: onbereikbaar, zie hierboven (elke lezing van een betwist bedrag heeft een bron)
          return `volgens ${l.bron ? `${l.bron.bron} ${l.bron.plaats}` : "de instelling"} (${l.status}${citaat}) is het ${formatBedrag(l.bedrag)} en ${stand}`;
        });
        uit.push(
          beoordelen(
            pad,
            `In ${jaar} is ${formatBedrag(totaal)} gepland. De bronnen verschillen over het impulsbudget per regio in dat jaar: ${perLezing.join("; ")}.`,
            { jaar, gepland: totaal, lezingen: lezingen.map((l) => ({ ...l, binnenBudget: totaal <= l.bedrag })) },
            hint,
          ),
        );
      }
    }
    if (uit.length === 0) {
      uit.push(voldaan(["verbindingen", "impulsbudget"], `De agenda noemt de besteding van het impulsbudget voor ${lijst([...perJaar.keys()].sort().map(String))}.`, { perJaar: overzicht }));
    }
    return uit;
  },
);

/**
 * Alle regels voor een meerjarenagenda, in rapportvolgorde. Elke regel is een pure functie van
 * `(agenda, context)` met paden relatief aan de agenda.
 */
export const agendaRegels: readonly Regel<Meerjarenagenda>[] = [
  tweeDelen,
  vastgesteldDoorBeraad,
  looptijdNietOverschreden,
  looptijdBinnenTermijn,
  analyseEnAmbities,
  actieDientAmbitie,
  actieGezamenlijk,
  monitoringBeideSoorten,
  kwetsbareGroepenRegel,
  arbeidsmigranten,
  regionaleAgendaPer2026,
  verbondenMetOpgaven,
  schoolNaarDuurzaamWerk,
  impulsbudgetBesteding,
];

/** Voert de agendaregels uit in een bestaande context (voor wie de agenda in een groter rapport toetst). */
export function agendaBevindingen(agenda: Meerjarenagenda, context: ToetsContext) {
  return voerRegelsUit(agendaRegels, agenda, context);
}

/**
 * Toetst een meerjarenagenda op een peildatum en geeft een rapport met bevindingen (zelfde model
 * als de andere toetsen). De agenda is een getypeerde, geldige agenda (lees onbetrouwbare
 * invoer eerst met `parseMeerjarenagenda` uit `arbeidsmarktinfra/schemas`). Gooit
 * {@link OngeldigeInvoerFout} bij een ongeldige peildatum, ongeldige instellingen of een
 * ongeldige datum in de agenda (wat `parseMeerjarenagenda` al uitsluit).
 *
 * @example
 * ```ts
 * import { toetsAgenda } from "arbeidsmarktinfra";
 * const r = toetsAgenda(
 *   { niveau: "regionaal", regio: "AM30", vastgesteldDoor: "regionaal-beraad", beleidsagenda: { vastgesteldOp: "2025-11-20", ambities: [] } },
 *   { peildatum: "2026-03-01" },
 * );
 * r.bevindingen.filter((b) => b.uitkomst === "niet-voldaan").map((b) => b.regelId);
 * // [ "agenda/twee-delen", "agenda/analyse-en-ambities", ... ]
 * ```
 */
export function toetsAgenda(agenda: Meerjarenagenda, opties: ToetsOpties): Toetsrapport {
  vereisVorm("toetsAgenda", agenda, { tekst: ["niveau"] }, "parseMeerjarenagenda");
  const context = maakContext(opties);
  return maakRapport(agendaBevindingen(agenda, context), context, agendaRegels);
}
