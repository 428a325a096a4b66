import { describe, expect, it } from "vitest";
import { maakPosities, MAX_POSITIEBESTAND } from "./posities.js";

const YAML = `# opmerking
regio: Rijnmond
partijen:
  - naam: Gemeente Rotterdam
    rol: kernpartner
  - naam: UWV
    soort: uwv
leeg:
werkcentrum: { naam: Werkcentrum Rijnmond, kanalen: [fysiek, digitaal] }
`;

describe("maakPosities", () => {
  const p = maakPosities(YAML);

  it("geeft regel en kolom van een veldnaam en van een lijstelement (vanaf 1)", () => {
    expect(p(["regio"])).toEqual({ regel: 2, kolom: 1 });
    expect(p(["partijen"])).toEqual({ regel: 3, kolom: 1 });
    expect(p(["partijen", 0])).toEqual({ regel: 4, kolom: 5 });
    expect(p(["partijen", 1, "soort"])).toEqual({ regel: 7, kolom: 5 });
    expect(p(["werkcentrum", "kanalen", 1])).toEqual({ regel: 9, kolom: 62 });
  });

  it("het document zelf: het begin van de inhoud", () => {
    expect(p([])).toEqual({ regel: 2, kolom: 1 });
  });

  it("een ontbrekend veld of element: de positie van het dichtstbijzijnde bestaande veld erboven", () => {
    expect(p(["partijen", 1, "rol"])).toEqual({ regel: 6, kolom: 5 });
    expect(p(["partijen", 7, "rol"])).toEqual({ regel: 3, kolom: 1 });
    expect(p(["bestaat-niet", "ook-niet"])).toEqual({ regel: 2, kolom: 1 });
    // Een veld zonder waarde: de veldnaam; een stap verder kan niet.
    expect(p(["leeg"])).toEqual({ regel: 8, kolom: 1 });
    expect(p(["leeg", "x"])).toEqual({ regel: 8, kolom: 1 });
    // Een index in een object of een veldnaam in een lijst: niet verder dan wat past.
    expect(p(["regio", 0])).toEqual({ regel: 2, kolom: 1 });
    expect(p(["partijen", "naam"])).toEqual({ regel: 3, kolom: 1 });
  });

  it("JSON (één regel en meer regels) leest dezelfde lezer", () => {
    const j = maakPosities('{\n  "regio": "AM22",\n  "partijen": [\n    { "naam": "UWV", "rol": "x" }\n  ]\n}\n');
    expect(j(["partijen", 0, "rol"])).toEqual({ regel: 4, kolom: 22 });
    const eenRegel = maakPosities('{"a":[1,{"b":2}]}');
    expect(eenRegel(["a", 1, "b"])).toEqual({ regel: 1, kolom: 10 });
  });

  it("een dubbele veldnaam in JSON: de laatste, zoals JSON.parse", () => {
    expect(maakPosities('{\n  "a": 1,\n  "a": 2\n}')(["a"])).toEqual({ regel: 3, kolom: 3 });
  });

  it("CRLF-regeleinden tellen als één regel", () => {
    const c = maakPosities("a: 1\r\nb:\r\n  c: 2\r\n");
    expect(c(["b", "c"])).toEqual({ regel: 3, kolom: 3 });
  });

  it("geen posities bij een onleesbare tekst, een te groot bestand of te diepe nesting, zonder fout", () => {
    expect(maakPosities("a: [1, 2")(["a"])).toBeUndefined();
    expect(maakPosities("a: 1\n".padEnd(MAX_POSITIEBESTAND + 1, " "))(["a"])).toBeUndefined();
    // Diep genest (haken of inspringing): niet gelezen; de positielezer is recursief en V8 kan
    // daar onherstelbaar op stoppen (RegExpCompiler out of memory), dus niet eens proberen.
    expect(maakPosities("[".repeat(10_000) + "]".repeat(10_000))([0, 0, 0])).toBeUndefined();
    expect(maakPosities('{"a":' .repeat(200) + "1" + "}".repeat(200))(["a"])).toBeUndefined();
    const blok = Array.from({ length: 300 }, (_, i) => `${" ".repeat(i)}a${i}:`).join("\n") + " 1\n";
    expect(maakPosities(blok)(["a0"])).toBeUndefined();
    // Ondiep genoeg: wel.
    expect(maakPosities('{"a":'.repeat(50) + "1" + "}".repeat(50))(["a", "a"])).toEqual({ regel: 1, kolom: 7 });
  });
});
