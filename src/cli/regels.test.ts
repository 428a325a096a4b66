import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeerRegel, MAX_REGEL, regelsUitStroom, type GelezenRegel } from "./regels.js";

async function alle(blokken: readonly Uint8Array[], max?: number): Promise<GelezenRegel[]> {
  const uit: GelezenRegel[] = [];
  async function* stroom() {
    for (const b of blokken) yield b;
  }
  for await (const r of regelsUitStroom(stroom(), max)) uit.push(r);
  return uit;
}

const bytes = (t: string) => new TextEncoder().encode(t);
/** Verdeelt bytes in blokken op de gegeven (gesorteerde) knippunten. */
function knip(b: Uint8Array, punten: readonly number[]): Uint8Array[] {
  const grenzen = [...new Set([0, ...punten.map((p) => p % (b.length + 1)), b.length])].sort((x, y) => x - y);
  return grenzen.slice(1).map((g, i) => b.slice(grenzen[i], g));
}
const tekst = (r: GelezenRegel) => ("tekst" in r ? r.tekst : `!${r.probleem.message}`);

describe("regelsUitStroom", () => {
  it("geeft dezelfde regels als split('\\n'), hoe de stroom ook in blokken is geknipt (ook midden in een UTF-8-teken)", async () => {
    const regel = fc.string({ unit: fc.constantFrom("a", "é", "€", "𝕏", " ", "{", "\r", "\uFFFD"), maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(fc.array(regel, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), async (regels, punten) => {
        const invoer = regels.join("\n");
        const r = await alle(knip(bytes(invoer), punten));
        const verwacht = invoer === "" ? [] : invoer.split("\n").map((t, i, l) => (i === l.length - 1 && t === "" ? null : t.replace(/\r$/, ""))).filter((t) => t !== null);
        expect(r.map(tekst)).toEqual(verwacht);
        expect(r.map((x) => x.nr)).toEqual(verwacht.map((_, i) => i + 1));
      }),
      { seed: 20261127, numRuns: 2000 },
    );
  });

  it("een te lange regel is een probleem van die regel; de volgende regels komen gewoon door", async () => {
    const lang = "x".repeat(100);
    for (const punten of [[], [7], [30, 60, 90], [101, 102]]) {
      const r = await alle(knip(bytes(`{"a":1}\n${lang}\n{"b":2}\n${lang}`), punten), 50);
      expect(r.map(tekst)).toEqual(['{"a":1}', "!de regel is te lang (meer dan 50 bytes; één hulpvraag per regel)", '{"b":2}', "!de regel is te lang (meer dan 50 bytes; één hulpvraag per regel)"]);
      expect(r.map((x) => x.nr)).toEqual([1, 2, 3, 4]);
    }
    expect(MAX_REGEL).toBe(1024 * 1024);
  });

  it("een bestand van 10 MB zonder regeleinde: één probleem, zonder de regel vast te houden", async () => {
    const blok = new Uint8Array(65536).fill(0x61);
    const r = await alle(Array.from({ length: 160 }, () => blok));
    expect(r).toEqual([{ nr: 1, probleem: { code: "onleesbaar", path: [], message: `de regel is te lang (meer dan ${MAX_REGEL} bytes; één hulpvraag per regel)` } }]);
  });

  it("NUL-bytes, ongeldige UTF-8, BOM en CRLF", async () => {
    expect(decodeerRegel(3, new Uint8Array([0x7b, 0x00, 0x7d]))).toMatchObject({ nr: 3, probleem: { message: expect.stringContaining("binaire inhoud") } });
    expect(decodeerRegel(2, new Uint8Array([0x22, 0xc3, 0x28, 0x22]))).toMatchObject({ probleem: { code: "onleesbaar", message: "de regel is geen geldige UTF-8-tekst" } });
    // Een echte U+FFFD (EF BF BD) is geldige UTF-8.
    expect(decodeerRegel(2, bytes('"\uFFFD"'))).toEqual({ nr: 2, tekst: '"\uFFFD"' });
    expect(decodeerRegel(1, bytes("\uFEFF{}\r"))).toEqual({ nr: 1, tekst: "{}" });
    expect(decodeerRegel(2, bytes("\uFEFF{}"))).toEqual({ nr: 2, tekst: "\uFEFF{}" });
    expect((await alle([bytes("a\r\nb\r\n")])).map(tekst)).toEqual(["a", "b"]);
    expect(await alle([])).toEqual([]);
    expect((await alle([bytes("\n\n")])).map(tekst)).toEqual(["", ""]);
  });
});
