import * as z from "zod";
import type { Result } from "../result.js";
import { PeildatumSchema } from "../schema-hulp.js";
import { parseSnel } from "../schema-snel.js";
import {
  onderwijssoorten,
  organisatiesoorten,
  rollen,
  type Besluit,
  type Onderwijssoort,
  type Organisatiesoort,
  type Overleg,
  type Partij,
  type RegionaalBeraad,
  type Rol,
} from "./model.js";

/**
 * Zod-schema's voor het Regionaal Beraad en zijn partijen (alleen in de schemas-entry).
 *
 * @module
 */

/** Een niet-lege tekst. */
export const Tekst = z.string().check(z.minLength(1, { error: "mag niet leeg zijn" }));

/** Schema van een {@link Organisatiesoort}. */
export const OrganisatiesoortSchema: z.ZodType<Organisatiesoort> = z.enum(organisatiesoorten as [Organisatiesoort, ...Organisatiesoort[]]);

/** Schema van een {@link Rol}. */
export const RolSchema: z.ZodType<Rol> = z.enum(rollen as [Rol, ...Rol[]]);

/** Schema van een {@link Onderwijssoort}. */
export const OnderwijssoortSchema: z.ZodType<Onderwijssoort> = z.enum(onderwijssoorten as [Onderwijssoort, ...Onderwijssoort[]]);

/** Schema van een {@link Besluit}. */
export const BesluitSchema: z.ZodType<Besluit> = z.strictObject({
  datum: z.exactOptional(PeildatumSchema),
  kenmerk: z.exactOptional(z.string()),
  toelichting: z.exactOptional(z.string()),
});

/** Schema van een {@link Partij}. */
export const PartijSchema: z.ZodType<Partij> = z
  .strictObject({
    naam: Tekst,
    soort: OrganisatiesoortSchema,
    rol: RolSchema,
    gemeente: z.exactOptional(Tekst),
    centrumgemeente: z.exactOptional(z.boolean()),
    functioneleRegie: z.exactOptional(z.boolean()),
    onderwijssoort: z.exactOptional(OnderwijssoortSchema),
    contactschool: z.exactOptional(z.boolean()),
    contactschoolAfspraak: z.exactOptional(BesluitSchema),
    koepel: z.exactOptional(z.string()),
    toelating: z.exactOptional(BesluitSchema),
    stemrecht: z.exactOptional(z.boolean()),
    noWrongDoor: z.exactOptional(z.boolean()),
    vertegenwoordigt: z.exactOptional(z.array(Tekst)),
    toelichting: z.exactOptional(z.string()),
  })
  .meta({ description: "Een partij met haar soort en rol (kernpartner, strategische-partner, samenwerkingspartner, adviseur)." });

/** Schema van een {@link Overleg} (thematafel, werkgroep, voorbereidend overleg). */
export const OverlegSchema: z.ZodType<Overleg> = z.strictObject({
  naam: Tekst,
  onderwerp: z.exactOptional(z.string()),
  deelnemers: z.exactOptional(z.array(z.string())),
  toelichting: z.exactOptional(z.string()),
});

/** De velden van een Regionaal Beraad; het convenant neemt ze over. */
export const beraadVelden = {
  regio: Tekst.meta({ description: "Arbeidsmarktregio: CBS-code (AM22), CBS-naam (Rijnmond) of bekende alias." }),
  partijen: z.array(PartijSchema),
  thematafels: z.exactOptional(z.array(OverlegSchema)),
  werkgroepen: z.exactOptional(z.array(OverlegSchema)),
  voorbereidendeOverleggen: z.exactOptional(z.array(OverlegSchema)),
};

/** Schema van een {@link RegionaalBeraad}. */
export const RegionaalBeraadSchema: z.ZodType<RegionaalBeraad> = z.strictObject(beraadVelden);

/**
 * Leest een Regionaal Beraad uit onbetrouwbare invoer (JSON of YAML, al geparseerd): geeft het
 * getypeerde beraad of een lijst problemen met pad en Nederlandse melding. Onbekende velden
 * worden gemeld.
 *
 * @example
 * ```ts
 * import { parseRegionaalBeraad } from "arbeidsmarktinfra/schemas";
 * const r = parseRegionaalBeraad({ regio: "Twente", partijen: [{ naam: "UWV", soort: "uwv", rol: "kernpartner" }] });
 * r.ok; // true
 * ```
 */
export function parseRegionaalBeraad(invoer: unknown): Result<RegionaalBeraad> {
  return parseSnel(RegionaalBeraadSchema, invoer, "gebruik 'toelichting' voor vrije tekst");
}
