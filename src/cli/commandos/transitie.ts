import { formatCitaat } from "../../bronnen/citaat.js";
import { transitiedatums } from "../../transitie/datums.js";
import type { Transitiedossier } from "../../transitie/model.js";
import { toetsTransitie, transitieRegels } from "../../transitie/regels.js";
import { parseTransitiedossier } from "../../transitie/schema.js";
import { stappenplanOverzicht, type StapStatus } from "../../transitie/stappenplan.js";
import type { Commando } from "../commando.js";
import { maakToetsCommando } from "../rapport.js";

const TEKEN: Record<StapStatus, string> = { gereed: "✓", achter: "✗", lopend: "…", "nog-niet": "·" };

/** Tekstweergave van de termijnen en het stappenplanoverzicht van een dossier. */
export function transitieOverzichtAlsTekst(dossier: Transitiedossier, peildatum: string): string {
  const d = transitiedatums();
  const regels = [
    "Termijnen (HRT §5.1 en §5.2):",
    `  RMT-dienstverlening via UWV: start uiterlijk ${d.rmtLaatsteStartViaUwv.datum}, einde uiterlijk ${d.rmtEindeViaUwv.datum}`,
    `  Verantwoording personele inzet 2024: uiterlijk ${d.verantwoordingPersoneleInzet2024.datum}`,
    `  Declaratiemomenten 2025: ${d.eersteDeclaratiemoment.datum} en ${d.laatsteDeclaratiemoment.datum} (daarna voor eigen rekening)`,
    "",
  ];
  const o = stappenplanOverzicht(dossier, { peildatum });
  if (o.gemeld) {
    regels.push(`Stappenplan richting Werkcentrum Twente op ${o.peildatum} — VOORBEELD uit één regio (${formatCitaat(o.bron)}; grondslag voorbeeld):`);
    regels.push("  ✓ gereed   ✗ achter   … lopend   · nog niet aan de orde");
    for (const x of o.onderwerpen) {
      regels.push(`  ${x.naam.padEnd(16)}${x.status.toUpperCase().padEnd(10)}${x.stappen.map((s) => `${TEKEN[s.status]} ${s.stap}`).join(" | ")}`);
    }
    regels.push("");
  }
  return regels.join("\n");
}

/** `arbeidsmarktinfra transitie <bestand>` */
export const transitieCommando: Commando = maakToetsCommando({
  naam: "transitie",
  samenvatting: "Toetst de transitiegegevens van een regio (RMT-declaraties en -inkoop via UWV, verantwoording personele inzet 2024, oude loketten) en toont het stappenplan Twente als voorbeeld.",
  onderwerp: "Toets van de transitie naar het Werkcentrum",
  uitleg: "Het bestand is JSON of YAML volgens src/json-schema/transitie.schema.json (zie docs/transitie.md).",
  parse: parseTransitiedossier,
  toets: toetsTransitie,
  regels: () => transitieRegels,
  overzicht: (dossier, opties) => transitieOverzichtAlsTekst(dossier, opties.peildatum),
});
