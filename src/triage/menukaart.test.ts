import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { vangFout } from "../../test/hulp/fout.js";
import { diepBevroren, werkende, werkgever, werkzoekende } from "../../test/hulp/triage.js";
import { functionaliteiten, functionaliteitenPerOnderwerp, zoekInstrumenten } from "./menukaart.js";
import { functionaliteitIds, onderwerpen, type Menukaart } from "./model.js";
import { parseMenukaart } from "./schema.js";

const bestand = new URL("../../examples/menukaart/rijnmond-voorbeeld.json", import.meta.url);
const gelezen = parseMenukaart(JSON.parse(readFileSync(bestand, "utf8")));
if (!gelezen.ok) throw new Error(JSON.stringify(gelezen.issues));
const kaart: Menukaart = diepBevroren(gelezen.value);
const ids = (l: ReturnType<typeof zoekInstrumenten>) => l.map((m) => m.instrument.id);

describe("menukaart", () => {
  it("de negen functionaliteiten van KB2022, in volgorde en met bron; elk onderwerp heeft een indeling", () => {
    expect(functionaliteiten.map((f) => f.id)).toEqual([...functionaliteitIds]);
    expect(functionaliteiten).toHaveLength(9);
    expect(functionaliteiten[0]!.tekst).toBe("arbeidsbemiddeling, personeelsvoorziening & nazorg");
    for (const f of functionaliteiten) expect(f.bron.bron).toBe("KB2022");
    expect(Object.keys(functionaliteitenPerOnderwerp).sort()).toEqual([...onderwerpen].sort());
  });

  it("het voorbeeld is gemarkeerd als illustratief en voor één regio", () => {
    expect(kaart.illustratief).toBe(true);
    expect(kaart.titel).toMatch(/VOORBEELD/);
    expect(kaart.regio).toBe("AM22");
  });

  it("werkzoekende in de bijstand met schulden: re-integratie en schuldhulp; UWV-workshop (alleen eigen cliënten) valt af", () => {
    const m = zoekInstrumenten(kaart, werkzoekende({ regio: "AM22", woongemeente: "Rotterdam", onderwerpen: ["werk", "schulden"] }));
    // Gelijke score: eerst 'past', dan op naam. Doelgroepen (behalve de soort vrager) tellen alleen voor de rangorde.
    expect(ids(m)).toEqual(["gemeente-werkfit", "taal-digitaal", "win-informatiepunt", "schuldhulp-inloop", "uwv-webinar-solliciteren", "jongerenloket"]);
    expect(m.map((x) => x.score)).toEqual([8, 7, 4, 4, 4, 4]);
    expect(m[0]).toMatchObject({ status: "na-te-gaan", score: 3 + 3 + 1 + 1 });
    expect(m[0]!.redenen).toContainEqual({ soort: "voorwaarde", veld: "uitkering", uitkomst: "voldaan", verwacht: "bijstand of geen", gevonden: "bijstand" });
    expect(m[0]!.redenen).toContainEqual({ soort: "voorwaarde-tekst", tekst: "inwoner van Rotterdam" });
    expect(m[0]!.redenen).toContainEqual({ soort: "functionaliteit", functionaliteit: "re-integratie", onderwerpen: ["werk"], regel: "triage/ondersteuningsbehoefte-centraal" });
    expect(ids(zoekInstrumenten(kaart, werkzoekende({ uitkering: "WW", regio: "AM22", woongemeente: "Rotterdam" })))).toContain("uwv-workshop-netwerken");
  });

  it("een onbekend gegeven maakt een voorwaarde na te gaan, geen uitsluiting; een geschonden voorwaarde sluit uit", () => {
    const jong = zoekInstrumenten(kaart, werkzoekende({ regio: "AM22", onderwerpen: ["loopbaan"], leeftijd: 19, schoolverlaterZonderStartkwalificatie: "ja" }));
    expect(jong.find((m) => m.instrument.id === "jongerenloket")).toMatchObject({ status: "past" });
    const oud = zoekInstrumenten(kaart, werkzoekende({ regio: "AM22", onderwerpen: ["loopbaan"], leeftijd: 40 }));
    expect(ids(oud)).not.toContain("jongerenloket");
    const onbekend = zoekInstrumenten(kaart, werkzoekende({ regio: "AM22", onderwerpen: ["loopbaan"] }));
    expect(onbekend.find((m) => m.instrument.id === "jongerenloket")?.status).toBe("na-te-gaan");
  });

  it("arbeidsbeperking en dreigende werkloosheid horen bij de behoefte; beschut werk alleen voor werkzoekenden", () => {
    const w = zoekInstrumenten(kaart, werkende({ regio: "AM22", dreigtWerkloos: "ja", arbeidsbeperking: "ja", uitkering: "WW", onderwerpen: ["werk"] }));
    expect(ids(w)).toContain("vakbond-ontslagspreekuur");
    expect(ids(w)).toContain("jobcoach-werkplekaanpassing");
    expect(ids(w)).not.toContain("beschut-werk");
    expect(ids(zoekInstrumenten(kaart, werkzoekende({ regio: "AM22", arbeidsbeperking: "ja", onderwerpen: ["werk"] })))).toContain("beschut-werk");
  });

  it("werkgevers krijgen werkgeversinstrumenten, geen instrumenten voor werkzoekenden; regionaal aanbod buiten de regio valt af", () => {
    const m = zoekInstrumenten(kaart, werkgever({ omvang: "klein", leerbedrijfvraag: true }));
    expect(ids(m)).toEqual(["wsp-kandidaten", "sbb-leerbedrijf"]);
    expect(m[0]!.redenen).toContainEqual({ soort: "doelgroep", doelgroep: "mkb" });
    expect(zoekInstrumenten(kaart, werkgever({ regios: ["AM21"] })).map((x) => x.instrument.id)).toEqual(["sbb-leerbedrijf"]);
    const zonderRegio = zoekInstrumenten(kaart, werkgever({ regios: "landelijk" }));
    expect(zonderRegio.find((x) => x.instrument.id === "wsp-kandidaten")).toMatchObject({ status: "na-te-gaan", redenen: expect.arrayContaining([{ soort: "regio", regio: "onbekend" }]) });
  });

  it("een vraag buiten het domein geeft geen instrumenten; de uitkomst is deterministisch en laat de invoer heel", () => {
    expect(zoekInstrumenten(kaart, werkende({ onderwerpen: ["kinderopvang", "omgevingsvergunning"] }))).toEqual([]);
    const h = diepBevroren(werkzoekende({ regio: "AM22", onderwerpen: ["werk", "loopbaan", "schulden", "taal-digitaal"] }));
    expect(zoekInstrumenten(kaart, h)).toEqual(zoekInstrumenten(structuredClone(kaart), structuredClone(h)));
  });

  it("parseMenukaart meldt dubbele ids, onbekende regio's en tegenstrijdige leeftijdsgrenzen", () => {
    const slecht = {
      titel: "x",
      regio: "AM04",
      illustratief: true,
      instrumenten: [
        { id: "a", naam: "A", aanbieder: "X", functionaliteiten: ["loopbaanadvies"], doelgroepen: [], regios: ["Rijnmond"], voorwaarden: { minLeeftijd: 30, maxLeeftijd: 20 } },
        { id: "a", naam: "B", aanbieder: "X", functionaliteiten: [], doelgroepen: ["iedereen"], regios: "landelijk" },
      ],
    };
    const r = parseMenukaart(slecht);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const codes = r.issues.map((i) => `${i.code} ${i.path.join(".")}`);
    expect(codes).toContain("ongeldige-waarde regio");
    expect(codes).toContain("inconsistent instrumenten.0.voorwaarden.minLeeftijd");
    expect(codes).toContain("te-klein instrumenten.1.functionaliteiten");
    expect(codes).toContain("ongeldige-waarde instrumenten.1.doelgroepen.0");
    const ok = parseMenukaart({ ...slecht, regio: "AM22", instrumenten: [{ ...slecht.instrumenten[0], voorwaarden: {} }] });
    expect(ok.ok && ok.value.instrumenten[0]!.regios).toEqual(["AM22"]);
  });
});

