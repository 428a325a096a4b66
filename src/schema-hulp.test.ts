import { describe, expect, it } from "vitest";
import * as z from "zod";
import { controleerDiepte, PeildatumSchema, veiligParse } from "./schema-hulp.js";
import { parseInstellingen } from "./tijd/schema.js";

const Schema = z.strictObject({
  naam: z.string().min(1),
  soort: z.enum(["a", "b"]),
  datum: PeildatumSchema,
  lijst: z.array(z.number().int()).min(1),
  optioneel: z.exactOptional(z.boolean()),
  vorm: z.discriminatedUnion("type", [z.strictObject({ type: z.literal("x") }), z.strictObject({ type: z.literal("y"), n: z.number() })]),
});

describe("veiligParse en Nederlandse meldingen", () => {
  it("geeft codes, paden en meldingen die het veld en de verwachting noemen", () => {
    const r = veiligParse(Schema, { soort: "c", datum: "2025-02-30", lijst: [1.5], optioneel: "ja", vorm: { type: "z" }, extra: 1 }, "zet vrije afspraken onder 'overigeAfspraken'");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const per = Object.fromEntries(r.issues.map((i) => [i.path.join("."), i]));
    expect(per["naam"]).toMatchObject({ code: "verplicht", message: "naam: verplicht veld ontbreekt (verwacht tekst)" });
    expect(per["soort"]).toMatchObject({ code: "ongeldige-waarde", message: 'soort: verwacht een van "a", "b", ontvangen de tekst "c"' });
    expect(per["datum"]).toMatchObject({ code: "ongeldige-datum", message: "datum: 2025-02-30 is geen bestaande datum: februari 2025 heeft 28 dagen" });
    expect(per["lijst.0"]).toMatchObject({ code: "ongeldig-type", message: "lijst[0]: verwacht geheel getal, ontvangen het getal 1.5" });
    expect(per["optioneel"]).toMatchObject({ code: "ongeldig-type" });
    expect(per["vorm.type"]).toMatchObject({ code: "ongeldige-waarde", message: 'vorm.type: verwacht een van "x", "y"' });
    expect(per["extra"]).toMatchObject({ code: "onbekend-veld", message: "extra: onbekend veld \"extra\"; zet vrije afspraken onder 'overigeAfspraken'" });
  });

  it("meldt een lege lijst en een verkeerde vorm van datum", () => {
    const r = veiligParse(Schema, { naam: "x", soort: "a", datum: "2025-2-3", lijst: [], vorm: { type: "x" } });
    expect(r.ok || r.issues.map((i) => i.code)).toEqual(["ongeldig-formaat", "te-klein"]);
    expect(r.ok || r.issues[1]?.message).toBe("lijst: mag niet leeg zijn");
  });

  it("geeft de waarde terug bij geldige invoer", () => {
    const r = veiligParse(Schema, { naam: "x", soort: "a", datum: "2024-02-29", lijst: [1], vorm: { type: "y", n: 2 } });
    expect(r).toEqual({ ok: true, value: { naam: "x", soort: "a", datum: "2024-02-29", lijst: [1], vorm: { type: "y", n: 2 } } });
  });

  it("gooit nooit, ook niet bij vreemde invoer", () => {
    for (const invoer of [undefined, null, 1, "x", [], Symbol.for("x"), () => 1, new Date(), Object.create(null)]) {
      expect(veiligParse(Schema, invoer).ok).toBe(false);
    }
  });

  it("__proto__ als sleutel wordt gemeld als onbekend veld, zonder prototypevervuiling", () => {
    const invoer = JSON.parse('{"naam":"x","soort":"a","datum":"2025-01-01","lijst":[1],"vorm":{"type":"x"},"__proto__":{"vervuild":true}}') as unknown;
    const r = veiligParse(Schema, invoer);
    expect(r.ok || r.issues.map((i) => [i.code, i.path])).toEqual([["onbekend-veld", ["__proto__"]]]);
    expect(({} as Record<string, unknown>)["vervuild"]).toBeUndefined();
  });

  it("begrenst de nestdiepte zonder recursie", () => {
    let diep: unknown = 1;
    for (let i = 0; i < 10_000; i++) diep = [diep];
    expect(controleerDiepte(diep)?.code).toBe("te-diep");
    const r = veiligParse(Schema, { naam: diep });
    expect(r.ok || r.issues[0]?.code).toBe("te-diep");
    expect(controleerDiepte({ a: [{ b: 1 }] })).toBeUndefined();
  });
});

describe("parseInstellingen", () => {
  it("accepteert geldige instellingen en weigert onbekende velden", () => {
    expect(parseInstellingen({ inwerkingtreding: "onbekend", verloopvensterMaanden: 3 }).ok).toBe(true);
    expect(parseInstellingen({ inwerkingtreding: "2027-01-01", parameters: { "regio.impulsbudget": { waarde: 1, geldigVanaf: "2026-01-01" } } }).ok).toBe(true);
    const r = parseInstellingen({ inwerkingtreding: "binnenkort", foo: 1 });
    expect(r.ok || r.issues.map((i) => i.code).sort()).toEqual(["onbekend-veld", "ongeldig-formaat"]);
  });
});

describe("veiligParse gooit nooit, ook niet bij invoer die zelf gooit (adoptietoets)", () => {
  it("een getter die gooit en een Proxy die gooit: een Result met code onleesbaar", () => {
    const getter = Object.defineProperty({}, "regio", { enumerable: true, get: () => { throw new Error("boem"); } });
    const proxy = new Proxy({}, { ownKeys: () => { throw new TypeError("proxy"); } });
    for (const [invoer, reden] of [[getter, "boem"], [proxy, "proxy"]] as const) {
      const r = parseInstellingen(invoer);
      expect(r).toEqual({ ok: false, issues: [{ code: "onleesbaar", path: [], message: `(hele document): de invoer is niet te lezen (${reden}); geef gewone gegevens, bijv. uit JSON.parse` }] });
    }
    const gooitGeenError = Object.defineProperty({}, "x", { enumerable: true, get: () => { throw "tekst"; } });
    const r = parseInstellingen(gooitGeenError);
    expect(r.ok ? "" : r.issues[0]?.message).toContain("(tekst)");
  });
});
