import * as z from "zod";
import { bronnen, type BronSleutel } from "../bronnen/bronnen.js";
import type { Citaat } from "../bronnen/citaat.js";
import type { IssueCode, Result } from "../result.js";
import { normaliseer } from "../regio/normaliseer.js";
import { PeildatumSchema, veiligParse } from "../schema-hulp.js";
import { beschrijfType, type Peildatum } from "../tijd/peildatum.js";
import {
  activiteitStatussen,
  arrangeurSoorten,
  contractsoorten,
  doelgroepen,
  functionaliteitIds,
  jaNee,
  onderwerpen,
  partnersoorten,
  privateOndersteuningen,
  uitkeringen,
  vragers,
  werkgeveromvangen,
  type Activiteit,
  type Arrangeur,
  type Deur,
  type Functionaliteit,
  type Hulpvraag,
  type Inkomenssituatie,
  type Instrument,
  type Menukaart,
  type PersoonsHulpvraag,
  type Planoverdracht,
  type Planwijziging,
  type Werkplan,
} from "./model.js";
import { isRegioCode, regioCodes, regionaam, type RegioCode } from "./regionamen.js";

/**
 * zod-schema's voor de triage: hulpvraag, Werkplan en menukaart. Ze controleren de vorm en
 * de samenhang; de woongemeente toetsen aan de 342 gemeenten (en de regio daaruit afleiden)
 * doet `normaliseerHulpvraag` in de hoofd-entry, zodat deze entry de regiotabellen niet deelt
 * met de regelfuncties (zie de bundeltest).
 *
 * @module
 */

type Ctx = z.core.$RefinementCtx<unknown>;
const meld = (ctx: Ctx, code: IssueCode, message: string, path: (string | number)[] = [], input?: unknown) =>
  ctx.addIssue({ code: "custom", message, path, params: { code }, input });

/** Een peildatum (`JJJJ-MM-DD`, bestaande datum) als {@link Peildatum}. */
const DatumSchema = PeildatumSchema.transform((v) => v as Peildatum);

/** Meldt elk id dat eerder in de lijst voorkwam. */
function uniekeIds(ctx: Ctx, lijst: readonly { readonly id: string }[], veld: string, wat: string): void {
  const ids = new Set<string>();
  lijst.forEach((x, i) => {
    if (ids.has(x.id)) meld(ctx, "dubbel", `${wat} ${JSON.stringify(x.id)} staat er al eerder in`, [veld, i, "id"], x.id);
    ids.add(x.id);
  });
}

const lijst = (namen: readonly string[]) => namen.map((n) => JSON.stringify(n)).join(", ");

const REGIO_OP_NAAM: ReadonlyMap<string, RegioCode> = new Map(regioCodes.map((c) => [normaliseer(regionaam(c)), c]));

/** Een arbeidsmarktregio: CBS-code (`AM22`) of CBS-naam (`Rijnmond`; hoofdletters, spaties en koppeltekens tellen niet); wordt de code. */
export const RegioSchema: z.ZodType<RegioCode, string> = z
  .string()
  .transform((v, ctx) => {
    const code = v.trim().toUpperCase();
    if (isRegioCode(code)) return code;
    const opNaam = REGIO_OP_NAAM.get(normaliseer(v));
    if (opNaam !== undefined) return opNaam;
    meld(ctx, "ongeldige-waarde", `onbekende arbeidsmarktregio ${JSON.stringify(v)}; gebruik de CBS-code (AM01…AM38, bijv. AM22) of de CBS-naam (bijv. Rijnmond)`, [], v);
    return z.NEVER;
  })
  .meta({ description: "Arbeidsmarktregio: CBS-code (AM01…AM38) of CBS-naam; wordt de code" });

const enumVan = <T extends string>(waarden: readonly T[], omschrijving: string) =>
  z
    .enum(waarden as unknown as [T, ...T[]], { error: (i) => (i.input === undefined ? undefined : `verwacht een van ${lijst(waarden)}, ontvangen ${JSON.stringify(i.input)}`) })
    .meta({ description: omschrijving });

