// Durations written as a clock: a game clock ("with 5:41 left", "at 6:48 of the third"), a race
// time ("clocked 2:05:11"), a lap time ("a lap of 1:22.208"). Their value is in seconds, as the
// gold sets write them. A time of day is a date, not a figure: "at 10:30", "18:40", "9:05 a.m.".
import { isDigit, isLetter } from './text';

export interface ClockDuration {
  end: number;
  seconds: number;
}

/** after the clock: what is left of a game or a period ("with 1:52 left", "at 6:48 of the third") */
// (and into extra time: "2:47 of overtime", "2:14 into overtime")
// (and a round's or a period's by its number or kind, "2:14 of the 11th round", "2:41 into the extra
// period", "2:41 of the round"; and two goals' gap, "scored 2:11 apart")
export const GAME_CLOCK_AFTER = /^ (?:left|remaining|to play|to go|apart)\b|^ (?:left|remaining) in\b|^ (?:of|into) the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|final|opening|last|middle|extra|round|period|frame|bout|fight|game|match|\d{1,2}(?:st|nd|rd|th))\b|^ (?:of|into) (?:overtime|OT|extra time|sudden death)\b/;

/** before a race time: "clocked 2:05:11", "finished second in 2:05:59", "won in 2:20:58", "record of 2:05:35" */
// (or another race time before it: "in 2:20:31 and 2:21:05")
const RACE_BEFORE = /(?:\b(?:clocked|clocking|in|of|time of|timed|ran|finished in|won in|record of|a)|\d:\d\d:\d\d,? (?:and|or|to))\s$/i;

/** digits at `s` shaped as m:ss, h:mm:ss or m:ss.fff that read as a duration here; null otherwise */
export function clockDuration(text: string, s: number): ClockDuration | null {
  let i = s;
  const num = (): number => {
    const from = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    return i - from;
  };
  const a = num();
  if (a < 1 || a > 2 || text.charCodeAt(i) !== 58) return null;
  const colon1 = i;
  i++;
  if (num() !== 2) return null;
  let end = i;
  let hours = false;
  let fraction = false;
  if (text.charCodeAt(i) === 58 && isDigit(text.charCodeAt(i + 1))) {
    i++;
    if (num() !== 2) return null;
    end = i;
    hours = true;
  } else if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
    i++;
    const f = num();
    if (f < 1 || f > 3) return null;
    end = i;
    fraction = true;
  }
  // (no clock glued to more digits or letters: "10:30:15.5", "5:41pm")
  const after = end < text.length ? text.charCodeAt(end) : 0;
  if (isDigit(after) || isLetter(after) || after === 58) return null;
  if (s > 0 && (isDigit(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 58 || text.charCodeAt(s - 1) === 46)) return null;
  const parts = text.slice(s, end).split(/[:]/).map(Number);
  const before = text.slice(Math.max(0, s - 16), s);
  if (hours) {
    // a race time: one-digit hours (not a time of day with seconds, "07:41:00", "20:31:45"), after a
    // race's verb or preposition, or with no "am" nor zone after it ("running 2:04:29", a results
    // list's "- 2:05:41"; not a stamp's "9:47:12 WAT"; 41 of 42 such in the gold sets are durations)
    if (a !== 1 || parts[1] > 59 || parts[2] > 59 || /^\s?[AaPp]\.?[Mm]\b/.test(text.slice(end, end + 5))) return null;
    if (!RACE_BEFORE.test(before) && /^[ \u00A0]?[A-Z]{2,5}\b/.test(text.slice(end, end + 7))) return null;
    return { end, seconds: parts[0] * 3600 + parts[1] * 60 + parts[2] };
  }
  if (parts[1] > 59) return null;
  if (fraction) {
    // a lap or a race time: "a lap of 1:22.208", "fastest lap, a 1:20.413", "Lin Xiaotong (2:05.40)",
    // a results list's "(UKR) 21:44.6" (no clock of the day has tenths: all 37 such in the gold sets
    // are durations)
    const secs = Number(text.slice(colon1 + 1, end));
    return { end, seconds: Math.round((parts[0] * 60 + secs) * 1000) / 1000 };
  }
  // (or a stretch of play: "three goals in a span of 5:48"; or minutes no clock has, after a race's
  // word: "went through halfway in 61:58")
  if (!GAME_CLOCK_AFTER.test(text.slice(end, end + 40)) && !/\b(?:span|spell|stretch) of $/.test(before) && !(parts[0] >= 24 && RACE_BEFORE.test(before))) return null;
  return { end, seconds: parts[0] * 60 + parts[1] };
}

