import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import type { Issue, Result } from "./result.js";
import { naarIssues, veiligParse } from "./schema-hulp.js";
import { bekendeVelden, waardeOp } from "./schema-velden.js";
import { parseConvenant, parseHulpvraag, parseInstellingen, parseRegionaalBeraad, parseWerkcentrum, parseWerkplan } from "./schemas.js";

/**
 * "Bedoelde u …?" in de meldingen van de parse-functies: bij een onbekend veld dat lijkt op een
 * veld dat het schema op die plek kent (en dat nog niet in de invoer staat), en bij een waarde die
 * lijkt op een van de toegestane waarden.
 */

/** De melding van het issue op precies dit pad (de test faalt als er geen is). */
function melding(r: Result<unknown>, ...pad: (string | number)[]): string {
  expect(r.ok).toBe(false);
  const i = r.ok ? undefined : r.issues.find((x) => JSON.stringify(x.path) === JSON.stringify(pad));
  expect(i, `issue op ${JSON.stringify(pad)} in ${JSON.stringify(r)}`).toBeDefined();
  return i!.message;
}

const CONVENANT_HINT = "afspraken die het model niet kent horen in 'overigeAfspraken' (titel, tekst)";
const partij = (naam: string, soort: string, rol = "kernpartner") => ({ naam, soort, rol });
const partijen = () => [partij("Gemeente Rotterdam", "gemeente"), partij("UWV", "uwv"), partij("SBB", "sbb")];

const werkgever = { vrager: "werkgever", onderwerpen: ["personeel"], deur: { soort: "digitaal" } };
const werkende = { vrager: "werkende", uitkering: "geen", onderwerpen: ["werk"], deur: { soort: "werkcentrum" } };