/**
 * Een lijst of één vaste tekst (bijv. `"landelijk"`). Bij een lijst met een fout element
 * noemt de melding dat element, in plaats van alleen "past bij geen van de vormen".
 */
const lijstOf = <T, L extends string>(elementen: z.ZodType<T[]>, letterlijk: L, omschrijving: string) =>
  z.union([elementen, z.literal(letterlijk)], {
    error: (iss) => {
      if (iss.input === undefined) return undefined;
      if (iss.code === "invalid_union" && Array.isArray(iss.input)) {
        const eerste = iss.errors[0]?.[0];
        if (eerste !== undefined) {
          const waar = eerste.path.length > 0 ? `[${eerste.path.map(String).join("][")}] ` : "";
          const wat = eerste.code === "too_small" ? "de lijst mag niet leeg zijn" : /^[A-Z]/.test(eerste.message) ? "ongeldige waarde" : eerste.message;
          return `${waar}${wat}`;
        }
      }
      return `verwacht ${omschrijving} of ${JSON.stringify(letterlijk)}`;
    },
  });

const JaNeeSchema = enumVan(jaNee, "ja, nee of onbekend");
const UitkeringSchema = enumVan(uitkeringen, "De uitkering: WW, WIA/WGA, Wajong, bijstand, geen of onbekend");
const OnderwerpSchema = enumVan(onderwerpen, "Onderwerp van de vraag");

const uniek = <T>(schema: z.ZodType<T>, min = 1) =>
  z.array(schema).min(min).check(
    z.superRefine((l, ctx) => {
      if (l.length < 2) return;
      const gezien = new Set<unknown>();
      l.forEach((x, i) => {
        const k = typeof x === "object" && x !== null ? JSON.stringify(x) : x;
        if (gezien.has(k)) meld(ctx, "dubbel", `${JSON.stringify(x)} staat er al eerder in`, [i], x);
        gezien.add(k);
      });
    }),
  );

/** De deur waardoor de vraag binnenkwam. */
export const DeurSchema: z.ZodType<Deur> = z.discriminatedUnion(
  "soort",
  [
    z.strictObject({ soort: z.literal("werkcentrum"), regio: z.exactOptional(RegioSchema) }),
    z.strictObject({ soort: z.literal("digitaal"), regio: z.exactOptional(RegioSchema) }),
    z.strictObject({ soort: z.literal("partner"), partner: enumVan(partnersoorten, "Soort partner"), naam: z.exactOptional(z.string().min(1)) }),
  ],
  { error: 'deur.soort: verwacht "werkcentrum", "digitaal" of "partner"' },
);

const basis = {
  id: z.exactOptional(z.string().min(1)),
  onderwerpen: uniek(OnderwerpSchema),
  deur: DeurSchema,
  regio: z.exactOptional(RegioSchema),
  toelichting: z.exactOptional(z.string()),
};

const persoon = {
  uitkering: UitkeringSchema,
  wwEinddatum: z.exactOptional(DatumSchema),
  arbeidsbeperking: z.exactOptional(JaNeeSchema),
  leeftijd: z.exactOptional(z.number().int().min(0).max(130)),
  schoolverlaterZonderStartkwalificatie: z.exactOptional(JaNeeSchema),
  arbeidsmigrant: z.exactOptional(JaNeeSchema),
  woongemeente: z.exactOptional(z.string().min(1).meta({ description: "Naam of CBS-code van de woongemeente (normaliseerHulpvraag maakt er de CBS-naam van)" })),
};

