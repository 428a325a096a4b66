import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { agendaCyclus } from "../../src/agenda/cyclus.js";
import { toetsAgenda } from "../../src/agenda/regels.js";
import { toetsRegionaalBeraad } from "../../src/beraad/toets.js";
import { vandaagInNederland } from "../../src/cli/io.js";
import { toetsConvenant } from "../../src/convenant/toets.js";
import { bedragInJaar, landelijkeMiddelenInJaar, regionaleMiddelen } from "../../src/financiering/middelen.js";
import { alleParameters } from "../../src/parameters.js";
import type { Result } from "../../src/result.js";
import { parseConvenant, parseHulpvraag, parseMeerjarenagenda, parseTransitiedossier, parseWerkcentrum } from "../../src/schemas.js";
import { fase, faseUitleg } from "../../src/tijd/fase.js";
import type { Instellingen } from "../../src/tijd/instellingen.js";
import { dagenTussen, jaarVan, plusDagen, plusJaren, plusMaanden, vergelijkPeildata } from "../../src/tijd/kalender.js";
import { mijlpalen, mijlpalenNa } from "../../src/tijd/mijlpalen.js";
import { parameterOp, type Parameter } from "../../src/tijd/parameters.js";
import { controleerPeildatum, dagenInMaand, isPeildatum, isSchrikkeljaar, parsePeildatum, type Peildatum } from "../../src/tijd/peildatum.js";
import { inwerkingtreding } from "../../src/tijd/wet.js";
import { transitiedatums, transitieMijlpalen } from "../../src/transitie/datums.js";
import { toetsTransitie } from "../../src/transitie/regels.js";
import { stappenplanOverzicht } from "../../src/transitie/stappenplan.js";
import type { PersoonsHulpvraag } from "../../src/triage/model.js";
import { routeer } from "../../src/triage/routeer.js";
import { maakWerkplan, wijzigInkomenssituatie } from "../../src/triage/werkplan.js";
import { toetsWerkcentrum } from "../../src/werkcentrum/toets.js";

/**
 * De uitkomsten van alle datumafhankelijke publieke functies over een vaste reeks dagen, als
 * één digest. test/robuustheid-tijdzones.test.ts rekent dit uit in kindprocessen met
 * verschillende TZ en eist overal dezelfde digest: een peildatum is een kalenderdag, de
 * tijdzone van het proces mag niets uitmaken. Geen import uit test/hulp/robuust.ts: dit bestand
 * wordt los gebundeld.
 */

/** Lastige dagen: 30 december 2011 (bestaat niet in Samoa), zomertijdwissels (NL, Brazilië vroeger, Lord Howe), 29 februari, de fasegrenzen. */
const LASTIGE_DAGEN = [
    "2011-12-29",
    "2011-12-30",
    "2011-12-31",
    "2012-01-01",
    "2012-02-29",
    "2016-02-29",
    "2018-11-04",
    "2019-02-16",
    "2020-02-29",
    "2024-02-29",
    "2024-04-07",
    "2024-10-06",
    "2025-03-30",
    "2025-10-26",
    "2026-03-29",
    "2026-10-25",
    "2028-02-29",
    "2024-12-31",
    "2025-01-01",
    "2025-11-28",
    "2026-06-30",
    "2026-07-01",
    "2027-01-01",
    "2033-12-31",
    "2034-01-01",
] as const;

/** Vaste dagen: de lastige dagen plus elk maandeinde en elke eerste van de maand van 2024 tot en met 2027. */
export function vasteDagen(): Peildatum[] {
  const dagen = new Set<string>(LASTIGE_DAGEN);
  // Elk maandeinde en elke eerste van de maand van 2024 tot en met 2027.
  for (let j = 2024; j <= 2027; j++) {
    for (let m = 1; m <= 12; m++) {
      const mm = String(m).padStart(2, "0");
      dagen.add(`${j}-${mm}-01`);
      dagen.add(`${j}-${mm}-${String(dagenInMaand(j, m)).padStart(2, "0")}`);
    }
  }
  return [...dagen].sort() as Peildatum[];
}

const INSTELLINGEN: readonly (Instellingen | undefined)[] = [undefined, { inwerkingtreding: "2027-01-01" }, { inwerkingtreding: "onbekend", verloopvensterMaanden: 12, wwEindeVensterMaanden: 6 }];

function lees<T>(pad: string, parse: (x: unknown) => Result<T>): T {
  const tekst = readFileSync(pad, "utf8");
  const r = parse(pad.endsWith(".json") ? (JSON.parse(tekst) as unknown) : (parseYaml(tekst) as unknown));
  if (!r.ok) throw new Error(`${pad}: ${r.issues.map((i) => i.message).join("; ")}`);
  return r.value;
}

