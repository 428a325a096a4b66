import * as z from "zod";
import { alleParameters } from "../parameters.js";
import { bedoeldeU } from "../regio/normaliseer.js";
import { PeildatumSchema, veiligParse } from "../schema-hulp.js";
import type { Result } from "../result.js";
import type { Instellingen, ParameterOverschrijving } from "./instellingen.js";
import { waardeOp } from "../schema-velden.js";
import { controleVoor, MAX_JAREN, omgekeerdePeriode, OVERSCHRIJVING_VELDEN, overschrijvingenProblemen, type Ondergrens } from "./overschrijving.js";
import type { Eenheid, Parameter } from "./parameters.js";
import { dubbeleInwerkingtreding, INWERKINGTREDING_ONDERGRENS, inwerkingtredingProbleem } from "./wet.js";

/**
 * De overschrijfbare parameters met hun eenheid en eventuele ondergrens, uit de parameters zelf:
 * één bron voor het schema en voor `parameterOp`.
 */
const OVERSCHRIJFBAAR: readonly Pick<Parameter<unknown>, "id" | "titel" | "eenheid" | "ondergrens">[] = alleParameters();
const parameterIds = OVERSCHRIJFBAAR.map((p) => p.id);

const DATUM_JSON = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", format: "date", description: "Kalenderdatum JJJJ-MM-DD (Nederlandse kalenderdatum)" } as const;

/** JSON Schema van de waarde in een eenheid (wat JSON Schema kan uitdrukken; een ondergrens voor een datum staat in de beschrijving). */
function waardeJson(eenheid: Eenheid, ondergrens: Ondergrens | undefined): Record<string, unknown> {
  switch (eenheid) {
    case "cent":
      return { type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: "Bedrag in hele eurocenten (bijv. 82739000 voor € 827.390)" };
    case "fte":
      return { type: "number", minimum: 0, description: "Aantal fte (bijv. 1.35)" };
    case "jaren":
      return { type: "number", exclusiveMinimum: 0, maximum: MAX_JAREN, description: "Aantal jaren in hele maanden (jaren × 12 is geheel), bijv. 5 of 1.5" };
    case "datum":
      return { ...DATUM_JSON, ...(ondergrens && { description: `Kalenderdatum JJJJ-MM-DD, niet vóór ${ondergrens.omschrijving} (${ondergrens.datum})` }) };
  }
}

/** JSON Schema van de overschrijving(en) van één parameter. Een datumparameter heeft geen geldigheidsperiode. */
function overschrijvingJson(p: (typeof OVERSCHRIJFBAAR)[number]): Record<string, unknown> {
  const een = {
    type: "object",
    properties: {
      waarde: waardeJson(p.eenheid, p.ondergrens),
      ...(p.eenheid !== "datum" && { geldigVanaf: DATUM_JSON, geldigTot: DATUM_JSON }),
      toelichting: { type: "string" },
    },
    required: ["waarde"],
    additionalProperties: false,
  };
  return { description: `${p.titel} (eenheid: ${p.eenheid})`, anyOf: [een, { type: "array", items: een }] };
}

/**
 * Schema van één parameteroverschrijving, los van de parameter: de vorm, bestaande datums en
 * `geldigVanaf` ≤ `geldigTot`. De waarde naar de eenheid van de parameter (eurocenten, fte,
 * datum, jaren) controleert {@link InstellingenSchema}, dat weet over welke parameter het gaat.
 */
export const ParameterOverschrijvingSchema: z.ZodType<ParameterOverschrijving> = z
  .strictObject({
    waarde: z.union([z.number(), z.string()]),
    geldigVanaf: z.exactOptional(PeildatumSchema),
    geldigTot: z.exactOptional(PeildatumSchema),
    toelichting: z.exactOptional(z.string()),
  })
  .check(
    z.superRefine((o, ctx) => {
      const p = o.geldigVanaf !== undefined && o.geldigTot !== undefined ? omgekeerdePeriode(o.geldigVanaf, o.geldigTot) : undefined;
      if (p) ctx.addIssue({ code: "custom", path: [...p.pad], message: p.tekst, params: { code: p.code }, input: o });
    }),
  );