const WerkendeObject = z.strictObject({
  vrager: z.literal("werkende"),
  ...basis,
  ...persoon,
  contract: z.exactOptional(enumVan(contractsoorten, "Soort contract")),
  privateOndersteuning: z.exactOptional(
    z.union([lijstOf(uniek(enumVan(privateOndersteuningen, "Soort private ondersteuning")), "geen", `een lijst met ${lijst(privateOndersteuningen)}`), z.literal("onbekend")], {
      error: (iss) => (iss.input === undefined ? undefined : `verwacht een lijst met ${lijst(privateOndersteuningen)}, of "geen" of "onbekend"`),
    }),
  ),
  dreigtWerkloos: z.exactOptional(JaNeeSchema),
});
const WerkzoekendeObject = z.strictObject({ vrager: z.literal("werkzoekende"), ...basis, ...persoon });
const WerkgeverObject = z.strictObject({
  vrager: z.literal("werkgever"),
  ...basis,
  omvang: z.exactOptional(enumVan(werkgeveromvangen, "Omvang van de werkgever")),
  regios: z.exactOptional(lijstOf(uniek(RegioSchema), "landelijk", "een lijst arbeidsmarktregio's")),
  leerbedrijfvraag: z.exactOptional(z.boolean()),
});

/** Controles over velden heen. */
function samenhang(h: Hulpvraag, ctx: Ctx): void {
  if (h.vrager === "werkgever") {
    if (h.regio !== undefined && Array.isArray(h.regios) && !h.regios.includes(h.regio)) {
      meld(ctx, "inconsistent", `${h.regio} staat niet in regios (${h.regios.join(", ")})`, ["regio"], h.regio);
    }
  } else if (h.wwEinddatum !== undefined && h.uitkering !== "WW") {
    meld(ctx, "inconsistent", `alleen bij uitkering "WW" (nu ${JSON.stringify(h.uitkering)})`, ["wwEinddatum"], h.wwEinddatum);
  }
}

/** De melding als de invoer geen object is (anders `undefined`): dan is de vrager niet het probleem. */
const geenObject = (w: unknown): string | undefined =>
  typeof w === "object" && w !== null && !Array.isArray(w) ? undefined : `verwacht een object (een hulpvraag), ontvangen ${beschrijfType(w)}`;

/** Schema van een {@link Hulpvraag} (werkende, werkzoekende of werkgever). */
export const HulpvraagSchema: z.ZodType<Hulpvraag> = z
  .discriminatedUnion("vrager", [WerkendeObject, WerkzoekendeObject, WerkgeverObject], { error: (i) => geenObject(i.input) ?? `vrager: verwacht een van ${lijst(vragers)}` })
  .check(z.superRefine((h, ctx) => samenhang(h, ctx)))
  .meta({ description: "Een hulpvraag over werk, loopbaan, scholing of personeel (triage volgens 'no wrong door')" });

/** Schema van de hulpvraag van een persoon (werkende of werkzoekende), zoals in een Werkplan. */
export const PersoonsHulpvraagSchema: z.ZodType<PersoonsHulpvraag> = z
  .discriminatedUnion("vrager", [WerkendeObject, WerkzoekendeObject], { error: (i) => geenObject(i.input) ?? 'vrager: verwacht "werkende" of "werkzoekende"' })
  .check(z.superRefine((h, ctx) => samenhang(h, ctx)));

/**
 * Leest een hulpvraag uit onbetrouwbare invoer (bijv. JSON): nooit een uitzondering, onbekende
 * velden worden gemeld (ook velden die bij deze soort vrager niet kunnen, zoals een uitkering
 * bij een werkgever). Toets daarna de woongemeente met `normaliseerHulpvraag` (hoofd-entry):
 * die maakt er de CBS-naam van en leidt de regio af.
 *
 * @example
 * ```ts
 * import { parseHulpvraag } from "arbeidsmarktinfra/schemas";
 * const r = parseHulpvraag({ vrager: "werkgever", regios: ["Rijnmond"], onderwerpen: ["personeel"], deur: { soort: "digitaal" } });
 * if (r.ok && r.value.vrager === "werkgever") r.value.regios; // ["AM22"]
 * ```
 */
