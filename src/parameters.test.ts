import { describe, expect, it } from "vitest";
import { OngeldigeInvoerFout } from "./result.js";
import { alleParameters, parameterMetId, parameters } from "./parameters.js";

describe("parameterMetId", () => {
  it("vindt elke parameter op zijn id (het id van instellingen.parameters), en alleen die", () => {
    for (const p of alleParameters()) expect(parameterMetId(p.id)).toBe(p);
    expect(new Set(alleParameters().map((p) => p.id)).size).toBe(alleParameters().length);
    expect(parameterMetId("gidsfunctie.fte-totaal")).toBe(parameters.gidsfunctieFteTotaal);
    expect(parameterMetId("wet.inwerkingtreding")).toBe(parameters.inwerkingtredingWet);
  });
  it("een onbekend id of een TypeScript-naam geeft undefined; geen tekst is een OngeldigeInvoerFout", () => {
    expect(parameterMetId("bestaat.niet")).toBeUndefined();
    expect(parameterMetId("gidsfunctieFteTotaal")).toBeUndefined();
    expect(() => parameterMetId(5 as unknown as string)).toThrow(OngeldigeInvoerFout);
  });
});
