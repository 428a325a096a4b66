import { citeer, type Citaat } from "../bronnen/citaat.js";
import { OngeldigeInvoerFout } from "../result.js";
import type { Instellingen } from "./instellingen.js";
import { dagenInMaand, controleerPeildatum, type Peildatum } from "./peildatum.js";
import { parameterOp } from "./parameters.js";
import { werkgeversdienstverleningViaWerkcentrumVanaf } from "./werkgeversdienstverlening.js";
import { BEGIN_TRANSITIE, inwerkingtreding } from "./wet.js";

/**
 * Hoe precies de datum van een mijlpaal bekend is. `periode`: de bron noemt geen datum, alleen
 * grenzen (bijv. "recent" in een gedateerde nota); `van` en `tot` zijn dan de vroegste en de
 * laatste mogelijke dag.
 */
export type Precisie = "dag" | "maand" | "halfjaar" | "seizoen" | "jaar" | "periode";

/**
 * Status van een mijlpaal volgens de nieuwste bron die erover gaat:
 * - `gebeurd`: de bron meldt het als gebeurd (een gedateerd document, of een feit dat een
 *   latere bron als voltooid noemt);
 * - `vastgesteld`: een vaste termijn uit een regeling of handreiking;
 * - `beoogd`: een voornemen of planning (kan verschuiven);
 * - `ambitie`: een streven.
 *
 * De status hangt níet af van een peildatum: een `beoogde` mijlpaal waarvan de datum voorbij is,
 * blijft `beoogd` zolang geen bron meldt dat hij gebeurd is (de bibliotheek weet niet meer dan
 * haar bronnen). `mijlpalenNa` kijkt alleen naar de datum, niet naar de status.
 */
export type MijlpaalStatus = "gebeurd" | "vastgesteld" | "beoogd" | "ambitie";

/** Onderwerp van een mijlpaal. */
export type MijlpaalOnderwerp =
  | "wetgeving"
  | "transitie"
  | "rmt"
  | "leerwerkloket"
  | "wsp"
  | "governance"
  | "werkcentrum"
  | "meerjarenagenda"
  | "financiering"
  | "communicatie"
  | "evaluatie";

/** Wat een mijlpaal gemeen heeft, of de datum nu uit de bron of uit de instellingen komt. */
export interface MijlpaalBasis {
  readonly id: string;
  /** Eerste dag van de periode (bij precisie `dag`: de datum); `null` als de datum onbekend is. */
  readonly van: Peildatum | null;
  /** Laatste dag van de periode (gelijk aan `van` bij precisie `dag`). */
  readonly tot: Peildatum | null;
  readonly precisie: Precisie;
  /** Datum zoals de bron hem noemt, bijv. `voorjaar 2025` of `medio 2025`. */
  readonly datumTekst: string;
  readonly omschrijving: string;
  readonly onderwerp: MijlpaalOnderwerp;
  readonly andereBronnen?: readonly Citaat[];
  /** Ids van mijlpalen uit andere bronnen die hiermee in strijd zijn. */
  readonly strijdigMet?: readonly string[];
  /** Als de datum afhangt van de inwerkingtreding van de wet (instelbaar). */
  readonly volgtInwerkingtreding?: true;
  /** De datum volgt de parameter `werkcentrum.werkgeversdienstverlening-vanaf` (overschrijfbaar). */
  readonly volgtParameter?: true;
  readonly toelichting?: string;
}

/** Een mijlpaal met de datum, status en bron uit de bronnen (`herkomst: "standaard"`). */
export interface MijlpaalUitBron extends MijlpaalBasis {
  readonly herkomst: "standaard";
  readonly status: MijlpaalStatus;
  readonly bron: Citaat;
}

/** De datum, status en bron van een mijlpaal volgens de bronnen, naast een datum uit de instellingen. */
export interface MijlpaalStandaard {
  readonly van: Peildatum | null;
  readonly tot: Peildatum | null;
  readonly precisie: Precisie;
  readonly datumTekst: string;
  readonly status: MijlpaalStatus;
  readonly bron: Citaat;
  readonly toelichting?: string;
}

