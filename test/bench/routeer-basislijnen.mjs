// Twee basislijnen voor `routeer`, afgeleid van dezelfde beslistabel (src/triage/beslistabel.ts,
// regel voor regel, in dezelfde volgorde) en dezelfde naamgeving van de arrangeur
// (src/triage/routeer.ts):
//  (a) een handgeschreven if/switch-functie die alleen de status, de arrangeur (soort en
//      organisatie) en de reden geeft, niets anders;
//  (b) json-rules-engine met dezelfde tabel als JSON-regels, asynchroon zoals gebruikers hem
//      aanroepen (`await engine.run(feiten)` per vraag).
// Beide worden vóór het meten vraag voor vraag vergeleken met `routeer` (zie vergelijkRouteringen).
import { Engine } from "json-rules-engine";

/** De regionamen als gewone tabel (code → CBS-naam), zoals een eigen implementatie die zou hebben. */
function naamTabel(lib) {
  const t = Object.create(null);
  for (const c of lib.regioCodes) t[c] = lib.regionaam(c);
  return t;
}

/**
 * De organisatie van een arrangeur, zoals routeer die noemt: de woongemeente, UWV, het
 * WerkgeversServicepunt of (na de wet) de werkgeversdienstverlening van het Werkcentrum van de regio.
 */
function maakNamen(lib, naWet) {
  const namen = naamTabel(lib);
  return {
    uwv: () => ({ soort: "UWV", organisatie: "UWV" }),
    gemeente: (g) => ({ soort: "gemeente", organisatie: g === undefined ? null : "gemeente " + g }),
    sociaal: () => ({ soort: "sociale-partners", organisatie: null }),
    landelijk: () => ({ soort: "landelijk-werkgeversservicepunt", organisatie: "Landelijk WerkgeversServicepunt UWV en Landelijk WerkgeversServicepunt Gemeenten" }),
    regionaal: (regio) => {
      const n = regio === undefined ? undefined : namen[regio];
      return {
        soort: "werkgeversdienstverlening",
        organisatie: n === undefined ? null : naWet ? "Werkcentrum " + n + " werkgeversdienstverlening" : "WerkgeversServicepunt " + n,
      };
    },
  };
}

/**
 * (a) De handgeschreven functie: `handmatig(hulpvraag, peildatum)` →
 * `{ status, arrangeur: { soort, organisatie } | null, reden }`.
 * @param naWet - of de peildatum na de inwerkingtreding ligt (bepaalt de naam van de werkgeversdienstverlening)
 */
export function maakHandmatig(lib, naWet) {
  const a = maakNamen(lib, naWet);
  const bepaald = (arrangeur) => ({ status: "bepaald", arrangeur, reden: null });
  const beoordelen = (reden) => ({ status: "beoordelen", arrangeur: null, reden });
  // Max-WW (HRT §5.1): ligt het einde van de WW vóór de peildatum, dan beoordelen.
  const ww = (h, peildatum) => (h.wwEinddatum !== undefined && h.wwEinddatum < peildatum ? beoordelen("ww-beeindigd") : bepaald(a.uwv()));

  return function handmatig(h, peildatum) {
    switch (h.vrager) {
      case "werkgever": {
        const r = h.regios;
        // Zonder regios: de regio van de vestiging als één regio (zie HulpvraagWerkgever.regios).
        if (r === undefined && h.regio !== undefined) return bepaald(a.regionaal(h.regio));
        if (r === undefined || r.length === 0) return beoordelen("werkgebied-onbekend");
        if (r === "landelijk") return bepaald(a.landelijk());
        for (let i = 1; i < r.length; i++) if (r[i] !== r[0]) return bepaald(a.landelijk());
        return bepaald(a.regionaal(h.regio ?? r[0]));
      }
      case "werkzoekende":
        switch (h.uitkering) {
          case "WW":
            return ww(h, peildatum);
          case "WIA/WGA":
          case "Wajong":
            return bepaald(a.uwv());
          case "bijstand":
          case "geen":
            return bepaald(a.gemeente(h.woongemeente));
          default:
            return beoordelen("uitkering-onbekend");
        }
      case "werkende": {
        const u = h.uitkering;
        if (u === "WIA/WGA" || u === "Wajong") return bepaald(a.uwv());
        switch (h.arbeidsbeperking) {
          case "ja":
            if (u === "WW") return ww(h, peildatum);
            if (u === "onbekend") return beoordelen("uitkering-onbekend");
            return bepaald(a.gemeente(h.woongemeente));
          case "nee": {
            if (u !== "geen") return beoordelen("werkende-met-uitkering");
            const p = h.privateOndersteuning;
            const privaat = p === undefined || p === "onbekend" ? "onbekend" : p === "geen" || p.length === 0 ? "nee" : "ja";
            if (privaat === "ja") return bepaald(a.sociaal());
            return beoordelen(privaat === "nee" ? "open-beleidspunt" : "private-ondersteuning-onbekend");
          }
          default:
            return beoordelen("arbeidsbeperking-onbekend");
        }
      }
      default:
        throw new Error(`onbekende vrager ${h.vrager}`);
    }
  };
}

