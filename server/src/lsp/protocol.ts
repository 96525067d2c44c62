// Byline's custom LSP messages, shared by the server and the VS Code client (types and method
// names only: no runtime code of either side lives here). Standard LSP covers the rest:
// diagnostics, hover, definition, references, highlights, document/workspace symbols.
//
// Positions are LSP positions (UTF-16), URIs are strings, as in the LSP specification.

export type EntityGroup = 'speaker' | 'date' | 'figure';

/**
 * Request `byline/entities`: the sidebar's entities, a page per group. Each group is sorted on
 * the server (by count or by name) and returned from `offset`, at most `limit` entities, with
 * the group's total: a client shows the first page and asks for the next one (with `group` and
 * `offset`) when the user wants more. Mentions come separately, a page at a time
 * (`byline/mentions`). `limit: 0` gives only the totals (e.g. for a status bar).
 */
export const EntitiesRequest = 'byline/entities';
export type EntitySort = 'count' | 'name';
export interface EntitiesParams {
  /** optional case-insensitive substring filter on the entity label */
  filter?: string;
  /** 'count' (most marks first, the default) or 'name' (natural order, case-insensitive) */
  sort?: EntitySort;
  /** only this group (to page through it); default: every group */
  group?: EntityGroup;
  /** entities skipped in each group returned; default 0 */
  offset?: number;
  /** entities returned per group at most; default 200 */
  limit?: number;
  /** an entity id: its group's page is extended to include it (to reveal it in the tree) */
  reveal?: string;
}
export interface EntitiesResult {
  /** true while the initial workspace scan is still running */
  indexing: boolean;
  /** number of article files in the index */
  files: number;
  /** the index version the answer was read from (as in `byline/indexChanged`) */
  version: number;
  /** per group returned, in the order speaker, date, figure (groups without entities too) */
  groups: GroupPage[];
  /** the groups' pages one after the other, each in the requested order */
  entities: SidebarEntity[];
}
export interface GroupPage {
  group: EntityGroup;
  /** entities of the group (after the filter) */
  total: number;
  /** the position of the group's first entity in `entities` within the whole group */
  offset: number;
  /** entities of the group in this answer */
  count: number;
}
export interface SidebarEntity {
  /** stable id within a server session: `${group}:${label}` */
  id: string;
  group: EntityGroup;
  /** speakers: canonical name; dates: normalised value or text; figures: value and unit */
  label: string;
  /** speakers: person | org; dates/figures: subtype */
  kind: string | null;
  /** speakers: roles seen in the corpus */
  roles: string[];
  /** speakers: statements (speaker marks + pronoun-tied statements) */
  statements: number;
  /** all marks of the entity (for speakers: speaker + mention marks) */
  count: number;
  /** ids of the corrections (decisions in .byline/annotations.jsonl) that changed this entity's marks; absent when none */
  corrected?: string[];
}

/**
 * Request `byline/mentions`: a page of one entity's marks in corpus order (files by path,
 * then offset). Null when the entity is no longer in the index.
 */
export const MentionsRequest = 'byline/mentions';
export interface MentionsParams {
  /** a SidebarEntity id */
  id: string;
  /** marks skipped; default 0 */
  offset?: number;
  /** marks returned at most; default 200 */
  limit?: number;
}
export type MentionsResult = {
  id: string;
  /** all marks of the entity */
  count: number;
  offset: number;
  mentions: SidebarMention[];
} | null;
export interface SidebarMention {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** 'speaker' | 'mention' | 'date' | 'figure' */
  type: string;
  /** the line of text around the mark, trimmed to about 120 characters */
  snippet: string;
  /** ids of the corrections that added or changed this mark; absent when none */
  corrected?: string[];
}

/**
 * Notification `byline/indexChanged` (server → client): the corpus index changed. A client
 * whose last `byline/entities` answer has the same version, files and indexing already shows
 * this index (it asked after the change) and need not ask again.
 */
export const IndexChangedNotification = 'byline/indexChanged';
export interface IndexChangedParams {
  files: number;
  indexing: boolean;
  /** grows with every change of the index (corrections too), within one server session */
  version: number;
}

/**
 * Request `byline/neighbourMention`: the next or previous mark of the entity under the
 * cursor, in corpus order (files by path, then offset), wrapping around the corpus.
 * Returns null when there is no entity under the cursor.
 */
export const NeighbourMentionRequest = 'byline/neighbourMention';
export interface NeighbourMentionParams {
  textDocument: { uri: string };
  position: { line: number; character: number };
  direction: 'next' | 'previous';
}
export interface NeighbourMentionResult {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** 1-based index of the target among the entity's marks, and their total */
  index: number;
  total: number;
}

/** Request `byline/entityAt`: the sidebar id of the entity under the cursor (for "reveal"). */
export const EntityAtRequest = 'byline/entityAt';
export interface EntityAtParams {
  textDocument: { uri: string };
  position: { line: number; character: number };
}
export type EntityAtResult = { id: string } | null;
