// A page's memory (find-companies.ts, PageMemory) grows slice by slice. These collections note what
// they gain, in order, so what one slice added is known without copying them all before each slice
// (a list page defines thousands of forms: a copy per slice made a page's read quadratic).

/**
 * A map that notes each key set, in order (a key set again is noted again), and counts its deletes.
 * Past `limit` keys it takes no new one (a key it holds may still be set).
 */
export class NotedMap<K, V> extends Map<K, V> {
  readonly noted: K[] = [];
  deletes = 0;
  constructor(private readonly limit = Infinity) {
    super();
  }
  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) return this;
    // (Undefined while Map's constructor runs: these maps start empty.)
    this.noted?.push(key);
    return super.set(key, value);
  }
  override delete(key: K): boolean {
    const had = super.delete(key);
    if (had) this.deletes++;
    return had;
  }
}

/** A set that notes each value it gains, in order. */
export class NotedSet<T> extends Set<T> {
  readonly noted: T[] = [];
  override add(value: T): this {
    if (!this.has(value)) this.noted?.push(value);
    return super.add(value);
  }
}
