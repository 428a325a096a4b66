import type { RegelMeta } from "../../src/bevinding/model.js";
import { ernstVoor } from "../../src/bevinding/model.js";
import { bronnen } from "../../src/bronnen/bronnen.js";
import { formatCitaat } from "../../src/bronnen/citaat.js";

/** Genereert docs/regels.md uit de regelcatalogus. */
export function genereerRegeldoc(regels: readonly RegelMeta[]): string {
  const esc = (t: string) => t.replaceAll("|", "\\|").replaceAll("\n", " ");
  const regelsTekst = [
    "# Regelcatalogus",
    "",
    "<!-- GEGENEREERD uit de regelcatalogus (src/regels.ts) door test/regeldoc.test.ts; niet met de hand wijzigen. -->",
    "",
    "Elke regel heeft een stabiel id, een grondslag en een bron. De ernst van een bevinding volgt uit",
    "de grondslag en de fase op de peildatum: wat wet wordt is vóór de inwerkingtreding hoogstens",
    "een advies; beleid (Kamerbrief) is een waarschuwing; een handreiking of voorbeeld is een advies.",
    "Een regel die op een secundaire bron rust (nieuwsbericht of webpagina), is hoogstens een",
    "handreiking (zie [bronnen.md](bronnen.md)).",
    "",
    `Aantal regels: ${regels.length}.`,
    "",
    "| id | titel | grondslag | bron | ernst voor-transitie | ernst transitieperiode | ernst nieuwe-wet |",
    "|---|---|---|---|---|---|---|",
    ...regels.map(
      (r) =>
        `| \`${r.id}\` | ${esc(r.titel)} | ${r.grondslag} | ${esc(formatCitaat(r.bron))} | ${ernstVoor(r.grondslag, "voor-transitie")} | ${ernstVoor(r.grondslag, "transitieperiode")} | ${ernstVoor(r.grondslag, "nieuwe-wet")} |`,
    ),
    "",
    "## Toelichting per regel",
    "",
  ];
  for (const r of regels) {
    regelsTekst.push(`### \`${r.id}\``, "", `**${r.titel}** — grondslag \`${r.grondslag}\``, "", r.beschrijving, "", `- Bron: ${formatCitaat(r.bron)}${r.bron.citaat ? ` — "${r.bron.citaat}"` : ""}`);
    for (const b of r.andereBronnen ?? []) regelsTekst.push(`- Ook: ${formatCitaat(b)}${b.citaat ? ` — "${b.citaat}"` : ""}`);
    regelsTekst.push(`- Hint: ${r.hint}`, "");
  }
  const gebruikt = [...new Set(regels.flatMap((r) => [r.bron.bron, ...(r.andereBronnen ?? []).map((b) => b.bron)]))].sort();
  if (gebruikt.length > 0) {
    regelsTekst.push("## Bronnen", "");
    for (const k of gebruikt) {
      const b = bronnen[k as keyof typeof bronnen];
      regelsTekst.push(`- **${k}**: ${b.titel} (${b.datum}${"referentie" in b && b.referentie ? `; ${b.referentie}` : ""})${"adres" in b && b.adres ? ` — ${b.adres}` : ""}`);
    }
    regelsTekst.push("");
  }
  return regelsTekst.join("\n");
}

