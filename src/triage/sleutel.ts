import { formatPad, OngeldigeInvoerFout } from "../result.js";
import { beschrijfType } from "../tijd/peildatum.js";
import type { Hulpvraag, JaNee, Uitkering } from "./model.js";
import { jaNee, uitkeringen } from "./model.js";

/**
 * De beslissleutel: de paar gegevens die de arrangeur bepalen, samengevat in één klein getal
 * (0..170). De beslistabel (`beslistabel.ts`, met ts-pattern) is per sleutel vooruitberekend
 * in `beslistabel.gen.ts`; `routeer` rekent alleen de sleutel uit en leest de tabel.
 *
 * Indeling:
 * - werkgever: `0 + werkgebied` (3 waarden);
 * - werkzoekende: `3 + uitkering` (6 waarden);
 * - werkende: `9 + ((uitkering·3 + arbeidsbeperking)·3 + privaat)·3 + dreiging` (162 waarden).
 *
 * @module
 */

/** Werkgebied van een werkgever: één regio, meer regio's (of landelijk), onbekend. */
export type Werkgebied = "een-regio" | "meerdere-regios" | "onbekend";
/** Alle werkgebieden. */
export const werkgebieden = ["een-regio", "meerdere-regios", "onbekend"] as const satisfies readonly Werkgebied[];

/** De beslissleutel als object (voor de leesbare tabel en de documentatie). */
export type Sleutel =
  | { readonly vrager: "werkgever"; readonly werkgebied: Werkgebied }
  | { readonly vrager: "werkzoekende"; readonly uitkering: Uitkering }
  | {
      readonly vrager: "werkende";
      readonly uitkering: Uitkering;
      readonly arbeidsbeperking: JaNee;
      /** Toegang tot private ondersteuning (cao, O&O-fonds, sociaal plan, werkgever). */
      readonly privaat: JaNee;
      /** Dreigt werkloos te worden. */
      readonly dreiging: JaNee;
    };

/** Aantal sleutels. */
export const AANTAL_SLEUTELS = 3 + 6 + 6 * 3 * 3 * 3;

/**
 * Gooit bij een waarde buiten het model (alleen mogelijk zonder typecontrole, bijv. vanuit
 * JavaScript): code `ongeldige-waarde` (of `verplicht` als de waarde ontbreekt), pad
 * `hulpvraag.<veld>`, met wat verwacht werd en wat er stond, in dezelfde vorm als de andere
 * meldingen van de bibliotheek (`pad: verwacht …, ontvangen …`).
 */
export function ongeldig(veld: string | readonly (string | number)[], waarde: unknown, verwacht: string): never {
  const ontbreekt = waarde === undefined;
  const pad = ["hulpvraag", ...(typeof veld === "string" ? [veld] : veld)];
  throw new OngeldigeInvoerFout({
    code: ontbreekt ? "verplicht" : "ongeldige-waarde",
    path: pad,
    message: `${formatPad(pad)}: ${ontbreekt ? `ontbreekt; verwacht ${verwacht}` : `verwacht ${verwacht}, ontvangen ${beschrijfType(waarde)}`}; lees onbetrouwbare invoer met parseHulpvraag`,
  });
}

const JA_NEE = "ja, nee of onbekend";

/** Nummer van een uitkering (0..5). */
export function uitkeringNr(u: Uitkering): number {
  switch (u) {
    case "WW":
      return 0;
    case "WIA/WGA":
      return 1;
    case "Wajong":
      return 2;
    case "bijstand":
      return 3;
    case "geen":
      return 4;
    case "onbekend":
      return 5;
    default:
      return ongeldig("uitkering", u, 'een van "WW", "WIA/WGA", "Wajong", "bijstand", "geen", "onbekend"');
  }
}

/** Nummer van ja/nee/onbekend (0..2); ontbreken is onbekend. */
export function jaNeeNr(w: JaNee | undefined, veld: string): number {
  switch (w) {
    case "ja":
      return 0;
    case "nee":
      return 1;
    case "onbekend":
    case undefined:
      return 2;
    default:
      return ongeldig(veld, w, JA_NEE);
  }
}

/** Nummer van een werkgebied (0..2). */
export function werkgebiedNr(w: Werkgebied): number {
  return w === "een-regio" ? 0 : w === "meerdere-regios" ? 1 : 2;
}