describe("onbekend veld: bedoelde u …?", () => {
  it("op het hoogste niveau, na de hint van het formaat", () => {
    const r = parseConvenant({ regio: "Rijnmond", partyen: partijen() });
    expect(melding(r, "partyen")).toBe(`partyen: onbekend veld "partyen"; ${CONVENANT_HINT}; bedoelde u "partijen"?`);
    const b = parseRegionaalBeraad({ regioo: "Rijnmond", partijen: partijen() });
    expect(melding(b, "regioo")).toBe(`regioo: onbekend veld "regioo"; gebruik 'toelichting' voor vrije tekst; bedoelde u "regio"?`);
  });

  it("genest in een element van een lijst (partijen[2].rool)", () => {
    const p = partijen();
    const { rol, ...zonderRol } = p[2]!;
    const r = parseConvenant({ regio: "Rijnmond", partijen: [p[0], p[1], { ...zonderRol, rool: rol }] });
    expect(melding(r, "partijen", 2, "rool")).toBe(`partijen[2].rool: onbekend veld "rool"; ${CONVENANT_HINT}; bedoelde u "rol"?`);
  });

  it("dieper genest, door optionele velden heen (looptijd.einddatm, werkcentrum.gidsfunctie)", () => {
    const r = parseConvenant({ regio: "Rijnmond", partijen: partijen(), looptijd: { ingangsdatum: "2026-01-01", einddatm: "2030-12-31" } });
    expect(melding(r, "looptijd", "einddatm")).toMatch(/; bedoelde u "einddatum"\?$/);
  });

  it("in een discriminated union: de velden van de optie die bij de vrager hoort", () => {
    // omvang bestaat alleen bij een werkgever, contract alleen bij een werkende.
    expect(melding(parseHulpvraag({ ...werkgever, omvnag: "klein" }), "omvnag")).toBe('omvnag: onbekend veld "omvnag"; bedoelde u "omvang"?');
    expect(melding(parseHulpvraag({ ...werkende, contrct: "vast" }), "contrct")).toBe('contrct: onbekend veld "contrct"; bedoelde u "contract"?');
    expect(melding(parseHulpvraag({ ...werkgever, contrct: "vast" }), "contrct")).toBe('contrct: onbekend veld "contrct"');
    expect(melding(parseHulpvraag({ ...werkende, omvnag: "klein" }), "omvnag")).toBe('omvnag: onbekend veld "omvnag"');
    // Een werkgever kent regio en regios: even dichtbij, dus allebei.
    expect(melding(parseHulpvraag({ ...werkgever, regioo: "AM22" }), "regioo")).toBe('regioo: onbekend veld "regioo"; bedoelde u "regio" of "regios"?');
    expect(melding(parseHulpvraag({ ...werkende, regioo: "AM22" }), "regioo")).toBe('regioo: onbekend veld "regioo"; bedoelde u "regio"?');
  });

  it("in een geneste discriminated union (deur, en de persoon in een Werkplan)", () => {
    expect(melding(parseHulpvraag({ ...werkende, deur: { soort: "werkcentrum", regoi: "AM22" } }), "deur", "regoi")).toBe('deur.regoi: onbekend veld "regoi"; bedoelde u "regio"?');
    expect(melding(parseHulpvraag({ ...werkende, deur: { soort: "partner", partner: "UWV", naaam: "x" } }), "deur", "naaam")).toBe('deur.naaam: onbekend veld "naaam"; bedoelde u "naam"?');
    const w = parseWerkplan({ persoon: { ...werkende, leeftyd: 40 } });
    expect(melding(w, "persoon", "leeftyd")).toBe('persoon.leeftyd: onbekend veld "leeftyd"; bedoelde u "leeftijd"?');
  });

  it("een veld dat al in de invoer staat, wordt niet voorgesteld", () => {
    expect(melding(parseConvenant({ regio: "Rijnmond", partijen: partijen(), partyen: [] }), "partyen")).toBe(`partyen: onbekend veld "partyen"; ${CONVENANT_HINT}`);
    const p = { ...partij("UWV", "uwv"), rool: "x" };
    expect(melding(parseConvenant({ regio: "Rijnmond", partijen: [p] }), "partijen", 0, "rool")).toBe(`partijen[0].rool: onbekend veld "rool"; ${CONVENANT_HINT}`);
    expect(melding(parseHulpvraag({ ...werkgever, regio: "AM22", Regio: "AM22" }), "Regio")).toBe('Regio: onbekend veld "Regio"');
  });

  it("een veld dat nergens op lijkt, krijgt geen voorstel", () => {
    expect(melding(parseHulpvraag({ ...werkende, bsn: "123" }), "bsn")).toBe('bsn: onbekend veld "bsn"');
    expect(melding(parseConvenant({ regio: "Rijnmond", partijen: partijen(), kleur: "blauw" }), "kleur")).toBe(`kleur: onbekend veld "kleur"; ${CONVENANT_HINT}`);
    // Wel een woord dat op een veld lijkt: handtekening (3 van 13 letters anders) → ondertekening.
    expect(melding(parseConvenant({ regio: "Rijnmond", partijen: partijen(), handtekening: "ja" }), "handtekening")).toMatch(/; bedoelde u "ondertekening"\?$/);
  });

  it("de hint bij een decimale komma blijft", () => {
    const r = parseWerkcentrum({ regio: "Rijnmond", gidsfunctie: { fteUwv: 1, "35": 1 } });
    expect(r.ok).toBe(false);
    expect(r.ok || r.issues.find((i) => i.code === "onbekend-veld")?.message).toMatch(/onbekend veld "35"; een decimaal getal schrijf je met een punt/);
  });

  it("parseInstellingen: velden, parameter-ids en de velden van een overschrijving", () => {
    expect(melding(parseInstellingen({ inwerkingtreeding: "2027-01-01" }), "inwerkingtreeding")).toBe('inwerkingtreeding: onbekend veld "inwerkingtreeding"; bedoelde u "inwerkingtreding"?');
    expect(melding(parseInstellingen({ parameters: { "regio.impulsbudjet": { waarde: 1 } } }), "parameters", "regio.impulsbudjet")).toMatch(
      /^parameters\["regio\.impulsbudjet"\]: onbekende parameter "regio\.impulsbudjet"; bekend zijn: .*, agenda\.uitvoeringsagenda\.looptijd; bedoelde u "regio\.impulsbudget"\?$/,
    );
    expect(melding(parseInstellingen({ parameters: { "regio.impulsbudget": { waarde: 1, geldigTm: "2030-01-01" } } }), "parameters", "regio.impulsbudget", "geldigTm")).toBe(
      'parameters["regio.impulsbudget"].geldigTm: onbekend veld "geldigTm"; bekend zijn: waarde, geldigVanaf, geldigTot, toelichting; bedoelde u "geldigTot"?',
    );
    // In een lijst van overschrijvingen, met het veld al aanwezig: geen voorstel.
    expect(melding(parseInstellingen({ parameters: { "regio.impulsbudget": [{ waarde: 1, toelichting: "a", toelichtng: "b" }] } }), "parameters", "regio.impulsbudget", 0, "toelichtng")).toBe(
      'parameters["regio.impulsbudget"][0].toelichtng: onbekend veld "toelichtng"; bekend zijn: waarde, geldigVanaf, geldigTot, toelichting',
    );
  });
});

