import { formatPad, type Issue, type Result } from "../../result.js";
import { faseUitleg } from "../../tijd/fase.js";
import type { Instellingen } from "../../tijd/instellingen.js";
import type { Hulpvraag, Routering } from "../../triage/model.js";
import { normaliseerHulpvraag } from "../../triage/normaliseer.js";
import { regionaam } from "../../triage/regionamen.js";
import { routeer } from "../../triage/routeer.js";
import { parseHulpvraag } from "../../triage/schema.js";
import { snelleHulpvraag } from "../../triage/snelcontrole.js";
import { arrangeurOmschrijving, deurTekst, uitlegRoutering } from "../../triage/uitleg.js";
import { VERSIE, DATAVERSIE } from "../../versie.js";
import {
  formaatOptie,
  GebruiksFout,
  inwerkingtredingOptie,
  leesFormaat,
  leesInstellingen,
  leesPeildatum,
  peildatumOptie,
  type Argumenten,
  type Commando,
} from "../commando.js";
import { EXIT, type Io } from "../io.js";
import { jsonFoutmelding, leesInvoer, NA_HET_EINDE } from "../lezen.js";
import { maakPosities } from "../posities.js";
import { decodeerRegel, MAX_REGEL, regelsUitStroom, teLangeRegel, type GelezenRegel } from "../regels.js";
import { meldInvoerproblemen } from "../rapport.js";

/**
 * Leest en normaliseert een hulpvraag (vorm, daarna de woongemeente). Een zonder twijfel geldige
 * vraag gaat langs een snelle controle; al het andere door het schema (met de meldingen).
 */
function leesHulpvraag(invoer: unknown): Result<Hulpvraag> {
  const snel = snelleHulpvraag(invoer);
  if (snel !== undefined) return normaliseerHulpvraag(snel);
  const p = parseHulpvraag(invoer);
  return p.ok ? normaliseerHulpvraag(p.value) : p;
}

function persoonsregel(h: Hulpvraag, r: Routering): string {
  const delen: string[] = [`Vrager: ${h.vrager}`];
  if (h.vrager !== "werkgever") {
    delen.push(`uitkering: ${h.uitkering}${h.wwEinddatum ? ` (WW tot en met ${h.wwEinddatum})` : ""}`);
    if (h.woongemeente) delen.push(`woongemeente: ${h.woongemeente}`);
  } else {
    const werkgebied = h.regios === undefined ? (h.regio === undefined ? "onbekend" : "niet opgegeven (de regio van de vestiging geldt)") : h.regios === "landelijk" ? "landelijk" : h.regios.join(", ");
    delen.push(`werkgebied: ${werkgebied}`);
  }
  if (r.regio) delen.push(`regio: ${r.regio} ${regionaam(r.regio)}`);
  delen.push(`deur: ${deurTekst(r.deur, r.overdracht.werkcentrum)}`);
  delen.push(`onderwerpen: ${h.onderwerpen.join(", ")}`);
  return delen.join("; ");
}

/** De routering als Nederlandse tekst met stappen en bronnen. */
export function routeringAlsTekst(h: Hulpvraag, r: Routering, opties: { bestand: string; peildatumIsVandaag: boolean; instellingen: Instellingen }): string {
  const u = uitlegRoutering(r);
  const iwt = faseUitleg(r.peildatum, opties.instellingen).inwerkingtreding;
  const regels = [
    `Routering van ${opties.bestand}`,
    `Peildatum ${r.peildatum}${opties.peildatumIsVandaag ? " (vandaag)" : ""}; fase: ${r.fase}; inwerkingtreding wet: ${iwt.datum ?? "onbekend"} (${iwt.herkomst === "instelling" ? "opgegeven" : iwt.status})`,
    "",
    persoonsregel(h, r),
    "",
    r.status === "bepaald" ? `BEPAALD — ${u.uitkomst}` : `BEOORDELEN — ${u.uitkomst}`,
    `Warme overdracht: ${u.overdracht}`,
  ];
  if (u.aanvullend.length > 0) regels.push("Aanvullend:", ...u.aanvullend.map((a) => `  - ${a}`));
  if (u.verwijzingen.length > 0) regels.push("Verwijzen naar:", ...u.verwijzingen.map((v) => `  - ${v}`));
  if (r.voorbereideOverdracht !== null) {
    regels.push(`Voorbereide overdracht: naar ${arrangeurOmschrijving(r.voorbereideOverdracht.naar)} (WW tot en met ${r.voorbereideOverdracht.wwEinddatum}).`);
  }
  if (r.uwvInTransitie !== null) {
    const t = u.stappen.find((s) => s.regel === r.uwvInTransitie?.regel);
    if (t) regels.push(`UWV in de transitieperiode: ${t.tekst.replace(/^Transitieperiode: /, "")}`);
  }
  if (!r.arbeidsmarktvraag) regels.push("Let op: de vraag gaat niet over werk, loopbaan, scholing of personeel; verwijs door zoals hierboven, niemand wordt weggestuurd.");
  regels.push("", "Waarom (stappen, met regel en bron):");
  u.stappen.forEach((s, i) => regels.push(`  ${i + 1}. [${s.regel}] ${s.tekst}`, `     Bron: ${s.bron}`));
  regels.push("", `arbeidsmarktinfra ${VERSIE}, gegevens ${DATAVERSIE}.`);
  return regels.join("\n") + "\n";
}

