import type { Citaat } from "../bronnen/citaat.js";
import { vereisEenVan } from "../vorm.js";
import { organisatiesoorten, rollen, type Organisatiesoort, type Rol } from "./model.js";

/**
 * Welke rol een soort organisatie in (de samenwerking rond) het Regionaal Beraad kan hebben,
 * volgens de bronnen, met citaat. Referentiedata; de regels in `regels.ts` gebruiken dit.
 *
 * @module
 */

/** Kernpartners volgens de Kamerbrief van 2024. */
export const KERNPARTNERS_KB2024: Citaat = {
  bron: "KB2024",
  plaats: "§4 'Het Landelijk en Regionaal Beraad'",
  citaat:
    "Het Regionaal Beraad bestaat tenminste uit (centrum)gemeenten, UWV, SBB, sociale partners en onderwijspartijen (een aangewezen contactschool, ingevuld door het ROC tenzij anders regionaal afgesproken).",
};

/** Kernpartners volgens de handreiking (§1.3): de wet- en regelgeving zal ze noemen. */
export const KERNPARTNERS_HRT: Citaat = {
  bron: "HRT",
  plaats: "§1.3 'Het Regionaal Beraad'",
  citaat: "omdat kernpartners in de wet- en regelgeving genoemd zullen worden",
};

/** Kernpartners in de begrippenlijst. */
export const KERNPARTNERS_BEGRIPPENLIJST: Citaat = {
  bron: "HRT",
  plaats: "Bijlage 1, begrippenlijst 'Regionaal Beraad'",
  citaat: "Kernpartners zijn (centrum)gemeenten, UWV, SBB, sociale partners (werkgeversorganisaties en vakbonden) en onderwijspartijen",
};

/** De minimale bezetting komt in het Besluit SUWI. */
export const MINIMALE_BEZETTING_BESLUIT_SUWI: Citaat = {
  bron: "KB2024",
  plaats: "§4 'Het Landelijk en Regionaal Beraad'",
  citaat: "De minimale bezetting van het Regionaal Beraad, de kaders voor het modelconvenant en de functionele regierol van de centrumgemeente voor de werking van het Regionaal Beraad worden vastgelegd in het Besluit SUWI.",
};

/** De lijst van mogelijke strategische partners (uit de handreiking Model Samenwerkingsconvenant). */
export const STRATEGISCHE_PARTNERS_HRT: Citaat = {
  bron: "HRT",
  plaats: "§1.3, kader 'Strategische partners conform de handreiking Model Samenwerkingsconvenant Arbeidsmarktregio'",
  citaat: "uitzendorganisaties verenigd in de ABU en /of de NBBU; re-integratiebedrijven",
};

/** Het beraad is vrij in de keuze van strategische partners. */
export const STRATEGISCHE_PARTNERS_KB2024: Citaat = {
  bron: "KB2024",
  plaats: "§4 'Het Landelijk en Regionaal Beraad'",
  citaat: "Het Regionaal Beraad is vrij in keuze om strategische partners in de regio aan te laten sluiten.",
};

/** Sociaal ontwikkelbedrijven als belangrijke strategische partner. */
export const SOCIAAL_ONTWIKKELBEDRIJF_KB2024: Citaat = {
  bron: "KB2024",
  plaats: "§4 'Het Landelijk en Regionaal Beraad'",
  citaat: "De sociaal ontwikkelbedrijven zien wij als een belangrijke strategische partner.",
};

/** Toelating van een strategische partner na besluit van de kernpartners. */
export const TOELATING_STRATEGISCHE_PARTNER: Citaat = {
  bron: "HRT",
  plaats: "Bijlage 1, begrippenlijst 'Strategische partners Regionaal Beraad'",
  citaat: "na besluit van de kernpartners in het Regionaal Beraad zitting hebben in het Regionaal Beraad",
};

/** Samenwerkingspartners: uitvoering van het Werkcentrum of een thematafel. */
export const SAMENWERKINGSPARTNERS_HRT: Citaat = {
  bron: "HRT",
  plaats: "§1.3 'Het Regionaal Beraad'",
  citaat:
    "Ook kunnen andere samenwerkingspartners (niet strategische partners) in de arbeidsmarktregio worden betrokken bij de uitvoering van het Werkcentrum of als partner bij een thematafel.",
};

