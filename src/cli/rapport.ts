import type { RegelMeta, Toetsrapport, Bevinding, Ernst } from "../bevinding/model.js";
import { heeftFout } from "../bevinding/model.js";
import { invoerproblemenAlsSarif, naarSarif, type SarifLog } from "../bevinding/sarif.js";
import { formatCitaat } from "../bronnen/citaat.js";
import { formatPad, naarJsonPointer, type Issue, type Result } from "../result.js";
import { inwerkingtredingWet } from "../tijd/wet.js";
import { VERSIE } from "../versie.js";
import { formaatOptie, inwerkingtredingOptie, leesFormaat, leesInstellingen, leesPeildatum, peildatumOptie, GebruiksFout, type Argumenten, type Commando } from "./commando.js";
import { EXIT, type Io } from "./io.js";
import { bestandenVan, leesInvoer } from "./lezen.js";
import { maakPosities, type Posities } from "./posities.js";
import type { Instellingen } from "../tijd/instellingen.js";

/**
 * Gedeelde opmaak voor commando's die een bestand toetsen (`toets`, `agenda`, `werkcentrum`,
 * …): dezelfde formaten (tekst, json, sarif) en exitcodes (0 zonder fout, 1 met een
 * `niet-voldaan` met ernst `fout`, 2 bij onleesbare of ongeldige invoer).
 */

const KOP: Record<Ernst, string> = { fout: "FOUT", waarschuwing: "WAARSCHUWING", advies: "ADVIES" };

/** Waar een pad in het bestand staat, als ` (bestand:regel:kolom)` (zo maakt een editor of terminal er een link van); leeg zonder positie. */
function waarTekst(pad: readonly (string | number)[], opties: { bestand?: string; posities?: Posities }): string {
  const p = opties.posities?.(pad);
  if (p === undefined) return "";
  return opties.bestand === undefined ? ` (regel ${p.regel}, kolom ${p.kolom})` : ` (${opties.bestand}:${p.regel}:${p.kolom})`;
}

function bevindingTekst(b: Bevinding, teken: string, metErnst: boolean, opties: TekstOpties): string[] {
  const regels = [`  ${teken} ${metErnst ? `[${b.ernst}] ` : ""}${b.regelId} — ${b.titel}`, `    ${b.pointer === "" ? "/" : b.pointer}${waarTekst(b.pad, opties)}: ${b.bericht}`];
  if (b.hint) regels.push(`    Hint: ${b.hint}`);
  regels.push(`    Bron: ${formatCitaat(b.bron)} [grondslag: ${b.grondslag}]`);
  // De letterlijke tekst uit de bron, zodat een lezer hem kan terugvinden.
  if (b.bron.citaat) regels.push(`    Citaat: "${b.bron.citaat}"`);
  return regels;
}

/** Opties van de tekstweergave. */
export interface TekstOpties {
  readonly bestand?: string;
  readonly onderwerp?: string;
  readonly peildatumIsVandaag?: boolean;
  /** Regel en kolom per pad in het bestand (de CLI geeft ze mee; zie `posities.ts`). */
  readonly posities?: Posities;
  /** Tekst na de kop (bijv. de cyclus van een agenda). */
  readonly overzicht?: string;
}

