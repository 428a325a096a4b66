import type { Regel, RegelUitkomst, ToetsContext } from "../bevinding/model.js";
import { agendaRegels } from "../agenda/regels.js";
import { beraadRegels, regioVan } from "../beraad/regels.js";
import type { Citaat } from "../bronnen/citaat.js";
import { bedIn, leeg, uitkomst, zelfdeNaam, zoekRegioSnel } from "../regelhulp.js";
import type { Pad } from "../result.js";
import type { Werkcentrum } from "../werkcentrum/model.js";
import { nogNietInWerking, REGELS_VANAF_INWERKINGTREDING, werkcentrumRegels } from "../werkcentrum/regels.js";
import type { Convenant } from "./model.js";

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

/** 7. Het convenant legt de samenwerking in het Werkcentrum van deze regio vast. */
export const werkcentrumVastgelegd: Regel<Convenant> = {
  id: "convenant/werkcentrum-vastgelegd",
  titel: "Het convenant legt de samenwerking in het Werkcentrum vast",
  beschrijving:
    "Het Regionaal Beraad maakt afspraken over de invulling van de samenwerking in het Werkcentrum en legt die vast in het convenant: in het convenant zelf (onderdeel `werkcentrum`) of in een apart document waarnaar het verwijst (`werkcentrumDocument`). Een Werkcentrum van een andere regio telt niet.",
  grondslag: "beleid",
  bron: SAMENWERKING_WERKCENTRUM,
  andereBronnen: [{ bron: "HRT", plaats: "§1.3 'Het Werkcentrum'", citaat: "De manier waarop partijen in de arbeidsmarktregio met elkaar samenwerken wordt vastgelegd in een samenwerkingsconvenant." }],
  hint: "Neem het onderdeel `werkcentrum` op (naam, toegangspoort, kanalen, gidsfunctie, werkgeversdienstverlening) of verwijs met `werkcentrumDocument` naar het document.",
  toets(c) {
    const w = c.werkcentrum;
    if (w !== undefined) {
      if (w.regio !== undefined) {
        const eigen = regioVan(c);
        const z = zoekRegioSnel(w.regio);
        if (z.soort === "onbekend") return [uitkomst("niet-voldaan", ["werkcentrum", "regio"], `Onbekende arbeidsmarktregio ${JSON.stringify(w.regio)} bij het Werkcentrum.`)];
        if (eigen !== undefined && z.regio.code !== eigen.code) {
          return [uitkomst("niet-voldaan", ["werkcentrum", "regio"], `Het Werkcentrum hoort bij ${z.regio.naam}, het convenant bij ${eigen.naam}.`, { gegevens: { gevonden: z.regio.code, verwacht: eigen.code } })];
        }
      }
      return [uitkomst("voldaan", ["werkcentrum"], `Het convenant legt de samenwerking in het Werkcentrum vast${w.naam ? ` (${w.naam})` : ""}.`)];
    }
    if (!leeg(c.werkcentrumDocument)) {
      return [uitkomst("voldaan", ["werkcentrumDocument"], `De samenwerking in het Werkcentrum staat in een apart document: ${c.werkcentrumDocument}.`)];
    }
    return [uitkomst("niet-voldaan", ["werkcentrum"], "Het convenant legt de samenwerking in het Werkcentrum niet vast.")];
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

/** 9. Het Regionaal Beraad beslist samen over het impulsbudget; de centrumgemeente is formeel verantwoordelijk. */
export const impulsbudgetBesluitvorming: Regel<Convenant> = {
  id: "convenant/impulsbudget-besluitvorming",
  titel: "Het Regionaal Beraad beslist samen over het impulsbudget; de centrumgemeente is formeel verantwoordelijk",
  beschrijving:
    "Over het tijdelijke impulsbudget beslist het Regionaal Beraad in gezamenlijkheid. De middelen lopen via de centrumgemeente, die in formele zin de verantwoordelijkheid heeft (en het functioneel beheer).",
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
    if (ib.besluitvorming === undefined) uit.push(uitkomst("niet-voldaan", ["impulsbudget", "besluitvorming"], "Niet vastgelegd wie over de besteding van het impulsbudget beslist."));
    else if (ib.besluitvorming !== "regionaal-beraad") {
      uit.push(uitkomst("niet-voldaan", ["impulsbudget", "besluitvorming"], `Over het impulsbudget beslist volgens het convenant ${ib.besluitvorming === "centrumgemeente" ? "de centrumgemeente" : "iemand anders"}; het Regionaal Beraad beslist in gezamenlijkheid.`, { gegevens: { gevonden: ib.besluitvorming, verwacht: "regionaal-beraad" } }));
    } else uit.push(uitkomst("voldaan", ["impulsbudget", "besluitvorming"], "Het Regionaal Beraad beslist in gezamenlijkheid over het impulsbudget."));
    const cg = centrumgemeente(c);
    if (leeg(ib.formeelVerantwoordelijke)) {
      uit.push(uitkomst("niet-voldaan", ["impulsbudget", "formeelVerantwoordelijke"], `Niet vastgelegd wie formeel verantwoordelijk is voor het impulsbudget${cg ? ` (verwacht: ${cg.naam})` : ""}.`));
    } else if (cg === undefined) {
      uit.push(uitkomst("beoordelen", ["impulsbudget", "formeelVerantwoordelijke"], `${ib.formeelVerantwoordelijke} is formeel verantwoordelijk, maar er is geen centrumgemeente aangewezen (zie beraad/een-centrumgemeente-met-regie).`));
    } else if (zelfdeNaam(ib.formeelVerantwoordelijke!, cg.naam) || (cg.gemeente !== undefined && zelfdeNaam(ib.formeelVerantwoordelijke!, cg.gemeente))) {
      uit.push(uitkomst("voldaan", ["impulsbudget", "formeelVerantwoordelijke"], `De centrumgemeente ${cg.naam} is formeel verantwoordelijk voor het impulsbudget.`));
    } else {
      uit.push(
        uitkomst("niet-voldaan", ["impulsbudget", "formeelVerantwoordelijke"], `${ib.formeelVerantwoordelijke} is formeel verantwoordelijk voor het impulsbudget; dat is de centrumgemeente ${cg.naam}.`, {
          gegevens: { gevonden: ib.formeelVerantwoordelijke, verwacht: cg.naam },
        }),
      );
    }
    return uit;
  },
};

/** 9b. De inkoop- en subsidiekaders van de centrumgemeente gelden. */
export const impulsbudgetKaders: Regel<Convenant> = {
  id: "convenant/impulsbudget-kaders-centrumgemeente",
  titel: "Bij het impulsbudget gelden de inkoop- en subsidiekaders van de centrumgemeente",
  beschrijving:
    "Omdat het impulsbudget een decentralisatie-uitkering aan de centrumgemeente is, gelden de bestaande inkoop- en subsidiekaders van de centrumgemeente, ook wanneer partners (ook private kernpartners of strategische partners) het werk uitvoeren.",
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
    if (ib.inkoopEnSubsidiekaders === undefined) return [uitkomst("niet-voldaan", pad, "Niet vastgelegd welke inkoop- en subsidiekaders bij het impulsbudget gelden.")];
    if (ib.inkoopEnSubsidiekaders !== "centrumgemeente") {
      return [uitkomst("niet-voldaan", pad, `Volgens het convenant gelden de kaders ${ib.inkoopEnSubsidiekaders}; het zijn die van de centrumgemeente, ook als partners het werk uitvoeren.`, { gegevens: { gevonden: ib.inkoopEnSubsidiekaders, verwacht: "centrumgemeente" } })];
    }
    return [uitkomst("voldaan", pad, "De inkoop- en subsidiekaders van de centrumgemeente gelden.")];
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

/** 14. Een begroting legt vast wie wat betaalt, uit welk budget. */
export const begroting: Regel<Convenant> = {
  id: "convenant/begroting",
  titel: "Een begroting legt vast wie wat betaalt, uit welk budget",
  beschrijving:
    "Vroegtijdig een begroting en kostenverdeling maken wordt aangeraden, vastgelegd in het convenant of een samenwerkingsovereenkomst: wie wat betaalt, wat ten laste komt van welk budget en welke in-kind bijdragen er zijn. Een advies, geen verplichting.",
  grondslag: "handreiking",
  bron: BEGROTING,
  andereBronnen: [{ bron: "HRT", plaats: "Hoofdstuk 2", citaat: "Vroegtijdig een begroting maken wordt aangeraden." }],
  hint: "Neem een begroting op met per post de betaler en het budget.",
  toets(c) {
    const b = c.begroting;
    if (b === undefined) return [uitkomst("niet-voldaan", ["begroting"], "Het convenant bevat geen begroting of kostenverdeling.")];
    const posten = b.posten ?? [];
    if (posten.length === 0) return [uitkomst("niet-voldaan", ["begroting", "posten"], "De begroting heeft geen posten.")];
    const namen = c.partijen.map((p) => p.naam);
    const uit: RegelUitkomst[] = [];
    posten.forEach((p, i) => {
      const pad = (veld: string): Pad => ["begroting", "posten", i, veld];
      if (leeg(p.betaler)) uit.push(uitkomst("niet-voldaan", pad("betaler"), `Post ${JSON.stringify(p.omschrijving)}: niet vastgelegd wie betaalt.`));
      else if (!namen.some((n) => zelfdeNaam(n, p.betaler!))) {
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

/** Datum waarop alle regio's op basis van een regionale meerjarenagenda werken (HRT §1.3). */
export const MEERJARENAGENDA_UITERLIJK = "2026-01-01";

/** 15. Er is een regionale meerjarenagenda (verwezen of afgesproken). */
export const meerjarenagenda: Regel<Convenant> = {
  id: "convenant/meerjarenagenda",
  titel: "Het convenant verwijst naar de regionale meerjarenagenda of spreekt die af",
  beschrijving:
    "Het Regionaal Beraad stelt de regionale meerjarenagenda vast. Het convenant verwijst naar de vastgestelde agenda (met datum of verwijzing) of spreekt af dat die er komt; vanaf 1 januari 2026 is de inzet dat elke regio op basis van een vastgestelde regionale meerjarenagenda werkt. Bevat het convenant de agenda zelf (`meerjarenagenda`), dan moet dat de regionale agenda van dezelfde regio zijn; de regels agenda/* toetsen dan de inhoud.",
  grondslag: "beleid",
  bron: { bron: "KB2024", plaats: "§4 'Het Landelijk en Regionaal Beraad'", citaat: "Het Regionaal Beraad stelt de regionale meerjarenagenda vast." },
  andereBronnen: [{ bron: "HRT", plaats: "§1.3 'De landelijke meerjarenagenda'", citaat: "De inzet is om in alle arbeidsmarktregio's per 1 januari 2026 te werken op basis van een regionale meerjarenagenda." }],
  hint: "Vul `arbeidsmarktbeleid.meerjarenagenda` in (status, vastgesteldOp en verwijzing), of neem de regionale agenda van deze regio zelf op in `meerjarenagenda`.",
  toets(c, ctx) {
    const ingebed = ingebeddeAgenda(c);
    const pad: Pad = ["arbeidsmarktbeleid", "meerjarenagenda"];
    const m = c.arbeidsmarktbeleid?.meerjarenagenda;
    if (m === undefined) return ingebed ?? [uitkomst("niet-voldaan", pad, "Het convenant verwijst niet naar een regionale meerjarenagenda.")];
    return [...(ingebed ?? []), ...verwezenAgenda(m, pad, ctx)];
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

/** De agenda waarnaar het convenant verwijst of die het afspreekt. */
function verwezenAgenda(m: NonNullable<NonNullable<Convenant["arbeidsmarktbeleid"]>["meerjarenagenda"]>, pad: Pad, ctx: ToetsContext): RegelUitkomst[] {
  if (m.status === "vastgesteld") {
    if (leeg(m.vastgesteldOp) && leeg(m.verwijzing)) return [uitkomst("niet-voldaan", [...pad, "vastgesteldOp"], "De meerjarenagenda heet vastgesteld, maar datum en verwijzing ontbreken.")];
    // Stryker disable next-line ConditionalExpression: equivalent, undefined > peildatum is onwaar (de controle is er voor TypeScript)
    if (m.vastgesteldOp !== undefined && m.vastgesteldOp > ctx.peildatum) {
      return [uitkomst("niet-voldaan", [...pad, "vastgesteldOp"], `De meerjarenagenda wordt op ${m.vastgesteldOp} vastgesteld, na de peildatum ${ctx.peildatum}.`, { gegevens: { gevonden: m.vastgesteldOp, peildatum: ctx.peildatum } })];
    }
    return [uitkomst("voldaan", pad, `De regionale meerjarenagenda is vastgesteld${m.vastgesteldOp ? ` op ${m.vastgesteldOp}` : ""}${m.verwijzing ? ` (${m.verwijzing})` : ""}.`)];
  }
  if (ctx.peildatum >= MEERJARENAGENDA_UITERLIJK) {
    return [
      uitkomst("niet-voldaan", [...pad, "status"], `De meerjarenagenda is op ${ctx.peildatum} nog in voorbereiding; de inzet was per ${MEERJARENAGENDA_UITERLIJK} te werken op basis van een vastgestelde regionale meerjarenagenda.`, {
        gegevens: { gevonden: m.status, uiterlijk: MEERJARENAGENDA_UITERLIJK },
      }),
    ];
  }
  return [uitkomst("voldaan", pad, `Het convenant spreekt een regionale meerjarenagenda af${m.beoogdeVaststelling ? ` (beoogd ${m.beoogdeVaststelling})` : ""}; de inzet is een vastgestelde agenda per ${MEERJARENAGENDA_UITERLIJK}.`)];
}

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
  werkcentrumVastgelegd,
  impulsbudgetBesluitvorming,
  impulsbudgetKaders,
  impulsbudgetIndividueel,
  noWrongDoor,
  begroting,
  begrotingTotaleKosten,
  meerjarenagenda,
  onderwerpenRegionaalWerkbedrijf,
  winPunt,
];

/**
 * Kiest het Werkcentrum uit een convenant voor een ingebedde Werkcentrum-regel. Zonder eigen
 * regio geldt die van het convenant, en wijzen paden naar `regio` naar `/regio` van het convenant.
 */
function werkcentrumUit(c: Convenant, ctx: ToetsContext, regel: Regel<Werkcentrum>): { readonly onderdeel: Werkcentrum; readonly pad: (p: Pad) => Pad } | RegelUitkomst {
  const w = c.werkcentrum;
  if (w === undefined) {
    if (REGELS_VANAF_INWERKINGTREDING.includes(regel.id)) {
      const nvt = nogNietInWerking(ctx, ["werkcentrum"]);
      if (nvt) return nvt;
    }
    if (!leeg(c.werkcentrumDocument)) {
      return uitkomst("beoordelen", ["werkcentrumDocument"], `Het Werkcentrum staat in een apart document (${c.werkcentrumDocument}); deze regel is daarop niet getoetst.`, {
        hint: "Toets dat document met `arbeidsmarktinfra werkcentrum <bestand>`, of neem het op in het convenant.",
      });
    }
    return uitkomst("niet-van-toepassing", ["werkcentrum"], "Het convenant bevat geen Werkcentrum (zie convenant/werkcentrum-vastgelegd).");
  }
  if (w.regio !== undefined) return { onderdeel: w as Werkcentrum, pad: (p) => ["werkcentrum", ...p] };
  return { onderdeel: { ...w, regio: c.regio }, pad: (p) => (p[0] === "regio" ? p : ["werkcentrum", ...p]) };
}

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
