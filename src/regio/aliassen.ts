import { citeer, type Citaat } from "../bronnen/citaat.js";

/** Een andere naam voor een arbeidsmarktregio, met de bron die hem gebruikt. */
export interface Alias {
  readonly naam: string;
  readonly bron: Citaat;
}

const R13 = citeer("R13", "bijlage 1");

/**
 * Namen in gebruik die afwijken van de CBS-naam (bijv. "Stedendriehoek en Noordwest Veluwe"
 * naast "Veluwe Stedendriehoek", of de naam van het Werkcentrum). Alleen naamvarianten die een
 * bron gebruikt; spelling van streepjes, spaties en hoofdletters vangt het zoeken zelf op.
 */
export const ALIASSEN: Readonly<Record<string, readonly Alias[]>> = {
  AM01: [{ naam: "Groningen Noord-Drenthe", bron: citeer("S15", "oogtv.nl 31-10-2025", "Werkcentrum Groningen Noord-Drenthe") }],
  AM02: [{ naam: "Fryslân", bron: citeer("S7", "pilotregio's toepassen arbeidsmarktinformatie (Fryslân)") }],
  AM06: [
    { naam: "Stedendriehoek en Noordwest Veluwe", bron: citeer("UWV2015", "bijlage 3") },
    { naam: "Stedendriehoek", bron: R13 },
    { naam: "Stedendriehoek en Noord-Veluwe", bron: citeer("P2", "nieuwsbericht 2014") },
  ],
  AM08: [{ naam: "Zuid-Gelderland", bron: R13 }],
  AM12: [{ naam: "Gooi- en Vechtstreek", bron: citeer("UWV2015", "bijlage 3") }],
  AM14: [
    { naam: "Oost-Utrecht", bron: R13 },
    { naam: "regio Amersfoort", bron: citeer("S12", "titel", "Werkcentrum regio Amersfoort") },
  ],
  AM15: [{ naam: "Noord-Holland (Noord)", bron: citeer("EVA", "RegionDataService") }],
  AM18: [{ naam: "Groot-Amsterdam", bron: citeer("HRT", "§1.5", "www.grootamsterdam.Werkcentrum.nl") }],
  AM36: [
    { naam: "IJsselvechtstreek", bron: R13 },
    { naam: "Zwolle", bron: citeer("EVA", "RegionDataService") },
  ],
  AM37: [{ naam: "Zuid-Kennemerland", bron: R13 }],
  AM38: [{ naam: "Food Valley", bron: citeer("EVA", "RegionDataService") }],
};
