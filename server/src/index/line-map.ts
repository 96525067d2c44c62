// Offset ↔ LSP position (0-based line, UTF-16 character) over one snapshot of a text.
// Lines end at '\n'; a '\r' before it stays part of the line, as the LSP specification
// treats CRLF text (the position after '\r' is the line's end). Keeps the line starts, not the
// text: a closed file's text may be dropped from memory (corpus-index.ts) while its map stays.
import { lineStarts } from '../files/lines';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export class LineMap {
  private readonly starts: Int32Array;
  /** the text's length */
  readonly length: number;
  /** lines that end in '\r' before their break or the text's end (null: none) */
  private readonly crlf: Uint8Array | null;

  constructor(text: string) {
    const starts = lineStarts(text);
    this.starts = Int32Array.from(starts);
    this.length = text.length;
    let crlf: Uint8Array | null = null;
    for (let line = 0; line < starts.length; line++) {
      const end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length;
      if (end > starts[line] && text.charCodeAt(end - 1) === 13) (crlf ??= new Uint8Array(starts.length))[line] = 1;
    }
    this.crlf = crlf;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid; else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.length;
    if (position.line < 0) return 0;
    const start = this.starts[position.line];
    const end = this.lineEnd(position.line);
    return Math.max(start, Math.min(start + position.character, end));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** offset of the end of a line, before its '\r\n' or '\n' */
  lineEnd(line: number): number {
    const end = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.length;
    return end - (this.crlf?.[line] ?? 0);
  }

  /** the text of a line without its line break (`text`: the text this map was made from) */
  lineText(text: string, line: number): string {
    return text.slice(this.starts[line], this.lineEnd(line));
  }
}