export function parseHulpvraag(invoer: unknown): Result<Hulpvraag> {
  return veiligParse(HulpvraagSchema, invoer);
}

// ---------------------------------------------------------------------------------------
// Werkplan

const bronSleutels = Object.keys(bronnen) as BronSleutel[];
const CitaatSchema: z.ZodType<Citaat> = z.strictObject({
  bron: enumVan(bronSleutels, "Sleutel uit het bronnenregister"),
  plaats: z.string().min(1),
  citaat: z.exactOptional(z.string()),
});

/** Schema van een arrangeur. */
export const ArrangeurSchema: z.ZodType<Arrangeur> = z.strictObject({
  soort: enumVan(arrangeurSoorten, "Soort arrangeur"),
  organisatie: z.string().min(1).nullable(),
});

const FunctionaliteitSchema = enumVan<Functionaliteit>(functionaliteitIds, "Een van de negen functionaliteiten (KB2022)");

const ActiviteitSchema: z.ZodType<Activiteit> = z.strictObject({
  id: z.string().min(1),
  omschrijving: z.string().min(1),
  aanbieder: z.string().min(1),
  functionaliteit: z.exactOptional(FunctionaliteitSchema),
  status: enumVan(activiteitStatussen, "Status van de activiteit"),
  start: z.exactOptional(DatumSchema),
  einde: z.exactOptional(DatumSchema),
});

const InkomenssituatieSchema: z.ZodType<Inkomenssituatie> = z.strictObject({
  vrager: enumVan(["werkende", "werkzoekende"] as const, "werkende of werkzoekende"),
  uitkering: UitkeringSchema,
  wwEinddatum: z.exactOptional(DatumSchema),
});

const RedenSchema = enumVan(
  ["werkgebied-onbekend", "uitkering-onbekend", "arbeidsbeperking-onbekend", "werkende-met-uitkering", "open-beleidspunt", "private-ondersteuning-onbekend", "ww-beeindigd"] as const,
  "Reden om te beoordelen",
);

const overdrachtVelden = {
  van: ArrangeurSchema,
  warm: z.literal(true),
  datum: DatumSchema,
  voorbereid: z.boolean(),
  regel: z.literal("triage/warme-overdracht-arrangeur"),
  bron: CitaatSchema,
};

/** Een lege lijst kandidaten (bij een bepaalde arrangeur); als `maxItems: 0` in het JSON Schema. */
const geenKandidaten = z
  .array(ArrangeurSchema)
  .max(0, { error: "verwacht een lege lijst: bij een bepaalde arrangeur zijn er geen kandidaten" })
  .transform((): [] => []);

/** Schema van een {@link Planoverdracht}: naar een bepaalde arrangeur, of te beoordelen met de kandidaten. */
export const PlanoverdrachtSchema: z.ZodType<Planoverdracht> = z
  .discriminatedUnion(
    "status",
    [
      z.strictObject({ status: z.literal("bepaald"), ...overdrachtVelden, naar: ArrangeurSchema, kandidaten: geenKandidaten, reden: z.null() }),
      z.strictObject({ status: z.literal("beoordelen"), ...overdrachtVelden, naar: z.null(), kandidaten: z.array(ArrangeurSchema).min(2), reden: RedenSchema }),
    ],
    { error: 'status: verwacht "bepaald" of "beoordelen"' },
  )
  .meta({ description: "Warme overdracht van het Werkplan aan een andere arrangeur (triage/warme-overdracht-arrangeur)" });

const zelfdeArrangeur = (a: Arrangeur, b: Arrangeur) => a.soort === b.soort && a.organisatie === b.organisatie;