/** Genereert docs/bronnen.md uit het bronnenregister. */
export function genereerBronnendoc(): string {
  const esc = (t: string) => t.replaceAll("|", "\\|");
  const regels = [
    "# Bronnen",
    "",
    "<!-- GEGENEREERD uit src/bronnen/bronnen.ts door test/regeldoc.test.ts; niet met de hand wijzigen. -->",
    "",
    "Elke regel, parameterwaarde, mijlpaal en elk feit in de referentiedata verwijst naar een van deze",
    "bronnen met een `Citaat` (`bron`, `plaats`, eventueel een kort `citaat`). De sterkte van de bron",
    "bepaalt de grondslag van een regel: een Kamerbrief is beleid, een handreiking geeft richtlijnen en",
    "voorbeelden, de wet is aangekondigd maar nog niet in werking.",
    "",
    "**Secundaire bronnen.** Een nieuwsbericht of webpagina (soort `nieuwsbericht` of `webpagina`, zoals",
    "S2–S12 en S15) is een secundaire bron: hij bericht over beleid maar is het beleidsdocument niet, en",
    "vaak was alleen de opening beschikbaar. Een regel die op zo'n bron rust (de `bron` van de regel is",
    "secundair), krijgt daarom hoogstens grondslag `handreiking` (ernst advies), ook als het bericht van",
    "een ministerie komt: `beleid` vraagt een Kamerbrief of nota, `wet` wat de wet of het Besluit SUWI",
    "volgens die documenten vastlegt. Een secundaire bron mag een primaire bron wel aanvullen (bij",
    "`andereBronnen`); dan bepaalt de primaire bron de grondslag. `test/citaten.test.ts` bewaakt dit. Zo",
    "rusten `werkcentrum/binnenlopen-zonder-afspraak` (S11) en `agenda/arbeidsmigranten` (S9) allebei op",
    "een nieuwsbericht en zijn ze allebei `handreiking`.",
    "",
    "| sleutel | titel | datum | soort | vindplaats |",
    "|---|---|---|---|---|",
  ];
  for (const b of Object.values(bronnen)) {
    const vind = ["referentie" in b ? b.referentie : undefined, "adres" in b ? b.adres : undefined].filter(Boolean).join("; ");
    regels.push(`| \`${b.sleutel}\` | ${esc(b.titel)} | ${b.datum} | ${b.soort} | ${esc(vind)} |`);
  }
  regels.push("", "Regiodata: Bron: CBS, Gebieden in Nederland 2026 (86247NED), CC BY 4.0.", "");
  return regels.join("\n");
}

/** Genereert docs/cli.md uit de commando's van de CLI (hun hulpteksten). */
export function genereerClidoc(commandos: readonly import("../../src/cli/commando.js").Commando[], help: (c: import("../../src/cli/commando.js").Commando) => string): string {
  const regels = [
    "# De CLI `arbeidsmarktinfra`",
    "",
    "<!-- GEGENEREERD uit src/cli/ door test/regeldoc.test.ts; niet met de hand wijzigen. -->",
    "",
    "```sh",
    "npx arbeidsmarktinfra <commando> [opties]",
    "```",
    "",
    "Exitcodes: **0** in orde; **1** minstens één bevinding `niet-voldaan` met ernst `fout`; **2**",
    "onleesbare of ongeldige invoer of een verkeerde aanroep (met een Nederlandse melding op stderr,",
    "nooit een stacktrace). Zonder `--peildatum` gebruikt de CLI de datum van vandaag in",
    "Europe/Amsterdam en noemt die in de uitvoer; de bibliotheek zelf leest nooit de klok.",
    "",
    "Invoerbestanden zijn JSON of YAML, hoogstens 5 MiB, UTF-8, hoogstens 64 niveaus diep en met",
    "hoogstens 100 YAML-aliassen; onbekende velden worden gemeld. Lijkt een onbekend veld of een",
    "ongeldige waarde op een bekend veld of een toegestane waarde (een tikfout, andere hoofdletters),",
    "dan eindigt de melding met een voorstel: `partyen: onbekend veld \"partyen\"; …; bedoelde u",
    "\"partijen\"?` (een veld dat al in het bestand staat, wordt niet voorgesteld).",
    "",
    "| commando | wat |",
    "|---|---|",
    ...commandos.map((c) => `| [\`${c.naam}\`](#${c.naam}) | ${c.samenvatting.replaceAll("|", "\\|")} |`),
    "",
  ];
  for (const c of commandos) regels.push(`## ${c.naam}`, "", "```text", help(c).trimEnd(), "```", "");
  return regels.join("\n");
}

