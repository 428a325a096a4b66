import { describe, expect, it } from "vitest";
import { leesInvoer, MAX_ALIASSEN, MAX_BESTAND } from "../src/cli/lezen.js";
import type { Result } from "../src/result.js";

/** De gelezen waarde (zonder de tekst), zoals de toetscommando's die aan de parse-functie geven. */
function leesDocument(io: Io, pad: string): Result<unknown> {
  const r = leesInvoer(io, pad);
  return r.ok ? { ok: true, value: r.value.waarde } : r;
}
import type { Io } from "../src/cli/io.js";

/**
 * Vijandige invoer aan de rand (bestanden lezen): elke geval geeft een duidelijke Nederlandse
 * melding en geen uitzondering. De CLI-commando's die bestanden lezen, worden per commando in
 * test/cli-vijandig.test.ts getest.
 */
function io(bestanden: Record<string, Uint8Array | string>): Io {
  const bytes = (p: string) => {
    const b = bestanden[p];
    if (b === undefined) throw new Error("ENOENT");
    return typeof b === "string" ? new TextEncoder().encode(b) : b;
  };
  return { stdout: () => {}, stderr: () => {}, leesBestand: bytes, bestandsgrootte: (p) => bytes(p).length, vandaag: () => "2026-01-01" };
}

function yamlBom(): string {
  let s = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (let i = 0; i < 9; i++) {
    const vorige = String.fromCharCode(97 + i);
    const deze = String.fromCharCode(98 + i);
    s += `${deze}: &${deze} [${Array(10).fill(`*${vorige}`).join(", ")}]\n`;
  }
  return s;
}

describe("leesDocument met vijandige invoer", () => {
  it("niet-bestaand bestand", () => {
    const r = leesDocument(io({}), "weg.json");
    expect(r.ok || r.issues[0]?.message).toBe("weg.json: bestand niet gevonden of niet leesbaar");
  });

  it("leeg bestand en alleen witruimte", () => {
    expect(leesDocument(io({ "a.json": "" }), "a.json")).toMatchObject({ ok: false, issues: [{ message: "a.json: het bestand is leeg" }] });
    expect(leesDocument(io({ "a.yaml": " \n\t\n" }), "a.yaml")).toMatchObject({ ok: false, issues: [{ code: "onleesbaar" }] });
  });

  it("binair bestand (NUL-bytes)", () => {
    const r = leesDocument(io({ "a.json": new Uint8Array([0x7b, 0x00, 0x01, 0xff, 0x7d]) }), "a.json");
    expect(r.ok || r.issues[0]?.message).toContain("binair bestand");
  });

  it("ongeldige UTF-8", () => {
    const r = leesDocument(io({ "a.yaml": new Uint8Array([0x61, 0x3a, 0x20, 0xc3, 0x28]) }), "a.yaml");
    expect(r.ok || r.issues[0]?.message).toContain("geen geldige UTF-8");
  });

  it(`bestand groter dan ${MAX_BESTAND} bytes (10 MB)`, () => {
    const groot = new Uint8Array(10 * 1024 * 1024).fill(0x20);
    const r = leesDocument(io({ "groot.json": groot }), "groot.json");
    expect(r.ok || r.issues[0]).toMatchObject({ code: "te-groot-bestand" });
    expect(r.ok || r.issues[0]?.message).toContain("te groot");
  });

  it(`YAML-aliasbom (meer dan ${MAX_ALIASSEN} aliassen)`, () => {
    const r = leesDocument(io({ "bom.yaml": yamlBom() }), "bom.yaml");
    expect(r.ok || r.issues[0]?.message).toContain("te veel YAML-aliassen");
  });

  it("10.000 niveaus diep: JSON leest (de diepte wordt bij het model begrensd), YAML geeft een melding", () => {
    const diep = "[".repeat(10_000) + "]".repeat(10_000);
    expect(leesDocument(io({ "d.json": diep }), "d.json").ok).toBe(true);
    const y = leesDocument(io({ "d.yaml": diep }), "d.yaml");
    expect(y.ok || y.issues[0]).toMatchObject({ code: "te-diep" });
  });

  it("syntaxfouten in JSON en YAML", () => {
    const j = leesDocument(io({ "a.json": '{"a": 1,,}' }), "a.json");
    expect(j.ok || j.issues[0]?.message).toMatch(/^a\.json: geen geldige JSON/);
    const y = leesDocument(io({ "a.yaml": "a: [1, 2\nb: }" }), "a.yaml");
    expect(y.ok || y.issues[0]?.message).toMatch(/^a\.yaml: geen geldige YAML/);
    const dubbel = leesDocument(io({ "a.yaml": "a: 1\na: 2\n" }), "a.yaml");
    expect(dubbel.ok).toBe(false);
  });

  it("__proto__, constructor en prototype als sleutels vervuilen het prototype niet", () => {
    for (const [pad, tekst] of [
      ["p.json", '{"__proto__": {"vervuild": true}, "constructor": {"prototype": {"vervuild": true}}}'],
      ["p.yaml", "__proto__:\n  vervuild: true\nconstructor:\n  prototype:\n    vervuild: true\n"],
    ] as const) {
      const r = leesDocument(io({ [pad]: tekst }), pad);
      expect(r.ok, pad).toBe(true);
      expect(({} as Record<string, unknown>)["vervuild"]).toBeUndefined();
      expect(Object.getPrototypeOf(r.ok ? r.value : null)).toBe(Object.prototype);
      expect(Object.keys(r.ok ? (r.value as object) : {})).toEqual(["__proto__", "constructor"]);
    }
  });

  it("BOM aan het begin wordt genegeerd", () => {
    expect(leesDocument(io({ "a.json": "\uFEFF{\"a\":1}" }), "a.json")).toEqual({ ok: true, value: { a: 1 } });
  });
});
