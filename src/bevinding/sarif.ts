import { formatCitaat } from "../bronnen/citaat.js";
import { naarJsonPointer, type Pad } from "../result.js";
import { vereisEenVan, vereisLijst, vereisTekst, vereisVelden } from "../vorm.js";
import { ernstniveaus, uitkomsten, type Bevinding, type Ernst, type RegelMeta, type Toetsrapport, type Uitkomst } from "./model.js";

/**
 * Zet een toetsrapport om naar SARIF 2.1.0, zodat code-scanning-omgevingen en andere
 * gereedschappen de bevindingen kunnen tonen. `kind` (de uitkomst) en `level` (de ernst) blijven
 * gescheiden: alleen een `fail` draagt een level; `pass`, `notApplicable` en `review` krijgen
 * level `none` (SARIF §3.27.9).
 *
 * @module
 */

/** Een SARIF-log (alleen de velden die deze bibliotheek schrijft). */
export interface SarifLog {
  readonly $schema: string;
  readonly version: "2.1.0";
  readonly runs: readonly unknown[];
}

/** Een plek in een tekstbestand: regel en kolom, beide vanaf 1. */
export interface Positie {
  readonly regel: number;
  readonly kolom: number;
}

/** Extra's voor {@link naarSarif} (en voor de SARIF van ongeldige invoer in de CLI). */
export interface SarifOpties {
  /**
   * De positie van een pad in het getoetste bestand (de bibliotheek leest zelf geen bestanden;
   * de CLI geeft deze functie mee). Met een positie krijgt een locatie een `region`
   * (`startLine`, `startColumn`), zodat een code-scanningomgeving de regel kan aanwijzen.
   */
  readonly posities?: (pad: Pad) => Positie | undefined;
}

/** De fysieke locatie van een pad: het bestand, met regel en kolom als die bekend zijn. */
function fysiek(bestand: string, pad: Pad, opties: SarifOpties | undefined) {
  // Alleen bij een geldig pad (een rapport van buiten kan een ander pad bevatten).
  const p = Array.isArray(pad) ? opties?.posities?.(pad) : undefined;
  return {
    physicalLocation: {
      artifactLocation: { uri: bestandAlsUri(bestand) },
      ...(p !== undefined && { region: { startLine: p.regel, startColumn: p.kolom } }),
    },
  };
}

const KIND: Record<Uitkomst, "pass" | "fail" | "notApplicable" | "review"> = {
  voldaan: "pass",
  "niet-voldaan": "fail",
  "niet-van-toepassing": "notApplicable",
  beoordelen: "review",
};

const LEVEL: Record<Ernst, "error" | "warning" | "note"> = { fout: "error", waarschuwing: "warning", advies: "note" };

/** De velden van een rapport die SARIF leest, met hun vorm. */
function controleerRapportVorm(pad: Pad, rapport: unknown): asserts rapport is Toetsrapport {
  vereisVelden(pad, rapport, { lijst: ["bevindingen"], object: ["ontvangstbewijs"] });
  const o = rapport["ontvangstbewijs"] as Readonly<Record<string, unknown>>;
  vereisVelden([...pad, "ontvangstbewijs"], o, { tekst: ["fase"], object: ["bibliotheek"] });
  vereisVelden([...pad, "ontvangstbewijs", "bibliotheek"], o["bibliotheek"], { tekst: ["versie"] });
  (rapport["bevindingen"] as readonly unknown[]).forEach((b, i) => {
    const p = [...pad, "bevindingen", i];
    vereisVelden(p, b, { tekst: ["regelId", "bericht", "pointer"] });
    vereisVelden([...p, "bron"], b["bron"], { tekst: ["bron", "plaats"] });
    vereisEenVan([...p, "uitkomst"], b["uitkomst"], uitkomsten);
    vereisEenVan([...p, "ernst"], b["ernst"], ernstniveaus);
    if (b["hint"] !== undefined) vereisTekst([...p, "hint"], b["hint"]);
  });
}

/**
 * Maakt een SARIF 2.1.0-log van een rapport.
 * @param regels - metadata van de regels (de regelcatalogus); regels zonder bevinding mogen ontbreken
 * @param bestand - het getoetste bestand (URI of relatief pad), voor de locaties
 * @param opties - o.a. `posities`: regel en kolom per pad (alleen met `bestand`)
 */
