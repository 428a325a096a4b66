import { citeer, type Citaat } from "../bronnen/citaat.js";
import { OngeldigeInvoerFout, vereisVorm } from "../result.js";
import { controleerPeildatum, type Peildatum } from "../tijd/peildatum.js";
import { vereisLijst, vereisObject } from "../vorm.js";
import type { GemeldeStap, StappenplanFase, StappenplanOnderwerp, Transitiedossier } from "./model.js";

/**
 * Het stappenplan richting Werkcentrum Twente (HRT §3.2): acht onderwerpen in drie fasen. Het
 * is een **voorbeeld uit één regio** ("Voor elk op te richten Werkcentrum zal de volgorde er
 * verschillend uit kunnen zien"); een overzicht ertegen is daarom hoogstens een advies.
 *
 * @module
 */

/** Een fase van het stappenplan met de periode uit de kop van de tabel. */
export interface StappenplanFaseDef {
  readonly fase: StappenplanFase;
  /** De periode zoals de tabel hem noemt: `Eind 2024`, `2025`, `Vanaf 2026`. */
  readonly periode: string;
  /** Eerste dag van de fase; `null` voor fase 1 (de tabel noemt alleen "eind 2024"). */
  readonly vanaf: Peildatum | null;
  /** Laatste dag van de fase; `null` voor fase 3 (doorlopend, "vanaf 2026"). */
  readonly tot: Peildatum | null;
}

/** Een onderwerp van het stappenplan met de tekst van de drie cellen, zoals in de bron. */
export interface StappenplanOnderwerpDef {
  readonly id: StappenplanOnderwerp;
  readonly naam: string;
  /** Celteksten voor fase 1, 2 en 3 (letterlijk uit HRT §3.2). */
  readonly stappen: readonly [string, string, string];
  readonly toelichting?: string;
}

/** Het stappenplan Twente als gegevens. */
export interface Stappenplan {
  readonly titel: string;
  readonly grondslag: "voorbeeld";
  readonly bron: Citaat;
  readonly toelichting: string;
  readonly fasen: readonly StappenplanFaseDef[];
  readonly onderwerpen: readonly StappenplanOnderwerpDef[];
}

/** Bron van het stappenplan richting Werkcentrum Twente (een voorbeeld uit één regio). */
export const STAPPENPLAN_BRON: Citaat = citeer("HRT", "§3.2 'Stappenplan richting Werkcentrum Twente'", "Hieronder is een voorbeeld opgenomen van een stappenplan richting een Werkcentrum.");

/** Het stappenplan richting Werkcentrum Twente (HRT §3.2, "Stapsgewijs naar een werkcentrum"). */
export const stappenplanTwente: Stappenplan = {
  titel: "Stapsgewijs naar een werkcentrum (stappenplan richting Werkcentrum Twente)",
  grondslag: "voorbeeld",
  bron: STAPPENPLAN_BRON,
  toelichting:
    "Voorbeeld uit één regio (Twente). De handreiking: 'Voor elk op te richten Werkcentrum zal de volgorde er verschillend uit kunnen zien, maar het overzicht van de onderwerpen is waarschijnlijk voor alle arbeidsmarktregio’s herkenbaar.' Fase 1 loopt tot eind 2024, fase 2 is 2025, fase 3 loopt vanaf 2026 door.",
  fasen: [
    { fase: 1, periode: "Eind 2024", vanaf: null, tot: "2024-12-31" as Peildatum },
    { fase: 2, periode: "2025", vanaf: "2025-01-01" as Peildatum, tot: "2025-12-31" as Peildatum },
    { fase: 3, periode: "Vanaf 2026", vanaf: "2026-01-01" as Peildatum, tot: null },
  ],
  onderwerpen: [
    { id: "planvorming", naam: "Planvorming", stappen: ["Uitvoeringsplan voor 2025", "Regionale meerjarenagenda", "Uitvoeringsplan per jaar o.b.v. meerjarenagenda"] },
    { id: "governance", naam: "Governance", stappen: ["Samenwerkingsconvenant", "Opstarten Regionaal Beraad", "Definitieve managementstructuur"] },
    {
      id: "financieel",
      naam: "Financieel",
      stappen: ["Werkbegroting", "Opstarten Regionaal Beraad", "Nieuwe (tijdelijke) middelen aanboren"],
      toelichting: "In de tekst van de handreiking staat bij Financieel in fase 2 dezelfde cel als bij Governance ('Opstarten Regionaal Beraad'), mogelijk een samengevoegde cel.",
    },
    { id: "huisvesting", naam: "Huisvesting", stappen: ["Uitwerken huisvestingsconcept", "Huisvesting zoeken", "Gidsrol en fysieke locatie(s) operationeel"] },
    { id: "personeel", naam: "Personeel", stappen: ["Nieuwe afspraken over personeel", "Realisatie gidsrol", "Continue verbetering van kennis en vaardigheden"] },
    { id: "dienstverlening", naam: "Dienstverlening", stappen: ["Continuering van dienstverlening", "Samenwerking met sociale partners op VWNW", "Intensivering publiek-private samenwerking"] },
    { id: "ict-privacy", naam: "ICT & Privacy", stappen: ["Omni-channel dienstverlening", "Service Blueprint methode", "Ontwikkelingen bewaken en begeleiden"] },
    { id: "communicatie", naam: "Communicatie", stappen: ["Communicatiestrategie voor 2025", "Regionale merkstrategie", "Communicatie bijhouden en beheren"] },
  ],
};

