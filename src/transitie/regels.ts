import { maakContext, maakRapport, voerRegelsUit, type Regel, type RegelMeta, type RegelUitkomst, type ToetsContext, type ToetsOpties, type Toetsrapport } from "../bevinding/model.js";
import { citeer } from "../bronnen/citaat.js";
import { formatBedrag } from "../financiering/bedrag.js";
import { vereisVorm, type OngeldigeInvoerFout, type Pad } from "../result.js";
import { plusDagen } from "../tijd/kalender.js";
import { inwerkingtreding } from "../tijd/wet.js";
import { handreikingVoorWet } from "../werkcentrum/regels.js";
import { bronVanMijlpaal } from "../mijlpaal.js";
import { LWL_BRON, LWL_WEBSITES_BRON, oudeLoketten, RMT_BRON, RMT_RESTWERK_BRON, RMT_WEBSITE_BRON, transitiedatums, WSP_BRON } from "./datums.js";
import type { OudLoket, Transitiedossier } from "./model.js";
import { STAPPENPLAN_BRON, stappenplanOverzicht } from "./stappenplan.js";

/**
 * De regels voor de transitie van RMT, Leerwerkloket en WerkgeversServicepunt naar het
 * Werkcentrum (HRT hoofdstuk 5) en het gereedheidsoverzicht tegen het stappenplan Twente
 * (HRT §3.2). Elke regel is een pure functie van `(dossier, context)`; paden zijn relatief
 * aan het dossier.
 *
 * Grondslag: de termijnen van de RMT-regeling kennen we alleen uit de handreiking, dus
 * `handreiking` (advies); dat de werkgeversdienstverlening via het Werkcentrum loopt, komt in
 * de nieuwe wet (`wet`: advies tot de inwerkingtreding, daarna fout); het stappenplan Twente
 * is een `voorbeeld`.
 *
 * @module
 */

type TransitieRegel = Regel<Transitiedossier>;

/** Maakt een regel; zuiver gemarkeerd zodat een bundler ongebruikte regels weglaat. */
const regel = /* @__NO_SIDE_EFFECTS__ */ (meta: RegelMeta, toets: TransitieRegel["toets"]): TransitieRegel => ({ ...meta, toets });
const uitkomst = (u: RegelUitkomst["uitkomst"], pad: Pad, bericht: string, gegevens?: Record<string, unknown>): RegelUitkomst => ({
  uitkomst: u,
  pad,
  bericht,
  ...(gegevens !== undefined && { gegevens }),
});

const HRT_DECLARATIES = "§5.1 'Declaraties aanvullende dienstverlening'";
const d = /* @__PURE__ */ transitiedatums();