describe("zoekInstrumenten: een menukaart of hulpvraag buiten het model geeft een OngeldigeInvoerFout met pad, geen TypeError", () => {
  const fout = (f: () => unknown): [string, readonly (string | number)[], string] => {
    const e = vangFout(f);
    return [e.code, e.path, e.message];
  };
  const instrument = kaart.instrumenten[0]!;
  const met = (...instrumenten: unknown[]) => ({ ...kaart, instrumenten }) as Menukaart;

  it("een onbekend onderwerp (voorheen: 'functionaliteitenPerOnderwerp[o] is not iterable')", () => {
    expect(fout(() => zoekInstrumenten(kaart, werkende({ regio: "AM22", onderwerpen: ["xyz"] as never })))).toEqual([
      "ongeldige-waarde",
      ["hulpvraag", "onderwerpen", 0],
      'hulpvraag.onderwerpen[0]: verwacht een van "werk", "loopbaan", "scholing", "personeel", "schulden", "zorg", "taal-digitaal", "zelfstandig-ondernemen", "kinderopvang", "omgevingsvergunning", "overig", ontvangen de tekst "xyz"',
    ]);
    expect(fout(() => zoekInstrumenten(kaart, werkende({ onderwerpen: [null] as never })))[1]).toEqual(["hulpvraag", "onderwerpen", 0]);
  });

  it("een instrument zonder functionaliteiten, doelgroepen of regios, of null", () => {
    const h = werkende({ regio: "AM22" });
    for (const veld of ["functionaliteiten", "doelgroepen", "regios"] as const) {
      const { [veld]: _, ...zonder } = instrument;
      expect(fout(() => zoekInstrumenten(met(zonder), h)).slice(0, 2), veld).toEqual(["verplicht", ["menukaart", "instrumenten", 0, veld]]);
    }
    expect(fout(() => zoekInstrumenten(met(instrument, null), h))).toEqual(["ongeldig-type", ["menukaart", "instrumenten", 1], "menukaart.instrumenten[1]: verwacht een object, ontvangen null"]);
    expect(fout(() => zoekInstrumenten(met({ ...instrument, functionaliteiten: ["koffie"] }), h))[1]).toEqual(["menukaart", "instrumenten", 0, "functionaliteiten", 0]);
    expect(fout(() => zoekInstrumenten(met({ ...instrument, regios: "AM22" }), h))[1]).toEqual(["menukaart", "instrumenten", 0, "regios"]);
    expect(fout(() => zoekInstrumenten(met({ ...instrument, voorwaarden: { minLeeftijd: "18" } }), h))[1]).toEqual(["menukaart", "instrumenten", 0, "voorwaarden", "minLeeftijd"]);
    expect(fout(() => zoekInstrumenten(met(instrument, instrument), h))).toEqual(["dubbel", ["menukaart", "instrumenten", 1, "id"], `menukaart.instrumenten[1].id: instrument ${JSON.stringify(instrument.id)} staat er al eerder in`]);
  });

  it("waarden van de vrager die de uitkomst bepalen; een overgebleven veld van een andere soort vrager telt niet", () => {
    expect(fout(() => zoekInstrumenten(kaart, werkende({ leeftijd: "60" as never })))[1]).toEqual(["hulpvraag", "leeftijd"]);
    expect(fout(() => zoekInstrumenten(kaart, werkgever({ regios: "AM22" as never })))[1]).toEqual(["hulpvraag", "regios"]);
    expect(fout(() => zoekInstrumenten(kaart, { ...werkende(), vrager: "student" } as never))[1]).toEqual(["hulpvraag", "vrager"]);
    expect(() => zoekInstrumenten(kaart, { ...werkende({ contract: "iets" as never }), vrager: "werkzoekende" })).not.toThrow();
  });
});

