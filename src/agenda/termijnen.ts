import { citeer } from "../bronnen/citaat.js";
import { waarde, type Parameter } from "../tijd/parameters.js";

/**
 * De looptijden van de twee delen van een meerjarenagenda als geversioneerde parameters
 * (status `beoogd`: de Kamerbrief spreekt van een "voorgenomen looptijd"). Overschrijfbaar via
 * `instellingen.parameters["agenda.beleidsagenda.looptijd"]` en
 * `instellingen.parameters["agenda.uitvoeringsagenda.looptijd"]` (in jaren).
 *
 * De bronnen verschillen in formulering: KB2024 noemt een voorgenomen
 * *looptijd*, de handreiking een *frequentie* ("eens in de 5 jaar", "minimaal eens in de 2
 * jaar"). Beide geven dezelfde bovengrens; de opmerkingen bij de parameters tonen beide.
 *
 * @module
 */

const KB2024_LOOPTIJD = "§4 'De landelijke en regionale meerjarenagenda'";
const HRT_DELEN = "§1.3 'De regionale meerjarenagenda'";

/** Voorgenomen looptijd van de beleidsagenda: 5 jaar. */
export const looptijdBeleidsagenda: Parameter<number> = {
  id: "agenda.beleidsagenda.looptijd",
  titel: "Voorgenomen looptijd van de beleidsagenda van een meerjarenagenda",
  eenheid: "jaren",
  waarden: [
    waarde(5, "beoogd", citeer("KB2024", KB2024_LOOPTIJD, "een beleidsagenda (voorgenomen looptijd 5 jaar)"), {
      toelichting: "Geldt voor de landelijke en de regionale meerjarenagenda.",
    }),
  ],
  opmerkingen: [
    {
      tekst:
        "De handreiking formuleert het als frequentie: een beleidsagenda 'eens in de 5 jaar'. Zonder eigen looptijd in de agenda vallen beide lezingen samen (5 jaar na vaststelling).",
      bron: citeer("HRT", HRT_DELEN, "een beleidsagenda (eens in de 5 jaar)"),
    },
  ],
};

/** Voorgenomen looptijd van de uitvoeringsagenda: 2 jaar (hoogstens; vaker vernieuwen mag). */
export const looptijdUitvoeringsagenda: Parameter<number> = {
  id: "agenda.uitvoeringsagenda.looptijd",
  titel: "Voorgenomen looptijd van de uitvoeringsagenda van een meerjarenagenda",
  eenheid: "jaren",
  waarden: [
    waarde(2, "beoogd", citeer("KB2024", KB2024_LOOPTIJD, "een uitvoeringsagenda (voorgenomen looptijd 2 jaar)"), {
      toelichting: "Geldt voor de landelijke en de regionale meerjarenagenda.",
    }),
  ],
  opmerkingen: [
    {
      tekst:
        "De handreiking zegt 'minimaal eens in de 2 jaar': een minimumfrequentie, dus vaker vernieuwen past ook (Twente werkt vanaf 2026 met een uitvoeringsplan per jaar, HRT §3.2). KB2024 spreekt van een voorgenomen looptijd van 2 jaar. Beide geven hoogstens 2 jaar; de bibliotheek rekent met 2 jaar als langste looptijd.",
      bron: citeer("HRT", HRT_DELEN, "minimaal eens in de 2 jaar"),
    },
  ],
};
