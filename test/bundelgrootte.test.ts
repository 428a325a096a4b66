import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bouwPakket, bundelConsument } from "./hulp/bundel.js";

/**
 * Bundelbudget: bundelt de gebouwde entries zoals een browserapp (esbuild, minify) en bewaakt
 * per fixture een plafond in gzip-bytes en identifiers die niet mogen voorkomen (naar het
 * voorbeeld van zod's eigen bundle-size-test). Een regel die per ongeluk zod meesleept, faalt hier.
 */
const ZOD = ["ZodObject", "ZodError", "$ZodType", "safeParse"];

interface Fixture {
  naam: string;
  code: string;
  maxGzip: number;
  magNiet: readonly string[];
}

const fixtures: Fixture[] = [
  // Plafonds: gemeten grootte plus ruim 10% marge (27 november 2026, laatste meting: 3.196, 3.606,
  // 4.625, 8.601 B). fase en regionaleMiddelen controleren sinds 27 november de vorm van de
  // instellingen (lijst van parameter-ids, ±400 B); agendaCyclus geeft beide lezingen van de
  // termijn (KB2024 en HRT): 4.311 -> 4.625 B. fase neemt sinds 27 november (tweede sessie) alleen
  // de datum van inwerkingtreding mee, niet de parametertabel met bronteksten: 3.196 -> 2.258 B.
  // Sinds 27 november (derde sessie) controleren parseInstellingen en de functies een
  // parameteroverschrijving met dezelfde code (src/tijd/overschrijving.ts: vorm, onbekende velden,
  // waarde naar de eenheid, periode, overlap; meldingen met het hele pad): fase 2.258 -> 2.798 B
  // (alleen de controle van een datum, zonder de meldingen over eurocenten, fte, jaren en
  // periodes), regionaleMiddelen 3.708 -> 4.718 B en agendaCyclus 4.723 -> 5.643 B (parameterOp:
  // alle eenheden). Nog steeds zonder parametertabellen of bronteksten in fase. agendaCyclus daarna
  // 6.214 B door de vormcontroles van de kalenderfuncties (geen TypeError op een verkeerde vorm).
  { naam: "alleen fase", code: `import { fase } from "./index.js"; console.log(fase("2026-01-01"));`, maxGzip: 3_100, magNiet: [...ZOD, "Werkcentrum", "agenda/", "transitie/", "NOTA2026", "eurocenten", "Inwerkingtreding wijziging"] },
  { naam: "alleen regionaleMiddelen", code: `import { regionaleMiddelen } from "./index.js"; console.log(regionaleMiddelen(2027));`, maxGzip: 5_200, magNiet: [...ZOD, "Haaglanden", "agenda/", "transitie/"] },
  { naam: "alleen agendaCyclus", code: `import { agendaCyclus } from "./index.js"; console.log(agendaCyclus);`, maxGzip: 6_900, magNiet: [...ZOD, "agenda/twee-delen", "transitie/"] },
  // Vormcontroles (issue 6, principe 7: een verkeerde vorm geeft een OngeldigeInvoerFout, geen
  // TypeError; src/vorm.ts): regio-opzoekingen controleren hun zoekterm, parameterOp en de
  // kalenderfuncties hun argumenten, voerRegelsUit vindt het pad van een crash (vormfout). Gemeten:
  // fase 2.896, regionaleMiddelen 5.048, agendaCyclus 6.164, vindRegio 8.653 -> 9.354,
  // toetsConvenant 55.234, toetsWerkcentrum 23.202 -> 24.509, routeer 9.376 B.
  { naam: "alleen vindRegio", code: `import { vindRegio } from "./index.js"; console.log(vindRegio("AM30"));`, maxGzip: 10_300, magNiet: ZOD },
  // Convenant en Werkcentrum. Het doel van 15 kB voor toetsConvenant is NIET gehaald (27 november
  // 2026: 42.905 B; na de brontoets van dezelfde dag 46.667 B, toetsWerkcentrum 21.120 B: meer
  // regels en lezingen, zoals kanalen-in-regio en de twee termijnlezingen van de agenda).
  // ±8,6 kB is de regiodata (regio, centrumgemeente en gemeenten van de regio),
  // ±20 kB zijn de 32 convenant-, beraad- en Werkcentrumregels met hun Nederlandse meldingen en
  // citaten, ±14 kB de 14 agendaregels die meetellen als het convenant de agenda zelf bevat
  // (issue 4: één rapport). Plafond = gemeten plus ruim 10%; bewaakt dat er geen zod en geen
  // transitieregels meekomen en dat de omvang niet ongemerkt groeit. Na de tweede brontoets van
  // 27 november 53.649 B (toetsWerkcentrum 23.202 B): drie nieuwe convenantregels
  // (werkcentrum-regio, meerjarenagenda-per-2026, meerjarenagenda-actueel), het herkennen van
  // gemeentenamen in partijen (src/convenant/partijnaam.ts) en de gedeelde controle van
  // parameteroverschrijvingen.
  { naam: "alleen toetsConvenant", code: `import { toetsConvenant } from "./index.js"; console.log(toetsConvenant);`, maxGzip: 59_000, magNiet: [...ZOD, "transitie/declaratie"] },
  { naam: "alleen toetsWerkcentrum", code: `import { toetsWerkcentrum } from "./index.js"; console.log(toetsWerkcentrum);`, maxGzip: 27_000, magNiet: [...ZOD, "beraad/kernpartners-compleet", "agenda/twee-delen"] },
];

let pakket: Awaited<ReturnType<typeof bouwPakket>>;
beforeAll(async () => {
  pakket = await bouwPakket();
});
afterAll(() => pakket?.opruimen());

describe("bundelbudget (browser, gzip)", () => {
  for (const f of fixtures) {
    it(`${f.naam}: ≤ ${f.maxGzip} B gzip, zonder ${f.magNiet.join(", ")}`, async () => {
      const b = await bundelConsument(pakket.map, f.code);
      for (const id of f.magNiet) expect(b.code.includes(id), `${f.naam} bevat ${id}`).toBe(false);
      if (process.env.BUNDELMAAT) console.log(`${f.naam}: ${b.gzip} B gzip`);
      expect(b.gzip, `${f.naam}: ${b.gzip} B gzip`).toBeLessThanOrEqual(f.maxGzip);
    });
  }

  it("de schemas-entry bevat zod wel (controle dat de test zod herkent)", async () => {
    const b = await bundelConsument(pakket.map, `import { parseInstellingen } from "./schemas.js"; console.log(parseInstellingen({}));`);
    expect(ZOD.some((id) => b.code.includes(id))).toBe(true);
    expect(b.gzip).toBeGreaterThan(10_000);
  });
});