const declaratieVoorLaatsteMoment = regel(
  {
    id: "transitie/declaratie-voor-laatste-moment",
    titel: "RMT-declaraties zijn uiterlijk op het laatste declaratiemoment ingediend",
    beschrijving:
      "Voor RMT-trajecten met een langere doorlooptijd zijn er in 2025 twee declaratiemomenten bij de kassier: 15 juli en 28 november 2025. Een declaratie tot en met 15 juli gaat mee op het eerste moment, daarna tot en met 28 november op het laatste (de bevinding noemt het moment in `gegevens.declaratiemoment`; een declaratie uit 2024 valt vóór de momenten). Declaraties die na 28 november 2025 zijn (of worden) ingediend, komen voor eigen rekening van de partij die de inkoop initieerde. De handreiking verbiedt een latere declaratie niet, maar noemt dat gevolg; de uitkomst is dan niet voldaan (de declaratie valt buiten de declaratiemomenten) met ernst advies, en de bevinding noemt het bedrag en wie het draagt (gevolg: eigen rekening). Grondslag handreiking: de termijn komt uit de handreiking, niet uit de wet.",
    grondslag: "handreiking",
    bron: /* @__PURE__ */ bronVanMijlpaal("laatste-declaratiemoment"),
    andereBronnen: [/* @__PURE__ */ bronVanMijlpaal("eerste-declaratiemoment")],
    hint: "Reken het bedrag tot de eigen kosten van de partij die de inkoop initieerde.",
  },
  (dossier, ctx) => {
    const eerste = d.eersteDeclaratiemoment.datum;
    const laatste = d.laatsteDeclaratiemoment.datum;
    /** 1 januari van het jaar van de declaratiemomenten (2025): een eerdere declaratie valt vóór de momenten. */
    const beginJaar = `${eerste.slice(0, 4)}-01-01`;
    const declaraties = dossier.declaraties ?? [];
    if (declaraties.length === 0) return [uitkomst("niet-van-toepassing", ["declaraties"], "Er zijn geen RMT-declaraties opgegeven.")];
    return declaraties.map((x, i): RegelUitkomst => {
      const gepland = x.ingediendOp > ctx.peildatum ? " (gepland, na de peildatum)" : "";
      const gegevens = { ingediendOp: x.ingediendOp, laatsteDeclaratiemoment: laatste, bedrag: x.bedrag, partij: x.partij };
      // De twee momenten van 2025 (HRT §5.1): een declaratie tot en met een moment gaat mee op dat moment.
      const moment = x.ingediendOp < beginJaar ? undefined : x.ingediendOp <= eerste ? eerste : laatste;
      return x.ingediendOp <= laatste
        ? uitkomst(
            "voldaan",
            ["declaraties", i, "ingediendOp"],
            `Declaratie van ${x.partij} (${formatBedrag(x.bedrag)}) op ${x.ingediendOp}${gepland}, uiterlijk op het laatste declaratiemoment ${laatste}${
              moment === undefined ? ` (ingediend vóór ${beginJaar}, vóór de twee declaratiemomenten)` : moment === eerste ? ` (gaat mee op het eerste declaratiemoment, ${eerste})` : ` (gaat mee op het laatste declaratiemoment)`
            }.`,
            { ...gegevens, declaratiemoment: moment ?? null },
          )
        : uitkomst(
            "niet-voldaan",
            ["declaraties", i, "ingediendOp"],
            `Declaratie van ${x.partij} (${formatBedrag(x.bedrag)}) op ${x.ingediendOp}${gepland}, na het laatste declaratiemoment ${laatste}: komt voor eigen rekening van ${x.partij} (de partij die de inkoop initieerde).`,
            { ...gegevens, gevolg: "eigen-rekening", voorRekeningVan: x.partij },
          );
    });
  },
);

const rmtInkoopGestart = regel(
  {
    id: "transitie/rmt-inkoop-uwv-gestart",
    titel: "Via UWV ingekochte RMT-dienstverlening is uiterlijk op 31 december 2024 gestart",
    beschrijving:
      "Dienstverlening die gemeenten en sociale partners via UWV inkochten vanuit de RMT-regeling moest uiterlijk op 31 december 2024 starten. Grondslag handreiking: de termijn komt uit de handreiking.",
    grondslag: "handreiking",
    bron: /* @__PURE__ */ bronVanMijlpaal("rmt-laatste-start-via-uwv"),
    hint: "Dienstverlening die later start, valt niet onder de RMT-regeling; financier ze uit andere middelen (bijv. het impulsbudget of eigen budget).",
  },
  (dossier) => {
    const lijst = dossier.rmtInkoopViaUwv ?? [];
    if (lijst.length === 0) return [uitkomst("niet-van-toepassing", ["rmtInkoopViaUwv"], "Er is geen via UWV ingekochte RMT-dienstverlening opgegeven.")];
    const grens = d.rmtLaatsteStartViaUwv.datum;
    return lijst.map((x, i) =>
      x.startdatum <= grens
        ? uitkomst("voldaan", ["rmtInkoopViaUwv", i, "startdatum"], `"${x.omschrijving}" startte op ${x.startdatum}, uiterlijk ${grens}.`)
        : uitkomst("niet-voldaan", ["rmtInkoopViaUwv", i, "startdatum"], `"${x.omschrijving}" (ingekocht door ${x.ingekochtDoor}) start op ${x.startdatum}, na de uiterste startdatum ${grens}.`, {
            startdatum: x.startdatum,
            uiterlijk: grens,
          }),
    );
  },
);

