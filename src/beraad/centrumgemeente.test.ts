import { describe, expect, it } from "vitest";
import { diepBevroren } from "../../test/hulp/fixtures.js";
import { maakContext } from "../bevinding/model.js";
import type { RegionaalBeraad } from "./model.js";
import { regioEnCentrumgemeente } from "./regels.js";

/** De centrumgemeente-uitkomst hangt af van de zekerheid van de referentiedata. */
function uitkomstVoor(regio: string, gemeente: string) {
  const b: RegionaalBeraad = {
    regio,
    partijen: [{ naam: `Gemeente ${gemeente}`, soort: "gemeente", rol: "kernpartner", gemeente, centrumgemeente: true, functioneleRegie: true }],
  };
  return regioEnCentrumgemeente.toets(diepBevroren(b), maakContext({ peildatum: "2026-09-01" })).filter((u) => u.pad[0] === "partijen");
}

describe("beraad/regio-en-centrumgemeente en de zekerheid van de centrumgemeente", () => {
  it("bevestigd (R13 + latere bron) en een andere gemeente: niet-voldaan", () => {
    const [u] = uitkomstVoor("Rijnmond", "Schiedam");
    expect(u?.uitkomst).toBe("niet-voldaan");
    expect(u?.bericht).toContain("dat is Rotterdam");
    expect(u?.gegevens).toMatchObject({ verwacht: "GM0599", zekerheid: "bevestigd" });
  });

  it("alleen volgens de regeling van 2013 en een andere gemeente: beoordelen (kan sinds 2013 veranderd zijn)", () => {
    const [u] = uitkomstVoor("Twente", "Almelo");
    expect(u?.uitkomst).toBe("beoordelen");
    expect(u?.bericht).toContain("volgens de regeling van 2013 (Enschede)");
    expect(u?.gegevens).toMatchObject({ verwacht: "GM0153", zekerheid: "alleen-2013" });
  });

  it("de juiste gemeente: voldaan, met de zekerheid in de gegevens", () => {
    expect(uitkomstVoor("Twente", "Enschede")[0]).toMatchObject({ uitkomst: "voldaan", gegevens: { gemeente: "GM0153", zekerheid: "alleen-2013" } });
    expect(uitkomstVoor("Rijnmond", "Rotterdam")[0]).toMatchObject({ uitkomst: "voldaan", gegevens: { zekerheid: "bevestigd" } });
  });

  it("betwist: een van de lezingen is beoordelen, een andere gemeente niet-voldaan", () => {
    expect(uitkomstVoor("Zeeland", "Goes")[0]?.uitkomst).toBe("beoordelen");
    expect(uitkomstVoor("Zeeland", "Middelburg (Z.)")[0]?.uitkomst).toBe("beoordelen");
    expect(uitkomstVoor("Zeeland", "Vlissingen")[0]?.uitkomst).toBe("niet-voldaan");
  });
});
