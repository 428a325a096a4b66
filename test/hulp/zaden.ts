import { readFileSync } from "node:fs";
import { join } from "node:path";
import { maakWerkplan } from "../../src/triage/werkplan.js";
import type { Peildatum } from "../../src/tijd/peildatum.js";
import type { PersoonsHulpvraag } from "../../src/triage/model.js";
import { parseHulpvraag } from "../../src/triage/schema.js";
import { volledigConvenant } from "./fixtures.js";
import { leesVoorbeeld, voorbeeldbestanden, wortel } from "./robuust.js";

/**
 * De zaden van de robuustheidstests per invoerformaat: de voorbeeldbestanden in examples/ (ook
 * de ongeldige: de generator houdt alleen wat parseert), plus afgeleide documenten waar geen
 * voorbeeldbestand van bestaat (Regionaal Beraad uit de convenanten, Werkplannen uit de
 * hulpvragen, instellingen met de hand).
 */

const convenanten = (): unknown[] => [...voorbeeldbestanden("convenanten").map(leesVoorbeeld), volledigConvenant()];

const BERAADVELDEN = ["regio", "partijen", "thematafels", "werkgroepen", "voorbereidendeOverleggen"];

/** Een Regionaal Beraad uit een convenant: de velden die een convenant met het beraad deelt. */
function beraadUit(c: unknown): unknown {
  return Object.fromEntries(Object.entries(c as Record<string, unknown>).filter(([k]) => BERAADVELDEN.includes(k)));
}

/** Hulpvragen: de losse voorbeeldbestanden en de regels van de batch (zonder het verwachtingenmanifest). */
export function hulpvraagZaden(): unknown[] {
  const los = voorbeeldbestanden("hulpvragen", ["verwachtingen.json"]).map(leesVoorbeeld);
  const batch = readFileSync(join(wortel, "examples/hulpvragen/batch.ndjson"), "utf8")
    .split("\n")
    .filter((r) => r.trim() !== "")
    .map((r) => JSON.parse(r) as unknown);
  return [...los, ...batch];
}

/** Werkplannen: maakWerkplan op elke persoonsvraag uit de voorbeelden (als JSON, zoals een app ze opslaat). */
function werkplanZaden(): unknown[] {
  const uit: unknown[] = [];
  for (const z of hulpvraagZaden()) {
    const h = parseHulpvraag(z);
    if (!h.ok || h.value.vrager === "werkgever") continue;
    const s = maakWerkplan(h.value as PersoonsHulpvraag, {
      peildatum: "2026-09-01",
      id: `plan-${uit.length}`,
      ondersteuningsbehoefte: "Werkfit maken en bemiddelen",
      activiteiten: [
        { id: "a1", omschrijving: "Sollicitatietraining", aanbieder: "ROC", status: "lopend", start: "2026-09-01" as Peildatum },
        { id: "a2", omschrijving: "Taalcursus", aanbieder: "Bibliotheek", status: "gepland" },
      ],
    });
    if (s.status === "bepaald") uit.push(JSON.parse(JSON.stringify(s.werkplan)));
  }
  return uit;
}

/** Zaden per naam van het JSON Schema (`src/json-schema/<naam>.schema.json`). */
export function zadenVoor(naam: string): unknown[] {
  switch (naam) {
    case "convenant":
      return convenanten();
    case "regionaal-beraad":
      return convenanten().map(beraadUit);
    case "werkcentrum":
      return voorbeeldbestanden("werkcentra").map(leesVoorbeeld);
    case "meerjarenagenda":
      return [
        ...voorbeeldbestanden("agendas").map(leesVoorbeeld),
        ...convenanten()
          .map((c) => (c as { meerjarenagenda?: unknown }).meerjarenagenda)
          .filter((a) => a !== undefined),
      ];
    case "transitie":
      return voorbeeldbestanden("transitie").map(leesVoorbeeld);
    case "hulpvraag":
      return hulpvraagZaden();
    case "werkplan":
      return werkplanZaden();
    case "menukaart":
      return voorbeeldbestanden("menukaart").map(leesVoorbeeld);
    case "instellingen":
      return [
        {},
        { inwerkingtreding: "2027-01-01" },
        { inwerkingtreding: "onbekend", verloopvensterMaanden: 3, wwEindeVensterMaanden: 6 },
        {
          parameters: {
            "gidsfunctie.tolerantie-fte": { waarde: 0.1, toelichting: "ruimer" },
            "regio.impulsbudget": [
              { waarde: 100_000_000, geldigVanaf: "2026-01-01", geldigTot: "2026-12-31" },
              { waarde: 0, geldigVanaf: "2027-01-01" },
            ],
          },
        },
        {
          parameters: {
            "wet.inwerkingtreding": { waarde: "2027-01-01", toelichting: "eigen inschatting" },
            "werkcentrum.werkgeversdienstverlening-vanaf": [{ waarde: "2026-10-01" }],
            "agenda.beleidsagenda.looptijd": { waarde: 5 },
            "agenda.uitvoeringsagenda.looptijd": [{ waarde: 1, geldigVanaf: "2026-01-01" }, { waarde: 1.5, geldigTot: "2025-12-31" }],
            "gidsfunctie.fte-uwv": { waarde: 1.35 },
          },
        },
      ];
    default:
      throw new Error(`geen zaden voor ${naam}`);
  }
}