/**
 * Een mijlpaal waarvan de datum uit de instellingen van de gebruiker komt
 * (`instellingen.inwerkingtreding`, of een overschrijving van `wet.inwerkingtreding` of
 * `werkcentrum.werkgeversdienstverlening-vanaf`): status `instelling`, geen `bron` (geen bron
 * noemt deze datum). Wat de bronnen zeggen, staat in `standaard`.
 */
export interface MijlpaalUitInstelling extends MijlpaalBasis {
  readonly herkomst: "instelling";
  readonly status: "instelling";
  readonly bron?: undefined;
  /** Het veld in de instellingen waar de datum vandaan komt, bijv. `instellingen.inwerkingtreding`. */
  readonly ingesteldIn: string;
  /** De datum, status en bron volgens de bronnen (die de instelling vervangt). */
  readonly standaard: MijlpaalStandaard;
}

/**
 * Een gedateerde mijlpaal van de hervorming. `herkomst` zegt waar de datum vandaan komt: uit de
 * bronnen (`standaard`, met `status` en `bron`) of uit de instellingen (`instelling`, met de
 * lezing van de bronnen in `standaard`).
 */
export type Mijlpaal = MijlpaalUitBron | MijlpaalUitInstelling;

type Invoer = Omit<MijlpaalUitBron, "van" | "tot" | "precisie" | "datumTekst" | "herkomst"> & { readonly datum: string; readonly datumTekst?: string };

/** Zet `2025-01-01`, `2025-01`, `2025-H2`, `2025-voorjaar`, `2025` of `2026-01-01/2026-03-11` om naar een periode. */
function periode(datum: string): { van: Peildatum; tot: Peildatum; precisie: Precisie } {
  const grenzen = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(datum);
  if (grenzen) return { van: grenzen[1] as Peildatum, tot: grenzen[2] as Peildatum, precisie: "periode" };
  const [j, deel] = datum.split(/-(.+)/) as [string, string | undefined];
  const jaar = Number(j);
  const p = (m: number, d: number) => `${j}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` as Peildatum;
  if (deel === undefined) return { van: p(1, 1), tot: p(12, 31), precisie: "jaar" };
  if (/^\d{2}-\d{2}$/.test(deel)) return { van: datum as Peildatum, tot: datum as Peildatum, precisie: "dag" };
  if (/^\d{2}$/.test(deel)) {
    const m = Number(deel);
    return { van: p(m, 1), tot: p(m, dagenInMaand(jaar, m)), precisie: "maand" };
  }
  if (deel === "H1") return { van: p(1, 1), tot: p(6, 30), precisie: "halfjaar" };
  if (deel === "medio") return { van: p(5, 1), tot: p(8, 31), precisie: "halfjaar" };
  if (deel === "voorjaar") return { van: p(3, 1), tot: p(5, 31), precisie: "seizoen" };
  if (deel === "najaar") return { van: p(9, 1), tot: p(11, 30), precisie: "seizoen" };
  throw new Error(`interne fout: onbekende datumnotatie ${datum}`);
}

