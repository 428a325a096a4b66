import { describe, expect, it } from "vitest";
import { kern, toetsRegel } from "../../test/hulp/contract.js";
import { met, volledigConvenant } from "../../test/hulp/fixtures.js";
import type { Regel } from "../bevinding/model.js";
import { CENTRUMGEMEENTEN } from "../regio/centrumgemeenten.js";
import type { Partij, RegionaalBeraad } from "./model.js";
import {
  adviseurGeenStemrecht,
  besluitStrategischePartner,
  eenCentrumgemeenteMetRegie,
  gemeentenUitRegio,
  kernpartnersCompleet,
  kernpartnerSoort,
  regioEnCentrumgemeente,
  samenwerkingspartnerGeenStemrecht,
  soortStrategischePartner,
} from "./regels.js";

/**
 * Aanvullende tests voor de regels over het Regionaal Beraad, gevonden met mutatietesten
 * (docs/mutatietesten.md): per tak uitkomst, pad en gegevens exact (gevonden en verwacht),
 * betwiste regio's, een besluit op de peildatum, en welke hint bij welke uitkomst hoort.
 */

const basis = (): RegionaalBeraad => volledigConvenant();
const metPartijen = (partijen: Partij[], regio = "Rijnmond"): RegionaalBeraad => ({ regio, partijen });
const P = "2026-09-01";

const toets = (regel: Regel<RegionaalBeraad>, b: RegionaalBeraad, peildatum = P) => toetsRegel(regel, b, peildatum);
const k = (regel: Regel<RegionaalBeraad>, b: RegionaalBeraad, peildatum = P) => toets(regel, b, peildatum).map(kern);

const gemeente = (naam: string, x: Partial<Partij> = {}): Partij => ({ naam, soort: "gemeente", rol: "kernpartner", ...x });

