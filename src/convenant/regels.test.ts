import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diepBevroren, met, volledigConvenant, volledigWerkcentrum } from "../../test/hulp/fixtures.js";
import { maakContext, type Regel, type RegelUitkomst } from "../bevinding/model.js";
import { beraadRegels } from "../beraad/regels.js";
import { werkcentrumRegels } from "../werkcentrum/regels.js";
import { toetsWerkcentrum } from "../werkcentrum/toets.js";
import type { Convenant } from "./model.js";
import {
  begroting,
  begrotingTotaleKosten,
  convenantEigenRegels,
  convenantRegels,
  impulsbudgetBesluitvorming,
  impulsbudgetIndividueel,
  impulsbudgetKaders,
  meerjarenagenda,
  meerjarenagendaPer2026,
  noWrongDoor,
  onderwerpenRegionaalWerkbedrijf,
  werkcentrumRegelsInConvenant,
  werkcentrumRegio,
  werkcentrumVastgelegd,
  winPunt,
} from "./regels.js";
import { toetsConvenant } from "./toets.js";

function toets(regel: Regel<Convenant>, c: Convenant, peildatum = "2026-09-01"): readonly RegelUitkomst[] {
  return regel.toets(diepBevroren(c), maakContext({ peildatum }));
}
const uitkomsten = (u: readonly RegelUitkomst[]) => u.map((x) => x.uitkomst);
const basis = volledigConvenant;

describe("convenant: het volledige voorbeeld voldoet aan elke regel", () => {
  for (const r of convenantRegels) {
    it(r.id, () => {
      const u = toets(r, basis());
      expect(uitkomsten(u).every((x) => x === "voldaan"), JSON.stringify(u)).toBe(true);
    });
  }
  it("alle regel-ids zijn uniek, en het convenant gebruikt de beraad- en Werkcentrum-regels zelf", () => {
    const ids = convenantRegels.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...beraadRegels.map((r) => r.id), ...convenantEigenRegels.map((r) => r.id), ...werkcentrumRegels.filter((r) => r.id !== "werkcentrum/regio").map((r) => r.id)]);
    for (const r of werkcentrumRegelsInConvenant) {
      const origineel = werkcentrumRegels.find((x) => x.id === r.id)!;
      expect({ ...r, toets: undefined }).toEqual({ ...origineel, toets: undefined });
    }
  });
});

describe("convenant/werkcentrum-vastgelegd", () => {
  it("zonder Werkcentrum en zonder document: niet-voldaan; met document: voldaan", () => {
    const zonder = met(basis(), ["werkcentrum"], undefined);
    expect(toets(werkcentrumVastgelegd, zonder)).toEqual([expect.objectContaining({ uitkomst: "niet-voldaan", pad: ["werkcentrum"] })]);
    expect(toets(werkcentrumVastgelegd, { ...zonder, werkcentrumDocument: "Inrichtingsplan 2026" })).toEqual([expect.objectContaining({ uitkomst: "voldaan", pad: ["werkcentrumDocument"] })]);
  });
  it("een leeg onderdeel werkcentrum legt niets vast: niet-voldaan (geen stille 'voldaan')", () => {
    expect(toets(werkcentrumVastgelegd, met(basis(), ["werkcentrum"], {}))).toEqual([expect.objectContaining({ uitkomst: "niet-voldaan", pad: ["werkcentrum"] })]);
  });
});

describe("convenant/werkcentrum-regio", () => {
  it("een Werkcentrum van een andere of onbekende regio: niet-voldaan op /werkcentrum/regio", () => {
    expect(toets(werkcentrumRegio, met(basis(), ["werkcentrum", "regio"], "Haaglanden"))[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: ["werkcentrum", "regio"] });
    expect(toets(werkcentrumRegio, met(basis(), ["werkcentrum", "regio"], "Mordor"))[0]?.uitkomst).toBe("niet-voldaan");
    expect(toets(werkcentrumRegio, met(basis(), ["werkcentrum", "regio"], "AM22"))[0]?.uitkomst).toBe("voldaan");
  });
});

