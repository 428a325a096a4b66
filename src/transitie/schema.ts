import * as z from "zod";
import { RegiocodeSchema, TekstSchema } from "../agenda/schema.js";
import type { Result } from "../result.js";
import { PeildatumSchema, veiligParse } from "../schema-hulp.js";
import type { Declaratie, GemeldeStap, OudLoket, RmtInkoopViaUwv, Transitiedossier, VerantwoordingPersoneleInzet } from "./model.js";

/**
 * Zod-schema's voor de transitiegegevens van een regio. Alleen de schemas-entry importeert
 * dit bestand.
 *
 * @module
 */

const CentSchema = z
  .number()
  .int({ error: "verwacht een geheel aantal eurocenten (bijv. 1250000 voor € 12.500)" })
  .min(0)
  .max(Number.MAX_SAFE_INTEGER)
  .meta({ description: "Bedrag in gehele eurocenten" });

const DeclaratieSchema: z.ZodType<Declaratie> = z.strictObject({
  partij: TekstSchema,
  ingediendOp: PeildatumSchema,
  bedrag: CentSchema,
  omschrijving: z.exactOptional(z.string()),
});

const RmtInkoopSchema: z.ZodType<RmtInkoopViaUwv> = z
  .strictObject({
    omschrijving: TekstSchema,
    ingekochtDoor: TekstSchema,
    startdatum: PeildatumSchema,
    einddatum: z.exactOptional(PeildatumSchema),
  })
  .check(
    z.superRefine((x, ctx) => {
      if (x.einddatum !== undefined && x.einddatum < x.startdatum) {
        ctx.addIssue({ code: "custom", message: `de einddatum (${x.einddatum}) ligt vóór de startdatum (${x.startdatum})`, params: { code: "inconsistent" }, path: ["einddatum"], input: x.einddatum });
      }
    }),
  );

const VerantwoordingSchema: z.ZodType<VerantwoordingPersoneleInzet> = z.strictObject({
  organisatie: TekstSchema,
  soort: z.exactOptional(z.enum(["gemeente", "uwv", "werkgeversorganisatie", "werknemersorganisatie"])),
  ingediendOp: z.exactOptional(PeildatumSchema),
});

/** Schema van een oud loket (RMT, Leerwerkloket, WSP); ook gebruikt voor `Werkcentrum.vervangt`. */
export const OudLoketSchema: z.ZodType<OudLoket> = z.strictObject({
  soort: z.enum(["rmt", "leerwerkloket", "wsp"]),
  naam: TekstSchema,
  status: z.enum(["actief", "in-afbouw", "opgegaan-in-werkcentrum", "gesloten"]),
  website: z.exactOptional(z.string()),
  toelichting: z.exactOptional(z.string()),
});

const GemeldeStapSchema: z.ZodType<GemeldeStap> = z.strictObject({
  onderwerp: z.enum(["planvorming", "governance", "financieel", "huisvesting", "personeel", "dienstverlening", "ict-privacy", "communicatie"]),
  fase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  gereedOp: z.exactOptional(PeildatumSchema),
  toelichting: z.exactOptional(z.string()),
});

/** Schema van een {@link Transitiedossier}. */
export const TransitiedossierSchema: z.ZodType<Transitiedossier> = z.strictObject({
  regio: RegiocodeSchema,
  naam: z.exactOptional(TekstSchema),
  declaraties: z.exactOptional(z.array(DeclaratieSchema)),
  rmtInkoopViaUwv: z.exactOptional(z.array(RmtInkoopSchema)),
  verantwoordingPersoneleInzet2024: z.exactOptional(z.array(VerantwoordingSchema)),
  oudeLoketten: z.exactOptional(z.array(OudLoketSchema)),
  stappenplan: z.exactOptional(
    z.array(GemeldeStapSchema).check(
      z.superRefine((lijst, ctx) => {
        const gezien = new Map<string, number>();
        lijst.forEach((s, i) => {
          const k = `${s.onderwerp}/${s.fase}`;
          const eerder = gezien.get(k);
          if (eerder === undefined) gezien.set(k, i);
          else ctx.addIssue({ code: "custom", message: `stap ${s.onderwerp} fase ${s.fase} komt dubbel voor (ook op positie ${eerder})`, params: { code: "dubbel" }, path: [i], input: s });
        });
      }),
    ),
  ),
});

/**
 * Leest de transitiegegevens van een regio uit onbetrouwbare invoer (JSON of YAML). Nooit een
 * uitzondering: een {@link Result} met Nederlandse meldingen en paden.
 *
 * @example
 * ```ts
 * import { parseTransitiedossier } from "arbeidsmarktinfra/schemas";
 * const r = parseTransitiedossier({ regio: "AM05", declaraties: [{ partij: "Gemeente X", ingediendOp: "2025-11-31", bedrag: 100 }] });
 * if (!r.ok) r.issues[0]?.message; // "declaraties[0].ingediendOp: 2025-11-31 is geen bestaande datum: november 2025 heeft 30 dagen"
 * ```
 */
export function parseTransitiedossier(invoer: unknown): Result<Transitiedossier> {
  return veiligParse(TransitiedossierSchema, invoer, "zie docs/transitie.md voor de velden van een transitiedossier");
}
