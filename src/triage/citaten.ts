import type { Citaat } from "../bronnen/citaat.js";

/**
 * De bronnen van de triageregels, één keer gedefinieerd. `K_*` zijn de plaatsen (bron en
 * paragraaf) die de stappen van een routering dragen; `C_*` voegen daar het letterlijke citaat
 * aan toe voor de regelcatalogus. Elk citaat is letterlijk gecontroleerd in de brondocumenten
 * (woordafbrekingen aan het regeleinde samengevoegd). Zo blijven de citaatteksten buiten de
 * browserbundel van `routeer`; een test bewaakt dat elke stap een bron van zijn regel noemt.
 *
 * @module
 */

const k = (bron: Citaat["bron"], plaats: string): Citaat => Object.freeze({ bron, plaats });
const c = (plaats: Citaat, citaat: string): Citaat => Object.freeze({ ...plaats, citaat });

/** KB2024 §1 'Gezamenlijke publieke werkgevers- en werkzoekendienstverlening' */
export const K_KB2024_WERKGEVERS = /* @__PURE__ */ k("KB2024", "§1 'Gezamenlijke publieke werkgevers- en werkzoekendienstverlening'");
/** HRT §5.3 'Organisatie' */
export const K_HRT_5_3_ORGANISATIE = /* @__PURE__ */ k("HRT", "§5.3 'Organisatie'");
/** KB2022 'Verantwoordelijkheidsverdeling' */
export const K_KB2022_VERDELING = /* @__PURE__ */ k("KB2022", "'Verantwoordelijkheidsverdeling'");
/** HRT §5.3 'Dienstverlening' */
export const K_HRT_5_3_DIENSTVERLENING = /* @__PURE__ */ k("HRT", "§5.3 'Dienstverlening'");
/** HRT §5.3 'Communicatie' */
export const K_HRT_5_3_COMMUNICATIE = /* @__PURE__ */ k("HRT", "§5.3 'Communicatie'");
/** KB2022 'Eén integraal plan naar (ander) werk' */
export const K_KB2022_EEN_PLAN = /* @__PURE__ */ k("KB2022", "'Eén integraal plan naar (ander) werk'");
/** HRT §5.1 'Mogelijke dienstverlening door UWV' */
export const K_HRT_5_1_UWV = /* @__PURE__ */ k("HRT", "§5.1 'Mogelijke dienstverlening door UWV'");
/** HRT §5.1 'Mogelijke dienstverlening door gemeenten' */
export const K_HRT_5_1_GEMEENTEN = /* @__PURE__ */ k("HRT", "§5.1 'Mogelijke dienstverlening door gemeenten'");
/** HRT §3.2 'Eigen verantwoordelijkheden' */
export const K_HRT_3_2_VERANTWOORDELIJKHEDEN = /* @__PURE__ */ k("HRT", "§3.2 'Eigen verantwoordelijkheden'");
/** KB2022 kernpunten */
export const K_KB2022_KERNPUNTEN = /* @__PURE__ */ k("KB2022", "kernpunten");
/** KB2022 'Dienstverlening is niet altijd beschikbaar of niet voldoende' */
export const K_KB2022_NIET_BESCHIKBAAR = /* @__PURE__ */ k("KB2022", "'Dienstverlening is niet altijd beschikbaar of niet voldoende'");
/** HRT §5.1 'Mogelijke dienstverlening door gemeenten' en 'Het max WW-proces' */
export const K_HRT_5_1_MAX_WW = /* @__PURE__ */ k("HRT", "§5.1 'Mogelijke dienstverlening door gemeenten' en 'Het max WW-proces'");
/** HRT §5.1 */
export const K_HRT_5_1 = /* @__PURE__ */ k("HRT", "§5.1");
/** KB2022 'Eén loket in elke regio' */
export const K_KB2022_EEN_LOKET = /* @__PURE__ */ k("KB2022", "'Eén loket in elke regio'");
/** HRT §3.2, kader 'no wrong door' Werkcentrum Twente */
export const K_HRT_3_2_TWENTE = /* @__PURE__ */ k("HRT", "§3.2, kader 'no wrong door' Werkcentrum Twente");
/** HRT §3.2 'No wrong door'-principe (ook §4.2) */
export const K_HRT_3_2_NO_WRONG_DOOR = /* @__PURE__ */ k("HRT", "§3.2 'No wrong door'-principe (ook §4.2)");
/** HRT §4.2 Tabel 6 */
export const K_HRT_TABEL_6 = /* @__PURE__ */ k("HRT", "§4.2 Tabel 6");
/** HRT §6.2 'Doorstroompunten (Wet van school naar duurzaam werk)' */
export const K_HRT_6_2_DOORSTROOMPUNTEN = /* @__PURE__ */ k("HRT", "§6.2 'Doorstroompunten (Wet van school naar duurzaam werk)'");
/** HRT Bijlage 1, begrippenlijst 'Wetsvoorstel van school naar duurzaam werk' */
export const K_HRT_BEGRIPPEN_SCHOOL_WERK = /* @__PURE__ */ k("HRT", "Bijlage 1, begrippenlijst 'Wetsvoorstel van school naar duurzaam werk'");
/** HRT §6.2 'WIN-punten' */
export const K_HRT_6_2_WIN = /* @__PURE__ */ k("HRT", "§6.2 'WIN-punten'");
/** HRT §6.2 'Geldzorgen, armoede en schulden' */
export const K_HRT_6_2_GELDZORGEN = /* @__PURE__ */ k("HRT", "§6.2 'Geldzorgen, armoede en schulden'");
/** KB2022 'Welke functionaliteiten zijn nodig in de arbeidsmarktdienstverlening' */
export const K_KB2022_FUNCTIONALITEITEN = /* @__PURE__ */ k("KB2022", "'Welke functionaliteiten zijn nodig in de arbeidsmarktdienstverlening'");
/** HRT §6.2 'Dienstverlening aan zelfstandigen' */
export const K_HRT_6_2_ZELFSTANDIGEN = /* @__PURE__ */ k("HRT", "§6.2 'Dienstverlening aan zelfstandigen'");
/** HRT §6.1 '5. Lokale sociale kaart' */
export const K_HRT_6_1_SOCIALE_KAART = /* @__PURE__ */ k("HRT", "§6.1 '5. Lokale sociale kaart'");
/** HRT §6.1 '6. Zorgpaden Kansrijke Start' */
export const K_HRT_6_1_ZORGPADEN = /* @__PURE__ */ k("HRT", "§6.1 '6. Zorgpaden Kansrijke Start'");
/** HRT §6.2 'Raakvlakken met andere domeinen' */
export const K_HRT_6_2_RAAKVLAKKEN = /* @__PURE__ */ k("HRT", "§6.2 'Raakvlakken met andere domeinen'");
/** VERSLAG2022 'Uitgangspunten voor een betere dienstverlening' */
export const K_VERSLAG2022_UITGANGSPUNTEN = /* @__PURE__ */ k("VERSLAG2022", "'Uitgangspunten voor een betere dienstverlening'");
/** HRT §3.2 'De ondersteuningsbehoefte staat centraal' */
export const K_HRT_3_2_BEHOEFTE = /* @__PURE__ */ k("HRT", "§3.2 'De ondersteuningsbehoefte staat centraal'");
/** HRT Hoofdstuk 3, inleiding */
export const K_HRT_H3 = /* @__PURE__ */ k("HRT", "Hoofdstuk 3 'Samenwerking in het Regionaal Beraad en het Werkcentrum', inleiding");
/** KB2022 'Gezamenlijk menukaart met dekkende dienstverlening' */
export const K_KB2022_MENUKAART = /* @__PURE__ */ k("KB2022", "'Gezamenlijk menukaart met dekkende dienstverlening'");

