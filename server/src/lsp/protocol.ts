// Byline's custom LSP messages, shared by the server and the VS Code client (types and method
// names only: no runtime code of either side lives here). Standard LSP covers the rest:
// diagnostics, hover, definition, references, highlights, document/workspace symbols.
//
// Positions are LSP positions (UTF-16), URIs are strings, as in the LSP specification.

export type EntityGroup = 'speaker' | 'date' | 'figure';

/** Request `byline/entities`: the sidebar's data, the whole corpus's entities. */
export const EntitiesRequest = 'byline/entities';
export interface EntitiesParams {
  /** optional case-insensitive substring filter on the entity label */
  filter?: string;
  /** mentions returned per entity at most (the sidebar pages beyond this); default 200 */
  mentionLimit?: number;
}
export interface EntitiesResult {
  /** true while the initial workspace scan is still running */
  indexing: boolean;
  /** number of article files in the index */
  files: number;
  entities: SidebarEntity[];
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
  mentions: SidebarMention[];
  /** true when `mentions` was cut at mentionLimit */
  truncated: boolean;
  /** ids of the corrections (decisions in .byline/annotations.jsonl) that changed this entity's marks; absent when none */
  corrected?: string[];
}
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

/** Notification `byline/indexChanged` (server → client): the corpus index changed. */
export const IndexChangedNotification = 'byline/indexChanged';
export interface IndexChangedParams {
  files: number;
  indexing: boolean;
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
