import { formatCitaat } from "../../bronnen/citaat.js";
import { formatBedrag } from "../../financiering/bedrag.js";
import { landelijkeMiddelenInJaar, regionaleMiddelen, bedragInJaar, type JaarBedrag } from "../../financiering/middelen.js";
import { vwnwImpuls } from "../../financiering/tabellen.js";
import { formaatOptie, GebruiksFout, leesFormaat, type Commando } from "../commando.js";
import { EXIT } from "../io.js";

/** Toelichtingen bij bedragen (bijv. het voorbehoud van HRT Tabel 4) als genummerde voetnoten: elke tekst één keer. */
class Voetnoten {
  readonly teksten: string[] = [];
  /** ` [n]` voor een toelichting, of niets. */
  merk(toelichting: string | undefined): string {
    if (toelichting === undefined) return "";
    let i = this.teksten.indexOf(toelichting);
    if (i < 0) i = this.teksten.push(toelichting) - 1;
    return ` [${i + 1}]`;
  }
}

function regelsVoor(label: string, b: JaarBedrag, noten: Voetnoten): string[] {
  switch (b.soort) {
    case "bedrag":
      return [`  ${label.padEnd(34)}${formatBedrag(b.bedrag).padStart(16)}  ${b.status.padEnd(16)} ${b.bron ? formatCitaat(b.bron) : ""}${noten.merk(b.toelichting)}`];
    case "betwist":
      return [
        `  ${label.padEnd(34)}BETWIST — bronnen spreken elkaar tegen:`,
        ...b.lezingen.map((l) => `  ${"".padEnd(34)}${formatBedrag(l.bedrag).padStart(16)}  ${l.status.padEnd(16)} ${l.bron ? formatCitaat(l.bron) : ""}${noten.merk(l.toelichting)}`),
      ];
    case "geen-waarde":
      return [`  ${label.padEnd(34)}geen bedrag: ${b.toelichting}`];
  }
}

/** `arbeidsmarktinfra middelen <jaar>` */
export const middelenCommando: Commando = {
  naam: "middelen",
  samenvatting: "Toont de middelen in een jaar: per arbeidsmarktregio (impulsbudget en structureel, HRT Tabel 4), landelijk (KB2024) en de van-werk-naar-werk-impuls (HRT Tabel 5), met status en bron.",
  gebruik: "middelen <jaar> [--formaat tekst|json]",
  opties: { formaat: formaatOptie() },
  voerUit(args, io) {
    const tekst = args.positionals[0];
    if (tekst === undefined || !/^\d{4}$/.test(tekst) || args.positionals.length > 1) {
      throw new GebruiksFout(`geef één jaartal van vier cijfers, bijv. arbeidsmarktinfra middelen 2027${tekst !== undefined ? ` (ontvangen ${JSON.stringify(args.positionals.join(" "))})` : ""}`);
    }
    const jaar = Number(tekst);
    const regio = regionaleMiddelen(jaar);
    const landelijk = landelijkeMiddelenInJaar(jaar);
    const vwnw = bedragInJaar(vwnwImpuls, jaar);
    if (leesFormaat(args) === "json") {
      io.stdout(JSON.stringify({ jaar, eenheid: "eurocent", perRegio: regio, landelijk, vwnwImpuls: vwnw }, null, 2) + "\n");
      return EXIT.ok;
    }
    const noten = new Voetnoten();
    const regels = [
      `Middelen ${jaar}`,
      "",
      "Per arbeidsmarktregio (aan de centrumgemeente, decentralisatie-uitkering):",
      ...regelsVoor("A. Impulsbudget (tijdelijk)", regio.impulsbudget, noten),
      ...regelsVoor("B. Structureel", regio.structureel, noten),
      "",
      "Landelijk (KB2024, alleen 2025, 2028 en 2034 genoemd):",
      ...regelsVoor("Bestaande structurele middelen", landelijk.bestaandStructureel, noten),
      ...regelsVoor("Nieuwe structurele middelen", landelijk.nieuwStructureel, noten),
      ...regelsVoor("Nieuwe tijdelijke middelen", landelijk.nieuwTijdelijk, noten),
      ...regelsVoor("Totaal", landelijk.totaal, noten),
      "",
      "Van-werk-naar-werk-impuls (landelijk, HRT Tabel 5):",
      ...regelsVoor("Impuls dekkende VWNW", vwnw, noten),
      ...(noten.teksten.length > 0 ? ["", "Toelichting bij de bedragen:", ...noten.teksten.map((t, i) => `  [${i + 1}] ${t}`)] : []),
      "",
      "Opmerkingen:",
      ...regio.opmerkingen.map((o) => `  - ${o.tekst} (${o.bron.bron} ${o.bron.plaats})`),
    ];
    io.stdout(regels.join("\n") + "\n");
    return EXIT.ok;
  },
};
