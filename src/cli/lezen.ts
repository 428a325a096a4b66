import { createRequire } from "node:module";
import type { Issue, Result } from "../result.js";
import type { Io } from "./io.js";

/**
 * Leest een invoerbestand (JSON of YAML) veilig in: grootte, binaire inhoud, ongeldige UTF-8,
 * YAML-aliasbommen en syntaxfouten geven een Nederlandse melding, nooit een stacktrace.
 *
 * Grenzen: bestanden tot {@link MAX_BESTAND} bytes; YAML hoogstens {@link MAX_ALIASSEN} aliassen.
 * De nestdiepte wordt bij het parsen van het model begrensd (64 niveaus).
 */
export const MAX_BESTAND = 5 * 1024 * 1024;
/** Maximaal aantal YAML-aliassen (bescherming tegen 'billion laughs'). */
export const MAX_ALIASSEN = 100;

const fout = (code: Issue["code"], message: string): Result<never> => ({ ok: false, issues: [{ code, path: [], message }] });

// De YAML-parser pas laden als er YAML te lezen is: JSON en NDJSON (de batch) hebben hem niet
// nodig, en dat scheelt ongeveer 10 MB geheugen bij het starten.
let yaml: typeof import("yaml") | undefined;
function laadYaml(): typeof import("yaml") {
  return (yaml ??= createRequire(import.meta.url)("yaml") as typeof import("yaml"));
}