/** Leesbare Nederlandse weergave, gegroepeerd naar ernst. */
export function rapportAlsTekst(rapport: Toetsrapport, opties: TekstOpties = {}): string {
  const o = rapport.ontvangstbewijs;
  const iwt = o.inwerkingtreding;
  const regels: string[] = [
    `${opties.onderwerp ?? "Toets"}${opties.bestand ? ` van ${opties.bestand}` : ""}`,
    `Peildatum ${o.peildatum}${opties.peildatumIsVandaag ? " (vandaag)" : ""}; fase: ${o.fase}; inwerkingtreding wet: ${iwt.datum ?? "onbekend"} (${iwt.herkomst === "instelling" ? "opgegeven" : iwt.status})`,
    "",
  ];
  if (opties.overzicht !== undefined) regels.push(opties.overzicht);
  const open = rapport.bevindingen.filter((b) => b.uitkomst === "niet-voldaan");
  for (const ernst of ["fout", "waarschuwing", "advies"] as const) {
    const lijst = open.filter((b) => b.ernst === ernst);
    if (lijst.length === 0) continue;
    regels.push(`${KOP[ernst]} (${lijst.length})`);
    for (const b of lijst) regels.push(...bevindingTekst(b, "✗", false, opties));
    regels.push("");
  }
  const beoordelen = rapport.bevindingen.filter((b) => b.uitkomst === "beoordelen");
  if (beoordelen.length > 0) {
    regels.push(`TE BEOORDELEN door een mens (${beoordelen.length})`);
    for (const b of beoordelen) regels.push(...bevindingTekst(b, "?", true, opties));
    regels.push("");
  }
  regels.push(...regelLijst("VOLDAAN", rapport.bevindingen.filter((b) => b.uitkomst === "voldaan")));
  regels.push(...regelLijst("NIET VAN TOEPASSING", rapport.bevindingen.filter((b) => b.uitkomst === "niet-van-toepassing")));
  const s = rapport.samenvatting;
  regels.push(
    "",
    `Samenvatting: ${s.nietVoldaanPerErnst.fout} fout, ${s.nietVoldaanPerErnst.waarschuwing} waarschuwing, ${s.nietVoldaanPerErnst.advies} advies, ` +
      `${s.perUitkomst.beoordelen} te beoordelen, ${s.perUitkomst.voldaan} voldaan, ${s.perUitkomst["niet-van-toepassing"]} niet van toepassing.`,
  );
  if (iwt.herkomst === "standaard") {
    const opm = inwerkingtredingWet.opmerkingen?.[0];
    regels.push(
      `Let op: de inwerkingtreding ${iwt.datum ?? ""} is ${iwt.status}${opm ? `; ${opm.bron.bron}: ${opm.tekst}` : ""} Geef zo nodig --inwerkingtreding op.`,
    );
  }
  regels.push(`arbeidsmarktinfra ${o.bibliotheek.versie}, gegevens ${o.dataversie}.`);
  return regels.join("\n") + "\n";
}

const sarifOpties = (posities: Posities | undefined) => (posities === undefined ? undefined : { posities });

/**
 * De JSON-uitvoer van een rapport: `{ ok: true, bestand, ...rapport }`, dezelfde vorm als bij
 * ongeldige invoer (`{ ok: false, bestand, issues }`), zodat een script op `ok` kan toetsen; met
 * posities ook `posities`: per JSON Pointer van een bevinding `{ regel, kolom }`.
 */
export function rapportAlsJson(rapport: Toetsrapport, opties: { bestand?: string; posities?: Posities } = {}): object {
  const posities = positiesPerPointer(rapport.bevindingen.map((b) => [b.pointer, b.pad] as const), opties.posities);
  return { ok: true, ...(opties.bestand !== undefined && { bestand: opties.bestand }), ...rapport, ...(posities && { posities }) };
}

/** `{ pointer: { regel, kolom } }` voor de paden die een positie hebben; `undefined` als geen enkele er een heeft. */
function positiesPerPointer(paden: readonly (readonly [string, readonly (string | number)[]])[], posities: Posities | undefined) {
  if (posities === undefined) return undefined;
  const uit: Record<string, { regel: number; kolom: number }> = {};
  let gevonden = false;
  for (const [pointer, pad] of paden) {
    const p = posities(pad);
    if (p === undefined || Object.hasOwn(uit, pointer)) continue;
    uit[pointer] = { regel: p.regel, kolom: p.kolom };
    gevonden = true;
  }
  return gevonden ? uit : undefined;
}

/** Schrijft invoerproblemen naar stderr, met regel en kolom in het bestand als die bekend zijn. */
function invoerproblemenNaarStderr(io: Io, bestand: string, issues: readonly Issue[], posities: Posities | undefined): void {
  io.stderr(`kan ${bestand} niet gebruiken: ${issues.length} ${issues.length === 1 ? "probleem" : "problemen"} in de invoer\n`);
  for (const i of issues.slice(0, 50)) {
    const tekst = i.message.startsWith(formatPad(i.path)) ? i.message : `${formatPad(i.path)}: ${i.message}`;
    io.stderr(`  - ${tekst}${i.path.length > 0 ? waarTekst(i.path, { bestand, ...(posities && { posities }) }) : ""}\n`);
  }
  if (issues.length > 50) io.stderr(`  … en nog ${issues.length - 50}\n`);
}

/** De JSON-uitvoer bij ongeldige invoer: `{ ok: false, bestand, issues }`, met posities als die er zijn. */
function invoerproblemenAlsJson(bestand: string, issues: readonly Issue[], posities: Posities | undefined): object {
  const p = positiesPerPointer(
    issues.map((i) => [naarJsonPointer(i.path), i.path] as const),
    posities,
  );
  return { ok: false, bestand, issues, ...(p && { posities: p }) };
}

/** Schrijft invoerproblemen naar stderr (en bij json of sarif ook naar stdout); geeft exit 2. */
export function meldInvoerproblemen(io: Io, bestand: string, issues: readonly Issue[], formaat: string, posities?: Posities): number {
  invoerproblemenNaarStderr(io, bestand, issues, posities);
  if (formaat === "json") io.stdout(JSON.stringify(invoerproblemenAlsJson(bestand, issues, posities), null, 2) + "\n");
  if (formaat === "sarif") io.stdout(JSON.stringify(invoerproblemenAlsSarif(issues, bestand, VERSIE, sarifOpties(posities)), null, 2) + "\n");
  return EXIT.invoer;
}

