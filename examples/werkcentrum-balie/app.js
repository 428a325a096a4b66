// Balie van een Werkcentrum: een gids vult in wat hij weet en ziet wie de vrager verder helpt.
// Geen framework en geen bundel: 'arbeidsmarktinfra' is via de import map in index.html de
// ESM-build dist/index.js. Alles draait in de browser; er gaat niets over het netwerk.
import {
  arbeidsmarktregios,
  arrangeurOmschrijving,
  DATAVERSIE,
  gemeenten,
  isPeildatum,
  jaNee,
  normaliseerHulpvraag,
  OngeldigeInvoerFout,
  onderwerpen,
  routeer,
  uitlegRoutering,
  VERSIE,
  werkcentrumNaam,
} from "arbeidsmarktinfra";

/** Onderwerpen in woorden voor de gids (de waarden zijn die van het model). */
const ONDERWERP = {
  werk: "Werk",
  loopbaan: "Loopbaan of volgende stap",
  scholing: "Scholing",
  personeel: "Personeel",
  schulden: "Geldzorgen of schulden",
  zorg: "Zorg",
  "taal-digitaal": "Lezen, schrijven of digitale vaardigheden",
  "zelfstandig-ondernemen": "Zelfstandig ondernemen",
  kinderopvang: "Kinderopvang",
  omgevingsvergunning: "Omgevingsvergunning",
  overig: "Iets anders",
};

const $ = (id) => document.getElementById(id);
const form = $("vraag");

/** Een element met tekst (nooit innerHTML: invoer en meldingen blijven tekst). */
function el(tag, tekst, eigenschappen = {}) {
  const e = document.createElement(tag);
  if (tekst !== undefined) e.textContent = tekst;
  return Object.assign(e, eigenschappen);
}

function vandaag() {
  // De bibliotheek leest nooit de klok; de pagina wel, als standaard voor de peildatum.
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Amsterdam" }).format(new Date());
}

function vulFormulier() {
  const regios = [...arbeidsmarktregios].sort((a, b) => a.naam.localeCompare(b.naam, "nl"));
  $("werkcentrum").append(...regios.map((r) => el("option", werkcentrumNaam(r), { value: r.code })));
  const namen = new Set(gemeenten.flatMap((g) => [g.naam, ...g.roepnamen]));
  $("gemeenten").append(...[...namen].sort((a, b) => a.localeCompare(b, "nl")).map((n) => el("option", undefined, { value: n })));
  for (const o of onderwerpen) {
    const label = el("label");
    label.append(el("input", undefined, { type: "checkbox", name: "onderwerp", value: o, id: `onderwerp-${o}` }), ` ${ONDERWERP[o] ?? o}`);
    $("onderwerpen").append(label);
  }
  // Ja/nee/onbekend-keuzes uit de vaste lijst van het model, "onbekend" eerst (de standaard).
  const JA_NEE = { ja: "Ja", nee: "Nee", onbekend: "Onbekend" };
  for (const select of form.querySelectorAll("select[data-ja-nee]")) {
    select.append(...[...jaNee].sort((a, b) => (b === "onbekend") - (a === "onbekend")).map((w) => el("option", JA_NEE[w] ?? w, { value: w })));
  }
  $("peildatum").value = vandaag();
  for (const r of form.elements.vrager) r.addEventListener("change", toonVelden);
  $("uitkering").addEventListener("change", toonVelden);
  toonVelden();
}

/** Toont alleen de velden die bij de vrager horen (verborgen velden tellen niet mee). */
function toonVelden() {
  const vrager = form.elements.vrager.value;
  const zet = (id, aan) => {
    $(id).hidden = !aan;
    $(id).disabled = !aan;
  };
  zet("persoon", vrager !== "werkgever");
  zet("werkende", vrager === "werkende");
  zet("werkgever", vrager === "werkgever");
  $("ww-einde-label").hidden = $("uitkering").value !== "WW";
}

