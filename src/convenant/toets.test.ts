import { describe, expect, it } from "vitest";
import { diepBevroren, volledigConvenant } from "../../test/hulp/fixtures.js";
import type { RegionaleMeerjarenagenda } from "../agenda/model.js";
import { toetsAgenda } from "../agenda/regels.js";
import type { Convenant } from "./model.js";
import { agendaRegelsInConvenant, convenantRegels } from "./regels.js";
import { toetsConvenant } from "./toets.js";

const agenda: RegionaleMeerjarenagenda = {
  niveau: "regionaal",
  regio: "AM22",
  vastgesteldDoor: "regionaal-beraad",
  beleidsagenda: {
    vastgesteldOp: "2025-11-20",
    arbeidsmarktanalyse: { omschrijving: "Regionale arbeidsmarktanalyse 2025" },
    ambities: [{ id: "A1", titel: "Meer mensen met een arbeidsbeperking aan het werk", doelgroepen: ["arbeidsbeperking"] }],
  },
};

describe("toetsConvenant met een ingebedde meerjarenagenda", () => {
  it("zonder agenda in het convenant: alleen de convenantregels", () => {
    const r = toetsConvenant(volledigConvenant(), { peildatum: "2026-09-01" });
    expect(r.ontvangstbewijs.regels).toEqual(convenantRegels.map((x) => x.id));
    expect(r.bevindingen.some((b) => b.regelId.startsWith("agenda/"))).toBe(false);
  });

  it("met agenda: de agendaregels tellen mee, met paden onder /meerjarenagenda en dezelfde uitkomsten als toetsAgenda", () => {
    const c: Convenant = { ...volledigConvenant(), meerjarenagenda: agenda };
    const r = toetsConvenant(diepBevroren(c), { peildatum: "2026-09-01" });
    expect(r.ontvangstbewijs.regels).toEqual([...convenantRegels, ...agendaRegelsInConvenant].map((x) => x.id));
    const los = toetsAgenda(agenda, { peildatum: "2026-09-01" }).bevindingen;
    const ingebed = r.bevindingen.filter((b) => b.regelId.startsWith("agenda/"));
    expect(ingebed.map((b) => [b.regelId, b.uitkomst, b.ernst, b.pointer])).toEqual(los.map((b) => [b.regelId, b.uitkomst, b.ernst, `/meerjarenagenda${b.pointer}`]));
    const tweeDelen = ingebed.find((b) => b.regelId === "agenda/twee-delen" && b.uitkomst === "niet-voldaan");
    expect(tweeDelen?.pointer).toBe("/meerjarenagenda/uitvoeringsagenda");
  });
});
