import { citeer, type Citaat } from "../bronnen/citaat.js";
import { formatPad, OngeldigeInvoerFout, type IssueCode } from "../result.js";
import type { Instellingen } from "./instellingen.js";
import { controleerInstellingen } from "./instellingen-controle.js";
import { overschrijvingOp, parameterOp, waarde, type Parameter, type ParameterStatus } from "./parameters.js";
import { datumControle, type Ondergrens } from "./overschrijving.js";
import type { Peildatum } from "./peildatum.js";

const INWERKINGTREDING_ID = "wet.inwerkingtreding";
/** De standaardwaarde van {@link inwerkingtredingWet} (los, zodat `fase` de bronteksten niet in een bundel haalt). */
const INWERKINGTREDING_BEOOGD = "2026-07-01" as Peildatum;

/** Begin van de transitieperiode: het einde van de RMT-regeling en de Rijksfinanciering van de Leerwerkloketten. */
export const BEGIN_TRANSITIE = "2025-01-01" as Peildatum;

/**
 * De vroegste datum van inwerkingtreding: het begin van de transitieperiode (de transitieperiode
 * loopt tot de inwerkingtreding). Voor de controle van `instellingen.inwerkingtreding` en van
 * `instellingen.parameters["wet.inwerkingtreding"]`, hier en in `parseInstellingen`.
 *
 * @internal
 */
export const INWERKINGTREDING_ONDERGRENS: Ondergrens = { datum: BEGIN_TRANSITIE, omschrijving: "het begin van de transitieperiode" };

/** De controle van een ingestelde datum van inwerkingtreding (een datum, niet vóór {@link INWERKINGTREDING_ONDERGRENS}, zonder periode). */
const INWERKINGTREDING_CONTROLE = /* @__PURE__ */ datumControle(INWERKINGTREDING_ONDERGRENS);

/**
 * De datum waarop de wijziging van de Wet SUWI (en het Besluit SUWI) in werking treedt.
 * Standaard `2026-07-01` met status `beoogd` (HRT); eerder was `2026-01-01` beoogd (KB2024).
 * Volgens NOTA2026 (11 maart 2026) zou het wetsvoorstel pas eind maart 2026 naar de Raad van State gaan, dus
 * 2026-07-01 is niet meer haalbaar; een nieuwe datum is niet bekend. Overschrijf met
 * `instellingen.inwerkingtreding`.
 */
export const inwerkingtredingWet: Parameter<Peildatum> = {
  id: INWERKINGTREDING_ID,
  titel: "Inwerkingtreding wijziging Wet SUWI (hervorming arbeidsmarktinfrastructuur)",
  eenheid: "datum",
  ondergrens: INWERKINGTREDING_ONDERGRENS,
  waarden: [
    waarde(INWERKINGTREDING_BEOOGD, "beoogd", citeer("HRT", "§1.2", "De beoogde inwerkingtreding van deze wetgeving is 1 juli 2026."), {
      toelichting: "Beoogd sinds de informatiesessie van 18 oktober 2024 (S4); ook in de handreiking (HRT Vooraf, §1.2, §5.3).",
    }),
  ],
  eerdereLezingen: [
    {
      waarde: "2026-01-01" as Peildatum,
      status: "beoogd",
      bron: citeer("KB2024", "Wat zijn de volgende stappen?", "met 1 januari 2026 als beoogde inwerkingtredingsdatum"),
      vervangenDoor: citeer("S4", "opening", "inwerkingtreding een half jaar later: van 1-1-2026 naar 1-7-2026"),
    },
  ],
  opmerkingen: [
    {
      tekst:
        "In maart 2026 was het wetsvoorstel net aan de ministerraad aangeboden en zou het naar de Raad van State gaan. Daaruit volgt dat 1 juli 2026 niet haalbaar is (een afleiding; de nota zegt dat niet zelf en noemt geen nieuwe datum).",
      bron: citeer("NOTA2026", "punt 2", "MR heeft aangeboden en dat vóór de verzending van deze brief aan de Raad van State wordt aangeboden"),
    },
  ],
};

/**
 * Wat er mis is met een ingestelde inwerkingtreding (`instellingen.inwerkingtreding`): een
 * bestaande datum `JJJJ-MM-DD` vanaf {@link BEGIN_TRANSITIE}, of `"onbekend"`. Tekst zonder
 * veldnaam; `undefined` als de waarde goed is. Gedeeld met `parseInstellingen`.
 *
 * @internal
 */
export function inwerkingtredingProbleem(waarde: unknown): { readonly code: IssueCode; readonly tekst: string } | undefined {
  if (waarde === "onbekend") return undefined;
  const p = INWERKINGTREDING_CONTROLE.waarde(waarde);
  return p && { code: p.code, tekst: `${p.tekst}; of gebruik "onbekend"` };
}

/**
 * De inwerkingtreding op twee plekken (`inwerkingtreding` én een overschrijving van de parameter
 * `wet.inwerkingtreding`): de bibliotheek kiest dan niet stil een van beide. Gedeeld met
 * `parseInstellingen`; `undefined` als er geen dubbele opgave is.
 *
 * @internal
 */
export function dubbeleInwerkingtreding(instellingen: Pick<Instellingen, "inwerkingtreding" | "parameters">): { readonly pad: readonly string[]; readonly tekst: string } | undefined {
  if (instellingen.inwerkingtreding === undefined || instellingen.parameters?.[INWERKINGTREDING_ID] === undefined) return undefined;
  return {
    pad: ["parameters", INWERKINGTREDING_ID],
    tekst: "de inwerkingtreding staat ook in instellingen.inwerkingtreding; geef haar op één plek op (de bibliotheek kiest niet tussen twee opgaven)",
  };
}

