import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { invoerschemas } from "../src/invoerschemas.js";

/**
 * De JSON Schema-bestanden in src/json-schema/ worden gegenereerd uit de zod-schema's.
 * Bijwerken: BIJWERKEN=1 npx vitest run test/json-schema.test.ts
 */
export function jsonSchemaVoor(naam: string): string {
  const def = invoerschemas[naam]!;
  const schema = z.toJSONSchema(def.schema, { target: "draft-2020-12", io: "input", unrepresentable: "throw" });
  return JSON.stringify({ ...schema, $id: `https://unpkg.com/arbeidsmarktinfra/src/json-schema/${naam}.schema.json`, title: def.titel }, null, 2) + "\n";
}

describe("JSON Schema-bestanden", () => {
  for (const naam of Object.keys(invoerschemas)) {
    it(`${naam}.schema.json is actueel`, () => {
      const pad = new URL(`../src/json-schema/${naam}.schema.json`, import.meta.url);
      const nieuw = jsonSchemaVoor(naam);
      if (process.env["BIJWERKEN"]) writeFileSync(pad, nieuw);
      expect(readFileSync(pad, "utf8")).toBe(nieuw);
    });
  }
});