/**
 * Genereert docs/parameters-en-mijlpalen.md: elk id op één plek, met waarde of datum, status en
 * bron (uit `alleParameters()` en `mijlpalen()` zonder instellingen).
 */
export function genereerParameterdoc(
  parameters: readonly import("../../src/tijd/parameters.js").Parameter<unknown>[],
  mijlpalen: readonly import("../../src/tijd/mijlpalen.js").Mijlpaal[],
  opmaak: { bedrag: (c: number) => string },
): string {
  const esc = (t: string) => t.replaceAll("|", "\\|").replaceAll("\n", " ");
  const waarde = (p: import("../../src/tijd/parameters.js").Parameter<unknown>, w: unknown) =>
    p.eenheid === "cent" ? opmaak.bedrag(w as number) : p.eenheid === "datum" ? String(w) : `${String(w).replace(".", ",")} ${p.eenheid}`;
  const kortBron = (c: import("../../src/bronnen/citaat.js").Citaat) => `${c.bron} ${c.plaats}`;
  const regels = [
    "# Parameters en mijlpalen",
    "",
    "<!-- GEGENEREERD uit alleParameters() en mijlpalen() door test/regeldoc.test.ts; niet met de hand wijzigen. -->",
    "",
    "Alle ids op één plek. Een **parameter** is een datum of bedrag dat kan veranderen (status `beoogd`,",
    "`onder-voorbehoud`, …): op te zoeken met `parameterMetId(id)` of `parameters.<naam>`, te lezen met",
    "`parameterOp(parameter, peildatum)` en te overschrijven met `instellingen.parameters[id]` (zie",
    "[tijd-en-parameters.md](tijd-en-parameters.md)). Een **mijlpaal** is een gedateerde gebeurtenis uit",
    "de bronnen: `mijlpalen(instellingen?)` en `mijlpalenNa(peildatum)`, te vinden op `id`. De datums en",
    "bedragen hieronder zijn de standaardwaarden, zonder instellingen.",
    "",
    `## Parameters (${parameters.length})`,
    "",
    "| id | titel | waarde (geldig) | status | bron |",
    "|---|---|---|---|---|",
  ];
  for (const p of parameters) {
    const w = p.waarden
      .map((x) => {
        const periode = x.geldigVanaf === undefined && x.geldigTot === undefined ? "" : ` (${x.geldigVanaf ?? "…"} t/m ${x.geldigTot ?? "…"})`;
        const anders = (x.andereLezingen ?? []).map((l) => `; ${kortBron(l.bron)}: ${waarde(p, l.waarde)}`).join("");
        return `${waarde(p, x.waarde)}${periode}${anders}`;
      })
      .join("<br>");
    const status = [...new Set(p.waarden.map((x) => x.status))].join(", ");
    const bron = [...new Set(p.waarden.map((x) => kortBron(x.bron)))].join("; ");
    regels.push(`| \`${p.id}\` | ${esc(p.titel)} | ${esc(w)} | ${status} | ${esc(bron)} |`);
  }
  regels.push("", `## Mijlpalen (${mijlpalen.length})`, "", "| id | datum | omschrijving | status | bron |", "|---|---|---|---|---|");
  for (const m of mijlpalen) {
    const datum = m.precisie === "dag" ? String(m.van) : `${m.datumTekst} (${m.van ?? "?"} – ${m.tot ?? "?"})`;
    const extra = [m.volgtInwerkingtreding ? "volgt de inwerkingtreding" : "", m.strijdigMet?.length ? `strijdig met ${m.strijdigMet.map((s) => `\`${s}\``).join(", ")}` : ""].filter(Boolean).join("; ");
    const bron = m.herkomst === "standaard" ? kortBron(m.bron) : "instelling";
    regels.push(`| \`${m.id}\` | ${esc(datum)} | ${esc(m.omschrijving)}${extra ? ` (${extra})` : ""} | ${m.status} | ${esc(bron)} |`);
  }
  regels.push("");
  return regels.join("\n");
}