/** KB2024: het Landelijk WerkgeversServicepunt voor werkgevers in meer dan één regio. */
export const C_LANDELIJK_WSP = /* @__PURE__ */ c(K_KB2024_WERKGEVERS, "Het Landelijk WerkgeversServicepunt UWV en het Landelijk WerkgeversServicepunt Gemeenten ondersteunen werkgevers die landelijk of in meer dan één regio actief zijn");
/** HRT §5.3: idem, in de transitieperiode. */
export const C_LANDELIJK_WSP_HRT = /* @__PURE__ */ c(K_HRT_5_3_ORGANISATIE, "ondersteunen momenteel werkgevers die landelijk of in meer dan één arbeidsmarktregio actief zijn");
/** KB2022: werkgeversdienstverlening is een gezamenlijke taak van UWV en gemeenten. */
export const C_WERKGEVERS_GEZAMENLIJK = /* @__PURE__ */ c(K_KB2022_VERDELING, "De publieke dienstverlening aan werkgevers (huidige taak van de werkgeversservicepunten) is een gezamenlijke taak van UWV en gemeenten");
/** HRT §5.3: het WSP blijft tot de wet; daarna via het Werkcentrum. */
export const C_WSP_TOT_WET = /* @__PURE__ */ c(K_HRT_5_3_ORGANISATIE, "Tot de inwerkingtreding van de nieuwe regelgeving blijven UWV en gemeenten regionaal gezamenlijke werkgeversdienstverlening bieden via het WerkgeversServicepunt");
/** HRT §5.3: na de wet via het Werkcentrum. */
export const C_WERKGEVERS_VIA_WERKCENTRUM = /* @__PURE__ */ c(K_HRT_5_3_DIENSTVERLENING, "dat de werkgeversdienstverlening via het Werkcentrum wordt aangeboden");
/** HRT §5.3: in ieder geval vanaf 1 juli 2026 via het Werkcentrum (los van de inwerkingtreding). */
export const C_WERKGEVERS_VANAF_JULI_2026 = /* @__PURE__ */ c(
  K_HRT_5_3_COMMUNICATIE,
  "Het is de bedoeling dat de verbinding van werkgeversdienstverlening via het Werkcentrum in ieder geval vanaf 1 juli 2026 gerealiseerd is.",
);
/** KB2024 en HRT §5.3: SBB voor leerbedrijven en leerbanen. */
export const C_SBB = /* @__PURE__ */ c(K_KB2024_WERKGEVERS, "SBB verzorgt ook werkgeversdienstverlening in het kader van het erkennen van leerbedrijven en het werven en ontsluiten van leerbanen");
/** HRT §5.3: SBB en leerbedrijven. */
export const C_SBB_HRT = /* @__PURE__ */ c(K_HRT_5_3_ORGANISATIE, "SBB verzorgt ook werkgeversdienstverlening in het kader van het erkennen van leerbedrijven");
/** KB2022: de verdeling bij het plan. */
export const C_EEN_PLAN_VERDELING = /* @__PURE__ */ c(K_KB2022_EEN_PLAN, "De sociale partners ondersteunen werkenden, UWV ondersteunt WW- en WIA-gerechtigden en de gemeenten ondersteunen bijstandsgerechtigden en niet uitkeringsgerechtigden bij het opstellen van het plan");
/** KB2022: UWV voor WW en WIA. */
export const C_UWV = /* @__PURE__ */ c(K_KB2022_EEN_PLAN, "UWV ondersteunt WW- en WIA-gerechtigden");
/** HRT §5.1: UWV's eigen cliënten. */
export const C_UWV_CLIENTEN = /* @__PURE__ */ c(K_HRT_5_1_UWV, "dienstverlening voor de cliënten waarvoor UWV de wettelijke re-integratieverantwoordelijkheid draagt");
/** KB2022: gemeenten voor bijstand en niet-uitkeringsgerechtigden. */
export const C_GEMEENTE = /* @__PURE__ */ c(K_KB2022_EEN_PLAN, "de gemeenten ondersteunen bijstandsgerechtigden en niet uitkeringsgerechtigden");
/** HRT §5.1: de ruime grondslag van de woongemeente (Participatiewet art. 7). */
export const C_GEMEENTE_GRONDSLAG = /* @__PURE__ */ c(K_HRT_5_1_GEMEENTEN, "een hele ruime grondslag om mensen in hun woongemeente te ondersteunen");
/** HRT §3.2: werkenden met een arbeidsbeperking. */
export const C_ARBEIDSBEPERKING = /* @__PURE__ */ c(K_HRT_3_2_VERANTWOORDELIJKHEDEN, "en voor ondersteuning van werkenden met een arbeidsbeperking");
/** HRT §3.2: sociale partners primair voor werkenden. */
export const C_SOCIALE_PARTNERS_HRT = /* @__PURE__ */ c(K_HRT_3_2_VERANTWOORDELIJKHEDEN, "Sociale partners/private partijen blijven primair verantwoordelijk voor werkenden");
/** KB2022: sociale partners voor werkenden. */
export const C_SOCIALE_PARTNERS = /* @__PURE__ */ c(K_KB2022_VERDELING, "Sociale partners blijven verantwoordelijk voor werkenden, UWV en gemeenten voor niet-werkenden");
/** KB2022: publieke dienstverlening aanvullend. */
export const C_PUBLIEK_AANVULLEND = /* @__PURE__ */ c(K_KB2022_KERNPUNTEN, "Daarbij kan publieke dienstverlening van UWV en gemeenten wel aanvullend ingezet worden als daar behoefte aan is");
/** KB2022: het open beleidspunt voor werkenden tussen wal en schip. */
export const C_OPEN_BELEIDSPUNT = /* @__PURE__ */ c(K_KB2022_VERDELING, "Het kabinet gaat de mogelijkheden verkennen om sociale partners in staat te stellen ook verantwoordelijkheid te nemen voor werkenden die werkloos dreigen te worden");
/** KB2022: zzp'ers met tijdelijke opdrachten, kortdurende banen. */
export const C_ZZP_KORTDUREND = /* @__PURE__ */ c(K_KB2022_VERDELING, "Dit zijn bijvoorbeeld zzp’ers met tijdelijke opdrachten of werkenden met kortdurende banen");
/** KB2022: de overheid voor een beperkte groep werkenden. */
export const C_BEPERKTE_GROEP = /* @__PURE__ */ c(K_KB2022_KERNPUNTEN, "neemt de overheid verantwoordelijkheid voor een beperkte groep werkenden die geen aanspraak kunnen maken op private dienstverlening");
/** KB2022: zzp'ers en flexwerkers zonder ondersteuning via een werkgever. */
export const C_ZZP_FLEX = /* @__PURE__ */ c(K_KB2022_NIET_BESCHIKBAAR, "zzp’ers (zelfstandigen zonder personeel) en flexwerkers die laag- of ongeschoold werk verrichten");
/** HRT §3.2: onderwijspartijen voor scholing. */
export const C_ONDERWIJS = /* @__PURE__ */ c(K_HRT_3_2_VERANTWOORDELIJKHEDEN, "de onderwijspartijen voor een scholingsaanbod met perspectief op duurzaam werk");
/** HRT §5.1: samenwerkingsovereenkomst bij de overgang van WW naar bijstand. */
export const C_MAX_WW = /* @__PURE__ */ c(K_HRT_5_1_MAX_WW, "Een samenwerkingsovereenkomst is bijvoorbeeld handig bij dienstverlening aan werkzoekenden voor wie de overgang van de WW naar de bijstand in zicht komt");
/** HRT §5.1: UWV en gemeenten kunnen overeenkomen dat de woongemeente UWV-cliënten ondersteunt. */
export const C_WOONGEMEENTE_UWV = /* @__PURE__ */ c(K_HRT_5_1, "Gemeenten en UWV kunnen overeenkomen dat de woongemeente ondersteuning en voorzieningen biedt aan personen die een uitkering ontvangen van UWV");
/** HRT §5.1: UWV's overige dienstverlening alleen voor eigen cliënten in de transitieperiode. */
export const C_TRANSITIE_UWV = /* @__PURE__ */ c(K_HRT_5_1_UWV, "Voor de overige dienstverlening heeft UWV in de transitieperiode geen wettelijke mogelijkheid om deze aan anderen dan hun eigen cliënten te bieden");
/** HRT §5.1: UWV's publieke dienstverlening blijft beschikbaar. */
export const C_TRANSITIE_PUBLIEK = /* @__PURE__ */ c(K_HRT_5_1_UWV, "De publieke dienstverlening blijft ook tijdens de transitieperiode beschikbaar");
/** KB2022: no wrong door. */
export const C_NO_WRONG_DOOR = /* @__PURE__ */ c(K_KB2022_EEN_LOKET, "brengt de partij die de werkzoekende of werkgever als eerste te woord staat direct in contact met de partij die verantwoordelijk is voor de dienstverlening");
/** HRT §3.2 (kader Twente): niet wegsturen. */
export const C_NIET_WEGSTUREN = /* @__PURE__ */ c(K_HRT_3_2_TWENTE, "de vraagsteller niet bij de fysieke of digitale locatie weggestuurd wordt");
/** HRT §3.2 en §4.2: het Werkcentrum als niet helder is wie. */
export const C_WERKCENTRUM_ONDUIDELIJK = /* @__PURE__ */ c(K_HRT_3_2_NO_WRONG_DOOR, "wordt deze persoon in contact gebracht met de juiste organisatie of met het Werkcentrum, als niet direct helder is bij welke organisatie de persoon moet zijn");
/** HRT §4.2 Tabel 6: de gids biedt eerstelijns dienstverlening. */
export const C_GIDS = /* @__PURE__ */ c(K_HRT_TABEL_6, "De gids biedt eerstelijns dienstverlening in (kanalen van) het Werkcentrum");
/** HRT §6.2: Doorstroompunten. */
export const C_DOORSTROOMPUNT = /* @__PURE__ */ c(K_HRT_6_2_DOORSTROOMPUNTEN, "jongeren tot 27 jaar te ondersteunen bij de overgang van school naar werk en het behoud van werk");
/** HRT Bijlage 1: zonder startkwalificatie. */
export const C_STARTKWALIFICATIE = /* @__PURE__ */ c(K_HRT_BEGRIPPEN_SCHOOL_WERK, "Het richt zich vooral op jongeren die zonder startkwalificatie de school verlaten of dreigen uit te vallen.");
/** HRT §6.2: WIN-punten. */
export const C_WIN = /* @__PURE__ */ c(K_HRT_6_2_WIN, "om arbeidsmigranten goed te ondersteunen");
/** HRT §6.2: schulden en Geldfit. */
export const C_SCHULDEN = /* @__PURE__ */ c(K_HRT_6_2_GELDZORGEN, "Via de website van Geldfit (www.geldfit.nl) kun je per woonplaats vinden welke hulp bij geldzorgen beschikbaar is");
/** KB2022: functionaliteit doorverwijzen naar (schuld)hulpverlening. */
export const C_DOORVERWIJZEN = /* @__PURE__ */ c(K_KB2022_FUNCTIONALITEITEN, "doorverwijzen naar (schuld)hulpverlening en/of maatschappelijke organisaties");
/** HRT §6.2: IDO. */
export const C_IDO = /* @__PURE__ */ c(K_HRT_6_2_GELDZORGEN, "terecht bij de IDO’s (informatiepunten digitale overheid)");
/** HRT §6.2: zelfstandigen naar de Bbz-uitvoerder. */
export const C_BBZ = /* @__PURE__ */ c(K_HRT_6_2_ZELFSTANDIGEN, "verwijzen we naar de lokale of regionale uitvoerder van het Besluit bijstandverlening zelfstandigen (Bbz 2004)");
/** HRT §6.1: lokale sociale kaart. */
export const C_SOCIALE_KAART = /* @__PURE__ */ c(K_HRT_6_1_SOCIALE_KAART, "kennis van ‘de lokale sociale kaart’ zeer behulpzaam");
/** HRT §6.1: Zorgpaden Kansrijke Start. */
export const C_ZORGPADEN = /* @__PURE__ */ c(K_HRT_6_1_ZORGPADEN, "Specifiek voor doorverwijzing naar zorg, is de zorgpadentool een helpend instrument");
/** HRT §6.2: omgevingsvergunning en kinderopvang. */
export const C_BUITEN_DOMEIN = /* @__PURE__ */ c(K_HRT_6_2_RAAKVLAKKEN, "zo goed mogelijk helpen of doorverwijzen naar de juiste instantie");
/** HRT §6.2: voorbeeld Zuidplein. */
export const C_BUITEN_DOMEIN_VOORBEELD = /* @__PURE__ */ c(K_HRT_6_2_RAAKVLAKKEN, "Een deel van de vragen daar gaat bijvoorbeeld over omgevingsvergunningen en/of over kinderopvang");
/** KB2022: doorlopende dienstverlening op basis van één plan. */
export const C_DOORLOPEND = /* @__PURE__ */ c(K_KB2022_EEN_PLAN, "Doorlopende dienstverlening op basis van één plan betekent dat mensen lopende activiteiten kunnen afmaken als hun inkomenssituatie verandert");
/** KB2022: bij overname lopen gestarte activiteiten door. */
export const C_DOORLOPEN_BIJ_OVERNAME = /* @__PURE__ */ c(K_KB2022_VERDELING, "laten zij de activiteiten en diensten die al eerder zijn gestart doorlopen");
/** KB2022: partijen die verantwoordelijkheid van elkaar overnemen, laten gestarte activiteiten doorlopen. */
export const C_OVERNEMEN = /* @__PURE__ */ c(K_KB2022_VERDELING, "verantwoordelijkheid van elkaar overnemen, laten zij de activiteiten en diensten die al eerder zijn gestart doorlopen");
/** HRT Hoofdstuk 3: warm doorverwijzen volgens 'no wrong door'. */
export const C_WARM_DOORVERWIJZEN = /* @__PURE__ */ c(K_HRT_H3, "bij het warm doorverwijzen volgens het ‘no wrong door’-principe");
/** HRT §3.2 (kader Twente): mensen buiten de eigen doelgroep goed overdragen. */
export const C_GOED_OVERDRAGEN = /* @__PURE__ */ c(K_HRT_3_2_TWENTE, "Dit vraagt van de sociale partners dat zij mensen buiten hun doelgroep goed overdragen aan bijvoorbeeld UWV of de gemeente.");
/** KB2022: één plan voorkomt dubbele intakes en diagnoses. */
export const C_GEEN_DUBBELE_INTAKES = /* @__PURE__ */ c(K_KB2022_EEN_PLAN, "Doorlopende dienstverlening voorkomt dubbele intakes en diagnoses");
/** KB2022 en VERSLAG2022: één intake, één diagnose, één plan. */
export const C_EEN_INTAKE = /* @__PURE__ */ c(K_VERSLAG2022_UITGANGSPUNTEN, "één intake, één diagnose en één plan");
/** KB2022: behoefte centraal, niet de inkomenssituatie. */
export const C_BEHOEFTE_CENTRAAL = /* @__PURE__ */ c(K_KB2022_KERNPUNTEN, "Bij de inzet van dienstverlening staat de behoefte van de werkende of werkzoekende centraal, niet de inkomenssituatie");
/** HRT §3.2: inkomenssituatie van ondergeschikt belang. */
export const C_BEHOEFTE_HRT = /* @__PURE__ */ c(K_HRT_3_2_BEHOEFTE, "Daarbij is de inkomenssituatie van ondergeschikt belang");
/** KB2022: de regionale menukaart. */
export const C_MENUKAART = /* @__PURE__ */ c(K_KB2022_MENUKAART, "gezamenlijk dienstverleningspakket (regionale menukaart)");
/** KB2022: de arrangeur. */
export const C_ARRANGEUR = /* @__PURE__ */ c(K_KB2022_KERNPUNTEN, "De verantwoordelijke partij heeft de rol van arrangeur en aanspreekpunt");
/** KB2022: de negen functionaliteiten. */
export const C_FUNCTIONALITEITEN = /* @__PURE__ */ c(K_KB2022_FUNCTIONALITEITEN, "van-werk(loos)heid-naar-werkdienstverlening waarin de volgende functionaliteiten beschikbaar zijn");