describe("beraad/regio-en-centrumgemeente", () => {
  it("voldaan: de regiocode en de gemeentecode met zekerheid", () => {
    expect(k(regioEnCentrumgemeente, basis())).toStrictEqual([
      { uitkomst: "voldaan", pad: "regio", gegevens: { regio: "AM22" } },
      { uitkomst: "voldaan", pad: "partijen.0.gemeente", gegevens: { gemeente: "GM0599", zekerheid: "bevestigd" } },
    ]);
  });

  it("onbekende regio: gevonden en suggesties, met of zonder suggestie een hint", () => {
    const [a] = toets(regioEnCentrumgemeente, { ...basis(), regio: "Rijmond" });
    expect(kern(a!)).toMatchObject({ uitkomst: "niet-voldaan", pad: "regio", gegevens: { gevonden: "Rijmond", suggesties: expect.arrayContaining(["Rijnmond"]) } });
    expect(a!.hint).toMatch(/^Bedoelde u "Rijnmond"/);
    const [b] = toets(regioEnCentrumgemeente, { ...basis(), regio: "qqqqqqqq" });
    expect(kern(b!)).toStrictEqual({ uitkomst: "niet-voldaan", pad: "regio", gegevens: { gevonden: "qqqqqqqq", suggesties: [] } });
    expect(b!.hint).toBe("Gebruik de CBS-naam of -code (bijv. AM22 of Rijnmond).");
  });

  it("alleen partijen met centrumgemeente: true tellen; via de naam als er geen veld gemeente is", () => {
    const b = metPartijen([gemeente("Gemeente Schiedam", { centrumgemeente: false }), gemeente("Rotterdam", { centrumgemeente: true })]);
    expect(k(regioEnCentrumgemeente, b)).toStrictEqual([
      { uitkomst: "voldaan", pad: "regio", gegevens: { regio: "AM22" } },
      { uitkomst: "voldaan", pad: "partijen.1.naam", gegevens: { gemeente: "GM0599", zekerheid: "bevestigd" } },
    ]);
  });

  it("een andere gemeente: gevonden, verwacht, zekerheid en bronnen; bij alleen de regeling van 2013 beoordelen", () => {
    const u = toets(regioEnCentrumgemeente, met(basis(), ["partijen", 0, "gemeente"], "Schiedam"))[1]!;
    expect(kern(u)).toStrictEqual({
      uitkomst: "niet-voldaan",
      pad: "partijen.0.gemeente",
      gegevens: { gevonden: "GM0606", verwacht: "GM0599", zekerheid: "bevestigd", bronnen: (CENTRUMGEMEENTEN["AM22"] as { bronnen: unknown }).bronnen },
    });
    expect(u.bericht).toMatch(/dat is Rotterdam\.$/);
    const zaan = toets(regioEnCentrumgemeente, metPartijen([gemeente("Gemeente Purmerend", { gemeente: "Purmerend", centrumgemeente: true })], "AM17"))[1]!;
    expect(zaan.uitkomst).toBe("beoordelen");
    expect(zaan.pad).toStrictEqual(["partijen", 0, "gemeente"]);
    expect(zaan.gegevens).toMatchObject({ gevonden: "GM0439", verwacht: "GM0479", zekerheid: "alleen-2013" });
    expect(zaan.bericht).toBe("Purmerend is niet de centrumgemeente van Zaanstreek/Waterland volgens de regeling van 2013 (Zaanstad); een latere bron is niet gevonden.");
    expect(zaan.hint).toBe("Ga na of de centrumgemeente sinds 2013 is gewijzigd; zo niet, wijs Zaanstad aan.");
  });

  it("een niet-herkende of oude naam: beoordelen met de verwachte centrumgemeente (ook betwist) en een passende hint", () => {
    const onbekend = toets(regioEnCentrumgemeente, met(basis(), ["partijen", 0, "gemeente"], "Qqqqq"))[1]!;
    expect(kern(onbekend)).toStrictEqual({ uitkomst: "beoordelen", pad: "partijen.0.gemeente", gegevens: { gevonden: "Qqqqq", verwacht: "Rotterdam" } });
    expect(onbekend.hint).toBe("Vul bij 'gemeente' de CBS-naam of -code in (bijv. GM0599).");
    const zl = toets(regioEnCentrumgemeente, metPartijen([gemeente("Qqqqq", { centrumgemeente: true })], "AM30"));
    expect(zl[0]!.bericht).toContain("verwachte centrumgemeente: een van Heerlen en Maastricht, of Heerlen, Sittard-Geleen en Maastricht samen (betwist)");
    expect(zl[1]!.gegevens).toStrictEqual({ gevonden: "Qqqqq", verwacht: "een van Heerlen en Maastricht, of Heerlen, Sittard-Geleen en Maastricht samen (betwist)" });
    const zeeland = toets(regioEnCentrumgemeente, metPartijen([gemeente("Qqqqq", { centrumgemeente: true })], "AM24"));
    expect(zeeland[0]!.bericht).toContain("verwachte centrumgemeente: een van Goes en Middelburg (Z.) (betwist)");
    const oud = toets(regioEnCentrumgemeente, metPartijen([gemeente("Weesp", { centrumgemeente: true })], "AM18"))[1]!;
    expect(oud.hint).toMatch(/^Weesp bestaat sinds \d{4} niet meer als gemeente\.$/);
  });

  it("betwiste regio: een van de lezingen is beoordelen met alle lezingen en de toelichting als hint; een andere gemeente niet-voldaan", () => {
    const cg = CENTRUMGEMEENTEN["AM30"];
    if (cg?.status !== "betwist" || cg.meerdereInDePraktijk === undefined) throw new Error("Zuid-Limburg is betwist, met een gezamenlijke lezing");
    const samen = cg.meerdereInDePraktijk;
    const gegevens = (gevonden: string) => ({
      gevonden,
      lezingen: cg.lezingen.map((l) => ({ gemeente: l.gemeente, naam: l.naam, bronnen: l.bronnen, toelichting: l.toelichting })),
      gezamenlijkeLezing: { gemeenten: samen.gemeenten, bronnen: samen.bronnen, toelichting: samen.toelichting },
    });
    const alle = "De centrumgemeente van Zuid-Limburg is betwist: Heerlen (P12) of Maastricht (R13), of Heerlen, Sittard-Geleen en Maastricht samen (P13).";
    const maastricht = toets(regioEnCentrumgemeente, metPartijen([gemeente("Gemeente Maastricht", { gemeente: "Maastricht", centrumgemeente: true })], "AM30"))[1]!;
    expect(maastricht).toMatchObject({ uitkomst: "beoordelen", pad: ["partijen", 0, "gemeente"], hint: cg.toelichting });
    expect(maastricht.gegevens).toEqual(gegevens("GM0935"));
    expect(maastricht.bericht).toBe(`${alle} Het document noemt Maastricht, een van de lezingen.`);
    const kerkrade = toets(regioEnCentrumgemeente, metPartijen([gemeente("Gemeente Kerkrade", { gemeente: "Kerkrade", centrumgemeente: true })], "AM30"))[1]!;
    expect(kerkrade.uitkomst).toBe("niet-voldaan");
    expect(kerkrade.gegevens).toEqual(gegevens("GM0928"));
    expect(kerkrade.bericht).toBe(`Kerkrade is geen van de lezingen voor de centrumgemeente van Zuid-Limburg: Heerlen (P12) of Maastricht (R13), of Heerlen, Sittard-Geleen en Maastricht samen (P13).`);
    expect("hint" in kerkrade).toBe(false);
    // Venlo hoort bij Noord-Limburg: geen gemeente van de regio, dus zeker niet de centrumgemeente.
    const venlo = toets(regioEnCentrumgemeente, metPartijen([gemeente("Gemeente Venlo", { gemeente: "Venlo", centrumgemeente: true })], "AM30"))[1]!;
    expect(venlo.uitkomst).toBe("niet-voldaan");
    const { gevonden: _g, ...lezingen } = gegevens("GM0983");
    expect(venlo.gegevens).toEqual({ gevonden: "GM0983", regioVanGemeente: "AM29", verwacht: lezingen });
    expect(venlo.bericht).toMatch(/^Venlo hoort niet bij Zuid-Limburg maar bij Noord-Limburg, en kan dus niet de centrumgemeente van Zuid-Limburg zijn; verwacht: /);
  });

  it("Zeeland (geen gezamenlijke lezing): de gegevens hebben de lezingen, zonder gezamenlijke lezing; de toelichting is de hint", () => {
    const cg = CENTRUMGEMEENTEN["AM24"];
    if (cg?.status !== "betwist" || cg.meerdereInDePraktijk !== undefined) throw new Error("Zeeland is betwist, zonder gezamenlijke lezing");
    const goes = toets(regioEnCentrumgemeente, metPartijen([gemeente("Gemeente Goes", { gemeente: "Goes", centrumgemeente: true })], "AM24"))[1]!;
    expect(kern(goes)).toStrictEqual({
      uitkomst: "beoordelen",
      pad: "partijen.0.gemeente",
      gegevens: { gevonden: "GM0664", lezingen: cg.lezingen.map((l) => ({ gemeente: l.gemeente, naam: l.naam, bronnen: l.bronnen, toelichting: l.toelichting })) },
    });
    expect(goes.hint).toBe(cg.toelichting);
  });

  it("Zuid-Limburg: Sittard-Geleen staat alleen in de gezamenlijke lezing (P13); alleen aangewezen is beoordelen, zonder te beweren dat een bron het alleen noemt", () => {
    const alle = "De centrumgemeente van Zuid-Limburg is betwist: Heerlen (P12) of Maastricht (R13), of Heerlen, Sittard-Geleen en Maastricht samen (P13).";
    const alleen = toets(regioEnCentrumgemeente, metPartijen([gemeente("Gemeente Sittard-Geleen", { gemeente: "Sittard-Geleen", centrumgemeente: true })], "AM30"))[1]!;
    expect(kern(alleen)).toMatchObject({ uitkomst: "beoordelen", pad: "partijen.0.gemeente" });
    expect(alleen.bericht).toBe(
      `${alle} Het document noemt Sittard-Geleen; geen bron noemt Sittard-Geleen als enige centrumgemeente: alleen P13 noemt Sittard-Geleen, en dan samen met Heerlen en Maastricht als centrumgemeenten.`,
    );
    expect(alleen.bericht).not.toMatch(/Sittard-Geleen \(P13\) of|Sittard-Geleen, een van de lezingen/);
    const cg = CENTRUMGEMEENTEN["AM30"];
    if (cg?.status !== "betwist" || cg.meerdereInDePraktijk === undefined) throw new Error("Zuid-Limburg is betwist, met een gezamenlijke lezing");
    expect(alleen.hint).toBe(cg.toelichting);
    expect(alleen.gegevens).toStrictEqual({
      gevonden: "GM1883",
      lezingen: cg.lezingen.map((l) => ({ gemeente: l.gemeente, naam: l.naam, bronnen: l.bronnen, toelichting: l.toelichting })),
      gezamenlijkeLezing: { gemeenten: cg.meerdereInDePraktijk.gemeenten, bronnen: cg.meerdereInDePraktijk.bronnen, toelichting: cg.meerdereInDePraktijk.toelichting },
    });
    // Met Heerlen en Maastricht erbij: precies de gezamenlijke lezing.
    const drie = metPartijen(
      [
        gemeente("Gemeente Heerlen", { gemeente: "Heerlen", centrumgemeente: true, functioneleRegie: true }),
        gemeente("Gemeente Sittard-Geleen", { gemeente: "GM1883", centrumgemeente: true }),
        gemeente("Gemeente Maastricht", { gemeente: "Maastricht", centrumgemeente: true }),
      ],
      "Zuid-Limburg",
    );
    const u = toets(regioEnCentrumgemeente, drie).filter((x) => x.pad[0] === "partijen");
    expect(u.map((x) => x.uitkomst)).toStrictEqual(["beoordelen", "beoordelen", "beoordelen"]);
    expect(u[0]!.bericht).toBe(`${alle} Het document noemt Heerlen, een van de lezingen.`);
    expect(u[1]!.bericht).toBe(`${alle} Het document noemt Sittard-Geleen samen met Heerlen en Maastricht, zoals de gezamenlijke lezing (P13).`);
    // Met alleen Heerlen erbij (niet Maastricht): nog steeds niet de gezamenlijke lezing.
    const twee = metPartijen(
      [gemeente("Gemeente Heerlen", { gemeente: "Heerlen", centrumgemeente: true }), gemeente("Gemeente Sittard-Geleen", { gemeente: "Sittard-Geleen", centrumgemeente: true })],
      "AM30",
    );
    expect(toets(regioEnCentrumgemeente, twee)[2]!.bericht).toContain("geen bron noemt Sittard-Geleen als enige centrumgemeente");
    // Heerlen en Maastricht als partij, maar alleen Sittard-Geleen aangewezen: niet de gezamenlijke lezing (alleen aangewezen partijen tellen).
    const nietAangewezen = metPartijen(
      [
        gemeente("Gemeente Heerlen", { gemeente: "Heerlen" }),
        gemeente("Gemeente Sittard-Geleen", { gemeente: "Sittard-Geleen", centrumgemeente: true }),
        gemeente("Gemeente Maastricht", { gemeente: "Maastricht", centrumgemeente: false }),
      ],
      "AM30",
    );
    expect(toets(regioEnCentrumgemeente, nietAangewezen)[1]!.bericht).toBe(
      `${alle} Het document noemt Sittard-Geleen; geen bron noemt Sittard-Geleen als enige centrumgemeente: alleen P13 noemt Sittard-Geleen, en dan samen met Heerlen en Maastricht als centrumgemeenten.`,
    );
    // In Zeeland (geen gezamenlijke lezing) is Sittard-Geleen gewoon geen lezing.
    expect(toets(regioEnCentrumgemeente, metPartijen([gemeente("Sittard-Geleen", { centrumgemeente: true })], "AM24"))[1]!.uitkomst).toBe("niet-voldaan");
  });
});