describe("convenant/impulsbudget-*", () => {
  it("besluitvorming en formeel verantwoordelijke", () => {
    expect(toets(impulsbudgetBesluitvorming, met(basis(), ["impulsbudget"], undefined))).toEqual([expect.objectContaining({ uitkomst: "niet-voldaan", pad: ["impulsbudget"] })]);
    const cg = toets(impulsbudgetBesluitvorming, met(basis(), ["impulsbudget", "besluitvorming"], "centrumgemeente"));
    expect(cg[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: ["impulsbudget", "besluitvorming"], gegevens: { gevonden: "centrumgemeente" } });
    const ander = toets(impulsbudgetBesluitvorming, met(basis(), ["impulsbudget", "formeelVerantwoordelijke"], "UWV"));
    expect(ander[1]).toMatchObject({ uitkomst: "niet-voldaan", pad: ["impulsbudget", "formeelVerantwoordelijke"], gegevens: { verwacht: "Gemeente Rotterdam" } });
    expect(toets(impulsbudgetBesluitvorming, met(basis(), ["impulsbudget", "formeelVerantwoordelijke"], "rotterdam"))[1]?.uitkomst).toBe("voldaan");
    const geenCg = met(basis(), ["partijen", 0, "centrumgemeente"], undefined);
    expect(toets(impulsbudgetBesluitvorming, geenCg)[1]?.uitkomst).toBe("beoordelen");
    const leeg = met(met(basis(), ["impulsbudget", "besluitvorming"], undefined), ["impulsbudget", "formeelVerantwoordelijke"], undefined);
    expect(toets(impulsbudgetBesluitvorming, leeg).map((u) => [u.uitkomst, u.pad.at(-1)])).toEqual([
      ["niet-voldaan", "besluitvorming"],
      ["niet-voldaan", "formeelVerantwoordelijke"],
    ]);
  });
  it("kaders van de centrumgemeente", () => {
    expect(toets(impulsbudgetKaders, met(basis(), ["impulsbudget", "inkoopEnSubsidiekaders"], "per-uitvoerende-partner"))[0]?.uitkomst).toBe("niet-voldaan");
    expect(toets(impulsbudgetKaders, met(basis(), ["impulsbudget", "inkoopEnSubsidiekaders"], undefined))[0]?.pad).toEqual(["impulsbudget", "inkoopEnSubsidiekaders"]);
    expect(uitkomsten(toets(impulsbudgetKaders, met(basis(), ["impulsbudget"], undefined)))).toEqual(["niet-van-toepassing"]);
  });
  it("individuele dienstverlening alleen bij uitzondering en aanvullend", () => {
    const p = ["impulsbudget", "individueleDienstverlening"];
    expect(toets(impulsbudgetIndividueel, met(basis(), [...p, "alleenBijUitzondering"], false))).toEqual([expect.objectContaining({ uitkomst: "niet-voldaan", pad: [...p, "alleenBijUitzondering"] })]);
    expect(toets(impulsbudgetIndividueel, met(basis(), [...p, "aanvullendOpRegulier"], undefined))).toEqual([expect.objectContaining({ uitkomst: "niet-voldaan", pad: [...p, "aanvullendOpRegulier"] })]);
    expect(uitkomsten(toets(impulsbudgetIndividueel, met(basis(), p, { toegestaan: false })))).toEqual(["voldaan"]);
    expect(uitkomsten(toets(impulsbudgetIndividueel, met(basis(), p, undefined)))).toEqual(["niet-van-toepassing"]);
  });
});

describe("convenant/no-wrong-door", () => {
  it("een samenwerkende partij zonder of met een 'nee': niet-voldaan op die partij; adviseurs tellen niet", () => {
    const u = toets(noWrongDoor, met(met(basis(), ["partijen", 2, "noWrongDoor"], undefined), ["partijen", 9, "noWrongDoor"], false));
    expect(u.map((x) => x.pad.join("."))).toEqual(["partijen.2.noWrongDoor", "partijen.9.noWrongDoor"]);
    expect(u[1]!.bericht).toContain("verbindt zich niet");
    expect(toets(noWrongDoor, basis())[0]?.bericht).toContain("Alle 10");
    expect(uitkomsten(toets(noWrongDoor, { ...basis(), partijen: [{ naam: "X", soort: "overig", rol: "adviseur" }] }))).toEqual(["niet-van-toepassing"]);
  });
});