function issueTekst(i: Issue): string {
  return i.message.startsWith(formatPad(i.path)) ? i.message : `${formatPad(i.path)}: ${i.message}`;
}

/** De regels van het batchbestand: als bytestroom (begrensd, strenge UTF-8) of, in oudere omgevingen, als tekstregels. */
async function* regelsVan(io: Io, bestand: string): AsyncGenerator<GelezenRegel> {
  if (io.leesStroom !== undefined) {
    yield* regelsUitStroom(io.leesStroom(bestand));
    return;
  }
  if (io.leesRegels === undefined) throw new GebruiksFout("--batch is in deze omgeving niet beschikbaar (geen regelgewijs lezen)");
  const tekst = new TextEncoder();
  let nr = 0;
  for await (const t of io.leesRegels(bestand)) {
    nr++;
    const bytes = tekst.encode(t);
    yield bytes.length > MAX_REGEL ? teLangeRegel(nr) : decodeerRegel(nr, bytes);
  }
}

/** Leest één regel van de batch als hulpvraag. */
function leesBatchregel(g: GelezenRegel): Result<Hulpvraag> {
  if ("probleem" in g) return { ok: false, issues: [g.probleem] };
  let json: unknown;
  try {
    json = JSON.parse(g.tekst);
  } catch (e) {
    // JSON.parse gooit alleen SyntaxError.
    return { ok: false, issues: [{ code: "onleesbaar", path: [], message: `geen geldige JSON: ${jsonFoutmelding((e as SyntaxError).message, g.tekst)}` }] };
  }
  return leesHulpvraag(json);
}

/** Verwerkt een NDJSON-bestand regel voor regel; schrijft per regel één resultaatregel. */
async function batch(bestand: string, io: Io, peildatum: string, instellingen: Instellingen): Promise<number> {
  // Eerst de opties controleren, zodat een ongeldige peildatum niet per regel gemeld wordt.
  faseUitleg(peildatum, instellingen);
  const opties = { peildatum, instellingen };
  let verwerkt = 0;
  let leeg = 0;
  let fouten = 0;
  let buffer = "";
  /** Schrijft per blok van ~64 kB; geeft true als er geschreven is (dan eventueel wachten op tegendruk). */
  const schrijf = (regel: string): boolean => {
    buffer += regel + "\n";
    if (buffer.length < 16384) return false;
    io.stdout(buffer);
    buffer = "";
    return true;
  };
  try {
    for await (const g of regelsVan(io, bestand)) {
      const nr = g.nr;
      if ("tekst" in g && g.tekst.trim() === "") {
        leeg++;
        continue;
      }
      verwerkt++;
      const r = leesBatchregel(g);
      let geschreven: boolean;
      if (r.ok) {
        const id = r.value.id;
        geschreven = schrijf(`{"regel":${nr},"ok":true,${id !== undefined ? `"id":${JSON.stringify(id)},` : ""}"routering":${JSON.stringify(routeer(r.value, opties))}}`);
      } else {
        fouten++;
        schrijf(JSON.stringify({ regel: nr, ok: false, issues: r.issues }));
        io.stderr(`regel ${nr}: ${r.issues.map(issueTekst).join("; ")}\n`);
        geschreven = true;
      }
      // Tegendruk: niet sneller produceren dan de uitvoer afgenomen wordt (constant geheugen, ook bij een trage pijp).
      if (geschreven && io.wachtOpUitvoer !== undefined) await io.wachtOpUitvoer();
    }
  } catch (e) {
    if (buffer !== "") io.stdout(buffer);
    if (e instanceof GebruiksFout) throw e;
    const code = (e as { code?: unknown }).code;
    if (code === "ENOENT" || code === "EISDIR" || code === "EACCES") throw new GebruiksFout(`${bestand}: bestand niet gevonden of niet leesbaar`);
    throw e;
  }
  if (buffer !== "") io.stdout(buffer);
  if (verwerkt === 0) {
    io.stderr(`arbeidsmarktinfra routeer: ${bestand}: het bestand is leeg (geen enkele hulpvraag; verwacht één JSON-object per regel)\n`);
    return EXIT.invoer;
  }
  // Alleen echte invoerregels tellen; overgeslagen lege regels worden apart genoemd.
  const overgeslagen = leeg === 0 ? "" : `; ${leeg} lege ${leeg === 1 ? "regel" : "regels"} overgeslagen`;
  if (fouten > 0) io.stderr(`${fouten} van de ${verwerkt} ${verwerkt === 1 ? "regel" : "regels"} ongeldig${overgeslagen} (exitcode 2).\n`);
  return fouten > 0 ? EXIT.invoer : EXIT.ok;
}

