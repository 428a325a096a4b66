import { describe, expect, it } from "vitest";
import { vangFout } from "../test/hulp/fout.js";
import { volledigConvenant } from "../test/hulp/fixtures.js";
import { ernstVoor, heeftFout, maakBevinding, maakContext, ontvangstbewijs, samenvatting, voerRegelsUit } from "./bevinding/model.js";
import { naarSarif } from "./bevinding/sarif.js";
import { rolToegestaan } from "./beraad/rollen.js";
import { formatCitaat } from "./bronnen/citaat.js";
import { isBronSleutel, vindBron } from "./bronnen/bronnen.js";
import { toetsConvenant } from "./convenant/toets.js";
import { formatBedrag, miljoenEuro, somBedragen } from "./financiering/bedrag.js";
import { regionaleMiddelen } from "./financiering/middelen.js";
import { dichtstbij, normaliseer } from "./regio/normaliseer.js";
import { gemeentenVan, werkcentrumNaam, zoekGemeente, zoekRegio } from "./regio/regio.js";
import { formatPad, naarJsonPointer, OngeldigeInvoerFout } from "./result.js";
import { dagenTussen, jaarVan, plusDagen, plusMaanden, vergelijkPeildata } from "./tijd/kalender.js";
import { parameterOp } from "./tijd/parameters.js";
import { controleerPeildatum, dagenInMaand, isSchrikkeljaar } from "./tijd/peildatum.js";
import { stappenplanOverzicht } from "./transitie/stappenplan.js";
import { agendaCyclus } from "./agenda/cyclus.js";
import { hostVan, oudeNaamIn } from "./werkcentrum/regels.js";
import { ongeldig, vereisEenVan, vereisGetal, vereisTekst, vereisVelden, vormfout } from "./vorm.js";

const fout = (f: () => unknown): [string, readonly (string | number)[], string] => {
  const e = vangFout(f);
  return [e.code, e.path, e.message];
};

