import { formatCitaat } from "../../bronnen/citaat.js";
import { mijlpalen, mijlpalenNa, type Mijlpaal } from "../../tijd/mijlpalen.js";
import { inwerkingtreding } from "../../tijd/wet.js";
import { formaatOptie, inwerkingtredingOptie, leesFormaat, leesInstellingen, leesPeildatum, peildatumOptie, type Commando } from "../commando.js";
import { EXIT } from "../io.js";

/** De lezingen uit andere bronnen die met een mijlpaal in strijd zijn. */
function strijdig(m: Mijlpaal, alle: readonly Mijlpaal[]): readonly Mijlpaal[] {
  return alle.filter((x) => m.strijdigMet?.includes(x.id));
}

/** Waar de datum vandaan komt: de bron, of het veld in de instellingen. */
function herkomstTekst(m: Mijlpaal, kort = false): string {
  if (m.herkomst === "instelling") return `datum opgegeven (${m.ingesteldIn}), niet uit een bron`;
  return kort ? `${m.bron.bron} ${m.bron.plaats}` : `bron: ${formatCitaat(m.bron)}`;
}

function mijlpaalTekst(m: Mijlpaal, alle: readonly Mijlpaal[], breedte: number): string[] {
  const inspring = "".padEnd(breedte + 14);
  const regels = [
    `  ${m.datumTekst.padEnd(breedte)}${`[${m.status}]`.padEnd(14)}${m.omschrijving}${m.volgtInwerkingtreding ? " (volgt de inwerkingtreding)" : ""}`,
    `  ${inspring}id: ${m.id}; ${herkomstTekst(m)}${(m.andereBronnen ?? []).length > 0 ? `; ook ${(m.andereBronnen ?? []).map((b) => `${b.bron} ${b.plaats}`).join(", ")}` : ""}`,
  ];
  for (const x of strijdig(m, alle)) {
    regels.push(`  ${inspring}BETWIST — andere lezing: ${x.datumTekst} [${x.status}] ${x.omschrijving} (${herkomstTekst(x, true)})`);
  }
  if (m.toelichting) regels.push(`  ${inspring}${m.toelichting}`);
  return regels;
}

/** `arbeidsmarktinfra mijlpalen [--peildatum D]` */
export const mijlpalenCommando: Commando = {
  naam: "mijlpalen",
  samenvatting: "Toont de mijlpalen van de hervorming na een peildatum, met status en bron; betwiste datums met beide lezingen.",
  gebruik: "mijlpalen [--peildatum JJJJ-MM-DD] [--inwerkingtreding JJJJ-MM-DD|onbekend] [--formaat tekst|json]",
  uitleg:
    "Een mijlpaal met een vage datum (maand, seizoen, jaar) staat erin zolang zijn periode niet voorbij is. Mijlpalen die de inwerkingtreding volgen, schuiven mee met --inwerkingtreding; bij 'onbekend' staan ze achteraan.",
  opties: { peildatum: peildatumOptie, inwerkingtreding: inwerkingtredingOptie, formaat: formaatOptie() },
  voerUit(args, io) {
    const { peildatum, vandaag } = leesPeildatum(args, io);
    const instellingen = leesInstellingen(args);
    const lijst = mijlpalenNa(peildatum, instellingen);
    const alle = mijlpalen(instellingen);
    const iwt = inwerkingtreding(instellingen);
    if (leesFormaat(args) === "json") {
      const uit = {
        peildatum,
        peildatumIsVandaag: vandaag,
        inwerkingtreding: { datum: iwt.datum, status: iwt.status, herkomst: iwt.herkomst, opmerkingen: iwt.opmerkingen },
        mijlpalen: lijst.map((m) => ({ ...m, andereLezingen: strijdig(m, alle) })),
      };
      io.stdout(JSON.stringify(uit, null, 2) + "\n");
      return EXIT.ok;
    }
    const regels = [
      `Mijlpalen na ${peildatum}${vandaag ? " (vandaag)" : ""}; inwerkingtreding wet: ${iwt.datum ?? "onbekend"} (${iwt.herkomst === "instelling" ? "opgegeven" : iwt.status})`,
      "",
    ];
    if (lijst.length === 0) regels.push("  Geen mijlpalen na deze peildatum.");
    const breedte = Math.max(12, ...lijst.map((m) => m.datumTekst.length + 2));
    for (const m of lijst) regels.push(...mijlpaalTekst(m, alle, breedte));
    regels.push("");
    if (iwt.herkomst === "standaard") for (const o of iwt.opmerkingen) regels.push(`Let op: ${o.tekst} (${o.bron.bron} ${o.bron.plaats}) Geef zo nodig --inwerkingtreding op.`);
    regels.push(`${lijst.length} mijlpa${lijst.length === 1 ? "al" : "len"}; betwiste datums staan met beide lezingen.`);
    io.stdout(regels.join("\n") + "\n");
    return EXIT.ok;
  },
};