/** Het formaat van een bestand, op extensie (`.json`, `.yaml`, `.yml`); anders op inhoud. */
export function formaatVan(pad: string, tekst: string): "json" | "yaml" {
  if (/\.json$/i.test(pad)) return "json";
  if (/\.ya?ml$/i.test(pad)) return "yaml";
  return /^\s*[[{]/.test(tekst) ? "json" : "yaml";
}

/** Decodeert bytes als UTF-8 en weigert binaire inhoud. */
export function decodeer(pad: string, bytes: Uint8Array): Result<string> {
  if (bytes.length === 0) return fout("onleesbaar", `${pad}: het bestand is leeg`);
  if (bytes.includes(0)) return fout("onleesbaar", `${pad}: dit lijkt een binair bestand, geen JSON of YAML (bevat NUL-bytes)`);
  let tekst: string;
  try {
    tekst = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fout("onleesbaar", `${pad}: het bestand is geen geldige UTF-8-tekst`);
  }
  if (tekst.charCodeAt(0) === 0xfeff) tekst = tekst.slice(1);
  if (tekst.trim() === "") return fout("onleesbaar", `${pad}: het bestand bevat alleen witruimte`);
  return { ok: true, value: tekst };
}

/** Parseert tekst als JSON of YAML. */
export function parseTekst(pad: string, tekst: string, formaat: "json" | "yaml" = formaatVan(pad, tekst)): Result<unknown> {
  try {
    if (formaat === "json") return { ok: true, value: JSON.parse(tekst) as unknown };
    // logLevel "error": waarschuwingen van de YAML-lezer (Engels, via process.emitWarning) niet op stderr.
    const waarde: unknown = laadYaml().parse(tekst, { maxAliasCount: MAX_ALIASSEN, prettyErrors: false, uniqueKeys: true, merge: false, logLevel: "error" });
    return { ok: true, value: waarde };
  } catch (e) {
    const melding = e instanceof Error ? e.message.split("\n")[0] ?? "" : String(e);
    if (e instanceof RangeError || /Maximum call stack/i.test(melding)) return fout("te-diep", `${pad}: het document is te diep genest om te lezen`);
    if (/alias/i.test(melding) && /count|resource|excessive/i.test(melding)) {
      return fout("onleesbaar", `${pad}: te veel YAML-aliassen (meer dan ${MAX_ALIASSEN}); mogelijk een 'billion laughs'-bestand`);
    }
    return fout("onleesbaar", `${pad}: geen geldige ${formaat === "json" ? "JSON" : "YAML"}: ${formaat === "json" ? jsonFoutmelding(melding, tekst) : yamlFoutmelding(e, tekst)}`);
  }
}

/** Regel en kolom (vanaf 1) van een positie in een tekst; bij tekst van één regel (zoals een NDJSON-regel) alleen de kolom. */
function regelKolom(tekst: string, positie: number): string {
  const voor = tekst.slice(0, positie);
  const kolom = `kolom ${positie - voor.lastIndexOf("\n")}`;
  return tekst.includes("\n") ? `regel ${voor.split("\n").length}, ${kolom}` : kolom;
}

/** De melding bij meer dan één JSON-document in een bestand (bijv. NDJSON); `routeer` wijst dan op `--batch`. */
export const NA_HET_EINDE = "nog tekens na het einde van het document";

/** De fouten van JSON.parse (V8) in het Nederlands; de Engelse tekst en de invoer zelf komen niet in de melding. */
const JSON_FOUTEN: readonly (readonly [RegExp, string])[] = [
  [/^Unexpected end of JSON input/, "het document houdt onverwacht op"],
  [/^Expected double-quoted property name/, "verwacht een veldnaam tussen dubbele aanhalingstekens (een komma te veel?)"],
  [/^Expected property name or '}'/, "verwacht een veldnaam tussen dubbele aanhalingstekens of '}'"],
  [/^Expected ':' after property name/, "verwacht ':' na de veldnaam"],
  [/^Expected ',' or '}' after property value/, "verwacht ',' of '}' na een waarde"],
  [/^Expected ',' or ']' after array element/, "verwacht ',' of ']' na een element van een lijst"],
  [/^Unterminated string/, "een tekst zonder afsluitend aanhalingsteken"],
  [/^Bad control character in string literal/, "een stuurteken (tab, regeleinde) in een tekst; schrijf \\t of \\n"],
  [/^Bad (escaped character|Unicode escape)/, "een ongeldige escape (\\) in een tekst"],
  [/^Unexpected non-whitespace character after JSON/, NA_HET_EINDE],
  [/^(No number after minus sign|Unterminated fractional number|Exponent part is missing a number|Unexpected number)/, "een ongeldig getal"],
  [/^Unexpected string/, "een tekst op een plek waar die niet hoort"],
];

/** Nederlandse beschrijving van een fout van `JSON.parse`, met regel en kolom waar de melding een positie noemt. */
export function jsonFoutmelding(melding: string, tekst: string): string {
  const positie = / at position (\d+)/.exec(melding);
  const waar = positie ? ` (${regelKolom(tekst, Number(positie[1]))})` : "";
  for (const [patroon, nl] of JSON_FOUTEN) if (patroon.test(melding)) return nl + waar;
  const teken = /^Unexpected token '(.+?)', /su.exec(melding);
  if (teken) {
    const t = teken[1]!;
    return `onverwacht teken ${/^[\x20-\x7e]$/.test(t) ? `'${t}'` : `U+${(t.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`}${waar}`;
  }
  return `ongeldige syntaxis${waar}`;
}

const YAML_FOUTEN: Readonly<Record<string, string>> = {
  BAD_INDENT: "onjuiste inspringing",
  BLOCK_AS_IMPLICIT_KEY: "onjuiste inspringing of een ':' te veel op één regel",
  TAB_AS_INDENT: "tabs zijn niet toegestaan als inspringing; gebruik spaties",
  DUPLICATE_KEY: "een veldnaam komt twee keer voor in hetzelfde object",
  MISSING_CHAR: "een afsluitend teken ontbreekt (aanhalingsteken, ']' of '}')",
  UNEXPECTED_TOKEN: "onverwacht teken",
  BAD_SCALAR_START: "een waarde mag niet met dit teken beginnen; zet haar tussen aanhalingstekens",
  BAD_DQ_ESCAPE: "een ongeldige escape (\\) in een tekst tussen dubbele aanhalingstekens",
  MULTILINE_IMPLICIT_KEY: "een veldnaam over meer dan één regel",
  MULTIPLE_DOCS: "meer dan één YAML-document (---) in het bestand",
  KEY_OVER_1024_CHARS: "een veldnaam langer dan 1024 tekens",
  BLOCK_IN_FLOW: "een blok binnen [ ] of { }",
  NON_STRING_KEY: "een veldnaam die geen tekst is",
};

/** Nederlandse beschrijving van een fout van de YAML-lezer (op foutcode), met regel en kolom. */
function yamlFoutmelding(e: unknown, tekst: string): string {
  const f = e as { code?: unknown; pos?: unknown; message?: unknown };
  const waar = Array.isArray(f.pos) && typeof f.pos[0] === "number" ? ` (${regelKolom(tekst, f.pos[0])})` : "";
  // MISSING_CHAR dekt ook een lijstelement zonder '-' (meestal een fout in de inspringing).
  if (f.code === "MISSING_CHAR" && typeof f.message === "string" && /without - indicator/.test(f.message)) {
    return `een lijstelement zonder '-' ervoor (controleer de inspringing)${waar}`;
  }
  if (typeof f.code === "string" && Object.hasOwn(YAML_FOUTEN, f.code)) return YAML_FOUTEN[f.code]! + waar;
  if (typeof f.message === "string" && /^Unresolved alias/.test(f.message)) return "een alias (*naam) zonder anker (&naam) ervoor";
  return `ongeldige syntaxis${waar}`;
}

/** Waarom een bestand niet te lezen is, naar de foutcode van het besturingssysteem. */
function waaromOnleesbaar(e: unknown): string {
  switch ((e as { code?: unknown } | null)?.code) {
    case "ENOENT":
      return "bestand niet gevonden";
    case "EISDIR":
      return "dit is een map, geen bestand";
    case "EACCES":
    case "EPERM":
      return "geen rechten om het bestand te lezen";
    default:
      return "bestand niet gevonden of niet leesbaar";
  }
}

/** Leest een bestand en parseert het als JSON of YAML; met de gelezen tekst erbij (voor regel- en kolomnummers, zie `posities.ts`). */
export function leesInvoer(io: Io, pad: string): Result<{ readonly waarde: unknown; readonly tekst: string }> {
  let grootte: number;
  try {
    grootte = io.bestandsgrootte(pad);
  } catch (e) {
    return fout("onleesbaar", `${pad}: ${waaromOnleesbaar(e)}`);
  }
  if (grootte > MAX_BESTAND) {
    return fout("te-groot-bestand", `${pad}: het bestand is te groot (${grootte} bytes; hoogstens ${MAX_BESTAND})`);
  }
  let bytes: Uint8Array;
  try {
    bytes = io.leesBestand(pad);
  } catch (e) {
    return fout("onleesbaar", `${pad}: ${waaromOnleesbaar(e)}`);
  }
  const tekst = decodeer(pad, bytes);
  if (!tekst.ok) return tekst;
  const waarde = parseTekst(pad, tekst.value);
  return waarde.ok ? { ok: true, value: { waarde: waarde.value, tekst: tekst.value } } : waarde;
}

/** De extensies die een map-argument oplevert (`toets map/`). */
const INVOER_EXTENSIE = /\.(json|ya?ml)$/i;

/**
 * De bestanden van de argumenten: een bestand blijft zoals het is, een map wordt de JSON- en
 * YAML-bestanden erin (niet recursief, op naam gesorteerd). `map` zegt of er een map bij was;
 * `{ legeMap }` noemt een map zonder zulke bestanden.
 */
export function bestandenVan(io: Io, argumenten: readonly string[]): { bestanden: string[]; map: boolean } | { legeMap: string } {
  const bestanden: string[] = [];
  let map = false;
  for (const a of argumenten) {
    const inhoud = io.leesMap?.(a);
    if (inhoud === undefined) {
      bestanden.push(a);
      continue;
    }
    map = true;
    const namen = inhoud.filter((n) => INVOER_EXTENSIE.test(n)).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    if (namen.length === 0) return { legeMap: a };
    const scheiding = /[\\/]$/.test(a) ? "" : "/";
    for (const n of namen) bestanden.push(`${a}${scheiding}${n}`);
  }
  return { bestanden, map };
}
