import { readdirSync } from "node:fs";
import { join } from "node:path";

/** De bronbestanden onder een map (zonder tests), recursief. */
export function bronbestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? bronbestanden(join(map, d.name)) : d.name.endsWith(".ts") && !d.name.endsWith(".test.ts") ? [join(map, d.name)] : [],
  );
}

/** Haalt de ```ts-blokken uit @example-tags. */
export function voorbeelden(tekst: string): string[] {
  const uit: string[] = [];
  for (const commentaar of tekst.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const regels = commentaar.split("\n").map((r) => r.replace(/^\s*\*\s?/, ""));
    const schoon = regels.join("\n");
    const idx = schoon.indexOf("@example");
    if (idx === -1) continue;
    for (const m of schoon.slice(idx).matchAll(/```ts\n([\s\S]*?)```/g)) uit.push(m[1]!);
  }
  return uit;
}

/**
 * De letterlijke waarde aan het begin van een commentaar (`"tekst"`, een getal, `true`, `false`,
 * `null`, `undefined`, of een lijst of object tussen haken), als broncode; anders `undefined`.
 * Na de waarde mag toelichting volgen, gescheiden door een spatie (bijv. `"x" (2025-11-28)`).
 */
export function letterlijkeWaarde(commentaar: string): string | undefined {
  const c = commentaar.trim();
  const einde = (n: number): string | undefined => (n === c.length || /\s/.test(c[n]!) ? c.slice(0, n) : undefined);
  const tekst = /^"(?:[^"\\]|\\.)*"/.exec(c);
  if (tekst) return einde(tekst[0].length);
  const woord = /^(?:true|false|null|undefined|-?\d+(?:\.\d+)?)/.exec(c);
  if (woord) return einde(woord[0].length);
  if (c[0] !== "[" && c[0] !== "{") return undefined;
  let diepte = 0;
  let inTekst = false;
  for (let i = 0; i < c.length; i++) {
    const t = c[i]!;
    if (inTekst) {
      if (t === "\\") i++;
      else if (t === '"') inTekst = false;
    } else if (t === '"') inTekst = true;
    else if (t === "[" || t === "{") diepte++;
    else if ((t === "]" || t === "}") && --diepte === 0) return einde(i + 1);
  }
  return undefined;
}

/** Hoe een verwachte waarde vergeleken wordt. */
export type Vergelijking = "gelijk" | "tekstdelen" | "begintMet" | "bevat";

/**
 * De verwachting in een commentaar: een letterlijke waarde, of een verkorte. Een tekst met `…`
 * (of `...`) betekent: de delen ertussen staan in deze volgorde in de tekst; een lijst die eindigt
 * op `…` betekent: de lijst begint met deze elementen; een object dat eindigt op `…`: het object
 * heeft (minstens) deze velden met deze waarden.
 */
export function verwachting(commentaar: string): { bron: string; vergelijking: Vergelijking } | undefined {
  const waarde = letterlijkeWaarde(commentaar);
  if (waarde === undefined) return undefined;
  if (waarde.startsWith('"') && /…|\.\.\./.test(waarde)) return { bron: waarde, vergelijking: "tekstdelen" };
  const afgekapt = /^\[(.*?),\s*(?:…|\.\.\.)\s*\]$/s.exec(waarde);
  if (afgekapt) return { bron: `[${afgekapt[1]}]`, vergelijking: "begintMet" };
  const deel = /^\{(.*?),\s*(?:…|\.\.\.)\s*\}$/s.exec(waarde);
  if (deel) return { bron: `{${deel[1]}}`, vergelijking: "bevat" };
  return { bron: waarde, vergelijking: "gelijk" };
}

/**
 * Maakt van een voorbeeld een uitvoerbare controle: elke regel `uitdrukking; // waarde` (een
 * uitdrukking als opdracht, geen declaratie of `if`) wordt `__verwacht(uitdrukking, waarde,
 * vergelijking, regel)`; bij `// gooit: "melding"` wordt de uitdrukking `__melding(() => …)`, de
 * melding van de fout die ze gooit. Andere regels blijven zoals ze zijn. `isUitdrukking` beslist of de tekst
 * vóór de puntkomma een uitdrukking is (de test gebruikt daarvoor de TypeScript-parser).
 */
export function alsControle(code: string, isUitdrukking: (tekst: string) => boolean): { code: string; controles: number } {
  let controles = 0;
  const regels = code.split("\n").map((regel) => {
    const m = /^(\s*)(.+?);\s*\/\/\s*(.+)$/.exec(regel);
    if (!m || !isUitdrukking(m[2]!)) return regel;
    // `uitdrukking; // gooit: "melding"`: de uitdrukking gooit een fout met die melding.
    const gooit = /^gooit:?\s*(.*)$/.exec(m[3]!);
    const v = verwachting(gooit ? gooit[1]! : m[3]!);
    // Een commentaar dat op een waarde lijkt maar geen uitdrukking is (bijv. "[HRT € 174.068, …]"), is uitleg.
    if (v === undefined || !isUitdrukking(`(${v.bron})`)) return regel;
    controles++;
    const gekregen = gooit ? `__melding(() => ${m[2]})` : m[2];
    return `${m[1]}__verwacht(${gekregen}, ${v.bron}, ${JSON.stringify(v.vergelijking)}, ${JSON.stringify(regel.trim())});`;
  });
  return { code: regels.join("\n"), controles };
}
