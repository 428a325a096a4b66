import type { Citaat } from "../bronnen/citaat.js";
import { K_HRT_3_2_VERANTWOORDELIJKHEDEN, K_KB2022_EEN_PLAN, K_KB2022_VERDELING, K_KB2024_WERKGEVERS } from "./citaten.js";
import type { ArrangeurSoort, BeoordelenReden, TriageRegelId } from "./model.js";

/**
 * De mogelijke beslissingen van de beslistabel: per beslissing de status, de soort arrangeur
 * (of de reden om te beoordelen), de regel en de bron. De tabel zelf staat in
 * `beslistabel.ts` (ts-pattern, exhaustief); hier alleen wat elke uitkomst inhoudt.
 *
 * @module
 */

/** De ids van de beslissingen. */
export type BeslissingId =
  | "werkgever-landelijk"
  | "werkgever-regionaal"
  | "werkgever-werkgebied-onbekend"
  | "uwv"
  | "gemeente"
  | "uitkering-onbekend"
  | "werkende-uwv"
  | "werkende-gemeente"
  | "werkende-arbeidsbeperking-uitkering-onbekend"
  | "werkende-arbeidsbeperking-onbekend"
  | "werkende-met-uitkering"
  | "werkende-sociale-partners"
  | "werkende-open-beleidspunt"
  | "werkende-private-ondersteuning-onbekend";

/** Alle beslissingen, in vaste volgorde (de letters in de gegenereerde tabel volgen deze volgorde). */
export const beslissingIds = [
  "werkgever-landelijk",
  "werkgever-regionaal",
  "werkgever-werkgebied-onbekend",
  "uwv",
  "gemeente",
  "uitkering-onbekend",
  "werkende-uwv",
  "werkende-gemeente",
  "werkende-arbeidsbeperking-uitkering-onbekend",
  "werkende-arbeidsbeperking-onbekend",
  "werkende-met-uitkering",
  "werkende-sociale-partners",
  "werkende-open-beleidspunt",
  "werkende-private-ondersteuning-onbekend",
] as const satisfies readonly BeslissingId[];

/** Wat een beslissing inhoudt. */
export type Beslissing =
  | { readonly status: "bepaald"; readonly arrangeur: ArrangeurSoort; readonly regel: TriageRegelId; readonly bron: Citaat }
  | {
      readonly status: "beoordelen";
      readonly reden: BeoordelenReden;
      /**
       * De kandidaten; `afhankelijk-van-uitkering` betekent: UWV bij WW, de gemeente bij bijstand of
       * geen uitkering, beide bij een onbekende uitkering, en daarnaast de sociale partners.
       */
      readonly kandidaten: readonly ArrangeurSoort[] | "afhankelijk-van-uitkering";
      /** Velden om na te gaan; bij een onbekende uitkering komt `uitkering` erbij. */
      readonly nagaan: readonly string[];
      readonly regel: TriageRegelId;
      readonly bron: Citaat;
    };

const bepaald = (arrangeur: ArrangeurSoort, regel: TriageRegelId, bron: Citaat): Beslissing => Object.freeze({ status: "bepaald", arrangeur, regel, bron });
const beoordelen = (
  reden: BeoordelenReden,
  kandidaten: readonly ArrangeurSoort[] | "afhankelijk-van-uitkering",
  nagaan: readonly string[],
  regel: TriageRegelId,
  bron: Citaat,
): Beslissing => Object.freeze({ status: "beoordelen", reden, kandidaten, nagaan, regel, bron });

const PERSOON = ["UWV", "gemeente"] as const;
const WERKENDE = ["sociale-partners", "UWV", "gemeente"] as const;
const AFH = "afhankelijk-van-uitkering";

/** Alle beslissingen, in de volgorde van {@link beslissingIds} (dus `BESLISSINGEN[i]` hoort bij `beslissingIds[i]`). */
export const BESLISSINGEN: readonly Beslissing[] = /* @__PURE__ */ (() => [
  bepaald("landelijk-werkgeversservicepunt", "triage/werkgever-landelijk", K_KB2024_WERKGEVERS),
  bepaald("werkgeversdienstverlening", "triage/werkgever-regionaal", K_KB2022_VERDELING),
  beoordelen("werkgebied-onbekend", ["werkgeversdienstverlening", "landelijk-werkgeversservicepunt"], ["regios"], "triage/werkgever-landelijk", K_KB2024_WERKGEVERS),
  bepaald("UWV", "triage/uwv-uitkeringsgerechtigden", K_KB2022_EEN_PLAN),
  bepaald("gemeente", "triage/gemeente-bijstand-of-geen-uitkering", K_KB2022_EEN_PLAN),
  beoordelen("uitkering-onbekend", PERSOON, ["uitkering"], "triage/uitkering-onbekend", K_KB2022_EEN_PLAN),
  bepaald("UWV", "triage/werkende-arbeidsbeperking", K_HRT_3_2_VERANTWOORDELIJKHEDEN),
  bepaald("gemeente", "triage/werkende-arbeidsbeperking", K_HRT_3_2_VERANTWOORDELIJKHEDEN),
  beoordelen("uitkering-onbekend", PERSOON, ["uitkering"], "triage/werkende-arbeidsbeperking", K_HRT_3_2_VERANTWOORDELIJKHEDEN),
  beoordelen("arbeidsbeperking-onbekend", AFH, ["arbeidsbeperking"], "triage/werkende-arbeidsbeperking", K_HRT_3_2_VERANTWOORDELIJKHEDEN),
  beoordelen("werkende-met-uitkering", AFH, [], "triage/werkende-met-uitkering", K_KB2022_EEN_PLAN),
  bepaald("sociale-partners", "triage/werkende-sociale-partners", K_KB2022_VERDELING),
  beoordelen("open-beleidspunt", WERKENDE, [], "triage/werkende-zonder-private-ondersteuning", K_KB2022_VERDELING),
  beoordelen("private-ondersteuning-onbekend", WERKENDE, ["privateOndersteuning"], "triage/werkende-zonder-private-ondersteuning", K_KB2022_VERDELING),
])();