describe("ongeldige waarde: bedoelde u …?", () => {
  it("een tikfout in een vaste waarde (rol, uitkering)", () => {
    const r = parseConvenant({ regio: "Rijnmond", partijen: [partij("UWV", "uwv", "kernparter")] });
    expect(melding(r, "partijen", 0, "rol")).toBe(
      'partijen[0].rol: verwacht een van "kernpartner", "strategische-partner", "samenwerkingspartner", "adviseur", ontvangen de tekst "kernparter"; bedoelde u "kernpartner"?',
    );
    expect(melding(parseHulpvraag({ ...werkende, uitkering: "bijstnd" }), "uitkering")).toMatch(/, ontvangen "bijstnd"; bedoelde u "bijstand"\?$/);
  });

  it("alleen hoofdletters anders: ww → WW", () => {
    expect(melding(parseHulpvraag({ ...werkende, uitkering: "ww" }), "uitkering")).toBe(
      'uitkering: verwacht een van "WW", "WIA/WGA", "Wajong", "bijstand", "geen", "onbekend", ontvangen "ww"; bedoelde u "WW"?',
    );
    expect(melding(parseConvenant({ regio: "Rijnmond", partijen: [partij("UWV", "UWV")] }), "partijen", 0, "soort")).toMatch(/; bedoelde u "uwv"\?$/);
  });

  it("de discriminator van een union (vrager, deur.soort)", () => {
    expect(melding(parseHulpvraag({ ...werkgever, vrager: "werkgevr" }), "vrager")).toBe('vrager: verwacht een van "werkende", "werkzoekende", "werkgever"; bedoelde u "werkgever"?');
    expect(melding(parseHulpvraag({ ...werkende, deur: { soort: "Digitaal" } }), "deur", "soort")).toMatch(/; bedoelde u "digitaal"\?$/);
  });

  it("geen voorstel bij een waarde die nergens op lijkt, een getal, of één toegestane waarde", () => {
    expect(melding(parseHulpvraag({ ...werkende, uitkering: "toeslag" }), "uitkering")).not.toContain("bedoelde u");
    expect(melding(parseConvenant({ regio: "Rijnmond", partijen: [partij("UWV", "uwv", 5 as never)] }), "partijen", 0, "rol")).not.toContain("bedoelde u");
    const s = z.strictObject({ regel: z.literal("triage/max-ww-overdracht") });
    expect(melding(veiligParse(s, { regel: "triage/max-ww-overdrach" }), "regel")).toBe('regel: verwacht "triage/max-ww-overdracht", ontvangen de tekst "triage/max-ww-overdrach"');
    // Een object met één veld krijgt bij een onbekend veld wel een voorstel: de melding noemt de velden niet.
    expect(melding(veiligParse(z.strictObject({ datum: z.string() }), { datm: "x" }), "datm")).toBe('datm: onbekend veld "datm"; bedoelde u "datum"?');
  });
});