// ---------------------------------------------------------------------------------------
// (b) json-rules-engine

const ONBEKEND = { fact: "arbeidsbeperking", operator: "notIn", value: ["ja", "nee"] }; // ontbreken = onbekend
const is = (fact, value) => ({ fact, operator: "equal", value });
const in_ = (fact, value) => ({ fact, operator: "in", value });
const bepaaldEvent = (soort) => ({ type: "arrangeur", params: { status: "bepaald", soort } });
const beoordelenEvent = (reden) => ({ type: "arrangeur", params: { status: "beoordelen", reden } });

/**
 * De regels: de rijen van beslistabel.ts in dezelfde volgorde (eerste treffer wint, hier met
 * aflopende prioriteit), plus vooraan de max-WW-regel die routeer na de tabel toepast.
 */
export function jsonRegels() {
  const rijen = [
    // Max-WW (HRT §5.1): UWV-arrangeur bij WW, maar de WW is al geëindigd.
    [{ any: [{ all: [is("vrager", "werkzoekende")] }, { all: [is("vrager", "werkende"), is("arbeidsbeperking", "ja")] }] }, [is("uitkering", "WW"), { fact: "wwEinddatum", operator: "datumVoor", value: { fact: "peildatum" } }], beoordelenEvent("ww-beeindigd")],
    // Werkgevers
    [null, [is("vrager", "werkgever"), is("werkgebied", "meerdere-regios")], bepaaldEvent("landelijk-werkgeversservicepunt")],
    [null, [is("vrager", "werkgever"), is("werkgebied", "een-regio")], bepaaldEvent("werkgeversdienstverlening")],
    [null, [is("vrager", "werkgever"), is("werkgebied", "onbekend")], beoordelenEvent("werkgebied-onbekend")],
    // Werkzoekenden
    [null, [is("vrager", "werkzoekende"), in_("uitkering", ["WW", "WIA/WGA", "Wajong"])], bepaaldEvent("UWV")],
    [null, [is("vrager", "werkzoekende"), in_("uitkering", ["bijstand", "geen"])], bepaaldEvent("gemeente")],
    [null, [is("vrager", "werkzoekende"), is("uitkering", "onbekend")], beoordelenEvent("uitkering-onbekend")],
    // Werkenden met een arbeidsbeperking
    [null, [is("vrager", "werkende"), in_("uitkering", ["WIA/WGA", "Wajong"])], bepaaldEvent("UWV")],
    [null, [is("vrager", "werkende"), is("arbeidsbeperking", "ja"), is("uitkering", "WW")], bepaaldEvent("UWV")],
    [null, [is("vrager", "werkende"), is("arbeidsbeperking", "ja"), in_("uitkering", ["bijstand", "geen"])], bepaaldEvent("gemeente")],
    [null, [is("vrager", "werkende"), is("arbeidsbeperking", "ja"), is("uitkering", "onbekend")], beoordelenEvent("uitkering-onbekend")],
    [null, [is("vrager", "werkende"), ONBEKEND], beoordelenEvent("arbeidsbeperking-onbekend")],
    // Werkenden zonder arbeidsbeperking
    [null, [is("vrager", "werkende"), is("arbeidsbeperking", "nee"), in_("uitkering", ["WW", "bijstand", "onbekend"])], beoordelenEvent("werkende-met-uitkering")],
    [null, [is("vrager", "werkende"), is("arbeidsbeperking", "nee"), is("uitkering", "geen"), is("privaat", "ja")], bepaaldEvent("sociale-partners")],
    [null, [is("vrager", "werkende"), is("arbeidsbeperking", "nee"), is("uitkering", "geen"), is("privaat", "nee")], beoordelenEvent("open-beleidspunt")],
    [null, [is("vrager", "werkende"), is("arbeidsbeperking", "nee"), is("uitkering", "geen"), is("privaat", "onbekend")], beoordelenEvent("private-ondersteuning-onbekend")],
  ];
  return rijen.map(([eerst, alle, event], i) => ({
    name: `rij-${i}`,
    priority: rijen.length - i,
    conditions: { all: eerst === null ? alle : [eerst, ...alle] },
    event,
  }));
}

