import fc from "fast-check";
import type { Peildatum } from "../../src/tijd/peildatum.js";
import type { Deur, Hulpvraag, HulpvraagWerkende, HulpvraagWerkgever, HulpvraagWerkzoekende } from "../../src/triage/model.js";
import { contractsoorten, jaNee, onderwerpen, partnersoorten, privateOndersteuningen, uitkeringen, werkgeveromvangen } from "../../src/triage/model.js";
import { regioCodes, type RegioCode } from "../../src/triage/regionamen.js";

/** Hulp voor de triagetests: kleine bouwers en fast-check-generatoren voor geldige hulpvragen. */

/** Een werkzoekende (standaard: bijstand, Zaanstad, via het Werkcentrum). */
export const werkzoekende = (x: Partial<HulpvraagWerkzoekende> = {}): HulpvraagWerkzoekende => ({
  vrager: "werkzoekende",
  uitkering: "bijstand",
  woongemeente: "Zaanstad",
  regio: "AM17",
  onderwerpen: ["werk"],
  deur: { soort: "werkcentrum" },
  ...x,
});
/** Een werkende (standaard: geen uitkering, geen arbeidsbeperking, cao, dreigt niet werkloos). */
export const werkende = (x: Partial<HulpvraagWerkende> = {}): HulpvraagWerkende => ({
  vrager: "werkende",
  uitkering: "geen",
  arbeidsbeperking: "nee",
  privateOndersteuning: ["cao"],
  dreigtWerkloos: "nee",
  woongemeente: "Zaanstad",
  regio: "AM17",
  onderwerpen: ["loopbaan"],
  deur: { soort: "werkcentrum" },
  ...x,
});
/** Een werkgever (standaard: alleen in Rijnmond). */
export const werkgever = (x: Partial<HulpvraagWerkgever> = {}): HulpvraagWerkgever => ({
  vrager: "werkgever",
  regios: ["AM22"],
  onderwerpen: ["personeel"],
  deur: { soort: "werkcentrum" },
  ...x,
});


/** Maakt een waarde diep onveranderlijk (voor tests die controleren dat niets de invoer wijzigt). */
export function diepBevroren<T>(x: T): T {
  if (typeof x === "object" && x !== null && !Object.isFrozen(x)) {
    for (const v of Object.values(x)) diepBevroren(v);
    Object.freeze(x);
  }
  return x;
}

/** Woongemeenten met hun arbeidsmarktregio (CBS-namen). */
export const GEMEENTEN: readonly (readonly [string, RegioCode])[] = [
  ["Zaanstad", "AM17"],
  ["Rotterdam", "AM22"],
  ["'s-Gravenhage", "AM21"],
  ["Tilburg", "AM26"],
  ["Groningen", "AM01"],
  ["Súdwest-Fryslân", "AM02"],
];

