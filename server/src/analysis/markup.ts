// Markdown syntax as spaces: the parsers read an article written in Markdown (".md" files, or
// plain text with the same habits) as the prose it renders to, at the same offsets.
//
//   **Mayor Linda Park** said …        → "  Mayor Linda Park   said …"
//   [Raj Patel](https://example.com)   → " Raj Patel                      "
//   # Heading / > quote / - item       → the marker at the line start
//   *emphasis*, _emphasis_, `code`     → the markers
//
// The result has the length and line structure of the input, so every offset found in it is an
// offset into the original text. One pass; a link's brackets are looked for within a bounded
// distance, so adversarial input stays linear.

/** the longest link text and link target looked at ("[text](target)") */
const MAX_LINK_TEXT = 500;
const MAX_LINK_TARGET = 2048;

/**
 * Any character the pass below could blank (native scans for the inline markers, then the
 * line starts: most articles have none).
 */
function anyMarker(text: string): boolean {
  if (text.indexOf('*') >= 0 || text.indexOf('_') >= 0 || text.indexOf('`') >= 0 || text.indexOf('[') >= 0) return true;
  let i = 0;
  for (;;) {
    // the start of the line at i: up to three blanks, then "#", ">", "- " or "+ "
    let k = i;
    while (k - i < 3 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    const c = text.charCodeAt(k);
    if (c === 35 || c === 62 || ((c === 45 || c === 43) && text.charCodeAt(k + 1) === 32)) return true;
    const nl = text.indexOf('\n', i);
    if (nl < 0) return false;
    i = nl + 1;
  }
}

/** The text with Markdown markers replaced by spaces (the text itself when it has none). */
export function maskMarkup(text: string): string {
  if (!anyMarker(text)) return text;
  const n = text.length;
  // [start, end) ranges to blank, in order
  const ranges: number[] = [];
  const mask = (s: number, e: number) => {
    const last = ranges.length - 1;
    if (last > 0 && ranges[last] === s) ranges[last] = e;
    else ranges.push(s, e);
  };
  let lineStart = true;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) { lineStart = true; i++; continue; }
    if (lineStart) {
      lineStart = false;
      let k = i;
      while (k < n && k - i < 3 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
      // block quotes, possibly nested ("> > ")
      while (k < n && text.charCodeAt(k) === 62) {
        mask(k, k + 1);
        k++;
        while (k < n && text.charCodeAt(k) === 32) k++;
      }
      const m = text.charCodeAt(k);
      if (m === 35) {
        // a heading: one to six "#" and a space
        let h = k;
        while (h < n && h - k < 6 && text.charCodeAt(h) === 35) h++;
        if (h < n && text.charCodeAt(h) === 32) mask(k, h);
      } else if ((m === 45 || m === 42 || m === 43) && text.charCodeAt(k + 1) === 32) {
        mask(k, k + 1); // a list item's bullet
        k++;
      }
      i = k;
      continue;
    }
    // (two backticks before a letter are a wire's opening quote, ``like this'', not code)
    if (c === 96 && text.charCodeAt(i + 1) === 96 && isAlnum(text.charCodeAt(i + 2))) { i += 2; continue; }
    if (c === 42 || c === 96) { mask(i, i + 1); i++; continue; } // * `
    if (c === 95) {
      // an underscore between two letters or digits is part of a word ("snake_case")
      if (!(i > 0 && isAlnum(text.charCodeAt(i - 1)) && isAlnum(text.charCodeAt(i + 1)))) mask(i, i + 1);
      i++;
      continue;
    }
    if (c === 91) {
      const close = linkEnd(text, i);
      if (close > 0) {
        if (i > 0 && text.charCodeAt(i - 1) === 33) mask(i - 1, i); // an image's "!"
        mask(i, i + 1);
        const bracket = text.indexOf(']', i);
        mask(bracket, close);
        // the link text is read on: its own markers are masked as they come
      }
      i++;
      continue;
    }
    i++;
  }
  if (ranges.length === 0) return text;
  let out = '';
  let from = 0;
  for (let r = 0; r < ranges.length; r += 2) {
    out += text.slice(from, ranges[r]) + ' '.repeat(ranges[r + 1] - ranges[r]);
    from = ranges[r + 1];
  }
  return out + text.slice(from);
}

/**
 * At "[": the end (after ")") of a link "[text](target)" on the same line, or -1. The text
 * holds no other "[", the target no space.
 */
function linkEnd(text: string, open: number): number {
  const n = text.length;
  let k = open + 1;
  while (k < n && k - open <= MAX_LINK_TEXT) {
    const c = text.charCodeAt(k);
    if (c === 93) break; // ]
    if (c === 91 || c === 10) return -1;
    k++;
  }
  if (text.charCodeAt(k) !== 93 || text.charCodeAt(k + 1) !== 40) return -1; // ](
  let e = k + 2;
  while (e < n && e - k <= MAX_LINK_TARGET) {
    const c = text.charCodeAt(e);
    if (c === 41) return e + 1; // )
    if (c === 32 || c === 10 || c === 9 || c === 40 || c === 91) return -1;
    e++;
  }
  return -1;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}
