import * as z from "zod";
import { bedoeldeU } from "./regio/normaliseer.js";
import { formatPad, type Issue, type IssueCode, type Pad, type Result } from "./result.js";
import { bekendeVelden, waardeOp } from "./schema-velden.js";
import { beschrijfType, peildatumProbleem } from "./tijd/peildatum.js";

/**
 * Gedeelde hulp voor de zod-schema's: Nederlandse meldingen met eigen codes, een
 * peildatumschema en een veilige parse-functie. Alleen de schemas-entry importeert dit
 * (en daarmee zod).
 *
 * @module
 */

/** Maximale nestdiepte van invoer (objecten en lijsten). */
export const MAX_DIEPTE = 64;

const TYPENAMEN: Record<string, string> = {
  string: "tekst",
  number: "getal",
  int: "geheel getal",
  boolean: "ja/nee (true of false)",
  object: "object",
  array: "lijst",
  null: "null",
  undefined: "niets",
  bigint: "geheel getal",
  date: "datum",
};

const ENGELS = /^(Invalid|Too (small|big)|Unrecognized|Expected|Required|Input not instance)/;

function typenaam(t: unknown): string {
  return TYPENAMEN[String(t)] ?? String(t);
}

function metPad(pad: Pad, tekst: string): string {
  return `${formatPad(pad)}: ${tekst}`;
}

/** Eenheidsnaam bij een te klein/groot-melding. */
function grens(origin: unknown, n: unknown, min: boolean): string {
  const w = min ? "minimaal" : "maximaal";
  switch (origin) {
    case "string":
      return `${w} ${String(n)} teken${n === 1 ? "" : "s"}`;
    case "array":
    case "set":
      return `${w} ${String(n)} element${n === 1 ? "" : "en"}`;
    default:
      return `${w} ${String(n)}`;
  }
}

/**
 * Een voorstel (`; bedoelde u "x"?`) als een tekst lijkt op een van de namen (velden of
 * toegestane waarden), zonder de velden die al in `aanwezig` staan; nooit een uitzondering.
 */
function voorstel(term: unknown, namen: readonly unknown[] | undefined, aanwezig?: unknown): string {
  try {
    if (typeof term !== "string" || namen === undefined) return "";
    const teksten = namen.filter((n): n is string => typeof n === "string");
    return bedoeldeU(term, teksten, typeof aanwezig === "object" && aanwezig !== null ? aanwezig : {});
  } catch {
    return "";
  }
}

/** De toegestane waarden voor een voorstel: alleen een keuze uit meer (één waarde staat al letterlijk in de melding, `verwacht "x"`). */
const keuze = (waarden: readonly unknown[] | undefined) => (waarden !== undefined && waarden.length > 1 ? waarden : undefined);

/**
 * Zet zod-issues om naar {@link Issue}s met een vaste code, een pad en een Nederlandse melding.
 * Lijkt een onbekend veld op een veld dat het schema op die plek kent (en dat nog niet in de
 * invoer staat), of een ongeldige waarde op een van de toegestane waarden, dan eindigt de melding
 * met `; bedoelde u "…"?` (zie `gelijkend` in `src/regio/normaliseer.ts`: hoofdletters, diakrieten
 * en leestekens tellen niet, een kleine tikfout wel; één voorstel, twee als ze even dichtbij liggen).
 * @param hintOnbekendVeld - extra uitleg bij een onbekend veld (bijv. waar vrije afspraken horen)
 * @param bron - het schema en de invoer van de parse; zonder dit geen voorstel bij een onbekend veld
 */
