import { describe, expect, it } from "vitest";
import { fail, formatPad, naarJsonPointer, ok, OngeldigeInvoerFout } from "./result.js";

describe("result", () => {
  it("ok en fail", () => {
    expect(ok(1)).toEqual({ ok: true, value: 1 });
    expect(fail({ code: "verplicht", path: ["a"], message: "a: ontbreekt" })).toEqual({ ok: false, issues: [{ code: "verplicht", path: ["a"], message: "a: ontbreekt" }] });
  });

  it("JSON Pointer volgens RFC 6901", () => {
    expect(naarJsonPointer([])).toBe("");
    expect(naarJsonPointer(["partijen", 2, "rol"])).toBe("/partijen/2/rol");
    expect(naarJsonPointer(["a/b", "c~d"])).toBe("/a~1b/c~0d");
  });

  it("leesbaar pad", () => {
    expect(formatPad([])).toBe("(hele document)");
    expect(formatPad(["partijen", 2, "rol"])).toBe("partijen[2].rol");
    expect(formatPad(["a b", "c"])).toBe('["a b"].c');
    expect(formatPad([0, "x"])).toBe("[0].x");
  });

  it("OngeldigeInvoerFout is een Error met code en pad", () => {
    const e = new OngeldigeInvoerFout({ code: "ongeldige-datum", path: ["peildatum"], message: "peildatum: fout" });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("OngeldigeInvoerFout");
    expect([e.code, e.path, e.message]).toEqual(["ongeldige-datum", ["peildatum"], "peildatum: fout"]);
  });
});
