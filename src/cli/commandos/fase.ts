import { formatCitaat } from "../../bronnen/citaat.js";
import { faseUitleg } from "../../tijd/fase.js";
import { formaatOptie, inwerkingtredingOptie, leesFormaat, leesInstellingen, leesPeildatum, peildatumOptie, type Commando } from "../commando.js";
import { EXIT } from "../io.js";

/** `arbeidsmarktinfra fase [--peildatum D]` */
export const faseCommando: Commando = {
  naam: "fase",
  samenvatting: "Toont de fase van de hervorming op een peildatum: voor-transitie, transitieperiode of nieuwe-wet, met de datums en hun bronnen.",
  gebruik: "fase [--peildatum JJJJ-MM-DD] [--inwerkingtreding JJJJ-MM-DD|onbekend] [--formaat tekst|json]",
  opties: { peildatum: peildatumOptie, inwerkingtreding: inwerkingtredingOptie, formaat: formaatOptie() },
  voerUit(args, io) {
    const { peildatum, vandaag } = leesPeildatum(args, io);
    const u = faseUitleg(peildatum, leesInstellingen(args));
    if (leesFormaat(args) === "json") {
      io.stdout(JSON.stringify({ ...u, peildatumIsVandaag: vandaag }, null, 2) + "\n");
      return EXIT.ok;
    }
    const iwt = u.inwerkingtreding;
    const regels = [
      `Peildatum ${u.peildatum}${vandaag ? " (vandaag)" : ""}: ${u.fase}`,
      `  Begin transitieperiode:  ${u.beginTransitie.datum}  (${formatCitaat(u.beginTransitie.bron)})`,
      `  Inwerkingtreding wet:    ${iwt.datum ?? "onbekend"}  (${iwt.herkomst === "instelling" ? "opgegeven met --inwerkingtreding" : `${iwt.status}; ${iwt.bron ? formatCitaat(iwt.bron) : ""}`})`,
      ...iwt.opmerkingen.map((o) => `  Let op: ${o.tekst} (${o.bron.bron} ${o.bron.plaats})`),
    ];
    io.stdout(regels.join("\n") + "\n");
    return EXIT.ok;
  },
};