const rmtInkoopBeeindigd = regel(
  {
    id: "transitie/rmt-inkoop-uwv-beeindigd",
    titel: "Via UWV ingekochte RMT-dienstverlening loopt uiterlijk tot 31 augustus 2025",
    beschrijving:
      "Dienstverlening die gemeenten en sociale partners via UWV inkochten vanuit de RMT-regeling mag maximaal doorlopen tot 31 augustus 2025. Een (geplande) einddatum daarna voldoet niet. Zonder einddatum: tot en met 31 augustus 2025 niet van toepassing (de dienstverlening mag nog lopen), daarna beoordelen. Grondslag handreiking.",
    grondslag: "handreiking",
    bron: /* @__PURE__ */ bronVanMijlpaal("rmt-einde-via-uwv"),
    hint: "Rond de dienstverlening uiterlijk 31 augustus 2025 af, of financier het vervolg uit andere middelen.",
  },
  (dossier, ctx) => {
    const lijst = dossier.rmtInkoopViaUwv ?? [];
    if (lijst.length === 0) return [uitkomst("niet-van-toepassing", ["rmtInkoopViaUwv"], "Er is geen via UWV ingekochte RMT-dienstverlening opgegeven.")];
    const grens = d.rmtEindeViaUwv.datum;
    return lijst.map((x, i): RegelUitkomst => {
      const pad: Pad = ["rmtInkoopViaUwv", i, "einddatum"];
      if (x.einddatum === undefined) {
        return ctx.peildatum <= grens
          ? uitkomst("niet-van-toepassing", pad, `"${x.omschrijving}" heeft geen einddatum; ze mag doorlopen tot uiterlijk ${grens}.`)
          : uitkomst("beoordelen", pad, `"${x.omschrijving}" heeft geen einddatum; ze mocht maximaal doorlopen tot ${grens}. Ga na of ze is beëindigd.`, { uiterlijk: grens });
      }
      return x.einddatum <= grens
        ? uitkomst("voldaan", pad, `"${x.omschrijving}" eindigt op ${x.einddatum}, uiterlijk ${grens}.`)
        : uitkomst("niet-voldaan", pad, `"${x.omschrijving}" (ingekocht door ${x.ingekochtDoor}) loopt tot ${x.einddatum}, na ${grens}.`, { einddatum: x.einddatum, uiterlijk: grens });
    });
  },
);

const verantwoordingPersoneleInzet = regel(
  {
    id: "transitie/verantwoording-personele-inzet-2024",
    titel: "De verantwoording personele inzet 2024 (RMT) is uiterlijk 15 juli 2025 bij SZW ingediend",
    beschrijving:
      "Gemeenten, UWV en sociale partners die extra budget kregen voor personeel in de RMT's, dienen de verantwoording over de personele inzet 2024 uiterlijk 15 juli 2025 in bij het ministerie van SZW. Per organisatie: ingediend op of vóór die datum voldoet; later ingediend voldoet niet. Niet (of pas na de peildatum) ingediend: tot en met 15 juli 2025 niet van toepassing (nog open), daarna niet voldaan. Grondslag handreiking.",
    grondslag: "handreiking",
    bron: /* @__PURE__ */ bronVanMijlpaal("verantwoording-personele-inzet-2024"),
    hint: "Dien de verantwoording over de personele inzet 2024 in bij het ministerie van SZW.",
  },
  (dossier, ctx) => {
    const lijst = dossier.verantwoordingPersoneleInzet2024 ?? [];
    if (lijst.length === 0) return [uitkomst("niet-van-toepassing", ["verantwoordingPersoneleInzet2024"], "Er zijn geen organisaties met een verantwoording personele inzet 2024 opgegeven.")];
    const grens = d.verantwoordingPersoneleInzet2024.datum;
    return lijst.map((x, i): RegelUitkomst => {
      const pad: Pad = ["verantwoordingPersoneleInzet2024", i, "ingediendOp"];
      // Stryker disable next-line ConditionalExpression: equivalent, een vergelijking met undefined is onwaar (de controle is er voor TypeScript)
      const ingediend = x.ingediendOp !== undefined && x.ingediendOp <= ctx.peildatum ? x.ingediendOp : undefined;
      if (ingediend === undefined) {
        return ctx.peildatum <= grens
          ? uitkomst("niet-van-toepassing", pad, `${x.organisatie}: nog niet ingediend; de termijn loopt tot en met ${grens} (open).`, { uiterlijk: grens, open: true })
          : uitkomst("niet-voldaan", pad, `${x.organisatie}: op ${ctx.peildatum} niet ingediend; de uiterste datum was ${grens}.`, { uiterlijk: grens });
      }
      return ingediend <= grens
        ? uitkomst("voldaan", pad, `${x.organisatie}: ingediend op ${ingediend}, uiterlijk ${grens}.`)
        : uitkomst("niet-voldaan", pad, `${x.organisatie}: te laat ingediend op ${ingediend}; de uiterste datum was ${grens}.`, { ingediendOp: ingediend, uiterlijk: grens });
    });
  },
);