/**
 * Schema van `instellingen.parameters`. De controle van elke overschrijving (vorm, waarde naar de
 * eenheid van de parameter, `geldigVanaf` ≤ `geldigTot`, geen overlap in een lijst) is dezelfde
 * functie die `parameterOp` en de andere functies gebruiken (`overschrijvingenProblemen`), zodat
 * wat hier door komt later niet alsnog een fout geeft of stil genegeerd wordt. Alle problemen
 * tegelijk, met pad en Nederlandse melding. Het JSON Schema noemt per parameter de eenheid.
 */
const ParametersSchema = z
  .record(z.string(), z.unknown())
  .check(
    z.superRefine((r, ctx) => {
      for (const [id, o] of Object.entries(r)) {
        const p = OVERSCHRIJFBAAR.find((x) => x.id === id);
        if (p === undefined) {
          ctx.addIssue({ code: "custom", path: [id], message: `onbekende parameter ${JSON.stringify(id)}; bekend zijn: ${parameterIds.join(", ")}${bedoeldeU(id, parameterIds, r)}`, params: { code: "onbekend-veld" }, input: id });
          continue;
        }
        for (const probleem of overschrijvingenProblemen(controleVoor(p.eenheid, p.ondergrens), o)) {
          // Het voorstel bij een onbekend veld komt hier (alleen in de schemas-entry), niet in de gedeelde controle: die zit in elke regelbundel.
          const veld = probleem.pad[probleem.pad.length - 1];
          const voorstel = probleem.code === "onbekend-veld" && typeof veld === "string" ? bedoeldeU(veld, OVERSCHRIJVING_VELDEN, (waardeOp(o, probleem.pad.slice(0, -1)) ?? {}) as object) : "";
          ctx.addIssue({ code: "custom", path: [id, ...probleem.pad], message: probleem.tekst + voorstel, params: { code: probleem.code }, input: o });
        }
      }
    }),
  )
  .meta({
    propertyNames: { enum: parameterIds },
    properties: Object.fromEntries(OVERSCHRIJFBAAR.map((p) => [p.id, overschrijvingJson(p)])),
    additionalProperties: false,
  }) as unknown as z.ZodType<Readonly<Record<string, ParameterOverschrijving | readonly ParameterOverschrijving[]>>>;
// De cast: na de controle hierboven heeft elke waarde de vorm van een overschrijving (of een lijst daarvan).

/** Schema van {@link Instellingen}. */
export const InstellingenSchema: z.ZodType<Instellingen> = z.strictObject({
  inwerkingtreding: z.exactOptional(
    z
      .string()
      .check(
        z.superRefine((v, ctx) => {
          const p = inwerkingtredingProbleem(v);
          if (p) ctx.addIssue({ code: "custom", message: p.tekst, params: { code: p.code }, input: v });
        }),
      )
      .meta({ description: `Datum JJJJ-MM-DD vanaf ${INWERKINGTREDING_ONDERGRENS.datum} (${INWERKINGTREDING_ONDERGRENS.omschrijving}), of "onbekend"`, pattern: "^(\\d{4}-\\d{2}-\\d{2}|onbekend)$" }),
  ),
  parameters: z.exactOptional(ParametersSchema),
  verloopvensterMaanden: z.exactOptional(z.number().int().min(0).max(60)),
  wwEindeVensterMaanden: z.exactOptional(z.number().int().min(0).max(24)),
}).check(
  z.superRefine((v, ctx) => {
    const dubbel = dubbeleInwerkingtreding(v);
    if (dubbel) ctx.addIssue({ code: "custom", message: dubbel.tekst, params: { code: "inconsistent" }, path: [...dubbel.pad], input: v.parameters });
  }),
);

/**
 * Leest instellingen uit onbetrouwbare invoer (bijv. een JSON-bestand), met alle problemen
 * tegelijk: onbekende velden en parameter-ids, een inwerkingtreding die geen datum (vanaf
 * 2025-01-01) of `"onbekend"` is, en per parameteroverschrijving de vorm, de waarde naar de
 * eenheid, de periode en overlap. Wat hier door komt, accepteren de functies van de bibliotheek ook.
 *
 * @example
 * ```ts
 * import { parseInstellingen } from "arbeidsmarktinfra/schemas";
 * const r = parseInstellingen({ parameters: { "regio.impulsbudget": { waarde: 827390.5 } } });
 * // { ok: false, issues: [{ code: "ongeldige-waarde", path: ["parameters", "regio.impulsbudget", "waarde"], … }] }
 * ```
 */
export function parseInstellingen(invoer: unknown): Result<Instellingen> {
  return veiligParse(InstellingenSchema, invoer);
}
