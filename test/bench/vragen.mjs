// Deterministische hulpvragen voor de benchmarks: ruwe JSON zoals een gebruiker die aanlevert
// (gemeenten als naam, roepnaam of CBS-code; regio's als code of naam), over alle soorten
// vragers, uitkeringen, leeftijden, onderwerpen, deuren en regio's. Dezelfde zaad geeft dezelfde
// vragen, op elke machine.

/** Kleine, snelle PRNG (mulberry32): deterministisch, geen afhankelijkheid. */
export function prng(zaad) {
  let a = zaad >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VRAGERS = ["werkende", "werkzoekende", "werkgever"];
const UITKERINGEN = ["WW", "WIA/WGA", "Wajong", "bijstand", "geen", "onbekend"];
const JA_NEE = ["ja", "nee", "onbekend"];
const CONTRACTEN = ["vast", "flex", "uitzend", "zzp", "onbekend"];
const PRIVAAT = ["cao", "O&O-fonds", "sociaal-plan", "werkgever"];
const ONDERWERPEN = ["werk", "loopbaan", "scholing", "personeel", "schulden", "zorg", "taal-digitaal", "zelfstandig-ondernemen", "kinderopvang", "omgevingsvergunning", "overig"];
const PARTNERS = ["UWV", "gemeente", "sociale-partner", "SBB", "onderwijs", "WIN-punt", "overig"];
const OMVANGEN = ["klein", "middelgroot", "groot", "onbekend"];
/** WW-einddatums rond de peildatum 2026-09-01 (en 2026-03-01): verstreken, binnen het venster, later. */
const WW_EINDE = ["2026-01-15", "2026-02-28", "2026-03-01", "2026-05-20", "2026-08-31", "2026-09-01", "2026-10-15", "2026-11-30", "2026-12-02", "2027-06-30"];

/**
 * Maakt `n` ruwe hulpvragen (plain objecten, zoals uit JSON.parse).
 * @param lib - de hoofd-entry (voor de referentiedata: regio's en gemeenten)
 */
export function genereerVragen(lib, n, zaad = 20260901) {
  const uit = [];
  for (const h of vragenStroom(lib, n, zaad)) uit.push(h);
  return uit;
}

/** Als {@link genereerVragen}, maar één voor één (voor een groot NDJSON-bestand in constant geheugen). */
export function* vragenStroom(lib, n, zaad = 20260901) {
  const r = prng(zaad);
  const kies = (l) => l[Math.floor(r() * l.length)];
  const kans = (p) => r() < p;
  const regios = lib.arbeidsmarktregios;
  // Per regio de gemeenten, met de vormen waarin een gebruiker ze schrijft.
  const perRegio = regios.map((reg) => ({
    code: reg.code,
    naam: reg.naam,
    gemeenten: lib.gemeentenVan(reg).map((g) => [g.naam, g.code, ...g.roepnamen]),
  }));
  const deelVan = (lijst, min, max) => {
    const k = min + Math.floor(r() * (max - min + 1));
    const uit = [];
    while (uit.length < k) {
      const x = kies(lijst);
      if (!uit.includes(x)) uit.push(x);
    }
    return uit;
  };

  for (let i = 0; i < n; i++) {
    const vrager = VRAGERS[i % 3];
    const reg = kies(perRegio);
    const h = { id: `bench-${String(i).padStart(7, "0")}`, vrager };
    // Deur: elk kanaal, met of zonder regio; een partner met of zonder naam.
    const d = r();
    const deur =
      d < 0.3
        ? { soort: "werkcentrum", ...(kans(0.6) ? { regio: reg.code } : {}) }
        : d < 0.5
          ? { soort: "digitaal", ...(kans(0.3) ? { regio: kies(perRegio).code } : {}) }
          : { soort: "partner", partner: kies(PARTNERS), ...(kans(0.3) ? { naam: `Loket ${reg.naam}` } : {}) };

    if (vrager === "werkgever") {
      h.onderwerpen = kans(0.7) ? ["personeel"] : deelVan(["personeel", "scholing", "omgevingsvergunning", "overig", "werk"], 1, 3);
      if (kans(0.7)) h.omvang = kies(OMVANGEN);
      const w = r();
      if (w < 0.5) h.regios = [kans(0.5) ? reg.code : reg.naam];
      else if (w < 0.7) h.regios = deelVan(perRegio, 2, 3).map((x) => x.code);
      else if (w < 0.85) h.regios = "landelijk";
      // anders: werkgebied niet opgegeven; de helft daarvan met de regio van de vestiging
      if (Array.isArray(h.regios) && h.regios.length === 1 && kans(0.3)) h.regio = reg.code;
      else if (h.regios === undefined && kans(0.5)) h.regio = reg.code;
      if (kans(0.3)) h.leerbedrijfvraag = kans(0.7);
    } else {
      h.onderwerpen = deelVan(ONDERWERPEN.filter((o) => o !== "personeel"), 1, 3);
      h.uitkering = kies(UITKERINGEN);
      if (h.uitkering === "WW" && kans(0.6)) h.wwEinddatum = kies(WW_EINDE);
      if (kans(0.75)) h.arbeidsbeperking = kies(JA_NEE);
      if (kans(0.7)) h.leeftijd = 16 + Math.floor(r() * 52);
      if (kans(0.4)) h.schoolverlaterZonderStartkwalificatie = kies(JA_NEE);
      if (kans(0.3)) h.arbeidsmigrant = kies(JA_NEE);
      if (kans(0.85)) {
        const g = kies(reg.gemeenten);
        h.woongemeente = kans(0.8) ? g[0] : kies(g);
        if (kans(0.2)) h.regio = reg.code;
      }
      if (vrager === "werkende") {
        if (kans(0.7)) h.contract = kies(CONTRACTEN);
        const p = r();
        if (p < 0.35) h.privateOndersteuning = deelVan(PRIVAAT, 1, 3);
        else if (p < 0.6) h.privateOndersteuning = "geen";
        else if (p < 0.75) h.privateOndersteuning = "onbekend";
        if (kans(0.75)) h.dreigtWerkloos = kies(JA_NEE);
      }
    }
    h.deur = deur;
    if (kans(0.2)) h.toelichting = "Gegenereerde vraag voor de benchmark.";
    yield h;
  }
}

/**
 * Leest de ruwe vragen zoals een gebruiker: `parseHulpvraag`, dan `normaliseerHulpvraag`.
 * Gooit als er één ongeldig is (dan klopt de generator niet).
 */
export function leesVragen(lib, schemas, ruwe) {
  return ruwe.map((x) => {
    const p = schemas.parseHulpvraag(x);
    if (!p.ok) throw new Error(`gegenereerde vraag ${x.id} ongeldig: ${JSON.stringify(p.issues)}`);
    const n = lib.normaliseerHulpvraag(p.value);
    if (!n.ok) throw new Error(`gegenereerde vraag ${x.id} ongeldig: ${JSON.stringify(n.issues)}`);
    return n.value;
  });
}
