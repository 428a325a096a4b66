import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Toetsrapport } from "../src/bevinding/model.js";
import { cli } from "./hulp/io.js";

/**
 * Draait de CLI in-proces op elk voorbeeld in examples/convenanten en examples/werkcentra, met een
 * expliciete peildatum, en controleert de exitcode en de belangrijkste bevindingen. Een nieuw
 * voorbeeld zonder regel in dit manifest laat de test falen.
 */
interface Verwachting {
  readonly peildatum: string;
  readonly exit: 0 | 1 | 2;
  /** Regel-ids met een niet-voldaan (precies deze, in willekeurige volgorde). */
  readonly nietVoldaan: readonly string[];
  /** Regel-ids met 'beoordelen' (precies deze). */
  readonly beoordelen?: readonly string[];
}

const WERKCENTRUMREGELS_APART = [
  "werkcentrum/naam",
  "werkcentrum/subdomein",
  "werkcentrum/toegangspoort-compleet",
  "werkcentrum/fysiek-kanaal",
  "werkcentrum/binnenlopen-zonder-afspraak",
  "werkcentrum/locatiesoorten",
  "werkcentrum/kanalen-in-regio",
  "werkcentrum/gidsfunctie-bezetting",
  "werkcentrum/extra-gidsen",
  "werkcentrum/gidstaken",
  "werkcentrum/functieomschrijving-gids",
];

const CONVENANTEN: Readonly<Record<string, readonly Verwachting[]>> = {
  "rijnmond-volledig.yaml": [
    { peildatum: "2026-09-01", exit: 0, nietVoldaan: [] },
    { peildatum: "2026-03-01", exit: 0, nietVoldaan: [] },
  ],
  "twente-zonder-sbb.yaml": [
    { peildatum: "2026-09-01", exit: 1, nietVoldaan: ["beraad/kernpartners-compleet"] },
    { peildatum: "2026-03-01", exit: 0, nietVoldaan: ["beraad/kernpartners-compleet"] },
  ],
  "twente-met-agenda.yaml": [{ peildatum: "2026-09-01", exit: 0, nietVoldaan: ["agenda/twee-delen"] }],
  "groot-amsterdam-strategische-partner-zonder-besluit.yaml": [
    // De agenda is op 2026-01-22 vastgesteld, na de inzet van 1 januari 2026: beoordelen, net als agenda/regionale-agenda-per-2026.
    { peildatum: "2026-09-01", exit: 0, nietVoldaan: ["beraad/besluit-strategische-partner"], beoordelen: ["convenant/meerjarenagenda-per-2026"] },
  ],
  "zuid-limburg-te-weinig-gidsen.yaml": [
    { peildatum: "2026-09-01", exit: 0, nietVoldaan: ["werkcentrum/gidsfunctie-bezetting"], beoordelen: ["beraad/regio-en-centrumgemeente"] },
  ],
  "zuidoost-brabant-oude-naam-na-wet.yaml": [
    { peildatum: "2026-09-01", exit: 1, nietVoldaan: ["werkcentrum/werkgeversdienstverlening-via-werkcentrum", "werkcentrum/geen-oude-namen"] },
    { peildatum: "2026-06-30", exit: 0, nietVoldaan: [] },
  ],
  "gooi-en-vechtstreek-verlopen.yaml": [
    // Looptijd tot en met 2026-06-30: die dag nog geldig, de dag erna verlopen (beleid: waarschuwing, exit 0).
    { peildatum: "2026-09-01", exit: 0, nietVoldaan: ["convenant/looptijd-op-peildatum"] },
    { peildatum: "2026-07-01", exit: 0, nietVoldaan: ["convenant/looptijd-op-peildatum"] },
    { peildatum: "2026-06-30", exit: 0, nietVoldaan: [] },
    // Vóór de ondertekening (2024-12-12) legt het nog niets vast.
    { peildatum: "2024-12-01", exit: 0, nietVoldaan: [], beoordelen: ["convenant/looptijd-op-peildatum", "convenant/meerjarenagenda"] },
  ],
  "haaglanden-werkcentrum-apart.json": [
    {
      peildatum: "2026-09-01",
      exit: 0,
      nietVoldaan: ["convenant/meerjarenagenda-per-2026", "convenant/begroting"],
      beoordelen: [...WERKCENTRUMREGELS_APART, "werkcentrum/werkgeversdienstverlening-via-werkcentrum", "werkcentrum/geen-oude-namen", "convenant/win-punt"],
    },
    { peildatum: "2025-10-01", exit: 0, nietVoldaan: ["convenant/begroting"], beoordelen: [...WERKCENTRUMREGELS_APART, "convenant/win-punt"] },
  ],
};