describe("menukaart: aanbod dat maar een tijd bestaat (geldigVanaf, geldigTot)", () => {
  const { geldigVanaf: _v, geldigTot: _t, ...basis } = kaart.instrumenten.find((i) => i.id === "uwv-workshop-netwerken")!;
  const metPeriode = (vanaf?: string, tot?: string): Menukaart => ({
    ...kaart,
    instrumenten: [{ ...basis, voorwaarden: {}, ...(vanaf !== undefined && { geldigVanaf: vanaf as never }), ...(tot !== undefined && { geldigTot: tot as never }) }],
  });
  const vraag = werkzoekende({ uitkering: "WW", regio: "AM22", onderwerpen: ["werk"] });

  it("buiten de periode valt het af, binnen de periode (grenzen inbegrepen) past het met de reden", () => {
    const k = metPeriode("2025-01-01", "2026-06-30");
    expect(zoekInstrumenten(k, vraag, { peildatum: "2024-12-31" })).toEqual([]);
    expect(zoekInstrumenten(k, vraag, { peildatum: "2026-07-01" })).toEqual([]);
    for (const p of ["2025-01-01", "2026-06-30"]) {
      const [m] = zoekInstrumenten(k, vraag, { peildatum: p });
      expect(m?.status).toBe("past");
      expect(m?.redenen).toContainEqual({ soort: "geldigheid", uitkomst: "binnen", geldigVanaf: "2025-01-01", geldigTot: "2026-06-30", peildatum: p });
    }
    // Alleen een begin: daarna altijd beschikbaar.
    expect(zoekInstrumenten(metPeriode("2025-01-01"), vraag, { peildatum: "2040-01-01" })[0]?.status).toBe("past");
  });

  it("zonder peildatum is het na-te-gaan; aanbod zonder periode heeft geen peildatum nodig", () => {
    const [m] = zoekInstrumenten(metPeriode(undefined, "2026-06-30"), vraag);
    expect(m?.status).toBe("na-te-gaan");
    expect(m?.redenen).toContainEqual({ soort: "geldigheid", uitkomst: "onbekend", geldigVanaf: null, geldigTot: "2026-06-30", peildatum: null });
    expect(zoekInstrumenten(metPeriode(), vraag)[0]?.status).toBe("past");
    expect(zoekInstrumenten(metPeriode(), vraag)[0]?.redenen.some((r) => r.soort === "geldigheid")).toBe(false);
  });

  it("een ongeldige peildatum of periode geeft een fout met het pad; parseMenukaart weigert tot vóór vanaf", () => {
    expect(vangFout(() => zoekInstrumenten(kaart, vraag, { peildatum: "2025-02-30" })).path).toEqual(["opties", "peildatum"]);
    expect(vangFout(() => zoekInstrumenten(kaart, vraag, null as never)).path).toEqual(["opties"]);
    const omgekeerd = metPeriode("2026-01-01", "2025-01-01");
    expect(vangFout(() => zoekInstrumenten(omgekeerd, vraag, { peildatum: "2025-06-01" }))).toMatchObject({ code: "inconsistent", path: ["menukaart", "instrumenten", 0, "geldigTot"] });
    expect(vangFout(() => zoekInstrumenten(metPeriode("2026-13-01"), vraag)).path).toEqual(["menukaart", "instrumenten", 0, "geldigVanaf"]);
    const p = parseMenukaart(JSON.parse(JSON.stringify(omgekeerd)));
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.issues[0]).toMatchObject({ code: "inconsistent", path: ["instrumenten", 0, "geldigTot"] });
  });
});

