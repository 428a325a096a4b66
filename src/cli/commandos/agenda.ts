import { agendaCyclus, type AgendaCyclus, type DeelCyclus } from "../../agenda/cyclus.js";
import { agendaRegels, toetsAgenda } from "../../agenda/regels.js";
import { parseMeerjarenagenda } from "../../agenda/schema.js";
import type { Commando } from "../commando.js";
import { maakToetsCommando } from "../rapport.js";

const NAAM = { beleidsagenda: "Beleidsagenda", uitvoeringsagenda: "Uitvoeringsagenda" } as const;
const REDEN = { "niet-opgenomen": "niet in de agenda opgenomen", "niet-vastgesteld": "geen vaststellingsdatum (concept)", "nog-niet-vastgesteld": "pas later vastgesteld" } as const;

function deelTekst(d: DeelCyclus): string {
  const kop = `  ${NAAM[d.deel].padEnd(19)}`;
  if (d.status === "ontbreekt") {
    return `${kop}${"ONTBREEKT".padEnd(21)}${REDEN[d.reden]}${d.vastgesteldOp ? ` (op ${d.vastgesteldOp})` : ""}`;
  }
  const grond =
    d.begrensdDoor === "eigen-looptijd"
      ? "eigen looptijd van de agenda"
      : `${String(d.termijn.jaren).replace(".", ",")} jaar vanaf ${d.termijnVanaf === "looptijd" ? "begin looptijd" : "vaststelling"}; ${d.termijn.herkomst === "instelling" ? "opgegeven" : `${d.termijn.status}, ${d.termijn.bron?.bron ?? ""} ${d.termijn.bron?.plaats ?? ""}`.trim()}`;
  const wanneer = d.status === "verlopen" ? `verlopen sinds ${d.vervaltOp}` : `verloopt ${d.vervaltOp} (over ${d.dagenTotVerval} dagen)`;
  const regel = `${kop}${d.status.toUpperCase().padEnd(21)}vastgesteld ${d.vastgesteldOp}, ${wanneer}; volgende uiterlijk ${d.volgendeUiterlijk} (${grond})`;
  if (!d.lezingenVerschillen) return regel;
  const hrt = d.lezingen[1];
  const hrtWanneer = hrt.status === "verlopen" ? `verlopen sinds ${hrt.vervaltOp}` : `verloopt ${hrt.vervaltOp} (over ${hrt.dagenTotVerval} dagen)`;
  return `${regel}\n${"".padEnd(42)}andere lezing (HRT §1.3, eens in de ${String(d.termijn.jaren).replace(".", ",")} jaar vanaf vaststelling): ${hrtWanneer}`;
}

/** Tekstweergave van de cyclus van een agenda. */
export function cyclusAlsTekst(c: AgendaCyclus): string {
  return [
    `Cyclus op ${c.peildatum} (verloopvenster ${c.verloopvensterMaanden} maanden; een termijn vanaf 29 februari loopt tot en met 28 februari):`,
    deelTekst(c.beleidsagenda),
    deelTekst(c.uitvoeringsagenda),
    "",
  ].join("\n");
}

/** `arbeidsmarktinfra agenda <bestand>` */
export const agendaCommando: Commando = maakToetsCommando({
  naam: "agenda",
  samenvatting: "Toetst een meerjarenagenda (landelijk of regionaal) en toont de cyclus: per deel de status, de vervaldatum en wanneer de volgende uiterlijk vastgesteld moet zijn.",
  onderwerp: "Toets van de meerjarenagenda",
  uitleg:
    "Het bestand is JSON of YAML volgens src/json-schema/meerjarenagenda.schema.json (zie docs/meerjarenagenda.md). Geen agendaregel heeft grondslag 'wet', dus exitcode 1 komt bij een geldige agenda niet voor; bevindingen zijn waarschuwingen (beleid) of adviezen (handreiking).",
  parse: parseMeerjarenagenda,
  toets: toetsAgenda,
  regels: () => agendaRegels,
  overzicht: (agenda, opties) => cyclusAlsTekst(agendaCyclus(agenda, opties)),
});