/** Alle uitkomsten, per functie en dag (cwd: de wortel van de repository). */
export function uitkomsten(): Record<string, unknown> {
  const dagen = vasteDagen();
  const convenant = lees("examples/convenanten/rijnmond-volledig.yaml", parseConvenant);
  // Een convenant is een Regionaal Beraad met afspraken erbij.
  const beraad = lees("examples/convenanten/twente-met-agenda.yaml", parseConvenant);
  const werkcentrum = lees("examples/werkcentra/rijnmond-volledig.yaml", parseWerkcentrum);
  const agenda = lees("examples/agendas/volledig.yaml", parseMeerjarenagenda);
  const dossier = lees("examples/transitie/te-laat.yaml", parseTransitiedossier);
  const vragen = readdirSync("examples/hulpvragen")
    .filter((b) => b.endsWith(".json") && b !== "verwachtingen.json")
    .sort()
    .map((b) => lees(join("examples/hulpvragen", b), parseHulpvraag));
  const personen = vragen.filter((h): h is PersoonsHulpvraag => h.vrager !== "werkgever");
  const params = alleParameters() as Parameter<unknown>[];
  const uit: Record<string, unknown> = {};
  const zet = (sleutel: string, f: () => unknown) => {
    try {
      uit[sleutel] = f();
    } catch (e) {
      uit[sleutel] = { fout: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
    }
  };

  for (let j = 2010; j <= 2035; j++) {
    zet(`isSchrikkeljaar ${j}`, () => isSchrikkeljaar(j));
    for (let m = 1; m <= 12; m++) zet(`dagenInMaand ${j}-${m}`, () => dagenInMaand(j, m));
  }
  // Tijdstippen rond middernacht en de zomertijdwissels: vandaag in Nederland hangt niet van TZ af.
  for (const iso of ["2025-03-30T00:59:59Z", "2025-03-30T01:00:00Z", "2025-10-25T21:59:59Z", "2025-10-25T22:00:00Z", "2011-12-30T10:00:00Z", "2024-02-28T23:30:00Z"]) {
    zet(`vandaagInNederland ${iso}`, () => vandaagInNederland(new Date(iso)));
  }
  for (const [k, i] of INSTELLINGEN.entries()) {
    zet(`inwerkingtreding ${k}`, () => inwerkingtreding(i));
    zet(`mijlpalen ${k}`, () => mijlpalen(i));
    zet(`transitieMijlpalen ${k}`, () => transitieMijlpalen(i));
  }
  zet("transitiedatums", () => transitiedatums());
  zet("peildatum ongeldig", () => ["2011-02-29", "2026-13-01", "2026-04-31", "26-01-01", "2026-1-1"].map((d) => [isPeildatum(d), controleerPeildatum(d), parsePeildatum(d)]));

  for (const [n, p] of dagen.entries()) {
    const volgende = dagen[(n + 7) % dagen.length]!;
    zet(`peildatum ${p}`, () => [isPeildatum(p), controleerPeildatum(p) ?? null, parsePeildatum(p)]);
    zet(`kalender ${p}`, () => [
      [-1, 1, 5].map((x) => plusJaren(p, x)),
      [-1, 1, 6, 18, -13].map((x) => plusMaanden(p, x)),
      [-1, 1, 365, -366].map((x) => plusDagen(p, x)),
      dagenTussen(p, volgende),
      jaarVan(p),
      vergelijkPeildata(p, volgende),
    ]);
    for (const [k, i] of INSTELLINGEN.entries()) {
      const opties = { peildatum: p, ...(i !== undefined && { instellingen: i }) };
      zet(`fase ${p} ${k}`, () => [fase(p, i), faseUitleg(p, i)]);
      zet(`mijlpalenNa ${p} ${k}`, () => mijlpalenNa(p, i).map((m) => m.id));
      zet(`parameterOp ${p} ${k}`, () => params.map((x) => parameterOp(x, p, i)));
      zet(`middelen ${p} ${k}`, () => [regionaleMiddelen(jaarVan(p), i), landelijkeMiddelenInJaar(jaarVan(p), i), bedragInJaar(params[1] as Parameter<never>, jaarVan(p), i)]);
      // De zware functies (toetsen, routeren) op de lastige dagen en de fasegrenzen; de rest op alle dagen.
      if (!(LASTIGE_DAGEN as readonly string[]).includes(p)) continue;
      zet(`agenda ${p} ${k}`, () => [agendaCyclus(agenda, opties), toetsAgenda(agenda, opties)]);
      zet(`convenant ${p} ${k}`, () => toetsConvenant(convenant, opties));
      zet(`werkcentrum ${p} ${k}`, () => toetsWerkcentrum(werkcentrum, opties));
      zet(`beraad ${p} ${k}`, () => toetsRegionaalBeraad(beraad, opties));
      zet(`transitie ${p} ${k}`, () => [toetsTransitie(dossier, opties), stappenplanOverzicht(dossier, opties)]);
      zet(`routeer ${p} ${k}`, () => vragen.map((h) => routeer(h, opties)));
      zet(`werkplan ${p} ${k}`, () =>
        personen.map((h) => {
          const s = maakWerkplan(h, { ...opties, id: "x" });
          return s.status === "bepaald" ? wijzigInkomenssituatie(s.werkplan, { vrager: "werkzoekende", uitkering: "WW", wwEinddatum: plusMaanden(p, 4) }, { ...opties, peildatum: plusDagen(p, 30) }) : s;
        }),
      );
    }
  }
  return uit;
}

/** De digest (sha256) van uitkomsten, met het aantal en de tijdzone van het proces. */
export function digestVan(u: Record<string, unknown>): {
  readonly digest: string;
  readonly aantal: number;
  readonly tijdzone: string;
  readonly dertigDecember2011: number;
  readonly verschilJanuari2026: number;
} {
  return {
    digest: createHash("sha256").update(JSON.stringify(u)).digest("hex"),
    aantal: Object.keys(u).length,
    tijdzone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    // In Pacific/Apia bestaat 30 december 2011 niet: lokale Date-rekenkunde springt naar de 31e.
    dertigDecember2011: new Date(2011, 11, 30).getDate(),
    verschilJanuari2026: new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset(),
  };
}

/** De digest van alle uitkomsten in dit proces. */
export function tijdzoneDigest(): ReturnType<typeof digestVan> {
  return digestVan(uitkomsten());
}