describe("menukaart: periode van een instrument, randen (mutatierun van 27 november, avond)", () => {
  const { geldigVanaf: _v, geldigTot: _t, ...basis } = kaart.instrumenten.find((i) => i.id === "uwv-workshop-netwerken")!;
  const vraag = werkzoekende({ uitkering: "WW", regio: "AM22", onderwerpen: ["werk"] });
  const met = (extra: object): Menukaart => ({ ...kaart, instrumenten: [{ ...basis, voorwaarden: {}, ...extra } as never] });

  it("één dag (geldigVanaf = geldigTot) mag, en alleen die dag past", () => {
    const k = met({ geldigVanaf: "2026-01-01", geldigTot: "2026-01-01" });
    expect(zoekInstrumenten(k, vraag, { peildatum: "2026-01-01" })[0]?.status).toBe("past");
    expect(zoekInstrumenten(k, vraag, { peildatum: "2026-01-02" })).toEqual([]);
  });

  it("een ongeldige geldigTot geeft een fout op dat veld; tot vóór vanaf noemt beide datums", () => {
    expect(vangFout(() => zoekInstrumenten(met({ geldigTot: "2026-02-30" }), vraag)).path).toEqual(["menukaart", "instrumenten", 0, "geldigTot"]);
    expect(vangFout(() => zoekInstrumenten(met({ geldigVanaf: "2026-03-01", geldigTot: "2026-02-01" }), vraag)).message).toBe(
      "menukaart.instrumenten[0].geldigTot: geldigTot 2026-02-01 ligt vóór geldigVanaf 2026-03-01",
    );
  });

  it("alleen een begin: ervóór valt het af, vanaf die dag past het; zonder peildatum na te gaan", () => {
    const k = met({ geldigVanaf: "2027-01-01" });
    expect(zoekInstrumenten(k, vraag, { peildatum: "2026-12-31" })).toEqual([]);
    expect(zoekInstrumenten(k, vraag, { peildatum: "2027-01-01" })[0]?.redenen).toContainEqual({ soort: "geldigheid", uitkomst: "binnen", geldigVanaf: "2027-01-01", geldigTot: null, peildatum: "2027-01-01" });
    const [m] = zoekInstrumenten(k, vraag);
    expect(m?.status).toBe("na-te-gaan");
    expect(m?.redenen).toContainEqual({ soort: "geldigheid", uitkomst: "onbekend", geldigVanaf: "2027-01-01", geldigTot: null, peildatum: null });
  });

  it("alleen een einde: tot en met die dag past het, daarna valt het af", () => {
    const k = met({ geldigTot: "2026-06-30" });
    expect(zoekInstrumenten(k, vraag, { peildatum: "2000-01-01" })[0]?.status).toBe("past");
    expect(zoekInstrumenten(k, vraag, { peildatum: "2026-06-30" })[0]?.status).toBe("past");
    expect(zoekInstrumenten(k, vraag, { peildatum: "2026-07-01" })).toEqual([]);
  });

  it("zonder periode en met peildatum: geen reden over de geldigheid", () => {
    const [m] = zoekInstrumenten(met({}), vraag, { peildatum: "2026-01-01" });
    expect(m?.status).toBe("past");
    expect(m?.redenen.some((r) => r.soort === "geldigheid")).toBe(false);
  });
});