const WERKCENTRA: Readonly<Record<string, readonly Verwachting[]>> = {
  "rijnmond-volledig.yaml": [{ peildatum: "2026-09-01", exit: 0, nietVoldaan: [] }],
  "groot-amsterdam-zonder-telefoon.yaml": [{ peildatum: "2026-09-01", exit: 0, nietVoldaan: ["werkcentrum/toegangspoort-compleet"] }],
  "twente-alleen-brochures.yaml": [{ peildatum: "2026-09-01", exit: 0, nietVoldaan: ["werkcentrum/fysiek-kanaal"] }],
  "zuid-limburg-extra-gids-niet-neutraal.yaml": [
    {
      peildatum: "2026-09-01",
      exit: 0,
      nietVoldaan: ["werkcentrum/extra-gidsen", "werkcentrum/gidstaken"],
      beoordelen: ["werkcentrum/gidsfunctie-bezetting", "werkcentrum/extra-gidsen"],
    },
  ],
  "drechtsteden-oude-namen.yaml": [
    { peildatum: "2026-09-01", exit: 1, nietVoldaan: ["werkcentrum/naam", "werkcentrum/subdomein", "werkcentrum/werkgeversdienstverlening-via-werkcentrum", "werkcentrum/geen-oude-namen"] },
    { peildatum: "2026-03-01", exit: 0, nietVoldaan: ["werkcentrum/naam", "werkcentrum/subdomein"] },
  ],
};

const ids = (r: Toetsrapport, uitkomst: string) => [...new Set(r.bevindingen.filter((b) => b.uitkomst === uitkomst).map((b) => b.regelId))].sort();

for (const [map, commando, manifest] of [
  ["examples/convenanten", "toets", CONVENANTEN],
  ["examples/werkcentra", "werkcentrum", WERKCENTRA],
] as const) {
  describe(`voorbeelden in ${map} (arbeidsmarktinfra ${commando})`, () => {
    it("elk voorbeeld staat in het manifest en omgekeerd", () => {
      expect(readdirSync(map).sort()).toEqual(Object.keys(manifest).sort());
    });

    for (const [bestand, verwachtingen] of Object.entries(manifest)) {
      for (const v of verwachtingen) {
        it(`${bestand} op ${v.peildatum}: exit ${v.exit}`, async () => {
          const pad = `${map}/${bestand}`;
          const json = await cli([commando, pad, "--peildatum", v.peildatum, "--formaat", "json"]);
          expect(json.stderr).toBe("");
          expect(json.code).toBe(v.exit);
          const r = JSON.parse(json.stdout) as Toetsrapport;
          expect(r.ontvangstbewijs.peildatum).toBe(v.peildatum);
          expect(ids(r, "niet-voldaan")).toEqual([...v.nietVoldaan].sort());
          expect(ids(r, "beoordelen")).toEqual([...new Set(v.beoordelen ?? [])].sort());
          // find op een regel-id geeft de zwaarste uitkomst (binnen een regel eerst wat aandacht vraagt).
          for (const id of v.nietVoldaan) expect(r.bevindingen.find((b) => b.regelId === id)?.uitkomst, id).toBe("niet-voldaan");
          const tekst = await cli([commando, pad, "--peildatum", v.peildatum]);
          expect(tekst.code).toBe(v.exit);
          expect(tekst.stdout).toContain(`Peildatum ${v.peildatum}`);
          for (const id of v.nietVoldaan) expect(tekst.stdout).toContain(id);
        });
      }
    }
  });
}
