export { bronnen, vindBron, isBronSleutel, type Bron, type BronSleutel, type Bronsoort } from "./bronnen.js";
export { citeer, formatCitaat, controleerCitaat, grondslagen, type Citaat, type Grondslag } from "./citaat.js";
