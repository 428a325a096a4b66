import { citeer, type Citaat } from "../bronnen/citaat.js";
import { waarde, type Parameter } from "../tijd/parameters.js";

/**
 * De looptijden van de twee delen van een meerjarenagenda als geversioneerde parameters
 * (status `beoogd`: de Kamerbrief spreekt van een "voorgenomen looptijd"). Overschrijfbaar via
 * `instellingen.parameters["agenda.beleidsagenda.looptijd"]` en
 * `instellingen.parameters["agenda.uitvoeringsagenda.looptijd"]` (in jaren).
 *
 * De bronnen verschillen in formulering: KB2024 noemt een voorgenomen
 * *looptijd*, de handreiking een *frequentie* ("eens in de 5 jaar", "minimaal eens in de 2
 * jaar"). Het aantal jaren is gelijk, maar de looptijd telt vanaf het begin van de eigen
 * looptijd van de agenda en de frequentie vanaf de vaststelling; `agendaCyclus` geeft daarom
 * per deel beide lezingen (`lezingen`). De opmerkingen bij de parameters tonen beide.
 *
 * @module
 */

const KB2024_LOOPTIJD = "§4 'De landelijke en regionale meerjarenagenda'";
const HRT_DELEN = "§1.3 'De regionale meerjarenagenda'";

const KB_BELEID = citeer("KB2024", KB2024_LOOPTIJD, "een beleidsagenda (voorgenomen looptijd 5 jaar)");
const KB_UITVOERING = citeer("KB2024", KB2024_LOOPTIJD, "een uitvoeringsagenda (voorgenomen looptijd 2 jaar)");
const HRT_BELEID = citeer("HRT", HRT_DELEN, "een beleidsagenda (eens in de 5 jaar)");
const HRT_UITVOERING = citeer("HRT", HRT_DELEN, "minimaal eens in de 2 jaar");

/**
 * De bron van elke lezing van de termijn per deel: KB2024 ("voorgenomen looptijd") en HRT
 * ("eens in de 5 jaar", "minimaal eens in de 2 jaar"). Zie `TermijnLezing` in `cyclus.ts`.
 */
export const lezingBronnen: {
  readonly looptijd: { readonly beleidsagenda: Citaat; readonly uitvoeringsagenda: Citaat };
  readonly frequentie: { readonly beleidsagenda: Citaat; readonly uitvoeringsagenda: Citaat };
} = {
  looptijd: { beleidsagenda: KB_BELEID, uitvoeringsagenda: KB_UITVOERING },
  frequentie: { beleidsagenda: HRT_BELEID, uitvoeringsagenda: HRT_UITVOERING },
};

/** Voorgenomen looptijd van de beleidsagenda: 5 jaar. */
export const looptijdBeleidsagenda: Parameter<number> = {
  id: "agenda.beleidsagenda.looptijd",
  titel: "Voorgenomen looptijd van de beleidsagenda van een meerjarenagenda",
  eenheid: "jaren",
  waarden: [
    waarde(5, "beoogd", KB_BELEID, {
      toelichting: "Geldt voor de landelijke en de regionale meerjarenagenda.",
    }),
  ],
  opmerkingen: [
    {
      tekst:
        "De handreiking formuleert het als frequentie: een beleidsagenda 'eens in de 5 jaar', dus 5 jaar na de vorige vaststelling. KB2024 spreekt van een looptijd, te rekenen vanaf het begin van de looptijd van de agenda. Zonder eigen looptijd, of met een looptijd die op de vaststellingsdatum begint, vallen beide lezingen samen; anders geeft agendaCyclus beide vervaldatums (lezingen) en zegt agenda/looptijd-niet-overschreden beoordelen als ze het oneens zijn over verlopen.",
      bron: HRT_BELEID,
    },
  ],
};

/** Voorgenomen looptijd van de uitvoeringsagenda: 2 jaar (hoogstens; vaker vernieuwen mag). */
export const looptijdUitvoeringsagenda: Parameter<number> = {
  id: "agenda.uitvoeringsagenda.looptijd",
  titel: "Voorgenomen looptijd van de uitvoeringsagenda van een meerjarenagenda",
  eenheid: "jaren",
  waarden: [
    waarde(2, "beoogd", KB_UITVOERING, {
      toelichting: "Geldt voor de landelijke en de regionale meerjarenagenda.",
    }),
  ],
  opmerkingen: [
    {
      tekst:
        "De handreiking zegt 'minimaal eens in de 2 jaar': een minimumfrequentie, dus vaker vernieuwen past ook (Twente werkt vanaf 2026 met een uitvoeringsplan per jaar, HRT §3.2), gerekend vanaf de vorige vaststelling. KB2024 spreekt van een voorgenomen looptijd van 2 jaar, te rekenen vanaf het begin van de looptijd van de agenda. Beide geven hoogstens 2 jaar; begint de eigen looptijd niet op de vaststellingsdatum, dan verschilt de vervaldatum en geeft agendaCyclus beide (lezingen).",
      bron: HRT_UITVOERING,
    },
  ],
};
