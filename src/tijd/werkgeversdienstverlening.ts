import type { OngeldigeInvoerFout } from "../result.js";
import type { Instellingen } from "./instellingen.js";
import { controleerInstellingen } from "./instellingen-controle.js";
import { datumControle } from "./overschrijving.js";
import { overschrijvingOp, type Parameter } from "./parameters.js";
import type { Peildatum } from "./peildatum.js";

const ID = "werkcentrum.werkgeversdienstverlening-vanaf";
/** De standaardwaarde (los, zodat `routeer` de parameter met bron niet in een bundel haalt). */
const STANDAARD = "2026-07-01" as Peildatum;
const CONTROLE = /* @__PURE__ */ datumControle();

/**
 * De datum waarop de werkgeversdienstverlening volgens de handreiking "in ieder geval" via het
 * Werkcentrum loopt (HRT §5.3: 1 juli 2026, de toen beoogde inwerkingtreding). Een eigen
 * parameter, omdat de wet later komt (NOTA2026): tussen deze datum en de inwerkingtreding is
 * een werkgeversdienstverlening die (nog) niet via het Werkcentrum loopt `beoordelen`, geen
 * `niet-voldaan`. Overschrijfbaar via
 * `instellingen.parameters["werkcentrum.werkgeversdienstverlening-vanaf"]`.
 */
export const werkgeversdienstverleningViaWerkcentrumVanaf: Parameter<Peildatum> = {
  id: ID,
  titel: "Werkgeversdienstverlening in ieder geval via het Werkcentrum vanaf (handreiking)",
  eenheid: "datum",
  waarden: [
    {
      waarde: STANDAARD,
      status: "beoogd",
      bron: { bron: "HRT", plaats: "§5.3 'Communicatie'", citaat: "Het is de bedoeling dat de verbinding van werkgeversdienstverlening via het Werkcentrum in ieder geval vanaf 1 juli 2026 gerealiseerd is." },
      toelichting: "Gelijk aan de toen beoogde inwerkingtreding; volgens NOTA2026 komt de wet later.",
    },
  ],
};


/**
 * Alleen de datum van {@link werkgeversdienstverleningViaWerkcentrumVanaf} op een (geldige)
 * peildatum: een overschrijving die dan geldt, anders de standaardwaarde; zonder status en bron
 * (wat `routeer` nodig heeft; de Werkcentrumregels lezen dezelfde waarde met `parameterOp`). Gooit {@link OngeldigeInvoerFout} bij ongeldige instellingen.
 *
 * @internal
 */
export function werkgeversdienstverleningVanafDatum(peildatum: Peildatum, instellingen: Instellingen | undefined): Peildatum {
  // Stryker disable next-line ConditionalExpression: equivalent, een snelle weg (zonder instellingen is er geen overschrijving)
  if (instellingen === undefined) return STANDAARD;
  controleerInstellingen(instellingen);
  return (overschrijvingOp(ID, CONTROLE, peildatum, instellingen)?.waarde as Peildatum | undefined) ?? STANDAARD;
}
