// Secties toetsConvenant en parseConvenant: op het volledige voorbeeld (Rijnmond) en op één
// realistisch convenant per regio (35), tegen een kale zod-safeParse van hetzelfde schema.
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { alleConvenanten } from "./convenanten.mjs";
import { figuur, fmt, gebruik, sectie, vergelijk } from "./harnas.mjs";

const PEILDATUM = "2026-09-01";
const VOORBEELD = new URL("../../examples/convenanten/rijnmond-volledig.yaml", import.meta.url);

export async function benchConvenant(lib, schemas, { rondes }) {
  sectie("2. toetsConvenant: een volledig convenant en alle 35 regio's");
  const ruw = parseYaml(readFileSync(VOORBEELD, "utf8"));
  const p = schemas.parseConvenant(ruw);
  if (!p.ok) throw new Error(`voorbeeld ongeldig: ${JSON.stringify(p.issues)}`);
  const volledig = p.value;
  const opties = { peildatum: PEILDATUM };
  const r0 = lib.toetsConvenant(volledig, opties);
  const alle = alleConvenanten(lib, schemas, PEILDATUM);
  const metBeoordelen = alle.filter((x) => x.beoordelen.length > 0);
  console.log(
    `  volledig voorbeeld (Rijnmond): ${r0.bevindingen.length} bevindingen, ${r0.samenvatting.perUitkomst.voldaan} voldaan;` +
      ` 35 regio's: ${fmt(alle.reduce((s, x) => s + x.bevindingen, 0))} bevindingen, alles voldaan behalve beoordelen bij ` +
      metBeoordelen.map((x) => `${x.regio.code} ${x.regio.naam} (${x.beoordelen.join(", ")})`).join(" en "),
  );

  const toets = { naam: "toetsConvenant", stap: () => gebruik(lib.toetsConvenant(volledig, opties).bevindingen.length) };
  const kaal = { naam: "ConvenantSchema.safeParse", stap: () => gebruik(schemas.ConvenantSchema.safeParse(ruw).success) };
  const a = await vergelijk(toets, kaal, { rondes });
  figuur({
    sectie: "toetsConvenant",
    naam: `toetsConvenant op het volledige voorbeeldconvenant (Rijnmond, ${r0.bevindingen.length} bevindingen)`,
    waarde: a.kandidaat.mediaan,
    eenheid: "toetsen/s",
    toelichting: `rondes: ${fmt(a.kandidaat.min)}–${fmt(a.kandidaat.max)}`,
    basislijn: { naam: "kale zod-safeParse van hetzelfde document", waarde: a.basis.mediaan, eenheid: "parses/s" },
    verhouding: a.tijdsfactor,
    verhoudingTekst: "× de tijd van de basislijn",
    doel: "≥ 10.000 toetsen/s",
    gehaald: a.kandidaat.mediaan >= 10_000,
  });

  const convenanten = alle.map((x) => x.convenant);
  const ruwe = alle.map((x) => x.ruw);
  const alle35 = {
    naam: "35 convenanten",
    stap: () => {
      for (let i = 0; i < convenanten.length; i++) gebruik(lib.toetsConvenant(convenanten[i], opties).bevindingen.length);
    },
  };
  const kaal35 = {
    naam: "35 × safeParse",
    stap: () => {
      for (let i = 0; i < ruwe.length; i++) gebruik(schemas.ConvenantSchema.safeParse(ruwe[i]).success);
    },
  };
  const b = await vergelijk(alle35, kaal35, { rondes });
  const ms = 1000 / b.kandidaat.mediaan;
  figuur({
    sectie: "toetsConvenant",
    naam: "toetsConvenant op alle 35 regio's samen (één convenant per regio)",
    waarde: ms,
    decimalen: 2,
    eenheid: "ms",
    toelichting: `rondes: ${fmt(1000 / b.kandidaat.max, 2)}–${fmt(1000 / b.kandidaat.min, 2)} ms`,
    basislijn: { naam: "35 × kale zod-safeParse", waarde: 1000 / b.basis.mediaan, decimalen: 2, eenheid: "ms" },
    verhouding: b.tijdsfactor,
    verhoudingTekst: "× de tijd van de basislijn",
    doel: "< 5 ms samen",
    gehaald: ms < 5,
  });

  sectie("3. parseConvenant tegen een kale zod-safeParse van hetzelfde schema");
  const parse = { naam: "parseConvenant", stap: () => gebruik(schemas.parseConvenant(ruw).ok) };
  const c = await vergelijk(parse, kaal, { rondes });
  figuur({
    sectie: "parseConvenant",
    naam: "parseConvenant (dieptecontrole + safeParse, Result met Nederlandse meldingen) op het volledige voorbeeld",
    waarde: c.tijdsfactor,
    decimalen: 2,
    eenheid: "× de tijd",
    basislijn: { naam: "ConvenantSchema.safeParse (kale zod)", waarde: c.basis.mediaan, eenheid: "parses/s" },
    verhouding: c.tijdsfactor,
    verhoudingTekst: `× de tijd van de basislijn (parseConvenant: ${fmt(c.kandidaat.mediaan)} parses/s)`,
    doel: "≤ 1,3× de tijd",
    gehaald: c.tijdsfactor <= 1.3,
  });
}