describe("beraad/een-centrumgemeente-met-regie", () => {
  it("geen centrumgemeente: de verwachte in de hint (alleen als de regio bekend is)", () => {
    const [a] = toets(eenCentrumgemeenteMetRegie, metPartijen([gemeente("Rotterdam")]));
    expect(kern(a!)).toStrictEqual({ uitkomst: "niet-voldaan", pad: "partijen" });
    expect(a!.hint).toContain("verwacht: Rotterdam");
    const [b] = toets(eenCentrumgemeenteMetRegie, metPartijen([gemeente("Rotterdam")], "Onbekend"));
    expect("hint" in b!).toBe(false);
  });

  it("twee centrumgemeenten: de tweede op haar pad, met beide namen", () => {
    const b = metPartijen([gemeente("A", { centrumgemeente: true, functioneleRegie: true }), gemeente("B", { centrumgemeente: true })]);
    const u = toets(eenCentrumgemeenteMetRegie, b);
    expect(u.map(kern)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "partijen.1.centrumgemeente", gegevens: { centrumgemeenten: ["A", "B"] } }]);
    expect("hint" in u[0]!).toBe(false);
    expect(u[0]!.bericht).toBe("Meer dan één centrumgemeente: A en B. Een regio heeft één centrumgemeente.");
    // Ook in Zuid-Limburg: A en B zijn geen van de lezingen.
    expect(toets(eenCentrumgemeenteMetRegie, { ...b, regio: "AM30" }).map((x) => x.uitkomst)).toStrictEqual(["niet-voldaan"]);
  });

  it("Zuid-Limburg met de drie centrumgemeenten uit de praktijk (P13): beoordelen, met alle lezingen; één daarbuiten: niet-voldaan", () => {
    const drie = metPartijen([
      gemeente("Heerlen", { centrumgemeente: true, functioneleRegie: true }),
      gemeente("Maastricht", { centrumgemeente: true, functioneleRegie: true }),
      gemeente("Sittard-Geleen", { centrumgemeente: true }),
    ]);
    const u = toets(eenCentrumgemeenteMetRegie, { ...drie, regio: "Zuid-Limburg" });
    expect(u.map((x) => [x.uitkomst, x.pad.join(".")])).toStrictEqual([
      ["beoordelen", "partijen.1.centrumgemeente"],
      ["beoordelen", "partijen.2.centrumgemeente"],
      ["beoordelen", "partijen.1.functioneleRegie"],
    ]);
    expect(u[0]!.bericht).toBe(
      "Meer dan één centrumgemeente: Heerlen, Maastricht en Sittard-Geleen. De regeling kent één centrumgemeente per regio, maar de bronnen over Zuid-Limburg spreken elkaar tegen: Heerlen (P12) of Maastricht (R13), of Heerlen, Sittard-Geleen en Maastricht samen (P13).",
    );
    expect(u[0]!.hint).toContain("artikel 1.8 Regeling SUWI");
    const g = u[0]!.gegevens as { lezingen: { naam: string }[]; gezamenlijkeLezing: { gemeenten: { naam: string }[] } };
    expect(g.lezingen.map((l) => l.naam)).toStrictEqual(["Heerlen", "Maastricht"]);
    expect(g.gezamenlijkeLezing.gemeenten.map((l) => l.naam)).toStrictEqual(["Heerlen", "Sittard-Geleen", "Maastricht"]);
    expect(u[2]!.bericht).toBe("Ook Maastricht heeft de functionele regie; bij meerdere centrumgemeenten is niet vast te stellen bij wie die ligt.");
    // Zeeland is ook betwist, maar Heerlen is daar geen lezing; en een vierde gemeente buiten de lezingen maakt het niet-voldaan.
    expect(toets(eenCentrumgemeenteMetRegie, { ...drie, regio: "AM24" }).map((x) => x.uitkomst)).toStrictEqual(["niet-voldaan", "niet-voldaan", "niet-voldaan"]);
    // Zeeland is betwist over wélke gemeente (Goes of Middelburg), maar geen bron zegt dat de regio er twee heeft.
    const zeeland = metPartijen([gemeente("Goes", { centrumgemeente: true, functioneleRegie: true }), gemeente("Middelburg", { centrumgemeente: true })]);
    expect(toets(eenCentrumgemeenteMetRegie, { ...zeeland, regio: "Zeeland" }).map((x) => x.uitkomst)).toStrictEqual(["niet-voldaan"]);
    // De volgorde in het document doet er niet toe: de regie mag bij elk van de drie liggen.
    const omgekeerd = metPartijen([gemeente("Maastricht", { centrumgemeente: true }), gemeente("Heerlen", { centrumgemeente: true, functioneleRegie: true })]);
    expect(toets(eenCentrumgemeenteMetRegie, { ...omgekeerd, regio: "AM30" }).map((x) => [x.uitkomst, x.pad.join(".")])).toStrictEqual([["beoordelen", "partijen.1.centrumgemeente"]]);
    // Twee van de drie: geen bron noemt precies die twee; de melding zegt dat.
    expect(toets(eenCentrumgemeenteMetRegie, { ...omgekeerd, regio: "AM30" })[0]!.bericht).toMatch(/ Het document wijst er 2 van de 3 uit de gezamenlijke lezing aan\.$/);
    expect(u[0]!.bericht).not.toContain("van de 3");
    // Geen van hen heeft de regie: niet-voldaan.
    const zonderRegie = metPartijen([gemeente("Maastricht", { centrumgemeente: true }), gemeente("Heerlen", { centrumgemeente: true })]);
    expect(toets(eenCentrumgemeenteMetRegie, { ...zonderRegie, regio: "AM30" }).map((x) => [x.uitkomst, x.pad.join(".")])).toStrictEqual([
      ["beoordelen", "partijen.1.centrumgemeente"],
      ["niet-voldaan", "partijen.0.functioneleRegie"],
    ]);
    const vier = metPartijen([...drie.partijen, gemeente("Vaals", { centrumgemeente: true })]);
    expect(toets(eenCentrumgemeenteMetRegie, { ...vier, regio: "AM30" }).map((x) => x.uitkomst)).toStrictEqual(["niet-voldaan", "niet-voldaan", "niet-voldaan", "niet-voldaan"]);
  });

  it("geen gemeente, geen kernpartner, geen regie, of de regie elders: elk op het eigen pad, en dan geen voldaan", () => {
    const b = metPartijen([
      { naam: "UWV", soort: "uwv", rol: "strategische-partner", centrumgemeente: true },
      gemeente("Schiedam", { functioneleRegie: true }),
    ]);
    const u = toets(eenCentrumgemeenteMetRegie, b);
    expect(u.map(kern)).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "partijen.0.soort" },
      { uitkomst: "niet-voldaan", pad: "partijen.0.rol" },
      { uitkomst: "niet-voldaan", pad: "partijen.0.functioneleRegie" },
      { uitkomst: "niet-voldaan", pad: "partijen.1.functioneleRegie" },
    ]);
    expect(u[2]!.hint).toBe("Zet functioneleRegie: true bij de centrumgemeente.");
    expect(u[3]!.bericht).toContain("(UWV)");
    expect(toets(eenCentrumgemeenteMetRegie, metPartijen([gemeente("R", { centrumgemeente: true, functioneleRegie: true })])).map(kern)).toStrictEqual([{ uitkomst: "voldaan", pad: "partijen.0" }]);
    expect(toets(eenCentrumgemeenteMetRegie, metPartijen([gemeente("R", { centrumgemeente: true, functioneleRegie: true, rol: "adviseur" })])).map(kern)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "partijen.0.rol" }]);
  });
});