describe("naarIssues zonder schema (bestaande aanroepen)", () => {
  it("geeft bij een onbekend veld geen voorstel, bij een ongeldige waarde wel", () => {
    const s = z.strictObject({ soort: z.enum(["gemeente", "uwv"]), naam: z.string() });
    const r = s.safeParse({ soort: "UWV", naam: "x", nam: "y" }, { reportInput: true });
    expect(r.success).toBe(false);
    const zonder = naarIssues(r.error!.issues).map((i) => i.message);
    expect(zonder).toContain('soort: verwacht een van "gemeente", "uwv", ontvangen de tekst "UWV"; bedoelde u "uwv"?');
    expect(zonder).toContain('nam: onbekend veld "nam"');
    const met = naarIssues(r.error!.issues, undefined, { schema: s, invoer: { soort: "UWV", naam: "x", nam: "y" } }).map((i) => i.message);
    expect(met).toContain('nam: onbekend veld "nam"');
    const zonderNaam = naarIssues(s.safeParse({ soort: "uwv", nam: "y" }).error!.issues, undefined, { schema: s, invoer: { soort: "uwv", nam: "y" } });
    expect(zonderNaam.map((i) => i.message)).toContain('nam: onbekend veld "nam"; bedoelde u "naam"?');
  });

  it("zonder reportInput komt het object voor 'al aanwezig' en de discriminator uit de invoer", () => {
    const s = z.strictObject({ l: z.array(z.discriminatedUnion("k", [z.strictObject({ k: z.literal("alfa"), naam: z.string() }), z.strictObject({ k: z.literal("beta"), soort: z.string() })])) });
    const invoer = { l: [{ k: "alfa", nam: "1" }, { k: "beta", soort: "1", sort: "2" }, { k: "betaa" }, { k: "alfa", sort: "x" }] };
    const issues: Issue[] = naarIssues(s.safeParse(invoer).error!.issues, undefined, { schema: s, invoer });
    expect(issues.map((i) => i.message)).toEqual([
      "l[0].naam: verplicht veld ontbreekt (verwacht tekst)",
      'l[0].nam: onbekend veld "nam"; bedoelde u "naam"?',
      'l[1].sort: onbekend veld "sort"',
      'l[2].k: verwacht een van "alfa", "beta"; bedoelde u "beta"?',
      "l[3].naam: verplicht veld ontbreekt (verwacht tekst)",
      'l[3].sort: onbekend veld "sort"',
    ]);
  });
});

