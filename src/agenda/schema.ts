import * as z from "zod";
import { arbeidsmarktregios, vindRegio } from "../regio/regio.js";
import type { Result } from "../result.js";
import { PeildatumSchema, veiligParse } from "../schema-hulp.js";
import type {
  Actie,
  Ambitie,
  Arbeidsmarktanalyse,
  Beleidsagenda,
  GroepKeuze,
  ImpulsbudgetPost,
  Indicator,
  Looptijd,
  Meerjarenagenda,
  Monitoring,
  NietVerbonden,
  Uitvoeringsagenda,
  Verbindingen,
  Verwijzing,
} from "./model.js";

/**
 * Zod-schema's voor de meerjarenagenda. Alleen de schemas-entry importeert dit bestand.
 *
 * @module
 */

/** Niet-lege tekst (niet alleen spaties). */
export const TekstSchema = z.string().regex(/\S/, { error: "mag niet leeg zijn" });

const REGIOCODES = new Set(arbeidsmarktregios.map((r) => r.code));

/** CBS-code van een arbeidsmarktregio (`AM01`..`AM38`, niet elk nummer bestaat). */
export const RegiocodeSchema = z
  .string()
  .check(
    z.superRefine((v, ctx) => {
      if (REGIOCODES.has(v)) return;
      const r = vindRegio(v);
      ctx.addIssue({
        code: "custom",
        message: r
          ? `verwacht de CBS-code van de arbeidsmarktregio, niet de naam: bedoelt u ${r.code} (${r.naam})?`
          : `onbekende arbeidsmarktregio ${JSON.stringify(v)}; verwacht een CBS-code als AM30 (zie arbeidsmarktinfra regio <naam>)`,
        params: { code: "ongeldige-waarde" },
        input: v,
      });
    }),
  )
  .meta({ description: "CBS-code van de arbeidsmarktregio, bijv. AM30", pattern: "^AM\\d{2}$" });

/** Meldt dubbele waarden in een lijst (op een sleutel) als probleem `dubbel` op het pad van het tweede voorkomen. */
function uniek<T>(lijst: readonly T[], sleutel: (x: T) => string | undefined, veld: string, wat: string, ctx: z.core.$RefinementCtx): void {
  const gezien = new Map<string, number>();
  lijst.forEach((x, i) => {
    const k = sleutel(x);
    if (k === undefined) return;
    const eerder = gezien.get(k);
    if (eerder === undefined) gezien.set(k, i);
    else ctx.addIssue({ code: "custom", message: `${wat} ${JSON.stringify(k)} komt dubbel voor (ook op positie ${eerder})`, params: { code: "dubbel" }, path: [i, veld], input: k });
  });
}

const LooptijdSchema: z.ZodType<Looptijd> = z
  .strictObject({ vanaf: PeildatumSchema, tot: PeildatumSchema })
  .check(
    z.superRefine((l, ctx) => {
      if (l.tot < l.vanaf) {
        ctx.addIssue({ code: "custom", message: `de looptijd eindigt (${l.tot}) vóór ze begint (${l.vanaf})`, params: { code: "inconsistent" }, path: ["tot"], input: l.tot });
      }
    }),
  );

const KwetsbareGroepSchema = z.enum(["arbeidsbeperking", "migratieachtergrond", "jongeren", "ouderen", "arbeidsmigranten", "ggz-problematiek", "ex-gedetineerden"]);
const CrucialeSectorSchema = z.enum(["zorg", "onderwijs", "kinderopvang", "veiligheid"]);
const VerbindingOnderwerpSchema = z.enum([
  "cruciale-sectoren",
  "klimaat-en-digitale-transitie",
  "human-capital-agendas",
  "economic-boards",
  "school-naar-duurzaam-werk",
  "ontwikkelpaden",
  "impulsbudget",
]);

const ArbeidsmarktanalyseSchema: z.ZodType<Arbeidsmarktanalyse> = z.strictObject({
  omschrijving: TekstSchema,
  datum: z.exactOptional(PeildatumSchema),
  bronnen: z.exactOptional(z.array(TekstSchema)),
  document: z.exactOptional(TekstSchema),
});

const AmbitieSchema: z.ZodType<Ambitie> = z.strictObject({
  id: TekstSchema,
  titel: TekstSchema,
  omschrijving: z.exactOptional(z.string()),
  doelgroepen: z.exactOptional(z.array(KwetsbareGroepSchema)),
  sectoren: z.exactOptional(z.array(CrucialeSectorSchema)),
});

const BeleidsagendaSchema: z.ZodType<Beleidsagenda> = z.strictObject({
  vastgesteldOp: z.exactOptional(PeildatumSchema),
  looptijd: z.exactOptional(LooptijdSchema),
  arbeidsmarktanalyse: z.exactOptional(ArbeidsmarktanalyseSchema),
  ambities: z.exactOptional(z.array(AmbitieSchema).check(z.superRefine((l, ctx) => uniek(l, (x) => x.id, "id", "ambitie-id", ctx)))),
});

const ActieSchema: z.ZodType<Actie> = z.strictObject({
  id: z.exactOptional(TekstSchema),
  titel: TekstSchema,
  omschrijving: z.exactOptional(z.string()),
  ambities: z.exactOptional(z.array(TekstSchema)),
  partners: z.exactOptional(z.array(TekstSchema)),
  meerderePartijenNodig: z.exactOptional(z.boolean()),
  doelgroepen: z.exactOptional(z.array(KwetsbareGroepSchema)),
});

