import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bouwPakket, bundelConsument } from "./hulp/bundel.js";

/**
 * Bundel van een browserapp die alleen `routeer` gebruikt: geen zod, geen gemeentetabellen,
 * geen ts-pattern (de beslistabel is vooruitberekend), geen uitlegteksten of citaatteksten.
 * Het plafond is de gemeten grootte plus ~10% (27 november 2026: 8.192 B gzip, waarvan fase,
 * de inwerkingtredingsparameter en plusMaanden met date-fns ruim 3 kB; daarna 8.582 B door de
 * vormcontrole van de instellingen met de lijst van parameter-ids; 7.694 B sinds `fase` alleen de
 * datum van inwerkingtreding meeneemt en niet de parametertabel met bronteksten en opmerkingen;
 * 8.213 B sinds de controle van parameteroverschrijvingen gedeeld is met parseInstellingen (alleen
 * de controle van een datum komt mee); daarna ±8,6 kB door invoercontroles die een TypeError of
 * een stille verkeerde uitkomst voorkomen, de twee lezingen voor werkgevers vanaf 1 juli 2026 en
 * de gemeentedeur die niet de woongemeente is; samen 9.114 B; 9.704 B na de meldingen in de
 * gewone vorm; 9.862 B met de Doorstroompunt-verwijzing voor een jongere met onbekende
 * schoolstatus en de weigering van een dubbel opgegeven inwerkingtreding). Het plafond blijft
 * 10.000 B: wat erbij komt, moet ergens anders af.
 * Het streefdoel van 5 kB wordt (nog) niet gehaald: zonder enige tijdcode (fase, peildatum,
 * instellingen, date-fns) is de kern al ±5,4 kB; zie de notitie bij issue 6.
 */
let pakket: Awaited<ReturnType<typeof bouwPakket>>;
beforeAll(async () => {
  pakket = await bouwPakket();
});
afterAll(() => pakket?.opruimen());

describe("bundel: alleen routeer (browser, gzip)", () => {
  it("bevat geen zod, gemeentetabel, ts-pattern, uitlegteksten of citaten, en blijft onder het plafond", async () => {
    const b = await bundelConsument(pakket.map, `import { routeer } from "./index.js"; console.log(routeer);`);
    for (const id of ["ZodObject", "safeParse", "GM0363", "Súdwest-Fryslân", "Pattern matching error", "@ts-pattern", "Open beleidspunt", "UWV ondersteunt WW- en WIA-gerechtigden", "NOTA2026", "Inwerkingtreding wijziging", "eurocenten"]) {
      expect(b.code.includes(id), `bevat ${id}`).toBe(false);
    }
    expect(b.code).toContain("Rijnmond"); // de 35 regionamen wel
    if (process.env.BUNDELMAAT) console.log(`alleen routeer: ${b.gzip} B gzip`);
    expect(b.gzip, `${b.gzip} B gzip`).toBeLessThanOrEqual(10_000);
  });

  it("wie ook de uitleg gebruikt, krijgt de teksten erbij (controle dat de test teksten herkent)", async () => {
    const b = await bundelConsument(pakket.map, `import { routeer, uitlegRoutering } from "./index.js"; console.log(routeer, uitlegRoutering);`);
    expect(b.code.includes("Open beleidspunt")).toBe(true);
  });
});
