import { describe, expect, it } from "vitest";
import * as lib from "../src/index.js";
import * as schemas from "../src/schemas.js";
// @ts-expect-error: JavaScript-benchmarkmodule zonder typen
import { alleConvenanten } from "./bench/convenanten.mjs";
// @ts-expect-error: JavaScript-benchmarkmodule zonder typen
import { kern, maakHandmatig, maakJre } from "./bench/routeer-basislijnen.mjs";
// @ts-expect-error: JavaScript-benchmarkmodule zonder typen
import { AANTAL_VRAGEN, controleer } from "./bench/routeer.mjs";
// @ts-expect-error: JavaScript-benchmarkmodule zonder typen
import { genereerVragen, leesVragen } from "./bench/vragen.mjs";

/**
 * De invoer en de basislijnen van `npm run bench`, zonder te meten (geen tijden in tests): de
 * gegenereerde vragen zijn geldig en dekken de beslistabel, beide basislijnen geven op elke
 * vraag hetzelfde antwoord als routeer (anders is de vergelijking niet eerlijk), en de
 * voorbeeldconvenanten per regio zijn realistisch. Zo breekt een wijziging in de beslistabel
 * deze test, niet pas de benchmark.
 */
type Vraag = lib.Hulpvraag;
type Antwoord = { status: string; arrangeur: { soort: string; organisatie: string | null } | null; reden: string | null };

describe("benchmark-invoer", () => {
  const vragen = leesVragen(lib, schemas, genereerVragen(lib, AANTAL_VRAGEN)) as Vraag[];

  it("de gegenereerde vragen zijn geldig (parseHulpvraag + normaliseerHulpvraag) en raken alle 171 beslissleutels, plus de werkgever met alleen een vestiging", async () => {
    expect(vragen).toHaveLength(AANTAL_VRAGEN);
    expect(new Set(vragen.map((h) => h.vrager))).toEqual(new Set(lib.vragers));
    const { sleutels } = (await controleer(lib, vragen)) as { sleutels: number };
    // 171 sleutels van de beslistabel; de eerste stap van een werkgever zonder regios met een vestiging noemt ook werkgebiedUit.
    expect(sleutels).toBe(172);
  });

  it("handgeschreven functie en json-rules-engine geven op elke vraag hetzelfde antwoord als routeer; een afwijking valt op", async () => {
    const peildatum = "2026-09-01";
    const hand = maakHandmatig(lib, true) as (h: Vraag, p: string) => Antwoord;
    const jre = maakJre(lib, true) as (h: Vraag, p: string) => Promise<Antwoord>;
    const k = kern as (a: Antwoord) => string;
    for (const h of vragen.slice(0, 3000)) {
      const r = k(lib.routeer(h, { peildatum }));
      expect(k(hand(h, peildatum)), h.id).toBe(r);
      expect(k(await jre(h, peildatum)), h.id).toBe(r);
    }
    // Met de naamgeving van vóór de wet wijkt de werkgeversdienstverlening af: de controle vangt dat.
    const fout = maakHandmatig(lib, false) as (h: Vraag, p: string) => Antwoord;
    expect(vragen.some((h) => k(fout(h, peildatum)) !== k(lib.routeer(h, { peildatum })))).toBe(true);
  });

  it("één voorbeeldconvenant per regio: geldig, alles voldaan, behalve beoordelen bij de betwiste centrumgemeenten", () => {
    const alle = alleConvenanten(lib, schemas, "2026-09-01") as { regio: lib.Arbeidsmarktregio; bevindingen: number; beoordelen: string[] }[];
    expect(alle).toHaveLength(35);
    expect(alle.filter((x) => x.beoordelen.length > 0).map((x) => [x.regio.code, x.beoordelen])).toEqual([
      ["AM24", ["beraad/regio-en-centrumgemeente"]],
      ["AM30", ["beraad/regio-en-centrumgemeente"]],
    ]);
  });
});
