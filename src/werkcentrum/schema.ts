import * as z from "zod";
import { BesluitSchema, OrganisatiesoortSchema, Tekst } from "../beraad/schema.js";
import type { Result } from "../result.js";
import { PeildatumSchema } from "../schema-hulp.js";
import { OudLoketSchema } from "../transitie/schema.js";
import { parseSnel } from "../schema-snel.js";
import {
  dagen,
  gidstaken,
  kanaalsoorten,
  TIJD_PATROON,
  type Dag,
  type ExtraGids,
  type Functieomschrijving,
  type GidsInzet,
  type GidsTaak,
  type Gidsfunctie,
  type Kanaal,
  type KanaalSoort,
  type Openingstijd,
  type Toegangspoort,
  type Werkcentrum,
  type WerkcentrumAfspraken,
  type Werkgeversdienstverlening,
} from "./model.js";

/**
 * Zod-schema's voor het Werkcentrum (alleen in de schemas-entry).
 *
 * @module
 */

const fte = z.number().check(z.gte(0, { error: "fte kan niet negatief zijn" }), z.lte(100, { error: "meer dan 100 fte is niet aannemelijk" }));
const tijd = z.string().check(z.regex(TIJD_PATROON, { error: (i) => `${JSON.stringify(i.input)} is geen tijd in de vorm UU:MM (bijvoorbeeld 09:00)` }));

/**
 * Schema van een {@link Openingstijd}. `tot` moet na `van` liggen (openingstijden over
 * middernacht zijn niet te beschrijven): die samenhang (`inconsistent`) controleert alleen zod,
 * het JSON Schema niet (zie docs/robuustheid.md).
 */
export const OpeningstijdSchema: z.ZodType<Openingstijd> = z
  .strictObject({
    dagen: z.array(z.enum(dagen as [Dag, ...Dag[]])).check(z.minLength(1, { error: "noem ten minste één dag" })),
    van: tijd,
    tot: tijd,
  })
  .check(
    z.superRefine((o, ctx) => {
      // Alleen twee geldige tijden zijn te vergelijken; een ongeldige is al gemeld.
      if (TIJD_PATROON.test(o.van) && TIJD_PATROON.test(o.tot) && o.tot <= o.van) {
        ctx.addIssue({ code: "custom", message: `de eindtijd (${o.tot}) ligt niet na de begintijd (${o.van}); openingstijden over middernacht zijn niet te beschrijven`, params: { code: "inconsistent" }, path: ["tot"], input: o.tot });
      }
    }),
  )
  .meta({ description: "Openingstijd: dagen en van/tot als UU:MM; tot ligt na van (die samenhang controleert alleen de bibliotheek: parseWerkcentrum en parseConvenant, niet dit JSON Schema)." });

/** Schema van een {@link Kanaal}. */
export const KanaalSchema: z.ZodType<Kanaal> = z.strictObject({
  naam: Tekst,
  soort: z.enum(kanaalsoorten as [KanaalSoort, ...KanaalSoort[]]),
  adres: z.exactOptional(z.string()),
  gemeente: z.exactOptional(z.string()),
  beheerder: z.exactOptional(z.string()),
  bemensing: z.exactOptional(z.array(Tekst)),
  huisstijl: z.exactOptional(z.enum(["werkcentrum", "partner", "gemengd"])),
  openingstijden: z.exactOptional(z.array(OpeningstijdSchema)),
  zonderAfspraak: z.exactOptional(z.boolean()),
  publiekToegankelijk: z.exactOptional(z.boolean()),
  toelichting: z.exactOptional(z.string()),
});

/** Schema van de {@link Toegangspoort}. */
export const ToegangspoortSchema: z.ZodType<Toegangspoort> = z.strictObject({
  website: z.exactOptional(z.string()),
  email: z.exactOptional(z.string()),
  telefoon: z.exactOptional(z.string()),
  adres: z.exactOptional(z.string()),
});

/** Schema van een {@link GidsInzet}. */
export const GidsInzetSchema: z.ZodType<GidsInzet> = z.strictObject({
  partner: Tekst,
  soort: z.enum(["uwv", "gemeente"], { error: "verwacht \"uwv\" of \"gemeente\"; gidsen van andere partners horen onder extraGidsen" }),
  fte,
});