const INVOER: readonly Invoer[] = [
  { id: "kamerbrief-uitgangspunten", datum: "2022-10-11", omschrijving: "Kamerbrief 'Uitgangspunten uitbreiding arbeidsmarktinfrastructuur'", status: "gebeurd", onderwerp: "wetgeving", bron: citeer("KB2022", "dagtekening") },
  { id: "kamerbrief-hervorming", datum: "2024-04-29", omschrijving: "Kamerbrief 'Hervorming arbeidsmarktinfrastructuur'; toen beoogde inwerkingtreding 1 januari 2026", status: "gebeurd", onderwerp: "wetgeving", bron: citeer("KB2024", "dagtekening en 'Wat zijn de volgende stappen?'", "Den Haag, 29 april 2024"), andereBronnen: [citeer("HRT", "§1.1", "In de Kamerbrief van 29 april 2024")], strijdigMet: ["kamerbrief-hervorming-nota"] },
  { id: "kamerbrief-hervorming-nota", datum: "2024-04-24", omschrijving: "Kamer geïnformeerd over de hervorming (datum volgens NOTA2026; de Kamerbrief zelf en de handreiking noemen 29 april 2024)", status: "gebeurd", onderwerp: "wetgeving", bron: citeer("NOTA2026", "Aanleiding", "Op 24 april 2024 is de Kamer geïnformeerd over de hervorming van de"), strijdigMet: ["kamerbrief-hervorming"], toelichting: "Waarschijnlijk een verschrijving in de nota; de bibliotheek toont beide datums." },
  { id: "modelconvenant-vastgesteld", datum: "2024-10-08", omschrijving: "Regionaal modelconvenant vast te stellen door de landelijke stuurgroep", status: "beoogd", onderwerp: "governance", bron: citeer("S3", "opening"), andereBronnen: [citeer("HRT", "§1.3 'Het Regionaal Beraad'", "is een modelconvenant opgesteld")], toelichting: "De handreiking (eind 2024) meldt dat er een modelconvenant is opgesteld, beschreven in een aparte handreiking; of en wanneer de landelijke stuurgroep het vaststelde, zegt geen bron van de bibliotheek." },
  { id: "inwerkingtreding-verschoven", datum: "2024-11-06", omschrijving: "Beoogde inwerkingtreding verschoven van 1 januari 2026 naar 1 juli 2026 (gegevensuitwisseling als lastig punt)", status: "gebeurd", onderwerp: "wetgeving", bron: citeer("S4", "opening") },
  { id: "handreiking-meerjarenagenda", datum: "2024-12", omschrijving: "Handreiking Meerjarenagenda en Arbeidsmarktinformatie gepubliceerd; het raamwerk is inspiratie, geen blauwdruk", status: "gebeurd", onderwerp: "meerjarenagenda", bron: citeer("S7", "opening") },
  { id: "rmt-laatste-start-via-uwv", datum: "2024-12-31", omschrijving: "Uiterste startdatum van dienstverlening die gemeenten en sociale partners via UWV inkochten onder de RMT-regeling", status: "vastgesteld", onderwerp: "rmt", bron: citeer("HRT", "§5.1 'Declaraties aanvullende dienstverlening'", "moet uiterlijk op 31 december 2024 starten") },
  { id: "begin-transitieperiode", datum: "2025-01-01", omschrijving: "Begin van de transitieperiode", status: "vastgesteld", onderwerp: "transitie", bron: citeer("HRT", "§1.2", "is er vanaf 1 januari 2025 tot 1 juli 2026 een transitieperiode") },
  { id: "einde-rmt-regeling", datum: "2025-01-01", omschrijving: "Tijdelijke regeling aanvullende dienstverlening (regionale mobiliteitsteams) eindigt", status: "vastgesteld", onderwerp: "rmt", bron: citeer("HRT", "Hoofdstuk 5 en §5.1", "Per 1 januari 2025 stopt de Tijdelijke Regeling voor de RMT's."), andereBronnen: [citeer("KB2024", "§3")] },
  { id: "einde-financiering-leerwerkloketten", datum: "2025-01-01", omschrijving: "Rijksfinanciering en landelijke ondersteuning van de Leerwerkloketten stoppen", status: "vastgesteld", onderwerp: "leerwerkloket", bron: citeer("HRT", "§5.2", "Per 1 januari 2025 stopt de Rijksfinanciering van de Leerwerkloketten") },
  { id: "start-impulsbudget", datum: "2025-01-01", omschrijving: "Start van het impulsbudget: centrumgemeenten ontvangen de middelen via een decentralisatie-uitkering", status: "vastgesteld", onderwerp: "financiering", bron: citeer("HRT", "Tabel 1 (ondersteuningsbehoefte)"), andereBronnen: [citeer("KB2024", "'Financiering arbeidsmarktinfrastructuur'")] },
  { id: "start-structurele-middelen-gidsfunctie", datum: "2025-01-01", omschrijving: "UWV en gemeenten krijgen structureel geld om de gidsfunctie in het Werkcentrum te organiseren", status: "vastgesteld", onderwerp: "financiering", bron: citeer("HRT", "Tabel 1 (Werkcentrum, transitieperiode)", "UWV en gemeenten krijgen vanaf 2025 structureel gelden om de gidsfunctie in het Werkcentrum te organiseren") },
  { id: "start-landelijke-ondersteuningsstructuur", datum: "2025-01-01", omschrijving: "UWV richt de nieuwe landelijke ondersteuningsstructuur in en voert die uit", status: "vastgesteld", onderwerp: "governance", bron: citeer("HRT", "§1.4", "wordt ingericht en uitgevoerd door UWV per 1 januari 2025") },
  { id: "basiswebsite-werkcentrum", datum: "2025-01", omschrijving: "Landelijke basiswebsite Werkcentrum.nl actief, met doorverwijzingen naar regionale websites", status: "beoogd", onderwerp: "communicatie", bron: citeer("HRT", "§1.5 'Korte termijn: januari 2025'") },
  { id: "brandbook", datum: "2025-02", omschrijving: "Brandbook en brandtoolkit voor het Werkcentrum beschikbaar", status: "beoogd", onderwerp: "communicatie", bron: citeer("HRT", "§1.5", "In februari 2025 zijn het brandbook en de brandtoolkit voor het Werkcentrum beschikbaar.") },
  { id: "landelijke-meerjarenagenda-gepland", datum: "2025-voorjaar", datumTekst: "voorjaar 2025", omschrijving: "Landelijke meerjarenagenda opgesteld (gepland); volgens NOTA2026 pas begin 2026 vastgesteld", status: "beoogd", onderwerp: "meerjarenagenda", bron: citeer("HRT", "§1.3 'De landelijke meerjarenagenda'", "namelijk in het voorjaar van 2025"), strijdigMet: ["landelijke-meerjarenagenda-vastgesteld"], toelichting: "De handreiking zegt 'opgesteld', NOTA2026 'vastgesteld'; of er in het voorjaar van 2025 al een concept lag, zeggen de bronnen niet." },
  { id: "crm-leerwerkloketten", datum: "2025-H1", datumTekst: "eerste halfjaar 2025", omschrijving: "CRM-systeem MS Dynamics van de Leerwerkloketten alleen het eerste halfjaar nog in gebruik", status: "vastgesteld", onderwerp: "leerwerkloket", bron: citeer("HRT", "§5.2 'Werkprocessen'") },
  { id: "community-leerwerkloketten-sluit", datum: "2025-medio", datumTekst: "medio 2025", omschrijving: "De community (intranet) van de Leerwerkloketten sluit", status: "beoogd", onderwerp: "leerwerkloket", bron: citeer("HRT", "§1.4 en §5.2", "Naar verwachting wordt de community van de Leerwerkloketten medio 2025 gesloten.") },
  { id: "verantwoording-personele-inzet-2024", datum: "2025-07-15", omschrijving: "Uiterste datum verantwoording personele inzet 2024 (RMT) bij SZW", status: "vastgesteld", onderwerp: "rmt", bron: citeer("HRT", "§5.1 'Verantwoording personele inzet 2024'", "uiterlijk 15 juli 2025") },
  { id: "eerste-declaratiemoment", datum: "2025-07-15", omschrijving: "Eerste van twee declaratiemomenten in 2025 voor RMT-trajecten met langere doorlooptijd", status: "vastgesteld", onderwerp: "rmt", bron: citeer("HRT", "§5.1 'Declaraties aanvullende dienstverlening'", "Dit zijn 15 juli 2025 en 28 november 2025.") },
  { id: "rmt-einde-via-uwv", datum: "2025-08-31", omschrijving: "Dienstverlening die via UWV onder de RMT-regeling werd ingekocht, loopt uiterlijk tot deze datum", status: "vastgesteld", onderwerp: "rmt", bron: citeer("HRT", "§5.1 'Declaraties aanvullende dienstverlening'", "mag maximaal doorlopen tot 31 augustus 2025") },
  { id: "convenant-landelijk-beraad", datum: "2025-09-22", omschrijving: "Samenwerkingsconvenant Landelijk Beraad ondertekend (Stcrt. 2025, 34554): start 1 januari 2026, minstens vier keer per jaar, secretariaat bij SZW", status: "gebeurd", onderwerp: "governance", bron: citeer("S2", "opening"), andereBronnen: [citeer("S1", "inleiding")] },
  { id: "laatste-declaratiemoment", datum: "2025-11-28", omschrijving: "Laatste declaratiemoment RMT; latere declaraties komen voor eigen rekening van de partij die de inkoop initieerde", status: "vastgesteld", onderwerp: "rmt", bron: citeer("HRT", "§5.1 'Declaraties aanvullende dienstverlening'", "Alle ingediende declaraties na 28 november 2025 komen voor eigen rekening") },
  { id: "werkcentrum-in-elke-regio", datum: "2026-01-01", omschrijving: "Ambitie: in elke arbeidsmarktregio een Werkcentrum actief, een Regionaal Beraad ingericht en een meerjarenagenda vastgesteld", status: "ambitie", onderwerp: "werkcentrum", bron: citeer("HRT", "§1.2", "onze ambitie dat in ieder geval per 1 januari 2026 in elke arbeidsmarktregio een Werkcentrum actief is, er een Regionaal Beraad is ingericht en een meerjarenagenda is vastgesteld"), andereBronnen: [citeer("HRT", "§3.2 'Regionale verschillen'"), citeer("S2", "opening"), citeer("NOTA2026", "punt 1", "Alle Werkcentra in Nederland zijn operationeel."), citeer("NOTA2026", "punt 4", "In het grootste deel van de regio’s is een Regionaal Beraad actief")], toelichting: "Stand volgens NOTA2026 (11 maart 2026): alle Werkcentra zijn operationeel (in een klein aantal regio's in een minimale vorm); in het grootste deel van de regio's, dus niet in alle, is een Regionaal Beraad actief. De ambitie is daarmee deels gehaald." },
  { id: "regionale-meerjarenagenda", datum: "2026-01-01", omschrijving: "Inzet: alle arbeidsmarktregio's werken op basis van een regionale meerjarenagenda", status: "ambitie", onderwerp: "meerjarenagenda", bron: citeer("HRT", "§1.3 'De landelijke meerjarenagenda'", "De inzet is om in alle arbeidsmarktregio’s per 1 januari 2026 te werken op basis van een regionale meerjarenagenda.") },
  { id: "start-landelijk-beraad", datum: "2026-01-01", omschrijving: "Landelijk Beraad actief", status: "gebeurd", onderwerp: "governance", bron: citeer("NOTA2026", "punt 4", "1 januari jl. is ook een Landelijk Beraad … actief"), andereBronnen: [citeer("S2", "opening")] },
  { id: "wet-school-naar-duurzaam-werk", datum: "2026-01-01", omschrijving: "Beoogde inwerkingtreding van de Wet van school naar duurzaam werk (Doorstroompunten)", status: "beoogd", onderwerp: "wetgeving", bron: citeer("HRT", "§6.2 'Doorstroompunten' en Bijlage 1", "De beoogde ingangsdatum van dit wetsvoorstel is 1 januari 2026.") },
  {
    id: "landelijke-meerjarenagenda-vastgesteld",
    datum: "2026-01-01/2026-03-11",
    datumTekst: "begin 2026 (vóór 11 maart 2026)",
    omschrijving: "Landelijk Beraad heeft de landelijke meerjarenagenda vastgesteld ('recent' volgens de nota van 11 maart 2026; de dag noemt de bron niet)",
    status: "gebeurd",
    onderwerp: "meerjarenagenda",
    bron: citeer("NOTA2026", "punt 4", "Het Landelijk Beraad heeft recent de landelijke meerjarenagenda vastgesteld."),
    andereBronnen: [citeer("NOTA2026", "punt 4", "1 januari jl. is ook een Landelijk Beraad")],
    strijdigMet: ["landelijke-meerjarenagenda-gepland"],
    toelichting:
      "De nota (11 maart 2026) zegt alleen 'recent'. De periode eindigt op de datum van de nota en begint op 1 januari 2026, de dag waarop het Landelijk Beraad volgens dezelfde nota actief werd (afgeleid: de nota noemt geen begin). Met de voortgangsbrief ging het concept mee; de definitieve versie volgde (zie landelijke-meerjarenagenda-definitief).",
  },
  { id: "landelijke-meerjarenagenda-definitief", datum: "2026-03-15", omschrijving: "Definitieve versie van de landelijke meerjarenagenda (met definitieve opmaak) beschikbaar; bij de voortgangsbrief zat het concept", status: "beoogd", onderwerp: "meerjarenagenda", bron: citeer("NOTA2026", "punt 4", "Op 15 maart is de definitieve versie met de definitieve opmaak beschikbaar.") },
  {
    id: "wetsvoorstel-raad-van-state",
    datum: "2026-03-11/2026-03-23",
    datumTekst: "maart 2026 (vóór de verzending van de voortgangsbrief, gepland op 23 maart 2026)",
    omschrijving: "Wetsvoorstel (wijziging Wet SUWI) naar de Raad van State (gepland); het was kort daarvoor aan de ministerraad aangeboden. Daaruit volgt (een afleiding, niet de woorden van de nota) dat 1 juli 2026 niet haalbaar is",
    status: "beoogd",
    onderwerp: "wetgeving",
    bron: citeer("NOTA2026", "punt 2", "MR heeft aangeboden en dat vóór de verzending van deze brief aan de Raad van State wordt aangeboden"),
    andereBronnen: [citeer("NOTA2026", "Proces", "Op hetzelfde moment willen we de Kamer informeren en deze voortgangsbrief versturen.")],
    toelichting:
      "De nota van 11 maart 2026 meldt dat het wetsvoorstel 'recent' aan de ministerraad is aangeboden (gebeurd; de dag noemt de bron niet) en dat het vóór de verzending van de voortgangsbrief aan de Raad van State 'wordt aangeboden' (gepland). De periode loopt van de datum van de nota tot de geplande verzending op 23 maart 2026. Dat het wetsvoorstel daadwerkelijk bij de Raad van State is, meldt geen bron van de bibliotheek.",
  },
  { id: "publiekscampagne-gepland", datum: "2025-10-01/2025-12-31", datumTekst: "eind 2025", omschrijving: "Start landelijke en regionale campagne Werkcentrum, als alle regio's een Werkcentrum hebben (gepland); volgens NOTA2026 later gepland, op 23 maart 2026", status: "beoogd", onderwerp: "communicatie", bron: citeer("HRT", "§1.5 Communicatie", "Eind 2025, als alle arbeidsmarktregio’s een Werkcentrum hebben, gaan we landelijk en regionaal de campagne starten"), strijdigMet: ["publiekscampagne"] },
  {
    id: "publiekscampagne",
    datum: "2026-03-23",
    omschrijving: "Start landelijke publiekscampagne Werkcentrum en opening Werkcentrum regio Groot-Amsterdam (gepland); dezelfde dag gaat de voortgangsbrief naar de Kamer",
    status: "beoogd",
    onderwerp: "communicatie",
    bron: citeer("NOTA2026", "Proces", "Op 23 maart opent u het Werkcentrum regio Groot-Amsterdam en lanceert u de landelijke publiekscampagne voor het Werkcentrum."),
    andereBronnen: [citeer("NOTA2026", "Aanleiding", "de start van de publiekscampagne voor de Werkcentra op 23 maart"), citeer("S8", "opening")],
    strijdigMet: ["publiekscampagne-gepland"],
    toelichting: "Gepland volgens de nieuwste bronnen (S8 van 5 februari 2026, NOTA2026 van 11 maart 2026); dat de campagne is gestart, meldt geen bron van de bibliotheek.",
  },
  { id: "inwerkingtreding-wet", datum: "2026-07-01", omschrijving: "Inwerkingtreding wijziging Wet SUWI en Besluit SUWI (Regionaal Beraad vervangt formeel het Regionaal Werkbedrijf)", status: "beoogd", onderwerp: "wetgeving", bron: citeer("HRT", "§1.2"), volgtInwerkingtreding: true, toelichting: "Volgens NOTA2026 niet meer haalbaar; stel de datum in met instellingen.inwerkingtreding." },
  { id: "einde-transitieperiode", datum: "2026-07-01", omschrijving: "Einde van de transitieperiode", status: "beoogd", onderwerp: "transitie", bron: citeer("HRT", "§1.2"), volgtInwerkingtreding: true },
  { id: "werkgeversdienstverlening-via-werkcentrum", datum: "2026-07-01", omschrijving: "Werkgeversdienstverlening in ieder geval via het Werkcentrum; de naam WerkgeversServicepunt vervalt", status: "beoogd", onderwerp: "wsp", bron: citeer("HRT", "§5.3", "Het is de bedoeling dat de verbinding van werkgeversdienstverlening via het Werkcentrum in ieder geval vanaf 1 juli 2026 gerealiseerd is."), volgtParameter: true, toelichting: "Een eigen datum uit de handreiking, los van de inwerkingtreding (parameter werkcentrum.werkgeversdienstverlening-vanaf); de naam WerkgeversServicepunt vervalt 'op termijn'." },
  { id: "evaluatie-impulsbudget", datum: "2027", omschrijving: "Evaluatie van de decentralisatie-uitkering (impulsbudget) als financieringsinstrument", status: "beoogd", onderwerp: "evaluatie", bron: citeer("HRT", "§2.1"), andereBronnen: [citeer("KB2024", "'Financiering arbeidsmarktinfrastructuur'")] },
  { id: "impulsbudget-daalt-na-2028", datum: "2028", omschrijving: "Na 2028 loopt het impulsbudget per jaar af (DU in eerste aanleg voor 3 jaar verstrekt)", status: "beoogd", onderwerp: "financiering", bron: citeer("NOTA2026", "punt 2") },
  { id: "evaluatie-hervorming", datum: "2031", omschrijving: "De hervorming wordt tot 2031 geëvalueerd op sterkere samenwerking, betere en toegankelijkere dienstverlening en effectievere aanpak van regionale opgaven", status: "beoogd", onderwerp: "evaluatie", bron: citeer("S8", "opening") },
  { id: "impulsbudget-nul-nota", datum: "2033", omschrijving: "Impulsbudget €0 (volgens NOTA2026)", status: "beoogd", onderwerp: "financiering", bron: citeer("NOTA2026", "punt 2", "Na 2028 loopt dit budget per jaar af tot €0 in 2033."), strijdigMet: ["impulsbudget-nul-handreiking"] },
  { id: "impulsbudget-nul-handreiking", datum: "2034", omschrijving: "Tijdelijke middelen €0 (volgens HRT Tabel 4 en KB2024; in 2033 nog € 174.068 per regio)", status: "beoogd", onderwerp: "financiering", bron: citeer("HRT", "§2.1 Tabel 4"), andereBronnen: [citeer("KB2024", "'Financiering arbeidsmarktinfrastructuur'"), citeer("HRT", "Tabel 1", "De middelen lopen jaarlijks af tot €0 in 2034.")], strijdigMet: ["impulsbudget-nul-nota"] },
];