/** De begrippenlijst noemt samenwerkingspartners wél bij de samenstelling van het beraad. */
export const SAMENWERKINGSPARTNERS_BEGRIPPENLIJST: Citaat = {
  bron: "HRT",
  plaats: "Bijlage 1, begrippenlijst 'Regionaal Beraad'",
  citaat: "Het Regionaal Beraad bestaat uit kernpartners en mogelijk ook strategische partners of samenwerkingspartners.",
};

/** Andere partijen in een adviesrol (2022). */
export const ADVIESROL_KB2022: Citaat = {
  bron: "KB2022",
  plaats: "'Een gezamenlijke governance- en ondersteuningsstructuur'",
  citaat: "kunnen andere regionale arbeidsmarktpartijen in een adviesrol betrekken bij besluitvorming",
};

/** Hoe zeker een rol voor een soort is. */
export type RolStatus = "toegestaan" | "niet-toegestaan" | "niet-genoemd";

/** Of een soort organisatie een rol kan hebben, met voorwaarde, toelichting en bronnen. */
export interface RolToelating {
  /**
   * - `toegestaan`: de bronnen noemen deze soort in deze rol;
   * - `niet-toegestaan`: de bronnen sluiten het uit (de kernpartners zijn een gesloten lijst);
   * - `niet-genoemd`: de bronnen noemen het niet; een mens moet beoordelen.
   */
  readonly status: RolStatus;
  /** Extra voorwaarde uit de bron, bijv. lidmaatschap van een koepel. */
  readonly voorwaarde?: string;
  readonly toelichting: string;
  readonly bronnen: readonly Citaat[];
}

/** Koepels die de handreiking noemt bij een soort strategische partner. */
export const KOEPELS: Readonly<Partial<Record<Organisatiesoort, readonly string[]>>> = {
  uitzendorganisatie: ["ABU", "NBBU"],
  verzuimbegeleiding: ["OVAL"],
  "private-opleider": ["NRTO"],
};

const KERN: readonly Citaat[] = [KERNPARTNERS_KB2024, KERNPARTNERS_BEGRIPPENLIJST, KERNPARTNERS_HRT];

/* @__NO_SIDE_EFFECTS__ */
function kernpartnerJa(wie: string, voorwaarde?: string): RolToelating {
  return {
  status: "toegestaan",
  toelichting: `${wie} is kernpartner van het Regionaal Beraad.`,
  bronnen: KERN,
  ...(voorwaarde !== undefined && { voorwaarde }),
  };
}

/* @__NO_SIDE_EFFECTS__ */
function kernpartnerNee(wie: string): RolToelating {
  return {
  status: "niet-toegestaan",
  toelichting: `${wie} staat niet in de lijst van kernpartners; die lijst zal in de wet- en regelgeving staan.`,
  bronnen: KERN,
  };
}

/* @__NO_SIDE_EFFECTS__ */
function strategischJa(wie: string, extra: readonly Citaat[] = [], voorwaarde?: string): RolToelating {
  return {
  status: "toegestaan",
  toelichting: `${wie} staat in de lijst van mogelijke strategische partners van de handreiking.`,
  bronnen: [STRATEGISCHE_PARTNERS_HRT, ...extra],
  ...(voorwaarde !== undefined && { voorwaarde }),
  };
}

/* @__NO_SIDE_EFFECTS__ */
function strategischAlsKernsoort(wie: string): RolToelating {
  return {
  status: "niet-genoemd",
  toelichting: `${wie} is een soort kernpartner; de bronnen noemen deze soort niet als strategische partner. Overweeg de rol kernpartner.`,
  bronnen: [KERNPARTNERS_KB2024, STRATEGISCHE_PARTNERS_HRT],
  };
}

const SAMENWERKING: RolToelating = {
  status: "toegestaan",
  toelichting: "Elke organisatie kan als samenwerkingspartner meewerken aan de uitvoering van het Werkcentrum of aan een thematafel.",
  bronnen: [SAMENWERKINGSPARTNERS_HRT],
};

const ADVIES: RolToelating = {
  status: "toegestaan",
  toelichting: "De partijen in het beraad kunnen andere regionale arbeidsmarktpartijen in een adviesrol bij de besluitvorming betrekken.",
  bronnen: [ADVIESROL_KB2022],
};