describe("bekendeVelden: het schema langs het pad", () => {
  const Partij = z.strictObject({ naam: z.string(), rol: z.enum(["a", "b"]) });
  it("objecten, lijsten, omhulsels, records, tuples, catchall", () => {
    const s = z.strictObject({
      partijen: z.exactOptional(z.array(Partij)),
      kaart: z.record(z.string(), Partij).optional(),
      paar: z.tuple([z.string(), Partij], z.strictObject({ rest: z.number() })),
      met: z.object({ a: z.string() }).catchall(z.strictObject({ c: z.number() })),
      standaard: z.strictObject({ d: z.number() }).default({ d: 1 }).nullable().readonly(),
      opgevangen: z.strictObject({ e: z.number() }).catch({ e: 1 }),
    });
    expect(bekendeVelden(s, {}, [])).toEqual(["partijen", "kaart", "paar", "met", "standaard", "opgevangen"]);
    expect(bekendeVelden(s, {}, ["partijen", 3])).toEqual(["naam", "rol"]);
    expect(bekendeVelden(s, {}, ["kaart", "iets"])).toEqual(["naam", "rol"]);
    expect(bekendeVelden(s, {}, ["paar", 1])).toEqual(["naam", "rol"]);
    expect(bekendeVelden(s, {}, ["paar", 5])).toEqual(["rest"]);
    expect(bekendeVelden(s, {}, ["met", "b"])).toEqual(["c"]);
    expect(bekendeVelden(s, {}, ["standaard"])).toEqual(["d"]);
    expect(bekendeVelden(s, {}, ["opgevangen"])).toEqual(["e"]);
  });

  it("pipes, transforms, preprocess, lazy (ook recursief) en intersection", () => {
    const Boom: z.ZodType<unknown> = z.lazy(() => z.strictObject({ naam: z.string(), kinderen: z.array(Boom) }));
    const s = z.strictObject({
      p: z.strictObject({ a: z.string() }).transform((x) => x.a),
      pre: z.preprocess((x) => x, z.strictObject({ b: z.string() })),
      boom: Boom,
      beide: z.intersection(z.object({ l: z.string() }), z.object({ r: z.string() })),
    });
    expect(bekendeVelden(s, {}, ["p"])).toEqual(["a"]);
    expect(bekendeVelden(s, {}, ["pre"])).toEqual(["b"]);
    expect(bekendeVelden(s, {}, ["boom", "kinderen", 0, "kinderen", 4])).toEqual(["naam", "kinderen"]);
    expect(bekendeVelden(s, {}, ["beide"])).toEqual(["l", "r"]);
  });

  it("unions: de optie van de discriminator, anders alle opties samen", () => {
    const du = z.discriminatedUnion("k", [z.strictObject({ k: z.literal("a"), x: z.string() }), z.strictObject({ k: z.literal("b"), y: z.string() })]);
    expect(bekendeVelden(du, { k: "a" }, [])).toEqual(["k", "x"]);
    expect(bekendeVelden(du, { k: "b" }, [])).toEqual(["k", "y"]);
    expect(bekendeVelden(du, { k: "c" }, [])).toEqual(["k", "x", "y"]);
    expect(bekendeVelden(du, null, [])).toEqual(["k", "x", "y"]);
    const u = z.union([z.strictObject({ p: z.string() }), z.strictObject({ q: z.string() }), z.string()]);
    expect(bekendeVelden(u, { p: "1" }, [])).toEqual(["p", "q"]);
    // Onderweg kiest de discriminator per element.
    const l = z.array(du);
    expect(bekendeVelden(l, [{ k: "b" }, { k: "a" }], [1])).toEqual(["k", "x"]);
  });

  it("een pad dat niet tot een object leidt, of een vreemd schema: geen antwoord, geen uitzondering", () => {
    const s = z.strictObject({ a: z.string(), l: z.array(z.number()) });
    expect(bekendeVelden(s, {}, ["a"])).toBeUndefined();
    expect(bekendeVelden(s, {}, ["b"])).toBeUndefined();
    expect(bekendeVelden(s, {}, ["l", 0])).toBeUndefined();
    expect(bekendeVelden(s, {}, ["l", "x"])).toBeUndefined();
    expect(bekendeVelden({ _zod: { def: { type: "lazy", getter: () => { throw new Error("stuk"); } } } } as never, {}, [])).toBeUndefined();
    expect(bekendeVelden({} as never, {}, [])).toBeUndefined();
    // Een lazy die naar zichzelf verwijst, loopt niet eindeloos.
    const rond: z.ZodType<unknown> = z.lazy(() => rond);
    expect(bekendeVelden(rond, {}, [])).toBeUndefined();
  });

  it("een invoer die bij lezen gooit (getter, Proxy): geen antwoord, geen uitzondering", () => {
    const du = z.discriminatedUnion("k", [z.strictObject({ k: z.literal("a") })]);
    const lastig = new Proxy({}, { getOwnPropertyDescriptor: () => { throw new Error("nee"); } });
    expect(bekendeVelden(du, lastig, [])).toBeUndefined();
    expect(waardeOp(lastig, ["k"])).toBeUndefined();
    expect(waardeOp({ a: [{ b: 1 }] }, ["a", 0, "b"])).toBe(1);
    expect(waardeOp({ a: 1 }, ["toString"])).toBeUndefined(); // alleen eigen velden
  });
});