describe("beraad/kernpartners-compleet en de contactschool", () => {
  it("voldaan: per categorie de eerste kernpartner van die soort", () => {
    const b = metPartijen([
      { naam: "SBB regio", soort: "sbb", rol: "samenwerkingspartner" },
      ...basis().partijen,
    ]);
    const u = k(kernpartnersCompleet, b);
    expect(u.find((x) => (x.gegevens as { categorie: string }).categorie === "sbb")).toStrictEqual({ uitkomst: "voldaan", pad: "partijen.4", gegevens: { categorie: "sbb" } });
    expect(u.at(-1)).toStrictEqual({ uitkomst: "voldaan", pad: "partijen.7", gegevens: { categorie: "contactschool" } });
  });

  it("een categorie met een andere rol: op de rol, met gevonden en verwacht; zonder partij van die soort: op partijen", () => {
    const b = metPartijen([gemeente("R"), { naam: "SBB regio", soort: "sbb", rol: "samenwerkingspartner" }]);
    const u = toets(kernpartnersCompleet, b);
    expect(u.slice(0, 5).map(kern)).toStrictEqual([
      { uitkomst: "voldaan", pad: "partijen.0", gegevens: { categorie: "gemeente" } },
      { uitkomst: "niet-voldaan", pad: "partijen", gegevens: { categorie: "uwv" } },
      { uitkomst: "niet-voldaan", pad: "partijen.1.rol", gegevens: { categorie: "sbb", gevonden: "samenwerkingspartner", verwacht: "kernpartner" } },
      { uitkomst: "niet-voldaan", pad: "partijen", gegevens: { categorie: "werkgeversorganisatie" } },
      { uitkomst: "niet-voldaan", pad: "partijen", gegevens: { categorie: "werknemersorganisatie" } },
    ]);
    expect(u[2]!.hint).toBe("Geef SBB regio de rol kernpartner.");
  });

  const school = (x: Partial<Partij>): Partij => ({ naam: "School", soort: "onderwijsinstelling", rol: "kernpartner", ...x });
  const cs = (...p: Partij[]) => toets(kernpartnersCompleet, metPartijen(p)).slice(5);

  it("geen contactschool: op de school die er wel is, of op partijen; elk met een eigen hint", () => {
    const [a] = cs(gemeente("R"), { naam: "UWV", soort: "uwv", rol: "kernpartner", contactschool: true }, school({ contactschool: false }));
    expect(kern(a!)).toStrictEqual({ uitkomst: "niet-voldaan", pad: "partijen.2.contactschool", gegevens: { categorie: "contactschool" } });
    expect(a!.hint).toContain("Wijs één onderwijsinstelling aan");
    const [b] = cs(gemeente("R"));
    expect(kern(b!)).toStrictEqual({ uitkomst: "niet-voldaan", pad: "partijen", gegevens: { categorie: "contactschool" } });
    expect(b!.hint).toContain("Neem de contactschool op");
  });

  it("twee contactscholen: de tweede op haar pad; de eerste wordt verder getoetst", () => {
    const u = cs(school({ naam: "ROC A", contactschool: true, onderwijssoort: "roc" }), school({ naam: "ROC B", contactschool: true, onderwijssoort: "roc" }));
    expect(u.map(kern)).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "partijen.1.contactschool", gegevens: { categorie: "contactschool" } },
      { uitkomst: "voldaan", pad: "partijen.0", gegevens: { categorie: "contactschool" } },
    ]);
    expect(u[0]!.bericht).toContain("ROC A en ROC B");
  });

  it("de contactschool: rol, onderwijssoort en een regionale afspraak (datum of kenmerk volstaat)", () => {
    expect(cs(school({ contactschool: true, rol: "strategische-partner" })).map(kern)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "partijen.0.rol", gegevens: { categorie: "contactschool" } }]);
    const onbekend = cs(school({ contactschool: true }));
    expect(onbekend.map(kern)).toStrictEqual([{ uitkomst: "beoordelen", pad: "partijen.0.onderwijssoort", gegevens: { categorie: "contactschool" } }]);
    expect(onbekend[0]!.hint).toContain("onderwijssoort");
    for (const afspraak of [{ datum: "2025-01-01" }, { kenmerk: "X-1" }]) {
      expect(cs(school({ contactschool: true, onderwijssoort: "aoc", contactschoolAfspraak: afspraak })).map(kern)).toStrictEqual([{ uitkomst: "voldaan", pad: "partijen.0", gegevens: { categorie: "contactschool" } }]);
    }
    for (const afspraak of [{}, { datum: " ", kenmerk: "" }, undefined]) {
      const u = cs(school({ contactschool: true, onderwijssoort: "aoc", ...(afspraak !== undefined && { contactschoolAfspraak: afspraak }) }));
      expect(u.map(kern)).toStrictEqual([{ uitkomst: "beoordelen", pad: "partijen.0.contactschoolAfspraak", gegevens: { categorie: "contactschool", gevonden: "aoc" } }]);
      expect(u[0]!.hint).toContain("tenzij anders regionaal afgesproken");
    }
    expect(cs(school({ contactschool: true, onderwijssoort: "aoc", contactschoolAfspraak: { datum: "2025-01-01" } }))[0]!.bericht).toContain("(aoc), met een regionale afspraak");
  });
});

