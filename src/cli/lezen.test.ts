import { describe, expect, it } from "vitest";
import { formaatVan, jsonFoutmelding, parseTekst } from "./lezen.js";

const melding = (pad: string, tekst: string) => {
  const r = parseTekst(pad, tekst);
  return r.ok ? "OK" : r.issues[0]!.message;
};

describe("syntaxfouten in het Nederlands, met regel en kolom", () => {
  it.each([
    ['{"a": 1,,}', "verwacht een veldnaam tussen dubbele aanhalingstekens (een komma te veel?) (kolom 9)"],
    ["{a:1}", "verwacht een veldnaam tussen dubbele aanhalingstekens of '}' (kolom 2)"],
    ['{"a" 1}', "verwacht ':' na de veldnaam (kolom 6)"],
    ['{\n  "a": 1\n  "b": 2\n}', "verwacht ',' of '}' na een waarde (regel 3, kolom 3)"],
    ["[1 2]", "verwacht ',' of ']' na een element van een lijst (kolom 4)"],
    ['"abc', "een tekst zonder afsluitend aanhalingsteken (kolom 5)"],
    ['"a\u0001"', "een stuurteken (tab, regeleinde) in een tekst; schrijf \\t of \\n (kolom 3)"],
    ['"\\q"', "een ongeldige escape (\\) in een tekst (kolom 3)"],
    ["{} x", "nog tekens na het einde van het document (kolom 4)"],
    ["[-]", "een ongeldig getal (kolom 3)"],
    ["tru", "het document houdt onverwacht op"],
    ["[1,]", "onverwacht teken ']'"],
    ["é", "onverwacht teken U+00E9"],
  ])("JSON %j", (tekst, verwacht) => {
    expect(melding("a.json", tekst)).toBe(`a.json: geen geldige JSON: ${verwacht}`);
  });

  it("een onbekende JSON-melding wordt geen Engelse tekst", () => {
    expect(jsonFoutmelding("Something new in JSON at position 3", "ab\ncd")).toBe("ongeldige syntaxis (regel 2, kolom 1)");
    expect(jsonFoutmelding("Something else", "")).toBe("ongeldige syntaxis");
  });

  it.each([
    ["a: [1, 2\nb: }", "onjuiste inspringing (regel 2, kolom 1)"],
    ["a: 1\na: 2\n", "een veldnaam komt twee keer voor in hetzelfde object (regel 2, kolom 1)"],
    ["\ta: 1", "tabs zijn niet toegestaan als inspringing; gebruik spaties (kolom 1)"],
    ['a: "abc', "een afsluitend teken ontbreekt (aanhalingsteken, ']' of '}') (kolom 8)"],
    ["a: b: c", "onjuiste inspringing of een ':' te veel op één regel (kolom 4)"],
    ["a: *x", "een alias (*naam) zonder anker (&naam) ervoor"],
    ["---\na: 1\n---\nb: 2", "meer dan één YAML-document (---) in het bestand (regel 3, kolom 1)"],
    ["a: @b", "een waarde mag niet met dit teken beginnen; zet haar tussen aanhalingstekens (kolom 4)"],
  ])("YAML %j", (tekst, verwacht) => {
    expect(melding("a.yaml", tekst)).toBe(`a.yaml: geen geldige YAML: ${verwacht}`);
  });

  it("YAML-waarschuwingen (onbekende versie of tag) komen niet op stderr en breken niets", async () => {
    const schrijf = process.stderr.write;
    let geschreven = "";
    const warnings: unknown[] = [];
    const opWaarschuwing = (w: unknown) => warnings.push(w);
    process.on("warning", opWaarschuwing);
    process.stderr.write = ((t: string) => ((geschreven += t), true)) as typeof process.stderr.write;
    try {
      expect(melding("a.yaml", "%YAML 2.0\n---\na: 1")).toBe("OK");
      expect(parseTekst("a.yaml", "a: !!int abc")).toEqual({ ok: true, value: { a: "abc" } });
      // process.emitWarning meldt pas in een volgende tik.
      await new Promise((r) => setImmediate(r));
    } finally {
      process.stderr.write = schrijf;
      process.off("warning", opWaarschuwing);
    }
    expect(geschreven).toBe("");
    expect(warnings).toEqual([]);
  });

  it("formaat op extensie, anders op inhoud", () => {
    expect(formaatVan("x.JSON", "a: 1")).toBe("json");
    expect(formaatVan("x.yml", "{}")).toBe("yaml");
    expect(formaatVan("x.txt", '  {"a":1}')).toBe("json");
    expect(formaatVan("x", "[1]")).toBe("json");
    expect(formaatVan("x", "a: 1")).toBe("yaml");
  });
});
