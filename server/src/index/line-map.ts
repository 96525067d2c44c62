// Offset ↔ LSP position (0-based line, UTF-16 character) over one snapshot of a text.
// Lines end at '\n'; a '\r' before it stays part of the line, as the LSP specification
// treats CRLF text (the position after '\r' is the line's end).
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
  private readonly starts: number[];

  constructor(private readonly text: string) {
    this.starts = lineStarts(text);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid; else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
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
    let end = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** the text of a line without its line break */
  lineText(line: number): string {
    return this.text.slice(this.starts[line], this.lineEnd(line));
  }
}