describe("beraad/kernpartner-soort", () => {
  it("een soort die geen kernpartner kan zijn: niet-voldaan op de rol met de soort; een tweede school: beoordelen", () => {
    const b = metPartijen([gemeente("R"), { naam: "Provincie", soort: "provincie", rol: "kernpartner" }, { naam: "Hogeschool", soort: "onderwijsinstelling", rol: "kernpartner" }]);
    const u = toets(kernpartnerSoort, b);
    expect(u.map(kern)).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "partijen.1.rol", gegevens: { gevonden: "provincie" } },
      { uitkomst: "beoordelen", pad: "partijen.2.rol", gegevens: { gevonden: "onderwijsinstelling" } },
    ]);
    expect(u[1]!.hint).toContain("strategische partner");
  });

  it("geen kernpartners: n.v.t.; alle goed: voldaan met het aantal", () => {
    expect(k(kernpartnerSoort, metPartijen([{ naam: "P", soort: "provincie", rol: "strategische-partner" }]))).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "partijen" }]);
    const u = toets(kernpartnerSoort, metPartijen([gemeente("R"), { naam: "School", soort: "onderwijsinstelling", rol: "kernpartner", contactschool: true }]));
    expect(u.map(kern)).toStrictEqual([{ uitkomst: "voldaan", pad: "partijen" }]);
    expect(u[0]!.bericht).toContain("Alle 2 kernpartners");
  });
});