describe("vorm: de hulpjes", () => {
  it("melding: pad, wat verwacht werd en wat er kwam; ontbrekend is 'verplicht'", () => {
    expect(fout(() => ongeldig(["a", 0, "b"], "een tekst", 5))).toEqual(["ongeldig-type", ["a", 0, "b"], "a[0].b: verwacht een tekst, ontvangen het getal 5"]);
    expect(fout(() => ongeldig(["a"], "een tekst", undefined))[0]).toBe("verplicht");
    expect(fout(() => vereisTekst(["t"], "", true))).toEqual(["te-klein", ["t"], 't: verwacht een niet-lege tekst, ontvangen de tekst ""']);
    expect(fout(() => vereisGetal(["n"], 1.5, true))[0]).toBe("ongeldige-waarde");
    expect(fout(() => vereisGetal(["n"], NaN))).toEqual(["ongeldig-type", ["n"], "n: verwacht een getal, ontvangen het getal NaN"]);
    expect(fout(() => vereisGetal(["n"], "1", true))).toEqual(["ongeldig-type", ["n"], 'n: verwacht een geheel getal, ontvangen de tekst "1"']);
    expect(fout(() => vereisGetal(["n"], 2 ** 60, true))).toEqual(["ongeldige-waarde", ["n"], `n: verwacht een geheel getal, ontvangen het getal ${2 ** 60}`]);
    expect(() => vereisGetal(["n"], 1.5)).not.toThrow();
    expect(fout(() => vereisEenVan(["e"], 1, ["a", "b"]))).toEqual(["ongeldige-waarde", ["e"], 'e: verwacht een van "a", "b", ontvangen het getal 1']);
    expect(fout(() => vereisVelden(["o"], { l: 1 }, { lijst: ["l"] }))[1]).toEqual(["o", "l"]);
    expect(fout(() => vereisVelden(["o"], Object.create(null), { object: ["x"] }))[1]).toEqual(["o", "x"]);
  });

  it("vormfout: het pad waar de invoer afweek, gevonden door de berekening opnieuw te volgen", () => {
    const leesNaam = (x: unknown) => (x as { a: { b: { naam: string } } }).a.b.naam.toUpperCase();
    const vang = (invoer: unknown, f: (x: unknown) => unknown) => {
      try {
        f(invoer);
      } catch (e) {
        return vormfout(e, ["doc"], invoer, f, "test", "lees eerst met parseX") as OngeldigeInvoerFout;
      }
      throw new Error("geen fout");
    };
    const a = vang({ a: null }, leesNaam);
    expect([a.code, a.path, a.message]).toEqual(["ongeldig-type", ["doc", "a"], "doc.a: heeft een onverwachte vorm (null); test kan dit niet lezen; lees eerst met parseX"]);
    const b = vang({ a: {} }, leesNaam);
    expect([b.code, b.path, b.message]).toEqual(["verplicht", ["doc", "a", "b"], "doc.a.b: ontbreekt; test kan dit niet lezen; lees eerst met parseX"]);
    // Een methode op de verkeerde soort waarde: de plek is de waarde zelf, niet de naam van de methode.
    const c = vang({ a: { b: { naam: 5 } } }, leesNaam);
    expect(c.path).toEqual(["doc", "a", "b", "naam"]);
    const d = vang({ lijst: {} }, (x) => (x as { lijst: number[] }).lijst.map((n) => n + 1));
    expect(d.path).toEqual(["doc", "lijst"]);
    // Een element van een lijst krijgt een getal in het pad.
    expect(vang({ l: [{ x: 1 }, null] }, (x) => (x as { l: { x: number }[] }).l.map((e) => e.x)).path).toEqual(["doc", "l", 1]);
    // Bevroren invoer kan (de kopie wordt gevolgd); een functie in de invoer geeft alleen de wortel.
    expect(vang(Object.freeze({ a: Object.freeze({}) }), leesNaam).path).toEqual(["doc", "a", "b"]);
    expect(vang({ a: null, f: () => 1 }, leesNaam).path).toEqual(["doc"]);
    // De lengte van een lijst, een for-of (Symbol.iterator) en een methode zijn geen velden van de invoer.
    expect(vang({ l: [1, 2] }, (x) => (x as { l: { length: { x: { y: 1 } } } }).l.length.x.y).path).toEqual(["doc", "l"]);
    expect(vang({ l: {} }, (x) => [...(x as { l: number[] }).l]).path).toEqual(["doc", "l"]);
    expect(vang({ o: {} }, (x) => (x as { o: { [Symbol.toPrimitive]: () => 1 } }).o[Symbol.toPrimitive]()).path).toEqual(["doc", "o"]);
    expect(vang({ o: { toString: 5 } }, (x) => String((x as { o: object }).o)).path).toEqual(["doc", "o", "toString"]);
    // Posities in een lijst (ook vanaf 10) worden getallen; een veld "0" van een object blijft tekst.
    const twaalf = Array.from({ length: 12 }, (_, i) => (i === 11 ? null : { x: i }));
    expect(vang({ l: twaalf }, (x) => (x as { l: { x: number }[] }).l.map((e) => e.x)).path).toEqual(["doc", "l", 11]);
    expect(vang({ m: { "0": null } }, (x) => (x as { m: Record<string, { y: number }> }).m["0"]!.y).path).toEqual(["doc", "m", "0"]);
    // Zonder wortel en zonder lezing: "invoer"; een ontbrekend argument is geen ontbrekend veld.
    const w = vormfout(new TypeError("x"), [], 5, () => (5 as unknown as { a: { b: 1 } }).a.b, "t", "h") as OngeldigeInvoerFout;
    expect([w.code, w.path, w.message]).toEqual(["ongeldig-type", [], "invoer: heeft een onverwachte vorm (het getal 5); t kan dit niet lezen; h"]);
    const n = vormfout(new RangeError("x"), ["arg"], undefined, () => 0, "t", "h") as OngeldigeInvoerFout;
    expect([n.code, n.path, n.message]).toEqual(["ongeldig-type", ["arg"], "arg: heeft een onverwachte vorm (niets); t kan dit niet lezen; h"]);
    // Een andere fout blijft wat hij is.
    const eigen = new OngeldigeInvoerFout({ code: "dubbel", path: ["x"], message: "x: dubbel" });
    expect(vormfout(eigen, [], {}, () => 0, "t", "h")).toBe(eigen);
    const anders = new Error("iets");
    expect(vormfout(anders, [], {}, () => 0, "t", "h")).toBe(anders);
  });

  it("vormfout: crasht de code op null of undefined, dan is de plek de laatste lezing van die waarde", () => {
    // Een kopie met spread leest alle velden en daarna werkt de code op een object zonder Proxy:
    // de laatste lezing is dan niet de plek van de crash.
    const kopieEnCrash = (x: unknown) => {
      const d = x as { a: { naam: string; b: unknown }; c: string };
      const k = { ...d.a, regio: d.c };
      return k.naam.trim();
    };
    const vang = (invoer: unknown) => {
      try {
        kopieEnCrash(invoer);
      } catch (e) {
        return vormfout(e, [], invoer, kopieEnCrash, "t", "h") as OngeldigeInvoerFout;
      }
      throw new Error("geen fout");
    };
    const nul = vang({ a: { naam: null, b: 1 }, c: "x" });
    expect([nul.code, nul.path, nul.message]).toEqual(["ongeldig-type", ["a", "naam"], "a.naam: heeft een onverwachte vorm (null); t kan dit niet lezen; h"]);
    const leeg = vang({ a: { b: 1 }, c: "x" });
    // Een ontbrekend veld wordt door de spread niet gelezen: dan blijft het de laatste lezing.
    expect(leeg.path).toEqual(["c"]);
    const ontbreekt = vang({ a: { naam: undefined, b: 1 }, c: "x" });
    expect([ontbreekt.code, ontbreekt.path]).toEqual(["verplicht", ["a", "naam"]]);
    // Een melding die beide noemt (of geen van beide) zegt niets: de laatste lezing.
    const beide = vormfout(new TypeError("Cannot convert undefined or null to object"), [], { a: null, b: 1 }, (x) => [(x as { a: unknown }).a, (x as { b: unknown }).b], "t", "h") as OngeldigeInvoerFout;
    expect(beide.path).toEqual(["b"]);
    const nulMelding = vormfout(new TypeError("x is null"), [], { a: null, b: 1 }, (x) => [(x as { a: unknown }).a, (x as { b: unknown }).b], "t", "h") as OngeldigeInvoerFout;
    expect(nulMelding.path).toEqual(["a"]);
    const ontbrekendMelding = vormfout(new TypeError("x is undefined"), [], { b: 1 }, (x) => [(x as { a: unknown }).a, (x as { b: unknown }).b], "t", "h") as OngeldigeInvoerFout;
    expect(ontbrekendMelding.path).toEqual(["a"]);
  });

  it("toetsConvenant met werkcentrum.naam null: de plek is werkcentrum.naam (niet de regio die daarna gelezen werd)", () => {
    const c = volledigConvenant();
    const [code, pad, melding] = fout(() => toetsConvenant({ ...c, werkcentrum: { ...c.werkcentrum, naam: null } } as never, { peildatum: "2026-09-01" }));
    expect([code, pad]).toEqual(["ongeldig-type", ["werkcentrum", "naam"]]);
    expect(melding).toMatch(/^werkcentrum\.naam: heeft een onverwachte vorm \(null\); regel werkcentrum\/naam kan dit niet lezen/);
  });

  it("vormfout: de oorspronkelijke fout staat in cause", () => {
    const crash = new TypeError("Cannot read properties of null");
    const f = vormfout(crash, ["doc"], { a: null }, (x) => (x as { a: { b: 1 } }).a.b, "t", "h") as OngeldigeInvoerFout;
    expect(f).toBeInstanceOf(OngeldigeInvoerFout);
    expect(f.path).toEqual(["doc", "a"]);
    expect(f.cause).toBe(crash);
    expect(Object.keys(f)).not.toContain("cause");
    // Net als de cause van een gewone Error (new Error(m, { cause })): niet opgesomd, wel te vervangen of te verwijderen.
    expect(Object.getOwnPropertyDescriptor(f, "cause")).toEqual(Object.getOwnPropertyDescriptor(new Error("m", { cause: crash }), "cause"));
    f.cause = "ingepakt";
    expect(f.cause).toBe("ingepakt");
    expect(delete f.cause).toBe(true);
    expect(f).not.toHaveProperty("cause");
  });

  it("vereisVelden: per soort veld de melding van dat veld (verwacht, ontvangen), ontbrekend is 'verplicht'", () => {
    const velden = { tekst: ["t"], lijst: ["l"], object: ["o"] };
    expect(() => vereisVelden(["v"], { t: "", l: [], o: {} }, velden)).not.toThrow();
    expect(fout(() => vereisVelden(["v"], { l: [], o: {} }, velden))).toEqual(["verplicht", ["v", "t"], "v.t: verwacht een tekst, ontvangen niets"]);
    expect(fout(() => vereisVelden(["v"], { t: 1, l: [], o: {} }, velden))).toEqual(["ongeldig-type", ["v", "t"], "v.t: verwacht een tekst, ontvangen het getal 1"]);
    expect(fout(() => vereisVelden(["v"], { t: "", l: "a", o: {} }, velden))).toEqual(["ongeldig-type", ["v", "l"], 'v.l: verwacht een lijst, ontvangen de tekst "a"']);
    expect(fout(() => vereisVelden(["v"], { t: "", l: [], o: [] }, velden))).toEqual(["ongeldig-type", ["v", "o"], "v.o: verwacht een object, ontvangen een lijst"]);
  });
});

