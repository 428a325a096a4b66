import { vereisVorm, type Issue, type OngeldigeInvoerFout, type Result } from "../result.js";
import { beschrijfType } from "../tijd/peildatum.js";
import { zoekGemeente } from "../regio/regio.js";
import type { Hulpvraag } from "./model.js";
import { isRegioCode, type RegioCode } from "./regionamen.js";

/**
 * Toetst de woongemeente van een hulpvraag aan de 342 gemeenten (CBS 2026) en vult de regio
 * aan. Staat los van `routeer` en van het schema, zodat alleen wie dit gebruikt de
 * gemeentetabellen in de bundel krijgt.
 *
 * @module
 */

/**
 * Normaliseert de woongemeente van een (geparste) hulpvraag: de CBS-naam (`Den Haag` wordt
 * `'s-Gravenhage`, `GM0479` wordt `Zaanstad`) en de arbeidsmarktregio als `regio` ontbreekt.
 * Meldt een onbekende, dubbelzinnige of opgeheven gemeente en een regio die niet bij de
 * gemeente hoort. Geeft een nieuw object; de invoer blijft onaangeraakt. Gooit
 * {@link OngeldigeInvoerFout} als de hulpvraag geen object met een `vrager` is.
 *
 * @example
 * ```ts
 * import { normaliseerHulpvraag } from "arbeidsmarktinfra";
 * const r = normaliseerHulpvraag({ vrager: "werkzoekende", uitkering: "geen", woongemeente: "Den Haag", onderwerpen: ["werk"], deur: { soort: "werkcentrum" } });
 * if (r.ok && r.value.vrager !== "werkgever") [r.value.woongemeente, r.value.regio]; // ["'s-Gravenhage", "AM21"]
 * ```
 */
export function normaliseerHulpvraag(hulpvraag: Hulpvraag): Result<Hulpvraag> {
  vereisVorm("normaliseerHulpvraag", hulpvraag, { tekst: ["vrager"] }, "parseHulpvraag", ["hulpvraag"]);
  if (hulpvraag.vrager === "werkgever" || hulpvraag.woongemeente === undefined) return { ok: true, value: hulpvraag };
  const naam: unknown = hulpvraag.woongemeente;
  if (typeof naam !== "string") return { ok: false, issues: [{ code: "ongeldig-type", path: ["woongemeente"], message: `woongemeente: verwacht een tekst, ontvangen ${beschrijfType(naam)}` }] };
  const regio: unknown = hulpvraag.regio;
  if (regio !== undefined && !isRegioCode(regio)) {
    return { ok: false, issues: [{ code: "ongeldige-waarde", path: ["regio"], message: `regio: verwacht een arbeidsmarktregio als CBS-code (AM01…AM38), ontvangen ${beschrijfType(regio)}` }] };
  }
  const g = zoek(naam);
  if (typeof g === "string") return { ok: false, issues: [{ code: "ongeldige-waarde", path: ["woongemeente"], message: `woongemeente: ${g}` } satisfies Issue] };
  if (hulpvraag.regio !== undefined && hulpvraag.regio !== g.regio) {
    return {
      ok: false,
      issues: [{ code: "inconsistent", path: ["regio"], message: `regio: ${g.naam} hoort bij arbeidsmarktregio ${g.regio}, niet bij ${hulpvraag.regio}` }],
    };
  }
  return { ok: true, value: { ...hulpvraag, woongemeente: g.naam, regio: g.regio } };
}

/** Gevonden gemeenten (of de foutmelding) per opgegeven naam; begrensd. Een batch noemt steeds dezelfde gemeenten. */
const gevonden = new Map<string, { readonly naam: string; readonly regio: RegioCode } | string>();

function zoek(naam: string): { readonly naam: string; readonly regio: RegioCode } | string {
  let g = gevonden.get(naam);
  if (g === undefined) {
    g = opzoeken(naam);
    if (gevonden.size < 4096) gevonden.set(naam, g);
  }
  return g;
}

function opzoeken(naam: string): { readonly naam: string; readonly regio: RegioCode } | string {
  const fout = (message: string) => message;
  const g = zoekGemeente(naam);
  switch (g.soort) {
    case "gemeente": {
      const regio = g.gemeente.regio;
      return isRegioCode(regio) ? { naam: g.gemeente.naam, regio } : fout(`geen arbeidsmarktregio bekend voor ${g.gemeente.naam}`);
    }
    case "oude-naam":
      return fout(`${g.oud.naam} bestaat sinds ${g.oud.laatsteJaar + 1} niet meer als gemeente; geef de huidige gemeente op`);
    case "dubbelzinnig":
      return fout(`${JSON.stringify(naam)} is dubbelzinnig: ${g.kandidaten.map((k) => `${k.naam} (${k.code})`).join(" of ")}`);
    case "onbekend":
      return fout(`onbekende gemeente ${JSON.stringify(naam)}${g.suggesties.length ? `; bedoelde u ${g.suggesties.map((s) => JSON.stringify(s)).join(", ")}?` : ""}`);
  }
}