describe("beraad/gemeenten-uit-regio", () => {
  it("een gemeente uit een andere regio: de gemeente, de gevonden en de verwachte regio", () => {
    const b = metPartijen([gemeente("Gemeente Amsterdam", { gemeente: "Amsterdam" }), gemeente("Rotterdam", { vertegenwoordigt: ["Schiedam", "Zaanstad"] })]);
    const u = toets(gemeentenUitRegio, b);
    expect(u.map(kern)).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "partijen.0.gemeente", gegevens: { gemeente: "GM0363", gevonden: "AM18", verwacht: "AM22" } },
      { uitkomst: "niet-voldaan", pad: "partijen.1.vertegenwoordigt.1", gegevens: { gemeente: "GM0479", gevonden: "AM17", verwacht: "AM22" } },
    ]);
    expect(u[0]!.bericht).toBe("Amsterdam hoort niet bij Rijnmond maar bij Groot Amsterdam.");
  });

  it("een oude naam, een onbekende naam: beoordelen met wat gevonden is (en suggesties)", () => {
    const u = toets(gemeentenUitRegio, metPartijen([gemeente("Weesp"), gemeente("Qqqqqq"), gemeente("Rotterdamm")], "AM18"));
    expect(u.map(kern)).toStrictEqual([
      { uitkomst: "beoordelen", pad: "partijen.0.naam", gegevens: { gevonden: "Weesp" } },
      { uitkomst: "beoordelen", pad: "partijen.1.naam", gegevens: { gevonden: "Qqqqqq", suggesties: [] } },
      { uitkomst: "beoordelen", pad: "partijen.2.naam", gegevens: { gevonden: "Rotterdamm", suggesties: expect.arrayContaining(["Rotterdam"]) } },
    ]);
    expect(u[0]!.hint).toBe("Gebruik de huidige gemeente (indeling 2026).");
    expect(u[1]!.hint).toBe("Vul bij 'gemeente' de CBS-naam of -code in.");
    expect(u[2]!.hint).toMatch(/^Bedoelde u "Rotterdam"/);
  });

  it("alleen gemeenten die kernpartner zijn; zonder: n.v.t.; onbekende regio: n.v.t. op de regio; alles goed: het aantal", () => {
    const b = metPartijen([gemeente("Amsterdam", { rol: "samenwerkingspartner" }), { naam: "Amsterdam", soort: "uwv", rol: "kernpartner" }]);
    expect(k(gemeentenUitRegio, b)).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "partijen" }]);
    expect(k(gemeentenUitRegio, metPartijen([gemeente("Rotterdam")], "Onbekend"))).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "regio" }]);
    expect(k(gemeentenUitRegio, metPartijen([gemeente("Rotterdam", { vertegenwoordigt: ["Schiedam"] })]))).toStrictEqual([{ uitkomst: "voldaan", pad: "partijen", gegevens: { aantal: 2 } }]);
  });
});