describe("convenant/begroting en convenant/begroting-totale-kosten", () => {
  it("geen begroting, geen posten, post zonder betaler of budget, betaler buiten het convenant", () => {
    expect(toets(begroting, met(basis(), ["begroting"], undefined))[0]?.pad).toEqual(["begroting"]);
    expect(toets(begroting, met(basis(), ["begroting", "posten"], []))[0]?.pad).toEqual(["begroting", "posten"]);
    const u = toets(begroting, met(basis(), ["begroting", "posten"], [{ omschrijving: "Huur" }, { omschrijving: "Bus", betaler: "Provincie Utrecht", budget: "eigen" }]));
    expect(u.map((x) => [x.uitkomst, x.pad.join(".")])).toEqual([
      ["niet-voldaan", "begroting.posten.0.betaler"],
      ["niet-voldaan", "begroting.posten.0.budget"],
      ["beoordelen", "begroting.posten.1.betaler"],
    ]);
  });
  it("totale kosten van het Werkcentrum", () => {
    expect(toets(begrotingTotaleKosten, met(basis(), ["begroting", "totaleKostenWerkcentrum"], undefined))[0]?.uitkomst).toBe("niet-voldaan");
    expect(toets(begrotingTotaleKosten, met(basis(), ["begroting", "totaleKostenWerkcentrum"], { toelichting: "raming volgt" }))[0]?.uitkomst).toBe("voldaan");
    expect(uitkomsten(toets(begrotingTotaleKosten, met(basis(), ["begroting"], undefined)))).toEqual(["niet-van-toepassing"]);
  });
});

describe("convenant/meerjarenagenda en convenant/onderwerpen-regionaal-werkbedrijf", () => {
  const p = ["arbeidsmarktbeleid", "meerjarenagenda"];
  it("geen verwijzing: niet-voldaan; vastgesteld zonder datum of verwijzing: niet-voldaan", () => {
    expect(toets(meerjarenagenda, met(basis(), p, undefined))[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: p });
    expect(toets(meerjarenagenda, met(basis(), p, { status: "vastgesteld" }))[0]?.uitkomst).toBe("niet-voldaan");
  });
  it("'vastgesteld' met een datum na de peildatum: beoordelen (het document spreekt zichzelf tegen), geen niet-voldaan", () => {
    expect(toets(meerjarenagenda, basis(), "2025-12-10")[0]?.uitkomst).toBe("beoordelen");
    expect(toets(meerjarenagenda, basis(), "2025-12-11")[0]?.uitkomst).toBe("voldaan");
  });
  it("in voorbereiding: voldaan (afgesproken); de datum toetst convenant/meerjarenagenda-per-2026", () => {
    const c = met(basis(), p, { status: "in-voorbereiding", beoogdeVaststelling: "2025-11-01" });
    expect(toets(meerjarenagenda, c, "2025-12-31")[0]?.uitkomst).toBe("voldaan");
    expect(toets(meerjarenagenda, c, "2026-01-01")[0]?.uitkomst).toBe("voldaan");
    expect(toets(meerjarenagendaPer2026, c, "2026-01-01")[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: [...p, "beoogdeVaststelling"] });
  });
  it("onderwerpen van het Regionaal Werkbedrijf", () => {
    const q = ["arbeidsmarktbeleid", "onderwerpenRegionaalWerkbedrijf"];
    expect(toets(onderwerpenRegionaalWerkbedrijf, met(basis(), q, false))[0]).toMatchObject({ uitkomst: "niet-voldaan", pad: q });
    expect(toets(onderwerpenRegionaalWerkbedrijf, met(basis(), ["arbeidsmarktbeleid"], undefined))[0]?.uitkomst).toBe("niet-voldaan");
  });
});

describe("convenant/win-punt", () => {
  it.each([
    [undefined, "beoordelen"],
    [{}, "beoordelen"],
    [{ bijlage: "Bijlage 2" }, "voldaan"],
    [{ geenAfsprakenReden: "volgt in 2026" }, "voldaan"],
    [{ geenAfsprakenReden: "  " }, "beoordelen"],
  ])("%j: %s", (w, verwacht) => {
    expect(toets(winPunt, met(basis(), ["winPunt"], w))[0]?.uitkomst).toBe(verwacht);
  });
});

