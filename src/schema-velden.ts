import type * as z from "zod";
import type { Pad } from "./result.js";

/**
 * Welke velden een zod-schema op een pad in de invoer kent, voor een "bedoelde u …?" bij een
 * onbekend veld (alleen de schemas-entry gebruikt dit). Loopt het schema langs het pad: objecten
 * (`shape`, `catchall`), lijsten, tuples, records, en pakt omhulsels uit (optional, exactOptional,
 * nullable, default, prefault, catch, readonly, lazy, pipe en transform). Bij een discriminated
 * union telt de optie die bij de waarde van de discriminator in de invoer hoort; is die niet te
 * bepalen (en bij een gewone union of intersection), dan de velden van alle opties samen.
 *
 * @module
 */

type Schema = z.core.$ZodType;

/** Bovengrens aan stappen, tegen een schema dat naar zichzelf verwijst (lazy). */
const MAX_STAPPEN = 1_000;

/** Het eigen veld of element van een waarde (geen geërfde velden). */
function deel(waarde: unknown, sleutel: string | number): unknown {
  return typeof waarde === "object" && waarde !== null && Object.hasOwn(waarde, sleutel) ? (waarde as Record<string | number, unknown>)[sleutel] : undefined;
}

/** Pakt omhulsels en unions uit tot de schema's die de vorm van `waarde` bepalen; zet ze in `uit`. */
function kernen(schema: Schema, waarde: unknown, uit: Schema[], budget: { n: number }): void {
  let s = schema as z.core.$ZodTypes;
  while (budget.n-- > 0) {
    const def = s._zod.def;
    switch (def.type) {
      case "optional":
      case "nullable":
      case "default":
      case "prefault":
      case "nonoptional":
      case "catch":
      case "readonly":
      case "success":
        s = def.innerType as z.core.$ZodTypes;
        break;
      case "lazy":
        s = def.getter() as z.core.$ZodTypes;
        break;
      case "pipe":
        // Een transform vooraf (z.preprocess): de vorm zit in `out`; anders in `in`.
        s = (def.in._zod.def.type === "transform" ? def.out : def.in) as z.core.$ZodTypes;
        break;
      case "union": {
        const sleutel = (def as z.core.$ZodDiscriminatedUnionDef).discriminator;
        const w = sleutel === undefined ? undefined : deel(waarde, sleutel);
        const passend = sleutel === undefined ? [] : def.options.filter((o) => o._zod.propValues?.[sleutel]?.has(w as z.core.util.Primitive) === true);
        for (const o of passend.length > 0 ? passend : def.options) kernen(o, waarde, uit, budget);
        return;
      }
      case "intersection":
        kernen(def.left, waarde, uit, budget);
        kernen(def.right, waarde, uit, budget);
        return;
      default:
        uit.push(s);
        return;
    }
  }
}

/** Het schema van één stap (veld of positie) in een kern-schema, als dat er een heeft. */
function stap(s: Schema, d: string | number): Schema | undefined {
  const def = (s as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case "object":
      return typeof d === "string" && Object.hasOwn(def.shape, d) ? def.shape[d] : def.catchall;
    case "array":
      return typeof d === "number" ? def.element : undefined;
    case "tuple":
      return typeof d === "number" ? (def.items[d] ?? def.rest ?? undefined) : undefined;
    case "record":
      return def.valueType;
    default:
      return undefined;
  }
}

/** De waarde op een pad in de invoer (alleen eigen velden), of `undefined`. Gooit niet. */
export function waardeOp(invoer: unknown, pad: Pad): unknown {
  try {
    let w = invoer;
    for (const d of pad) w = deel(w, d);
    return w;
  } catch {
    return undefined;
  }
}

/**
 * De veldnamen die het schema kent voor het object op `pad` in `invoer` (in de volgorde van het
 * schema, zonder dubbele), of `undefined` als het pad niet tot een object-schema leidt. Gooit
 * niet: bij een onverwacht schema of onleesbare invoer is er geen antwoord.
 * @param schema - het schema waarmee de hele invoer geparseerd is
 * @param invoer - de hele invoer (voor de discriminator van een union onderweg)
 * @param pad - pad naar het object, zoals in een zod-issue
 */
export function bekendeVelden(schema: Schema, invoer: unknown, pad: Pad): string[] | undefined {
  try {
    const budget = { n: MAX_STAPPEN };
    let huidig: Schema[] = [];
    kernen(schema, invoer, huidig, budget);
    let waarde = invoer;
    for (const d of pad) {
      waarde = deel(waarde, d);
      const volgende: Schema[] = [];
      for (const s of huidig) {
        const t = stap(s, d);
        if (t !== undefined) kernen(t, waarde, volgende, budget);
      }
      huidig = volgende;
    }
    const velden = new Set<string>();
    for (const s of huidig) {
      const def = (s as z.core.$ZodTypes)._zod.def;
      if (def.type === "object") for (const k of Object.keys(def.shape)) velden.add(k);
    }
    return budget.n >= 0 && velden.size > 0 ? [...velden] : undefined;
  } catch {
    return undefined;
  }
}
