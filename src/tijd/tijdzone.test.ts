import { describe, expect, it } from "vitest";

describe("tijdzone van het testproces", () => {
  it("draait in de tijdzone die het vitest-project instelt", () => {
    // vitest.config.ts draait src/** in UTC, Europe/Amsterdam en Pacific/Apia.
    expect(["UTC", "Europe/Amsterdam", "Pacific/Apia"]).toContain(process.env["TZ"]);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env["TZ"] === "UTC" ? "UTC" : process.env["TZ"]);
  });
});
