import { ernstVoor, type RegelMeta } from "../../bevinding/model.js";
import { formatCitaat } from "../../bronnen/citaat.js";
import { regelcatalogus } from "../../regels.js";
import { fasen } from "../../tijd/fase.js";
import { formaatOptie, GebruiksFout, leesFormaat, type Commando } from "../commando.js";
import { EXIT } from "../io.js";

/** Een regel uit de catalogus als gegevens: id, titel, grondslag, bron en ernst per fase. */
function alsGegevens(r: RegelMeta) {
  return {
    id: r.id,
    titel: r.titel,
    grondslag: r.grondslag,
    bron: r.bron,
    bronTekst: formatCitaat(r.bron),
    ...(r.andereBronnen !== undefined && { andereBronnen: r.andereBronnen }),
    ernstPerFase: Object.fromEntries(fasen.map((f) => [f, ernstVoor(r.grondslag, f)])),
    beschrijving: r.beschrijving,
    hint: r.hint,
  };
}

/** `arbeidsmarktinfra regels [onderwerp] [--formaat tekst|json]`: de regelcatalogus. */
export const regelsCommando: Commando = {
  naam: "regels",
  samenvatting: "Toont de regelcatalogus: id, titel, grondslag, bron en ernst per fase (voor-transitie, transitieperiode, nieuwe-wet).",
  gebruik: "regels [onderwerp] [--formaat tekst|json]",
  uitleg: "Met een onderwerp (bijv. convenant, beraad of werkcentrum) alleen de regels waarvan het id daarmee begint.",
  opties: { formaat: formaatOptie() },
  voerUit(args, io) {
    if (args.positionals.length > 1) throw new GebruiksFout("geef hoogstens één onderwerp, bijv. arbeidsmarktinfra regels werkcentrum");
    const onderwerp = args.positionals[0];
    const lijst = onderwerp === undefined ? regelcatalogus : regelcatalogus.filter((r) => r.id.startsWith(`${onderwerp}/`));
    if (lijst.length === 0) {
      const onderwerpen = [...new Set(regelcatalogus.map((r) => r.id.split("/")[0]))];
      throw new GebruiksFout(`geen regels voor onderwerp ${JSON.stringify(onderwerp)}; kies uit ${onderwerpen.join(", ")}`);
    }
    if (leesFormaat(args) === "json") {
      io.stdout(JSON.stringify({ aantal: lijst.length, regels: lijst.map(alsGegevens) }, null, 2) + "\n");
      return EXIT.ok;
    }
    const regels: string[] = [`Regelcatalogus (${lijst.length} regels). Ernst per fase: voor-transitie / transitieperiode / nieuwe-wet.`, ""];
    for (const r of lijst) {
      regels.push(
        `${r.id}`,
        `  ${r.titel}`,
        `  grondslag: ${r.grondslag}; ernst: ${fasen.map((f) => ernstVoor(r.grondslag, f)).join(" / ")}`,
        `  bron: ${formatCitaat(r.bron)}`,
        "",
      );
    }
    io.stdout(regels.join("\n"));
    return EXIT.ok;
  },
};