const loketten = (dossier: Transitiedossier, soorten: readonly OudLoket["soort"][]) =>
  // Stryker disable next-line ArrayDeclaration: equivalent, een dummy-element zonder soort valt door het filter op soort
  (dossier.oudeLoketten ?? []).flatMap((l, i) => (soorten.includes(l.soort) ? [{ loket: l, index: i }] : []));

/** Wat er van een RMT in 2025 nog mag lopen (HRT §5.1), voor bericht en beschrijving. */
const RMT_RESTEN =
  "alleen \"een beperkt aantal werkzaamheden\": de laatste declaraties (declaratiemomenten 15 juli en 28 november 2025), de monitorgegevens over november en december 2024, de verantwoording personele inzet 2024 (uiterlijk 15 juli 2025) en via UWV ingekochte dienstverlening die uiterlijk tot en met 31 augustus 2025 mag doorlopen; daarnaast kan de landelijke website van het Werkcentrum vanaf januari 2025 nog tijdelijk verwijzen naar de regionale RMT-website";
/** Wat er van een Leerwerkloket in 2025 nog in gebruik blijft (HRT §5.2). */
const LWL_RESTEN =
  "Alleen restanten blijven in gebruik: de websites in 2025 tot de volledige overgang naar de website van het Werkcentrum is gerealiseerd, de e-mailadressen van de adviseurs tot de overgang naar een Werkcentrum is gerealiseerd, de community in 2025 (naar verwachting medio 2025 gesloten) en het CRM-systeem het eerste halfjaar";