/** Beschrijving van een toetscommando voor {@link maakToetsCommando}. */
export interface ToetsCommandoDef<T> {
  readonly naam: string;
  readonly samenvatting: string;
  /** Bijv. "Toets van het samenwerkingsconvenant". */
  readonly onderwerp: string;
  readonly uitleg?: string;
  readonly parse: (invoer: unknown) => Result<T>;
  readonly toets: (waarde: T, opties: { peildatum: string; instellingen: Instellingen }) => Toetsrapport;
  readonly regels: () => readonly RegelMeta[];
  /** Een overzicht in de tekstuitvoer, na de kop van het rapport (bijv. de cyclus van een agenda); JSON en SARIF blijven precies het rapport. */
  readonly overzicht?: (waarde: T, opties: { peildatum: string; instellingen: Instellingen }) => string;
}

/** De uitkomst van één bestand: de exitcode, het stuk uitvoer per formaat en een regel voor het overzicht. */
interface BestandUitkomst {
  readonly code: number;
  readonly bestand: string;
  /** Tekstrapport (alleen bij formaat tekst en een geldig bestand). */
  readonly tekst?: string;
  /** JSON-uitvoer (alleen bij formaat json). */
  readonly json?: object;
  /** SARIF-log (alleen bij formaat sarif). */
  readonly sarif?: SarifLog;
  readonly samenvatting: string;
}

/** De uitleg bij meer bestanden of een map, in de hulp van elk toetscommando. */
const MEER_BESTANDEN =
  "Meer bestanden of een map (de .json-, .yaml- en .yml-bestanden erin, niet recursief): per bestand het rapport en daarna een overzicht; --formaat json geeft dan een lijst, sarif één log met een run per bestand. Een ongeldig bestand stopt de andere niet; de exitcode is de zwaarste. Elke bevinding en elk invoerprobleem noemt de plek in het bestand (bestand:regel:kolom).";

const OVERZICHT_KOP: Record<number, string> = { [EXIT.ok]: "zonder fout", [EXIT.fout]: "MET FOUT", [EXIT.invoer]: "ONGELDIG" };

/**
 * Maakt een CLI-commando dat een of meer bestanden (of de JSON- en YAML-bestanden in een map)
 * leest, parseert, toetst en per bestand het rapport toont. Bij één bestand is de JSON-uitvoer
 * één object; bij meer bestanden of een map een lijst van zulke objecten, is de SARIF-uitvoer
 * één log met een run per bestand en volgt in tekst een overzicht. De exitcode is de zwaarste:
 * 2 als een bestand onleesbaar of ongeldig is, anders 1 als een bestand een fout heeft, anders 0.
 */