const UitvoeringsagendaSchema: z.ZodType<Uitvoeringsagenda> = z.strictObject({
  vastgesteldOp: z.exactOptional(PeildatumSchema),
  looptijd: z.exactOptional(LooptijdSchema),
  acties: z.exactOptional(z.array(ActieSchema).check(z.superRefine((l, ctx) => uniek(l, (x) => x.id, "id", "actie-id", ctx)))),
});

const IndicatorSchema: z.ZodType<Indicator> = z.strictObject({
  naam: TekstSchema,
  soort: z.enum(["kwantitatief", "kwalitatief"]),
  ambities: z.exactOptional(z.array(TekstSchema)),
  bron: z.exactOptional(z.string()),
  toelichting: z.exactOptional(z.string()),
});

const MonitoringSchema: z.ZodType<Monitoring> = z.strictObject({
  indicatoren: z.array(IndicatorSchema),
  toelichting: z.exactOptional(z.string()),
});

const GroepKeuzeSchema: z.ZodType<GroepKeuze> = z.discriminatedUnion("keuze", [
  z.strictObject({ groep: KwetsbareGroepSchema, keuze: z.literal("opgenomen"), toelichting: z.exactOptional(z.string()) }),
  z.strictObject({ groep: KwetsbareGroepSchema, keuze: z.literal("bewust-niet-opgenomen"), reden: TekstSchema }),
]);

const VerwijzingSchema: z.ZodType<Verwijzing> = z.strictObject({
  naam: TekstSchema,
  toelichting: z.exactOptional(z.string()),
  ambities: z.exactOptional(z.array(TekstSchema)),
});

const ImpulsbudgetPostSchema: z.ZodType<ImpulsbudgetPost> = z.strictObject({
  jaar: z.number().int().min(2000).max(2100),
  bedrag: z
    .number()
    .int({ error: "verwacht een geheel aantal eurocenten (bijv. 25000000 voor € 250.000)" })
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .meta({ description: "Bedrag in gehele eurocenten" }),
  omschrijving: TekstSchema,
  acties: z.exactOptional(z.array(TekstSchema)),
});

const NietVerbondenSchema: z.ZodType<NietVerbonden> = z.strictObject({ onderwerp: VerbindingOnderwerpSchema, reden: TekstSchema });

const VerbindingenSchema: z.ZodType<Verbindingen> = z.strictObject({
  kwetsbareGroepen: z.exactOptional(z.array(GroepKeuzeSchema).check(z.superRefine((l, ctx) => uniek(l, (x) => x.groep, "groep", "groep", ctx)))),
  crucialeSectoren: z.exactOptional(z.array(CrucialeSectorSchema)),
  klimaatEnDigitaleTransitie: z.exactOptional(z.array(VerwijzingSchema)),
  humanCapitalAgendas: z.exactOptional(z.array(VerwijzingSchema)),
  economicBoards: z.exactOptional(z.array(VerwijzingSchema)),
  schoolNaarDuurzaamWerk: z.exactOptional(z.array(VerwijzingSchema)),
  ontwikkelpaden: z.exactOptional(z.array(VerwijzingSchema)),
  winPunt: z.exactOptional(VerwijzingSchema),
  impulsbudget: z.exactOptional(z.array(ImpulsbudgetPostSchema)),
  nietVerbonden: z.exactOptional(z.array(NietVerbondenSchema).check(z.superRefine((l, ctx) => uniek(l, (x) => x.onderwerp, "onderwerp", "onderwerp", ctx)))),
});

const basis = {
  titel: z.exactOptional(TekstSchema),
  vastgesteldDoor: z.exactOptional(z.enum(["landelijk-beraad", "regionaal-beraad", "regionaal-werkbedrijf", "ander-orgaan"])),
  beleidsagenda: z.exactOptional(BeleidsagendaSchema),
  uitvoeringsagenda: z.exactOptional(UitvoeringsagendaSchema),
  monitoring: z.exactOptional(MonitoringSchema),
  verbindingen: z.exactOptional(VerbindingenSchema),
};

/** Schema van een {@link Meerjarenagenda} (landelijk of regionaal, op `niveau`). */
export const MeerjarenagendaSchema: z.ZodType<Meerjarenagenda> = z.discriminatedUnion("niveau", [
  z.strictObject({ niveau: z.literal("landelijk"), ...basis }),
  z.strictObject({ niveau: z.literal("regionaal"), regio: RegiocodeSchema, ...basis }),
]);

/**
 * Leest een meerjarenagenda uit onbetrouwbare invoer (bijv. een JSON- of YAML-bestand). Nooit
 * een uitzondering: een {@link Result} met Nederlandse meldingen en paden; onbekende velden
 * worden gemeld.
 *
 * @example
 * ```ts
 * import { parseMeerjarenagenda } from "arbeidsmarktinfra/schemas";
 * const r = parseMeerjarenagenda({ niveau: "regionaal", regio: "Zuid-Limburg" });
 * if (!r.ok) r.issues[0]?.message; // "regio: verwacht de CBS-code van de arbeidsmarktregio, niet de naam: bedoelt u AM30 (Zuid-Limburg)?"
 * ```
 */
export function parseMeerjarenagenda(invoer: unknown): Result<Meerjarenagenda> {
  return veiligParse(MeerjarenagendaSchema, invoer, "zie docs/meerjarenagenda.md voor de velden van een meerjarenagenda");
}