describe("functies uit de audit en van hetzelfde patroon: een Nederlandse fout met pad in plaats van een TypeError", () => {
  it("gemeentenVan(null), werkcentrumNaam met een object zonder code, zoekRegio/zoekGemeente/normaliseer zonder tekst", () => {
    expect(fout(() => gemeentenVan(null as never))).toEqual([
      "ongeldig-type",
      ["regio"],
      "gemeentenVan: regio: verwacht een arbeidsmarktregio (code of naam als tekst, of een object uit arbeidsmarktregios), ontvangen null",
    ]);
    expect(fout(() => werkcentrumNaam({} as never))[1]).toEqual(["regio"]);
    expect(gemeentenVan({ code: "AM30" } as never)).toHaveLength(16);
    expect(fout(() => zoekRegio(5 as never))).toEqual(["ongeldig-type", ["zoekterm"], "zoekterm: verwacht een tekst, ontvangen het getal 5"]);
    expect(fout(() => zoekGemeente(null as never))[1]).toEqual(["zoekterm"]);
    expect(fout(() => normaliseer({} as never))[1]).toEqual(["tekst"]);
    expect(fout(() => dichtstbij("x", null as never))[1]).toEqual(["namen"]);
    expect(fout(() => dichtstbij("x", ["a", 5] as never))[1]).toEqual(["namen", 1]);
    expect(fout(() => dichtstbij("x", ["a"], -1))[1]).toEqual(["max"]);
  });

  it("parameterOp met iets dat geen parameter is", () => {
    expect(fout(() => parameterOp({ id: "x" } as never, "2026-06-01"))).toEqual(["verplicht", ["parameter", "eenheid"], "parameter.eenheid: verwacht een tekst, ontvangen niets"]);
    expect(fout(() => parameterOp({ id: "x", eenheid: "fte", waarden: [null] } as never, "2026-06-01"))[1]).toEqual(["parameter", "waarden", 0]);
    expect(fout(() => parameterOp({ id: "x", eenheid: "fte", waarden: [{ geldigVanaf: 5 }] } as never, "2026-06-01"))[1]).toEqual(["parameter", "waarden", 0, "geldigVanaf"]);
    expect(fout(() => regionaleMiddelen({} as never))).toEqual(["ongeldig-type", ["jaar"], "jaar: verwacht een jaartal als getal (bijv. 2026), ontvangen een object"]);
  });

  it("kalender en peildatum: geen peildatum of geen geheel getal", () => {
    expect(fout(() => plusDagen("x" as never, 1))[1]).toEqual(["peildatum"]);
    expect(fout(() => plusDagen(null as never, 1))[0]).toBe("ongeldig-type");
    // Voorheen: een ongeldige datum rolde stil door naar een andere maand.
    expect(fout(() => plusMaanden("2026-13-45" as never, 1))[0]).toBe("ongeldige-datum");
    expect(fout(() => plusMaanden("2026-01-31" as never, 1.5))).toEqual(["ongeldige-waarde", ["maanden"], "maanden: verwacht een geheel getal, ontvangen het getal 1.5"]);
    expect(fout(() => dagenTussen("2026-01-01" as never, {} as never))[1]).toEqual(["tot"]);
    expect(fout(() => jaarVan(2026 as never))[0]).toBe("ongeldig-type");
    expect(fout(() => vergelijkPeildata("2026-01-01" as never, 5 as never))[1]).toEqual(["b"]);
    expect(fout(() => isSchrikkeljaar({} as never))[1]).toEqual(["jaar"]);
    expect(fout(() => dagenInMaand(2026, 13))).toEqual(["ongeldige-waarde", ["maand"], "maand: verwacht een geheel getal van 1 tot en met 12, ontvangen het getal 13"]);
    expect(dagenInMaand(2028, 2)).toBe(29);
    expect(fout(() => controleerPeildatum("2026-01-01", null as never))[1]).toEqual(["pad"]);
    expect(fout(() => formatPad(null as never))[1]).toEqual(["pad"]);
    expect(fout(() => naarJsonPointer([{}] as never))[1]).toEqual(["pad"]);
  });

  it("geld, bronnen, rollen, Werkcentrum", () => {
    expect(fout(() => formatBedrag(Object.create(null) as never))).toEqual(["ongeldige-waarde", ["bedrag"], "bedrag: verwacht een geheel aantal eurocenten, ontvangen een object"]);
    expect(fout(() => miljoenEuro(23.5 as never))[0]).toBe("ongeldig-type");
    expect(fout(() => somBedragen(null as never))[1]).toEqual(["bedragen"]);
    expect(vindBron({} as never)).toBeUndefined();
    expect(isBronSleutel(Object.create(null) as never)).toBe(false);
    expect(fout(() => formatCitaat(null as never))[1]).toEqual(["citaat"]);
    expect(fout(() => rolToegestaan("bank" as never, "kernpartner"))[1]).toEqual(["soort"]);
    expect(fout(() => rolToegestaan("provincie", null as never))[1]).toEqual(["rol"]);
    expect(fout(() => hostVan(null as never))[1]).toEqual(["adres"]);
    expect(fout(() => oudeNaamIn(5 as never))[1]).toEqual(["tekst"]);
  });

  it("bevindingen, rapporten en SARIF", () => {
    expect(fout(() => ernstVoor("gewoonte" as never, "nieuwe-wet"))[1]).toEqual(["grondslag"]);
    expect(fout(() => samenvatting([null] as never))[1]).toEqual(["bevindingen", 0]);
    expect(fout(() => samenvatting([{ uitkomst: "prima", ernst: "fout" }] as never))[1]).toEqual(["bevindingen", 0, "uitkomst"]);
    expect(fout(() => heeftFout({} as never))[1]).toEqual(["rapport", "samenvatting"]);
    const context = maakContext({ peildatum: "2026-09-01" });
    expect(fout(() => voerRegelsUit([{ id: "x" }] as never, {}, context))[1]).toEqual(["regels", 0, "toets"]);
    expect(fout(() => voerRegelsUit([{ id: "x", toets: () => 1 }] as never, {}, context))[1]).toEqual(["regels", 0, "toets"]);
    expect(fout(() => voerRegelsUit([], {}, null as never))[1]).toEqual(["context"]);
    const rapport = toetsConvenant(volledigConvenant(), { peildatum: "2026-09-01" });
    expect(fout(() => naarSarif({ ...rapport, bevindingen: [null] } as never, []))[1]).toEqual(["rapport", "bevindingen", 0]);
    expect(fout(() => naarSarif(rapport, [null] as never))[1]).toEqual(["regels", 0]);
  });

  it("een regel die op een verkeerde vorm crasht: het pad in de invoer en de regel, geen TypeError", () => {
    const c = { ...volledigConvenant(), werkcentrum: null };
    const [code, pad, melding] = fout(() => toetsConvenant(c as never, { peildatum: "2026-09-01" }));
    expect([code, pad]).toEqual(["ongeldig-type", ["werkcentrum"]]);
    expect(melding).toMatch(/^werkcentrum: heeft een onverwachte vorm \(null\); regel [a-z-]+\/[a-z-]+ kan dit niet lezen; lees onbetrouwbare invoer eerst met de parse-functie uit arbeidsmarktinfra\/schemas$/);
  });

  it("stappenplanOverzicht en agendaCyclus met een onderdeel van de verkeerde vorm", () => {
    expect(fout(() => stappenplanOverzicht({ stappenplan: {} } as never, { peildatum: "2026-01-01" }))[1]).toEqual(["stappenplan"]);
    expect(fout(() => stappenplanOverzicht({ stappenplan: [null] } as never, { peildatum: "2026-01-01" }))[1]).toEqual(["stappenplan", 0]);
    expect(fout(() => agendaCyclus({ niveau: "regionaal", beleidsagenda: null } as never, { peildatum: "2026-01-01" }))).toEqual([
      "ongeldig-type",
      ["beleidsagenda"],
      "agendaCyclus: beleidsagenda: verwacht een object; lees onbetrouwbare invoer eerst met parseMeerjarenagenda uit arbeidsmarktinfra/schemas",
    ]);
    expect(fout(() => agendaCyclus({ niveau: "regionaal", beleidsagenda: { vastgesteldOp: "2025-01-01", looptijd: "2025" } } as never, { peildatum: "2026-01-01" }))[1]).toEqual(["beleidsagenda", "looptijd"]);
  });
});