/** Bron van het begin van de transitieperiode. */
export const beginTransitieBron: Citaat = citeer(
  "HRT",
  "§1.2",
  "is er vanaf 1 januari 2025 tot 1 juli 2026 een transitieperiode",
);

/** De inwerkingtreding zoals die geldt bij de gegeven instellingen. */
export interface Inwerkingtreding {
  /** De datum, of `null` als die als onbekend is ingesteld. */
  readonly datum: Peildatum | null;
  /** `beoogd` (standaard), of `instelling` als de gebruiker hem opgaf. */
  readonly status: ParameterStatus | "instelling";
  readonly herkomst: "standaard" | "instelling";
  readonly bron?: Citaat;
  /** Opmerkingen uit bronnen (bijv. dat de datum zal verschuiven). */
  readonly opmerkingen: readonly { readonly tekst: string; readonly bron: Citaat }[];
}

/**
 * De datum van inwerkingtreding bij de gegeven instellingen.
 * Gooit {@link OngeldigeInvoerFout} bij een ongeldige of te vroege datum in de instellingen.
 */
export function inwerkingtreding(instellingen?: Instellingen): Inwerkingtreding {
  // Instellingen zijn onveranderlijke invoer: het antwoord per object kan bewaard worden.
  if (instellingen === undefined) return (standaard ??= bepaalInwerkingtreding(undefined));
  let a = cache.get(instellingen);
  // Stryker disable next-line ConditionalExpression: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde
  if (a === undefined) {
    a = bepaalInwerkingtreding(instellingen);
    cache.set(instellingen, a);
  }
  return a;
}

let standaard: Inwerkingtreding | undefined;
const cache = /* @__PURE__ */ new WeakMap<Instellingen, Inwerkingtreding>();

function bepaalInwerkingtreding(instellingen: Instellingen | undefined): Inwerkingtreding {
  const datum = inwerkingtredingsdatum(instellingen); // controleert de instellingen
  // Stryker disable next-line ArrayDeclaration: onbereikbaar, de parameter wet.inwerkingtreding heeft opmerkingen
  const opmerkingen = inwerkingtredingWet.opmerkingen ?? [];
  if (instellingen?.inwerkingtreding !== undefined) return { datum, status: "instelling", herkomst: "instelling", opmerkingen };
  // De waarde heeft geen geldigheidsperiode: elke datum geeft dezelfde lezing (of een
  // overschrijving via instellingen.parameters["wet.inwerkingtreding"]).
  const a = parameterOp(inwerkingtredingWet, BEGIN_TRANSITIE, instellingen);
  // Stryker disable next-line ConditionalExpression,StringLiteral: onbereikbare verdediging, de standaardwaarde en elke overschrijving zonder periode gelden op elke datum
  if (a.soort !== "waarde") throw new Error("interne fout: geen standaardwaarde voor wet.inwerkingtreding");
  return {
    datum: a.waarde,
    status: a.status,
    herkomst: a.herkomst,
    ...(a.bron !== undefined && { bron: a.bron }),
    opmerkingen,
  };
}

/**
 * Alleen de datum van {@link inwerkingtreding} (of `null` bij `"onbekend"`), zonder status en
 * bronnen: wat `fase` en `routeer` nodig hebben. Zo komt de parametertabel met bronteksten
 * alleen in een bundel als `inwerkingtreding` zelf gebruikt wordt. Gooit
 * {@link OngeldigeInvoerFout} bij ongeldige instellingen, net als `inwerkingtreding`.
 *
 * @internal
 */
export function inwerkingtredingsdatum(instellingen: Instellingen | undefined): Peildatum | null {
  if (instellingen === undefined) return INWERKINGTREDING_BEOOGD;
  let d = datums.get(instellingen);
  // Stryker disable next-line ConditionalExpression: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde
  if (d === undefined) {
    d = { datum: bepaalDatum(instellingen) };
    datums.set(instellingen, d);
  }
  return d.datum;
}

const datums = /* @__PURE__ */ new WeakMap<Instellingen, { readonly datum: Peildatum | null }>();

function bepaalDatum(instellingen: Instellingen): Peildatum | null {
  controleerInstellingen(instellingen);
  const ingesteld = instellingen.inwerkingtreding;
  if (ingesteld !== undefined) {
    const dubbel = dubbeleInwerkingtreding(instellingen);
    if (dubbel) {
      const pad = ["instellingen", ...dubbel.pad];
      throw new OngeldigeInvoerFout({ code: "inconsistent", path: pad, message: `${formatPad(pad)}: ${dubbel.tekst}` });
    }
    const p = inwerkingtredingProbleem(ingesteld);
    if (p) throw new OngeldigeInvoerFout({ code: p.code, path: ["instellingen", "inwerkingtreding"], message: `instellingen.inwerkingtreding: ${p.tekst}` });
    return ingesteld === "onbekend" ? null : (ingesteld as Peildatum);
  }
  // De overschrijving heeft geen periode (een datumparameter; overschrijvingOp weigert er een): die van de begindatum geldt altijd.
  const o = overschrijvingOp(INWERKINGTREDING_ID, INWERKINGTREDING_CONTROLE, BEGIN_TRANSITIE, instellingen);
  return (o?.waarde as Peildatum | undefined) ?? INWERKINGTREDING_BEOOGD;
}