/** `arbeidsmarktinfra routeer <bestand>` en `arbeidsmarktinfra routeer --batch <bestand.ndjson>` */
export const routeerCommando: Commando = {
  naam: "routeer",
  samenvatting: "Routeert een hulpvraag naar de arrangeur ('no wrong door'): wie verantwoordelijk is, de warme overdracht, aanvullende partijen, verwijzingen en waarom (met bronnen).",
  gebruik: "routeer <hulpvraag.json|yaml> [--formaat tekst|json] | routeer --batch <hulpvragen.ndjson>  [--peildatum JJJJ-MM-DD] [--inwerkingtreding JJJJ-MM-DD|onbekend]",
  uitleg: [
    "Eén hulpvraag: tekst met de uitkomst, de overdracht en de stappen met regel en bron, of --formaat json.",
    "Batch: één hulpvraag (JSON) per regel; per invoerregel één JSON-regel op stdout, in dezelfde volgorde,",
    '  {"regel":N,"ok":true,"routering":{…}} of {"regel":N,"ok":false,"issues":[…]} (melding ook op stderr).',
    "  Lege regels worden overgeslagen en niet meegeteld (stderr: bijv. \"2 van de 5 regels ongeldig; 1 lege regel overgeslagen\").",
    "  Het bestand wordt regel voor regel gelezen (constant geheugen).",
    `  Een regel is hoogstens ${MAX_REGEL} bytes (1 MiB) en geldige UTF-8; een bestand zonder hulpvragen geeft exitcode 2.`,
    "Exitcodes: 0 in orde (ook bij 'beoordelen': dat is een uitkomst, geen fout); 2 ongeldige invoer,",
    "  in batch: minstens één ongeldige regel (de andere regels zijn wel verwerkt).",
  ].join("\n"),
  opties: {
    batch: { type: "string", beschrijving: "NDJSON-bestand: één hulpvraag per regel" },
    peildatum: peildatumOptie,
    inwerkingtreding: inwerkingtredingOptie,
    formaat: formaatOptie(),
  },
  async voerUit(args: Argumenten, io: Io) {
    const { peildatum, vandaag } = leesPeildatum(args, io);
    const instellingen = leesInstellingen(args);
    const batchBestand = args.values["batch"];
    if (typeof batchBestand === "string") {
      if (args.positionals.length > 0) throw new GebruiksFout("geef óf één bestand óf --batch <bestand.ndjson>, niet beide");
      if (args.values["formaat"] !== undefined) throw new GebruiksFout("--batch schrijft altijd NDJSON; --formaat hoort bij één hulpvraag");
      return batch(batchBestand, io, peildatum, instellingen);
    }
    const [bestand, ...rest] = args.positionals;
    if (bestand === undefined || rest.length > 0) throw new GebruiksFout("geef precies één bestand, bijv. arbeidsmarktinfra routeer hulpvraag.json, of --batch hulpvragen.ndjson");
    const formaat = leesFormaat(args);
    const doc = leesInvoer(io, bestand);
    if (!doc.ok) {
      // Meer dan één JSON-document (bijv. NDJSON, één vraag per regel): wijs op --batch.
      const ndjson = doc.issues.map((i) => (i.message.includes(NA_HET_EINDE) ? { ...i, message: `${i.message}; is dit NDJSON (één hulpvraag per regel)? Gebruik dan --batch ${bestand}` } : i));
      return meldInvoerproblemen(io, bestand, ndjson, formaat);
    }
    const h = leesHulpvraag(doc.value.waarde);
    if (!h.ok) return meldInvoerproblemen(io, bestand, h.issues, formaat, maakPosities(doc.value.tekst));
    const r = routeer(h.value, { peildatum, instellingen });
    if (formaat === "json") {
      io.stdout(JSON.stringify({ ok: true, bestand, peildatumIsVandaag: vandaag, hulpvraag: h.value, routering: r, uitleg: uitlegRoutering(r) }, null, 2) + "\n");
    } else {
      io.stdout(routeringAlsTekst(h.value, r, { bestand, peildatumIsVandaag: vandaag, instellingen }));
    }
    return EXIT.ok;
  },
};
