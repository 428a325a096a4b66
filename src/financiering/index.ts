export { cent, euro, miljoenEuro, formatBedrag, somBedragen, isCent, type Cent } from "./bedrag.js";
export {
  impulsbudgetPerRegio,
  structureelPerRegio,
  structureleDuCentrumgemeente,
  bestaandeDuRegionaleSamenwerking,
  richtbedragGidsfunctieGemeenten,
  gidsfunctieFteUwv,
  gidsfunctieFteGemeenten,
  gidsfunctieFteTotaal,
  fteWerkgeversorganisaties,
  fteWerknemersorganisaties,
  landelijkeMiddelen,
  landelijkBestaandStructureel,
  landelijkNieuwStructureel,
  landelijkNieuwTijdelijk,
  landelijkTotaal,
  vwnwImpuls,
  VWNW_TOTAAL_VOLGENS_TEKST,
} from "./tabellen.js";
export {
  regionaleMiddelen,
  landelijkeMiddelenInJaar,
  vwnwImpulsTotaal,
  bedragInJaar,
  type RegionaleMiddelen,
  type JaarBedrag,
  type BedragLezing,
} from "./middelen.js";
