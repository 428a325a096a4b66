import * as z from "zod";
import { PeildatumSchema, veiligParse } from "../schema-hulp.js";
import { controleerPeildatum } from "./peildatum.js";
import type { Result } from "../result.js";
import type { Instellingen } from "./instellingen.js";
import { PARAMETER_IDS } from "./instellingen-controle.js";

/** De ids van alle parameters die overschreven kunnen worden (een onbekend id is een fout, geen stille no-op). */
const parameterIds = PARAMETER_IDS;

/** Schema van een parameteroverschrijving. */
export const ParameterOverschrijvingSchema = z.strictObject({
  waarde: z.union([z.number(), z.string()]),
  geldigVanaf: z.exactOptional(PeildatumSchema),
  geldigTot: z.exactOptional(PeildatumSchema),
  toelichting: z.exactOptional(z.string()),
});

/** Schema van {@link Instellingen}. */
export const InstellingenSchema: z.ZodType<Instellingen> = z.strictObject({
  inwerkingtreding: z.exactOptional(
    z
      .string()
      .check(
        z.superRefine((v, ctx) => {
          const issue = v === "onbekend" ? undefined : controleerPeildatum(v, []);
          if (issue) ctx.addIssue({ code: "custom", message: `${issue.message.replace(/^peildatum: /, "")}; of "onbekend"`, params: { code: issue.code }, input: v });
        }),
      )
      .meta({ description: 'Datum JJJJ-MM-DD of "onbekend"', pattern: "^(\\d{4}-\\d{2}-\\d{2}|onbekend)$" }),
  ),
  parameters: z.exactOptional(
    z
      .record(z.string(), z.union([ParameterOverschrijvingSchema, z.array(ParameterOverschrijvingSchema)]))
      .check(
        z.superRefine((r, ctx) => {
          for (const id of Object.keys(r)) {
            if (!parameterIds.includes(id)) {
              ctx.addIssue({ code: "custom", path: [id], message: `onbekende parameter ${JSON.stringify(id)}; bekend zijn: ${parameterIds.join(", ")}`, params: { code: "onbekend-veld" }, input: id });
            }
          }
        }),
      )
      .meta({ propertyNames: { enum: parameterIds } }),
  ),
  verloopvensterMaanden: z.exactOptional(z.number().int().min(0).max(60)),
  wwEindeVensterMaanden: z.exactOptional(z.number().int().min(0).max(24)),
});

/** Leest instellingen uit onbetrouwbare invoer (bijv. een JSON-bestand). */
export function parseInstellingen(invoer: unknown): Result<Instellingen> {
  return veiligParse(InstellingenSchema, invoer);
}