const rmtEnLeerwerkloketAfgebouwd = regel(
  {
    id: "transitie/rmt-en-leerwerkloket-afgebouwd",
    titel: "RMT en Leerwerkloket zijn na het einde van hun regeling en financiering niet meer actief",
    beschrijving:
      "Per 1 januari 2025 stoppen de Tijdelijke regeling voor de RMT's en de Rijksfinanciering van de Leerwerkloketten. Beide laten in 2025 nog restanten toe, en de regel behandelt ze gelijk: een RMT of Leerwerkloket dat in 2025 nog 'actief' is, wordt beoordeeld (gaat het alleen om die restanten?); vanaf 2026 voldoet 'actief' niet en wordt 'in-afbouw' beoordeeld (alleen restanten zonder einddatum?); 'opgegaan-in-werkcentrum' en 'gesloten' voldoen, 'in-afbouw' in 2025 ook. RMT (HRT §5.1): de organisaties die samenwerkten in de RMT's hebben in 2025 nog een beperkt aantal werkzaamheden: de laatste declaraties (declaratiemomenten 15 juli en 28 november 2025), de monitorgegevens over november en december 2024, de verantwoording personele inzet 2024 (uiterlijk 15 juli 2025) en via UWV ingekochte dienstverlening die uiterlijk tot en met 31 augustus 2025 mag doorlopen; daarnaast kan de landelijke website van het Werkcentrum vanaf januari 2025 nog tijdelijk verwijzen naar de regionale RMT-website (daarvoor noemt de handreiking geen einddatum, de links worden 'te zijner tijd geleidelijk uitgefaseerd'; een verwijzing naar een website maakt een RMT niet 'actief'). Leerwerkloket (HRT §5.2): het Leerwerkloket houdt als merk op te bestaan; alleen restanten blijven in gebruik: de websites in 2025 tot de volledige overgang naar de website van het Werkcentrum is gerealiseerd, de e-mailadressen van de adviseurs tot de overgang naar een Werkcentrum is gerealiseerd, de community in 2025 (naar verwachting medio 2025 gesloten) en het CRM-systeem het eerste halfjaar. Grondslag handreiking.",
    grondslag: "handreiking",
    bron: RMT_BRON,
    andereBronnen: [RMT_RESTWERK_BRON, RMT_WEBSITE_BRON, LWL_BRON, citeer("HRT", "§5.2 'Dienstverlening'", "Hoewel het Leerwerkloket als merk ophoudt te bestaan"), LWL_WEBSITES_BRON],
    hint: "Laat de functies opgaan in het Werkcentrum (gidsen, gezamenlijke dienstverlening) en meld de nieuwe status; loopt alleen nog het restwerk af, meld dan 'in-afbouw'.",
  },
  (dossier, ctx) => {
    const lijst = loketten(dossier, ["rmt", "leerwerkloket"]);
    if (lijst.length === 0) return [uitkomst("niet-van-toepassing", ["oudeLoketten"], "Er zijn geen RMT's of Leerwerkloketten opgegeven.")];
    return lijst.map(({ loket, index }): RegelUitkomst => {
      const pad: Pad = ["oudeLoketten", index, "status"];
      const rmt = loket.soort === "rmt";
      // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent voor de bronnen, beide regelingen eindigen op 1 januari 2025 (HRT §5.1 en §5.2); de keuze staat er omdat het twee mijlpalen zijn
      const einde = rmt ? d.eindeRmtRegeling.datum : d.eindeFinancieringLeerwerkloketten.datum;
      // Stryker disable next-line ConditionalExpression: equivalent voor de bronnen, beide restperiodes lopen tot en met 31 december 2025 (HRT §5.1 en §5.2)
      const restTot = rmt ? d.laatsteDagRestwerkRmt.datum : d.laatsteDagWebsitesLeerwerkloketten.datum;
      const naam = `${oudeLoketten[loket.soort].afkorting} ${loket.naam}`;
      if (ctx.peildatum < einde) return uitkomst("niet-van-toepassing", pad, `${naam}: de ${rmt ? "regeling" : "Rijksfinanciering"} loopt nog tot ${einde}.`);
      if (loket.status === "in-afbouw" && ctx.peildatum > restTot) {
        // De handreiking noemt restwerk in 2025 (en enkele restanten zonder einddatum, zoals
        // e-mailadressen en verwijzingen naar oude websites): na 2025 is "in afbouw" niet meer
        // vanzelfsprekend, maar ook niet zeker fout.
        return uitkomst(
          "beoordelen",
          pad,
          `${naam} is na ${restTot} nog in afbouw; de handreiking noemt restwerk tot en met ${restTot} en daarna alleen restanten zonder einddatum (e-mailadressen, verwijzingen naar oude websites). Ga na of het alleen nog die restanten betreft.`,
          { status: loket.status, restwerkTotEnMet: restTot },
        );
      }
      if (loket.status !== "actief") return uitkomst("voldaan", pad, `${naam}: ${loket.status}.`);
      if (ctx.peildatum <= restTot) {
        return rmt
          ? uitkomst(
              "beoordelen",
              pad,
              `${naam} is nog actief, terwijl de RMT-regeling per ${einde} is gestopt. In 2025 resten ${RMT_RESTEN}; ga na of 'actief' alleen dat betreft.`,
              { status: loket.status, regelingGestoptOp: einde, restwerkTotEnMet: restTot },
            )
          : uitkomst(
              "beoordelen",
              pad,
              `${naam} is nog actief, terwijl het Leerwerkloket per ${einde} als merk ophoudt te bestaan. ${LWL_RESTEN}; ga na of 'actief' alleen dat betreft.`,
              { status: loket.status, merkGestoptOp: einde, websitesTotEnMet: restTot },
            );
      }
      const waarom = rmt
        ? `de RMT-regeling is gestopt per ${einde} en de handreiking alleen in 2025 nog restwerkzaamheden noemt (laatste declaraties, monitorgegevens, verantwoording)`
        : `de Rijksfinanciering en het merk Leerwerkloket zijn gestopt per ${einde} en de websites mochten alleen in 2025 in gebruik blijven`;
      return uitkomst("niet-voldaan", pad, `${naam} is nog actief, terwijl ${waarom}.`, { status: loket.status, sinds: plusDagen(restTot, 1) });
    });
  },
);