const datum = fc.date({ min: new Date(Date.UTC(2024, 0, 1)), max: new Date(Date.UTC(2028, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10) as Peildatum);
const regio = fc.constantFrom(...regioCodes);
const deur: fc.Arbitrary<Deur> = fc.oneof(
  fc.record({ soort: fc.constant("werkcentrum" as const), regio }, { requiredKeys: ["soort"] }),
  fc.record({ soort: fc.constant("digitaal" as const), regio }, { requiredKeys: ["soort"] }),
  fc.record({ soort: fc.constant("partner" as const), partner: fc.constantFrom(...partnersoorten), naam: fc.string({ minLength: 1, maxLength: 12 }) }, { requiredKeys: ["soort", "partner"] }),
);
const basis = {
  id: fc.string({ minLength: 1, maxLength: 8 }),
  onderwerpen: fc.uniqueArray(fc.constantFrom(...onderwerpen), { minLength: 1, maxLength: 6 }),
  deur,
  toelichting: fc.string({ maxLength: 20 }),
};
const jn = fc.constantFrom(...jaNee);
const persoon = {
  uitkering: fc.constantFrom(...uitkeringen),
  wwEinddatum: datum,
  arbeidsbeperking: jn,
  leeftijd: fc.integer({ min: 0, max: 130 }),
  schoolverlaterZonderStartkwalificatie: jn,
  arbeidsmigrant: jn,
  gemeente: fc.constantFrom(...GEMEENTEN),
};
const VERPLICHT = ["vrager", "onderwerpen", "deur", "uitkering"] as const;

/** Zet de gegenereerde gemeente om in woongemeente + regio en laat een WW-einddatum alleen bij WW staan. */
function persoonsvelden<T extends { uitkering: string; wwEinddatum?: Peildatum; gemeente?: readonly [string, RegioCode] }>(x: T) {
  const { gemeente, wwEinddatum, ...rest } = x;
  return {
    ...rest,
    ...(gemeente !== undefined && { woongemeente: gemeente[0], regio: gemeente[1] }),
    ...(x.uitkering === "WW" && wwEinddatum !== undefined && { wwEinddatum }),
  };
}

/** Geldige hulpvragen van werkenden. */
export const werkendeArb: fc.Arbitrary<HulpvraagWerkende> = fc
  .record(
    {
      vrager: fc.constant("werkende" as const),
      ...basis,
      ...persoon,
      contract: fc.constantFrom(...contractsoorten),
      privateOndersteuning: fc.oneof(fc.uniqueArray(fc.constantFrom(...privateOndersteuningen), { minLength: 1 }), fc.constantFrom("geen" as const, "onbekend" as const)),
      dreigtWerkloos: jn,
    },
    { requiredKeys: [...VERPLICHT] },
  )
  .map((x) => persoonsvelden(x) as HulpvraagWerkende);

/** Geldige hulpvragen van werkzoekenden. */
export const werkzoekendeArb: fc.Arbitrary<HulpvraagWerkzoekende> = fc
  .record({ vrager: fc.constant("werkzoekende" as const), ...basis, ...persoon }, { requiredKeys: [...VERPLICHT] })
  .map((x) => persoonsvelden(x) as HulpvraagWerkzoekende);

/** Geldige hulpvragen van werkgevers. */
export const werkgeverArb: fc.Arbitrary<HulpvraagWerkgever> = fc
  .record(
    {
      vrager: fc.constant("werkgever" as const),
      ...basis,
      regio,
      omvang: fc.constantFrom(...werkgeveromvangen),
      regios: fc.oneof(fc.uniqueArray(regio, { minLength: 1, maxLength: 4 }), fc.constant("landelijk" as const)),
      leerbedrijfvraag: fc.boolean(),
    },
    { requiredKeys: ["vrager", "onderwerpen", "deur"] },
  )
  .map((x) => (x.regio !== undefined && Array.isArray(x.regios) && !x.regios.includes(x.regio) ? { ...x, regios: [x.regio, ...x.regios] } : x) as HulpvraagWerkgever);

/** Elke geldige hulpvraag. */
export const hulpvraagArb: fc.Arbitrary<Hulpvraag> = fc.oneof(werkendeArb, werkzoekendeArb, werkgeverArb);

/** Peildata in alle drie de fasen, met de randen. */
export const peildatumArb = fc.oneof(fc.constantFrom("2024-12-31", "2025-01-01", "2026-06-30", "2026-07-01"), datum);

/** De velden van een hulpvraag, plus een onbekend veld: voor tests die hulpvragen verminken. */
export const HULPVRAAG_SLEUTELS: readonly string[] = [
  "vrager", "id", "onderwerpen", "deur", "regio", "toelichting", "uitkering", "wwEinddatum", "arbeidsbeperking", "leeftijd",
  "schoolverlaterZonderStartkwalificatie", "arbeidsmigrant", "woongemeente", "contract", "privateOndersteuning", "dreigtWerkloos",
  "omvang", "regios", "leerbedrijfvraag", "onbekend",
];

/** Waarden om een veld van een hulpvraag mee te verminken: bijna goed, verkeerd type, leeg, dubbel, onbekend. */
export const verminkteWaarde: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom("werkende", "werkgever", "WW", "geen", "ja", "nee", "onbekend", "AM22", "am22", "AM04", "Rijnmond", "landelijk", "", "2026-02-30", "2026-10-01", "zzp", "cao", "groot"),
  fc.integer({ min: -5, max: 200 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.array(fc.constantFrom("werk", "werk", "cao", "AM22", "AM21", "x"), { maxLength: 3 }),
  fc.record({ soort: fc.constantFrom("werkcentrum", "partner", "digitaal", "loket"), regio: fc.constantFrom("AM22", "AM04"), partner: fc.constantFrom("UWV", "bank"), naam: fc.constantFrom("", "x") }, { requiredKeys: ["soort"] }),
);
