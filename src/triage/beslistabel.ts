import { match, P } from "ts-pattern";
import type { BeslissingId } from "./beslissingen.js";
import type { Sleutel } from "./sleutel.js";

/**
 * De beslistabel van de triage: wie is arrangeur? Geschreven met ts-pattern en
 * `.exhaustive()`: een nieuwe soort vrager, uitkering of ja/nee-waarde die hier niet is
 * afgehandeld, compileert niet. Elke regel van de tabel noemt de triageregel waar hij op
 * berust (zie `regels.ts` voor bron en toelichting).
 *
 * `routeer` voert deze functie niet zelf uit: voor alle 171 sleutels is de uitkomst
 * vooruitberekend in `beslistabel.gen.ts` (een test bewaakt dat die gelijk is). Zo kost een
 * routering één array-index en blijft ts-pattern buiten de browserbundel van `routeer`.
 *
 * @module
 */

const UWV_UITKERING = /* @__PURE__ */ P.union("WW", "WIA/WGA", "Wajong");
const GEMEENTE_UITKERING = /* @__PURE__ */ P.union("bijstand", "geen");

/** De beslissing voor een sleutel. */
export function beslis(s: Sleutel): BeslissingId {
  return (
    match<Sleutel, BeslissingId>(s)
      // Werkgevers: gezamenlijke werkgeversdienstverlening van UWV en gemeenten (KB2022), in
      // meer regio's het Landelijk WerkgeversServicepunt (KB2024; HRT §5.3).
      .with({ vrager: "werkgever", werkgebied: "meerdere-regios" }, () => "werkgever-landelijk") // triage/werkgever-landelijk
      .with({ vrager: "werkgever", werkgebied: "een-regio" }, () => "werkgever-regionaal") // triage/werkgever-regionaal
      .with({ vrager: "werkgever", werkgebied: "onbekend" }, () => "werkgever-werkgebied-onbekend") // triage/werkgever-landelijk: beoordelen

      // Werkzoekenden (niet-werkenden): de uitkering bepaalt de arrangeur (KB2022 'Eén integraal plan').
      .with({ vrager: "werkzoekende", uitkering: UWV_UITKERING }, () => "uwv") // triage/uwv-uitkeringsgerechtigden
      .with({ vrager: "werkzoekende", uitkering: GEMEENTE_UITKERING }, () => "gemeente") // triage/gemeente-bijstand-of-geen-uitkering
      .with({ vrager: "werkzoekende", uitkering: "onbekend" }, () => "uitkering-onbekend") // triage/uitkering-onbekend

      // Werkenden met een arbeidsbeperking: UWV of gemeente volgens de uitkering (HRT §3.2).
      // WIA en Wajong bestaan alleen bij arbeidsongeschiktheid: UWV, ook als het veld ontbreekt.
      .with({ vrager: "werkende", uitkering: P.union("WIA/WGA", "Wajong") }, () => "werkende-uwv") // triage/werkende-arbeidsbeperking
      .with({ vrager: "werkende", arbeidsbeperking: "ja", uitkering: "WW" }, () => "werkende-uwv") // triage/werkende-arbeidsbeperking
      .with({ vrager: "werkende", arbeidsbeperking: "ja", uitkering: GEMEENTE_UITKERING }, () => "werkende-gemeente") // triage/werkende-arbeidsbeperking
      .with({ vrager: "werkende", arbeidsbeperking: "ja", uitkering: "onbekend" }, () => "werkende-arbeidsbeperking-uitkering-onbekend") // triage/werkende-arbeidsbeperking
      .with({ vrager: "werkende", arbeidsbeperking: "onbekend" }, () => "werkende-arbeidsbeperking-onbekend") // triage/werkende-arbeidsbeperking

      // Werkenden zonder arbeidsbeperking met (mogelijk) een uitkering: twee groepen uit KB2022 tegelijk.
      .with({ vrager: "werkende", arbeidsbeperking: "nee", uitkering: P.union("WW", "bijstand", "onbekend") }, () => "werkende-met-uitkering") // triage/werkende-met-uitkering

      // Werkenden zonder arbeidsbeperking en zonder uitkering: sociale partners (KB2022; HRT §3.2),
      // behalve wie geen aanspraak heeft op private dienstverlening (de 'beperkte groep' van KB2022,
      // nog niet afgebakend: open beleidspunt). Is dat onbekend, dan is ook onbekend of de werkende
      // tot die groep hoort: beoordelen, na te gaan wat de private ondersteuning is.
      .with({ vrager: "werkende", arbeidsbeperking: "nee", uitkering: "geen", privaat: "ja" }, () => "werkende-sociale-partners") // triage/werkende-sociale-partners
      .with({ vrager: "werkende", arbeidsbeperking: "nee", uitkering: "geen", privaat: "nee" }, () => "werkende-open-beleidspunt") // triage/werkende-zonder-private-ondersteuning
      .with({ vrager: "werkende", arbeidsbeperking: "nee", uitkering: "geen", privaat: "onbekend" }, () => "werkende-private-ondersteuning-onbekend") // triage/werkende-zonder-private-ondersteuning
      .exhaustive()
  );
}
