// Eén realistisch voorbeeldconvenant per arbeidsmarktregio, gebouwd uit de referentiedata
// (echte regionaam, gemeenten, centrumgemeente, provincie, naam en subdomein van het Werkcentrum)
// en de opbouw van het volledige voorbeeld examples/convenanten/rijnmond-volledig.yaml
// (partijen, Werkcentrum, gidsfunctie, impulsbudget, begroting). Organisaties als
// "Werkgeversvereniging Zeeland (voorbeeld)" zijn verzonnen, zoals in het voorbeeld.
//
// Voor de betwiste centrumgemeenten (AM24 Zeeland, AM30 Zuid-Limburg) nemen we de eerste lezing
// uit de referentiedata; de toets geeft daar terecht `beoordelen`.

/** De centrumgemeente (naam) van een regio: eenduidig, of de eerste lezing als die betwist is. */
export function centrumgemeenteVan(regio) {
  const c = regio.centrumgemeente;
  return c.status === "eenduidig" ? c.naam : c.lezingen[0].naam;
}

/** Een convenant (als ruwe invoer, zoals uit YAML) voor één regio. */
export function convenantVoorRegio(lib, regio) {
  const cg = centrumgemeenteVan(regio);
  const andere = lib
    .gemeentenVan(regio)
    .map((g) => g.naam)
    .filter((n) => n !== cg);
  // Eén andere gemeente zit zelf aan tafel; de centrumgemeente vertegenwoordigt de rest ('onder één vlag').
  const tweede = andere[0];
  const rest = andere.slice(1);
  const r = regio.naam;
  const G = `Gemeente ${cg}`;
  const G2 = tweede === undefined ? undefined : `Gemeente ${tweede}`;
  const werkcentrum = lib.werkcentrumNaam(regio);
  const domein = lib.werkcentrumSubdomein(regio);
  const provincie = regio.provincies[0].naam;
  const roc = `ROC ${r} (voorbeeld)`;
  const ja = { stemrecht: true, noWrongDoor: true };

  const partijen = [
    { naam: G, soort: "gemeente", rol: "kernpartner", gemeente: cg, centrumgemeente: true, functioneleRegie: true, ...ja, ...(rest.length > 0 && { vertegenwoordigt: rest }) },
    ...(G2 === undefined ? [] : [{ naam: G2, soort: "gemeente", rol: "kernpartner", gemeente: tweede, ...ja }]),
    { naam: "UWV", soort: "uwv", rol: "kernpartner", ...ja },
    { naam: "SBB", soort: "sbb", rol: "kernpartner", ...ja },
    { naam: `Werkgeversvereniging ${r} (voorbeeld)`, soort: "werkgeversorganisatie", rol: "kernpartner", ...ja },
    { naam: `Vakbond Regio ${r} (voorbeeld)`, soort: "werknemersorganisatie", rol: "kernpartner", ...ja },
    { naam: roc, soort: "onderwijsinstelling", rol: "kernpartner", onderwijssoort: "roc", contactschool: true, ...ja },
    { naam: `Sociaal ontwikkelbedrijf ${r} (voorbeeld)`, soort: "sociaal-ontwikkelbedrijf", rol: "strategische-partner", toelating: { datum: "2025-03-13", kenmerk: "RB-2025-03/4" }, ...ja },
    { naam: `Provincie ${provincie}`, soort: "provincie", rol: "strategische-partner", toelating: { datum: "2025-03-13", kenmerk: "RB-2025-03/5" }, ...ja },
    { naam: `Bibliotheek ${cg} (voorbeeld)`, soort: "overig", rol: "samenwerkingspartner", noWrongDoor: true },
    { naam: `Economic Board ${r} (voorbeeld)`, soort: "overig", rol: "adviseur" },
  ];
  const gemeentelijkeGidsen = G2 === undefined ? [{ partner: G, soort: "gemeente", fte: 1.35 }] : [{ partner: G, soort: "gemeente", fte: 0.85 }, { partner: G2, soort: "gemeente", fte: 0.5 }];

  return {
    titel: `Samenwerkingsconvenant Regionaal Beraad ${r} (voorbeeld)`,
    regio: r,
    ondertekening: { datum: "2025-06-19", plaats: cg },
    looptijd: { ingangsdatum: "2025-07-01", toelichting: "Voor onbepaalde tijd; jaarlijkse evaluatie in het Regionaal Beraad." },
    partijen,
    thematafels: [{ naam: "Thematafel zorg en welzijn", onderwerp: "Tekorten in zorg en kinderopvang" }],
    werkgroepen: [{ naam: "Werkgroep gegevensdeling" }],
    werkcentrum: {
      naam: werkcentrum,
      toegangspoort: { website: `https://${domein}`, email: `info@${domein}`, telefoon: "088-0000000", adres: `Postbus 0000, 0000 AA ${cg}` },
      kanalen: [
        {
          naam: `${werkcentrum} ${cg}`,
          soort: "flagshipstore",
          gemeente: cg,
          bemensing: ["UWV", G],
          huisstijl: "werkcentrum",
          openingstijden: [{ dagen: ["ma", "di", "wo", "do", "vr"], van: "09:00", tot: "17:00" }],
          zonderAfspraak: true,
          publiekToegankelijk: true,
        },
        { naam: `UWV ${cg}`, soort: "dienstverleningslocatie", gemeente: cg, beheerder: "UWV", bemensing: ["UWV"], huisstijl: "partner", publiekToegankelijk: true },
        ...(G2 === undefined ? [] : [{ naam: `Gemeentehuis ${tweede}`, soort: "informatielocatie", gemeente: tweede, beheerder: G2, bemensing: [G2] }]),
        { naam: `${roc}, hoofdlocatie`, soort: "brochurelocatie", beheerder: roc },
      ],
      gidsfunctie: {
        bezetting: [{ partner: "UWV", soort: "uwv", fte: 1.35 }, ...gemeentelijkeGidsen],
        extraGidsen: [
          {
            partner: "SBB",
            soort: "sbb",
            fte: 0.5,
            neutraal: true,
            alleDoelgroepen: true,
            onderAansturingWerkcentrum: true,
            volgensFunctieomschrijving: true,
            financiering: "eigen-middelen-partner",
            afsprakenGegevensdeling: "Alleen met toestemming van de bezoeker; verwerkersafspraak in bijlage 3.",
            afspraak: { datum: "2025-05-15", kenmerk: "RB-2025-05/2" },
          },
        ],
        taken: ["welkom-heten", "algemene-informatie", "loopbaangesprek", "in-verbinding-brengen"],
        functieomschrijving: { opgesteldDoor: ["uwv", "gemeenten"], vastgesteldOp: "2025-02-01" },
        coordinatie: `Coördinator ${werkcentrum} (in dienst van de gemeente ${cg})`,
      },
      werkgeversdienstverlening: {
        viaWerkcentrum: true,
        naam: `${werkcentrum} voor werkgevers`,
        partners: ["UWV", G, "SBB"],
        sbbBetrokken: true,
        landelijkWerkgeversServicepunt: true,
        toelichting: "Werkgevers die in meer regio's actief zijn, gaan naar het Landelijk WerkgeversServicepunt.",
      },
      vervangt: [
        { soort: "leerwerkloket", naam: `Leerwerkloket ${r}`, status: "opgegaan-in-werkcentrum" },
        { soort: "rmt", naam: `RMT ${r}`, status: "gesloten" },
        { soort: "wsp", naam: `WSP ${r}`, status: "opgegaan-in-werkcentrum" },
      ],
    },
    arbeidsmarktbeleid: {
      meerjarenagenda: { status: "vastgesteld", vastgesteldOp: "2025-12-11", verwijzing: `Regionale meerjarenagenda ${r} 2026-2030 (voorbeeld)` },
      onderwerpenRegionaalWerkbedrijf: true,
      themas: ["zorg en kinderopvang", "techniek en energietransitie", "jongeren zonder startkwalificatie"],
    },
    impulsbudget: {
      besluitvorming: "regionaal-beraad",
      formeelVerantwoordelijke: G,
      inkoopEnSubsidiekaders: "centrumgemeente",
      individueleDienstverlening: { toegestaan: true, alleenBijUitzondering: true, aanvullendOpRegulier: true, toelichting: "Alleen via het maatwerkbudget, na advies van de casustafel." },
    },
    begroting: {
      posten: [
        { omschrijving: "Gidsen UWV", betaler: "UWV", budget: "structureel budget gidsfunctie UWV", inKind: true },
        { omschrijving: "Gidsen gemeenten", betaler: G, budget: "structurele decentralisatie-uitkering centrumgemeente", bedragCent: 13500000 },
        { omschrijving: "Huur flagshipstore", betaler: G, budget: "impulsbudget", bedragCent: 9000000 },
        { omschrijving: "Extra gids SBB", betaler: "SBB", budget: "eigen middelen SBB", inKind: true },
      ],
      totaleKostenWerkcentrum: { bedragCent: 61000000, jaar: 2026 },
      surplus: "Een overschot blijft beschikbaar voor de gezamenlijke dienstverlening in het volgende jaar.",
    },
    gegevensdeling: "Binnen de bestaande wettelijke kaders; zie de handreiking Gegevensdeling in de Transitieperiode.",
    winPunt: { vorm: "samenwerking", afspraken: `Het WIN-punt ${r} houdt wekelijks spreekuur in de flagshipstore; warme overdracht in beide richtingen.` },
    evaluatie: "Jaarlijks in het Regionaal Beraad.",
    besluitvorming: "Besluiten bij consensus van de stemgerechtigde partijen.",
    overigeAfspraken: [{ titel: "Communicatie", tekst: "Partijen communiceren over het Werkcentrum in de landelijke huisstijl.", artikel: "9" }],
  };
}