/** Leest het formulier als hulpvraag, of geeft meldingen met het veld waar het om gaat. */
function leesHulpvraag() {
  const fouten = [];
  const peildatum = $("peildatum").value;
  if (!isPeildatum(peildatum)) fouten.push({ veld: "peildatum", tekst: "Peildatum: vul een datum in (JJJJ-MM-DD)." });
  const gekozen = [...form.querySelectorAll('input[name="onderwerp"]:checked')].map((i) => i.value);
  if (gekozen.length === 0) fouten.push({ veld: `onderwerp-${onderwerpen[0]}`, tekst: "Onderwerp: kies minstens één onderwerp." });
  if (fouten.length > 0) return { fouten };

  const vrager = form.elements.vrager.value;
  const regio = $("werkcentrum").value;
  const d = $("deur").value;
  const deur = d === "werkcentrum" || d === "digitaal" ? { soort: d, regio } : { soort: "partner", partner: d.slice("partner:".length) };
  if (vrager === "werkgever") {
    const gebied = $("werkgebied").value;
    return {
      peildatum,
      hulpvraag: {
        vrager,
        onderwerpen: gekozen,
        deur,
        ...(gebied === "regio" && { regios: [regio], regio }),
        ...(gebied === "landelijk" && { regios: "landelijk" }),
        ...($("leerbedrijfvraag").checked && { leerbedrijfvraag: true }),
      },
    };
  }
  const uitkering = $("uitkering").value;
  const woongemeente = $("woongemeente").value.trim();
  const wwEinddatum = $("wwEinddatum").value;
  const hulpvraag = {
    vrager,
    uitkering,
    onderwerpen: gekozen,
    deur,
    arbeidsbeperking: $("arbeidsbeperking").value,
    ...(woongemeente !== "" && { woongemeente }),
    ...(uitkering === "WW" && isPeildatum(wwEinddatum) && { wwEinddatum }),
  };
  if (vrager === "werkende") {
    const p = $("privateOndersteuning").value;
    hulpvraag.privateOndersteuning = p === "geen" || p === "onbekend" ? p : [p];
    hulpvraag.dreigtWerkloos = $("dreigtWerkloos").value;
  }
  // Woongemeente naar de CBS-naam (Den Haag → 's-Gravenhage) en de regio erbij; meldt een onbekende gemeente.
  const n = normaliseerHulpvraag(hulpvraag);
  if (!n.ok) return { fouten: n.issues.map((i) => ({ veld: String(i.path[0] ?? ""), tekst: zin(i.message) })) };
  return { peildatum, hulpvraag: n.value };
}

const zin = (t) => t.charAt(0).toUpperCase() + t.slice(1) + (/[.?!]$/.test(t) ? "" : ".");

function toonFouten(fouten) {
  const m = $("meldingen");
  m.replaceChildren(el("p", "Controleer het formulier:"), el("ul"));
  for (const f of fouten) m.lastChild.append(el("li", f.tekst));
  for (const e of form.querySelectorAll("[aria-invalid]")) e.removeAttribute("aria-invalid");
  const velden = fouten.map((f) => $(f.veld)).filter(Boolean);
  for (const v of velden) v.setAttribute("aria-invalid", "true");
  $("uitkomst").hidden = true;
  velden[0]?.focus();
}

function lijst(dd, items) {
  if (items.length === 0) return dd.replaceChildren("Geen.");
  const ul = el("ul");
  for (const t of items) ul.append(el("li", t));
  dd.replaceChildren(ul);
}

function toonRoutering(r) {
  const u = uitlegRoutering(r);
  // Bepaald: de arrangeur staat hieronder. Te beoordelen: de reden, de kandidaten en wat de gids nagaat.
  $("status").textContent = r.status === "bepaald" ? "Bepaald: de arrangeur is verantwoordelijk en aanspreekpunt." : u.uitkomst;
  $("status").className = r.status;
  $("arrangeur").textContent =
    r.status === "bepaald" ? arrangeurOmschrijving(r.arrangeur) : `Te beoordelen door de gids; kandidaten: ${r.kandidaten.map(arrangeurOmschrijving).join("; ")}.`;
  $("overdracht").textContent = u.overdracht;
  lijst($("aanvullend"), u.aanvullend);
  lijst($("verwijzingen"), u.verwijzingen);
  const ol = $("stappen");
  ol.replaceChildren();
  u.stappen.forEach((s, i) => {
    const li = el("li", s.tekst);
    const bron = el("span", undefined, { className: "bron" });
    bron.append(el("code", s.regel), ` — ${s.bron}`);
    const citaat = r.stappen[i].bron.citaat;
    if (citaat) bron.append(": ", el("q", citaat));
    li.append(bron);
    ol.append(li);
  });
  $("versie").textContent = `Peildatum ${r.peildatum}, fase ${r.fase}. arbeidsmarktinfra ${VERSIE}, gegevens ${DATAVERSIE}.`;
  $("meldingen").replaceChildren();
  for (const e of form.querySelectorAll("[aria-invalid]")) e.removeAttribute("aria-invalid");
  $("uitkomst").hidden = false;
  $("uitkomst-kop").focus();
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  const v = leesHulpvraag();
  if (v.fouten) return toonFouten(v.fouten);
  try {
    toonRoutering(routeer(v.hulpvraag, { peildatum: v.peildatum }));
  } catch (fout) {
    if (!(fout instanceof OngeldigeInvoerFout)) throw fout;
    toonFouten([{ veld: "peildatum", tekst: zin(fout.message) }]);
  }
});

vulFormulier();
form.querySelector('button[type="submit"]').disabled = false;
form.dataset.klaar = "ja";
