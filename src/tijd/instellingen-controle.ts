import { formatPad, OngeldigeInvoerFout } from "../result.js";
import { OVERSCHRIJVING_VORM } from "./overschrijving.js";
import { beschrijfType } from "./peildatum.js";
import type { Instellingen } from "./instellingen.js";
import { isObject } from "../vorm.js";

/**
 * De ids van alle ingebouwde parameters (gelijk aan `alleParameters().map((p) => p.id)`; een
 * test bewaakt dat). Een losse lijst, zodat een functie die alleen ids controleert niet alle
 * parametertabellen meeneemt in een bundel.
 */
export const PARAMETER_IDS: readonly string[] = [
  "wet.inwerkingtreding",
  "werkcentrum.werkgeversdienstverlening-vanaf",
  "regio.impulsbudget",
  "regio.structureel",
  "centrumgemeente.structureel",
  "centrumgemeente.bestaande-du",
  "gidsfunctie.richtbedrag-gemeenten",
  "gidsfunctie.fte-uwv",
  "gidsfunctie.fte-gemeenten",
  "gidsfunctie.fte-totaal",
  "gidsfunctie.tolerantie-fte",
  "sociale-partners.fte-werkgeversorganisaties",
  "sociale-partners.fte-werknemersorganisaties",
  "landelijk.bestaand-structureel",
  "landelijk.nieuw-structureel",
  "landelijk.nieuw-tijdelijk",
  "landelijk.totaal",
  "vwnw.impuls",
  "agenda.beleidsagenda.looptijd",
  "agenda.uitvoeringsagenda.looptijd",
];

/** De velden van {@link Instellingen} (een test bewaakt dat ze gelijk zijn aan die van het schema). */
export const INSTELLINGEN_VELDEN: readonly string[] = ["inwerkingtreding", "parameters", "verloopvensterMaanden", "wwEindeVensterMaanden"];

const gecontroleerd = /* @__PURE__ */ new WeakSet<object>();


/**
 * Controleert de vorm van instellingen die een functie van de bibliotheek rechtstreeks krijgt
 * (zonder `parseInstellingen`): een object, alleen bekende velden en alleen bekende
 * parameter-ids. Een tikfout (`inwerkingsdatum`, `regio.impulsbudjet`) zou anders stil de
 * standaardwaarde geven. De waarden zelf controleert de functie die ze gebruikt. Eén keer per
 * instellingen-object (daarna onthouden), dus gratis bij herhaalde aanroepen.
 *
 * @throws {@link OngeldigeInvoerFout} met code `ongeldig-type` of `onbekend-veld`.
 */
export function controleerInstellingen(instellingen: Instellingen | undefined): void {
  if (instellingen === undefined) return;
  if (!isObject(instellingen)) {
    throw new OngeldigeInvoerFout({ code: "ongeldig-type", path: ["instellingen"], message: "instellingen: verwacht een object (lees onbetrouwbare invoer met parseInstellingen)" });
  }
  if (gecontroleerd.has(instellingen)) return;
  for (const veld of Object.keys(instellingen)) {
    if (!INSTELLINGEN_VELDEN.includes(veld)) {
      throw new OngeldigeInvoerFout({
        code: "onbekend-veld",
        path: ["instellingen", veld],
        message: `instellingen: onbekend veld ${JSON.stringify(veld)}; bekend zijn: ${INSTELLINGEN_VELDEN.join(", ")}`,
      });
    }
  }
  const p: unknown = instellingen.parameters;
  if (p !== undefined) {
    if (!isObject(p)) {
      throw new OngeldigeInvoerFout({ code: "ongeldig-type", path: ["instellingen", "parameters"], message: "instellingen.parameters: verwacht een object met parameter-ids als sleutels" });
    }
    for (const [id, o] of Object.entries(p)) {
      if (!PARAMETER_IDS.includes(id)) {
        const path = ["instellingen", "parameters", id];
        throw new OngeldigeInvoerFout({
          code: "onbekend-veld",
          path,
          message: `${formatPad(path)}: onbekende parameter ${JSON.stringify(id)}; bekend zijn: ${PARAMETER_IDS.join(", ")}`,
        });
      }
      // De waarde zelf controleert de functie die de parameter gebruikt (overschrijvingOp); hier alleen de vorm.
      const lijst: readonly unknown[] = Array.isArray(o) ? o : [o];
      lijst.forEach((x, i) => {
        if (!isObject(x)) {
          const path = ["instellingen", "parameters", id, ...(Array.isArray(o) ? [i] : [])];
          throw new OngeldigeInvoerFout({ code: "ongeldig-type", path, message: `${formatPad(path)}: verwacht ${OVERSCHRIJVING_VORM}, ontvangen ${beschrijfType(x)}` });
        }
      });
    }
  }
  gecontroleerd.add(instellingen);
}