const wspViaWerkcentrum = regel(
  {
    id: "transitie/wsp-via-werkcentrum",
    titel: "Na de inwerkingtreding loopt de werkgeversdienstverlening via het Werkcentrum, niet via een apart WerkgeversServicepunt",
    beschrijving:
      "Tot de inwerkingtreding van de nieuwe wet bieden UWV en gemeenten gezamenlijke werkgeversdienstverlening via het WerkgeversServicepunt (niet van toepassing). In de nieuwe wet wordt opgenomen dat de werkgeversdienstverlening via het Werkcentrum wordt aangeboden; de naam WerkgeversServicepunt vervalt op termijn. Vanaf de inwerkingtreding: een WSP dat nog 'actief' is voldoet niet, 'in-afbouw' wordt beoordeeld, 'opgegaan-in-werkcentrum' of 'gesloten' voldoet. Grondslag wet: advies tot de inwerkingtreding, daarna fout. Komt de wet later dan de datum uit de handreiking ('in ieder geval vanaf 1 juli 2026', parameter werkcentrum.werkgeversdienstverlening-vanaf) of is de datum onbekend, dan is een WSP dat vanaf die datum nog actief of in afbouw is 'beoordelen'; daarvóór niet van toepassing.",
    grondslag: "wet",
    bron: WSP_BRON,
    andereBronnen: [citeer("HRT", "§5.3 'Communicatie'", "in ieder geval vanaf 1 juli 2026 gerealiseerd")],
    hint: "Bied de werkgeversdienstverlening aan via het Werkcentrum en faseer de naam WerkgeversServicepunt uit.",
  },
  (dossier, ctx) => {
    const lijst = loketten(dossier, ["wsp"]);
    if (lijst.length === 0) return [uitkomst("niet-van-toepassing", ["oudeLoketten"], "Er zijn geen WerkgeversServicepunten opgegeven.")];
    const iwt = inwerkingtreding(ctx.instellingen).datum;
    const bedoeld = handreikingVoorWet(ctx);
    return lijst.map(({ loket, index }): RegelUitkomst => {
      const pad: Pad = ["oudeLoketten", index, "status"];
      const naam = `WSP ${loket.naam}`;
      if (bedoeld !== undefined) {
        // De wet is er nog niet, maar de handreiking beoogt de werkgeversdienstverlening via het Werkcentrum al.
        if (loket.status === "opgegaan-in-werkcentrum" || loket.status === "gesloten") return uitkomst("voldaan", pad, `${naam}: ${loket.status}.`);
        return uitkomst(
          "beoordelen",
          pad,
          `${naam} is ${loket.status === "actief" ? "nog actief als apart loket" : "in afbouw"}; de handreiking beoogt de werkgeversdienstverlening in ieder geval vanaf ${bedoeld} via het Werkcentrum, maar de wet is nog niet in werking (inwerkingtreding: ${iwt ?? "onbekend"}).`,
          { status: loket.status, handreiking: bedoeld, inwerkingtreding: iwt },
        );
      }
      if (iwt === null) return uitkomst("niet-van-toepassing", pad, `${naam}: de datum van inwerkingtreding is onbekend; tot dan blijft het WerkgeversServicepunt bestaan.`);
      if (ctx.peildatum < iwt) return uitkomst("niet-van-toepassing", pad, `${naam}: tot de inwerkingtreding (${iwt}) blijft het WerkgeversServicepunt bestaan.`);
      switch (loket.status) {
        case "actief":
          return uitkomst("niet-voldaan", pad, `${naam} is na de inwerkingtreding (${iwt}) nog actief als apart loket; de werkgeversdienstverlening hoort via het Werkcentrum te lopen.`, { status: loket.status, inwerkingtreding: iwt });
        case "in-afbouw":
          return uitkomst("beoordelen", pad, `${naam} is in afbouw; ga na of de werkgeversdienstverlening al via het Werkcentrum loopt (de naam mag 'op termijn' vervallen).`, { status: loket.status, inwerkingtreding: iwt });
        case "opgegaan-in-werkcentrum":
        case "gesloten":
          return uitkomst("voldaan", pad, `${naam}: ${loket.status}.`);
      }
    });
  },
);

