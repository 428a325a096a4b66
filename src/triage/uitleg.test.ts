import { describe, expect, it } from "vitest";
import { vangFout } from "../../test/hulp/fout.js";
import { werkzoekende } from "../../test/hulp/triage.js";
import { routeer } from "./routeer.js";
import { arrangeurOmschrijving, deurTekst, redenTekst, uitlegRoutering, uitlegStap, verwijzingNaar } from "./uitleg.js";

/**
 * De uitleg krijgt een routering uit `routeer`. Iets anders (een leeg object, `null`, een
 * onbekende soort) geeft een OngeldigeInvoerFout met het pad, geen TypeError en geen stille
 * `undefined` in een zin.
 */
const fout = (f: () => unknown): [string, readonly (string | number)[], string] => {
  const e = vangFout(f);
  return [e.code, e.path, e.message];
};
const r = routeer(werkzoekende({ uitkering: "WW", leeftijd: 20, schoolverlaterZonderStartkwalificatie: "ja" }), { peildatum: "2026-09-01" });

describe("uitleg: argumenten buiten het model", () => {
  it("uitlegRoutering({}) en uitlegRoutering(null) (voorheen TypeError)", () => {
    expect(fout(() => uitlegRoutering({} as never))).toEqual(["verplicht", ["routering", "stappen"], "routering.stappen: verwacht een lijst, ontvangen niets"]);
    expect(fout(() => uitlegRoutering(null as never))).toEqual(["ongeldig-type", ["routering"], "routering: verwacht een object, ontvangen null"]);
    expect(fout(() => uitlegRoutering({ ...r, status: "klaar" } as never))[1]).toEqual(["routering", "status"]);
    expect(fout(() => uitlegRoutering({ ...r, arrangeur: null } as never))[1]).toEqual(["routering", "arrangeur"]);
    expect(fout(() => uitlegRoutering({ ...r, stappen: [null] } as never))[1]).toEqual(["routering", "stappen", 0]);
    expect(fout(() => uitlegRoutering({ ...r, stappen: [{ ...r.stappen[0], regel: "triage/bestaat-niet" }] } as never))).toEqual([
      "ongeldige-waarde",
      ["routering", "stappen", 0, "regel"],
      'routering.stappen[0].regel: verwacht een triageregel (triage/…), ontvangen de tekst "triage/bestaat-niet"',
    ]);
    expect(fout(() => uitlegRoutering({ ...r, deur: { soort: "balie" } } as never))[1]).toEqual(["routering", "deur", "soort"]);
    expect(fout(() => uitlegRoutering({ ...r, verwijzingen: [{ soort: "loket" }] } as never))[1]).toEqual(["routering", "verwijzingen", 0, "soort"]);
    expect(fout(() => uitlegRoutering({ ...r, status: "beoordelen", reden: "geen-zin" } as never))[1]).toEqual(["routering", "reden"]);
    expect(uitlegRoutering(r).uitkomst).toBe("Arrangeur: UWV.");
  });

  it("de losse hulpfuncties: een onbekende soort is een fout, geen undefined", () => {
    expect(fout(() => redenTekst("geen-zin" as never))[1]).toEqual(["reden"]);
    expect(fout(() => arrangeurOmschrijving({ soort: "bank", organisatie: null } as never))[1]).toEqual(["arrangeur", "soort"]);
    expect(fout(() => arrangeurOmschrijving(null as never))[1]).toEqual(["arrangeur"]);
    expect(fout(() => verwijzingNaar({ soort: "loket" } as never))[1]).toEqual(["verwijzing", "soort"]);
    expect(fout(() => deurTekst({ soort: "partner", partner: "bank" } as never))[1]).toEqual(["deur", "partner"]);
    expect(fout(() => deurTekst({ soort: "werkcentrum" }, 5 as never))[1]).toEqual(["werkcentrum"]);
    expect(fout(() => uitlegStap({ regel: "triage/win-punt" } as never, r))[1]).toEqual(["stap", "gegevens"]);
    expect(fout(() => uitlegStap(r.stappen[0]!, {} as never))[1]).toEqual(["routering", "stappen"]);
    expect(deurTekst({ soort: "partner", partner: "SBB" })).toBe("SBB");
    expect(redenTekst("uitkering-onbekend")).toBe("de uitkering is onbekend");
  });
});

describe("uitleg: de tekst volgt wat bekend is (audit 5)", () => {
  const eerste = (h: Parameters<typeof routeer>[0]) => uitlegRoutering(routeer(h, { peildatum: "2026-09-01" })).stappen[0]!.tekst;
  const werkende = (extra: Record<string, unknown>) =>
    ({ vrager: "werkende", woongemeente: "Zaanstad", regio: "AM17", onderwerpen: ["werk"], deur: { soort: "werkcentrum" }, ...extra }) as unknown as Parameters<typeof routeer>[0];

  it("arbeidsbeperking onbekend: de arrangeur volgens de uitkering, zonder kandidaat die er niet bij hoort", () => {
    expect(eerste(werkende({ uitkering: "geen", privateOndersteuning: ["cao"] }))).toBe(
      "Onbekend of de werkende een arbeidsbeperking heeft. Met een arbeidsbeperking is de woongemeente arrangeur (geen UWV-uitkering); zonder zijn de sociale partners verantwoordelijk. Ga dit na.",
    );
    expect(eerste(werkende({ uitkering: "WW" }))).toContain("Met een arbeidsbeperking is UWV arrangeur (WW); zonder valt de werkende onder de sociale partners én als WW-gerechtigde onder UWV.");
    expect(eerste(werkende({ uitkering: "bijstand" }))).toContain("Met een arbeidsbeperking is de woongemeente arrangeur (bijstand);");
    expect(eerste(werkende({ uitkering: "onbekend" }))).toContain("Met een arbeidsbeperking zijn UWV of de gemeente verantwoordelijk (volgens de uitkering), zonder de sociale partners.");
  });

  it("zonder private ondersteuning: de dreiging van werkloosheid zoals opgegeven", () => {
    const zonder = (dreigtWerkloos?: string) =>
      eerste(werkende({ uitkering: "geen", arbeidsbeperking: "nee", privateOndersteuning: "geen", ...(dreigtWerkloos === undefined ? {} : { dreigtWerkloos }) }));
    expect(zonder("ja")).toMatch(/^De werkende dreigt werkloos te worden en heeft geen private ondersteuning/);
    expect(zonder("nee")).toMatch(/^De werkende dreigt niet werkloos te worden en heeft geen private ondersteuning/);
    expect(zonder()).toMatch(/^Mogelijk dreigt de werkende werkloos te worden en heeft geen private ondersteuning/);
    expect(eerste(werkende({ uitkering: "geen", arbeidsbeperking: "nee", dreigtWerkloos: "ja" }))).toMatch(/^De werkende dreigt werkloos te worden en het is onbekend of er private ondersteuning is\./);
  });
});