describe("beraad/besluit-strategische-partner", () => {
  const sp = (toelating?: Partij["toelating"]): Partij => ({ naam: "Provincie", soort: "provincie", rol: "strategische-partner", ...(toelating !== undefined && { toelating }) });

  it("een besluit op de peildatum telt; een dag later niet (met datum en peildatum)", () => {
    expect(k(besluitStrategischePartner, metPartijen([gemeente("R"), sp({ datum: P, kenmerk: "K" })]))).toStrictEqual([{ uitkomst: "voldaan", pad: "partijen.1.toelating" }]);
    expect(k(besluitStrategischePartner, metPartijen([sp({ datum: "2026-09-02", kenmerk: "K" })]))).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "partijen.0.toelating.datum", gegevens: { gevonden: "2026-09-02", peildatum: P } },
    ]);
  });

  it("zonder besluit, datum of kenmerk: elk op het eigen pad; zonder strategische partners n.v.t.", () => {
    expect(k(besluitStrategischePartner, metPartijen([sp()]))).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "partijen.0.toelating" }]);
    expect(k(besluitStrategischePartner, metPartijen([sp({})]))).toStrictEqual([
      { uitkomst: "niet-voldaan", pad: "partijen.0.toelating.datum" },
      { uitkomst: "niet-voldaan", pad: "partijen.0.toelating.kenmerk" },
    ]);
    expect(k(besluitStrategischePartner, metPartijen([gemeente("R")]))).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "partijen" }]);
  });
});

describe("beraad: geen stemrecht voor samenwerkingspartners en adviseurs", () => {
  for (const [regel, rol] of [
    [samenwerkingspartnerGeenStemrecht, "samenwerkingspartner"],
    [adviseurGeenStemrecht, "adviseur"],
  ] as const) {
    it(regel.id, () => {
      const p = (stemrecht?: boolean): Partij => ({ naam: "X", soort: "overig", rol, ...(stemrecht !== undefined && { stemrecht }) });
      expect(k(regel, metPartijen([gemeente("R", { stemrecht: true }), p(true), p(false)]))).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "partijen.1.stemrecht" }]);
      const goed = toets(regel, metPartijen([p(false), p()]));
      expect(goed.map(kern)).toStrictEqual([{ uitkomst: "voldaan", pad: "partijen" }]);
      expect(goed[0]!.bericht).toContain(`Geen van de 2 partijen met rol ${rol}`);
      expect(k(regel, metPartijen([gemeente("R", { stemrecht: true })]))).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "partijen" }]);
    });
  }
});

describe("beraad/soort-strategische-partner", () => {
  const sp = (soort: Partij["soort"], koepel?: string): Partij => ({ naam: "X", soort, rol: "strategische-partner", ...(koepel !== undefined && { koepel }) });

  it("een soort die de handreiking niet noemt: beoordelen met de soort", () => {
    expect(k(soortStrategischePartner, metPartijen([gemeente("R"), sp("overig")]))).toStrictEqual([{ uitkomst: "beoordelen", pad: "partijen.1.soort", gegevens: { gevonden: "overig" } }]);
  });

  it("een koepel: ontbrekend of een andere koepel is beoordelen met de verwachte; de koepel telt zonder verschil in hoofdletters", () => {
    const zonder = toets(soortStrategischePartner, metPartijen([sp("uitzendorganisatie")]));
    expect(zonder.map(kern)).toStrictEqual([{ uitkomst: "beoordelen", pad: "partijen.0.koepel", gegevens: { verwacht: ["ABU", "NBBU"] } }]);
    expect(zonder[0]!.hint).toBe("Vul koepel in (ABU of NBBU).");
    expect(zonder[0]!.bericht).toContain("uitzendorganisatie verenigd in de ABU en/of de NBBU");
    expect(k(soortStrategischePartner, metPartijen([sp("uitzendorganisatie", "  ")]))[0]?.pad).toBe("partijen.0.koepel");
    expect(k(soortStrategischePartner, metPartijen([sp("verzuimbegeleiding", "Andere")]))).toStrictEqual([
      { uitkomst: "beoordelen", pad: "partijen.0.koepel", gegevens: { gevonden: "Andere", verwacht: ["OVAL"] } },
    ]);
    expect(k(soortStrategischePartner, metPartijen([sp("uitzendorganisatie", "nbbu")]))).toStrictEqual([{ uitkomst: "voldaan", pad: "partijen.0.soort" }]);
    expect(k(soortStrategischePartner, metPartijen([sp("provincie")]))).toStrictEqual([{ uitkomst: "voldaan", pad: "partijen.0.soort" }]);
    expect(k(soortStrategischePartner, metPartijen([gemeente("R")]))).toStrictEqual([{ uitkomst: "niet-van-toepassing", pad: "partijen" }]);
  });
});