/** Meldt een overdracht die niet bij haar wijziging past (dag, status, van en naar). */
function controleerOverdracht(ctx: Ctx, w: Planwijziging, i: number): void {
  const o = w.overdracht;
  if (o === undefined) return;
  const pad = ["historie", i, "overdracht"];
  if (w.soort === "intake") return meld(ctx, "inconsistent", "een intake heeft geen overdracht (alleen een wijziging van de inkomenssituatie)", pad, o);
  if (o.datum !== w.datum) meld(ctx, "inconsistent", `de overdracht is op de dag van de wijziging (${w.datum}), niet op ${o.datum}`, [...pad, "datum"], o.datum);
  if (o.status !== w.status) meld(ctx, "inconsistent", `de overdracht is ${JSON.stringify(o.status)}, de wijziging ${JSON.stringify(w.status)}`, [...pad, "status"], o.status);
  if (w.vorigeArrangeur !== undefined && !zelfdeArrangeur(o.van, w.vorigeArrangeur)) meld(ctx, "inconsistent", "is niet de vorige arrangeur van de wijziging (vorigeArrangeur)", [...pad, "van"], o.van);
  if (o.naar === null) return;
  if (zelfdeArrangeur(o.naar, o.van)) meld(ctx, "inconsistent", "is dezelfde arrangeur als van: dan is er geen overdracht", [...pad, "naar"], o.naar);
  else if (!zelfdeArrangeur(o.naar, w.arrangeur)) meld(ctx, "inconsistent", "is niet de arrangeur na de wijziging (arrangeur)", [...pad, "naar"], o.naar);
}

const PlanwijzigingSchema: z.ZodType<Planwijziging> = z.strictObject({
  datum: DatumSchema,
  soort: enumVan(["intake", "inkomenssituatie"] as const, "Soort wijziging"),
  status: enumVan(["bepaald", "beoordelen"] as const, "Status van de arrangeur na de wijziging"),
  arrangeur: ArrangeurSchema,
  vorigeArrangeur: z.exactOptional(ArrangeurSchema),
  vorigeInkomenssituatie: z.exactOptional(InkomenssituatieSchema),
  inkomenssituatie: z.exactOptional(InkomenssituatieSchema),
  doorlopendeActiviteiten: z.exactOptional(z.array(z.string())),
  regels: z.array(z.string()),
  bron: CitaatSchema,
  herkomst: z.exactOptional(z.string()),
  overdracht: z.exactOptional(PlanoverdrachtSchema),
});

/** Schema van een {@link Werkplan}. */
export const WerkplanSchema: z.ZodType<Werkplan> = z
  .strictObject({
    id: z.exactOptional(z.string().min(1)),
    persoon: PersoonsHulpvraagSchema,
    arrangeur: ArrangeurSchema,
    openstaand: z.exactOptional(
      z.strictObject({ sinds: DatumSchema, kandidaten: z.array(ArrangeurSchema).min(2), reden: RedenSchema, nagaan: z.array(z.string()) }),
    ),
    voorbereideOverdracht: z.exactOptional(
      z.strictObject({
        naar: ArrangeurSchema,
        wwEinddatum: DatumSchema,
        vensterTot: DatumSchema,
        vensterMaanden: z.number().int().min(0).max(24),
        regel: z.literal("triage/max-ww-overdracht"),
      }),
    ),
    intake: z.strictObject({ datum: DatumSchema, deur: DeurSchema }),
    diagnose: z.exactOptional(z.strictObject({ datum: DatumSchema, ondersteuningsbehoefte: z.string().min(1) })),
    activiteiten: z.array(ActiviteitSchema),
    historie: z.array(PlanwijzigingSchema).min(1),
  })
  .check(
    z.superRefine((p, ctx) => {
      uniekeIds(ctx, p.activiteiten, "activiteiten", "activiteit");
      p.activiteiten.forEach((a, i) => {
        if (a.start !== undefined && a.einde !== undefined && a.einde < a.start) meld(ctx, "inconsistent", `einde ${a.einde} ligt vóór start ${a.start}`, ["activiteiten", i, "einde"], a.einde);
      });
      const eerste = p.historie[0];
      if (eerste !== undefined && (eerste.soort !== "intake" || eerste.datum !== p.intake.datum)) {
        meld(ctx, "inconsistent", `de historie begint met de intake op ${p.intake.datum} (één intake)`, ["historie", 0], eerste);
      }
      p.historie.forEach((w, i) => {
        if (i > 0 && w.soort === "intake") meld(ctx, "dubbel", "een Werkplan heeft één intake", ["historie", i, "soort"], w.soort);
        const vorige = p.historie[i - 1];
        if (vorige !== undefined && w.datum < vorige.datum) meld(ctx, "inconsistent", `${w.datum} ligt vóór de vorige wijziging (${vorige.datum})`, ["historie", i, "datum"], w.datum);
        controleerOverdracht(ctx, w, i);
      });
    }),
  );