const stappenplanRegel = regel(
  {
    id: "transitie/stappenplan-twente",
    titel: "De regio ligt op schema tegen het stappenplan Twente (voorbeeld)",
    beschrijving:
      "Vergelijkt wat de regio gereed meldt met het stappenplan richting Werkcentrum Twente: acht onderwerpen in drie fasen (fase 1 eind 2024, fase 2 in 2025, fase 3 vanaf 2026). Per onderwerp: niet voldaan als een stap van een voorbije fase niet gereed is gemeld. Dit is een voorbeeld uit één regio, geen norm ('Voor elk op te richten Werkcentrum zal de volgorde er verschillend uit kunnen zien'): grondslag voorbeeld, dus hoogstens een advies. Zonder gemelde stappen niet van toepassing (de regio gebruikt het stappenplan niet); meldt de regio wel stappen, dan is een onderwerp waarvoor ze niets meldt ook niet van toepassing (de regio volgt daar een eigen volgorde of gebruikt het voorbeeld niet), met in de gegevens de stappen die volgens het voorbeeld voorbij zijn.",
    grondslag: "voorbeeld",
    bron: STAPPENPLAN_BRON,
    hint: "Meld de gereedgekomen stappen in stappenplan, of volg een eigen plan (het Twentse stappenplan is een voorbeeld).",
  },
  (dossier, ctx) => {
    const o = stappenplanOverzicht(dossier, ctx);
    if (!o.gemeld) return [uitkomst("niet-van-toepassing", ["stappenplan"], "De regio meldt geen stappen tegen het stappenplan Twente (een voorbeeld, geen verplichting).")];
    return o.onderwerpen.map((x): RegelUitkomst => {
      const achter = x.stappen.filter((s) => s.status === "achter");
      const gegevens = { onderwerp: x.onderwerp, status: x.status, stappen: x.stappen };
      if (x.stappen.every((s) => s.melding === undefined)) {
        const voorbij = achter.length > 0 ? ` Volgens het voorbeeld zou voorbij zijn: ${achter.map((s) => `fase ${s.fase} (${s.periode}) "${s.stap}"`).join("; ")}.` : "";
        return uitkomst("niet-van-toepassing", ["stappenplan"], `${x.naam}: geen stappen gemeld; het stappenplan Twente is een voorbeeld en de volgorde kan per regio verschillen.${voorbij}`, { ...gegevens, gemeld: false });
      }
      if (achter.length > 0) {
        return uitkomst("niet-voldaan", ["stappenplan"], `${x.naam}: niet gereed gemeld: ${achter.map((s) => `fase ${s.fase} (${s.periode}) "${s.stap}"`).join("; ")}.`, gegevens);
      }
      const gereed = x.stappen.filter((s) => s.status === "gereed").length;
      return uitkomst("voldaan", ["stappenplan"], `${x.naam}: ${x.status === "gereed" ? "alle stappen gereed" : `op schema (${gereed} van 3 stappen gereed)`}.`, gegevens);
    });
  },
);

/** Alle transitieregels, in rapportvolgorde. */
export const transitieRegels: readonly Regel<Transitiedossier>[] = [
  declaratieVoorLaatsteMoment,
  rmtInkoopGestart,
  rmtInkoopBeeindigd,
  verantwoordingPersoneleInzet,
  rmtEnLeerwerkloketAfgebouwd,
  wspViaWerkcentrum,
  stappenplanRegel,
];

/** Voert de transitieregels uit in een bestaande context. */
export function transitieBevindingen(dossier: Transitiedossier, context: ToetsContext) {
  return voerRegelsUit(transitieRegels, dossier, context);
}

/**
 * Toetst de transitiegegevens van een regio op een peildatum: RMT-declaraties, via UWV
 * ingekochte RMT-dienstverlening, de verantwoording personele inzet 2024, de status van de
 * oude loketten en het stappenplan Twente. Lees onbetrouwbare invoer eerst met
 * `parseTransitiedossier` uit `arbeidsmarktinfra/schemas`. Gooit {@link OngeldigeInvoerFout}
 * bij een ongeldige peildatum of ongeldige instellingen.
 *
 * @example
 * ```ts
 * import { toetsTransitie } from "arbeidsmarktinfra";
 * const r = toetsTransitie(
 *   { regio: "AM05", declaraties: [{ partij: "Gemeente X", ingediendOp: "2025-12-05", bedrag: 1250000 }] },
 *   { peildatum: "2026-01-15" },
 * );
 * r.bevindingen[0]?.bericht; // "... na het laatste declaratiemoment 2025-11-28: komt voor eigen rekening van Gemeente X ..."
 * ```
 */
export function toetsTransitie(dossier: Transitiedossier, opties: ToetsOpties): Toetsrapport {
  vereisVorm("toetsTransitie", dossier, {}, "parseTransitiedossier");
  const context = maakContext(opties);
  return maakRapport(transitieBevindingen(dossier, context), context, transitieRegels);
}
