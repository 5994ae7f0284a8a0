export const STATUSES = ["unread", "reading", "read"] as const;
export type ReadStatus = (typeof STATUSES)[number];

export const PRIORITIES = ["none", "low", "medium", "high"] as const;
export type Priority = (typeof PRIORITIES)[number];

/** A highlight on the abstract: the quoted text plus its position, so it never drifts. */
export interface Highlight {
  id: string;
  start: number;
  end: number;
  quote: string;
  comment: string;
  createdAt: string;
}

/** The user's state for one paper, as stored in library.json. Absent entry = defaults. */
export interface PaperState {
  status: ReadStatus;
  /** When the status last changed (ISO). */
  statusChangedAt?: string;
  /** When the paper was first marked read (ISO). */
  readAt?: string;
  priority: Priority;
  starred: boolean;
  tags: string[];
  note: string;
  noteUpdatedAt?: string;
  highlights: Highlight[];
  /** Last change of any user field (ISO). */
  updatedAt?: string;
}

export const DEFAULT_PAPER_STATE: Readonly<PaperState> = Object.freeze({
  status: "unread",
  priority: "none",
  starred: false,
  tags: [],
  note: "",
  highlights: [],
});

export interface TagMeta {
  color?: string;
}
