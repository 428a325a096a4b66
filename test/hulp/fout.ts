import { OngeldigeInvoerFout } from "../../src/result.js";

/**
 * Voert `f` uit en geeft de `OngeldigeInvoerFout` die het gooit. Gooit `f` niets, of iets anders
 * (bijv. een TypeError), dan faalt de test: een regelfunctie hoort bij ongeldige invoer precies
 * deze fout te gooien.
 */
export function vangFout(f: () => unknown): OngeldigeInvoerFout {
  try {
    f();
  } catch (e) {
    if (e instanceof OngeldigeInvoerFout) return e;
    throw e;
  }
  throw new Error("geen OngeldigeInvoerFout gegooid");
}
