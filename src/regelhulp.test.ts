import { describe, expect, it } from "vitest";
import { citeer } from "./bronnen/citaat.js";
import { maakContext, type Regel, type ToetsContext } from "./bevinding/model.js";
import { OngeldigeInvoerFout } from "./result.js";
import { eenKeerPerToets, formatFte, honderdsten, opsomming, toetsMet, uitkomst } from "./regelhulp.js";

/**
 * Tests voor de hulpmiddelen van de regelmodules, gevonden met mutatietesten
 * (docs/mutatietesten.md): opmaak van fte en opsommingen, velden van een uitkomst en de
 * Nederlandse fout bij ongeparseerde invoer.
 */

describe("uitkomst", () => {
  it("hint en gegevens alleen als ze zijn opgegeven", () => {
    expect(uitkomst("voldaan", ["a"], "b")).toStrictEqual({ uitkomst: "voldaan", pad: ["a"], bericht: "b" });
    expect(uitkomst("voldaan", ["a"], "b", {})).toStrictEqual({ uitkomst: "voldaan", pad: ["a"], bericht: "b" });
    expect(uitkomst("beoordelen", ["a"], "b", { hint: "h" })).toStrictEqual({ uitkomst: "beoordelen", pad: ["a"], bericht: "b", hint: "h" });
    expect(uitkomst("voldaan", ["a"], "b", { gegevens: { n: 1 } })).toStrictEqual({ uitkomst: "voldaan", pad: ["a"], bericht: "b", gegevens: { n: 1 } });
  });
});

describe("fte en opsommingen", () => {
  it("formatFte: honderdsten als Nederlands getal met twee decimalen, ook negatief", () => {
    expect([135, 270, 5, 0, -135, -5, 100].map(formatFte)).toEqual(["1,35", "2,70", "0,05", "0,00", "-1,35", "-0,05", "1,00"]);
    expect(honderdsten(1.35)).toBe(135);
  });

  it("opsomming: A, B en C", () => {
    expect(opsomming([])).toBe("");
    expect(opsomming(["A"])).toBe("A");
    expect(opsomming(["A", "B"])).toBe("A en B");
    expect(opsomming(["A", "B", "C"])).toBe("A, B en C");
  });
});

describe("toetsMet: ongeparseerde invoer geeft een Nederlandse fout op het veld", () => {
  const regel: Regel<{ regio: string; partijen: unknown[] }> = {
    id: "test/r",
    titel: "t",
    beschrijving: "b",
    grondslag: "beleid",
    bron: citeer("HRT", "§1"),
    hint: "h",
    toets: () => [{ uitkomst: "voldaan", pad: [], bericht: "ok" }],
  };
  const toets = (invoer: unknown, vorm: { tekst?: string[]; lijst?: string[] } = { tekst: ["regio"], lijst: ["partijen"] }) => {
    try {
      return toetsMet("toetsTest", [regel], invoer as never, { peildatum: "2026-01-01" }, vorm, "parseTest");
    } catch (e) {
      if (e instanceof OngeldigeInvoerFout) return e;
      throw e;
    }
  };

  it("geen object: pad leeg, 'invoer' in de melding", () => {
    for (const x of [null, [], "x", 5]) {
      expect(toets(x)).toMatchObject({ code: "ongeldig-type", path: [], message: expect.stringMatching(/^toetsTest: invoer: verwacht een object; lees onbetrouwbare invoer eerst met parseTest uit arbeidsmarktinfra\/schemas$/) });
    }
  });

  it("een ontbrekende tekst of lijst: het veld als pad en in de melding", () => {
    expect(toets({ partijen: [] })).toMatchObject({ code: "ongeldig-type", path: ["regio"], message: expect.stringMatching(/^toetsTest: regio: verwacht een tekst/) });
    expect(toets({ regio: "AM22" })).toMatchObject({ code: "ongeldig-type", path: ["partijen"], message: expect.stringMatching(/^toetsTest: partijen: verwacht een lijst/) });
  });

  it("zonder opgegeven vorm: alleen een object nodig", () => {
    expect(toets({}, {})).toMatchObject({ bevindingen: [{ regelId: "test/r", uitkomst: "voldaan" }] });
    expect(toets({ partijen: [] }, { lijst: ["partijen"] })).toMatchObject({ bevindingen: [{ uitkomst: "voldaan" }] });
  });
});

describe("eenKeerPerToets", () => {
  it("rekent per invoerobject één keer per context; een andere context of invoer rekent opnieuw", () => {
    let keer = 0;
    const f = eenKeerPerToets((x: { n: number }, _ctx: ToetsContext) => (keer++, x.n * 2));
    const ctx = maakContext({ peildatum: "2026-09-01" });
    const a = { n: 2 };
    expect([f(a, ctx), f(a, ctx)]).toEqual([4, 4]);
    expect(keer).toBe(1);
    expect(f({ n: 2 }, ctx)).toBe(4); // ander object
    expect(keer).toBe(2);
    a.n = 5;
    expect(f(a, maakContext({ peildatum: "2026-09-01" }))).toBe(10); // andere context: opnieuw
    expect(keer).toBe(3);
    // Geen object: zonder geheugen (de berekening geeft zelf de fout).
    const g = eenKeerPerToets((x: unknown) => (keer++, typeof x));
    expect([g(5 as never, ctx), g(5 as never, ctx)]).toEqual(["number", "number"]);
    expect(keer).toBe(5);
  });
});