describe("het Werkcentrum in het convenant: dezelfde regels, paden onder /werkcentrum", () => {
  it("zelfde uitkomsten en berichten als toetsWerkcentrum op hetzelfde Werkcentrum", () => {
    const c = met(met(basis(), ["werkcentrum", "gidsfunctie", "bezetting", 0, "fte"], 0.5), ["werkcentrum", "naam"], "Werkplein Rijnmond");
    const rc = toetsConvenant(c, { peildatum: "2026-09-01" }).bevindingen.filter((b) => b.regelId.startsWith("werkcentrum/"));
    const w = { regio: "Rijnmond", ...c.werkcentrum! };
    const rw = toetsWerkcentrum(w, { peildatum: "2026-09-01" }).bevindingen.filter((b) => b.regelId !== "werkcentrum/regio");
    expect(rc.map((b) => [b.regelId, b.uitkomst, b.ernst, b.bericht])).toEqual(rw.map((b) => [b.regelId, b.uitkomst, b.ernst, b.bericht]));
    expect(rc.map((b) => b.pointer)).toEqual(rw.map((b) => `/werkcentrum${b.pointer}`));
    expect(rc.find((b) => b.regelId === "werkcentrum/gidsfunctie-bezetting")).toMatchObject({ uitkomst: "niet-voldaan", pointer: "/werkcentrum/gidsfunctie/bezetting" });
  });

  it("zonder eigen regio wijst een pad naar /regio naar de regio van het convenant; met eigen regio naar /werkcentrum/regio", () => {
    const zonder = toetsConvenant({ ...basis(), regio: "Atlantis" }, { peildatum: "2026-09-01" });
    expect(zonder.bevindingen.find((b) => b.regelId === "werkcentrum/naam")?.pointer).toBe("/regio");
    const metRegio = met(basis(), ["werkcentrum", "regio"], "Atlantis");
    expect(toetsConvenant(metRegio, { peildatum: "2026-09-01" }).bevindingen.find((b) => b.regelId === "werkcentrum/naam")?.pointer).toBe("/werkcentrum/regio");
  });

  it("Werkcentrum in een apart document: 'beoordelen' (na de wet ook de wetsregels); vóór de wet zijn die niet van toepassing", () => {
    const c: Convenant = { ...met(basis(), ["werkcentrum"], undefined), werkcentrumDocument: "Inrichtingsplan" };
    const na = toetsConvenant(c, { peildatum: "2026-09-01" }).bevindingen.filter((b) => b.regelId.startsWith("werkcentrum/"));
    expect(na.every((b) => b.uitkomst === "beoordelen" && b.pointer === "/werkcentrumDocument")).toBe(true);
    expect(na).toHaveLength(werkcentrumRegelsInConvenant.length);
    const voor = toetsConvenant(c, { peildatum: "2026-03-01" }).bevindingen.filter((b) => b.regelId.startsWith("werkcentrum/"));
    expect(voor.filter((b) => b.uitkomst === "niet-van-toepassing").map((b) => b.regelId)).toEqual(["werkcentrum/werkgeversdienstverlening-via-werkcentrum", "werkcentrum/geen-oude-namen"]);
  });

  it("zonder Werkcentrum: de Werkcentrum-regels zijn niet van toepassing (convenant/werkcentrum-vastgelegd meldt het)", () => {
    const r = toetsConvenant(met(basis(), ["werkcentrum"], undefined), { peildatum: "2026-09-01" });
    expect(r.bevindingen.filter((b) => b.regelId.startsWith("werkcentrum/")).every((b) => b.uitkomst === "niet-van-toepassing")).toBe(true);
    expect(r.bevindingen.find((b) => b.regelId === "convenant/werkcentrum-vastgelegd")?.uitkomst).toBe("niet-voldaan");
  });
});

