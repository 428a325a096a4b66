import type { Parameter } from "./parameters.js";
import type { Peildatum } from "./peildatum.js";

/**
 * De datum waarop de werkgeversdienstverlening volgens de handreiking "in ieder geval" via het
 * Werkcentrum loopt (HRT §5.3: 1 juli 2026, de toen beoogde inwerkingtreding). Een eigen
 * parameter, omdat de wet later komt (NOTA2026): tussen deze datum en de inwerkingtreding is
 * een werkgeversdienstverlening die (nog) niet via het Werkcentrum loopt `beoordelen`, geen
 * `niet-voldaan`. Overschrijfbaar via
 * `instellingen.parameters["werkcentrum.werkgeversdienstverlening-vanaf"]`.
 */
export const werkgeversdienstverleningViaWerkcentrumVanaf: Parameter<Peildatum> = {
  id: "werkcentrum.werkgeversdienstverlening-vanaf",
  titel: "Werkgeversdienstverlening in ieder geval via het Werkcentrum vanaf (handreiking)",
  eenheid: "datum",
  waarden: [
    {
      waarde: "2026-07-01" as Peildatum,
      status: "beoogd",
      bron: { bron: "HRT", plaats: "§5.3 'Communicatie'", citaat: "Het is de bedoeling dat de verbinding van werkgeversdienstverlening via het Werkcentrum in ieder geval vanaf 1 juli 2026 gerealiseerd is." },
      toelichting: "Gelijk aan de toen beoogde inwerkingtreding; volgens NOTA2026 komt de wet later.",
    },
  ],
};