/** De engine met de regels, afgeleide feiten (werkgebied, privaat) en een datumoperator. */
export function maakEngine() {
  const engine = new Engine(jsonRegels(), { allowUndefinedFacts: true });
  // Eerste treffer wint (zoals ts-pattern): na een geslaagde regel geen lagere prioriteit meer.
  engine.on("success", () => engine.stop());
  engine.addOperator("datumVoor", (a, b) => typeof a === "string" && a < b);
  engine.addFact("werkgebied", async (_p, almanac) => {
    const r = await almanac.factValue("regios");
    if (r === undefined && (await almanac.factValue("regio")) !== undefined) return "een-regio";
    if (r === undefined || r.length === 0) return "onbekend";
    if (r === "landelijk") return "meerdere-regios";
    return r.some((x) => x !== r[0]) ? "meerdere-regios" : "een-regio";
  });
  engine.addFact("privaat", async (_p, almanac) => {
    const p = await almanac.factValue("privateOndersteuning");
    return p === undefined || p === "onbekend" ? "onbekend" : p === "geen" || p.length === 0 ? "nee" : "ja";
  });
  return engine;
}

/**
 * Een router op json-rules-engine: `await jre(hulpvraag, peildatum)` → dezelfde vorm als de
 * handgeschreven functie. De engine kiest de soort arrangeur; de organisatie volgt uit de feiten.
 */
export function maakJre(lib, naWet) {
  const engine = maakEngine();
  const a = maakNamen(lib, naWet);
  return async function jre(h, peildatum) {
    const { events } = await engine.run({ ...h, peildatum });
    if (events.length !== 1) throw new Error(`json-rules-engine: ${events.length} uitkomsten voor ${h.id}`);
    const p = events[0].params;
    if (p.status === "beoordelen") return { status: "beoordelen", arrangeur: null, reden: p.reden };
    const arrangeur =
      p.soort === "UWV"
        ? a.uwv()
        : p.soort === "gemeente"
          ? a.gemeente(h.woongemeente)
          : p.soort === "sociale-partners"
            ? a.sociaal()
            : p.soort === "landelijk-werkgeversservicepunt"
              ? a.landelijk()
              : a.regionaal(h.regio ?? h.regios[0]);
    return { status: "bepaald", arrangeur, reden: null };
  };
}

/** Wat vergeleken wordt: status, soort en organisatie van de arrangeur, reden. */
export const kern = (r) => `${r.status}|${r.arrangeur?.soort ?? "-"}|${r.arrangeur?.organisatie ?? "-"}|${r.reden ?? "-"}`;
