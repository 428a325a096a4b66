import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { arrangeurOmschrijving, normaliseerHulpvraag, routeer, toetsConvenant, type Arrangeur, type Routering } from "../src/index.js";
import { parseConvenant, parseHulpvraag } from "../src/schemas.js";
import { bouwPakketkopie, type Pakketkopie } from "./hulp/pakketkopie.js";

/**
 * De voorbeeldprogramma's in `examples/` draaien als losse processen tegen het gebouwde pakket,
 * zoals een gebruiker ze draait (`npm run build`, daarna `node examples/...`). De uitvoer wordt
 * vergeleken met wat de bibliotheek zelf (vanuit src/) over dezelfde invoer zegt.
 */
const wortel = new URL("../", import.meta.url).pathname;
let kopie: Pakketkopie;

beforeAll(() => {
  kopie = bouwPakketkopie();
}, 120_000);
afterAll(() => kopie?.opruimen());

/** Blokken van de uitvoer van de gemeente-app, per vraag (kop zonder "── "). */
function blokken(uit: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const blok of uit.split("\n── ").slice(1)) m.set(blok.slice(0, blok.indexOf("\n") === -1 ? undefined : blok.indexOf("\n")).split(" (")[0]!.split(":")[0]!, blok);
  return m;
}

function routeerInProces(invoer: unknown, peildatum: string): Routering {
  const p = parseHulpvraag(invoer);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  const n = normaliseerHulpvraag(p.value);
  if (!n.ok) throw new Error(JSON.stringify(n.issues));
  return routeer(n.value, { peildatum });
}

describe("pakketresolutie", () => {
  it("'arbeidsmarktinfra' en '/schemas' wijzen vanuit examples/ naar dist/ van het pakket zelf", () => {
    const r = kopie.node(["--input-type=module", "-e", 'console.log(import.meta.resolve("arbeidsmarktinfra")); console.log(import.meta.resolve("arbeidsmarktinfra/schemas"))'], {
      cwd: join(kopie.map, "examples/gemeente-app"),
    });
    expect(r.stderr).toBe("");
    expect(r.stdout.trim().split("\n")).toEqual([`file://${kopie.map}/dist/index.js`, `file://${kopie.map}/dist/schemas.js`]);
  });
});

