import type { RegelMeta, Toetsrapport, Bevinding, Ernst } from "../bevinding/model.js";
import { heeftFout } from "../bevinding/model.js";
import { invoerproblemenAlsSarif, naarSarif } from "../bevinding/sarif.js";
import { formatCitaat } from "../bronnen/citaat.js";
import { formatPad, type Issue, type Result } from "../result.js";
import { inwerkingtredingWet } from "../tijd/wet.js";
import { VERSIE } from "../versie.js";
import { formaatOptie, inwerkingtredingOptie, leesFormaat, leesInstellingen, leesPeildatum, peildatumOptie, GebruiksFout, type Argumenten, type Commando } from "./commando.js";
import { EXIT, type Io } from "./io.js";
import { leesDocument } from "./lezen.js";

/**
 * Gedeelde opmaak voor commando's die een bestand toetsen (`toets`, `agenda`, `werkcentrum`,
 * …): dezelfde formaten (tekst, json, sarif) en exitcodes (0 zonder fout, 1 met een
 * `niet-voldaan` met ernst `fout`, 2 bij onleesbare of ongeldige invoer).
 */

const KOP: Record<Ernst, string> = { fout: "FOUT", waarschuwing: "WAARSCHUWING", advies: "ADVIES" };

function bevindingTekst(b: Bevinding, teken: string, metErnst = false): string[] {
  const regels = [`  ${teken} ${metErnst ? `[${b.ernst}] ` : ""}${b.regelId} — ${b.titel}`, `    ${b.pointer === "" ? "/" : b.pointer}: ${b.bericht}`];
  if (b.hint) regels.push(`    Hint: ${b.hint}`);
  regels.push(`    Bron: ${formatCitaat(b.bron)} [grondslag: ${b.grondslag}]`);
  // De letterlijke tekst uit de bron, zodat een lezer hem kan terugvinden.
  if (b.bron.citaat) regels.push(`    Citaat: "${b.bron.citaat}"`);
  return regels;
}

/** Leesbare Nederlandse weergave, gegroepeerd naar ernst. */
export function rapportAlsTekst(rapport: Toetsrapport, opties: { bestand?: string; onderwerp?: string; peildatumIsVandaag?: boolean } = {}): string {
  const o = rapport.ontvangstbewijs;
  const iwt = o.inwerkingtreding;
  const regels: string[] = [
    `${opties.onderwerp ?? "Toets"}${opties.bestand ? ` van ${opties.bestand}` : ""}`,
    `Peildatum ${o.peildatum}${opties.peildatumIsVandaag ? " (vandaag)" : ""}; fase: ${o.fase}; inwerkingtreding wet: ${iwt.datum ?? "onbekend"} (${iwt.herkomst === "instelling" ? "opgegeven" : iwt.status})`,
    "",
  ];
  const open = rapport.bevindingen.filter((b) => b.uitkomst === "niet-voldaan");
  for (const ernst of ["fout", "waarschuwing", "advies"] as const) {
    const lijst = open.filter((b) => b.ernst === ernst);
    if (lijst.length === 0) continue;
    regels.push(`${KOP[ernst]} (${lijst.length})`);
    for (const b of lijst) regels.push(...bevindingTekst(b, "✗"));
    regels.push("");
  }
  const beoordelen = rapport.bevindingen.filter((b) => b.uitkomst === "beoordelen");
  if (beoordelen.length > 0) {
    regels.push(`TE BEOORDELEN door een mens (${beoordelen.length})`);
    for (const b of beoordelen) regels.push(...bevindingTekst(b, "?", true));
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

/** Geeft een rapport weer in het gekozen formaat. */
export function formatteerRapport(
  rapport: Toetsrapport,
  formaat: string,
  opties: { regels: readonly RegelMeta[]; bestand?: string; onderwerp?: string; peildatumIsVandaag?: boolean },
): string {
  switch (formaat) {
    case "json":
      // Zelfde vorm als bij ongeldige invoer ({ ok: false, bestand, issues }): een script kan op `ok` toetsen.
      return JSON.stringify({ ok: true, ...(opties.bestand !== undefined && { bestand: opties.bestand }), ...rapport }, null, 2) + "\n";
    case "sarif":
      return JSON.stringify(naarSarif(rapport, opties.regels, opties.bestand), null, 2) + "\n";
    default:
      return rapportAlsTekst(rapport, opties);
  }
}

/** Schrijft invoerproblemen naar stderr (en bij json ook als JSON naar stdout); geeft exit 2. */
export function meldInvoerproblemen(io: Io, bestand: string, issues: readonly Issue[], formaat: string): number {
  io.stderr(`kan ${bestand} niet gebruiken: ${issues.length} ${issues.length === 1 ? "probleem" : "problemen"} in de invoer\n`);
  for (const i of issues.slice(0, 50)) io.stderr(`  - ${i.message.startsWith(formatPad(i.path)) ? i.message : `${formatPad(i.path)}: ${i.message}`}\n`);
  if (issues.length > 50) io.stderr(`  … en nog ${issues.length - 50}\n`);
  if (formaat === "json") io.stdout(JSON.stringify({ ok: false, bestand, issues }, null, 2) + "\n");
  if (formaat === "sarif") io.stdout(JSON.stringify(invoerproblemenAlsSarif(issues, bestand, VERSIE), null, 2) + "\n");
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
  readonly toets: (waarde: T, opties: { peildatum: string; instellingen: import("../tijd/instellingen.js").Instellingen }) => Toetsrapport;
  readonly regels: () => readonly RegelMeta[];
}

/** Maakt een CLI-commando dat één bestand leest, parseert, toetst en het rapport toont. */
export function maakToetsCommando<T>(def: ToetsCommandoDef<T>): Commando {
  return {
    naam: def.naam,
    samenvatting: def.samenvatting,
    gebruik: `${def.naam} <bestand.json|yaml> [--peildatum JJJJ-MM-DD] [--inwerkingtreding JJJJ-MM-DD|onbekend] [--formaat tekst|json|sarif]`,
    ...(def.uitleg !== undefined && { uitleg: def.uitleg }),
    opties: {
      peildatum: peildatumOptie,
      inwerkingtreding: inwerkingtredingOptie,
      formaat: {
        ...formaatOptie(["tekst", "json", "sarif"]),
        beschrijving: "uitvoerformaat: tekst, json ({ ok: true, bestand, bevindingen, samenvatting, ontvangstbewijs }; bij ongeldige invoer { ok: false, bestand, issues }), sarif (SARIF 2.1.0)",
      },
    },
    voerUit(args: Argumenten, io: Io) {
      const [bestand, ...rest] = args.positionals;
      if (bestand === undefined || rest.length > 0) throw new GebruiksFout(`geef precies één bestand, bijv. arbeidsmarktinfra ${def.naam} voorbeeld.yaml`);
      const formaat = leesFormaat(args);
      const { peildatum, vandaag } = leesPeildatum(args, io);
      const instellingen = leesInstellingen(args);
      const doc = leesDocument(io, bestand);
      if (!doc.ok) return meldInvoerproblemen(io, bestand, doc.issues, formaat);
      const waarde = def.parse(doc.value);
      if (!waarde.ok) return meldInvoerproblemen(io, bestand, waarde.issues, formaat);
      const rapport = def.toets(waarde.value, { peildatum, instellingen });
      io.stdout(formatteerRapport(rapport, formaat, { regels: def.regels(), bestand, onderwerp: def.onderwerp, peildatumIsVandaag: vandaag }));
      return heeftFout(rapport) ? EXIT.fout : EXIT.ok;
    },
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
