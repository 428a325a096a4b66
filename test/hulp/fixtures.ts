import type { Convenant } from "../../src/convenant/model.js";
import type { Werkcentrum, WerkcentrumAfspraken } from "../../src/werkcentrum/model.js";

/**
 * Fixtures voor de tests van beraad, Werkcentrum en convenant: een volledig, kloppend
 * (fictief) convenant en Werkcentrum voor Rijnmond, en hulpjes om er één ding aan te veranderen.
 */

/** Een Werkcentrum-onderdeel dat aan alle Werkcentrum-regels voldoet (regio van het convenant). */
export function volledigeWerkcentrumAfspraken(): WerkcentrumAfspraken {
  return {
    naam: "Werkcentrum Rijnmond",
    toegangspoort: {
      website: "https://rijnmond.werkcentrum.nl",
      email: "info@rijnmond.werkcentrum.nl",
      telefoon: "010-0000000",
      adres: "Postbus 0000, 3000 AA Rotterdam",
    },
    kanalen: [
      {
        naam: "Werkcentrum Rijnmond Zuidplein",
        soort: "flagshipstore",
        gemeente: "Rotterdam",
        bemensing: ["UWV", "Gemeente Rotterdam"],
        huisstijl: "werkcentrum",
        openingstijden: [{ dagen: ["ma", "di", "wo", "do", "vr"], van: "09:00", tot: "17:00" }],
        zonderAfspraak: true,
        publiekToegankelijk: true,
      },
      { naam: "UWV Rotterdam Centrum", soort: "dienstverleningslocatie", gemeente: "Rotterdam", beheerder: "UWV", bemensing: ["UWV"], huisstijl: "partner", publiekToegankelijk: true },
      { naam: "Stadskantoor Schiedam", soort: "informatielocatie", gemeente: "Schiedam", beheerder: "Gemeente Schiedam", bemensing: ["Gemeente Schiedam"] },
      { naam: "Display ROC", soort: "brochurelocatie" },
    ],
    gidsfunctie: {
      bezetting: [
        { partner: "UWV", soort: "uwv", fte: 1.35 },
        { partner: "Gemeente Rotterdam", soort: "gemeente", fte: 0.85 },
        { partner: "Gemeente Schiedam", soort: "gemeente", fte: 0.5 },
      ],
      extraGidsen: [
        {
          partner: "SBB",
          soort: "sbb",
          fte: 0.5,
          neutraal: true,
          alleDoelgroepen: true,
          onderAansturingWerkcentrum: true,
          volgensFunctieomschrijving: true,
          financiering: "eigen-middelen-partner",
          afsprakenGegevensdeling: "Alleen met toestemming van de bezoeker.",
        },
      ],
      taken: ["welkom-heten", "algemene-informatie", "loopbaangesprek", "in-verbinding-brengen"],
      functieomschrijving: { opgesteldDoor: ["uwv", "gemeenten"], vastgesteldOp: "2025-02-01" },
    },
    werkgeversdienstverlening: { viaWerkcentrum: true, naam: "Werkcentrum Rijnmond voor werkgevers", sbbBetrokken: true },
    vervangt: [{ soort: "wsp", naam: "WSP Rijnmond", status: "opgegaan-in-werkcentrum" }],
  };
}

/** Een los Werkcentrum dat aan alle regels voldoet. */
export function volledigWerkcentrum(): Werkcentrum {
  return { regio: "Rijnmond", ...volledigeWerkcentrumAfspraken() };
}

