import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { runCli } from "../src/cli/cli.js";
import type { Io } from "../src/cli/io.js";
import type { Routering } from "../src/triage/model.js";
import { uitkeringen, vragers } from "../src/triage/model.js";
import { cli } from "./hulp/io.js";

/** De voorbeeldvragen in examples/hulpvragen met hun verwachte uitkomst, via de CLI in-proces. */
const MAP = "examples/hulpvragen";

interface Geval {
  bestand: string;
  peildatum?: string;
  status: "bepaald" | "beoordelen";
  arrangeur?: { soort: string; organisatie: string | null };
  kandidaten?: string[];
  reden?: string;
  regels?: string[];
  verwijzingen?: string[];
  aanvullend?: string[];
  overdracht?: string;
  uwvNietPubliek?: string | null;
  voorbereideOverdrachtNaar?: string;
  arbeidsmarktvraag?: boolean;
}

const manifest = JSON.parse(readFileSync(join(MAP, "verwachtingen.json"), "utf8")) as { peildatum: string; gevallen: Geval[] };

async function routeerBestand(bestand: string, peildatum: string): Promise<{ routering: Routering; hulpvraag: Record<string, unknown> }> {
  const r = await cli(["routeer", join(MAP, bestand), "--peildatum", peildatum, "--formaat", "json"]);
  expect(r.stderr, bestand).toBe("");
  expect(r.code, bestand).toBe(0);
  return JSON.parse(r.stdout) as { routering: Routering; hulpvraag: Record<string, unknown> };
}

