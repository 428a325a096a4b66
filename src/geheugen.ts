/**
 * Een begrensd geheugen voor pure berekeningen op een tekst (opzoeken, normaliseren, rekenen met
 * datums). Alleen snelheid: zonder geheugen is de uitkomst dezelfde. Begrensd, zodat
 * onbetrouwbare invoer het geheugen niet laat groeien: bij de grens wordt het leeggemaakt.
 *
 * @internal
 */
export function onthoud<T>(geheugen: Map<string, T>, sleutel: string, bereken: (sleutel: string) => T, grens: number): T {
  let w = geheugen.get(sleutel);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: geheugen (alleen snelheid): zonder of met een ander geheugen is de uitkomst dezelfde
  if (w === undefined && !geheugen.has(sleutel)) {
    w = bereken(sleutel);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: geheugen (alleen snelheid): de grens begrenst alleen het geheugen
    if (geheugen.size >= grens) geheugen.clear();
    geheugen.set(sleutel, w);
  }
  return w as T;
}