/* @__NO_SIDE_EFFECTS__ */
function rij(kernpartner: RolToelating, strategisch: RolToelating): Readonly<Record<Rol, RolToelating>> {
  return {
  kernpartner,
  "strategische-partner": strategisch,
  samenwerkingspartner: SAMENWERKING,
  adviseur: ADVIES,
  };
}

/**
 * Per soort organisatie en per rol: toegestaan, niet toegestaan of niet genoemd, met bronnen.
 * Een provincie kan bijvoorbeeld strategische partner zijn, nooit kernpartner.
 */
export const rolToelatingen: Readonly<Record<Organisatiesoort, Readonly<Record<Rol, RolToelating>>>> = {
  gemeente: rij(kernpartnerJa("Een (centrum)gemeente"), strategischAlsKernsoort("Een gemeente")),
  uwv: rij(kernpartnerJa("UWV"), strategischAlsKernsoort("UWV")),
  sbb: rij(kernpartnerJa("SBB"), strategischAlsKernsoort("SBB")),
  werkgeversorganisatie: rij(kernpartnerJa("Een werkgeversorganisatie (sociale partner)"), strategischAlsKernsoort("Een werkgeversorganisatie")),
  werknemersorganisatie: rij(kernpartnerJa("Een werknemersorganisatie (vakbond, sociale partner)"), strategischAlsKernsoort("Een werknemersorganisatie")),
  onderwijsinstelling: rij(
    kernpartnerJa("De aangewezen contactschool", "alleen als aangewezen contactschool (een ROC, tenzij anders regionaal afgesproken)"),
    {
      status: "niet-genoemd",
      toelichting:
        "De onderwijspartijen zitten in het beraad via één contactschool; de handreiking noemt als strategische partner alleen private opleiders (NRTO). De Kamerbrief noemt opleidingsinstituten wel als belangrijke partners.",
      bronnen: [STRATEGISCHE_PARTNERS_HRT, KERNPARTNERS_KB2024],
    },
  ),
  "sociaal-ontwikkelbedrijf": rij(kernpartnerNee("Een sociaal ontwikkelbedrijf"), strategischJa("Een sociaal ontwikkelbedrijf", [SOCIAAL_ONTWIKKELBEDRIJF_KB2024])),
  provincie: rij(kernpartnerNee("De provincie"), strategischJa("De provincie")),
  uitzendorganisatie: rij(kernpartnerNee("Een uitzendorganisatie"), strategischJa("Een uitzendorganisatie", [], "verenigd in de ABU en/of de NBBU")),
  "re-integratiebedrijf": rij(kernpartnerNee("Een re-integratiebedrijf"), strategischJa("Een re-integratiebedrijf")),
  verzuimbegeleiding: rij(kernpartnerNee("Een verzuimbegeleidingsorganisatie"), strategischJa("Een verzuimbegeleidingsorganisatie", [], "verenigd in OVAL")),
  "private-opleider": rij(kernpartnerNee("Een private opleider"), strategischJa("Een private opleider", [], "verenigd in NRTO")),
  brancheorganisatie: rij(kernpartnerNee("Een brancheorganisatie"), strategischJa("Een brancheorganisatie")),
  overig: rij(kernpartnerNee("Deze organisatie"), {
    status: "niet-genoemd",
    toelichting: "Het beraad is vrij in de keuze van strategische partners, maar de handreiking noemt deze soort niet.",
    bronnen: [STRATEGISCHE_PARTNERS_KB2024, STRATEGISCHE_PARTNERS_HRT],
  }),
};

/**
 * Of een soort organisatie een rol kan hebben, volgens de bronnen.
 *
 * @example
 * ```ts
 * import { rolToegestaan } from "arbeidsmarktinfra";
 * rolToegestaan("provincie", "strategische-partner").status; // "toegestaan"
 * rolToegestaan("provincie", "kernpartner").status; // "niet-toegestaan"
 * rolToegestaan("overig", "strategische-partner").status; // "niet-genoemd"
 * ```
 */
export function rolToegestaan(soort: Organisatiesoort, rol: Rol): RolToelating {
  vereisEenVan(["soort"], soort, organisatiesoorten);
  vereisEenVan(["rol"], rol, rollen);
  return rolToelatingen[soort][rol];
}
