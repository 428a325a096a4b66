import { describe, expect, it } from "vitest";
import { volledigConvenant, volledigWerkcentrum } from "../../test/hulp/fixtures.js";
import { parseConvenant } from "../convenant/schema.js";
import type { Openingstijd } from "./model.js";
import { parseWerkcentrum } from "./schema.js";

/** Het volledige Werkcentrum met andere openingstijden bij het eerste kanaal. */
function metOpeningstijden(openingstijden: readonly Openingstijd[]) {
  const w = volledigWerkcentrum();
  return { ...w, kanalen: (w.kanalen ?? []).map((k, i) => (i === 0 ? { ...k, openingstijden } : k)) };
}

describe("parseWerkcentrum: openingstijden", () => {
  it("weigert een eindtijd die niet na de begintijd ligt, met Nederlandse melding op het pad van tot", () => {
    for (const [van, tot] of [["17:00", "09:00"], ["09:00", "09:00"], ["23:59", "00:00"]] as const) {
      const r = parseWerkcentrum(metOpeningstijden([{ dagen: ["ma", "di"], van: "09:00", tot: "12:00" }, { dagen: ["ma"], van, tot }]));
      expect(r.ok, `${van}-${tot}`).toBe(false);
      if (r.ok) continue;
      expect(r.issues).toEqual([
        {
          code: "inconsistent",
          path: ["kanalen", 0, "openingstijden", 1, "tot"],
          message: `kanalen[0].openingstijden[1].tot: de eindtijd (${tot}) ligt niet na de begintijd (${van}); openingstijden over middernacht zijn niet te beschrijven`,
        },
      ]);
    }
  });

  it("accepteert tot na van, ook één minuut later", () => {
    expect(parseWerkcentrum(metOpeningstijden([{ dagen: ["ma"], van: "09:00", tot: "09:01" }, { dagen: ["za"], van: "00:00", tot: "23:59" }])).ok).toBe(true);
  });

  it("meldt een ongeldige tijd alleen als formaatfout, niet ook nog als samenhangsfout", () => {
    const r = parseWerkcentrum(metOpeningstijden([{ dagen: ["ma"], van: "25:00", tot: "09:00" }]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["ongeldig-formaat", "kanalen.0.openingstijden.0.van"]]);
  });

  it("geldt ook voor het Werkcentrum-onderdeel van een convenant", () => {
    const c = volledigConvenant();
    const kanalen = (c.werkcentrum?.kanalen ?? []).map((k, i) => (i === 0 ? { ...k, openingstijden: [{ dagen: ["vr"], van: "17:00", tot: "09:00" }] } : k));
    expect(kanalen.length).toBeGreaterThan(0);
    const r = parseConvenant({ ...c, werkcentrum: { ...c.werkcentrum, kanalen } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["inconsistent", "werkcentrum.kanalen.0.openingstijden.0.tot"]]);
  });
});