/** Schema van een {@link ExtraGids}. */
export const ExtraGidsSchema: z.ZodType<ExtraGids> = z.strictObject({
  partner: Tekst,
  soort: OrganisatiesoortSchema,
  fte: z.exactOptional(fte),
  neutraal: z.exactOptional(z.boolean()),
  alleDoelgroepen: z.exactOptional(z.boolean()),
  onderAansturingWerkcentrum: z.exactOptional(z.boolean()),
  volgensFunctieomschrijving: z.exactOptional(z.boolean()),
  financiering: z.exactOptional(z.enum(["eigen-middelen-partner", "impulsbudget", "uwv-en-gemeenten", "anders"])),
  afsprakenGegevensdeling: z.exactOptional(z.string()),
  afspraak: z.exactOptional(BesluitSchema),
});

/** Schema van de {@link Functieomschrijving}. */
export const FunctieomschrijvingSchema: z.ZodType<Functieomschrijving> = z.strictObject({
  opgesteldDoor: z.exactOptional(z.array(z.enum(["uwv", "gemeenten"]))),
  vastgesteldOp: z.exactOptional(PeildatumSchema),
  kenmerk: z.exactOptional(z.string()),
});

/** Schema van de {@link Gidsfunctie}. */
export const GidsfunctieSchema: z.ZodType<Gidsfunctie> = z.strictObject({
  bezetting: z.exactOptional(z.array(GidsInzetSchema)),
  extraGidsen: z.exactOptional(z.array(ExtraGidsSchema)),
  taken: z.exactOptional(z.array(z.enum(gidstaken as [GidsTaak, ...GidsTaak[]]))),
  functieomschrijving: z.exactOptional(FunctieomschrijvingSchema),
  coordinatie: z.exactOptional(z.string()),
  toelichting: z.exactOptional(z.string()),
});

/** Schema van de {@link Werkgeversdienstverlening}. */
export const WerkgeversdienstverleningSchema: z.ZodType<Werkgeversdienstverlening> = z.strictObject({
  viaWerkcentrum: z.exactOptional(z.boolean()),
  naam: z.exactOptional(z.string()),
  partners: z.exactOptional(z.array(z.string())),
  sbbBetrokken: z.exactOptional(z.boolean()),
  landelijkWerkgeversServicepunt: z.exactOptional(z.boolean()),
  toelichting: z.exactOptional(z.string()),
});

const werkcentrumVelden = {
  naam: z.exactOptional(z.string().meta({ description: "Naam, bijv. 'Werkcentrum Rijnmond'." })),
  toegangspoort: z.exactOptional(ToegangspoortSchema),
  kanalen: z.exactOptional(z.array(KanaalSchema)),
  gidsfunctie: z.exactOptional(GidsfunctieSchema),
  werkgeversdienstverlening: z.exactOptional(WerkgeversdienstverleningSchema),
  vervangt: z.exactOptional(z.array(OudLoketSchema)),
  toelichting: z.exactOptional(z.string()),
};

/** Schema van een {@link Werkcentrum}. */
export const WerkcentrumSchema: z.ZodType<Werkcentrum> = z
  .strictObject({ $schema: z.exactOptional(z.string()), regio: Tekst.meta({ description: "Arbeidsmarktregio: CBS-code, CBS-naam of alias." }), ...werkcentrumVelden })
  .meta({ description: "Het Werkcentrum van een arbeidsmarktregio (toegangspoort, kanalen, gidsfunctie)." });

/** Schema van het Werkcentrum-onderdeel van een convenant (de regio mag ontbreken). */
export const WerkcentrumAfsprakenSchema: z.ZodType<WerkcentrumAfspraken> = z.strictObject({
  regio: z.exactOptional(Tekst),
  ...werkcentrumVelden,
});

/** Hint bij een onbekend veld in een Werkcentrum. */
export const WERKCENTRUM_HINT = "vrije tekst hoort in 'toelichting'";

/**
 * Leest een Werkcentrum uit onbetrouwbare invoer (JSON of YAML, al geparseerd): het getypeerde
 * Werkcentrum of een lijst problemen met pad en Nederlandse melding; onbekende velden worden
 * gemeld. Nooit een uitzondering.
 *
 * @example
 * ```ts
 * import { parseWerkcentrum } from "arbeidsmarktinfra/schemas";
 * const r = parseWerkcentrum({ regio: "Rijnmond", naam: "Werkcentrum Rijnmond", kanalen: [{ naam: "Zuidplein", soort: "winkel" }] });
 * if (!r.ok) r.issues[0]?.message; // "kanalen[0].soort: verwacht een van \"flagshipstore\", …"
 * ```
 */
export function parseWerkcentrum(invoer: unknown): Result<Werkcentrum> {
  return parseSnel(WerkcentrumSchema, invoer, WERKCENTRUM_HINT);
}
