import { describe, expect, it } from "vitest";
import { werkende, werkgever, werkzoekende } from "../../test/hulp/triage.js";
import { beslis } from "./beslistabel.js";
import { BESLISTABEL } from "./beslistabel.gen.js";
import { BESLISSINGEN, beslissingIds } from "./beslissingen.js";
import { jaNee, uitkeringen, type TriageRegelId } from "./model.js";
import { triageRegels } from "./regels.js";
import { AANTAL_SLEUTELS, alleSleutels, indexVanSleutel, sleutelIndex, sleutelVanIndex, werkgebieden, werkgebiedVan } from "./sleutel.js";

describe("beslistabel", () => {
  it("de sleutels zijn precies alle combinaties en de index is omkeerbaar", () => {
    expect(AANTAL_SLEUTELS).toBe(werkgebieden.length + uitkeringen.length + uitkeringen.length * jaNee.length ** 3);
    const s = alleSleutels();
    expect(new Set(s.map((x) => JSON.stringify(x))).size).toBe(AANTAL_SLEUTELS);
    s.forEach((x, i) => expect(indexVanSleutel(x)).toBe(i));
    expect(() => sleutelVanIndex(AANTAL_SLEUTELS)).toThrow(RangeError);
  });

  it("de vooruitberekende tabel geeft voor elke sleutel dezelfde beslissing als de ts-pattern-tabel", () => {
    expect(BESLISTABEL).toHaveLength(AANTAL_SLEUTELS);
    for (let i = 0; i < AANTAL_SLEUTELS; i++) {
      expect(beslissingIds[BESLISTABEL.charCodeAt(i) - 65], JSON.stringify(sleutelVanIndex(i))).toBe(beslis(sleutelVanIndex(i)));
    }
  });

  it("elke beslissing komt voor, hoort bij zijn id en noemt een bestaande regel met een bron van die regel", () => {
    expect(BESLISSINGEN).toHaveLength(beslissingIds.length);
    expect(new Set(BESLISTABEL)).toEqual(new Set(beslissingIds.map((_, i) => String.fromCharCode(65 + i))));
    const regels = new Map(triageRegels.map((r) => [r.id, [r.bron, ...(r.andereBronnen ?? [])]]));
    BESLISSINGEN.forEach((b, i) => {
      const id = beslissingIds[i]!;
      expect(b.status === "bepaald" ? !id.endsWith("onbekend") : true, id).toBe(true);
      expect(regels.get(b.regel)?.map((c) => `${c.bron}|${c.plaats}`), id).toContain(`${b.bron.bron}|${b.bron.plaats}`);
    });
  });

  it("sleutelIndex van een hulpvraag: ontbrekende gegevens tellen als onbekend", () => {
    const { arbeidsbeperking: _a, privateOndersteuning: _p, dreigtWerkloos: _d, ...kaal } = werkende();
    expect(sleutelVanIndex(sleutelIndex(kaal))).toEqual({ vrager: "werkende", uitkering: "geen", arbeidsbeperking: "onbekend", privaat: "onbekend", dreiging: "onbekend" });
    expect(sleutelVanIndex(sleutelIndex(werkende({ privateOndersteuning: [] })))).toMatchObject({ privaat: "nee" });
    expect(sleutelVanIndex(sleutelIndex(werkzoekende({ uitkering: "Wajong" })))).toEqual({ vrager: "werkzoekende", uitkering: "Wajong" });
    expect(werkgebiedVan(undefined)).toBe("onbekend");
    // Zonder regios: de vestiging als één regio; met regios gaan die voor.
    expect(werkgebiedVan(undefined, "AM30")).toBe("een-regio");
    expect(werkgebiedVan(["AM22", "AM30"], "AM30")).toBe("meerdere-regios");
    expect(werkgebiedVan([], "AM30")).toBe("onbekend");
    expect(sleutelVanIndex(sleutelIndex(werkgever({ regios: undefined as never, regio: "AM30" })))).toEqual({ vrager: "werkgever", werkgebied: "een-regio" });
    expect(werkgebiedVan([])).toBe("onbekend");
    expect(werkgebiedVan(["AM22", "AM22"])).toBe("een-regio");
    expect(werkgebiedVan("landelijk")).toBe("meerdere-regios");
    expect(sleutelVanIndex(sleutelIndex(werkgever({ regios: ["AM01", "AM02"] })))).toEqual({ vrager: "werkgever", werkgebied: "meerdere-regios" });
  });

  it("de tabel volgt de bronnen op de kernpunten", () => {
    const b = (s: Parameters<typeof beslis>[0]) => beslis(s);
    expect(b({ vrager: "werkzoekende", uitkering: "WW" })).toBe("uwv");
    expect(b({ vrager: "werkzoekende", uitkering: "geen" })).toBe("gemeente");
    expect(b({ vrager: "werkende", uitkering: "WIA/WGA", arbeidsbeperking: "nee", privaat: "ja", dreiging: "nee" })).toBe("werkende-uwv");
    expect(b({ vrager: "werkende", uitkering: "geen", arbeidsbeperking: "nee", privaat: "nee", dreiging: "ja" })).toBe("werkende-open-beleidspunt");
    expect(b({ vrager: "werkende", uitkering: "geen", arbeidsbeperking: "nee", privaat: "nee", dreiging: "onbekend" })).toBe("werkende-open-beleidspunt");
    expect(b({ vrager: "werkende", uitkering: "geen", arbeidsbeperking: "nee", privaat: "ja", dreiging: "ja" })).toBe("werkende-sociale-partners");
  });

  it("de regelcatalogus van de triage: unieke ids, alle ids uit het model", () => {
    const ids = triageRegels.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const alle: Record<TriageRegelId, true> = {
      "triage/werkgever-landelijk": true,
      "triage/werkgever-regionaal": true,
      "triage/sbb-leerbedrijf": true,
      "triage/uwv-uitkeringsgerechtigden": true,
      "triage/gemeente-bijstand-of-geen-uitkering": true,
      "triage/uitkering-onbekend": true,
      "triage/werkende-arbeidsbeperking": true,
      "triage/werkende-sociale-partners": true,
      "triage/werkende-zonder-private-ondersteuning": true,
      "triage/werkende-met-uitkering": true,
      "triage/publieke-dienstverlening-aanvullend": true,
      "triage/onderwijs-scholing": true,
      "triage/max-ww-overdracht": true,
      "triage/transitie-uwv-eigen-clienten": true,
      "triage/no-wrong-door": true,
      "triage/werkcentrum-bij-onduidelijkheid": true,
      "triage/doorstroompunt": true,
      "triage/win-punt": true,
      "triage/schuldhulpverlening": true,
      "triage/informatiepunt-digitale-overheid": true,
      "triage/zelfstandigen": true,
      "triage/zorg-sociale-kaart": true,
      "triage/buiten-domein": true,
      "triage/doorlopende-dienstverlening": true,
      "triage/warme-overdracht-arrangeur": true,
      "triage/ondersteuningsbehoefte-centraal": true,
    };
    expect(ids.sort()).toEqual(Object.keys(alle).sort());
  });
});
