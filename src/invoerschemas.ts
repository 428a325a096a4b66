import type * as z from "zod";
import { InstellingenSchema } from "./tijd/schema.js";
import { MeerjarenagendaSchema } from "./agenda/schema.js";
import { TransitiedossierSchema } from "./transitie/schema.js";
import { RegionaalBeraadSchema } from "./beraad/schema.js";
import { ConvenantSchema } from "./convenant/schema.js";
import { WerkcentrumSchema } from "./werkcentrum/schema.js";
import { HulpvraagSchema, MenukaartSchema, WerkplanSchema } from "./triage/schema.js";

/**
 * Alle invoerformaten met hun zod-schema. Hieruit worden de JSON Schema-bestanden in
 * `src/json-schema/` gegenereerd (een test bewaakt dat ze actueel zijn), zodat teams zonder
 * TypeScript dezelfde gegevens kunnen valideren. Te importeren als
 * `arbeidsmarktinfra/json-schema/<naam>.schema.json`.
 */
export const invoerschemas: Readonly<Record<string, { readonly titel: string; readonly schema: z.ZodType }>> = {
  instellingen: { titel: "Instellingen (inwerkingtreding, parameteroverschrijvingen, vensters)", schema: InstellingenSchema },
  meerjarenagenda: { titel: "Meerjarenagenda (landelijk of regionaal: beleidsagenda, uitvoeringsagenda, monitoring, verbindingen)", schema: MeerjarenagendaSchema },
  transitie: { titel: "Transitiedossier van een arbeidsmarktregio (RMT-declaraties en -inkoop, verantwoording 2024, oude loketten, stappenplan)", schema: TransitiedossierSchema },
  convenant: { titel: "Regionaal samenwerkingsconvenant (partijen, Regionaal Beraad, Werkcentrum, impulsbudget, begroting)", schema: ConvenantSchema },
  werkcentrum: { titel: "Werkcentrum (toegangspoort, kanalen, gidsfunctie, werkgeversdienstverlening)", schema: WerkcentrumSchema },
  "regionaal-beraad": { titel: "Regionaal Beraad (regio en partijen met hun rol)", schema: RegionaalBeraadSchema },
  hulpvraag: { titel: "Hulpvraag van een werkende, werkzoekende of werkgever (triage, 'no wrong door')", schema: HulpvraagSchema },
  werkplan: { titel: "Werkplan: één intake, één diagnose, één plan", schema: WerkplanSchema },
  menukaart: { titel: "Regionale menukaart: diensten en instrumenten met functionaliteiten (KB2022)", schema: MenukaartSchema },
};
