// Whether a text reports a game: its quarters and halves are then periods of play ("scored 12
// points in the fourth quarter"), not a year's. Read once per text, and only when a quarter
// without a year is found.

/** words of a game's report */
const GAME_WORDS = /\b(?:points|rebounds|assists|touchdowns?|halftime|half-time|quarterback|innings|wickets|free throws?|three-pointers?|turnovers|overtime|buzzer|tip-off|kickoff|kick-off|tries|conversions?|penalty|goals?|scored|equali[sz]er|striker|midfielder|goalkeeper)\b/gi;
/** words of a company's or an economy's report */
const ACCOUNTS_WORDS = /\b(?:profits?|revenues?|earnings|sales|results|GDP|economy|fiscal|shares|growth|output|margins?|dividends?|forecasts?|inflation)\b/gi;

let lastText: string | null = null;
let lastGame = false;

function count(re: RegExp, text: string, max: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < max && re.exec(text) !== null) n++;
  re.lastIndex = 0;
  return n;
}

/** Does the text read as a game's report (three words of play or more, and more than of accounts)? */
export function isGameReport(text: string): boolean {
  if (text === lastText) return lastGame;
  const game = count(GAME_WORDS, text, 50);
  lastText = text;
  lastGame = game >= 3 && game > count(ACCOUNTS_WORDS, text, 50);
  return lastGame;
}