/**
 * Alle mijlpalen van de hervorming, gesorteerd op datum. Mijlpalen die van de inwerkingtreding
 * afhangen krijgen de datum uit de instellingen (of `null` bij `"onbekend"`), net als die van
 * de werkgeversdienstverlening bij een overschrijving van haar parameter. Zo'n datum heet
 * `status: "instelling"` en heeft geen `bron`: geen bron noemt hem. De datum en bron volgens de
 * bronnen staan dan in `standaard`.
 *
 * @example
 * ```ts
 * import { mijlpalen } from "arbeidsmarktinfra";
 * const m = mijlpalen({ inwerkingtreding: "2027-01-01" }).find((x) => x.id === "einde-transitieperiode");
 * // { van: "2027-01-01", status: "instelling", herkomst: "instelling", ingesteldIn: "instellingen.inwerkingtreding",
 * //   standaard: { van: "2026-07-01", status: "beoogd", bron: { bron: "HRT", plaats: "§1.2", … } }, … }
 * ```
 */
export function mijlpalen(instellingen?: Instellingen): readonly Mijlpaal[] {
  const iwt = inwerkingtreding(instellingen);
  const wgd = parameterOp(werkgeversdienstverleningViaWerkcentrumVanaf, BEGIN_TRANSITIE, instellingen);
  const lijst = INVOER.map((m): Mijlpaal => {
    const { datum, datumTekst, ...rest } = m;
    const uitBron: MijlpaalUitBron = { ...rest, ...periode(datum), datumTekst: datumTekst ?? datum, herkomst: "standaard" };
    if (m.volgtInwerkingtreding && iwt.herkomst === "instelling") {
      const veld = instellingen?.inwerkingtreding !== undefined ? "instellingen.inwerkingtreding" : 'instellingen.parameters["wet.inwerkingtreding"]';
      return uitInstelling(uitBron, iwt.datum, veld);
    }
    if (m.volgtParameter && wgd.soort === "waarde" && wgd.herkomst === "instelling") {
      return uitInstelling(uitBron, wgd.waarde, 'instellingen.parameters["werkcentrum.werkgeversdienstverlening-vanaf"]');
    }
    return uitBron;
  });
  return lijst.sort((a, b) => vergelijk(a.van, b.van) || vergelijk(a.tot, b.tot));
}

