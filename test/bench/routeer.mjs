// Sectie routeer: doorvoer tegen (a) een handgeschreven if/switch-functie en (b) json-rules-engine,
// op dezelfde gegenereerde set van ruim 10.000 hulpvragen. Eerst vraag voor vraag vergelijken
// (status, soort en organisatie van de arrangeur, reden), bij twee peildatums (transitieperiode
// en na de wet); pas als alle antwoorden gelijk zijn, wordt er gemeten.
import { figuur, fmt, gebruik, sectie, vergelijk } from "./harnas.mjs";
import { kern, maakHandmatig, maakJre } from "./routeer-basislijnen.mjs";
import { genereerVragen, leesVragen } from "./vragen.mjs";

export const AANTAL_VRAGEN = 12_000;
const PEILDATUM = "2026-09-01";
export const CONTROLEDATUMS = ["2026-03-01", PEILDATUM];

/** Vergelijkt routeer met beide basislijnen op elke vraag; gooit bij het eerste verschil. */
export async function controleer(lib, vragen) {
  const sleutels = new Set();
  const uitkomsten = new Set();
  for (const peildatum of CONTROLEDATUMS) {
    const naWet = lib.fase(peildatum) === "nieuwe-wet";
    const handmatig = maakHandmatig(lib, naWet);
    const jre = maakJre(lib, naWet);
    for (const h of vragen) {
      const r = lib.routeer(h, { peildatum });
      const a = kern(r);
      const b = kern(handmatig(h, peildatum));
      const c = kern(await jre(h, peildatum));
      if (a !== b || a !== c) {
        throw new Error(
          `ONEENS bij ${h.id} (peildatum ${peildatum}):\n  routeer:             ${a}\n  handgeschreven:      ${b}\n  json-rules-engine:   ${c}\n  vraag: ${JSON.stringify(h)}`,
        );
      }
      sleutels.add(JSON.stringify(r.stappen[0].gegevens));
      uitkomsten.add(a);
    }
  }
  return { sleutels: sleutels.size, uitkomsten: uitkomsten.size };
}

export async function benchRouteer(lib, schemas, { rondes }) {
  sectie("1. routeer: doorvoer tegen een handgeschreven functie en json-rules-engine");
  const t0 = performance.now();
  const vragen = leesVragen(lib, schemas, genereerVragen(lib, AANTAL_VRAGEN));
  const N = vragen.length;
  const c = await controleer(lib, vragen);
  console.log(
    `  ${fmt(N)} gegenereerde vragen (parseHulpvraag + normaliseerHulpvraag), ${c.sleutels} verschillende beslissleutels,` +
      ` ${fmt(c.uitkomsten)} verschillende antwoorden; alle drie eens bij ${CONTROLEDATUMS.join(" en ")} (${fmt(performance.now() - t0)} ms)`,
  );

  const opties = { peildatum: PEILDATUM };
  const naWet = lib.fase(PEILDATUM) === "nieuwe-wet";
  const handmatig = maakHandmatig(lib, naWet);
  const jre = maakJre(lib, naWet);
  const routeerPass = {
    naam: "routeer",
    aantal: N,
    stap: () => {
      for (let i = 0; i < N; i++) gebruik(lib.routeer(vragen[i], opties).stappen.length);
    },
  };
  const handPass = {
    naam: "handgeschreven if/switch",
    aantal: N,
    stap: () => {
      for (let i = 0; i < N; i++) gebruik(handmatig(vragen[i], PEILDATUM).status.length);
    },
  };
  const jrePass = {
    naam: "json-rules-engine",
    aantal: N,
    async: true,
    stap: async () => {
      for (let i = 0; i < N; i++) gebruik((await jre(vragen[i], PEILDATUM)).status.length);
    },
  };

  const tegenHand = await vergelijk(routeerPass, handPass, { rondes });
  const tegenJre = await vergelijk(routeerPass, jrePass, { rondes: Math.max(5, Math.ceil(rondes / 2)) });
  const ops = tegenHand.kandidaat;
  const spreiding = (s) => `rondes: ${fmt(s.min)}–${fmt(s.max)}`;
  figuur({
    sectie: "routeer",
    naam: `routeer: doorvoer op één kern (${fmt(N)} vragen, peildatum ${PEILDATUM})`,
    waarde: ops.mediaan,
    eenheid: "routeringen/s",
    toelichting: spreiding(ops),
    basislijn: { naam: "handgeschreven if/switch", waarde: tegenHand.basis.mediaan, eenheid: "routeringen/s" },
    verhouding: 1 / tegenHand.tijdsfactor,
    verhoudingTekst: "× de doorvoer van de basislijn",
    doel: "≥ 1.000.000 routeringen/s",
    gehaald: ops.mediaan >= 1_000_000,
  });
  figuur({
    sectie: "routeer",
    naam: "routeer tegen json-rules-engine (zelfde tabel, await engine.run per vraag)",
    waarde: 1 / tegenJre.tijdsfactor,
    decimalen: 0,
    eenheid: "× zo snel",
    basislijn: { naam: "json-rules-engine", waarde: tegenJre.basis.mediaan, eenheid: "routeringen/s" },
    verhouding: 1 / tegenJre.tijdsfactor,
    verhoudingTekst: "× zo snel als de basislijn",
    doel: "≥ 100× zo snel",
    gehaald: 1 / tegenJre.tijdsfactor >= 100,
  });
  figuur({
    sectie: "routeer",
    naam: "routeer tegen de handgeschreven if/switch (alleen arrangeur, geen uitleg)",
    waarde: tegenHand.tijdsfactor,
    decimalen: 2,
    eenheid: "× de tijd",
    basislijn: { naam: "handgeschreven if/switch", waarde: tegenHand.basis.mediaan, eenheid: "routeringen/s" },
    verhouding: tegenHand.tijdsfactor,
    verhoudingTekst: "× de tijd per vraag van de basislijn",
    doel: "≤ 3× de tijd",
    gehaald: tegenHand.tijdsfactor <= 3,
  });
  return { vragen, N };
}