/**
 * Alle 35 convenanten, geparseerd met parseConvenant (zoals een gebruiker). Gooit als er één
 * ongeldig is of een regel niet voldaan geeft: dan zijn de voorbeelden niet realistisch.
 * Geeft per regio de ruwe invoer, het geparseerde convenant en de uitkomsten van de toets.
 */
export function alleConvenanten(lib, schemas, peildatum) {
  return lib.arbeidsmarktregios.map((regio) => {
    const ruw = convenantVoorRegio(lib, regio);
    const p = schemas.parseConvenant(ruw);
    if (!p.ok) throw new Error(`voorbeeldconvenant ${regio.code} ongeldig: ${JSON.stringify(p.issues)}`);
    const rapport = lib.toetsConvenant(p.value, { peildatum });
    const niet = rapport.bevindingen.filter((b) => b.uitkomst === "niet-voldaan");
    if (niet.length > 0) throw new Error(`voorbeeldconvenant ${regio.code}: ${niet.map((b) => `${b.regelId} ${b.bericht}`).join("; ")}`);
    const beoordelen = rapport.bevindingen.filter((b) => b.uitkomst === "beoordelen").map((b) => b.regelId);
    return { regio, ruw, convenant: p.value, bevindingen: rapport.bevindingen.length, beoordelen };
  });
}