describe("triage: voorbeeldvragen in examples/hulpvragen", () => {
  const resultaten: { geval: Geval; routering: Routering; hulpvraag: Record<string, unknown> }[] = [];

  for (const geval of manifest.gevallen) {
    const peildatum = geval.peildatum ?? manifest.peildatum;
    it(`${geval.bestand} op ${peildatum}: ${geval.status}${geval.arrangeur ? ` ${geval.arrangeur.organisatie ?? geval.arrangeur.soort}` : ""}`, async () => {
      const { routering: r, hulpvraag } = await routeerBestand(geval.bestand, peildatum);
      resultaten.push({ geval, routering: r, hulpvraag });
      expect(r.status).toBe(geval.status);
      expect(r.peildatum).toBe(peildatum);
      if (geval.arrangeur) expect(r.arrangeur).toEqual(geval.arrangeur);
      if (geval.kandidaten) expect(r.kandidaten.map((k) => k.soort)).toEqual(geval.kandidaten);
      if (geval.reden) expect(r.reden).toBe(geval.reden);
      for (const regel of geval.regels ?? []) expect(r.stappen.map((s) => s.regel)).toContain(regel);
      if (geval.verwijzingen) expect(r.verwijzingen.map((v) => v.soort)).toEqual(geval.verwijzingen);
      if (geval.aanvullend) expect(r.aanvullend.map((a) => a.soort)).toEqual(geval.aanvullend);
      if (geval.overdracht) expect(r.overdracht.soort).toBe(geval.overdracht);
      if (geval.uwvNietPubliek !== undefined) expect(r.uwvInTransitie?.nietPubliek ?? null).toBe(geval.uwvNietPubliek);
      if (geval.voorbereideOverdrachtNaar) expect(r.voorbereideOverdracht?.naar.organisatie).toBe(geval.voorbereideOverdrachtNaar);
      if (geval.arbeidsmarktvraag !== undefined) expect(r.arbeidsmarktvraag).toBe(geval.arbeidsmarktvraag);
      // Een beoordelen stuurt nooit weg: altijd een warme overdracht via het Werkcentrum.
      if (r.status === "beoordelen") expect(["gids-triage", "partner-naar-werkcentrum"]).toContain(r.overdracht.soort);
    });
  }

  it("elk voorbeeldbestand staat in het manifest, en de voorbeelden dekken alle vragers, uitkeringen, verwijzingen en de transitieregel", () => {
    const bestanden = readdirSync(MAP).filter((f) => f.endsWith(".json") && f !== "verwachtingen.json");
    expect(bestanden.length).toBeGreaterThanOrEqual(15);
    expect(new Set(manifest.gevallen.map((g) => g.bestand))).toEqual(new Set(bestanden));
    expect(resultaten.length).toBe(manifest.gevallen.length);
    const gezien = (f: (x: (typeof resultaten)[number]) => unknown) => new Set(resultaten.map(f));
    expect(gezien((x) => x.routering.vrager)).toEqual(new Set(vragers));
    expect(gezien((x) => x.hulpvraag["uitkering"])).toEqual(new Set([...uitkeringen, undefined]));
    const verwijzingen = new Set(resultaten.flatMap((x) => x.routering.verwijzingen.map((v) => `${v.soort}:${v.onderwerp ?? ""}`)));
    for (const v of [
      "doorstroompunt:",
      "win-punt:",
      "schuldhulpverlening:schulden",
      "informatiepunt-digitale-overheid:taal-digitaal",
      "bbz-zelfstandigenloket:zelfstandig-ondernemen",
      "sociale-kaart:zorg",
      "gemeente:omgevingsvergunning",
      "gemeente:kinderopvang",
      "juiste-instantie:overig",
    ]) {
      expect(verwijzingen, v).toContain(v);
    }
    expect(resultaten.some((x) => x.routering.uwvInTransitie?.nietPubliek === "niet-beschikbaar")).toBe(true);
    expect(gezien((x) => x.routering.status)).toEqual(new Set(["bepaald", "beoordelen"]));
  });

  it("tekstuitvoer: uitkomst, warme overdracht en elke stap met regel en bron", async () => {
    const r = await cli(["routeer", join(MAP, "werkzoekende-ww-einde-in-zicht.json"), "--peildatum", "2026-09-01"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("BEPAALD — Arrangeur: UWV.");
    expect(r.stdout).toContain("Warme overdracht: UWV is zelf");
    expect(r.stdout).toContain("Voorbereide overdracht: naar gemeente Zaanstad");
    expect(r.stdout).toContain("[triage/max-ww-overdracht]");
    expect(r.stdout).toMatch(/Bron: HRT §5\.1/);
    const b = await cli(["routeer", join(MAP, "werkende-zzp-dreigt-werkloos.json"), "--peildatum", "2026-09-01"]);
    expect(b.stdout).toContain("BEOORDELEN — Te beoordelen door een mens");
    expect(b.stdout).toContain("open beleidspunt");
    expect(b.stdout).toContain("Bron: KB2022 'Verantwoordelijkheidsverdeling'");
  });
});

describe("triage: CLI routeer, fouten en batch", () => {
  const tmp = mkdtempSync(join(tmpdir(), "triage-batch-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("ongeldige hulpvraag: exit 2, melding per veld (ook een onmogelijk veld bij deze vrager)", async () => {
    const r = await cli(["routeer", "h.json", "--peildatum", "2026-09-01"], {
      bestanden: { "h.json": JSON.stringify({ vrager: "werkgever", uitkering: "WW", onderwerpen: [], deur: { soort: "werkcentrum" } }) },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('onbekend veld "uitkering"');
    expect(r.stderr).toContain("onderwerpen: mag niet leeg zijn");
    const g = await cli(["routeer", "h.json", "--peildatum", "2026-09-01", "--formaat", "json"], {
      bestanden: { "h.json": JSON.stringify({ vrager: "werkzoekende", uitkering: "geen", woongemeente: "Zaanstd", onderwerpen: ["werk"], deur: { soort: "werkcentrum" } }) },
    });
    expect(g.code).toBe(2);
    expect(g.stderr).toContain('woongemeente: onbekende gemeente "Zaanstd"; bedoelde u "Zaanstad"');
    expect(JSON.parse(g.stdout)).toMatchObject({ ok: false, issues: [{ path: ["woongemeente"] }] });
  });

  it("ongeldige peildatum of combinatie van argumenten: exit 2", async () => {
    expect((await cli(["routeer", join(MAP, "werkende-wajong.json"), "--peildatum", "2026-02-30"])).code).toBe(2);
    const b = await cli(["routeer", join(MAP, "werkende-wajong.json"), "--batch", join(MAP, "batch.ndjson")]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain("óf één bestand óf --batch");
    expect((await cli(["routeer"])).code).toBe(2);
    const n = await cli(["routeer", "--batch", join(tmp, "bestaat-niet.ndjson"), "--peildatum", "2026-09-01"]);
    expect(n.code).toBe(2);
    expect(n.stderr).toContain("niet gevonden");
  });

  it("batch: het voorbeeldbestand geeft per regel hetzelfde als één voor één", async () => {
    const r = await cli(["routeer", "--batch", join(MAP, "batch.ndjson"), "--peildatum", "2026-09-01"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const regels = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { regel: number; ok: boolean; id?: string; routering: Routering });
    const invoer = readFileSync(join(MAP, "batch.ndjson"), "utf8").trimEnd().split("\n");
    expect(regels.map((x) => x.regel)).toEqual(invoer.map((_, i) => i + 1));
    for (const [i, x] of regels.entries()) {
      const h = JSON.parse(invoer[i]!) as { id: string };
      expect(x.ok).toBe(true);
      expect(x.id).toBe(h.id);
      const bestand = manifest.gevallen.find((g) => JSON.parse(readFileSync(join(MAP, g.bestand), "utf8")).id === h.id)!.bestand;
      const los = await routeerBestand(bestand, "2026-09-01");
      expect(x.routering).toEqual(los.routering);
    }
  });

  it("batch: foute regels worden gemeld met regelnummer (stdout en stderr) zonder de batch te stoppen; exit 2", async () => {
    const goed = readFileSync(join(MAP, "batch.ndjson"), "utf8").split("\n")[0]!;
    const pad = join(tmp, "gemengd.ndjson");
    writeFileSync(pad, [goed, "{ geen json", "", JSON.stringify({ vrager: "werkzoekende", uitkering: "WW", wwEinddatum: "2026-13-01", onderwerpen: ["werk"], deur: { soort: "werkcentrum" } }), goed, "[1,2]"].join("\n") + "\n");
    const r = await cli(["routeer", "--batch", pad, "--peildatum", "2026-09-01"]);
    expect(r.code).toBe(2);
    const regels = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { regel: number; ok: boolean; issues?: { message: string }[] });
    expect(regels.map((x) => [x.regel, x.ok])).toEqual([
      [1, true],
      [2, false],
      [4, false],
      [5, true],
      [6, false],
    ]);
    expect(regels[1]!.issues![0]!.message).toContain("geen geldige JSON");
    expect(regels[2]!.issues![0]!.message).toContain("wwEinddatum");
    expect(r.stderr).toContain("regel 2: ");
    expect(r.stderr).toContain("regel 4: wwEinddatum");
    expect(r.stderr).toContain("regel 6: ");
    // Zes regels in het bestand, waarvan één leeg: vijf invoerregels.
    expect(r.stderr).toContain("3 van de 5 regels ongeldig; 1 lege regel overgeslagen (exitcode 2).");
  });

  it("batch: de samenvatting telt alleen echte invoerregels en noemt de overgeslagen lege regels", async () => {
    // Het bestand van de audit: zeven regels, waarvan één leeg (ook regels met alleen spaties tellen als leeg).
    const pad = join(tmp, "audit.ndjson");
    const goed = { vrager: "werkzoekende", uitkering: "WW", onderwerpen: ["werk"], deur: { soort: "werkcentrum" } };
    writeFileSync(
      pad,
      [
        JSON.stringify({ ...goed, foo: 1 }),
        JSON.stringify({ ...goed, wwEinddatum: "2026-02-30" }),
        "",
        JSON.stringify({ vrager: "werkgever", onderwerpen: ["personeel"], deur: { soort: "werkcentrum" } }),
        "not json",
        JSON.stringify({ ...goed, woongemeente: "Atlantis" }),
        JSON.stringify({ ...goed, woongemeente: "Weesp" }),
        "[1]",
      ].join("\n") + "\n",
    );
    const r = await cli(["routeer", "--batch", pad, "--peildatum", "2026-09-01"]);
    expect(r.code).toBe(2);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(7);
    expect(r.stderr).toContain("6 van de 7 regels ongeldig; 1 lege regel overgeslagen (exitcode 2).\n");
    expect(r.stderr).not.toContain("van de 8 regels");

    const meer = join(tmp, "leeg.ndjson");
    writeFileSync(meer, ["", "   ", "not json", "", JSON.stringify(goed)].join("\n"));
    expect((await cli(["routeer", "--batch", meer, "--peildatum", "2026-09-01"])).stderr).toContain("1 van de 2 regels ongeldig; 3 lege regels overgeslagen (exitcode 2).");
    const zonderLeeg = join(tmp, "zonder-leeg.ndjson");
    writeFileSync(zonderLeeg, "not json\n");
    expect((await cli(["routeer", "--batch", zonderLeeg, "--peildatum", "2026-09-01"])).stderr).toMatch(/1 van de 1 regel ongeldig \(exitcode 2\)\.\n$/);
  });

  it("batch: wacht op de uitvoer (tegendruk) als de omgeving dat kan", async () => {
    const regels = readFileSync(join(MAP, "batch.ndjson"), "utf8").trimEnd().split("\n");
    const pad = join(tmp, "tegendruk.ndjson");
    writeFileSync(pad, Array.from({ length: 400 }, (_, i) => regels[i % regels.length]).join("\n") + "\n");
    let uit = "";
    let wachten = 0;
    let openstaand = 0;
    const io: Io = {
      stdout: (t) => {
        openstaand += t.length;
        uit += t;
      },
      stderr: () => {},
      leesBestand: (p) => readFileSync(p),
      bestandsgrootte: (p) => readFileSync(p).length,
      leesRegels: (p) => createInterface({ input: createReadStream(p, { encoding: "utf8" }), crlfDelay: Infinity }),
      wachtOpUitvoer: async () => {
        wachten++;
        expect(openstaand).toBeLessThan(65536); // er wordt nooit meer dan een blok tegelijk aangeboden
        openstaand = 0;
        await new Promise((r) => setImmediate(r));
      },
      vandaag: () => "2026-09-01",
    };
    expect(await runCli(["routeer", "--batch", pad, "--peildatum", "2026-09-01"], io)).toBe(0);
    expect(wachten).toBeGreaterThan(5);
    expect(uit.trimEnd().split("\n")).toHaveLength(400);
  });

  it("batch: een groot bestand wordt regel voor regel verwerkt, in volgorde", async () => {
    const regels = readFileSync(join(MAP, "batch.ndjson"), "utf8").trimEnd().split("\n");
    const n = 5000;
    const pad = join(tmp, "groot.ndjson");
    writeFileSync(pad, Array.from({ length: n }, (_, i) => regels[i % regels.length]).join("\n") + "\n");
    const r = await cli(["routeer", "--batch", pad, "--peildatum", "2026-09-01"]);
    expect(r.code).toBe(0);
    const uit = r.stdout.trimEnd().split("\n");
    expect(uit.length).toBe(n);
    expect(JSON.parse(uit[n - 1]!)).toMatchObject({ regel: n, ok: true });
  });
});