/**
 * Status van een stap op een peildatum:
 * - `gereed`: gereed gemeld (zonder datum, of op of vóór de peildatum);
 * - `achter`: de fase is voorbij en de stap is niet gereed;
 * - `lopend`: de fase loopt (of fase 1, die geen begindatum heeft) en de stap is niet gereed;
 * - `nog-niet`: de fase is nog niet begonnen.
 */
export type StapStatus = "gereed" | "achter" | "lopend" | "nog-niet";

/** Status van een onderwerp: `achter` als een stap achter is, `gereed` als alle drie gereed zijn, anders `op-schema`. */
export type OnderwerpStatus = "gereed" | "op-schema" | "achter";

/** Eén cel van het overzicht. */
export interface StapOverzicht {
  readonly fase: StappenplanFase;
  readonly periode: string;
  /** De tekst van de cel in de bron. */
  readonly stap: string;
  readonly status: StapStatus;
  readonly gereedOp?: Peildatum;
  /** Index van de melding in `stappenplan` van het dossier. */
  readonly melding?: number;
}

/** Eén onderwerp van het overzicht. */
export interface OnderwerpOverzicht {
  readonly onderwerp: StappenplanOnderwerp;
  readonly naam: string;
  readonly status: OnderwerpStatus;
  readonly stappen: readonly StapOverzicht[];
}

/** Het gereedheidsoverzicht tegen het stappenplan Twente op een peildatum. */
export interface StappenplanOverzicht {
  readonly peildatum: Peildatum;
  readonly titel: string;
  /** Altijd `voorbeeld`: het stappenplan is een voorbeeld uit één regio. */
  readonly grondslag: "voorbeeld";
  readonly bron: Citaat;
  readonly toelichting: string;
  /** Of de regio stappen heeft gemeld. */
  readonly gemeld: boolean;
  readonly onderwerpen: readonly OnderwerpOverzicht[];
}

function stapStatus(f: StappenplanFaseDef, melding: GemeldeStap | undefined, peildatum: Peildatum): StapStatus {
  if (melding !== undefined && (melding.gereedOp === undefined || melding.gereedOp <= peildatum)) return "gereed";
  // Stryker disable next-line ConditionalExpression: equivalent, een datumtekst vergeleken met null is onwaar (de controle is er voor TypeScript)
  if (f.tot !== null && peildatum > f.tot) return "achter";
  if (f.vanaf === null || peildatum >= f.vanaf) return "lopend";
  return "nog-niet";
}

/**
 * Het gereedheidsoverzicht van een regio tegen het stappenplan Twente (HRT §3.2) op een
 * peildatum: per onderwerp de drie stappen met hun status, uit wat de regio gereed meldt in
 * `stappenplan`. Een voorbeeld uit één regio (grondslag `voorbeeld`), geen norm.
 *
 * @example
 * ```ts
 * import { stappenplanOverzicht } from "arbeidsmarktinfra";
 * const o = stappenplanOverzicht(
 *   { stappenplan: [{ onderwerp: "governance", fase: 1, gereedOp: "2024-11-15" }] },
 *   { peildatum: "2025-03-01" },
 * );
 * o.onderwerpen.find((x) => x.onderwerp === "governance")?.status; // "op-schema"
 * o.onderwerpen.find((x) => x.onderwerp === "financieel")?.status; // "achter" (werkbegroting niet gemeld)
 * ```
 */
export function stappenplanOverzicht(dossier: Pick<Transitiedossier, "stappenplan">, opties: { readonly peildatum: string }): StappenplanOverzicht {
  vereisVorm("stappenplanOverzicht", dossier, {}, "parseTransitiedossier");
  const issue = controleerPeildatum(opties?.peildatum);
  if (issue) throw new OngeldigeInvoerFout(issue);
  const peildatum = opties.peildatum as Peildatum;
  const gemeld = dossier.stappenplan ?? [];
  vereisLijst(["stappenplan"], gemeld);
  for (const [i, m] of gemeld.entries()) {
    vereisObject(["stappenplan", i], m);
    if (m.gereedOp !== undefined) {
      const fout = controleerPeildatum(m.gereedOp, ["stappenplan", i, "gereedOp"]);
      if (fout) throw new OngeldigeInvoerFout(fout);
    }
  }
  const onderwerpen = stappenplanTwente.onderwerpen.map((o): OnderwerpOverzicht => {
    const stappen = stappenplanTwente.fasen.map((f): StapOverzicht => {
      const index = gemeld.findIndex((m) => m.onderwerp === o.id && m.fase === f.fase);
      const melding = gemeld[index];
      return {
        fase: f.fase,
        periode: f.periode,
        // Stryker disable next-line StringLiteral: onbereikbaar, elk onderwerp heeft precies drie stappen (fase 1 tot en met 3)
        stap: o.stappen[f.fase - 1] ?? "",
        status: stapStatus(f, melding, peildatum),
        ...(melding?.gereedOp !== undefined && { gereedOp: melding.gereedOp as Peildatum }),
        ...(melding !== undefined && { melding: index }),
      };
    });
    const status: OnderwerpStatus = stappen.some((s) => s.status === "achter") ? "achter" : stappen.every((s) => s.status === "gereed") ? "gereed" : "op-schema";
    return { onderwerp: o.id, naam: o.naam, status, stappen };
  });
  return {
    peildatum,
    titel: stappenplanTwente.titel,
    grondslag: "voorbeeld",
    bron: STAPPENPLAN_BRON,
    toelichting: stappenplanTwente.toelichting,
    gemeld: gemeld.length > 0,
    onderwerpen,
  };
}
