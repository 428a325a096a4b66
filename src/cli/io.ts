/** In- en uitvoer van de CLI, los van `process` zodat tests de CLI in-proces kunnen draaien. */
export interface Io {
  readonly stdout: (tekst: string) => void;
  readonly stderr: (tekst: string) => void;
  /** Leest een bestand als bytes (gooit bij een niet-bestaand bestand). */
  readonly leesBestand: (pad: string) => Uint8Array;
  /** Grootte van een bestand in bytes. */
  readonly bestandsgrootte: (pad: string) => number;
  /** Leest een bestand regel voor regel (voor batchverwerking in constant geheugen). */
  readonly leesRegels?: (pad: string) => AsyncIterable<string>;
  /**
   * Leest een bestand als stroom van blokken bytes. Heeft de voorkeur boven `leesRegels`: de
   * batch splitst dan zelf in regels met een grens per regel en strenge UTF-8 (zie `regels.ts`).
   */
  readonly leesStroom?: (pad: string) => AsyncIterable<Uint8Array>;
  /**
   * Wacht tot stdout en stderr weer uitvoer kunnen opnemen (tegendruk). Zonder dit loopt het
   * geheugen van een batch op als de uitvoer naar een trage pijp gaat: `process.stdout.write`
   * is bij pijpen asynchroon en buffert alles.
   */
  readonly wachtOpUitvoer?: () => Promise<void>;
  /**
   * De namen van de bestanden in een map (zonder pad), of `undefined` als `pad` geen map is
   * (dan wordt het als bestand gelezen). Zonder deze functie zijn alle argumenten bestanden.
   */
  readonly leesMap?: (pad: string) => readonly string[] | undefined;
  /** De datum van vandaag in Nederland; alleen de CLI leest de klok, en zegt dat erbij. */
  readonly vandaag: () => string;
}

/** Vandaag als `JJJJ-MM-DD` in Europe/Amsterdam. */
export function vandaagInNederland(nu: Date = new Date()): string {
  const delen = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(nu);
  const deel = (t: string) => delen.find((d) => d.type === t)?.value ?? "";
  return `${deel("year")}-${deel("month")}-${deel("day")}`;
}

/** Exitcodes van de CLI. */
export const EXIT = { ok: 0, fout: 1, invoer: 2 } as const;