/** Een convenant dat aan alle regels voldoet (peildatum 2026-09-01, standaardinstellingen). */
export function volledigConvenant(): Convenant {
  return {
    titel: "Samenwerkingsconvenant Regionaal Beraad Rijnmond (fictief)",
    regio: "Rijnmond",
    ondertekening: { datum: "2025-06-19" },
    partijen: [
      {
        naam: "Gemeente Rotterdam",
        soort: "gemeente",
        rol: "kernpartner",
        gemeente: "Rotterdam",
        centrumgemeente: true,
        functioneleRegie: true,
        stemrecht: true,
        noWrongDoor: true,
        vertegenwoordigt: ["Barendrecht", "Ridderkerk"],
      },
      { naam: "Gemeente Schiedam", soort: "gemeente", rol: "kernpartner", stemrecht: true, noWrongDoor: true },
      { naam: "UWV", soort: "uwv", rol: "kernpartner", stemrecht: true, noWrongDoor: true },
      { naam: "SBB", soort: "sbb", rol: "kernpartner", stemrecht: true, noWrongDoor: true },
      { naam: "Werkgeversvereniging Rijnmond", soort: "werkgeversorganisatie", rol: "kernpartner", stemrecht: true, noWrongDoor: true },
      { naam: "Vakbond Rijnmond", soort: "werknemersorganisatie", rol: "kernpartner", stemrecht: true, noWrongDoor: true },
      { naam: "ROC Rijnmond", soort: "onderwijsinstelling", rol: "kernpartner", onderwijssoort: "roc", contactschool: true, stemrecht: true, noWrongDoor: true },
      {
        naam: "Sociaal ontwikkelbedrijf Rijnmond",
        soort: "sociaal-ontwikkelbedrijf",
        rol: "strategische-partner",
        toelating: { datum: "2025-03-13", kenmerk: "RB-2025-03/4" },
        stemrecht: true,
        noWrongDoor: true,
      },
      { naam: "Uitzendbureau Maas", soort: "uitzendorganisatie", koepel: "ABU", rol: "strategische-partner", toelating: { datum: "2025-03-13", kenmerk: "RB-2025-03/6" }, noWrongDoor: true },
      { naam: "Bibliotheek Rotterdam", soort: "overig", rol: "samenwerkingspartner", noWrongDoor: true },
      { naam: "Economic Board", soort: "overig", rol: "adviseur" },
    ],
    werkcentrum: volledigeWerkcentrumAfspraken(),
    arbeidsmarktbeleid: {
      meerjarenagenda: { status: "vastgesteld", vastgesteldOp: "2025-12-11", verwijzing: "Meerjarenagenda Rijnmond 2026-2030" },
      onderwerpenRegionaalWerkbedrijf: true,
    },
    impulsbudget: {
      besluitvorming: "regionaal-beraad",
      formeelVerantwoordelijke: "Gemeente Rotterdam",
      inkoopEnSubsidiekaders: "centrumgemeente",
      individueleDienstverlening: { toegestaan: true, alleenBijUitzondering: true, aanvullendOpRegulier: true },
    },
    begroting: {
      posten: [
        { omschrijving: "Gidsen gemeenten", betaler: "Gemeente Rotterdam", budget: "structurele DU", bedragCent: 13_500_000 },
        { omschrijving: "Gidsen UWV", betaler: "UWV", budget: "structureel budget UWV", inKind: true },
      ],
      totaleKostenWerkcentrum: { bedragCent: 61_000_000, jaar: 2026 },
    },
    winPunt: { vorm: "samenwerking", afspraken: "Wekelijks spreekuur in de flagshipstore." },
    overigeAfspraken: [{ titel: "Communicatie", tekst: "In de landelijke huisstijl." }],
  };
}

type Pad = readonly (string | number)[];

/** Een diepe kopie met op `pad` een andere waarde (`undefined` verwijdert het veld; in een lijst het element). */
export function met<T>(bron: T, pad: Pad, waarde: unknown): T {
  const kopie = structuredClone(bron) as unknown;
  let o = kopie as Record<string | number, unknown>;
  for (const d of pad.slice(0, -1)) o = o[d] as Record<string | number, unknown>;
  const laatste = pad[pad.length - 1]!;
  if (waarde === undefined) {
    if (Array.isArray(o) && typeof laatste === "number") o.splice(laatste, 1);
    else delete o[laatste];
  } else o[laatste] = waarde;
  return kopie as T;
}

/** Bevriest een waarde diep (om te bewijzen dat regels hun invoer niet wijzigen). */
export function diepBevroren<T>(w: T): T {
  if (typeof w === "object" && w !== null) {
    for (const v of Object.values(w)) diepBevroren(v);
    Object.freeze(w);
  }
  return w;
}
