import * as z from "zod";
import { MeerjarenagendaSchema } from "../agenda/schema.js";
import { beraadVelden, Tekst } from "../beraad/schema.js";
import type { Result } from "../result.js";
import { PeildatumSchema } from "../schema-hulp.js";
import { parseSnel } from "../schema-snel.js";
import { isPeildatum } from "../tijd/peildatum.js";
import { WerkcentrumAfsprakenSchema } from "../werkcentrum/schema.js";
import type {
  Arbeidsmarktbeleid,
  Begroting,
  Begrotingspost,
  Convenant,
  ImpulsbudgetAfspraken,
  IndividueleDienstverlening,
  ConvenantLooptijd,
  MeerjarenagendaVerwijzing,
  Ondertekening,
  VrijeAfspraak,
  WinPuntAfspraken,
} from "./model.js";

/**
 * Zod-schema van het samenwerkingsconvenant (alleen in de schemas-entry). Onbekende velden
 * worden gemeld; afspraken die het model niet kent horen in `overigeAfspraken`.
 *
 * @module
 */

const cent = z.number().check(z.int({ error: "verwacht een geheel aantal eurocenten" }), z.gte(0, { error: "een bedrag kan niet negatief zijn" }));

/** Schema van de {@link Ondertekening}. */
export const OndertekeningSchema: z.ZodType<Ondertekening> = z.strictObject({
  datum: z.exactOptional(PeildatumSchema),
  plaats: z.exactOptional(z.string()),
  ondertekenaars: z.exactOptional(z.array(z.string())),
});

/**
 * Schema van de {@link ConvenantLooptijd}. Een einddatum vóór de ingangsdatum is `inconsistent`
 * (pad `looptijd.einddatum`); dezelfde dag mag (een looptijd van één dag, beide dagen inclusief).
 * Is een van beide geen geldige datum, dan meldt alleen de datumcontrole dat.
 * Het JSON Schema kan deze samenhang niet uitdrukken (zie docs/robuustheid.md).
 */
export const ConvenantLooptijdSchema: z.ZodType<ConvenantLooptijd> = z
  .strictObject({
    ingangsdatum: z.exactOptional(PeildatumSchema),
    einddatum: z.exactOptional(PeildatumSchema),
    toelichting: z.exactOptional(z.string()),
  })
  .check(
    z.superRefine((l, ctx) => {
      // Alleen twee geldige datums vergelijken: een ongeldige heeft al een eigen melding.
      if (isPeildatum(l.ingangsdatum) && isPeildatum(l.einddatum) && l.einddatum < l.ingangsdatum) {
        ctx.addIssue({ code: "custom", message: `de einddatum (${l.einddatum}) ligt vóór de ingangsdatum (${l.ingangsdatum})`, params: { code: "inconsistent" }, path: ["einddatum"], input: l.einddatum });
      }
    }),
  )
  .meta({
    description:
      "Looptijd van het convenant: ingangsdatum en einddatum (tot en met; zonder einddatum onbepaalde tijd). Een einddatum vóór de ingangsdatum weigert parseConvenant (inconsistent); dit JSON Schema kan dat niet controleren.",
  });

/** Schema van de {@link MeerjarenagendaVerwijzing}. */
export const MeerjarenagendaVerwijzingSchema: z.ZodType<MeerjarenagendaVerwijzing> = z.strictObject({
  status: z.enum(["vastgesteld", "in-voorbereiding"]),
  vastgesteldOp: z.exactOptional(PeildatumSchema),
  beoogdeVaststelling: z.exactOptional(PeildatumSchema),
  verwijzing: z.exactOptional(z.string()),
  toelichting: z.exactOptional(z.string()),
});

/** Schema van het {@link Arbeidsmarktbeleid}. */
export const ArbeidsmarktbeleidSchema: z.ZodType<Arbeidsmarktbeleid> = z.strictObject({
  meerjarenagenda: z.exactOptional(MeerjarenagendaVerwijzingSchema),
  onderwerpenRegionaalWerkbedrijf: z.exactOptional(z.boolean()),
  themas: z.exactOptional(z.array(z.string())),
  toelichting: z.exactOptional(z.string()),
});

/** Schema van de {@link IndividueleDienstverlening}. */
export const IndividueleDienstverleningSchema: z.ZodType<IndividueleDienstverlening> = z.strictObject({
  toegestaan: z.boolean(),
  alleenBijUitzondering: z.exactOptional(z.boolean()),
  aanvullendOpRegulier: z.exactOptional(z.boolean()),
  toelichting: z.exactOptional(z.string()),
});

