// Meetharnas voor `npm run bench`. Deze machines zijn gedeeld en rumoerig: daarom
// - meten we in rondes en rapporteren we medianen (één trage of één gelukkige ronde telt niet);
// - meten we elke kandidaat afwisselend met zijn basislijn (A, B, A, B, …) en nemen we de
//   verhouding per paar: zo blijft de verhouding zinvol als de machine halverwege trager wordt;
// - staat elke basislijn in dezelfde run. Geen timing in unit-tests.

/** Opmaak van een getal met duizendtallen, op z'n Nederlands. */
export const fmt = (x, d = 0) =>
  Number.isFinite(x) ? x.toLocaleString("nl-NL", { maximumFractionDigits: d, minimumFractionDigits: d }) : String(x);

/** Mediaan van een lijst getallen. */
export function mediaan(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Voorkomt dat de JIT een resultaat als ongebruikt weglaat. */
let putje = 0;
export const gebruik = (x) => {
  putje = (putje + (typeof x === "number" ? x : x === null || x === undefined ? 1 : 2)) | 0;
};

/**
 * Een deelnemer: `stap()` doet één keer het werk (synchroon of een Promise) en telt voor
 * `aantal` operaties (bijv. een pass over 12.000 vragen).
 * @typedef {{ naam: string, stap: () => unknown, aantal?: number, async?: boolean }} Deelnemer
 */

/**
 * De klok: processortijd van dit proces (user + system, via `process.cpuUsage`). Op een gedeelde
 * machine wacht een proces soms op een kern; die wachttijd zit wel in de wandkloktijd, niet in
 * de processortijd. Processortijd is dus de maat voor "op één kern". (Ze telt ook de hulpthreads
 * van V8 mee, zoals de garbage collector: die kosten horen bij het werk.)
 */
export function cpuMs() {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

async function eenRonde(d, herhalingen) {
  const w0 = performance.now();
  const c0 = cpuMs();
  if (d.async) for (let k = 0; k < herhalingen; k++) await d.stap();
  else for (let k = 0; k < herhalingen; k++) d.stap();
  const cpu = cpuMs() - c0;
  const wand = performance.now() - w0;
  // Een ronde korter dan de resolutie van de processorklok telt met de wandklok.
  return { cpu: cpu > 0 ? cpu : wand, wand };
}

/**
 * Warmt op (minstens `opwarmMs` processortijd, zodat de JIT de code heeft geoptimaliseerd) en
 * bepaalt hoe vaak `stap` per ronde moet om minstens `minMs` te duren.
 */
async function kalibreer(d, minMs, opwarmMs = 750) {
  let n = 1;
  let totaal = 0;
  for (;;) {
    const { cpu } = await eenRonde(d, n);
    totaal += cpu;
    if (cpu >= minMs / 4 && totaal >= opwarmMs) return Math.max(1, Math.ceil((n * minMs) / Math.max(cpu, 0.001)));
    if (cpu < minMs / 4) n *= 2;
  }
}

const stat = (xs) => ({ mediaan: mediaan(xs), min: Math.min(...xs), max: Math.max(...xs) });

/**
 * Meet een kandidaat tegen een basislijn, afwisselend (A, B, B, A, A, B, …). Geeft per
 * deelnemer de mediaan in ops/s per processorseconde (met min en max over de rondes, en de
 * mediaan per wandklokseconde) en de mediaan van de verhoudingen per paar:
 * `tijdsfactor` = (tijd per operatie van de kandidaat) / (tijd per operatie van de basislijn).
 * @param {Deelnemer} kandidaat
 * @param {Deelnemer} basis
 */
export async function vergelijk(kandidaat, basis, { rondes = 15, minMs = 60, opwarmMs = 750 } = {}) {
  const nK = await kalibreer(kandidaat, minMs, opwarmMs);
  const nB = await kalibreer(basis, minMs, opwarmMs);
  const opsK = [];
  const opsB = [];
  const wandK = [];
  const wandB = [];
  const factoren = [];
  for (let r = 0; r < rondes; r++) {
    // Wisselen wie begint, zodat geen van beide steeds het voordeel van een opgewarmde cache heeft.
    const eerstB = r % 2 === 1;
    const b1 = eerstB ? await eenRonde(basis, nB) : undefined;
    const k = await eenRonde(kandidaat, nK);
    const b = b1 ?? (await eenRonde(basis, nB));
    const opsPerMsK = (nK * (kandidaat.aantal ?? 1)) / k.cpu;
    const opsPerMsB = (nB * (basis.aantal ?? 1)) / b.cpu;
    opsK.push(opsPerMsK * 1000);
    opsB.push(opsPerMsB * 1000);
    wandK.push(((nK * (kandidaat.aantal ?? 1)) / k.wand) * 1000);
    wandB.push(((nB * (basis.aantal ?? 1)) / b.wand) * 1000);
    factoren.push(opsPerMsB / opsPerMsK);
  }
  return {
    kandidaat: { ...stat(opsK), wand: mediaan(wandK) },
    basis: { ...stat(opsB), wand: mediaan(wandB) },
    tijdsfactor: mediaan(factoren),
    rondes,
  };
}

// ---------------------------------------------------------------------------------------
// Figuren: wat elke sectie meet, met basislijn, verhouding en doel.

/**
 * @typedef {object} Figuur
 * @property {string} sectie
 * @property {string} naam - wat gemeten is
 * @property {number} waarde
 * @property {string} eenheid
 * @property {{ naam: string, waarde: number, eenheid: string }} basislijn - in dezelfde run gemeten
 * @property {number} verhouding
 * @property {string} verhoudingTekst - bijv. "× zo snel als de basislijn"
 * @property {string} doel - in woorden, bijv. "≥ 1.000.000 routeringen/s"
 * @property {boolean} gehaald
 * @property {number} [decimalen]
 * @property {string} [toelichting] - bijv. de spreiding (min–max) over de rondes
 * @property {boolean} [zonderDoel] - alleen ter informatie (telt niet mee)
 */

/** Alle figuren van deze run, in volgorde. */
export const figuren = [];

/** Legt een figuur vast en drukt hem af. */
export function figuur(f) {
  figuren.push(f);
  const d = f.decimalen ?? 0;
  const r = [
    `  ${f.naam}`,
    `      waarde     ${fmt(f.waarde, d)} ${f.eenheid}${f.toelichting ? `   (${f.toelichting})` : ""}`,
    `      basislijn  ${f.basislijn.naam}: ${fmt(f.basislijn.waarde, f.basislijn.decimalen ?? 0)} ${f.basislijn.eenheid}`,
    `      verhouding ${fmt(f.verhouding, 2)}${f.verhoudingTekst}`,
    `      doel       ${f.doel}${f.zonderDoel ? "" : `  →  ${f.gehaald ? "GEHAALD" : "NIET GEHAALD"}`}`,
  ];
  console.log(r.join("\n"));
  return f;
}

/** Kop van een sectie. */
export function sectie(titel) {
  console.log(`\n== ${titel}`);
}