export function naarSarif(rapport: Toetsrapport, regels: readonly RegelMeta[], bestand?: string, opties?: SarifOpties): SarifLog {
  controleerRapportVorm(["rapport"], rapport);
  vereisLijst(["regels"], regels);
  regels.forEach((r, i) => {
    vereisVelden(["regels", i], r, { tekst: ["id", "titel", "beschrijving", "hint"] });
    vereisVelden(["regels", i, "bron"], r.bron, { tekst: ["bron", "plaats"] });
  });
  if (bestand !== undefined) vereisTekst(["bestand"], bestand);
  const gebruikt = new Map<string, RegelMeta>();
  for (const b of rapport.bevindingen) {
    const r = regels.find((x) => x.id === b.regelId);
    if (r && !gebruikt.has(r.id)) gebruikt.set(r.id, r);
  }
  const lijst = [...gebruikt.values()];
  const index = new Map(lijst.map((r, i) => [r.id, i]));
  const fase = rapport.ontvangstbewijs.fase;
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "arbeidsmarktinfra",
            version: rapport.ontvangstbewijs.bibliotheek.versie,
            informationUri: "https://www.npmjs.com/package/arbeidsmarktinfra",
            rules: lijst.map((r) => ({
              id: r.id,
              shortDescription: { text: r.titel },
              fullDescription: { text: r.beschrijving },
              help: { text: `${r.hint}\nBron: ${formatCitaat(r.bron)}` },
              properties: { grondslag: r.grondslag, bron: r.bron, fase },
            })),
          },
        },
        invocations: [{ executionSuccessful: true, properties: { ontvangstbewijs: rapport.ontvangstbewijs } }],
        results: rapport.bevindingen.map((b: Bevinding) => ({
          ruleId: b.regelId,
          ...(index.has(b.regelId) && { ruleIndex: index.get(b.regelId) }),
          kind: KIND[b.uitkomst],
          level: b.uitkomst === "niet-voldaan" ? LEVEL[b.ernst] : "none",
          message: { text: b.hint ? `${b.bericht} ${b.hint}` : b.bericht },
          locations: [
            {
              ...(bestand !== undefined && fysiek(bestand, b.pad, opties)),
              logicalLocations: [{ fullyQualifiedName: b.pointer === "" ? "/" : b.pointer, kind: "member" }],
            },
          ],
          properties: { uitkomst: b.uitkomst, ernst: b.ernst, grondslag: b.grondslag, pad: b.pad, bron: b.bron, bronTekst: formatCitaat(b.bron) },
        })),
      },
    ],
  };
}

/**
 * Een bestandsnaam als URI-verwijzing voor SARIF (`artifactLocation.uri` moet een
 * "uri-reference" zijn, RFC 3986): tekens als spaties, `é`, `#` en `%` worden procent-gecodeerd,
 * scheidingstekens van Windows worden `/`, en een absoluut pad wordt een `file:`-URI
 * (`/a/b c.yaml` → `file:///a/b%20c.yaml`, `C:\\x.yaml` → `file:///C:/x.yaml`). Een naam die al
 * een URI is (`https://…`, `file:…`), blijft zoals hij is.
 *
 * @internal
 */
export function bestandAlsUri(bestand: string): string {
  vereisTekst(["bestand"], bestand);
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(bestand) || /^file:/i.test(bestand)) return bestand;
  const pad = bestand.replaceAll("\\", "/");
  const codeer = (p: string) => p.split("/").map((deel) => encodeURIComponent(deel)).join("/");
  if (/^[a-z]:\//i.test(pad)) return `file:///${pad.slice(0, 2)}${codeer(pad.slice(2))}`;
  if (pad.startsWith("/")) return `file://${codeer(pad)}`;
  return codeer(pad);
}

/**
 * Een SARIF 2.1.0-log voor invoer die niet gelezen of geparseerd kon worden: geen resultaten,
 * `executionSuccessful: false` en per probleem een `toolExecutionNotification` met code, melding
 * en pad (als JSON Pointer). Zo blijft `--formaat sarif` ook bij exitcode 2 geldige SARIF.
 */
export function invoerproblemenAlsSarif(
  issues: readonly { readonly code: string; readonly path: readonly (string | number)[]; readonly message: string }[],
  bestand: string,
  versie: string,
  opties?: SarifOpties,
): SarifLog {
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "arbeidsmarktinfra", version: versie, informationUri: "https://www.npmjs.com/package/arbeidsmarktinfra" } },
        invocations: [
          {
            executionSuccessful: false,
            exitCode: 2,
            toolExecutionNotifications: issues.map((i) => ({
              level: "error",
              message: { text: i.message },
              descriptor: { id: i.code },
              locations: [
                {
                  ...fysiek(bestand, i.path, opties),
                  logicalLocations: [{ fullyQualifiedName: i.path.length === 0 ? "/" : naarJsonPointer(i.path), kind: "member" }],
                },
              ],
            })),
          },
        ],
        results: [],
      },
    ],
  };
}
