import { formatCitaat } from "../../bronnen/citaat.js";
import type { Centrumgemeente } from "../../regio/centrumgemeenten.js";
import {
  gemeentenVan,
  werkcentrumNaam,
  werkcentrumNaamBron,
  werkcentrumSubdomein,
  werkcentrumSubdomeinBron,
  zoekGemeente,
  zoekRegio,
  type Arbeidsmarktregio,
  type Gemeente,
  type OudeGemeente,
} from "../../regio/regio.js";
import { formaatOptie, GebruiksFout, leesFormaat, type Commando } from "../commando.js";
import { EXIT } from "../io.js";

function regioAlsGegevens(r: Arbeidsmarktregio) {
  return {
    ...r,
    gemeentenamen: gemeentenVan(r).map((g) => ({ code: g.code, naam: g.naam })),
    werkcentrum: { naam: werkcentrumNaam(r), bron: werkcentrumNaamBron, subdomein: werkcentrumSubdomein(r), subdomeinBron: werkcentrumSubdomeinBron },
  };
}

function centrumTekst(c: Centrumgemeente): string[] {
  if (c.status === "eenduidig") {
    const zekerheid = c.zekerheid === "bevestigd" ? "bevestigd door een latere bron" : "alleen volgens de regeling van 2013";
    return [`${c.naam} (${c.gemeente}; ${zekerheid}; bron: ${c.bronnen.map((b) => b.bron).join(", ")})`];
  }
  return [
    `BETWIST: bronnen spreken elkaar tegen; de bibliotheek kiest niet.`,
    ...c.lezingen.map((l) => `  - ${l.naam} (${l.gemeente}; ${l.toelichting ?? ""}; bron: ${l.bronnen.map((b) => b.bron).join(", ")})`),
    ...(c.meerdereInDePraktijk === undefined
      ? []
      : [
          `  - samen: ${c.meerdereInDePraktijk.gemeenten.map((g) => `${g.naam} (${g.gemeente})`).join(", ")} (${c.meerdereInDePraktijk.toelichting}; bron: ${c.meerdereInDePraktijk.bronnen.map((b) => b.bron).join(", ")})`,
        ]),
    `  ${c.toelichting}`,
  ];
}

function regioTekst(r: Arbeidsmarktregio): string {
  const gem = gemeentenVan(r);
  const regels = [
    `${r.code} ${r.naam}`,
    `  Werkcentrum:      ${werkcentrumNaam(r)}  (${formatCitaat(werkcentrumNaamBron)})`,
    `  Subdomein:        ${werkcentrumSubdomein(r)}  (${werkcentrumSubdomeinBron.bron} ${werkcentrumSubdomeinBron.plaats})`,
  ];
  if (r.aliassen.length > 0) regels.push(`  Ook genoemd:      ${r.aliassen.map((a) => `${a.naam} (${a.bron.bron})`).join("; ")}`);
  regels.push(`  Provincies:       ${r.provincies.map((p) => `${p.naam} (${p.aantalGemeenten})`).join(", ")}`);
  const [eerste, ...rest] = centrumTekst(r.centrumgemeente);
  regels.push(`  Centrumgemeente:  ${eerste}`, ...rest.map((x) => `                    ${x.trimStart().startsWith("-") ? x : x}`));
  regels.push(`  Gemeenten (${gem.length}):`);
  const namen = gem.map((g) => g.naam).sort((a, b) => a.localeCompare(b, "nl"));
  for (let i = 0; i < namen.length; i += 4) regels.push(`    ${namen.slice(i, i + 4).join(", ")}`);
  regels.push(`  Bron:             ${formatCitaat(r.bron)}. Bron: CBS, Gebieden in Nederland 2026 (86247NED), CC BY 4.0.`);
  return regels.join("\n") + "\n";
}

