// The analyser's data model. Annotations have the shape of the gold files in ../shared/gold
// (see GUIDELINES.md there), plus a few fields the editor uses (quote, cue, modifier, reference).
// Offsets are UTF-16 code units into the text as given, `end` exclusive.

export type AnnotationType = 'speaker' | 'mention' | 'date' | 'figure';

export interface Span {
  start: number;
  end: number;
}

export type EntityKind = 'person' | 'org';

export interface Annotation extends Span {
  type: AnnotationType;
  text: string;
  /** speaker/mention: canonical (fullest) name of the entity; else null. */
  entity: string | null;
  /** speaker/mention: person | org; date: date | time | relative; figure: cardinal | ordinal | money | percent | approx | duration. */
  subtype: string | null;
  /** speaker: the title/role given at this span ("US Secretary of State"); else null. */
  role: string | null;
  /** date: TIMEX3 value; figure: the number; else null. */
  value: string | number | null;
  /** figure: the counted noun or unit ("rockets, missiles and drones", "USD"); else null. */
  unit: string | null;
  /** speaker: span of what was said (quoted or reported statement). */
  quote?: Span | null;
  /** speaker: the cue that makes it a statement ("said", "according to", "told"). */
  cue?: string | null;
  /** figure: the modifier kept in the span ("more than", "some"). */
  modifier?: string | null;
  /** date: the reference date a relative or partial date was resolved against, and its source. */
  reference?: DateReference | null;
}

export interface DateReference {
  /** YYYY-MM-DD */
  date: string;
  /** where the reference date came from */
  source: 'option' | 'dateline';
}

/**
 * A statement tied to a named speaker through a pronoun or a continuing quote paragraph
 * ("he said" after "Blinken said"). Not a speaker annotation (pronouns are not marked), but
 * kept so a user sees who said it.
 */
export interface Statement {
  /** the pronoun or cue position that introduced it */
  anchor: Span;
  quote: Span;
  cue: string | null;
  /** canonical name of the entity it is attributed to (as in Annotation.entity) */
  entity: string;
}

export interface AnalyzeOptions {
  /** YYYY-MM-DD. Wins over a dateline the article carries. */
  referenceDate?: string;
}

export interface CorpusDocument {
  /** file path or URI; opaque to the analyser */
  id: string;
  text: string;
}

export interface DocumentAnalysis {
  id: string;
  annotations: Annotation[];
  statements: Statement[];
}
