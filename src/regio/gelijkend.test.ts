import { describe, expect, it } from "vitest";
import { bedoeldeU, gelijkend } from "./normaliseer.js";

const PARTIJ = ["naam", "soort", "rol", "gemeente", "centrumgemeente", "functioneleRegie", "onderwijssoort", "contactschool", "toelichting"];
const UITKERINGEN = ["WW", "WIA/WGA", "Wajong", "bijstand", "geen", "onbekend"];

describe("gelijkend: de bekende naam waar een tikfout op lijkt", () => {
  it.each([
    ["rool", PARTIJ, ["rol"]], // één letter te veel
    ["partyen", ["regio", "partijen", "thematafels"], ["partijen"]], // twee bewerkingen op acht letters
    ["regoi", ["regio", "partijen"], ["regio"]], // twee verwisselde buurletters tellen als één
    ["ww", UITKERINGEN, ["WW"]], // alleen hoofdletters
    ["BIJSTAND", UITKERINGEN, ["bijstand"]],
    ["ww_einddatum", ["uitkering", "wwEinddatum"], ["wwEinddatum"]], // leestekens tellen niet
    ["geïntegreerd", ["geintegreerd", "samenwerking", "apart"], ["geintegreerd"]], // diakrieten tellen niet
    ["bedrag", ["omschrijving", "bedragCent", "inKind"], ["bedragCent"]], // staat erin en is minstens half zo lang
    ["wia", UITKERINGEN, ["WIA/WGA"]],
    ["kernparter", ["kernpartner", "strategische-partner", "samenwerkingspartner", "adviseur"], ["kernpartner"]],
  ])("%s → %j", (term, namen, verwacht) => {
    expect(gelijkend(term, namen)).toEqual(verwacht);
  });

  it.each([
    ["bsn", ["vrager", "uitkering", "onderwerpen", "deur", "regio"]], // lijkt nergens op
    ["foobar", PARTIJ],
    ["x", ["id", "naam"]], // korter dan 3 tekens: alleen als het op hoofdletters na gelijk is
    ["ab", ["id"]],
    ["werk", ["werkgroepen", "werkcentrum"]], // staat erin, maar is niet half zo lang
    ["!!!", ["naam"]], // niets over na het normaliseren
    ["", ["naam"]],
  ])("%s → geen voorstel", (term, namen) => {
    expect(gelijkend(term, namen)).toEqual([]);
  });

  it("de grens groeit met de lengte: een derde van de langste naam, minstens 1", () => {
    expect(gelijkend("rl", ["rol"])).toEqual([]); // kort: alleen gelijk op hoofdletters na
    expect(gelijkend("rxl", ["rol"])).toEqual(["rol"]); // 1 van 3
    expect(gelijkend("rxx", ["rol"])).toEqual([]); // 2 van 3
    expect(gelijkend("leeftyd", ["leeftijd"])).toEqual(["leeftijd"]); // 2 van 8
    expect(gelijkend("lftyd", ["leeftijd"])).toEqual([]); // 4 van 8
  });

  it("één voorstel (het beste); twee bij een gelijke stand, in de volgorde van de namen; niets bij drie of meer", () => {
    expect(gelijkend("regioo", ["regio", "regios", "regels"])).toEqual(["regio", "regios"]);
    expect(gelijkend("regioo", ["regios", "regio"])).toEqual(["regios", "regio"]);
    expect(gelijkend("regiox", ["regio", "regios"])).toEqual(["regio", "regios"]);
    expect(gelijkend("regi", ["regio", "regie"])).toEqual(["regio", "regie"]);
    expect(gelijkend("regi", ["regio", "regie", "regis"])).toEqual([]);
    expect(gelijkend("rool", ["rol", "roll", "rood"])).toEqual([]);
    expect(gelijkend("rool", ["rol", "rollen"])).toEqual(["rol"]); // beter wint
    expect(gelijkend("Rol", ["rol", "rool"])).toEqual(["rol"]); // op hoofdletters na gelijk gaat voor
    expect(gelijkend("rool", ["rol", "rol"])).toEqual(["rol"]); // dubbele namen tellen één keer
  });

  it("de term zelf wordt niet voorgesteld; een lange term (meer dan 64 tekens) krijgt geen voorstel", () => {
    expect(gelijkend("regio", ["regio", "regios"])).toEqual(["regios"]);
    const lang = "toelichting".repeat(6); // 66 tekens
    expect(gelijkend(lang, ["toelichting"])).toEqual([]);
    expect(gelijkend(`${"a".repeat(63)}b`, [`${"a".repeat(63)}c`])).toEqual([`${"a".repeat(63)}c`]);
  });
});

describe("bedoeldeU: het voorstel als staart van een melding", () => {
  it("één of twee namen, anders niets", () => {
    expect(bedoeldeU("rool", PARTIJ)).toBe('; bedoelde u "rol"?');
    expect(bedoeldeU("regioo", ["regio", "regios"])).toBe('; bedoelde u "regio" of "regios"?');
    expect(bedoeldeU("bsn", PARTIJ)).toBe("");
  });

  it("een veld dat al in het object staat, wordt niet voorgesteld; is dat het dichtstbij, dan geen voorstel", () => {
    expect(bedoeldeU("rool", PARTIJ, { naam: "UWV", rol: "kernpartner" })).toBe("");
    expect(bedoeldeU("Regio", ["regio", "regios"], { regio: "AM22" })).toBe(""); // niet het op-één-na-beste "regios"
    expect(bedoeldeU("regioo", ["regio", "regios"], { regio: "AM22" })).toBe('; bedoelde u "regios"?'); // bij een gelijke stand blijft de ander over
    expect(bedoeldeU("rool", PARTIJ, { rool: 1 })).toBe('; bedoelde u "rol"?');
  });

  it("een geërfd veld telt niet als aanwezig", () => {
    expect(bedoeldeU("constructr", ["constructor"], {})).toBe('; bedoelde u "constructor"?');
  });
});
