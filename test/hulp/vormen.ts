import fc from "fast-check";
import * as A from "../../src/index.js";
import { parseConvenant, parseMeerjarenagenda, parseMenukaart, parseRegionaalBeraad, parseTransitiedossier, parseWerkcentrum } from "../../src/schemas.js";
import { zadenVoor } from "./zaden.js";

/**
 * Hulp voor de vormtest in test/robuustheid-functies.test.ts: geldige argumenten voor elke
 * functie die de hoofd-entry exporteert, vijandige waarden, en de varianten die telkens één
 * argument of één veld (tot twee niveaus diep) door een vijandige waarde vervangen. Een nieuwe
 * export zonder regel in {@link GELDIGE_ARGUMENTEN} laat die test falen.
 */

/** Vijandige waarden: wat JavaScript of ongeparseerde JSON in plaats van een getypeerde waarde kan geven. */
export const VIJANDIG: readonly unknown[] = [undefined, null, {}, [], "", "x", 0, -1, 1.5, NaN, Infinity, true, [null], [{}], { length: 3 }, Object.create(null), () => 1];

/** Korte, leesbare weergave van een vijandige waarde (voor de meldingen van de test). */
export function toon(v: unknown): string {
  if (typeof v === "function") return "functie";
  if (v === undefined) return "undefined";
  if (typeof v === "number" && !Number.isFinite(v)) return String(v);
  if (typeof v === "object" && v !== null && Object.getPrototypeOf(v) === null) return "Object.create(null)";
  return JSON.stringify(v);
}

const vervang = (x: unknown, sleutel: string, v: unknown): unknown => (Array.isArray(x) ? Object.assign([...x], { [sleutel]: v }) : { ...(x as object), [sleutel]: v });
const isContainer = (x: unknown): x is object => typeof x === "object" && x !== null;

/**
 * Alle varianten van een argumentenlijst met één vijandige waarde: elk argument (en één extra
 * argument), elk veld van een argument en elk veld daarvan.
 */
export function* varianten(args: readonly unknown[]): Generator<readonly [string, unknown[]]> {
  for (let i = 0; i <= args.length; i++) {
    const w = args[i];
    for (const v of VIJANDIG) yield [`argument ${i} = ${toon(v)}`, Object.assign([...args], { [i]: v })];
    if (!isContainer(w)) continue;
    for (const k of Object.keys(w)) {
      const x = (w as Record<string, unknown>)[k];
      for (const v of VIJANDIG) {
        yield [`argument ${i}.${k} = ${toon(v)}`, Object.assign([...args], { [i]: vervang(w, k, v) })];
        if (!isContainer(x)) continue;
        for (const k2 of Object.keys(x)) yield [`argument ${i}.${k}.${k2} = ${toon(v)}`, Object.assign([...args], { [i]: vervang(w, k, vervang(x, k2, v)) })];
      }
    }
  }
}

/** Een kopie van `x` met `v` op `pad`; alleen de objecten op het pad worden gekopieerd (ook bevroren invoer kan). */
function zetOp(x: unknown, pad: readonly string[], v: unknown): unknown {
  const [k, ...rest] = pad;
  return k === undefined ? v : vervang(x, k, zetOp((x as Record<string, unknown>)[k], rest, v));
}

/** Een vijandige waarde op een willekeurige plek (elke diepte) in de argumenten: voor fast-check. */
export function diepeVariant(args: readonly unknown[]): fc.Arbitrary<readonly [string, unknown[]]> {
  return fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 10 }), fc.oneof(fc.constantFrom(...VIJANDIG), fc.anything())).map(([keuzes, v]) => {
    const pad: string[] = [];
    let x: unknown = args;
    for (const keuze of keuzes) {
      if (!isContainer(x)) break;
      const sleutels = Object.keys(x);
      if (sleutels.length === 0) break;
      const k = sleutels[keuze % sleutels.length]!;
      pad.push(k);
      x = (x as Record<string, unknown>)[k];
    }
    // Zonder argumenten (of zonder velden) is er geen plek: dan een extra argument.
    return pad.length === 0 ? ([`${args.length} = ${toon(v)}`, [...args, v]] as const) : ([`${pad.join(".")} = ${toon(v)}`, zetOp(args, pad, v) as unknown[]] as const);
  });
}