describe("eigenschap: een tikfout in een veldnaam van een geldig document", () => {
  /** Geldige documenten per parse-functie (klein, met geneste objecten, lijsten en unions). */
  const documenten: [string, (x: unknown) => Result<unknown>, unknown][] = [
    ["parseConvenant", parseConvenant, { regio: "Rijnmond", partijen: partijen(), looptijd: { ingangsdatum: "2026-01-01", einddatum: "2030-12-31" }, begroting: { posten: [{ omschrijving: "gids", bedragCent: 100 }] } }],
    ["parseHulpvraag", parseHulpvraag, { ...werkende, contract: "vast", leeftijd: 40, deur: { soort: "partner", partner: "UWV", naam: "UWV Rotterdam" } }],
    ["parseHulpvraag", parseHulpvraag, { ...werkgever, omvang: "klein", regios: ["AM22"], leerbedrijfvraag: true }],
    ["parseInstellingen", parseInstellingen, { inwerkingtreding: "2027-01-01", verloopvensterMaanden: 6 }],
  ];
  for (const [, parse, doc] of documenten) expect(parse(doc).ok).toBe(true);

  /** Alle (pad, sleutel) in een document. */
  function sleutels(w: unknown, pad: (string | number)[] = []): [(string | number)[], string][] {
    if (typeof w !== "object" || w === null) return [];
    if (Array.isArray(w)) return w.flatMap((x, i) => sleutels(x, [...pad, i]));
    return Object.entries(w).flatMap(([k, v]) => [[pad, k] as [(string | number)[], string], ...sleutels(v, [...pad, k])]);
  }

  /** Eén bewerking: een letter weg, erbij, anders, of in hoofdletters. */
  const tikfout = (k: string, soort: number, plek: number, letter: string): string => {
    const i = plek % k.length;
    switch (soort) {
      case 0:
        return k.slice(0, i) + k.slice(i + 1);
      case 1:
        return k.slice(0, i) + letter + k.slice(i);
      case 2:
        return k.slice(0, i) + letter + k.slice(i + 1);
      default:
        return k.toUpperCase();
    }
  };

  it("nooit een uitzondering; de melding noemt het oorspronkelijke veld (of twee even dichtbij), of geen voorstel", () => {
    let metVoorstel = 0;
    let totaal = 0;
    fc.assert(
      fc.property(fc.nat({ max: documenten.length - 1 }), fc.nat(), fc.nat({ max: 3 }), fc.nat(), fc.constantFrom("a", "e", "x", "_", "-", "ij"), (d, s, soort, plek, letter) => {
        const [, parse, doc] = documenten[d]!;
        const alle = sleutels(doc);
        const [pad, sleutel] = alle[s % alle.length]!;
        const fout = tikfout(sleutel, soort, plek, letter);
        const kopie = structuredClone(doc) as Record<string | number, unknown>;
        const ouder = waardeOp(kopie, pad) as Record<string, unknown>;
        if (fout === "" || Object.hasOwn(ouder, fout)) return;
        // Een tikfout die zelf een bekend veld is (vrager → vragers bestaat niet, regio → regios wel): geen onbekend veld.
        ouder[fout] = ouder[sleutel];
        delete ouder[sleutel];
        const r = parse(kopie);
        if (r.ok) return;
        const i = r.issues.find((x) => x.code === "onbekend-veld" && JSON.stringify(x.path) === JSON.stringify([...pad, fout]));
        if (i === undefined) return;
        totaal++;
        const voorstel = /; bedoelde u (.+)\?$/.exec(i.message);
        if (voorstel === null) return;
        metVoorstel++;
        const namen = [...voorstel[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
        // Een ander veld mag het voorstel zijn als de tikfout daar op hoofdletters en leestekens na gelijk aan is (regios → regio_ → regio).
        const normaal = (t: string) => t.toLowerCase().replace(/[^a-z0-9]/g, "");
        if (!namen.includes(sleutel) && !namen.every((n) => normaal(n!) === normaal(fout))) throw new Error(`${fout} (van ${sleutel}): ${i.message}`);
        if (namen.length > 2) throw new Error(`meer dan twee voorstellen: ${i.message}`);
      }),
      { seed: 20_261_127, numRuns: 2_000 },
    );
    expect(totaal).toBeGreaterThan(1_000);
    expect(metVoorstel / totaal).toBeGreaterThan(0.9);
  });
});
