import { describe, expect, it } from "vitest";
import * as z from "zod";
import { naarIssues, veiligParse } from "./schema-hulp.js";

/**
 * De vertaling van zod-issues naar Nederlandse meldingen, per soort issue, ook de soorten die
 * de eigen schema's nu (nog) niet opleveren: een nieuw schema krijgt zo nooit een Engelse
 * melding of een melding zonder pad.
 */
const melding = (schema: z.ZodType, invoer: unknown) => {
  const r = veiligParse(schema, invoer);
  return r.ok ? [] : r.issues.map((i) => `${i.code} | ${i.message}`);
};

describe("naarIssues: elke soort zod-issue wordt een Nederlandse melding met pad", () => {
  it("te kort en te lang: tekens (enkelvoud en meervoud) en elementen", () => {
    const s = z.strictObject({ naam: z.string().min(1), code: z.string().max(3), lijst: z.array(z.number()).min(2), kort: z.array(z.number()).max(1) });
    expect(melding(s, { naam: "", code: "ABCD", lijst: [1], kort: [1, 2] })).toEqual([
      "te-klein | naam: te klein: minimaal 1 teken",
      "te-groot | code: te groot: maximaal 3 tekens",
      "te-klein | lijst: te klein: minimaal 2 elementen",
      "te-groot | kort: te groot: maximaal 1 element",
    ]);
    expect(melding(z.number().min(5), 3)).toEqual(["te-klein | (hele document): te klein: minimaal 5"]);
    expect(melding(z.set(z.number()).min(2), new Set([1]))).toEqual(["te-klein | (hele document): te klein: minimaal 2 elementen"]);
  });

  it("een formaat zonder eigen melding noemt het formaat en de invoer", () => {
    expect(melding(z.strictObject({ mail: z.email() }), { mail: "geen-mail" })).toEqual(['ongeldig-formaat | mail: ongeldig formaat (email), ontvangen de tekst "geen-mail"']);
  });

  it("issues die de eigen schema's niet kennen: 'ongeldige waarde' met het pad, nooit Engels", () => {
    expect(melding(z.strictObject({ n: z.number().multipleOf(5) }), { n: 7 })).toEqual(["ongeldige-waarde | n: ongeldige waarde"]);
    expect(melding(z.record(z.string().regex(/^[a-z]+$/), z.number()), { AB: 1 })).toEqual(["ongeldige-waarde | AB: ongeldige waarde"]);
    expect(melding(z.strictObject({ x: z.string().refine((v) => v === "ja") }), { x: "nee" })).toEqual(["ongeldige-waarde | x: ongeldige waarde"]);
  });

  it("een eigen melding en code bij een controle gaan voor; zonder code wordt het ongeldige-waarde", () => {
    const s = z.strictObject({
      a: z.string().check(z.superRefine((_, ctx) => ctx.addIssue({ code: "custom", message: "eigen melding", params: { code: "inconsistent" } }))),
      b: z.string().check(z.superRefine((_, ctx) => ctx.addIssue({ code: "custom", message: "zonder code" }))),
    });
    expect(melding(s, { a: "", b: "" })).toEqual(["inconsistent | a: eigen melding", "ongeldige-waarde | b: zonder code"]);
  });

  it("een union zonder passende vorm, en een discriminator die ontbreekt of niet klopt", () => {
    expect(melding(z.strictObject({ w: z.union([z.number(), z.boolean()]) }), { w: "x" })).toEqual(["ongeldige-waarde | w: past bij geen van de toegestane vormen"]);
    const d = z.discriminatedUnion("soort", [z.strictObject({ soort: z.literal("a") }), z.strictObject({ soort: z.literal("b") })]);
    expect(melding(z.strictObject({ deur: d }), { deur: { soort: "c" } })).toEqual(['ongeldige-waarde | deur.soort: verwacht een van "a", "b"']);
    expect(melding(z.strictObject({ deur: d }), { deur: {} })).toEqual(['ongeldige-waarde | deur.soort: verwacht een van "a", "b"']);
  });

  it("een hint bij onbekende velden, en geen hint zonder", () => {
    const s = z.strictObject({ a: z.number() });
    const r = s.safeParse({ a: 1, b: 2, c: 3 });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(naarIssues(r.error.issues, "zet vrije tekst in 'toelichting'").map((i) => i.message)).toEqual([
        "b: onbekend veld \"b\"; zet vrije tekst in 'toelichting'",
        "c: onbekend veld \"c\"; zet vrije tekst in 'toelichting'",
      ]);
      expect(naarIssues(r.error.issues).map((i) => i.path)).toEqual([["b"], ["c"]]);
    }
  });
});