export function naarIssues(issues: readonly z.core.$ZodIssue[], hintOnbekendVeld?: string, bron?: { readonly schema: z.core.$ZodType; readonly invoer: unknown }): Issue[] {
  const uit: Issue[] = [];
  for (const i of issues) {
    const pad = i.path.map((p) => (typeof p === "symbol" ? String(p) : p)) as (string | number)[];
    const eigen = i.message && !ENGELS.test(i.message) ? i.message : undefined;
    const heeftInvoer = "input" in i && i.input !== undefined;
    const push = (code: IssueCode, tekst: string, p: Pad = pad) => uit.push({ code, path: p, message: metPad(p, tekst) });
    switch (i.code) {
      case "invalid_type":
        if (!heeftInvoer) push("verplicht", eigen ?? `verplicht veld ontbreekt (verwacht ${typenaam(i.expected)})`);
        else push("ongeldig-type", eigen ?? `verwacht ${typenaam(i.expected)}, ontvangen ${beschrijfType(i.input)}`);
        break;
      case "invalid_value":
        // Een ontbrekend verplicht veld met een vaste lijst waarden (z.enum, z.literal) is 'verplicht'.
        if (!heeftInvoer) {
          push("verplicht", `verwacht ${i.values.length === 1 ? JSON.stringify(i.values[0]) : `een van ${i.values.map((v) => JSON.stringify(v)).join(", ")}`} (verplicht veld ontbreekt)`);
          break;
        }
        push(
          "ongeldige-waarde",
          (eigen ?? `verwacht ${i.values.length === 1 ? JSON.stringify(i.values[0]) : `een van ${i.values.map((v) => JSON.stringify(v)).join(", ")}`}, ontvangen ${beschrijfType(i.input)}`) + voorstel(i.input, keuze(i.values)),
        );
        break;
      case "too_small":
        push("te-klein", eigen ?? (i.origin === "array" && i.minimum === 1 ? "mag niet leeg zijn" : `te klein: ${grens(i.origin, i.minimum, true)}`));
        break;
      case "too_big":
        push("te-groot", eigen ?? `te groot: ${grens(i.origin, i.maximum, false)}`);
        break;
      case "invalid_format":
        push("ongeldig-formaat", eigen ?? `ongeldig formaat (${i.format}), ontvangen ${beschrijfType(i.input)}`);
        break;
      case "unrecognized_keys": {
        const velden = bron && bekendeVelden(bron.schema, bron.invoer, pad);
        // Het object zelf (voor "staat er al"): uit het issue (reportInput), anders uit de invoer.
        const object = velden && (heeftInvoer ? i.input : waardeOp(bron.invoer, pad));
        for (const k of i.keys) {
          // Een veldnaam van alleen cijfers komt meestal van een decimale komma in YAML: `{ fte: 1,35 }` is fte 1 en een veld "35".
          const komma = /^\d+$/.test(k) ? "; een decimaal getal schrijf je met een punt (bijv. 1.35, niet 1,35)" : "";
          push("onbekend-veld", `onbekend veld ${JSON.stringify(k)}${komma}${hintOnbekendVeld ? `; ${hintOnbekendVeld}` : ""}${voorstel(k, velden, object)}`, [...pad, k]);
        }
        break;
      }
      case "invalid_union": {
        const u = i as { note?: string; discriminator?: string; options?: unknown[] };
        if (u.note === "No matching discriminator" && u.discriminator !== undefined) {
          const opties = (u.options ?? []).map((o) => JSON.stringify(o)).join(", ");
          const p = pad[pad.length - 1] === u.discriminator ? pad : [...pad, u.discriminator];
          // Het issue hoort bij het object (de invoer is het object, het pad soms al met de discriminator).
          const object = heeftInvoer ? i.input : bron && waardeOp(bron.invoer, pad === p ? pad.slice(0, -1) : pad);
          push("ongeldige-waarde", `verwacht een van ${opties}${voorstel(waardeOp(object, [u.discriminator]), keuze(u.options))}`, p);
        } else {
          push("ongeldige-waarde", eigen ?? "past bij geen van de toegestane vormen");
        }
        break;
      }
      case "custom": {
        const code = (i.params as { code?: IssueCode } | undefined)?.code ?? "ongeldige-waarde";
        push(code, eigen ?? "ongeldige waarde");
        break;
      }
      default:
        push("ongeldige-waarde", eigen ?? "ongeldige waarde");
    }
  }
  return uit;
}

/** Een peildatum (`JJJJ-MM-DD`, bestaande datum) als zod-schema met Nederlandse melding. */
export const PeildatumSchema = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: (i) => `${JSON.stringify(i.input)} heeft niet de vorm JJJJ-MM-DD (bijvoorbeeld 2026-07-01)`, abort: true }),
    z.superRefine((waarde, ctx) => {
      const p = peildatumProbleem(waarde);
      if (p) ctx.addIssue({ code: "custom", message: p.tekst, params: { code: p.code }, input: waarde });
    }),
  )
  .meta({ description: "Kalenderdatum JJJJ-MM-DD (Nederlandse kalenderdatum)", format: "date" });

/** Controleert de nestdiepte zonder recursie (ook bij 10.000 niveaus geen stack overflow). */
export function controleerDiepte(waarde: unknown, max = MAX_DIEPTE): Issue | undefined {
  const stapel: [unknown, number][] = [[waarde, 0]];
  while (stapel.length > 0) {
    const [w, d] = stapel.pop()!;
    if (typeof w !== "object" || w === null) continue;
    if (d >= max) {
      return { code: "te-diep", path: [], message: `(hele document): te diep genest (meer dan ${max} niveaus)` };
    }
    for (const v of Array.isArray(w) ? w : Object.values(w)) stapel.push([v, d + 1]);
  }
  return undefined;
}

/**
 * Parseert onbetrouwbare invoer met een schema: nooit een uitzondering, altijd een
 * {@link Result} met Nederlandse meldingen en paden. Onbekende velden worden gemeld.
 */
export function veiligParse<T>(schema: z.ZodType<T>, invoer: unknown, hintOnbekendVeld?: string): Result<T> {
  try {
    const diep = controleerDiepte(invoer);
    if (diep) return { ok: false, issues: [diep] };
    const r = schema.safeParse(invoer, { reportInput: true });
    if (r.success) return { ok: true, value: r.data };
    return { ok: false, issues: naarIssues(r.error.issues, hintOnbekendVeld, { schema, invoer }) };
  } catch (e) {
    // Geen gewone gegevens: een getter die gooit, een Proxy. Ook dan een Result, geen uitzondering.
    const reden = e instanceof Error ? e.message : String(e);
    return { ok: false, issues: [{ code: "onleesbaar", path: [], message: `(hele document): de invoer is niet te lezen (${reden}); geef gewone gegevens, bijv. uit JSON.parse` }] };
  }
}
