// Sectie overige functies (ter informatie, zonder doel): opzoeken van regio's en gemeenten,
// regionale middelen en de fase, elk tegen het kaalste alternatief in dezelfde run.
import { figuur, fmt, gebruik, sectie, vergelijk } from "./harnas.mjs";

export async function benchOverig(lib, { rondes }) {
  sectie("6. Overige functies (ter informatie)");
  const termen = ["zuid limburg", "AM30", "Groot-Amsterdam", "Rijnmond", "Food Valley", "regio Amersfoort", "am1", "Twente"];
  const perCode = new Map(lib.arbeidsmarktregios.map((r) => [r.code.toLowerCase(), r]));
  const gemeenten = ["Den Haag", "GM0363", "Weesp", "Súdwest-Fryslân", "Zaanstad", "Hengelo"];
  const perNaam = new Map(lib.gemeenten.map((g) => [g.naam.toLowerCase(), g]));
  const jaren = [2025, 2026, 2027, 2028, 2033, 2034];
  const perJaar = new Map(jaren.map((j) => [j, j]));
  const data = ["2024-12-31", "2025-06-01", "2026-07-01", "2030-01-01"];

  const lus = (lijst, f) => () => {
    for (let i = 0; i < lijst.length; i++) gebruik(f(lijst[i]));
  };
  const gevallen = [
    ["vindRegio (normaliseren, aliassen, voorvoegsels)", lus(termen, lib.vindRegio), "Map.get op een kleine letter-code", lus(termen, (t) => perCode.get(t.toLowerCase())), termen.length],
    ["regioVanGemeente (roepnamen, oude namen, codes)", lus(gemeenten, lib.regioVanGemeente), "Map.get op een gemeentenaam in kleine letters", lus(gemeenten, (g) => perNaam.get(g.toLowerCase())), gemeenten.length],
    ["regionaleMiddelen(jaar) met status en bron", lus(jaren, lib.regionaleMiddelen), "Map.get op het jaar", lus(jaren, (j) => perJaar.get(j)), jaren.length],
    ["fase(peildatum) met validatie", lus(data, (d) => lib.fase(d)), "ISO-datumvergelijking", lus(data, (d) => d < "2025-01-01"), data.length],
  ];
  for (const [naam, f, basisNaam, b, aantal] of gevallen) {
    const m = await vergelijk({ naam, stap: f, aantal }, { naam: basisNaam, stap: b, aantal }, { rondes, minMs: 30, opwarmMs: 200 });
    figuur({
      sectie: "overig",
      naam,
      waarde: m.kandidaat.mediaan,
      eenheid: "aanroepen/s",
      toelichting: `rondes: ${fmt(m.kandidaat.min)}–${fmt(m.kandidaat.max)}`,
      basislijn: { naam: basisNaam, waarde: m.basis.mediaan, eenheid: "aanroepen/s" },
      verhouding: m.tijdsfactor,
      verhoudingTekst: "× de tijd van de basislijn",
      doel: "geen (ter informatie)",
      gehaald: true,
      zonderDoel: true,
    });
  }
}
