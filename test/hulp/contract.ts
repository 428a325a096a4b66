import { expect } from "vitest";
import { maakContext, type Bevinding, type Regel, type RegelUitkomst, type Toetsrapport, type ToetsOpties } from "../../src/bevinding/model.js";
import type { Pad } from "../../src/result.js";

/**
 * Het contract van een bevinding, los van de regel: wat elke formatter (tekst, JSON, SARIF) en
 * elke gebruiker van de gegevens mag aannemen. Gebruikt door de mutatietests en de
 * contracttest over de voorbeelden.
 *
 * - `bericht` is een niet-lege Nederlandse tekst zonder `undefined`, `null`, `NaN` of
 *   `[object Object]` (een ontbrekende waarde in een sjabloon);
 * - een `niet-voldaan` of `beoordelen` heeft een niet-lege herstelhint; een hint is nooit leeg;
 * - `gegevens` ontbreekt of bevat ten minste één waarde;
 * - de bevinding is zuivere JSON: na `JSON.stringify`/`JSON.parse` precies gelijk (geen velden
 *   met de waarde `undefined`, exactOptionalPropertyTypes);
 * - elk deel van het pad is een niet-lege veldnaam of een index ≥ 0; een index wijst naar een
 *   bestaand element van een lijst in de invoer.
 */
export function controleerBevinding(b: Bevinding | RegelUitkomst, invoer?: unknown): void {
  const waar = `${"regelId" in b ? b.regelId : "?"} ${b.uitkomst} ${b.pad.join(".")}`;
  expect(typeof b.bericht, waar).toBe("string");
  expect(b.bericht.trim().length, `${waar}: leeg bericht`).toBeGreaterThan(0);
  expect(b.bericht, `${waar}: ontbrekende waarde in het bericht`).not.toMatch(/\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/);
  if (b.hint !== undefined) expect(b.hint.trim().length, `${waar}: lege hint`).toBeGreaterThan(0);
  if ("regelId" in b && (b.uitkomst === "niet-voldaan" || b.uitkomst === "beoordelen")) {
    expect(b.hint, `${waar}: geen hint`).toBeDefined();
  }
  if (b.gegevens !== undefined) expect(Object.keys(b.gegevens).length, `${waar}: lege gegevens`).toBeGreaterThan(0);
  expect(JSON.parse(JSON.stringify(b)), `${waar}: geen zuivere JSON`).toStrictEqual(b);
  controleerPad(b.pad, invoer, waar);
}

/** Zie {@link controleerBevinding}: de delen van een pad, en indexen die naar bestaande elementen wijzen. */
export function controleerPad(pad: Pad, invoer: unknown, waar = pad.join(".")): void {
  let hier: unknown = invoer;
  for (const deel of pad) {
    if (typeof deel === "number") {
      expect(Number.isInteger(deel) && deel >= 0, `${waar}: index ${deel}`).toBe(true);
      if (invoer !== undefined) {
        expect(Array.isArray(hier), `${waar}: index ${deel} in iets dat geen lijst is`).toBe(true);
        expect(deel, `${waar}: index buiten de lijst`).toBeLessThan((hier as unknown[]).length);
      }
    } else {
      expect(deel.length, `${waar}: lege veldnaam`).toBeGreaterThan(0);
    }
    hier = hier !== null && typeof hier === "object" ? (hier as Record<string | number, unknown>)[deel] : undefined;
  }
}

/** Controleert het contract voor elke bevinding van een rapport, en de samenvatting. */
export function controleerRapport(r: Toetsrapport, invoer?: unknown): void {
  for (const b of r.bevindingen) controleerBevinding(b, invoer);
  expect(r.samenvatting.totaal).toBe(r.bevindingen.length);
}

/**
 * Controleert het contract voor de uitkomsten die de regels zelf teruggeven (`regel.toets`, de
 * openbare regelfunctie), dus vóór {@link maakRapport} ze tot bevindingen maakt.
 */
export function controleerRegels<I>(regels: readonly Regel<I>[], invoer: I, opties: ToetsOpties): void {
  const context = maakContext(opties);
  for (const regel of regels) {
    const uitkomsten = regel.toets(invoer, context);
    expect(uitkomsten.length, `${regel.id}: geen uitkomst`).toBeGreaterThan(0);
    for (const u of uitkomsten) controleerBevinding(u, invoer);
  }
}

/**
 * Voert één regel uit op de invoer (met de context van peildatum en instellingen) en controleert
 * elke uitkomst tegen het contract van een bevinding.
 */
export function toetsRegel<I>(regel: Regel<I>, invoer: I, peildatum: string, instellingen?: ToetsOpties["instellingen"]): readonly RegelUitkomst[] {
  const u = regel.toets(invoer, maakContext({ peildatum, ...(instellingen !== undefined && { instellingen }) }));
  for (const x of u) controleerBevinding(x, invoer);
  return u;
}

/**
 * De kern van een bevinding zonder proza: uitkomst, pad (met punten) en gegevens. Om in een
 * test per regel uitkomst, pad en gegevens exact vast te leggen.
 */
export function kern(b: Bevinding | RegelUitkomst): { uitkomst: string; pad: string; gegevens?: unknown } {
  return { uitkomst: b.uitkomst, pad: b.pad.join("."), ...(b.gegevens !== undefined && { gegevens: b.gegevens }) };
}

/** De kernen van de bevindingen van één regel in een rapport. */
export function kernen(r: Toetsrapport, regelId: string): ReturnType<typeof kern>[] {
  return r.bevindingen.filter((b) => b.regelId === regelId).map(kern);
}

const RANG: Record<string, number> = { "niet-voldaan": 0, beoordelen: 1, voldaan: 2, "niet-van-toepassing": 3 };

/**
 * De volgorde van de bevindingen van één regel in een rapport (zie `voerRegelsUit`): eerst wat
 * aandacht vraagt (niet-voldaan, beoordelen, voldaan, niet van toepassing), verder in de
 * volgorde waarin de regel ze gaf. Voor verwachtingen die in documentvolgorde geschreven zijn.
 */
export function zwaarsteEerst<T extends { uitkomst: string }>(lijst: readonly T[]): T[] {
  return [...lijst].sort((a, b) => (RANG[a.uitkomst] ?? 4) - (RANG[b.uitkomst] ?? 4));
}
