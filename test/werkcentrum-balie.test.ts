import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { arrangeurOmschrijving, normaliseerHulpvraag, routeer, type Hulpvraag, type Peildatum } from "../src/index.js";
import { startBrowser, startServer } from "./hulp/browser.js";
import { bouwPakketkopie, type Pakketkopie } from "./hulp/pakketkopie.js";

/**
 * De baliepagina (examples/werkcentrum-balie) in headless Chromium: de pagina laadt de ESM-build
 * `dist/index.js` via een import map (geen bundel) van een server op 127.0.0.1. De test vult het
 * formulier in zoals een gids, verstuurt het en vergelijkt de getoonde arrangeur met wat
 * `routeer` (vanuit src/) voor dezelfde vraag zegt. Alleen verkeer naar 127.0.0.1 is toegestaan.
 */
let kopie: Pakketkopie;
let server: { url: string; stop: () => Promise<void> };
let browser: Browser;
let page: Page;
const problemen: string[] = [];
const verzoeken: string[] = [];
const schermafdrukMap = mkdtempSync(join(tmpdir(), "ami-balie-"));

beforeAll(async () => {
  kopie = bouwPakketkopie();
  server = await startServer(kopie.map);
  browser = await startBrowser();
  page = await browser.newPage({ viewport: { width: 1000, height: 900 }, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problemen.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problemen.push(`pageerror: ${e.message}`));
  page.on("requestfailed", (r) => problemen.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
  page.on("response", (r) => {
    if (r.status() >= 400) problemen.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    verzoeken.push(url);
    return new URL(url).hostname === "127.0.0.1" ? route.continue() : route.abort("blockedbyclient");
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  kopie?.opruimen();
  rmSync(schermafdrukMap, { recursive: true, force: true });
});

interface Geval {
  werkcentrum: string;
  deur: string;
  vrager: "werkzoekende" | "werkende" | "werkgever";
  uitkering?: string;
  wwEinddatum?: string;
  woongemeente?: string;
  arbeidsbeperking?: string;
  privateOndersteuning?: string;
  dreigtWerkloos?: string;
  werkgebied?: "onbekend" | "regio" | "landelijk";
  leerbedrijfvraag?: boolean;
  onderwerpen: string[];
}
const PEILDATUM = "2026-09-01";

async function open(): Promise<void> {
  await page.goto(`${server.url}/examples/werkcentrum-balie/index.html`);
  try {
    await page.waitForSelector("form[data-klaar='ja']", { timeout: 5_000 });
  } catch {
    throw new Error(`de pagina is niet klaar: ${problemen.join("; ") || "geen meldingen"}`);
  }
}

async function vulIn(g: Geval): Promise<void> {
  await open();
  await page.selectOption("#werkcentrum", g.werkcentrum);
  await page.fill("#peildatum", PEILDATUM);
  await page.selectOption("#deur", g.deur);
  await page.check(`input[name="vrager"][value="${g.vrager}"]`);
  if (g.uitkering !== undefined) await page.selectOption("#uitkering", g.uitkering);
  if (g.wwEinddatum !== undefined) await page.fill("#wwEinddatum", g.wwEinddatum);
  if (g.woongemeente !== undefined) await page.fill("#woongemeente", g.woongemeente);
  if (g.arbeidsbeperking !== undefined) await page.selectOption("#arbeidsbeperking", g.arbeidsbeperking);
  if (g.privateOndersteuning !== undefined) await page.selectOption("#privateOndersteuning", g.privateOndersteuning);
  if (g.dreigtWerkloos !== undefined) await page.selectOption("#dreigtWerkloos", g.dreigtWerkloos);
  if (g.werkgebied !== undefined) await page.selectOption("#werkgebied", g.werkgebied);
  if (g.leerbedrijfvraag) await page.check("#leerbedrijfvraag");
  for (const o of g.onderwerpen) await page.check(`#onderwerp-${o}`);
  await page.getByRole("button", { name: "Wie helpt verder?" }).click();
}

/** Dezelfde vraag als hulpvraag, onafhankelijk van de pagina opgebouwd. */
function alsHulpvraag(g: Geval): Hulpvraag {
  const deur = g.deur.startsWith("partner:")
    ? { soort: "partner" as const, partner: g.deur.slice(8) as "UWV" }
    : { soort: g.deur as "werkcentrum" | "digitaal", regio: g.werkcentrum as "AM21" };
  const onderwerpen = g.onderwerpen as Hulpvraag["onderwerpen"];
  if (g.vrager === "werkgever") {
    const regios = g.werkgebied === "regio" ? [g.werkcentrum as "AM21"] : g.werkgebied === "landelijk" ? ("landelijk" as const) : undefined;
    return { vrager: "werkgever", onderwerpen, deur, ...(regios !== undefined && { regios }), ...(g.leerbedrijfvraag && { leerbedrijfvraag: true }) };
  }
  const persoon = {
    uitkering: (g.uitkering ?? "onbekend") as "WW",
    onderwerpen,
    deur,
    arbeidsbeperking: (g.arbeidsbeperking ?? "onbekend") as "ja",
    ...(g.woongemeente !== undefined && { woongemeente: g.woongemeente }),
    ...(g.wwEinddatum !== undefined && { wwEinddatum: g.wwEinddatum as Peildatum }),
  };
  const h: Hulpvraag =
    g.vrager === "werkzoekende"
      ? { vrager: "werkzoekende", ...persoon }
      : {
          vrager: "werkende",
          ...persoon,
          privateOndersteuning: g.privateOndersteuning === undefined || g.privateOndersteuning === "onbekend" ? "onbekend" : g.privateOndersteuning === "geen" ? "geen" : [g.privateOndersteuning as "cao"],
          dreigtWerkloos: (g.dreigtWerkloos ?? "onbekend") as "ja",
        };
  const n = normaliseerHulpvraag(h);
  if (!n.ok) throw new Error(JSON.stringify(n.issues));
  return n.value;
}

const tekst = async (selector: string) => (await page.locator(selector).innerText()).trim();

describe("baliepagina Werkcentrum (headless Chromium, ESM-build via import map)", () => {
  const gevallen: { naam: string; geval: Geval; arrangeur: string; extra: (stappen: string) => void }[] = [
    {
      naam: "werkzoekende met bijstand uit Den Haag, aan de balie, met schulden",
      geval: { werkcentrum: "AM21", deur: "werkcentrum", vrager: "werkzoekende", uitkering: "bijstand", woongemeente: "Den Haag", onderwerpen: ["werk", "schulden"] },
      arrangeur: "gemeente 's-Gravenhage",
      extra: (stappen) => {
        expect(stappen).toContain("triage/gemeente-bijstand-of-geen-uitkering");
        expect(stappen).toMatch(/triage\/schuldhulpverlening — HRT §6\.2/);
      },
    },
    {
      naam: "werkzoekende met WW die bijna afloopt, via UWV",
      geval: { werkcentrum: "AM17", deur: "partner:UWV", vrager: "werkzoekende", uitkering: "WW", wwEinddatum: "2026-10-15", woongemeente: "Zaanstad", onderwerpen: ["werk"] },
      arrangeur: "UWV",
      extra: (stappen) => expect(stappen).toMatch(/De WW eindigt op 2026-10-15[\s\S]*triage\/max-ww-overdracht — HRT §5\.1/),
    },
    {
      naam: "werkgever in Rijnmond die leerbedrijf wil worden",
      geval: { werkcentrum: "AM22", deur: "digitaal", vrager: "werkgever", werkgebied: "regio", leerbedrijfvraag: true, onderwerpen: ["personeel"] },
      arrangeur: "Werkcentrum Rijnmond werkgeversdienstverlening (gezamenlijke werkgeversdienstverlening van UWV en gemeenten)",
      extra: (stappen) => expect(stappen).toContain("triage/sbb-leerbedrijf"),
    },
    {
      naam: "landelijke werkgever",
      geval: { werkcentrum: "AM22", deur: "werkcentrum", vrager: "werkgever", werkgebied: "landelijk", onderwerpen: ["personeel"] },
      arrangeur: "het Landelijk WerkgeversServicepunt (UWV en Gemeenten)",
      extra: (stappen) => expect(stappen).toContain("triage/werkgever-landelijk"),
    },
  ];

  for (const { naam, geval, arrangeur, extra } of gevallen) {
    it(`toont de arrangeur: ${naam}`, async () => {
      await vulIn(geval);
      await page.waitForSelector("#uitkomst:not([hidden])");
      const r = routeer(alsHulpvraag(geval), { peildatum: PEILDATUM });
      expect(r.status).toBe("bepaald");
      expect(arrangeurOmschrijving(r.arrangeur!)).toBe(arrangeur);
      expect(await tekst("#arrangeur")).toBe(arrangeur);
      expect(await tekst("#status")).toBe("Bepaald: de arrangeur is verantwoordelijk en aanspreekpunt.");
      const stappen = await tekst("#stappen");
      // Elke stap van routeer staat erin, met regel-id en bron.
      expect(await page.locator("#stappen > li").count()).toBe(r.stappen.length);
      for (const s of r.stappen) expect(stappen).toContain(`${s.regel} — ${s.bron.bron} ${s.bron.plaats}`);
      extra(stappen);
      expect(await tekst("#overdracht")).toMatch(/warme overdracht|helpt verder/);
      expect(await page.evaluate("document.activeElement?.id")).toBe("uitkomst-kop");
    });
  }

  it("een werkende van wie de arbeidsbeperking onbekend is: te beoordelen door de gids", async () => {
    const geval: Geval = { werkcentrum: "AM30", deur: "werkcentrum", vrager: "werkende", uitkering: "geen", woongemeente: "Maastricht", onderwerpen: ["loopbaan"] };
    await vulIn(geval);
    await page.waitForSelector("#uitkomst:not([hidden])");
    const r = routeer(alsHulpvraag(geval), { peildatum: PEILDATUM });
    expect(r.status).toBe("beoordelen");
    expect(await tekst("#arrangeur")).toBe(`Te beoordelen door de gids; kandidaten: ${r.kandidaten.map(arrangeurOmschrijving).join("; ")}.`);
    expect(await tekst("#status")).toBe(
      "Te beoordelen door een mens: onbekend of er een arbeidsbeperking is. Kandidaten: gemeente Maastricht; de sociale partners en private partijen (werkgever, cao, O&O-fonds, sociaal plan). Na te gaan: arbeidsbeperking.",
    );
    expect(await page.locator("#status").getAttribute("class")).toBe("beoordelen");
    expect(await tekst("#overdracht")).toContain("de gids van Werkcentrum Zuid-Limburg voert het gesprek");
  });

  it("meldt een ontbrekend onderwerp en een onbekende gemeente in het Nederlands, bij het veld", async () => {
    await vulIn({ werkcentrum: "AM21", deur: "werkcentrum", vrager: "werkzoekende", uitkering: "geen", onderwerpen: [] });
    expect(await tekst("#meldingen")).toContain("Onderwerp: kies minstens één onderwerp.");
    expect(await page.evaluate("document.activeElement?.id")).toBe("onderwerp-werk");
    expect(await page.locator("#uitkomst").isHidden()).toBe(true);

    await page.fill("#woongemeente", "Atlantis");
    await page.check("#onderwerp-werk");
    await page.getByRole("button", { name: "Wie helpt verder?" }).click();
    expect(await tekst("#meldingen")).toContain('Woongemeente: onbekende gemeente "Atlantis"');
    expect(await page.locator("#woongemeente").getAttribute("aria-invalid")).toBe("true");
    expect(await page.evaluate("document.activeElement?.id")).toBe("woongemeente");

    await page.fill("#woongemeente", "Zoetermeer");
    await page.getByRole("button", { name: "Wie helpt verder?" }).click();
    expect(await tekst("#arrangeur")).toBe("gemeente Zoetermeer");
    expect(await tekst("#meldingen")).toBe("");
    expect(await page.locator("#woongemeente").getAttribute("aria-invalid")).toBeNull();
  });

  it("is toegankelijk opgezet: taal nl, elk invoerveld heeft een label, groepen hebben een legend", async () => {
    await open();
    // Als tekst geëvalueerd: de tests typechecken zonder DOM-typen (de bibliotheek gebruikt geen DOM).
    const r = await page.evaluate(`({
      lang: document.documentElement.lang,
      zonderLabel: [...document.querySelectorAll("input, select")].filter((e) => e.labels.length === 0).map((e) => e.id || e.outerHTML),
      fieldsetsZonderLegend: [...document.querySelectorAll("fieldset")].filter((f) => !f.querySelector(":scope > legend")).length,
      meldingenRol: document.getElementById("meldingen")?.getAttribute("role"),
    })`);
    expect(r).toEqual({ lang: "nl", zonderLabel: [], fieldsetsZonderLegend: 0, meldingenRol: "alert" });
  });

  it("schermafdruk, geen consolefouten, geen mislukte verzoeken, alleen 127.0.0.1", async () => {
    await vulIn({ werkcentrum: "AM22", deur: "partner:gemeente", vrager: "werkende", uitkering: "geen", woongemeente: "Rotterdam", arbeidsbeperking: "nee", privateOndersteuning: "cao", onderwerpen: ["loopbaan", "scholing", "kinderopvang"] });
    await page.waitForSelector("#uitkomst:not([hidden])");
    const pad = join(schermafdrukMap, "balie.png");
    await page.screenshot({ path: pad, fullPage: true });
    expect(statSync(pad).size).toBeGreaterThan(10_000);
    expect(readFileSync(pad).subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(problemen).toEqual([]);
    expect(verzoeken.length).toBeGreaterThan(5);
    expect(verzoeken.filter((u) => new URL(u).hostname !== "127.0.0.1")).toEqual([]);
    // De pagina laadt de ESM-build zelf, geen bundel.
    expect(verzoeken.some((u) => u.endsWith("/dist/index.js"))).toBe(true);
  });

  it("de import map dekt elke kale import van dist/index.js", () => {
    const html = readFileSync(join(kopie.map, "examples/werkcentrum-balie/index.html"), "utf8");
    const kaart = JSON.parse(/<script type="importmap">([\s\S]*?)<\/script>/.exec(html)![1]!) as { imports: Record<string, string> };
    const code = readFileSync(join(kopie.map, "dist/index.js"), "utf8");
    const kaal = new Set([...code.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*["']([^"']+)["']|(?:^|\n)\s*import\s*["']([^"']+)["']/g)].map((m) => m[1] ?? m[2]!).filter((s) => !/^[./]/.test(s)));
    expect(kaal.size).toBeGreaterThan(0);
    for (const s of kaal) expect(Object.keys(kaart.imports), s).toContain(s);
    expect(kaart.imports["arbeidsmarktinfra"]).toBe("../../dist/index.js");
  });
});