describe("gemeente-app (examples/gemeente-app/routeer.mjs)", () => {
  const app = "examples/gemeente-app/routeer.mjs";

  it("routeert de batch: per vraag elke stap met regel-id en bron, in de volgorde van routeer", () => {
    const r = kopie.node([app, "examples/hulpvragen/batch.ndjson", "--peildatum", "2026-09-01"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const vragen = readFileSync(join(wortel, "examples/hulpvragen/batch.ndjson"), "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => JSON.parse(l) as { id: string });
    const uit = blokken(r.stdout);
    expect(uit.size).toBe(vragen.length);
    let beoordelen = 0;
    for (const vraag of vragen) {
      const verwacht = routeerInProces(vraag, "2026-09-01");
      const blok = uit.get(vraag.id);
      expect(blok, vraag.id).toBeDefined();
      // Elke stap staat erin als "[regel] BRON plaats", in dezelfde volgorde.
      const gevonden = [...blok!.matchAll(/^ {6}\[([^\]]+)\] (.+)$/gm)].map((m) => `${m[1]} ${m[2]}`);
      expect(gevonden, vraag.id).toEqual(verwacht.stappen.map((s) => `${s.regel} ${s.bron.bron} ${s.bron.plaats}`));
      if (verwacht.status === "bepaald") expect(blok, vraag.id).toContain(`   Arrangeur: ${arrangeurOmschrijving(verwacht.arrangeur)}.`);
      else {
        beoordelen++;
        expect(blok, vraag.id).toMatch(/^ {3}Te beoordelen: /m);
      }
      expect(blok, vraag.id).toContain(`   Warme overdracht (${verwacht.overdracht.soort}): `);
    }
    expect(r.stdout).toContain(`${vragen.length} hulpvragen: ${vragen.length - beoordelen} arrangeur bepaald, ${beoordelen} te beoordelen door de gids, 0 ongeldig.`);

    // Een paar uitkomsten letterlijk, zodat de test niet alleen de bibliotheek met zichzelf vergelijkt.
    const v4 = uit.get("voorbeeld-04")!;
    expect(v4).toContain("   Arrangeur: gemeente Rotterdam.\n      [triage/gemeente-bijstand-of-geen-uitkering] KB2022");
    expect(v4).toContain("   Warme overdracht (partner-naar-arrangeur): UWV brengt de vrager direct in contact met gemeente Rotterdam");
    expect(v4).toMatch(/ {3}Verwijzen: .*schuldhulpverlening.*\n {6}\[triage\/schuldhulpverlening\] HRT §6\.2/);
    expect(uit.get("voorbeeld-02")).toMatch(/ {3}Einde WW: De WW eindigt op 2026-10-15.*gemeente Zaanstad.*\n {6}\[triage\/max-ww-overdracht\] HRT §5\.1/);
    expect(uit.get("voorbeeld-15")).toContain("   Arrangeur: het Landelijk WerkgeversServicepunt (UWV en Gemeenten).");
    expect(uit.get("voorbeeld-18")).toContain("   Warme overdracht (gids-triage): ");
  });

  it("routeert de losse voorbeeldvragen zoals examples/hulpvragen/verwachtingen.json zegt", () => {
    const verwachtingen = JSON.parse(readFileSync(join(wortel, "examples/hulpvragen/verwachtingen.json"), "utf8")) as {
      peildatum: string;
      gevallen: { bestand: string; peildatum?: string; status: string; arrangeur?: Arrangeur; kandidaten?: string[] }[];
    };
    const gevallen = verwachtingen.gevallen.filter((g) => g.peildatum === undefined);
    const bestanden = [...new Set(gevallen.map((g) => g.bestand))];
    expect(bestanden.length).toBeGreaterThan(10);
    const r = kopie.node([app, ...bestanden.map((b) => `examples/hulpvragen/${b}`), "--peildatum", verwachtingen.peildatum]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const perBestand = new Map([...blokken(r.stdout).values()].map((b) => [/\(([^)]+\.json)\)/.exec(b.split("\n")[0]!)?.[1] ?? b.split("\n")[0]!, b]));
    for (const g of gevallen) {
      const blok = perBestand.get(g.bestand);
      expect(blok, g.bestand).toBeDefined();
      if (g.status === "bepaald") expect(blok, g.bestand).toContain(`   Arrangeur: ${arrangeurOmschrijving(g.arrangeur!)}.`);
      else expect(blok, g.bestand).toMatch(/^ {3}Te beoordelen: .*Kandidaten: /m);
    }
  });

  it("meldt ongeldige vragen in het Nederlands met het veld, routeert de rest en eindigt met exitcode 2", () => {
    const invoer = [
      JSON.stringify({ vrager: "werkzoekende", uitkering: "bijstnd", onderwerpen: ["werk"], deur: { soort: "werkcentrum" }, kleur: "rood" }),
      "geen json",
      "",
      JSON.stringify({ id: "goed", vrager: "werkzoekende", uitkering: "geen", woongemeente: "Den Haag", onderwerpen: ["werk"], deur: { soort: "werkcentrum" } }),
      JSON.stringify({ vrager: "werkzoekende", uitkering: "geen", woongemeente: "Atlantis", onderwerpen: ["werk"], deur: { soort: "werkcentrum" } }),
    ].join("\n");
    const r = kopie.node([app, "-", "--peildatum", "2026-03-01"], { invoer });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("Peildatum 2026-03-01; fase: transitieperiode.");
    expect(r.stdout).toContain('   - uitkering: verwacht een van "WW", "WIA/WGA", "Wajong", "bijstand", "geen", "onbekend", ontvangen "bijstnd"');
    expect(r.stdout).toContain('   - kleur: onbekend veld "kleur"');
    expect(r.stdout).toContain("── stdin regel 2: ONGELDIG");
    expect(r.stdout).toContain('   - woongemeente: onbekende gemeente "Atlantis"');
    // De geldige vraag is genormaliseerd (Den Haag → 's-Gravenhage, regio AM21) en gerouteerd.
    expect(r.stdout).toContain("── goed (stdin regel 4)\n   werkzoekende; uitkering geen; woont in 's-Gravenhage; regio AM21 Haaglanden");
    expect(r.stdout).toContain("   Arrangeur: gemeente 's-Gravenhage.");
    expect(r.stdout).toContain("4 hulpvragen: 1 arrangeur bepaald, 0 te beoordelen door de gids, 3 ongeldig.");
    expect(r.stderr.trim().split("\n")).toHaveLength(3);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("weigert een ongeldige peildatum en onbekende opties met exitcode 2", () => {
    const a = kopie.node([app, "examples/hulpvragen/batch.ndjson", "--peildatum", "2026-02-30"]);
    expect(a.status).toBe(2);
    expect(a.stderr).toContain("peildatum: 2026-02-30 is geen bestaande datum");
    expect(a.stdout).toBe("");
    const b = kopie.node([app, "--formaat", "json"]);
    expect(b.status).toBe(2);
    expect(b.stderr).toContain("onbekende optie --formaat");
    expect(kopie.node([app]).stderr).toMatch(/^gebruik: /);
  });
});

describe("consultant (examples/consultant/rapport.mjs)", () => {
  const rapport = "examples/consultant/rapport.mjs";

  function verwachteTotalen(peildatum: string) {
    const t = { fout: 0, waarschuwing: 0, advies: 0, beoordelen: 0 };
    const map = join(wortel, "examples/convenanten");
    for (const b of readdirSync(map).sort()) {
      const tekst = readFileSync(join(map, b), "utf8");
      const p = parseConvenant(b.endsWith(".json") ? JSON.parse(tekst) : parseYaml(tekst));
      if (!p.ok) throw new Error(b);
      const s = toetsConvenant(p.value, { peildatum }).samenvatting;
      t.fout += s.nietVoldaanPerErnst.fout;
      t.waarschuwing += s.nietVoldaanPerErnst.waarschuwing;
      t.advies += s.nietVoldaanPerErnst.advies;
      t.beoordelen += s.perUitkomst.beoordelen;
    }
    return `${t.fout} fout, ${t.waarschuwing} waarschuwing, ${t.advies} advies, ${t.beoordelen} te beoordelen, 0 niet te toetsen.`;
  }

  it("na de inwerkingtreding: Markdown-rapport met de open bevindingen en bronnen, exitcode 1", () => {
    const r = kopie.node([rapport, "examples/convenanten", "--peildatum", "2026-09-01"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    const md = r.stdout;
    expect(md.startsWith("# Toetsing samenwerkingsconvenanten — peildatum 2026-09-01\n")).toBe(true);
    for (const b of readdirSync(join(wortel, "examples/convenanten"))) expect(md).toContain(`\n## ${b}\n`);
    expect(md).toContain("## rijnmond-volledig.yaml\n\nRegio Rijnmond; fase nieuwe-wet. 0 fout, 0 waarschuwing, 0 advies, 0 te beoordelen");
    expect(md).toMatch(/\| fout \| niet-voldaan \| `beraad\/kernpartners-compleet` \| `\/partijen` \| Kernpartner SBB ontbreekt\. \| KB2024 §4/);
    expect(md).toMatch(/\| fout \| niet-voldaan \| `werkcentrum\/werkgeversdienstverlening-via-werkcentrum` \|/);
    expect(md.trimEnd().endsWith(verwachteTotalen("2026-09-01"))).toBe(true);
    // De ingekorte uitvoer in de README noemt dezelfde totalen en dezelfde samenvatting van Twente
    // (zo veroudert die niet stil).
    const readme = readFileSync(join(wortel, "examples/consultant/README.md"), "utf8");
    expect(readme).toContain(`\n${verwachteTotalen("2026-09-01")}\n`);
    const twente = /\n## twente-zonder-sbb\.yaml\n\n(.*)\n/.exec(md)?.[1];
    expect(twente).toMatch(/^Regio Twente; fase nieuwe-wet\. 1 fout/);
    expect(readme).toContain(`\n${twente}\n`);
  });

  it("vóór de inwerkingtreding zijn wettelijke regels advies: exitcode 0", () => {
    const r = kopie.node([rapport, "examples/convenanten", "--peildatum", "2026-03-01"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Regio Twente; fase transitieperiode. 0 fout");
    expect(r.stdout).toMatch(/\| advies \| niet-voldaan \| `beraad\/kernpartners-compleet` \|/);
    expect(r.stdout.trimEnd().endsWith(verwachteTotalen("2026-03-01"))).toBe(true);
    // Met een later opgegeven inwerkingtreding blijft september 2026 in de transitieperiode.
    const later = kopie.node([rapport, "examples/convenanten", "--peildatum", "2026-09-01", "--inwerkingtreding", "2027-01-01"]);
    expect(later.status).toBe(0);
    expect(later.stdout).toContain("Regio Twente; fase transitieperiode.");
  });

  it("onleesbare en ongeldige bestanden staan in het rapport (exitcode 2); ongeldige opties gaan naar stderr", () => {
    const map = join(kopie.map, "kapot");
    mkdirSync(map);
    copyFileSync(join(wortel, "examples/convenanten/rijnmond-volledig.yaml"), join(map, "rijnmond.yaml"));
    writeFileSync(join(map, "afgebroken.json"), '{"titel": ');
    writeFileSync(join(map, "regio-getal.yaml"), "titel: x\nregio: 3\n");
    writeFileSync(join(map, "notities.txt"), "geen convenant");
    const r = kopie.node([rapport, "kapot", "--peildatum", "2026-09-01"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("## afgebroken.json\n\nNiet te lezen: geen geldige JSON (");
    expect(r.stdout).toContain("## regio-getal.yaml\n\nNiet te toetsen:\n- regio: verwacht tekst, ontvangen het getal 3\n- partijen: verplicht veld ontbreekt");
    expect(r.stdout).toContain("## rijnmond.yaml\n\nRegio Rijnmond;");
    expect(r.stdout).not.toContain("notities.txt");
    expect(r.stdout.trimEnd()).toMatch(/, 2 niet te toetsen\.$/);
    const weg = kopie.node([rapport, "bestaat-niet", "--peildatum", "2026-09-01"]);
    expect(weg.status).toBe(2);
    expect(weg.stderr).toContain("bestaat-niet: map niet gevonden of niet leesbaar");
    const p = kopie.node([rapport, "examples/convenanten", "--peildatum", "2026-13-01"]);
    expect(p.status).toBe(2);
    expect(p.stderr).toContain("peildatum: 2026-13-01 is geen bestaande datum");
    expect(p.stderr).not.toMatch(/\n\s+at /);
    expect(kopie.node([rapport, "examples/convenanten"]).stderr).toMatch(/^gebruik: /);
  });
});
