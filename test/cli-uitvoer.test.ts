import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { agendaCyclus } from "../src/agenda/cyclus.js";
import type { Meerjarenagenda } from "../src/agenda/model.js";
import { runCli } from "../src/cli/cli.js";
import { cyclusAlsTekst } from "../src/cli/commandos/agenda.js";
import type { Io } from "../src/cli/io.js";
import { cli } from "./hulp/io.js";

/**
 * De tekstuitvoer van de CLI in de gevallen die de voorbeeldtests (meestal JSON) niet laten
 * zien: routeer voor werkgevers en zonder woongemeente, de agendacyclus met ontbrekende en
 * verlopen delen, regio's en oude gemeenten, betwiste middelen, en de randen van de batch
 * (andere leesomgeving, een leesfout halverwege, een map in plaats van een bestand).
 */

const P = ["--peildatum", "2026-09-01"];
const regels = (t: string) => t.split("\n");

describe("routeer: tekstuitvoer", () => {
  it("werkgever: werkgebied als lijst, landelijk of onbekend; regio alleen als die bekend is", async () => {
    const lijst = await cli(["routeer", "examples/hulpvragen/werkgever-landelijk.json", ...P]);
    expect(regels(lijst.stdout)[3]).toBe("Vrager: werkgever; werkgebied: AM22, AM21, AM18; deur: Werkcentrum Rijnmond; onderwerpen: personeel");
    const onbekend = await cli(["routeer", "examples/hulpvragen/werkgever-werkgebied-onbekend.json", ...P]);
    expect(regels(onbekend.stdout)[3]).toBe("Vrager: werkgever; werkgebied: onbekend; deur: het digitale kanaal van het Werkcentrum; onderwerpen: personeel");
    expect(regels(onbekend.stdout)[5]).toMatch(/^BEOORDELEN — Te beoordelen door een mens: onbekend in hoeveel arbeidsmarktregio's/);
    const vestiging = await cli(["routeer", "examples/hulpvragen/werkgever-vestiging.json", ...P]);
    expect(regels(vestiging.stdout)[3]).toBe("Vrager: werkgever; werkgebied: niet opgegeven (de regio van de vestiging geldt); regio: AM30 Zuid-Limburg; deur: het digitale kanaal van Werkcentrum Zuid-Limburg; onderwerpen: personeel");
    expect(regels(vestiging.stdout)[5]).toBe("BEPAALD — Arrangeur: Werkcentrum Zuid-Limburg werkgeversdienstverlening (gezamenlijke werkgeversdienstverlening van UWV en gemeenten).");
    const landelijk = await cli(["routeer", "w.json", ...P], { bestanden: { "w.json": '{"vrager": "werkgever", "regios": "landelijk", "onderwerpen": ["personeel"], "deur": {"soort": "werkcentrum", "regio": "AM22"}}' } });
    expect(landelijk.code).toBe(0);
    expect(regels(landelijk.stdout)[3]).toBe("Vrager: werkgever; werkgebied: landelijk; deur: Werkcentrum Rijnmond; onderwerpen: personeel");
    expect(landelijk.stdout).toContain("BEPAALD — Arrangeur: het Landelijk WerkgeversServicepunt");
  });

  it("persoon zonder woongemeente: geen woongemeente en geen regio in de kop", async () => {
    const r = await cli(["routeer", "examples/hulpvragen/werkzoekende-uitkering-onbekend.json", ...P]);
    expect(regels(r.stdout)[3]).toBe("Vrager: werkzoekende; uitkering: onbekend; deur: het digitale kanaal van Werkcentrum Amersfoort; onderwerpen: werk");
  });

  it("aanvullende partijen, verwijzingen, een vraag buiten de arbeidsmarkt en UWV in de transitieperiode", async () => {
    const zorg = await cli(["routeer", "examples/hulpvragen/werkende-zorg-en-kinderopvang.json", ...P]);
    expect(zorg.stdout).toMatch(/\nAanvullend:\n {2}- Publieke dienstverlening van UWV en gemeenten kan aanvullend[^\n]*\nVerwijzen naar:\n {2}- de lokale sociale kaart en Zorgpaden Kansrijke Start\n/);
    const overig = await cli(["routeer", "examples/hulpvragen/werkzoekende-overige-vraag.json", ...P]);
    expect(overig.stdout).toContain("Let op: de vraag gaat niet over werk, loopbaan, scholing of personeel; verwijs door zoals hierboven, niemand wordt weggestuurd.");
    const werk = await cli(["routeer", "examples/hulpvragen/werkende-met-ww.json", ...P]);
    expect(werk.stdout).not.toContain("Let op: de vraag gaat niet over werk");
    const transitie = await cli(["routeer", "examples/hulpvragen/werkzoekende-bijstand-transitie.json", "--peildatum", "2025-09-01"]);
    expect(transitie.stdout).toMatch(/\nUWV in de transitieperiode: de vrager is geen cliënt van UWV\./);
    const naWet = await cli(["routeer", "examples/hulpvragen/werkzoekende-bijstand-transitie.json", ...P]);
    expect(naWet.stdout).not.toContain("UWV in de transitieperiode");
  });

  it("zonder --peildatum: vandaag, en dat staat erbij", async () => {
    const r = await cli(["routeer", "examples/hulpvragen/werkzoekende-ww-zaanstad.json"], { vandaag: "2026-10-05" });
    expect(regels(r.stdout)[1]).toMatch(/^Peildatum 2026-10-05 \(vandaag\); fase: nieuwe-wet;/);
  });
});

describe("routeer --batch: randen", () => {
  const geldig = readFileSync("examples/hulpvragen/werkende-met-ww.json", "utf8").replace(/\s*\n\s*/g, " ");
  const zonderId = JSON.stringify({ ...(JSON.parse(geldig) as object), id: undefined });

  it("--formaat of een los bestand naast --batch: exit 2 met uitleg", async () => {
    const f = await cli(["routeer", "--batch", "examples/hulpvragen/batch.ndjson", "--formaat", "json", ...P]);
    expect(f).toMatchObject({ code: 2, stdout: "" });
    expect(f.stderr).toBe("arbeidsmarktinfra routeer: --batch schrijft altijd NDJSON; --formaat hoort bij één hulpvraag\n");
    const beide = await cli(["routeer", "x.json", "--batch", "examples/hulpvragen/batch.ndjson", ...P]);
    expect(beide.stderr).toContain("geef óf één bestand óf --batch");
  });

  it("een map in plaats van een bestand: niet leesbaar, exit 2", async () => {
    const r = await cli(["routeer", "--batch", "examples/hulpvragen", ...P]);
    expect(r).toMatchObject({ code: 2, stderr: "arbeidsmarktinfra routeer: examples/hulpvragen: bestand niet gevonden of niet leesbaar\n" });
  });

  it("een regel zonder id: het resultaat heeft geen id", async () => {
    const r = await cli(["routeer", "--batch", "b.ndjson", ...P], { bestanden: { "b.ndjson": `${geldig}\n${zonderId}\n` } });
    const [a, b] = r.stdout.trimEnd().split("\n").map((x) => JSON.parse(x) as Record<string, unknown>);
    expect(a).toMatchObject({ regel: 1, ok: true, id: expect.any(String) });
    expect(b).toMatchObject({ regel: 2, ok: true });
    expect(b).not.toHaveProperty("id");
  });

  function io(extra: Partial<Io>): { io: Io; uit: () => string; fout: () => string } {
    let uit = "";
    let fout = "";
    return {
      io: { stdout: (t) => void (uit += t), stderr: (t) => void (fout += t), leesBestand: () => new Uint8Array(), bestandsgrootte: () => 0, vandaag: () => "2026-09-01", ...extra },
      uit: () => uit,
      fout: () => fout,
    };
  }

  it("een leesfout halverwege: wat al verwerkt was staat op stdout, daarna exit 2", async () => {
    const x = io({
      leesStroom: async function* () {
        yield new TextEncoder().encode(`${geldig}\n`);
        throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      },
    });
    expect(await runCli(["routeer", "--batch", "b.ndjson", ...P], x.io)).toBe(2);
    expect(JSON.parse(x.uit().trimEnd())).toMatchObject({ regel: 1, ok: true });
    expect(x.fout()).toBe("arbeidsmarktinfra routeer: b.ndjson: bestand niet gevonden of niet leesbaar\n");
  });

  it("een omgeving met alleen regelgewijs lezen (tekst) krijgt dezelfde grenzen; zonder beide: niet beschikbaar", async () => {
    const x = io({
      leesRegels: async function* () {
        yield geldig;
        yield "x".repeat(1024 * 1024 + 10);
        yield '{"a":\u0000}';
      },
    });
    expect(await runCli(["routeer", "--batch", "b.ndjson", ...P], x.io)).toBe(2);
    expect(x.uit().trimEnd().split("\n").map((l) => (JSON.parse(l) as { ok: boolean }).ok)).toEqual([true, false, false]);
    expect(x.fout()).toContain("regel 2: (hele document): de regel is te lang (meer dan 1048576 bytes");
    expect(x.fout()).toContain("regel 3: (hele document): dit lijkt binaire inhoud");
    const geen = io({});
    expect(await runCli(["routeer", "--batch", "b.ndjson", ...P], geen.io)).toBe(2);
    expect(geen.fout()).toContain("--batch is in deze omgeving niet beschikbaar");
  });
});

describe("agenda: de cyclus als tekst", () => {
  const volledig = parseYaml(readFileSync("examples/agendas/volledig.yaml", "utf8")) as Meerjarenagenda;
  type Regionaal = Extract<Meerjarenagenda, { niveau: "regionaal" }>;

  it("een ontbrekend deel en een verlopen deel (via de CLI)", async () => {
    const zonder = await cli(["agenda", "examples/agendas/zonder-uitvoeringsagenda.yaml", "--peildatum", "2026-06-01"]);
    expect(zonder.stdout).toMatch(/\n {2}Uitvoeringsagenda +ONTBREEKT +niet in de agenda opgenomen\n/);
    const verlopen = await cli(["agenda", "examples/agendas/verlopen-uitvoeringsagenda.yaml", "--peildatum", "2026-06-01"]);
    expect(verlopen.stdout).toMatch(/\n {2}Uitvoeringsagenda +VERLOPEN +vastgesteld \d{4}-\d{2}-\d{2}, verlopen sinds 2025-03-01; volgende uiterlijk /);
  });

  it("concept, later vastgesteld, eigen looptijd en een opgegeven termijn", () => {
    const a = volledig as Regionaal;
    const { vastgesteldOp: _weg, ...zonderDatum } = a.uitvoeringsagenda!;
    const conceptTekst = cyclusAlsTekst(agendaCyclus({ ...a, uitvoeringsagenda: zonderDatum } as Meerjarenagenda, { peildatum: "2026-06-01" }));
    expect(conceptTekst).toMatch(/Uitvoeringsagenda +ONTBREEKT +geen vaststellingsdatum \(concept\)\n/);
    const later = cyclusAlsTekst(agendaCyclus(volledig, { peildatum: "2025-10-01" }));
    expect(later).toMatch(/Beleidsagenda +ONTBREEKT +pas later vastgesteld \(op 2025-11-20\)\n/);
    const kort = { ...a, uitvoeringsagenda: { ...a.uitvoeringsagenda!, looptijd: { vanaf: "2026-01-01", tot: "2026-12-31" } } } as Meerjarenagenda;
    expect(cyclusAlsTekst(agendaCyclus(kort, { peildatum: "2026-06-01" }))).toMatch(/Uitvoeringsagenda +ACTUEEL +vastgesteld 2025-11-20, verloopt 2027-01-01 \(over 214 dagen\); volgende uiterlijk [\d-]+ \(eigen looptijd van de agenda\)/);
    const opgegeven = cyclusAlsTekst(agendaCyclus(volledig, { peildatum: "2026-06-01", instellingen: { parameters: { "agenda.uitvoeringsagenda.looptijd": { waarde: 1 } } } }));
    expect(opgegeven).toMatch(/Uitvoeringsagenda .*\(1 jaar vanaf begin looptijd; opgegeven\)/);
    expect(cyclusAlsTekst(agendaCyclus(volledig, { peildatum: "2026-06-01" }))).toMatch(/Beleidsagenda .*\(5 jaar vanaf begin looptijd; [a-z-]+, [A-Z0-9]+ §/);
  });
});

describe("regio, middelen en fase: de minder gebaande paden", () => {
  it("regio op exacte naam, met een bevestigde centrumgemeente", async () => {
    const r = await cli(["regio", "Drenthe"]);
    expect(regels(r.stdout)[0]).toBe("AM03 Drenthe");
    expect(r.stdout).toContain("Centrumgemeente:  Emmen (GM0114; bevestigd door een latere bron; bron: R13, P1)");
    const g = await cli(["regio", "Emmen"]);
    expect(regels(g.stdout)[0]).toBe("Gemeente Emmen, GM0114, provincie Drenthe, hoort bij arbeidsmarktregio AM03.");
  });

  it("betwiste centrumgemeente: alle lezingen met toelichting en bron", async () => {
    const r = await cli(["regio", "AM30"]);
    expect(r.stdout).toContain("Centrumgemeente:  BETWIST: bronnen spreken elkaar tegen; de bibliotheek kiest niet.");
    expect(r.stdout).toMatch(/- Heerlen \(GM0917; ESF-bron; bron: P12\)\n.*- Maastricht \(GM0935; regeling 2013; bron: R13\)/s);
    // P13 noemt drie centrumgemeenten samen: één regel, geen losse lezing "Sittard-Geleen".
    expect(r.stdout).toContain("- samen: Heerlen (GM0917), Sittard-Geleen (GM1883), Maastricht (GM0935) (drie centrumgemeenten samen in de praktijk; bron: P13)");
    expect(r.stdout).not.toMatch(/- Sittard-Geleen \(/);
  });

  it("oude gemeente met en zonder regio, ook als JSON", async () => {
    const zonder = await cli(["regio", "Abcoude"]);
    expect(zonder).toMatchObject({ code: 0, stdout: "Abcoude (GM0305) bestaat niet meer als gemeente (laatst in 2010); de bron noemt voor dat jaar geen arbeidsmarktregio.\n" });
    const met = await cli(["regio", "Aalburg"]);
    expect(regels(met.stdout).slice(0, 5)).toEqual([
      "Aalburg (GM0738) bestaat niet meer als gemeente (laatst in 2018); in dat jaar hoorde de gemeente bij AM25.",
      "Bij welke regio de opvolger in 2026 hoort, staat niet in de bron: zoek op de naam van de huidige gemeente.",
      "",
      "Regio van Aalburg in 2018:",
      "AM25 West-Brabant",
    ]);
    const j = JSON.parse((await cli(["regio", "Abcoude", "--formaat", "json"])).stdout) as Record<string, unknown>;
    expect(j).toMatchObject({ soort: "oude-naam", zoekterm: "Abcoude", oudeGemeente: { code: "GM0305" }, regio: null });
    const jm = JSON.parse((await cli(["regio", "Aalburg", "--formaat", "json"])).stdout) as Record<string, unknown>;
    expect(jm).toMatchObject({ soort: "oude-naam", regio: { code: "AM25" } });
    const gj = JSON.parse((await cli(["regio", "Den Haag", "--formaat", "json"])).stdout) as Record<string, unknown>;
    expect(gj).toMatchObject({ soort: "gemeente", gemeente: { naam: "'s-Gravenhage" }, regio: { code: "AM21" } });
  });

  it("onbekend zonder suggesties: alleen de melding", async () => {
    const r = await cli(["regio", "xyzqqq"]);
    expect(r).toMatchObject({ code: 2, stdout: "", stderr: 'onbekend: "xyzqqq" is geen arbeidsmarktregio of gemeente.\n' });
  });

  it("middelen 2033: het betwiste impulsbudget met beide lezingen en hun bron", async () => {
    const r = await cli(["middelen", "2033"]);
    expect(r.stdout).toMatch(/A\. Impulsbudget \(tijdelijk\) +BETWIST — bronnen spreken elkaar tegen:\n +€ 174\.068 +onder-voorbehoud +HRT §2\.1 Tabel 4[^\n]*\n +€ 0 +beoogd +NOTA2026 punt 2/);
  });

  it("fase met een opgegeven of onbekende inwerkingtreding", async () => {
    const o = await cli(["fase", ...P, "--inwerkingtreding", "onbekend"]);
    expect(o.stdout).toContain("Inwerkingtreding wet:    onbekend  (opgegeven met --inwerkingtreding)");
    const d = await cli(["fase", ...P, "--inwerkingtreding", "2027-01-01"]);
    expect(d.stdout).toMatch(/^Peildatum 2026-09-01: transitieperiode\n/);
    expect(d.stdout).toContain("Inwerkingtreding wet:    2027-01-01  (opgegeven met --inwerkingtreding)");
  });
});

describe("argumenten: Nederlandse meldingen", () => {
  it("een optie zonder waarde, een waarde bij een schakelaar, een onbekende optie", async () => {
    const zonder = await cli(["toets", "examples/convenanten/rijnmond-volledig.yaml", "--peildatum"]);
    expect(zonder.code).toBe(2);
    expect(regels(zonder.stderr)[0]).toBe("arbeidsmarktinfra toets: optie --peildatum verwacht een waarde");
    const schakelaar = await cli(["toets", "--help=ja"]);
    expect(regels(schakelaar.stderr)[0]).toBe("arbeidsmarktinfra toets: optie --help heeft geen waarde");
    const onbekend = await cli(["toets", "--wat"]);
    expect(regels(onbekend.stderr)[0]).toBe("arbeidsmarktinfra toets: onbekende optie --wat");
    // Na de melding de hulp van het commando.
    expect(onbekend.stderr).toContain("Gebruik: arbeidsmarktinfra toets <bestand.json|yaml|map> …");
  });
});

describe("CLI: duidelijke meldingen (vierde brontoets)", () => {
  it("een map, een ontbrekend bestand, een lijstelement zonder '-' en een decimale komma", async () => {
    const map = await cli(["toets", "examples", "--peildatum", "2026-09-01"]);
    expect(map.code).toBe(2);
    expect(map.stderr).toContain("examples: geen .json-, .yaml- of .yml-bestanden in deze map (submappen worden niet doorzocht)");
    const weg = await cli(["toets", "bestaat-niet.yaml", "--peildatum", "2026-09-01"]);
    expect(weg.stderr).toContain("bestaat-niet.yaml: bestand niet gevonden");
    const inspringing = await cli(["toets", "x.yaml", "--peildatum", "2026-09-01"], { bestanden: { "x.yaml": "regio: AM05\npartijen:\n- naam: a\n soort: x\n" } });
    expect(inspringing.code).toBe(2);
    expect(inspringing.stderr).toContain("een lijstelement zonder '-' ervoor (controleer de inspringing) (regel 4, kolom 1)");
    const komma = await cli(["toets", "k.yaml", "--peildatum", "2026-09-01"], {
      bestanden: { "k.yaml": "regio: AM05\ntitel: x\npartijen: []\nwerkcentrum:\n  gidsfunctie:\n    bezetting:\n      - { soort: uwv, fte: 1,35 }\n" },
    });
    expect(komma.stderr).toContain('onbekend veld "35"; een decimaal getal schrijf je met een punt (bijv. 1.35, niet 1,35)');
  });

  it("de tekstuitvoer noemt het citaat uit de bron en de ernst van wat te beoordelen is", async () => {
    const r = await cli(["toets", "examples/convenanten/twente-zonder-sbb.yaml", "--peildatum", "2026-09-01"]);
    expect(r.stdout).toMatch(/\n {4}Citaat: "[^"]+"\n/);
    const zeeland = await cli(["toets", "examples/convenanten/zuid-limburg-te-weinig-gidsen.yaml", "--peildatum", "2026-09-01"]);
    expect(zeeland.stdout).toMatch(/\n {2}\? \[(fout|waarschuwing|advies)\] beraad\/regio-en-centrumgemeente — /);
  });

  it("de kop van de voldane regels noemt bevindingen en regels als die verschillen (een regel kan per partij een bevinding geven)", async () => {
    const r = await cli(["toets", "examples/convenanten/rijnmond-volledig.yaml", "--peildatum", "2026-09-01"]);
    const kop = /\nVOLDAAN \(([^)]*)\): (.*)\n/.exec(r.stdout);
    const ids = kop![2]!.split(", ");
    const m = /^(\d+) bevindingen van (\d+) regels$/.exec(kop![1]!);
    expect(m, kop![1]).not.toBeNull();
    expect(Number(m![2])).toBe(ids.length);
    expect(Number(m![1])).toBeGreaterThan(ids.length);
    // Eén bevinding per regel: alleen het aantal.
    const gooi = await cli(["toets", "examples/convenanten/gooi-en-vechtstreek-verlopen.yaml", "--peildatum", "2026-09-01"]);
    expect(gooi.stdout).toMatch(/\nNIET VAN TOEPASSING \(6\): beraad\/besluit-strategische-partner, /);
  });
});
