import { describe, expect, it } from "vitest";
import { citeer } from "../bronnen/citaat.js";
import { OngeldigeInvoerFout } from "../result.js";
import { ernstVoor, heeftFout, maakContext, maakRapport, samenvatting, voerRegelsUit, type Regel } from "./model.js";
import { naarSarif } from "./sarif.js";

const regel: Regel<{ n: number }> = {
  id: "test/positief",
  titel: "n is positief",
  beschrijving: "test",
  grondslag: "wet",
  bron: citeer("KB2024", "§4"),
  hint: "maak n positief",
  toets: (invoer) => [
    invoer.n > 0
      ? { uitkomst: "voldaan", pad: ["n"], bericht: "n is positief" }
      : invoer.n === 0
        ? { uitkomst: "beoordelen", pad: ["n"], bericht: "n is nul" }
        : { uitkomst: "niet-voldaan", pad: ["n"], bericht: "n is negatief", gegevens: { gevonden: invoer.n, verwacht: "> 0" } },
  ],
};

describe("ernstVoor", () => {
  it("wat wet wordt is vóór de inwerkingtreding hoogstens advies, daarna fout", () => {
    expect(ernstVoor("wet", "voor-transitie")).toBe("advies");
    expect(ernstVoor("wet", "transitieperiode")).toBe("advies");
    expect(ernstVoor("wet", "nieuwe-wet")).toBe("fout");
  });
  it("beleid is een waarschuwing, handreiking en voorbeeld een advies", () => {
    for (const f of ["voor-transitie", "transitieperiode", "nieuwe-wet"] as const) {
      expect(ernstVoor("beleid", f)).toBe("waarschuwing");
      expect(ernstVoor("handreiking", f)).toBe("advies");
      expect(ernstVoor("voorbeeld", f)).toBe("advies");
    }
  });
});

describe("volgorde binnen een regel", () => {
  const veel: Regel<readonly string[]> = {
    ...(regel as unknown as Regel<readonly string[]>),
    id: "test/veel",
    toets: (lijst) => lijst.map((u, i) => ({ uitkomst: u as "voldaan", pad: [i], bericht: `${u} ${i}` })),
  };
  const volgorde = (lijst: readonly string[]) => voerRegelsUit([veel, regel as unknown as Regel<readonly string[]>], lijst, maakContext({ peildatum: "2026-08-01" })).map((b) => `${b.regelId} ${b.bericht}`);

  it("eerst wat aandacht vraagt (niet-voldaan, beoordelen, voldaan, niet van toepassing), verder in de volgorde van de regel; de regelvolgorde blijft", () => {
    const invoer = Object.assign(["voldaan", "niet-van-toepassing", "niet-voldaan", "beoordelen", "voldaan", "niet-voldaan"], { n: 1 });
    expect(volgorde(invoer)).toEqual([
      "test/veel niet-voldaan 2",
      "test/veel niet-voldaan 5",
      "test/veel beoordelen 3",
      "test/veel voldaan 0",
      "test/veel voldaan 4",
      "test/veel niet-van-toepassing 1",
      "test/positief n is positief",
    ]);
    expect(volgorde(Object.assign(["voldaan"], { n: -1 }))).toEqual(["test/veel voldaan 0", "test/positief n is negatief"]);
  });

  it("de lijst die de regel teruggaf, blijft ongewijzigd", () => {
    const uit = Object.freeze([
      Object.freeze({ uitkomst: "voldaan" as const, pad: Object.freeze(["a"]), bericht: "a" }),
      Object.freeze({ uitkomst: "niet-voldaan" as const, pad: Object.freeze(["b"]), bericht: "b" }),
    ]);
    const r: Regel<unknown> = { ...(regel as unknown as Regel<unknown>), toets: () => uit };
    expect(voerRegelsUit([r], {}, maakContext({ peildatum: "2026-08-01" })).map((b) => b.bericht)).toEqual(["b", "a"]);
    expect(uit.map((u) => u.bericht)).toEqual(["a", "b"]);
  });
});

describe("bevindingen en rapport", () => {
  it("maakt bevindingen met ernst volgens fase, pad als JSON Pointer, bron en hint", () => {
    const ctx = maakContext({ peildatum: "2026-08-01" });
    const [b] = voerRegelsUit([regel], { n: -1 }, ctx);
    expect(b).toMatchObject({
      regelId: "test/positief",
      uitkomst: "niet-voldaan",
      ernst: "fout",
      grondslag: "wet",
      pad: ["n"],
      pointer: "/n",
      hint: "maak n positief",
      bron: { bron: "KB2024", plaats: "§4" },
      gegevens: { gevonden: -1 },
    });
    const [c] = voerRegelsUit([regel], { n: -1 }, maakContext({ peildatum: "2026-08-01", instellingen: { inwerkingtreding: "2027-01-01" } }));
    expect(c?.ernst).toBe("advies");
  });

  it("telt per uitkomst en ernst en geeft een ontvangstbewijs", () => {
    const ctx = maakContext({ peildatum: "2026-08-01" });
    const bev = [...voerRegelsUit([regel], { n: 1 }, ctx), ...voerRegelsUit([regel], { n: 0 }, ctx), ...voerRegelsUit([regel], { n: -5 }, ctx)];
    const r = maakRapport(bev, ctx, [regel]);
    expect(r.samenvatting).toEqual({
      totaal: 3,
      perUitkomst: { voldaan: 1, "niet-voldaan": 1, "niet-van-toepassing": 0, beoordelen: 1 },
      nietVoldaanPerErnst: { fout: 1, waarschuwing: 0, advies: 0 },
      beoordelenPerErnst: { fout: 1, waarschuwing: 0, advies: 0 },
    });
    expect(heeftFout(r)).toBe(true);
    expect(r.ontvangstbewijs).toMatchObject({ peildatum: "2026-08-01", fase: "nieuwe-wet", regels: ["test/positief"], inwerkingtreding: { datum: "2026-07-01", herkomst: "standaard" } });
    expect(samenvatting([]).totaal).toBe(0);
  });

  it("weigert opties zonder geldige peildatum", () => {
    expect(() => maakContext({ peildatum: "2026-02-30" })).toThrow(OngeldigeInvoerFout);
    expect(() => maakContext(undefined as never)).toThrow(/peildatum/);
  });

  it("SARIF: kind en level gescheiden; alleen 'fail' draagt een level", () => {
    const ctx = maakContext({ peildatum: "2026-08-01" });
    const bev = [...voerRegelsUit([regel], { n: 1 }, ctx), ...voerRegelsUit([regel], { n: -1 }, ctx), ...voerRegelsUit([regel], { n: 0 }, ctx)];
    const log = naarSarif(maakRapport(bev, ctx, [regel]), [regel], "convenant.json") as unknown as {
      version: string;
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { kind: string; level: string; ruleIndex: number; locations: unknown[] }[] }[];
    };
    expect(log.version).toBe("2.1.0");
    const results = log.runs[0]!.results;
    expect(results.map((r) => [r.kind, r.level])).toEqual([
      ["pass", "none"],
      ["fail", "error"],
      ["review", "none"],
    ]);
    expect(log.runs[0]!.tool.driver.rules.map((r) => r.id)).toEqual(["test/positief"]);
    expect(results[0]!.ruleIndex).toBe(0);
  });
});