export function maakToetsCommando<T>(def: ToetsCommandoDef<T>): Commando {
  return {
    naam: def.naam,
    samenvatting: def.samenvatting,
    gebruik: `${def.naam} <bestand.json|yaml|map> … [--peildatum JJJJ-MM-DD] [--inwerkingtreding JJJJ-MM-DD|onbekend] [--formaat tekst|json|sarif]`,
    uitleg: `${def.uitleg !== undefined ? `${def.uitleg} ` : ""}${MEER_BESTANDEN}`,
    opties: {
      peildatum: peildatumOptie,
      inwerkingtreding: inwerkingtredingOptie,
      formaat: {
        ...formaatOptie(["tekst", "json", "sarif"]),
        beschrijving:
          "uitvoerformaat: tekst, json ({ ok: true, bestand, bevindingen, samenvatting, ontvangstbewijs, posities }; bij ongeldige invoer { ok: false, bestand, issues, posities }; bij meer bestanden een lijst daarvan), sarif (SARIF 2.1.0, een run per bestand, met regel en kolom)",
      },
    },
    voerUit(args: Argumenten, io: Io) {
      if (args.positionals.length === 0) throw new GebruiksFout(`geef een of meer bestanden of een map, bijv. arbeidsmarktinfra ${def.naam} voorbeeld.yaml`);
      const formaat = leesFormaat(args);
      const { peildatum, vandaag } = leesPeildatum(args, io);
      const instellingen = leesInstellingen(args);
      const lijst = bestandenVan(io, args.positionals);
      if ("legeMap" in lijst) throw new GebruiksFout(`${lijst.legeMap}: geen .json-, .yaml- of .yml-bestanden in deze map (submappen worden niet doorzocht)`);
      const meer = lijst.map || lijst.bestanden.length > 1;
      const uitkomsten: BestandUitkomst[] = [];
      for (const bestand of lijst.bestanden) {
        const u = toetsBestand(def, io, bestand, formaat, { peildatum, instellingen, vandaag });
        uitkomsten.push(u);
        if (formaat === "tekst" && u.tekst !== undefined) io.stdout((meer && uitkomsten.length > 1 ? "\n" : "") + u.tekst);
      }
      const code = uitkomsten.reduce((m, u) => Math.max(m, u.code), EXIT.ok as number);
      if (formaat === "json") io.stdout(JSON.stringify(meer ? uitkomsten.map((u) => u.json) : uitkomsten[0]!.json, null, 2) + "\n");
      if (formaat === "sarif") {
        // Eén log met een run per bestand (SARIF §3.13.4: runs is een lijst).
        const logs = uitkomsten.map((u) => u.sarif!);
        io.stdout(JSON.stringify({ ...logs[0]!, runs: logs.flatMap((l) => l.runs) }, null, 2) + "\n");
      }
      if (formaat === "tekst" && meer) {
        const telling = (c: number) => uitkomsten.filter((u) => u.code === c).length;
        io.stdout(
          [
            "",
            `Overzicht van ${uitkomsten.length} bestanden: ${telling(EXIT.ok)} zonder fout, ${telling(EXIT.fout)} met fout, ${telling(EXIT.invoer)} ongeldig of onleesbaar (niet getoetst)`,
            ...uitkomsten.map((u) => `  ${OVERZICHT_KOP[u.code]!.padEnd(12)}${u.bestand}: ${u.samenvatting}`),
            "",
          ].join("\n"),
        );
      }
      return code;
    },
  };
}

/** Leest, parseert en toetst één bestand; invoerproblemen gaan meteen naar stderr. */
function toetsBestand<T>(
  def: ToetsCommandoDef<T>,
  io: Io,
  bestand: string,
  formaat: string,
  o: { peildatum: string; instellingen: Instellingen; vandaag: boolean },
): BestandUitkomst {
  const doc = leesInvoer(io, bestand);
  const posities = doc.ok ? maakPosities(doc.value.tekst) : undefined;
  const waarde = doc.ok ? def.parse(doc.value.waarde) : doc;
  if (!waarde.ok) {
    invoerproblemenNaarStderr(io, bestand, waarde.issues, posities);
    return {
      code: EXIT.invoer,
      bestand,
      ...(formaat === "json" && { json: invoerproblemenAlsJson(bestand, waarde.issues, posities) }),
      ...(formaat === "sarif" && { sarif: invoerproblemenAlsSarif(waarde.issues, bestand, VERSIE, sarifOpties(posities)) }),
      samenvatting: `${waarde.issues.length} ${waarde.issues.length === 1 ? "probleem" : "problemen"} in de invoer`,
    };
  }
  const opties = { peildatum: o.peildatum, instellingen: o.instellingen };
  const rapport = def.toets(waarde.value, opties);
  const s = rapport.samenvatting;
  return {
    code: heeftFout(rapport) ? EXIT.fout : EXIT.ok,
    bestand,
    ...(formaat === "tekst" && {
      tekst: rapportAlsTekst(rapport, {
        bestand,
        onderwerp: def.onderwerp,
        peildatumIsVandaag: o.vandaag,
        ...(posities && { posities }),
        ...(def.overzicht && { overzicht: def.overzicht(waarde.value, opties) }),
      }),
    }),
    ...(formaat === "json" && { json: rapportAlsJson(rapport, { bestand, ...(posities && { posities }) }) }),
    ...(formaat === "sarif" && { sarif: naarSarif(rapport, def.regels(), bestand, sarifOpties(posities)) }),
    samenvatting: `${s.nietVoldaanPerErnst.fout} fout, ${s.nietVoldaanPerErnst.waarschuwing} waarschuwing, ${s.nietVoldaanPerErnst.advies} advies, ${s.perUitkomst.beoordelen} te beoordelen`,
  };
}

/**
 * Een kop met de regels van een uitkomst op één regel. Een regel kan meer bevindingen hebben
 * (bijv. één per partij): dan noemt de kop beide aantallen, zodat het getal bij de lijst past.
 */
function regelLijst(kop: string, bevindingen: readonly Bevinding[]): string[] {
  if (bevindingen.length === 0) return [];
  const ids = [...new Set(bevindingen.map((b) => b.regelId))];
  const aantal = ids.length === bevindingen.length ? `${ids.length}` : `${bevindingen.length} bevindingen van ${ids.length} regels`;
  return [`${kop} (${aantal}): ${ids.join(", ")}`];
}
