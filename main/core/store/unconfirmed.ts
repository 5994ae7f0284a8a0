/**
 * Changes applied in memory whose journal line is not yet durable, oldest first, each with what it
 * replaced. When a write is refused, that change and every later one (they were made on top of it) are
 * undone newest first, so memory is exactly as the disk has it. Undo restores an own property as it was
 * (or its absence) and the record map's prototype, so a hostile id such as `__proto__` is undone too.
 */

type RecordMap = Record<string, unknown>;

interface Replaced {
  map: RecordMap;
  id: string;
  had: boolean;
  before: unknown;
  proto: object | null;
}

/** The changes of one commit. */
export class Segment {
  readonly replaced: Replaced[] = [];

  /** Remember the record `map[id]` as it is, before it is changed. */
  remember(map: RecordMap, id: string): void {
    const had = Object.hasOwn(map, id);
    this.replaced.push({ map, id, had, before: had ? map[id] : undefined, proto: Object.getPrototypeOf(map) });
  }

  undo(): void {
    for (const r of [...this.replaced].reverse()) {
      if (r.had)
        Object.defineProperty(r.map, r.id, { value: r.before, writable: true, enumerable: true, configurable: true });
      else delete r.map[r.id];
      if (Object.getPrototypeOf(r.map) !== r.proto) Object.setPrototypeOf(r.map, r.proto);
    }
  }
}

export class Unconfirmed {
  private readonly segments: Segment[] = [];

  open(): Segment {
    const segment = new Segment();
    this.segments.push(segment);
    return segment;
  }

  /** The segment is durable: it can no longer be undone. */
  confirm(segment: Segment): void {
    const i = this.segments.indexOf(segment);
    if (i >= 0) this.segments.splice(i, 1);
  }

  /** Undo `segment` and every later one, newest first; false if it was already confirmed or undone. */
  undoFrom(segment: Segment): boolean {
    const i = this.segments.indexOf(segment);
    if (i < 0) return false;
    for (const later of this.segments.splice(i).reverse()) later.undo();
    return true;
  }

  get size(): number {
    return this.segments.length;
  }
}
