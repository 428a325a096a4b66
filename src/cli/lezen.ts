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
    const waarde: unknown = laadYaml().parse(tekst, { maxAliasCount: MAX_ALIASSEN, prettyErrors: false, uniqueKeys: true, merge: false });
    return { ok: true, value: waarde };
  } catch (e) {
    const melding = e instanceof Error ? e.message.split("\n")[0] ?? "" : String(e);
    if (e instanceof RangeError || /Maximum call stack/i.test(melding)) return fout("te-diep", `${pad}: het document is te diep genest om te lezen`);
    if (/alias/i.test(melding) && /count|resource|excessive/i.test(melding)) {
      return fout("onleesbaar", `${pad}: te veel YAML-aliassen (meer dan ${MAX_ALIASSEN}); mogelijk een 'billion laughs'-bestand`);
    }
    return fout("onleesbaar", `${pad}: geen geldige ${formaat === "json" ? "JSON" : "YAML"}: ${vertaal(melding)}`);
  }
}

function vertaal(melding: string): string {
  return melding
    .replace(/^Unexpected token/, "onverwacht teken")
    .replace(/^Unexpected end of JSON input/, "onverwacht einde van de invoer")
    .replace(/^Expected property name or '}'/, "verwacht een veldnaam of '}'")
    .replace(/ in JSON at position (\d+).*$/, " (positie $1)");
}

/** Leest een bestand en parseert het als JSON of YAML. */
export function leesDocument(io: Io, pad: string): Result<unknown> {
  let grootte: number;
  try {
    grootte = io.bestandsgrootte(pad);
  } catch {
    return fout("onleesbaar", `${pad}: bestand niet gevonden of niet leesbaar`);
  }
  if (grootte > MAX_BESTAND) {
    return fout("te-groot-bestand", `${pad}: het bestand is te groot (${grootte} bytes; hoogstens ${MAX_BESTAND})`);
  }
  let bytes: Uint8Array;
  try {
    bytes = io.leesBestand(pad);
  } catch {
    return fout("onleesbaar", `${pad}: bestand niet gevonden of niet leesbaar`);
  }
  const tekst = decodeer(pad, bytes);
  if (!tekst.ok) return tekst;
  return parseTekst(pad, tekst.value);
}