const eerste = <T>(naam: string, parse: (x: unknown) => A.Result<T>): T => {
  for (const z of zadenVoor(naam)) {
    const r = parse(z);
    if (r.ok) return r.value;
  }
  throw new Error(`geen geldig voorbeeld voor ${naam}`);
};

const PD = "2026-09-01";
const opties = () => ({ peildatum: PD });
const werkzoekende = () => ({ vrager: "werkzoekende", uitkering: "WW", woongemeente: "Zaanstad", regio: "AM17", onderwerpen: ["werk"], deur: { soort: "werkcentrum" } });
const routering = () => A.routeer(werkzoekende() as A.Hulpvraag, opties());
const context = () => A.maakContext(opties());
const rapport = () => A.toetsConvenant(eerste("convenant", parseConvenant), opties());
const regel = () => A.regelcatalogus.find((r) => r.id.startsWith("convenant/"))!;

/** Per geëxporteerde functie: een maker van geldige argumenten (elke aanroep nieuwe objecten). */
export const GELDIGE_ARGUMENTEN: Readonly<Record<string, () => unknown[]>> = {
  agendaBevindingen: () => [eerste("meerjarenagenda", parseMeerjarenagenda), context()],
  agendaCyclus: () => [eerste("meerjarenagenda", parseMeerjarenagenda), opties()],
  alleParameters: () => [],
  parameterMetId: () => ["gidsfunctie.fte-totaal"],
  arrangeurOmschrijving: () => [{ soort: "UWV", organisatie: "UWV" }],
  bedragInJaar: () => [A.parameters.impulsbudgetPerRegio, 2026, {}],
  cent: () => [100],
  citeer: () => ["KB2022", "§1", "tekst"],
  controleerCitaat: () => [{ bron: "KB2022", plaats: "§1" }],
  controleerPeildatum: () => [PD, ["peildatum"]],
  dagenInMaand: () => [2026, 2],
  dagenTussen: () => [PD, "2026-10-01"],
  deurTekst: () => [{ soort: "werkcentrum" }, "Werkcentrum Rijnmond"],
  dichtstbij: () => ["Rijnmnd", ["Rijnmond", "Twente"], 3],
  ernstVoor: () => ["wet", "nieuwe-wet"],
  euro: () => [5, 10],
  fail: () => [{ code: "verplicht", path: [], message: "x" }],
  fase: () => [PD, {}],
  faseUitleg: () => [PD, {}],
  transitieperiode: () => [{}],
  formatBedrag: () => [12345],
  formatCitaat: () => [{ bron: "KB2022", plaats: "§1", citaat: "x" }],
  formatPad: () => [["a", 1]],
  gemeentenVan: () => ["AM17"],
  heeftFout: () => [rapport()],
  hostVan: () => ["https://rijnmond.werkcentrum.nl/pad"],
  inkomenssituatieVan: () => [werkzoekende()],
  inwerkingtreding: () => [{}],
  isBronSleutel: () => ["KB2022"],
  isCent: () => [100],
  isPeildatum: () => [PD],
  isRegioCode: () => ["AM17"],
  isSchrikkeljaar: () => [2028],
  jaarVan: () => [PD],
  landelijkeMiddelenInJaar: () => [2026, {}],
  maakBevinding: () => [regel(), { uitkomst: "voldaan", pad: [], bericht: "x" }, context()],
  maakContext: () => [opties()],
  maakRapport: () => [[], context(), [regel()]],
  maakWerkplan: () => [werkzoekende(), { ...opties(), id: "wp", ondersteuningsbehoefte: "werk", activiteiten: [{ id: "a", omschrijving: "b", aanbieder: "c", status: "gepland" }] }],
  mijlpalen: () => [{}],
  mijlpalenNa: () => [PD, {}],
  miljoenEuro: () => ["23,5"],
  naarJsonPointer: () => [["a", 1]],
  naarSarif: () => [rapport(), A.regelcatalogus, "convenant.yaml"],
  normaliseer: () => ["Den Haag"],
  normaliseerHulpvraag: () => [werkzoekende()],
  ok: () => [1],
  ontvangstbewijs: () => [context(), [regel()]],
  oudeNaamIn: () => ["WSP Rijnmond"],
  parameterOp: () => [A.parameters.gidsfunctieFteUwv, PD, {}],
  parsePeildatum: () => [PD, ["peildatum"]],
  peildatum: () => [PD, ["peildatum"]],
  perJaar: () => [[[2026, 1]], "vastgesteld", { bron: "KB2022", plaats: "§1" }, () => ({})],
  plusDagen: () => [PD, 3],
  plusJaren: () => [PD, 3],
  plusMaanden: () => [PD, 3],
  redenTekst: () => ["uitkering-onbekend"],
  regioVanGemeente: () => ["Zaanstad"],
  regionaam: () => ["AM17"],
  regionaleMiddelen: () => [2026, {}],
  rolToegestaan: () => ["uwv", "kernpartner"],
  routeer: () => [werkzoekende(), opties()],
  samenvatting: () => [rapport().bevindingen],
  somBedragen: () => [[1, 2]],
  stappenplanOverzicht: () => [eerste("transitie", parseTransitiedossier), opties()],
  toetsAgenda: () => [eerste("meerjarenagenda", parseMeerjarenagenda), opties()],
  toetsConvenant: () => [eerste("convenant", parseConvenant), opties()],
  toetsRegionaalBeraad: () => [eerste("regionaal-beraad", parseRegionaalBeraad), opties()],
  toetsTransitie: () => [eerste("transitie", parseTransitiedossier), opties()],
  toetsWerkcentrum: () => [eerste("werkcentrum", parseWerkcentrum), opties()],
  transitieBevindingen: () => [eerste("transitie", parseTransitiedossier), context()],
  transitieMijlpalen: () => [{}],
  transitiedatums: () => [],
  uitlegRoutering: () => [routering()],
  uitlegStap: () => [routering().stappen[0], routering()],
  vergelijkLandelijkBeraad: () => ["S1", "KB2024"],
  vergelijkPeildata: () => [PD, "2026-10-01"],
  verwijzingNaar: () => [{ soort: "win-punt", status: "verwijzen", onderwerp: null, regel: "triage/win-punt" }],
  vindBron: () => ["KB2022"],
  vindGemeente: () => ["Zaanstad"],
  vindRegio: () => ["AM17"],
  voerRegelsUit: () => [[regel()], eerste("convenant", parseConvenant), context()],
  vwnwImpulsTotaal: () => [],
  waarde: () => [1, "vastgesteld", { bron: "KB2022", plaats: "§1" }, { vanaf: "2026-01-01" }],
  werkcentrumNaam: () => ["AM17"],
  centrumgemeenteVan: () => ["AM17"],
  werkcentrumSubdomein: () => ["AM17"],
  wijzigInkomenssituatie: () => {
    const s = A.maakWerkplan(werkzoekende() as A.PersoonsHulpvraag, { peildatum: "2026-02-02", activiteiten: [{ id: "a", omschrijving: "b", aanbieder: "c", status: "lopend" }] });
    if (s.status !== "bepaald") throw new Error("geen plan");
    return [s.werkplan, { vrager: "werkzoekende", uitkering: "bijstand", herkomst: "x" }, opties()];
  },
  zoekGemeente: () => ["Zaanstad"],
  zoekInstrumenten: () => [eerste("menukaart", parseMenukaart), werkzoekende()],
  zoekRegio: () => ["AM17"],
};
