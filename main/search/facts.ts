/**
 * The filterable and sortable facts of one paper, kept per slot so a query filters 100k papers with
 * integer compares; tags become ids of a registry so a hierarchical tag filter is a lookup in a mask.
 */
import type { Paper } from "../../shared/model/paper";
import { type PaperState, PRIORITIES, STATUSES } from "../../shared/model/user-state";

export const FLAG = { starred: 1, note: 2, highlight: 4 } as const;

export interface Facts {
  status: number;
  priority: number;
  flags: number;
  /** Epoch ms; 0 when unreadable. */
  added: number;
  /** Epoch ms of the last user change; -Infinity when never changed. */
  changed: number;
  tags: number[];
}

/** Lower-cased tag names <-> small integer ids. */
export class TagRegistry {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];

  id(tag: string): number {
    const key = tag.toLocaleLowerCase();
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  /**
   * A test over tag ids: the tag itself and every tag under it (`method` -> `method/transformers`).
   * Tags registered after the test was made are looked at when first seen.
   */
  matcher(tag: string): (id: number) => boolean {
    const key = tag.toLocaleLowerCase().replace(/\/+$/, "");
    let mask = new Uint8Array(0);
    return (id) => {
      if (id >= mask.length) {
        mask = new Uint8Array(this.keys.length);
        this.keys.forEach((k, i) => {
          if (k === key || k.startsWith(`${key}/`)) mask[i] = 1;
        });
      }
      return mask[id] === 1;
    };
  }
}

export function addedMs(paper: Paper): number {
  const ms = Date.parse(paper.addedAt);
  return Number.isNaN(ms) ? 0 : ms;
}

export function factsOf(paper: Paper, state: PaperState, tags: TagRegistry): Facts {
  const flags =
    (state.starred ? FLAG.starred : 0) |
    (state.note.trim() !== "" ? FLAG.note : 0) |
    (state.highlights.length > 0 ? FLAG.highlight : 0);
  return {
    status: STATUSES.indexOf(state.status),
    priority: PRIORITIES.indexOf(state.priority),
    flags,
    added: addedMs(paper),
    changed: state.updatedAt ? Date.parse(state.updatedAt) : Number.NEGATIVE_INFINITY,
    tags: state.tags.map((t) => tags.id(t)),
  };
}