describe("vormcontroles in de bouwstenen: code, pad en melding", () => {
  const context = maakContext({ peildatum: "2026-09-01" });
  const regel = { id: "r/x", titel: "T", beschrijving: "B", grondslag: "beleid" as const, bron: { bron: "KB2022" as const, plaats: "§1" }, hint: "H" };
  const uitkomst = { uitkomst: "voldaan" as const, pad: [], bericht: "ok" };
  const gevallen: [string, () => unknown, string, readonly (string | number)[], string?][] = [
    ["ernstVoor: fase", () => ernstVoor("beleid", "later" as never), "ongeldige-waarde", ["fase"], 'fase: verwacht een van "voor-transitie", "transitieperiode", "nieuwe-wet", ontvangen de tekst "later"'],
    ["samenvatting: geen lijst", () => samenvatting(null as never), "ongeldig-type", ["bevindingen"], "bevindingen: verwacht een lijst, ontvangen null"],
    ["samenvatting: ernst", () => samenvatting([{ uitkomst: "voldaan", ernst: "x" }] as never), "ongeldige-waarde", ["bevindingen", 0, "ernst"], 'bevindingen[0].ernst: verwacht een van "fout", "waarschuwing", "advies", ontvangen de tekst "x"'],
    ["maakBevinding: regel", () => maakBevinding(null as never, uitkomst, context), "ongeldig-type", ["regel"], "regel: verwacht een object, ontvangen null"],
    ["maakBevinding: regel.id", () => maakBevinding({ ...regel, id: 1 } as never, uitkomst, context), "ongeldig-type", ["regel", "id"]],
    ["maakBevinding: regel.titel", () => maakBevinding({ ...regel, titel: undefined } as never, uitkomst, context), "verplicht", ["regel", "titel"]],
    ["maakBevinding: regel.bron", () => maakBevinding({ ...regel, bron: "KB2022" } as never, uitkomst, context), "ongeldig-type", ["regel", "bron"]],
    ["maakBevinding: uitkomst", () => maakBevinding(regel, null as never, context), "ongeldig-type", ["uitkomst"]],
    ["maakBevinding: bericht", () => maakBevinding(regel, { ...uitkomst, bericht: 1 } as never, context), "ongeldig-type", ["uitkomst", "bericht"]],
    ["maakBevinding: pad", () => maakBevinding(regel, { ...uitkomst, pad: "a" } as never, context), "ongeldig-type", ["uitkomst", "pad"]],
    ["maakBevinding: uitkomst.uitkomst", () => maakBevinding(regel, { ...uitkomst, uitkomst: "prima" } as never, context), "ongeldige-waarde", ["uitkomst", "uitkomst"], 'uitkomst.uitkomst: verwacht een van "voldaan", "niet-voldaan", "niet-van-toepassing", "beoordelen", ontvangen de tekst "prima"'],
    ["maakBevinding: context", () => maakBevinding(regel, uitkomst, null as never), "ongeldig-type", ["context"]],
    ["voerRegelsUit: regels", () => voerRegelsUit(null as never, {}, context), "ongeldig-type", ["regels"]],
    ["voerRegelsUit: regel zonder id", () => voerRegelsUit([{ toets: () => [] }] as never, {}, context), "verplicht", ["regels", 0, "id"]],
    ["voerRegelsUit: toets", () => voerRegelsUit([{ id: "x", toets: 1 }] as never, {}, context), "ongeldig-type", ["regels", 0, "toets"], "regels[0].toets: verwacht een functie, ontvangen het getal 1"],
    ["voerRegelsUit: uitkomsten", () => voerRegelsUit([{ id: "x", toets: () => 1 }] as never, {}, context), "ongeldig-type", ["regels", 0, "toets"], "regels[0].toets: verwacht een functie die een lijst uitkomsten geeft, ontvangen het getal 1"],
    ["voerRegelsUit: context.peildatum", () => voerRegelsUit([], {}, { fase: "nieuwe-wet" } as never), "verplicht", ["context", "peildatum"]],
    ["voerRegelsUit: context.fase", () => voerRegelsUit([], {}, { peildatum: "2026-09-01" } as never), "verplicht", ["context", "fase"]],
    ["ontvangstbewijs: context", () => ontvangstbewijs({ peildatum: "2026-09-01" } as never, []), "verplicht", ["context", "fase"]],
    ["ontvangstbewijs: regels", () => ontvangstbewijs(context, null as never), "ongeldig-type", ["regels"]],
    ["ontvangstbewijs: regel zonder id", () => ontvangstbewijs(context, [{}] as never), "verplicht", ["regels", 0, "id"]],
    ["heeftFout: rapport", () => heeftFout(null as never), "ongeldig-type", ["rapport"]],
    ["heeftFout: per ernst", () => heeftFout({ samenvatting: {} } as never), "verplicht", ["rapport", "samenvatting", "nietVoldaanPerErnst"]],
    ["heeftFout: fout", () => heeftFout({ samenvatting: { nietVoldaanPerErnst: { fout: 1.5 } } } as never), "ongeldige-waarde", ["rapport", "samenvatting", "nietVoldaanPerErnst", "fout"], "rapport.samenvatting.nietVoldaanPerErnst.fout: verwacht een geheel getal, ontvangen het getal 1.5"],
    ["isSchrikkeljaar: 1,5", () => isSchrikkeljaar(1.5), "ongeldige-waarde", ["jaar"], "jaar: verwacht een geheel getal, ontvangen het getal 1.5"],
    ["isSchrikkeljaar: tekst", () => isSchrikkeljaar("2028" as never), "ongeldig-type", ["jaar"], 'jaar: verwacht een geheel getal, ontvangen de tekst "2028"'],
    ["dagenInMaand: maand 0", () => dagenInMaand(2026, 0), "ongeldige-waarde", ["maand"], "maand: verwacht een geheel getal van 1 tot en met 12, ontvangen het getal 0"],
    ["dagenInMaand: jaar", () => dagenInMaand("x" as never, 3), "ongeldig-type", ["jaar"]],
    ["somBedragen: tekst", () => somBedragen("12" as never), "ongeldig-type", ["bedragen"], 'bedragen: verwacht een lijst van bedragen in eurocenten, ontvangen de tekst "12"'],
    ["miljoenEuro: getal", () => miljoenEuro(23 as never), "ongeldig-type", ["bedrag"], 'bedrag: het getal 23 is geen bedrag in mln als tekst (bijv. "23,5")'],
    ["parameterOp: waarden", () => parameterOp({ id: "x", eenheid: "fte" } as never, "2026-06-01"), "verplicht", ["parameter", "waarden"], "parameter.waarden: verwacht een lijst, ontvangen niets"],
    [
      "agendaCyclus: looptijd",
      () => agendaCyclus({ niveau: "regionaal", uitvoeringsagenda: { vastgesteldOp: "2025-01-01", looptijd: 5 } } as never, { peildatum: "2026-01-01" }),
      "ongeldig-type",
      ["uitvoeringsagenda", "looptijd"],
      "agendaCyclus: uitvoeringsagenda.looptijd: verwacht een object; lees onbetrouwbare invoer eerst met parseMeerjarenagenda uit arbeidsmarktinfra/schemas",
    ],
  ];
  for (const [naam, f, code, pad, melding] of gevallen) {
    it(naam, () => {
      const [c, p, m] = fout(f);
      expect([c, p]).toEqual([code, pad]);
      if (melding !== undefined) expect(m).toBe(melding);
    });
  }
  it("geldige aanroepen blijven werken", () => {
    expect(ernstVoor("wet", "nieuwe-wet")).toBe("fout");
    expect(maakBevinding(regel, uitkomst, context)).toMatchObject({ regelId: "r/x", ernst: "waarschuwing", pointer: "" });
    expect(voerRegelsUit([{ ...regel, toets: () => [uitkomst] }], {}, context)).toHaveLength(1);
    expect(ontvangstbewijs(context, [regel]).regels).toEqual(["r/x"]);
    expect(somBedragen(new Set([1, 2]))).toBe(3);
    expect(miljoenEuro("23,5")).toBe(2_350_000_000);
    expect(heeftFout({ samenvatting: { nietVoldaanPerErnst: { fout: 0 } } } as never)).toBe(false);
  });
});