/** Schema van de {@link ImpulsbudgetAfspraken}. */
export const ImpulsbudgetAfsprakenSchema: z.ZodType<ImpulsbudgetAfspraken> = z.strictObject({
  besluitvorming: z.exactOptional(z.enum(["regionaal-beraad", "centrumgemeente", "anders"])),
  formeelVerantwoordelijke: z.exactOptional(z.string()),
  inkoopEnSubsidiekaders: z.exactOptional(z.enum(["centrumgemeente", "per-uitvoerende-partner", "anders"])),
  individueleDienstverlening: z.exactOptional(IndividueleDienstverleningSchema),
  toelichting: z.exactOptional(z.string()),
});

/** Schema van een {@link Begrotingspost}. */
export const BegrotingspostSchema: z.ZodType<Begrotingspost> = z.strictObject({
  omschrijving: Tekst,
  betaler: z.exactOptional(z.string()),
  budget: z.exactOptional(z.string()),
  bedragCent: z.exactOptional(cent.meta({ description: "Bedrag in gehele eurocenten (€ 135.000 = 13500000)." })),
  inKind: z.exactOptional(z.boolean()),
  toelichting: z.exactOptional(z.string()),
});

/** Schema van de {@link Begroting}. */
export const BegrotingSchema: z.ZodType<Begroting> = z.strictObject({
  posten: z.exactOptional(z.array(BegrotingspostSchema)),
  totaleKostenWerkcentrum: z.exactOptional(
    z.strictObject({
      bedragCent: z.exactOptional(cent),
      jaar: z.exactOptional(z.number().check(z.int(), z.gte(2024), z.lte(2100))),
      toelichting: z.exactOptional(z.string()),
    }),
  ),
  surplus: z.exactOptional(z.string()),
  toelichting: z.exactOptional(z.string()),
});

/** Schema van de {@link WinPuntAfspraken}. */
export const WinPuntAfsprakenSchema: z.ZodType<WinPuntAfspraken> = z.strictObject({
  afspraken: z.exactOptional(z.string()),
  vorm: z.exactOptional(z.enum(["geintegreerd", "samenwerking", "apart"])),
  bijlage: z.exactOptional(z.string()),
  geenAfsprakenReden: z.exactOptional(z.string()),
});

/** Schema van een {@link VrijeAfspraak}. */
export const VrijeAfspraakSchema: z.ZodType<VrijeAfspraak> = z.strictObject({
  titel: Tekst,
  tekst: z.string(),
  artikel: z.exactOptional(z.string()),
});

/** Schema van een {@link Convenant}. */
export const ConvenantSchema: z.ZodType<Convenant> = z
  .strictObject({
    $schema: z.exactOptional(z.string()),
    ...beraadVelden,
    titel: z.exactOptional(z.string()),
    ondertekening: z.exactOptional(OndertekeningSchema),
    looptijd: z.exactOptional(ConvenantLooptijdSchema),
    werkcentrum: z.exactOptional(WerkcentrumAfsprakenSchema),
    werkcentrumDocument: z.exactOptional(z.string()),
    meerjarenagenda: z.exactOptional(MeerjarenagendaSchema),
    arbeidsmarktbeleid: z.exactOptional(ArbeidsmarktbeleidSchema),
    impulsbudget: z.exactOptional(ImpulsbudgetAfsprakenSchema),
    begroting: z.exactOptional(BegrotingSchema),
    gegevensdeling: z.exactOptional(z.string()),
    winPunt: z.exactOptional(WinPuntAfsprakenSchema),
    evaluatie: z.exactOptional(z.string()),
    besluitvorming: z.exactOptional(z.string()),
    geschillen: z.exactOptional(z.string()),
    toeEnUittreding: z.exactOptional(z.string()),
    overigeAfspraken: z.exactOptional(z.array(VrijeAfspraakSchema)),
    toelichting: z.exactOptional(z.string()),
  })
  .meta({ description: "Regionaal samenwerkingsconvenant: partijen met hun rol en de afspraken van het Regionaal Beraad." });

/** Hint bij een onbekend veld in een convenant. */
export const CONVENANT_HINT = "afspraken die het model niet kent horen in 'overigeAfspraken' (titel, tekst)";

/**
 * Leest een samenwerkingsconvenant uit onbetrouwbare invoer (JSON of YAML, al geparseerd): het
 * getypeerde convenant, of een lijst problemen met pad en Nederlandse melding. Onbekende velden
 * worden gemeld. Nooit een uitzondering; geen nabewerking bij succes.
 *
 * @example
 * ```ts
 * import { parseConvenant } from "arbeidsmarktinfra/schemas";
 * const r = parseConvenant({ regio: "Rijnmond", partijen: [{ naam: "UWV", soort: "uwv", rol: "lid" }] });
 * if (!r.ok) r.issues[0]?.message; // "partijen[0].rol: verwacht een van \"kernpartner\", …"
 * ```
 */
export function parseConvenant(invoer: unknown): Result<Convenant> {
  return parseSnel(ConvenantSchema, invoer, CONVENANT_HINT);
}