function gemeenteKop(g: Gemeente, zoekterm: string): string {
  const naam = g.naam === zoekterm ? g.naam : `${zoekterm} (${g.naam})`;
  return `Gemeente ${naam}, ${g.code}, provincie ${g.provincie.naam}, hoort bij arbeidsmarktregio ${g.regio}.\n\n`;
}

function oudTekst(o: OudeGemeente): string {
  return o.regio === null
    ? `${o.naam} (${o.code}) bestaat niet meer als gemeente (laatst in ${o.laatsteJaar}); de bron noemt voor dat jaar geen arbeidsmarktregio.\n`
    : `${o.naam} (${o.code}) bestaat niet meer als gemeente (laatst in ${o.laatsteJaar}); in dat jaar hoorde de gemeente bij ${o.regio}.\n` +
        `Bij welke regio de opvolger in 2026 hoort, staat niet in de bron: zoek op de naam van de huidige gemeente.\n\n` +
        `Regio van ${o.naam} in ${o.laatsteJaar}:\n`;
}

/** `arbeidsmarktinfra regio <zoekterm|gemeente>` */
export const regioCommando: Commando = {
  naam: "regio",
  samenvatting: "Zoekt een arbeidsmarktregio op code, naam, alias of gemeente en toont naam van het Werkcentrum, gemeenten en centrumgemeente, met bronnen.",
  gebruik: "regio <zoekterm|gemeente> [--formaat tekst|json]",
  uitleg: 'Voorbeelden: regio "zuid limburg", regio AM30, regio "Den Haag", regio Weesp',
  opties: { formaat: formaatOptie() },
  voerUit(args, io) {
    const term = args.positionals.join(" ").trim();
    if (term === "") throw new GebruiksFout("geef een regio of gemeente, bijv. arbeidsmarktinfra regio \"Zuid-Limburg\"");
    const json = leesFormaat(args) === "json";
    const r = zoekRegio(term);
    if (r.soort === "regio") {
      io.stdout(json ? JSON.stringify({ soort: "regio", zoekterm: term, regio: regioAlsGegevens(r.regio) }, null, 2) + "\n" : regioTekst(r.regio));
      return EXIT.ok;
    }
    const g = zoekGemeente(term);
    switch (g.soort) {
      case "gemeente": {
        const regio = zoekRegio(g.gemeente.regio);
        if (regio.soort !== "regio") throw new Error("interne fout: regio van gemeente niet gevonden");
        io.stdout(
          json
            ? JSON.stringify({ soort: "gemeente", zoekterm: term, gemeente: g.gemeente, regio: regioAlsGegevens(regio.regio) }, null, 2) + "\n"
            : gemeenteKop(g.gemeente, term) + regioTekst(regio.regio),
        );
        return EXIT.ok;
      }
      case "oude-naam":
        io.stdout(
          json
            ? JSON.stringify({ soort: "oude-naam", zoekterm: term, oudeGemeente: g.oud, regio: g.regio ? regioAlsGegevens(g.regio) : null }, null, 2) + "\n"
            : oudTekst(g.oud) + (g.regio ? regioTekst(g.regio) : ""),
        );
        return EXIT.ok;
      case "dubbelzinnig":
        io.stderr(
          `onbekend: ${JSON.stringify(term)} is dubbelzinnig; bedoelde u ${g.kandidaten.map((k) => `${JSON.stringify(k.naam)} (${k.code}, ${k.regio})`).join(" of ")}?\n`,
        );
        return EXIT.invoer;
      case "onbekend": {
        const suggesties = [...new Set([...r.suggesties, ...g.suggesties])].slice(0, 5);
        io.stderr(
          `onbekend: ${JSON.stringify(term)} is geen arbeidsmarktregio of gemeente.${
            suggesties.length ? ` Dichtstbij: ${suggesties.map((s) => JSON.stringify(s)).join(", ")}.` : ""
          }\n`,
        );
        return EXIT.invoer;
      }
    }
  },
};