describe("beraad: berichten, hints en grensgevallen (mutatietesten, ronde 2)", () => {
  it("regio-en-centrumgemeente: meer suggesties in de hint, met 'of' ertussen", () => {
    expect(toets(regioEnCentrumgemeente, { ...basis(), regio: "Groning" })[0]!.hint).toBe('Bedoelde u "Groningen" of "Groningen Noord-Drenthe"?');
  });

  it("regio-en-centrumgemeente: een oude naam noemt het jaar waarin de gemeente ophield (laatste jaar + 1)", () => {
    // Weesp: laatste jaar 2022 (CBS), sinds 2023 deel van Amsterdam
    expect(toets(regioEnCentrumgemeente, metPartijen([gemeente("Weesp", { centrumgemeente: true })], "AM18"))[1]!.hint).toBe("Weesp bestaat sinds 2023 niet meer als gemeente.");
  });

  it("regio-en-centrumgemeente: een betwiste lezing met meer bronnen noemt ze met komma's", () => {
    const goes = toets(regioEnCentrumgemeente, metPartijen([gemeente("Gemeente Goes", { gemeente: "Goes", centrumgemeente: true })], "AM24"))[1]!;
    expect(goes.uitkomst).toBe("beoordelen");
    expect(goes.bericht).toBe("De centrumgemeente van Zeeland is betwist: Goes (P10, P11) of Middelburg (Z.) (R13). Het document noemt Goes, een van de lezingen.");
  });

  it("een-centrumgemeente-met-regie: een centrumgemeente die geen gemeente is, is nooit voldaan (ook als rol en regie kloppen)", () => {
    const u = toets(eenCentrumgemeenteMetRegie, metPartijen([{ naam: "UWV", soort: "uwv", rol: "kernpartner", centrumgemeente: true, functioneleRegie: true }]));
    expect(u.map(kern)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "partijen.0.soort" }]);
    expect(u[0]!.bericht).toBe("UWV is als centrumgemeente aangewezen maar is geen gemeente (soort uwv).");
  });

  it("een-centrumgemeente-met-regie: twee centrumgemeenten in een onbekende regio, zonder hint voor Zuid-Limburg", () => {
    const u = toets(eenCentrumgemeenteMetRegie, metPartijen([gemeente("A", { centrumgemeente: true, functioneleRegie: true }), gemeente("B", { centrumgemeente: true })], "Onbekend"));
    expect(u.map(kern)).toStrictEqual([{ uitkomst: "niet-voldaan", pad: "partijen.1.centrumgemeente", gegevens: { centrumgemeenten: ["A", "B"] } }]);
    expect("hint" in u[0]!).toBe(false);
  });

  it("kernpartners-compleet: een partij met de verkeerde rol of een school zonder aanwijzing op index 0", () => {
    const u = toets(kernpartnersCompleet, metPartijen([{ naam: "UWV", soort: "uwv", rol: "adviseur" }, gemeente("R")]));
    expect(kern(u[1]!)).toStrictEqual({ uitkomst: "niet-voldaan", pad: "partijen.0.rol", gegevens: { categorie: "uwv", gevonden: "adviseur", verwacht: "kernpartner" } });
    const [school] = toets(kernpartnersCompleet, metPartijen([{ naam: "ROC", soort: "onderwijsinstelling", rol: "kernpartner" }, gemeente("R")])).slice(5);
    expect(kern(school!)).toStrictEqual({ uitkomst: "niet-voldaan", pad: "partijen.0.contactschool", gegevens: { categorie: "contactschool" } });
    expect(school!.bericht).toBe("Geen aangewezen contactschool; ROC is niet als contactschool aangewezen.");
  });

  it("gemeenten-uit-regio: een dubbelzinnige naam (met de kandidaten) en meer suggesties", () => {
    const u = toets(gemeentenUitRegio, metPartijen([gemeente("Bergen"), gemeente("Bergn")]));
    expect(u.map(kern)).toStrictEqual([
      { uitkomst: "beoordelen", pad: "partijen.0.naam", gegevens: { gevonden: "Bergen" } },
      { uitkomst: "beoordelen", pad: "partijen.1.naam", gegevens: { gevonden: "Bergn", suggesties: ["Bergen (L.)", "Bergen L", "Buren"] } },
    ]);
    expect(u[0]!.bericht).toBe('"Bergen" kan meerdere gemeenten zijn: Bergen (NH.) en Bergen (L.).');
    expect(u[0]!.hint).toBe("Gebruik de CBS-naam of -code.");
    expect(u[1]!.hint).toBe('Bedoelde u "Bergen (L.)" of "Bergen L" of "Buren"?');
  });

  it("geen stemrecht: het bericht legt per rol uit waarom", () => {
    const p = (rol: Partij["rol"]): Partij => ({ naam: "X", soort: "overig", rol, stemrecht: true });
    expect(toets(samenwerkingspartnerGeenStemrecht, metPartijen([p("samenwerkingspartner")]))[0]!.bericht).toBe(
      "X is samenwerkingspartner maar heeft stemrecht. Wie meebeslist, is kernpartner of (na besluit van de kernpartners) strategische partner.",
    );
    expect(toets(adviseurGeenStemrecht, metPartijen([p("adviseur")]))[0]!.bericht).toBe("X is adviseur maar heeft stemrecht. Een adviseur heeft een adviesrol bij de besluitvorming.");
  });

  it("soort-strategische-partner: een andere koepel noemt de voorwaarde uit de bron", () => {
    const u = toets(soortStrategischePartner, metPartijen([{ naam: "X", soort: "verzuimbegeleiding", rol: "strategische-partner", koepel: "Andere" }]));
    expect(u[0]!.bericht).toBe("De handreiking noemt verzuimbegeleiding verenigd in OVAL; X is lid van Andere.");
  });
});
