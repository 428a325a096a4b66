import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digestVan, tijdzoneDigest, uitkomsten, vasteDagen } from "./hulp/tijdzone-uitkomsten.js";

/**
 * Datumfuncties zijn het eens over tijdzones heen (issue 6). De eenheidstests (src/**) draaien
 * al in UTC, Europe/Amsterdam en Pacific/Apia (vitest.config.ts); deze test draait daarnaast de
 * uitkomsten van alle datumafhankelijke publieke functies over een vaste reeks dagen in zes
 * kindprocessen met elk een andere TZ, en eist overal dezelfde digest, gelijk aan die in dit
 * proces. De gekozen zones: Samoa (30 december 2011 bestaat niet), São Paulo (had zomertijd die
 * om middernacht begon), Kolkata (+5:30), Lord Howe (zomertijd van een half uur).
 */

/** De zones met hun verschil met UTC op 1 januari 2026 in minuten (getTimezoneOffset: UTC min lokaal). */
const ZONES = { UTC: 0, "Europe/Amsterdam": -60, "Pacific/Apia": -780, "America/Sao_Paulo": 180, "Asia/Kolkata": -330, "Australia/Lord_Howe": -660 } as const;
const wortel = new URL("../", import.meta.url).pathname;

type Digest = ReturnType<typeof tijdzoneDigest>;

describe("datumfuncties in zes tijdzones (kindprocessen)", () => {
  let hier: Digest | undefined;
  let map: string;
  let kind: string;
  beforeAll(async () => {
    map = mkdtempSync(join(tmpdir(), "ami-tz-"));
    kind = join(map, "tijdzone-kind.cjs");
    // Eén zelfstandig bestand (alle afhankelijkheden erin), direct uit de bronnen.
    await build({ entryPoints: [join(wortel, "test/hulp/tijdzone-kind.ts")], outfile: kind, bundle: true, platform: "node", format: "cjs", target: "node20", logLevel: "silent" });
  }, 60_000);
  afterAll(() => rmSync(map, { recursive: true, force: true }));

  it("de reeks dagen bevat de lastige dagen en de uitkomsten zijn echte uitkomsten (geen fouten)", () => {
    const dagen = vasteDagen();
    for (const d of ["2011-12-30", "2012-02-29", "2024-02-29", "2025-03-30", "2025-10-26", "2026-07-01", "2026-02-28", "2026-04-30"]) expect(dagen).toContain(d);
    const u = uitkomsten();
    hier = digestVan(u);
    expect(Object.keys(u).filter((k) => k.startsWith("convenant ")).length).toBeGreaterThan(60);
    const fouten = Object.entries(u).filter(([, w]) => typeof w === "object" && w !== null && "fout" in w);
    expect(fouten).toEqual([]);
    expect(Object.keys(u).length).toBeGreaterThan(1000);
  });

  it(`zelfde digest in ${Object.keys(ZONES).join(", ")} als in dit proces`, async () => {
    hier ??= tijdzoneDigest();
    const zones = Object.keys(ZONES) as (keyof typeof ZONES)[];
    const uit: Digest[] = [];
    for (let i = 0; i < zones.length; i += 2) {
      const paar = zones.slice(i, i + 2).map(async (tz) => {
        const r = await promisify(execFile)(process.execPath, [kind], { cwd: wortel, env: { ...process.env, TZ: tz }, maxBuffer: 1024 * 1024 });
        return JSON.parse(r.stdout) as Digest;
      });
      uit.push(...(await Promise.all(paar)));
    }
    for (const [i, tz] of zones.entries()) {
      const d = uit[i]!;
      // Het kind draaide echt in die zone (anders bewijst de gelijke digest niets); ICU mag de naam anders schrijven (Asia/Calcutta).
      expect(d.verschilJanuari2026, `${tz} (${d.tijdzone})`).toBe(ZONES[tz]);
      expect(d.dertigDecember2011, tz).toBe(tz === "Pacific/Apia" ? 31 : 30);
      expect({ tz, digest: d.digest, aantal: d.aantal }).toEqual({ tz, digest: hier.digest, aantal: hier.aantal });
    }
  }, 120_000);
});