/** Een mijlpaal met de datum uit de instellingen; de lezing van de bronnen gaat naar `standaard`. */
function uitInstelling(m: MijlpaalUitBron, datum: Peildatum | null, ingesteldIn: string): MijlpaalUitInstelling {
  const { van, tot, precisie, datumTekst, status, bron, toelichting, ...rest } = m;
  const standaard: MijlpaalStandaard = { van, tot, precisie, datumTekst, status, bron, ...(toelichting !== undefined && { toelichting }) };
  return {
    ...rest,
    van: datum,
    tot: datum,
    precisie: "dag",
    datumTekst: datum ?? "onbekend",
    herkomst: "instelling",
    status: "instelling",
    ingesteldIn,
    standaard,
    toelichting: `Datum uit de instellingen (${ingesteldIn}), niet uit een bron; volgens de bronnen: ${datumTekst} (${status}, ${bron.bron} ${bron.plaats}).`,
  };
}

/** Vergelijkt datums; een onbekende datum (`null`) komt achteraan. */
function vergelijk(a: Peildatum | null, b: Peildatum | null): number {
  const x = a ?? "9999-12-31";
  const y = b ?? "9999-12-31";
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * De mijlpalen die na een peildatum liggen: mijlpalen op een dag ná de peildatum, en
 * mijlpalen met een vagere datum (maand, seizoen, jaar) waarvan de periode nog niet voorbij is.
 * Mijlpalen met een onbekende datum staan achteraan.
 *
 * @example
 * ```ts
 * import { mijlpalenNa } from "arbeidsmarktinfra";
 * // Eerst de publiekscampagne (gepland in het vierde kwartaal van 2025, nog niet voorbij),
 * // dan de eerste dagdatum na de peildatum: het laatste declaratiemoment (2025-11-28).
 * mijlpalenNa("2025-11-01").slice(0, 2).map((m) => m.id); // ["publiekscampagne-gepland", "laatste-declaratiemoment"]
 * ```
 */
export function mijlpalenNa(peildatum: string, instellingen?: Instellingen): readonly Mijlpaal[] {
  const issue = controleerPeildatum(peildatum);
  if (issue) throw new OngeldigeInvoerFout(issue);
  return mijlpalen(instellingen).filter((m) => m.tot === null || m.tot > peildatum);
}