describe("toetsConvenant", () => {
  it("volledig voorbeeld: alles voldaan, ontvangstbewijs met versies, peildatum en instellingen", () => {
    const r = toetsConvenant(diepBevroren(basis()), { peildatum: "2026-09-01", instellingen: { inwerkingtreding: "2026-07-01" } });
    expect(r.samenvatting.perUitkomst).toEqual({ voldaan: r.samenvatting.totaal, "niet-voldaan": 0, "niet-van-toepassing": 0, beoordelen: 0 });
    expect(r.ontvangstbewijs).toMatchObject({ peildatum: "2026-09-01", fase: "nieuwe-wet", instellingen: { inwerkingtreding: "2026-07-01" }, inwerkingtreding: { herkomst: "instelling" } });
    expect(r.ontvangstbewijs.regels).toEqual(convenantRegels.map((x) => x.id));
  });

  it("ernst volgt uit grondslag en fase: een ontbrekende kernpartner is advies in de transitieperiode en fout daarna", () => {
    const c = { ...basis(), partijen: basis().partijen.filter((p) => p.soort !== "sbb") };
    const ernst = (peildatum: string, instellingen?: { inwerkingtreding: string }) =>
      toetsConvenant(c, { peildatum, ...(instellingen && { instellingen }) }).bevindingen.find((b) => b.regelId === "beraad/kernpartners-compleet" && b.uitkomst === "niet-voldaan")?.ernst;
    expect(ernst("2024-06-01")).toBe("advies");
    expect(ernst("2026-03-01")).toBe("advies");
    expect(ernst("2026-07-01")).toBe("fout");
    expect(ernst("2026-09-01", { inwerkingtreding: "2027-01-01" })).toBe("advies");
  });

  it("deterministisch en puur: zelfde invoer geeft hetzelfde rapport; de invoer verandert niet", () => {
    const c = basis();
    const kopie = structuredClone(c);
    const a = toetsConvenant(c, { peildatum: "2026-09-01" });
    const b = toetsConvenant(c, { peildatum: "2026-09-01" });
    expect(a).toEqual(b);
    expect(c).toEqual(kopie);
  });

  it("ongeldige opties of invoer die geen convenant is: OngeldigeInvoerFout met Nederlandse melding", () => {
    expect(() => toetsConvenant(basis(), { peildatum: "2026-02-30" })).toThrow(/februari 2026 heeft 28 dagen/);
    expect(() => toetsConvenant({ regio: 5, partijen: [] } as never, { peildatum: "2026-01-01" })).toThrow(/regio: verwacht een tekst/);
    expect(() => toetsConvenant([] as never, { peildatum: "2026-01-01" })).toThrow("toetsConvenant: invoer: verwacht een object; lees onbetrouwbare invoer eerst met parseConvenant uit arbeidsmarktinfra/schemas");
  });

  it("eigenschap: voor willekeurige (geldige) convenanten geeft elke regel ten minste één bevinding en nooit een uitzondering", () => {
    const soorten = ["gemeente", "uwv", "sbb", "werkgeversorganisatie", "werknemersorganisatie", "onderwijsinstelling", "provincie", "overig"] as const;
    const rollen = ["kernpartner", "strategische-partner", "samenwerkingspartner", "adviseur"] as const;
    const partij = fc.record(
      {
        naam: fc.constantFrom("Gemeente Rotterdam", "Gemeente Delft", "UWV", "SBB", "X", "Gemeente Bergen", "Weesp"),
        soort: fc.constantFrom(...soorten),
        rol: fc.constantFrom(...rollen),
        centrumgemeente: fc.boolean(),
        functioneleRegie: fc.boolean(),
        contactschool: fc.boolean(),
        stemrecht: fc.boolean(),
        noWrongDoor: fc.boolean(),
        toelating: fc.record({ datum: fc.constantFrom("2024-01-01", "2027-01-01"), kenmerk: fc.constantFrom("", "K1") }, { requiredKeys: [] }),
      },
      { requiredKeys: ["naam", "soort", "rol"] },
    );
    const convenant = fc.record(
      {
        regio: fc.constantFrom("Rijnmond", "AM30", "Zeeland", "Atlantis", "Groot-Amsterdam"),
        partijen: fc.array(partij, { maxLength: 8 }),
        werkcentrum: fc.constantFrom(volledigWerkcentrum(), { naam: "Werkplein" }, {}),
        werkcentrumDocument: fc.constantFrom("plan.pdf", " "),
        impulsbudget: fc.record({ besluitvorming: fc.constantFrom("regionaal-beraad", "anders") }, { requiredKeys: [] }),
        begroting: fc.record({ posten: fc.array(fc.record({ omschrijving: fc.constant("p"), betaler: fc.constantFrom("UWV", "Y") }, { requiredKeys: ["omschrijving"] })) }, { requiredKeys: [] }),
      },
      { requiredKeys: ["regio", "partijen"] },
    );
    fc.assert(
      fc.property(convenant, fc.constantFrom("2024-06-01", "2025-06-01", "2026-09-01"), (c, peildatum) => {
        const r = toetsConvenant(diepBevroren(c as Convenant), { peildatum });
        const perRegel = new Map<string, number>();
        for (const b of r.bevindingen) perRegel.set(b.regelId, (perRegel.get(b.regelId) ?? 0) + 1);
        return convenantRegels.every((x) => (perRegel.get(x.id) ?? 0) > 0) && r.bevindingen.every((b) => b.bericht.length > 0 && b.pointer !== undefined);
      }),
      { seed: 34554, numRuns: 200 },
    );
  });
});

describe("ingebed Werkcentrum: één keer per toets uitgerekend", () => {
  it("een hergebruikte context ziet een gewijzigd Werkcentrum (geen uitkomst van een vorige run)", async () => {
    const { voerRegelsUit } = await import("../bevinding/model.js");
    const ctx = maakContext({ peildatum: "2026-09-01" });
    const c = structuredClone(volledigConvenant()) as Convenant & { werkcentrum: { regio?: string } };
    const naam = () => voerRegelsUit(convenantRegels, c, ctx).find((b) => b.regelId === "werkcentrum/naam")!;
    expect(naam().uitkomst).toBe("voldaan");
    c.werkcentrum.regio = "Zuid-Limburg";
    expect(naam().uitkomst).toBe("niet-van-toepassing");
    delete c.werkcentrum.regio;
    expect(naam().uitkomst).toBe("voldaan");
  });
});
