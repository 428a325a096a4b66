import { describe, expect, it } from "vitest";
import { OngeldigeInvoerFout } from "../result.js";
import { GebruiksFout, helpVoor, leesInstellingen, voerCommandoUit, type Commando } from "./commando.js";
import type { Io } from "./io.js";

/** Het contract van een commando: hulp, argumenten en welke fouten exit 2 worden. */

function io() {
  let uit = "";
  let fout = "";
  const io: Io = { stdout: (t) => void (uit += t), stderr: (t) => void (fout += t), leesBestand: () => new Uint8Array(), bestandsgrootte: () => 0, vandaag: () => "2026-09-01" };
  return { io, uit: () => uit, fout: () => fout };
}

const commando = (voerUit: Commando["voerUit"], opties: Commando["opties"] = {}): Commando => ({ naam: "proef", samenvatting: "Een proefcommando.", gebruik: "proef [opties]", opties, voerUit });

describe("helpVoor", () => {
  it("zonder opties alleen --help; een schakelaar zonder <waarde>", () => {
    expect(helpVoor(commando(() => 0))).toBe("Gebruik: arbeidsmarktinfra proef [opties]\n\nEen proefcommando.\n  --help                      deze hulp\n");
    const h = helpVoor(commando(() => 0, { stil: { type: "boolean", beschrijving: "geen uitvoer" }, naar: { type: "string", beschrijving: "doel" } }));
    expect(h).toContain("\nOpties:\n  --stil                      geen uitvoer\n  --naar <waarde>             doel\n");
  });
});

describe("voerCommandoUit: welke fouten exit 2 worden", () => {
  it("GebruiksFout en OngeldigeInvoerFout: melding op stderr en exit 2", async () => {
    for (const e of [new GebruiksFout("geef een bestand"), new OngeldigeInvoerFout({ code: "ongeldige-datum", path: ["peildatum"], message: "peildatum: 2025-02-30 is geen bestaande datum" })]) {
      const x = io();
      expect(
        await voerCommandoUit(
          commando(() => {
            throw e;
          }),
          [],
          x.io,
        ),
      ).toBe(2);
      expect(x.fout()).toBe(`arbeidsmarktinfra proef: ${e.message}\n`);
    }
  });

  it("elke andere fout gaat door (de CLI meldt die als interne fout, exit 70)", async () => {
    const x = io();
    await expect(
      voerCommandoUit(
        commando(() => {
          throw new TypeError("stuk");
        }),
        [],
        x.io,
      ),
    ).rejects.toThrow("stuk");
  });

  it("een waarde bij een schakelaar en een waarde buiten de lijst", async () => {
    const c = commando(() => 0, { stil: { type: "boolean", beschrijving: "geen uitvoer" }, formaat: { type: "string", beschrijving: "formaat", waarden: ["tekst", "json"] } });
    const a = io();
    expect(await voerCommandoUit(c, ["--stil=ja"], a.io)).toBe(2);
    expect(a.fout().split("\n")[0]).toBe("arbeidsmarktinfra proef: optie --stil heeft geen waarde");
    const b = io();
    expect(await voerCommandoUit(c, ["--formaat", "xml"], b.io)).toBe(2);
    expect(b.fout()).toBe('arbeidsmarktinfra proef: --formaat moet een van tekst, json zijn, niet "xml"\n');
    const h = io();
    expect(await voerCommandoUit(c, ["--help"], h.io)).toBe(0);
    expect(h.uit()).toBe(helpVoor(c));
  });
});

describe("leesInstellingen", () => {
  it("geen optie: lege instellingen; 'onbekend' en een datum worden doorgegeven; iets anders is een gebruiksfout", () => {
    expect(leesInstellingen({ positionals: [], values: {} })).toEqual({});
    expect(leesInstellingen({ positionals: [], values: { inwerkingtreding: "onbekend" } })).toEqual({ inwerkingtreding: "onbekend" });
    expect(leesInstellingen({ positionals: [], values: { inwerkingtreding: "2027-01-01" } })).toEqual({ inwerkingtreding: "2027-01-01" });
    expect(() => leesInstellingen({ positionals: [], values: { inwerkingtreding: "morgen" } })).toThrow(GebruiksFout);
    expect(() => leesInstellingen({ positionals: [], values: { inwerkingtreding: "morgen" } })).toThrow(/of gebruik "onbekend"$/);
    // dezelfde grens als parseInstellingen en fase: niet vóór het begin van de transitieperiode
    expect(() => leesInstellingen({ positionals: [], values: { inwerkingtreding: "2024-06-01" } })).toThrow(
      new GebruiksFout('--inwerkingtreding: 2024-06-01 ligt vóór het begin van de transitieperiode (2025-01-01); of gebruik "onbekend"'),
    );
  });
});