/** Leest een Werkplan uit onbetrouwbare invoer. */
export function parseWerkplan(invoer: unknown): Result<Werkplan> {
  return veiligParse(WerkplanSchema, invoer);
}

// ---------------------------------------------------------------------------------------
// Menukaart

const InstrumentSchema: z.ZodType<Instrument> = z.strictObject({
  id: z.string().min(1),
  naam: z.string().min(1),
  aanbieder: z.string().min(1),
  functionaliteiten: uniek(FunctionaliteitSchema),
  doelgroepen: uniek(enumVan(doelgroepen, "Doelgroep"), 0),
  regios: lijstOf(uniek(RegioSchema), "landelijk", "een lijst arbeidsmarktregio's"),
  voorwaarden: z.exactOptional(
    z
      .strictObject({
        vragers: z.exactOptional(uniek(enumVan(vragers, "Soort vrager"))),
        uitkeringen: z.exactOptional(uniek(enumVan(["WW", "WIA/WGA", "Wajong", "bijstand", "geen"] as const, "Uitkering"))),
        minLeeftijd: z.exactOptional(z.number().int().min(0).max(130)),
        maxLeeftijd: z.exactOptional(z.number().int().min(0).max(130)),
        arbeidsbeperking: z.exactOptional(enumVan(["ja", "nee"] as const, "ja of nee")),
        overig: z.exactOptional(z.string().min(1)),
      })
      .check(
        z.superRefine((v, ctx) => {
          if (v.minLeeftijd !== undefined && v.maxLeeftijd !== undefined && v.minLeeftijd > v.maxLeeftijd) {
            meld(ctx, "inconsistent", `minLeeftijd ${v.minLeeftijd} is groter dan maxLeeftijd ${v.maxLeeftijd}`, ["minLeeftijd"], v.minLeeftijd);
          }
        }),
      ),
  ),
  geldigVanaf: z.exactOptional(DatumSchema),
  geldigTot: z.exactOptional(DatumSchema),
  toelichting: z.exactOptional(z.string()),
  url: z.exactOptional(z.string().min(1)),
}).check(
  z.superRefine((i, ctx) => {
    if (i.geldigVanaf !== undefined && i.geldigTot !== undefined && i.geldigTot < i.geldigVanaf) {
      meld(ctx, "inconsistent", `geldigTot ${i.geldigTot} ligt vóór geldigVanaf ${i.geldigVanaf}`, ["geldigTot"], i.geldigTot);
    }
  }),
);

/** Schema van een {@link Menukaart}. */
export const MenukaartSchema: z.ZodType<Menukaart> = z
  .strictObject({
    titel: z.string().min(1),
    regio: RegioSchema,
    illustratief: z.boolean(),
    toelichting: z.exactOptional(z.string()),
    instrumenten: z.array(InstrumentSchema),
  })
  .check(
    z.superRefine((m, ctx) => {
      uniekeIds(ctx, m.instrumenten, "instrumenten", "instrument");
    }),
  );

/** Leest een menukaart uit onbetrouwbare invoer. */
export function parseMenukaart(invoer: unknown): Result<Menukaart> {
  return veiligParse(MenukaartSchema, invoer);
}