/**
 * Het werkgebied van een werkgever uit `regios`; zonder `regios` maar met de regio van de
 * vestiging (`vestiging`, het veld `regio`) één regio: de gezamenlijke werkgeversdienstverlening
 * is de algemene regel (KB2022), het Landelijk WerkgeversServicepunt is er voor werkgevers van
 * wie bekend is dat ze in meer regio's actief zijn (KB2024).
 */
export function werkgebiedVan(regios: readonly string[] | "landelijk" | undefined, vestiging?: string): Werkgebied {
  if (regios === undefined) return vestiging === undefined ? "onbekend" : "een-regio";
  if (regios === "landelijk") return "meerdere-regios";
  if (!Array.isArray(regios)) return ongeldig("regios", regios, 'een lijst van regiocodes of "landelijk"');
  const n = regios.length;
  if (n === 0) return "onbekend";
  const eerste = regios[0];
  for (let i = 1; i < n; i++) if (regios[i] !== eerste) return "meerdere-regios";
  return "een-regio";
}

/** Toegang tot private ondersteuning als ja/nee/onbekend-nummer. */
export function privaatNr(p: readonly string[] | "geen" | "onbekend" | undefined): number {
  if (p === undefined || p === "onbekend") return 2;
  if (p === "geen") return 1;
  if (Array.isArray(p)) return p.length > 0 ? 0 : 1;
  return ongeldig("privateOndersteuning", p, 'een lijst (cao, O&O-fonds, sociaal-plan, werkgever), "geen" of "onbekend"');
}

/** De sleutelindex van een hulpvraag (0..170). Gooit {@link OngeldigeInvoerFout} bij een onbekende waarde. */
export function sleutelIndex(h: Hulpvraag): number {
  switch (h.vrager) {
    case "werkgever":
      return werkgebiedNr(werkgebiedVan(h.regios, h.regio));
    case "werkzoekende":
      return 3 + uitkeringNr(h.uitkering);
    case "werkende":
      return (
        9 +
        ((uitkeringNr(h.uitkering) * 3 + jaNeeNr(h.arbeidsbeperking, "arbeidsbeperking")) * 3 + privaatNr(h.privateOndersteuning)) * 3 +
        jaNeeNr(h.dreigtWerkloos, "dreigtWerkloos")
      );
    default:
      return ongeldig("vrager", (h as { vrager: unknown }).vrager, '"werkzoekende", "werkende" of "werkgever"');
  }
}

/** De index van een sleutelobject (dezelfde indeling als {@link sleutelIndex}). */
export function indexVanSleutel(s: Sleutel): number {
  switch (s.vrager) {
    case "werkgever":
      return werkgebiedNr(s.werkgebied);
    case "werkzoekende":
      return 3 + uitkeringNr(s.uitkering);
    case "werkende":
      return (
        9 +
        ((uitkeringNr(s.uitkering) * 3 + jaNeeNr(s.arbeidsbeperking, "arbeidsbeperking")) * 3 + jaNeeNr(s.privaat, "privaat")) * 3 +
        jaNeeNr(s.dreiging, "dreiging")
      );
  }
}

/** Het sleutelobject bij een index (omgekeerde van {@link indexVanSleutel}). */
export function sleutelVanIndex(i: number): Sleutel {
  if (!Number.isInteger(i) || i < 0 || i >= AANTAL_SLEUTELS) throw new RangeError(`sleutelindex ${i} bestaat niet`);
  if (i < 3) return { vrager: "werkgever", werkgebied: werkgebieden[i]! };
  if (i < 9) return { vrager: "werkzoekende", uitkering: uitkeringen[i - 3]! };
  let r = i - 9;
  const dreiging = jaNee[r % 3]!;
  r = Math.floor(r / 3);
  const privaat = jaNee[r % 3]!;
  r = Math.floor(r / 3);
  const arbeidsbeperking = jaNee[r % 3]!;
  const uitkering = uitkeringen[Math.floor(r / 3)]!;
  return { vrager: "werkende", uitkering, arbeidsbeperking, privaat, dreiging };
}

/** Alle sleutels, in indexvolgorde. */
export function alleSleutels(): Sleutel[] {
  return Array.from({ length: AANTAL_SLEUTELS }, (_, i) => sleutelVanIndex(i));
}
