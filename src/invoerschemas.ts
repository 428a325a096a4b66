import type * as z from "zod";
import { InstellingenSchema } from "./tijd/schema.js";
import { HulpvraagSchema, MenukaartSchema, WerkplanSchema } from "./triage/schema.js";

/**
 * Alle invoerformaten met hun zod-schema. Hieruit worden de JSON Schema-bestanden in
 * `src/json-schema/` gegenereerd (een test bewaakt dat ze actueel zijn), zodat teams zonder
 * TypeScript dezelfde gegevens kunnen valideren. Te importeren als
 * `arbeidsmarktinfra/json-schema/<naam>.schema.json`.
 */
export const invoerschemas: Readonly<Record<string, { readonly titel: string; readonly schema: z.ZodType }>> = {
  instellingen: { titel: "Instellingen (inwerkingtreding, parameteroverschrijvingen, vensters)", schema: InstellingenSchema },
  hulpvraag: { titel: "Hulpvraag van een werkende, werkzoekende of werkgever (triage, 'no wrong door')", schema: HulpvraagSchema },
  werkplan: { titel: "Werkplan: één intake, één diagnose, één plan", schema: WerkplanSchema },
  menukaart: { titel: "Regionale menukaart: diensten en instrumenten met functionaliteiten (KB2022)", schema: MenukaartSchema },
};
