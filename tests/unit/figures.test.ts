// Unit tests for the figure parser (server/src/analysis/parsers/figures.ts).
// Expected values are written by hand from the guidelines, not copied from the parser's output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFigures } from '../../server/src/analysis/parsers/figures';
import type { Annotation } from '../../server/src/analysis/types';

/** The single figure whose text is `span` (fails when there is none). */
function fig(text: string, span: string): Annotation {
  const all = parseFigures(text);
  const f = all.find((a) => a.text === span);
  assert.ok(f, `no figure "${span}" in ${JSON.stringify(text)}; got ${JSON.stringify(all.map((a) => a.text))}`);
  assert.equal(text.slice(f.start, f.end), f.text);
  assert.equal(f.type, 'figure');
  assert.equal(f.entity, null);
  assert.equal(f.role, null);
  return f;
}

function expectFig(text: string, span: string, want: { value?: number | null; subtype?: string; unit?: string | null; modifier?: string | null }) {
  const f = fig(text, span);
  if ('value' in want) assert.equal(f.value, want.value, `value of "${span}"`);
  if ('subtype' in want) assert.equal(f.subtype, want.subtype, `subtype of "${span}"`);
  if ('unit' in want) assert.equal(f.unit, want.unit, `unit of "${span}"`);
  if ('modifier' in want) assert.equal(f.modifier ?? null, want.modifier, `modifier of "${span}"`);
}

/** No figure overlaps `part` (its first occurrence in `text`). */
function noFig(text: string, part: string) {
  const at = text.indexOf(part);
  assert.ok(at >= 0, `test bug: "${part}" not in text`);
  const hits = parseFigures(text).filter((a) => a.start < at + part.length && a.end > at);
  assert.deepEqual(hits.map((a) => a.text), [], `unexpected figure in "${part}" of ${JSON.stringify(text)}`);
}

test('cardinals in digits', () => {
  expectFig('There are 50 hostages left in Gaza.', '50', { value: 50, subtype: 'cardinal', unit: 'hostages', modifier: null });
  expectFig('They massacred 1,200 Israelis and kidnapped 251 people.', '1,200', { value: 1200, unit: 'Israelis' });
  expectFig('They massacred 1,200 Israelis and kidnapped 251 people.', '251', { value: 251, unit: 'people' });
  expectFig('Prices rose by 2.5 points.', '2.5', { value: 2.5, unit: 'points' });
  expectFig('Some 1.2 million people voted.', 'Some 1.2 million', { value: 1200000, subtype: 'approx', modifier: 'some', unit: 'people' });
  expectFig('A total of 3 billion doses.', '3 billion', { value: 3e9, unit: 'doses' });
  expectFig('The strike killed 92 people, officials said.', '92', { value: 92, unit: 'people' });
});

test('cardinals in words', () => {
  expectFig('Two men met at the White House.', 'Two', { value: 2, subtype: 'cardinal', unit: 'men' });
  expectFig('Forty-five soldiers were hurt.', 'Forty-five', { value: 45, unit: 'soldiers' });
  expectFig('About three hundred protesters gathered.', 'About three hundred', { value: 300, subtype: 'approx', modifier: 'about', unit: 'protesters' });
  expectFig('A million dollars went missing.', 'A million', { value: 1e6, subtype: 'money', unit: 'USD' });
  expectFig('It cost them three hundred and fifty lives.', 'three hundred and fifty', { value: 350, unit: 'lives' });
  expectFig('"Three hundred and ninety-six direct jobs," he said.', 'Three hundred and ninety-six', { value: 396, unit: 'direct jobs' });
  expectFig('They sold two dozen eggs.', 'two dozen', { value: 24, unit: 'eggs' });
  expectFig('Egypt and Qatar, two Middle Eastern states that mediate.', 'two', { value: 2, unit: 'Middle Eastern states' });
  expectFig('The proposal would free 40 Israel hostages in exchange.', '40', { value: 40, unit: 'Israel hostages' });
  expectFig('In all, some 6,000 Hamas terrorists massacred people.', 'some 6,000', { value: 6000, unit: 'Hamas terrorists', modifier: 'some', subtype: 'approx' });
});

test('ordinals', () => {
  expectFig('Blinken said on the 404th day that the hostages have been held.', '404th', { value: 404, subtype: 'ordinal', unit: 'day' });
  expectFig('It was the 21st attack this year.', '21st', { value: 21, subtype: 'ordinal', unit: 'attack' });
  expectFig('There had been hope that the second response would be better.', 'second', { value: 2, subtype: 'ordinal', unit: 'response' });
  expectFig('The response was its second this week.', 'second', { value: 2, subtype: 'ordinal' });
  expectFig('This was the third round of talks.', 'third', { value: 3, subtype: 'ordinal', unit: 'round' });
  expectFig('The twenty-first century began.', 'twenty-first', { value: 21, subtype: 'ordinal', unit: 'century' });
});

test('"one" as a number', () => {
  expectFig('This is one of the reasons Doha asked the group to leave.', 'one', { value: 1, subtype: 'cardinal', unit: 'reasons' });
  expectFig('“It’s one of the reasons why Qatar told them,” he said.', 'one', { value: 1, unit: 'reasons' });
  expectFig('Only one senior official said so.', 'one', { value: 1, unit: 'senior official' });
});

test('money', () => {
  expectFig('For as little as $5, you can support us.', 'as little as $5', { value: 5, subtype: 'money', unit: 'USD', modifier: 'as little as' });
  expectFig('The fund holds €20 million.', '€20 million', { value: 2e7, subtype: 'money', unit: 'EUR' });
  expectFig('It raised £3.5bn last year.', '£3.5bn', { value: 3.5e9, subtype: 'money', unit: 'GBP' });
  expectFig('It raised $3bn last year.', '$3bn', { value: 3e9, subtype: 'money', unit: 'USD' });
  expectFig('He paid 5 dollars for it.', '5', { value: 5, subtype: 'money', unit: 'USD' });
  expectFig('The bill was 20 million euros.', '20 million', { value: 2e7, subtype: 'money', unit: 'EUR' });
  expectFig('A loan of US$5 was made.', 'US$5', { value: 5, subtype: 'money', unit: 'USD' });
  expectFig('The grant of $2.3 million was approved.', '$2.3 million', { value: 2300000, subtype: 'money' });
});

test('South Asian amounts: crore and lakh, Rs', () => {
  expectFig('The dam will cost Rs 1,200 crore.', 'Rs 1,200 crore', { value: 12e9, subtype: 'money', unit: 'INR' });
  expectFig('A grant of Rs. 15 lakh was approved.', 'Rs. 15 lakh', { value: 1.5e6, unit: 'INR' });
});

test('percentages (value is the number as written)', () => {
  expectFig('Turnout rose 15% this year.', '15%', { value: 15, subtype: 'percent', unit: 'percent' });
  expectFig('Turnout rose 15 percent this year.', '15 percent', { value: 15, subtype: 'percent' });
  expectFig('Turnout rose 15 per cent this year.', '15 per cent', { value: 15, subtype: 'percent' });
  expectFig('Turnout rose nearly 40% this year.', 'nearly 40%', { value: 40, subtype: 'percent', modifier: 'nearly' });
});

test('multiples', () => {
  expectFig('In exchange for more than ten times as many Palestinian prisoners.', 'more than ten times', { value: 10, subtype: 'approx', unit: 'times', modifier: 'more than' });
  expectFig('There were ten times as many.', 'ten times', { value: 10, subtype: 'cardinal', unit: 'times' });
  expectFig('Twice as many soldiers came.', 'Twice', { value: 2, unit: 'times' });
  expectFig('Rents rose almost fourfold in a decade.', 'almost fourfold', { value: 4, unit: 'times', modifier: 'almost' });
});

test('fractions: value is the fraction, the counted noun its unit', () => {
  expectFig('Almost two-thirds of members voted no.', 'Almost two-thirds', { value: 0.67, unit: 'members', modifier: 'almost' });
  expectFig('Three quarters of the crew left.', 'Three quarters', { value: 0.75 });
  expectFig('They hold one third of the seats.', 'one third', { value: 0.33, unit: 'seats' });
  expectFig('A fifth of households lack heating.', 'A fifth', { value: 0.2, unit: 'households' });
  expectFig('Exports fell by one-half.', 'one-half', { value: 0.5 });
  expectFig('Water use was cut by a third over two decades.', 'a third', { value: 0.33 });
  expectFig('Nearly half of the builders cut prices.', 'Nearly half', { value: 0.5, unit: 'builders', modifier: 'nearly' });
  expectFig('Half of the respondents disagreed.', 'Half', { value: 0.5, unit: 'respondents' });
  noFig('Sales rose in the first half of the year.', 'half');
  noFig('His half-brother arrived an hour and a half late.', 'half');
  // ranks, not fractions
  expectFig('It was a third attempt.', 'third', { value: 3, subtype: 'ordinal' });
  // (a placing is a rank, not a fraction)
  expectFig('He finished third in the race.', 'third', { value: 3, subtype: 'ordinal' });
});

test('half a scale word, proportions ("one in five"), negatives, a scale word after a hyphen', () => {
  expectFig('Some half a million workers went on strike.', 'Some half a million', { value: 500000, unit: 'workers' });
  expectFig('It vaccinated nearly half a million children.', 'nearly half a million', { value: 500000, unit: 'children' });
  expectFig('Nine in 10 applications are approved.', 'Nine in 10', { value: 0.9, unit: 'applications' });
  expectFig('About one in four adults smoke.', 'About one in four', { value: 0.25, unit: 'adults' });
  expectFig('The lake froze at minus 12 degrees.', 'minus 12', { value: -12, unit: 'degrees' });
  expectFig('a ₹1,200-crore project', '₹1,200-crore', { value: 12000000000, unit: 'INR' });
  expectFig('a $2-billion bond sale', '$2-billion', { value: 2000000000, unit: 'USD' });
  // a year after "in" is no denominator
  expectFig('He scored 4 in 2023.', '4', { value: 4 });
  // degrees with their scale's letter
  expectFig('The sea warmed by about 0.4C in a decade.', 'about 0.4C', { value: 0.4, unit: 'C' });
  // the rupee glued to the number; British "pc" for per cent
  expectFig('The province announced Rs45bn in relief, or Rs2,500 a family.', 'Rs45bn', { value: 45e9, unit: 'INR' });
  expectFig('The province announced Rs45bn in relief, or Rs2,500 a family.', 'Rs2,500', { value: 2500, unit: 'INR' });
  expectFig('Inflation eased to 7pc in March.', '7pc', { value: 7, subtype: 'percent' });
  // the first or second half of a game is a rank (59 of 89 in the gold sets, 21 of 21 since set
  // 300; the date parser takes a year's), of a year with "of" a date's alone
  expectFig('He scored early in the second half.', 'second', { value: 2, subtype: 'ordinal' });
  assert.deepEqual(parseFigures('Sales rose in the first half of 2026.'), []);
});

test('approximations keep the modifier in the span', () => {
  expectFig('Hezbollah has launched more than 9,000 rockets, missiles and drones at Israel.', 'more than 9,000', {
    value: 9000, subtype: 'approx', modifier: 'more than', unit: 'rockets, missiles and drones',
  });
  expectFig('Nearly 300 families fled.', 'Nearly 300', { value: 300, modifier: 'nearly', subtype: 'approx', unit: 'families' });
  expectFig('He met about a dozen envoys.', 'about a dozen', { value: 12, modifier: 'about', subtype: 'approx', unit: 'envoys' });
  expectFig('At least 12 soldiers died.', 'At least 12', { value: 12, modifier: 'at least', subtype: 'approx' });
  expectFig('It holds up to 40 passengers.', 'up to 40', { value: 40, modifier: 'up to', subtype: 'approx', unit: 'passengers' });
  expectFig('An estimated 6,000 troops moved.', 'An estimated 6,000', { value: 6000, modifier: 'an estimated' });
  expectFig('Fighting killed more than 2,300 Palestinians and 67 Israelis since June.', 'more than 2,300', { value: 2300, unit: 'Palestinians' });
  expectFig('Fighting killed more than 2,300 Palestinians and 67 Israelis since June.', '67', { value: 67, unit: 'Israelis', modifier: null });
});

test('vague amounts have value null', () => {
  expectFig('The attacks killed dozens of Israeli civilians and IDF soldiers.', 'dozens', { value: null, subtype: 'approx', unit: 'Israeli civilians and IDF soldiers' });
  expectFig('Hundreds of people marched.', 'Hundreds', { value: null, subtype: 'approx', unit: 'people' });
  expectFig('Thousands fled.', 'Thousands', { value: null, subtype: 'approx' });
  expectFig('Scores of houses burned.', 'Scores', { value: null, unit: 'houses' });
  expectFig('Hundreds of thousands of refugees crossed.', 'Hundreds of thousands', { value: null, unit: 'refugees' });
  expectFig('Tens of thousands of protesters marched.', 'Tens of thousands', { value: null, unit: 'protesters' });
  expectFig('Several hundred people waited.', 'Several hundred', { value: null, subtype: 'approx', unit: 'people' });
  noFig('They were ten points ahead and the scores were even.', 'scores');
});

test('durations', () => {
  expectFig('The administration has only some three months to finalize a deal.', 'some three', {
    value: 3, subtype: 'duration', unit: 'months', modifier: 'some',
  });
  expectFig('The talks lasted 10 days.', '10', { value: 10, subtype: 'duration', unit: 'days' });
  expectFig('They began a three-day visit.', 'three', { value: 3, subtype: 'duration', unit: 'day' });
});

test('partitives: "20 of whom" takes the unit of the figure it refers to', () => {
  const t = 'There are 50 hostages left in Gaza, 20 of whom are thought to be alive.';
  expectFig(t, '50', { value: 50, unit: 'hostages' });
  expectFig(t, '20', { value: 20, unit: 'hostages' });
  expectFig('Officials said 20 of the 50 hostages were alive.', '20', { value: 20, unit: 'hostages' });
});

test('not figures: dates and years', () => {
  noFig('Hezbollah attacked on Oct. 7 and again on Oct. 8.', '7');
  noFig('Seen in Rafah, April 27, 2020. (Photo)', '27');
  noFig('Seen in Rafah, April 27, 2020. (Photo)', '2020');
  noFig('The militants have controlled Gaza since 2007.', '2007');
  noFig('In 2015 elections were held.', '2015');
  noFig('The 2016 election was close.', '2016');
  noFig('It happened on 7 October.', '7');
  noFig('The 1990s were calm.', '1990s');
  expectFig('The quake killed 2000 people.', '2000', { value: 2000, unit: 'people' });
});

test('not figures: names, codes, times, phone numbers, URLs, list numbering', () => {
  noFig('The new iPhone 15 and the eBay 2 app shipped.', '15');
  for (const [t, part] of [
    ['He flew an F-16 over the city.', '16'],
    ['The COVID-19 pandemic spread.', '19'],
    ['Leaders of the G7 met.', '7'],
    ['An A320 landed.', '320'],
    ['They drove along Route 66 at night.', '66'],
    ['UN Resolution 2334 passed.', '2334'],
    ['The meeting starts at 10:30 on Monday.', '10:30'],
    ['It starts at 5 p.m. sharp.', '5'],
    ['It starts at 5pm sharp.', '5pm'],
    ['Call 555-1234 for details.', '555-1234'],
    ['Call 202 555 0100 for details.', '202 555 0100'],
    ['See https://example.com/2020/05/story-12 for more.', '2020/05'],
    ['Version 1.2.3 shipped.', '1.2.3'],
    ['The 4G and 3D rollout.', '4G'],
    ['He lives at No. 10 Downing Street.', '10'],
    ['Steps:\n1. Open the box\n2. Remove it', '1.'],
    ['The Group of Seven met.', 'Seven'],
    ['The Second Amendment applies.', 'Second'],
  ] as const) noFig(t, part);
});

test('not figures: "one" as a pronoun, "second" as time or verb, ordinals as adverbs', () => {
  for (const [t, part] of [
    ['It reached a stage where one must complete the task.', 'one'],
    ['The one who came was late.', 'one'],
    ['No one knew the answer.', 'one'],
    ['Someone left early.', 'Someone'],
    ['They helped one another.', 'one'],
    ['From almost day one, there was no focus.', 'one'],
    ['One of them said it was over.', 'One'],
    ['It lasted a split second.', 'second'],
    ['Wait a second.', 'second'],
    ['I second the motion.', 'second'],
    ['He first said it on Monday.', 'first'],
    ['First, we went home.', 'First'],
    ['It was a one-sided contest.', 'one'],
    ['They back a two-state solution.', 'two'],
    ['Everyone’s one’s own.', 'one'],
    ['A small number of hostages.', 'number'],
    ['The talks will resume only once Hamas agrees.', 'once'],
  ] as const) noFig(t, part);
});

test('CRLF, NBSP, curly quotes and empty text', () => {
  assert.deepEqual(parseFigures(''), []);
  assert.deepEqual(parseFigures('\r\n\r\n'), []);
  const t = 'Line one.\r\nHezbollah has launched more than\u00a09,000 rockets at Israel.\r\n“We freed 50 hostages,” he said.\r\n';
  expectFig(t, 'more than\u00a09,000', { value: 9000, modifier: 'more than', unit: 'rockets' });
  expectFig(t, '50', { value: 50, unit: 'hostages' });
  // a figure at the end of a paragraph does not take the next paragraph's first word as its unit
  const u = 'The total was 50\r\n\r\nPeople left.';
  expectFig(u, '50', { value: 50, unit: null });
});

test('offsets are UTF-16 indices and spans match the text', () => {
  const t = '“Hamas’s” — 😀 twelve soldiers and 1,200 Israelis.';
  for (const a of parseFigures(t)) assert.equal(t.slice(a.start, a.end), a.text);
  expectFig(t, 'twelve', { value: 12, unit: 'soldiers' });
  expectFig(t, '1,200', { value: 1200, unit: 'Israelis' });
});

test('adversarial inputs finish (linear time)', () => {
  const digitsAndCommas = '1,'.repeat(500_000) + 'x';
  parseFigures(digitsAndCommas);
  parseFigures('1'.repeat(100_000) + ' people');
  parseFigures('1,1,1,1,1,1,1,1,1,1,'.repeat(50_000) + 'x');
  parseFigures('9'.repeat(1_000_000));
  parseFigures('more than '.repeat(100_000) + '5 people');
  parseFigures('one '.repeat(100_000));
  parseFigures('twenty-'.repeat(100_000));
  parseFigures('hundreds of '.repeat(100_000));
  parseFigures('$'.repeat(100_000) + '5');
  parseFigures('U.'.repeat(100_000) + 'S. 5 troops');
  parseFigures('rockets, '.repeat(100_000) + 'and drones');
  parseFigures('5 ' + 'big '.repeat(100_000) + 'guns');
  parseFigures('a'.repeat(1_000_000));
  parseFigures('-1'.repeat(200_000));
  parseFigures('1.'.repeat(200_000));
  // a long malformed run is not a figure
  assert.deepEqual(parseFigures('1,1,1,1,1,1,1,1,1,1,1 x').filter((a) => a.text.length > 5), []);
});

test('a very long digit run is not a figure', () => {
  assert.deepEqual(parseFigures('9'.repeat(1000)), []);
});

test('sums glued to other currencies (Kenyan shilling, rand …) and thousands grouped by spaces', () => {
  expectFig('a Sh480 million tender', 'Sh480 million', { value: 480_000_000, subtype: 'money', unit: 'KES' });
  expectFig('over the Sh480m tender', 'Sh480m', { value: 480_000_000, unit: 'KES' });
  expectFig('a loss of R2.4 billion', 'R2.4 billion', { value: 2_400_000_000, unit: 'ZAR' });
  expectFig('they pay about R3 000 a month', 'about R3 000', { value: 3000, unit: 'ZAR' });
  expectFig('17 450 workers lost power', '17 450', { value: 17450, unit: 'workers' });
  // (not a code, nor a phone number)
  noFig('a BBB- or R2 rating', 'R2');
  noFig('Call 202 555 0100 now.', '202');
});

test('after a name: a share, a count with separators or after a possessive, an age in brackets; not a reference to a section', () => {
  expectFig('She led Whitaker 54.3% to 45.7%.', '54.3%', { value: 54.3 });
  expectFig('Castellanos had 41,276 votes to Whitaker’s 34,744.', '34,744', { value: 34744 });
  expectFig('Fauvel-Roux’s 66 deputies voted for it.', '66', { value: 66, unit: 'deputies' });
  expectFig('Prakash D Gaikwad (52), proprietor of the firm, was held.', '52', { value: 52 });
  noFig('Booked under sections 318(4) of the code.', '318');
  noFig('The Boeing 737 landed.', '737');
});

test('ranks: a placing ("finished second") and an ordinal before a superlative or a round ("fourth-largest")', () => {
  expectFig('The club finished second in the league.', 'second', { value: 2, subtype: 'ordinal' });
  expectFig("Ohio's fourth-largest city", 'fourth', { value: 4, subtype: 'ordinal' });
  expectFig('the third-round pick', 'third', { value: 3 });
  noFig('a first-degree murder charge', 'first');
  noFig('first-time buyers', 'first');
});

test('a glued currency before a hyphenated scale ("R447-billion", South African copy)', () => {
  expectFig('The utility seeks R447-billion in revenue.', 'R447-billion', { value: 447e9, unit: 'ZAR', subtype: 'money' });
  noFig('Take the R2 road north.', 'R2');
});

test('a score or a tally, the larger number first, is two figures ("118-109", "voted 6-3", "1-1"); so is a range upward ("10-15 people")', () => {
  expectFig('Denver won 118-109 on Saturday.', '118', { value: 118 });
  expectFig('Denver won 118-109 on Saturday.', '109', { value: 109 });
  expectFig('The court ruled 6-3.', '3', { value: 3 });
  expectFig('It was 10-15 people.', '10', { value: 10, unit: 'people' });
  expectFig('It was 10-15 people.', '15', { value: 15, unit: 'people' });
  noFig('Call 555-1234 now.', '1234');
});

test('wire abbreviations of scales ("700 mln tonnes", "1.2 bln yuan") and a decimal without its zero (".211")', () => {
  expectFig('Output is seen above 700 mln tonnes.', 'above 700 mln', { value: 7e8, unit: 'tonnes' });
  expectFig('Arce was hitting .211 entering the night.', '.211', { value: 0.211 });
});

test('a figure after "vs." is read ("$1.18 adjusted vs. $1.21 expected"); fractions that do not end within three decimals are given to two ("a third" → 0.33, "one in eight" → 0.125)', () => {
  expectFig('Earnings per share: $1.18 adjusted vs. $1.21 expected.', '$1.21', { value: 1.21, unit: 'USD' });
  expectFig('About a third of homes flooded.', 'About a third', { value: 0.33 });
  expectFig('One in eight children was hit.', 'One in eight', { value: 0.125 });
});

test('pence glued to the number are money in GBp ("26.4p", "1,284p"); not a time ("5p.m.")', () => {
  expectFig('Shares fell 26.4p to 1,284p.', '26.4p', { value: 26.4, unit: 'GBp', subtype: 'money' });
  expectFig('Shares fell 26.4p to 1,284p.', '1,284p', { value: 1284, unit: 'GBp' });
  noFig('It starts at 5p.m. sharp.', '5p');
});

test('Malaysian money and land ("RM218.6mil", "RM1.42bil", "5,500ha")', () => {
  expectFig('Net profit rose to RM218.6mil.', 'RM218.6mil', { value: 218.6e6, unit: 'MYR', subtype: 'money' });
  expectFig('Revenue hit RM1.42bil.', 'RM1.42bil', { value: 1.42e9, unit: 'MYR' });
  expectFig('It replanted about 5,500ha.', 'about 5,500ha', { value: 5500, unit: 'ha' });
});

test('fractions after an approximator or before a comparative, millions written "8.4m" without a currency, Gulf currencies, "at least one", mixed fractions, game counts; no ticker', () => {
  expectFig('Traffic rose by nearly a fifth, while exports fell.', 'nearly a fifth', { value: 0.2 });
  expectFig('The benefit buys about a third less fuel than it did.', 'about a third', { value: 0.33 });
  expectFig('Saudi ports handle record 8.4m containers.', '8.4m', { value: 8400000, unit: 'containers' });
  expectFig('The wall is 2.4m tall.', '2.4m', { value: 2.4, unit: 'm' }); // metres, not millions
  expectFig('Revenue reached SR3.7 billion last year.', 'SR3.7 billion', { value: 3.7e9, unit: 'SAR' });
  expectFig('We think there is at least one more reset coming.', 'at least one', { value: 1 });
  expectFig('The win stretched the lead to 5 1/2 games over the Yankees.', '5 1/2', { value: 5.5, unit: 'games' });
  expectFig('Harlan lasted 6 1/3 innings.', '6 1/3', { value: 6 + 1 / 3 });
  expectFig('Caskey’s two-run double keyed a four-run seventh.', 'four', { value: 4 });
  noFig('Hoshimura Motor (7294.T) cut its forecast by 18%.', '7294');
});

test('cents are the dollar\'s part ("41 cents" → 0.41, "31¢" → 0.31); the Tanzanian and Ugandan shilling and the cedi glued to a sum ("Tsh1.1 trillion", "GH¢3,625")', () => {
  expectFig('Shares fell 41 cents to $5.', '41', { value: 0.41, unit: 'USD' });
  expectFig('It will pay a final dividend of 31¢ a share.', '31¢', { value: 0.31 });
  expectFig('Exports were worth Tsh1.1 trillion in 2024.', 'Tsh1.1 trillion', { value: 1.1e12, unit: 'TZS' });
  expectFig('Farmers will get GH¢3,625 per bag.', 'GH¢3,625', { value: 3625, unit: 'GHS' });
});

test('"One" before an unnamed source is no count ("One MP said", "One fund manager said"); "One person was killed" is', () => {
  noFig('One MP, who asked not to be named, said the vote was lost.', 'One');
  noFig('One fund manager said the sell-off was overdone.', 'One');
  expectFig('One person was killed.', 'One', { value: 1 });
});

test('"a quarter" as a fraction ("about a quarter of the workforce", "cut by a quarter") but quarters as periods are counts ("for two quarters", "in one quarter")', () => {
  expectFig('About a quarter of the workforce walked out.', 'About a quarter', { value: 0.25 });
  expectFig('Output was cut by a quarter.', 'a quarter', { value: 0.25 });
  expectFig('Profit fell for two quarters.', 'two', { value: 2 });
  expectFig('You cannot recover that in one quarter.', 'one', { value: 1 });
  expectFig('Three quarters of voters backed it.', 'Three quarters', { value: 0.75 });
});

test('in a text that writes sums in pesos, "P14" is one too; "P2" in a race report is no sum', () => {
  expectFig('Fares rise to P14 from P13, a fund of P2.4 billion will help.', 'P14', { value: 14, unit: 'PHP' });
  noFig('Verstappen moved up to P2 from sixth.', 'P2');
});

test('"three and a half" is 3.5 ("one and a half million" 1.5 million); a text about shillings writes "Sh48" as a sum', () => {
  expectFig('The scheme would take three and a half years.', 'three and a half', { value: 3.5, unit: 'years' });
  expectFig('One and a half million people voted.', 'One and a half million', { value: 1.5e6 });
  expectFig('Farmers got Sh48 a kilo, and the board paid out 2 billion shillings in bonuses.', 'Sh48', { value: 48, unit: 'KES' });
});

test('"first" before a participle is an adverb ("first detected in September"), and before a count of periods the count is the figure ("the first nine months")', () => {
  noFig('The intruders, first detected in late September, left no trace.', 'first');
  noFig('Profit rose in the first nine months of the year.', 'first');
  expectFig('Profit rose in the first nine months of the year.', 'nine', { value: 9, unit: 'months' });
  expectFig('She was the first woman elected to the post.', 'first', { value: 1 });
});

test('South Asian digit groups are one number ("3,87,410 units", "12,34,56,789"); a badly grouped run is not', () => {
  expectFig('Dispatches rose to 3,87,410 units in November.', '3,87,410', { value: 387410, unit: 'units' });
  expectFig('The fund holds 12,34,56,789 shares.', '12,34,56,789', { value: 123456789 });
  assert.ok(!parseFigures('The code 1,2345,67 is wrong.').some((a) => a.text === '1,2345,67'));
});

test('"double" and "triple" as multiples of what follows ("more than double the national target", "pay double."); not nouns, adjectives or verbs ("a double murder", "double-digit", "plans to double its headcount")', () => {
  expectFig('The loss rate is more than double the national target.', 'more than double', { value: 2 });
  expectFig('Seniors on fixed incomes pay double.', 'double', { value: 2 });
  expectFig('Fines of up to $5,000, double the current penalty.', 'double', { value: 2 });
  for (const t of ['A double murder shocked the town.', 'A double-digit rise.', 'The company plans to double its headcount.', 'He hit a double in the ninth.']) {
    assert.ok(!parseFigures(t).some((a) => /double/.test(a.text)), t);
  }
});

test('a country\'s cents are its dollar\'s part ("37 US cents a kilo" 0.37 USD, "65.12 Australian cents" AUD)', () => {
  expectFig('Tea fetched 37 US cents a kilo.', '37 US cents', { value: 0.37, unit: 'USD' });
  expectFig('The kiwi bought 65.12 Australian cents.', '65.12 Australian cents', { value: 0.6512, unit: 'AUD' });
});

test('"once" is a count where it says how often or how many times ("meets once a month", "at least once", "more than once", "only once before"); not a conjunction or a past ("once the vote passes", "only once they were ahead", "than once thought", "once a quarter of a mile")', () => {
  expectFig('The board meets once a month.', 'once', { value: 1, subtype: 'cardinal' });
  expectFig('He has been tested at least once.', 'at least once', { value: 1, subtype: 'approx' });
  expectFig('He lost more than once.', 'more than once', { value: 1, subtype: 'approx' });
  expectFig('She had tried only once before.', 'once', { value: 1, subtype: 'cardinal' });
  noFig('Once the vote passes, the city will act.', 'Once');
  noFig('They would declare only once they were ahead.', 'once');
  noFig('It would return to the talks only once Hamas and Israel showed they were serious.', 'once');
  noFig('The site is older than once thought.', 'once');
  noFig('Her bungalow was once a quarter of a mile from the edge.', 'once');
});

test('from blind set 548: a sum with its currency before a slash and a unit\'s letters is a price per unit, whatever the unit ("$2,310/FEU", "$12,480/mt"); digits glued to a slash without a currency are none ("24/7")', () => {
  expectFig('Asia-US West Coast prices increased 9% to $2,310/FEU.', '$2,310', { value: 2310, subtype: 'money' });
  expectFig('LME cash copper closed at $12,480/mt on April 28.', '$12,480', { value: 12480, subtype: 'money' });
  noFig('The helpline runs 24/7 for callers.', '24/7');
});

test('from blind set 554: a plan\'s or a statute\'s section with its letter in brackets is no figure ("401(k) balances", "a 501(c) group", "section 510(k)")', () => {
  noFig('Average 401(k) balances rose 4% in the quarter.', '401');
  noFig('The charity is a 501(c) group.', '501');
  expectFig('The fund held 401 (about half) of the loans.', '401', { value: 401 });
});

test('a game clock of a round or a period named by its number or kind, or two goals\' gap: "at 2:14 of the 11th round", "2:41 into the extra period", "two goals 1:12 apart"; "at 9:30 of the morning" is no clock of play', () => {
  expectFig('He dropped Pruitt with a right hand at 2:14 of the 11th round.', '2:14', { value: 134, subtype: 'duration' });
  expectFig('Fonseca-Marsh scored the winner 2:41 into the extra period.', '2:41', { value: 161, subtype: 'duration' });
  expectFig('Pittsburgh tied it with two goals 1:12 apart in the third period.', '1:12', { value: 72, subtype: 'duration' });
  noFig('The talks resumed at 9:30 of the morning.', '9:30');
});

test('clock durations in seconds: a game clock ("with 5:41 left", "at 6:48 of the third"), a race time ("clocked 2:05:11"), a lap time ("a lap of 1:22.208"); times of day are none', () => {
  expectFig('Denver led 84-65 with 5:41 left in the third.', '5:41', { value: 341, subtype: 'duration', unit: 'seconds' });
  expectFig('Mercer hit a 3-pointer with 2:18 to play.', '2:18', { value: 138, subtype: 'duration' });
  expectFig('Kowalchuk broke a 2-2 tie at 6:48 of the third.', '6:48', { value: 408, subtype: 'duration' });
  expectFig('Hillary Kosgei clocked 2:05:11 to break the record.', '2:05:11', { value: 7511, subtype: 'duration' });
  expectFig('Kibet finished second in 2:05:59.', '2:05:59', { value: 7559 });
  expectFig('He produced a lap of 1:22.208 on his last run.', '1:22.208', { value: 82.208, subtype: 'duration' });
  noFig('The meeting starts at 10:30 and the train left at 5:45.', '10:30');
  noFig('The meeting starts at 10:30 and the train left at 5:45.', '5:45');
  noFig('Updated 07:41:00 PM IST', '07:41:00');
  noFig('Source: Xinhua | 2025-11-12 20:31:45 | Editor: huaxia', '20:31:45');
});

test('vulgar fractions after a whole number: "4½ years" 4.5, "2¾ per cent" 2.75', () => {
  expectFig('He was jailed for 4½ years.', '4½', { value: 4.5, unit: 'years' });
  expectFig('Rates rose 2¾ per cent.', '2¾ per cent', { value: 2.75, subtype: 'percent' });
});

test('a scale word glued by a hyphen to what it counts ("a 28.5 billion-rupee contract"); a tolerance is not negative ("plus or minus one")', () => {
  expectFig('The builder won a 28.5 billion-rupee ($320 million) highway contract.', '28.5 billion', { value: 28.5e9 });
  expectFig('Its target is 3% plus or minus one percentage point.', 'one', { value: 1 });
  expectFig('It was minus 20 degrees.', 'minus 20', { value: -20 });
});

test('Gaelic games scores are goals and points, two figures each ("0-15 to 0-11", "1-14", "0-6 (4f)"); elsewhere a small-first pair is a range, two figures ("2-3%")', () => {
  const text = 'The champions were 0-15 to 0-11 ahead, and won 1-14 to 0-15. Gilsenan scored 0-6 (4f).';
  const got = parseFigures(text).map((a) => [a.text, a.value]);
  assert.deepEqual(got, [['0', 0], ['15', 15], ['0', 0], ['11', 11], ['1', 1], ['14', 14], ['0', 0], ['15', 15], ['0', 0], ['6', 6]]);
  assert.deepEqual(parseFigures('Prices rose 2-3% in a month.').map((a) => [a.text, a.value, a.subtype]), [['2', 2, 'percent'], ['3%', 3, 'percent']]);
});

test('a scorecard line: a number after a name is a figure and a bowler\'s "2-48" is two; a list of model names in prose is not one', () => {
  const card = 'Pakistan 287 for 6 (Haider 104, Aslam 61, Wellalage 2-48) beat Sri Lanka 241 (Jayasekara 77, Qadir 4-39) by 46 runs';
  assert.deepEqual(parseFigures(card).map((f) => [f.text, f.value]), [['287', 287], ['6', 6], ['104', 104], ['61', 61], ['2', 2], ['48', 48], ['241', 241], ['77', 77], ['4', 4], ['39', 39], ['46', 46]]);
  assert.deepEqual(parseFigures('England 301-7 (50 overs): Hollis 112, Carver 64; Pathirage 3-48').map((f) => f.value), [301, 7, 50, 112, 64, 3, 48]);
  assert.deepEqual(parseFigures('Gloucester: Tries: Ferebee, Marchant Cons: Penhaligon 3 Pens: Penhaligon 2').map((f) => f.value), [3, 2]);
  // (a result after a team's name: "Gloucester 27-20 Sale Sharks")
  assert.deepEqual(parseFigures('Gloucester 27-20 Sale Sharks: hosts end losing run').map((f) => f.value), [27, 20]);
  const prose = 'They flew the Boeing 737, Airbus A320 and Embraer 190 jets on Route 66. It aired on Channel 4, BBC 2 and ITV. A Boeing 737-800 crashed.';
  for (const code of ['737,', '190', '66', '4,', '2 and', '737-800']) noFig(prose, code);
  assert.deepEqual(parseFigures('Flights on 5-10 routes rose.').map((a) => [a.text, a.value, a.unit]), [['5', 5, 'routes'], ['10', 10, 'routes']]);
});

test('a range is two figures, the lower taking the upper\'s share, currency and scale ("3-5 per cent", "$300-350 million", "NIS 6-8 million", "3.5-4.5 percent", "20-30mm", "5-7pc"); a page range in a citation and a year span are not ranges of figures', () => {
  const figs = (text: string) => parseFigures(text).map((a) => [a.text, a.value, a.subtype]);
  assert.deepEqual(figs('Rents eased 3-5 per cent.'), [['3', 3, 'percent'], ['5 per cent', 5, 'percent']]);
  assert.deepEqual(figs('It needs another $300-350 million.'), [['$300', 300e6, 'money'], ['350 million', 350e6, 'money']]);
  assert.deepEqual(figs('Refunds, estimated at NIS 6-8 million, were due.'), [['NIS 6', 6e6, 'money'], ['8 million', 8e6, 'money']]);
  assert.deepEqual(figs('Growth is projected at 3.5-4.5 percent.'), [['3.5', 3.5, 'percent'], ['4.5 percent', 4.5, 'percent']]);
  assert.deepEqual(figs('A further 20-30mm could fall.').map(([t, v]) => [t, v]), [['20', 20], ['30mm', 30]]);
  assert.deepEqual(figs('Inflation stays within 5-7pc.'), [['5', 5, 'percent'], ['7pc', 7, 'percent']]);
  assert.deepEqual(figs('Output grew by about 10-15 units.').map(([t]) => t), ['about 10', '15']);
  // (a decimal pair with nothing after it is no range: a version or a chapter)
  assert.deepEqual(figs('See sections 2.5-3.1 of the code.'), []);
  assert.deepEqual(figs('Spending for 2021-2027 was set.'), []);
});

test('a decimal comma before a scale word ("3,2 million") and a temperature below zero ("14 below zero", "a low of 8 below")', () => {
  expectFig('The scheme reached 3,2 million households.', '3,2 million', { value: 3200000 });
  expectFig('It reached more than 1,8 million households.', 'more than 1,8 million', { value: 1800000, modifier: 'more than' });
  expectFig('Revenue was 1,234 million rand.', '1,234 million', { value: 1234000000 });
  noFig('The vote was 3,2 in favour.', '3,2');
  expectFig('Temperatures plunged to 14 below zero overnight.', '14 below zero', { value: -14 });
  expectFig('It was 10 degrees below zero.', '10 degrees below zero', { value: -10 });
  expectFig('The forecast called for a low of 8 below tonight.', '8 below', { value: -8 });
  expectFig('Sales fell 5 below target.', '5', { value: 5 });
});

test('a team\'s record in brackets, "(12-8-2)", is three figures (four with shootout losses); a phone number or a longer run is none', () => {
  assert.deepEqual(parseFigures('Ottawa (12-8-2) beat Montreal (7-10-2) on Saturday.').map((f) => f.value), [12, 8, 2, 7, 10, 2]);
  assert.deepEqual(parseFigures('Call 555-12-34 or (1-2-3-4-5) now.').map((f) => f.text), []);
});

test('a line of tennis sets gives each game count as a figure, either way round, tie-breaks too ("won 3-6 7-5 6-4"); a lone small-first pair is a range; glued ounces are a unit ("88,400oz"); a phone number is still no figure', () => {
  const got = parseFigures('She won 3-6 7-5 6-4 and he lost 6-3 6-7 (4-7) 7-6 (10-8) 6-2.').map((a) => a.text);
  assert.deepEqual(got, ['3', '6', '7', '5', '6', '4', '6', '3', '6', '7', '4', '7', '7', '6', '10', '8', '6', '2']);
  assert.deepEqual(parseFigures('Prices rose 3-6 per cent.').map((a) => [a.text, a.value]), [['3', 3], ['6 per cent', 6]]);
  expectFig('The mine produced 88,400oz last year.', '88,400oz', { value: 88400, unit: 'oz' });
  assert.deepEqual(parseFigures('Call 202 555 0100 for details.'), []);
});

test('a price per unit after a slash is a figure without the unit ("₹178/kg", "above $4,000/oz"); "24/7" and dates are not; a team\'s records in brackets are two figures each ("(6-6, 4-5)"), age bands are ranges', () => {
  assert.deepEqual(parseFigures('Rubber slips to ₹178/kg as gold holds above $4,000/oz.').map((a) => [a.text, a.value, a.unit]), [['₹178', 178, 'INR'], ['above $4,000', 4000, 'USD']]);
  assert.deepEqual(parseFigures('Open 24/7 since 10/12/2020.'), []);
  assert.deepEqual(parseFigures('Kansas State (6-6, 4-5) led.').map((a) => a.text), ['6', '6', '4', '5']);
  assert.deepEqual(parseFigures('Voters aged (18-24, 25-34) were polled.').map((a) => a.text), ['18', '24', '25', '34']);
});

test('seconds with decimals glued to their "s" are a duration ("3.418s"); decades and ages are not ("1990s", "40s")', () => {
  expectFig('He won by 3.418s from Reid.', '3.418s', { value: 3.418, unit: 'seconds' });
  assert.deepEqual(parseFigures('In the 1990s he raced.'), []);
});

test('a sum with its scale word glued on ("£38million", "$1.5billion")', () => {
  expectFig('Brentford agreed a fee of £38million plus add-ons.', '£38million', { value: 38e6, unit: 'GBP' });
  expectFig('It paid $1.5billion for the unit.', '$1.5billion', { value: 1.5e9, unit: 'USD' });
});

test('a currency\'s hundredth is that part of it ("6 sen" of a ringgit, "45 satang", "50 paise"); "sen." after a sum ends its sentence, no Senator', () => {
  expectFig('Shares rose 6 sen to RM1.45.', '6', { value: 0.06, unit: 'MYR', subtype: 'money' });
  expectFig('It fell 45 satang on the day.', '45', { value: 0.45, unit: 'THB' });
  expectFig('Fares rose 50 paise a litre.', '50', { value: 0.5, unit: 'INR' });
});

test('a whole number glued to "m" counts millions of a plural noun, as The Economist writes it ("600m Africans", "4m homes"); a distance is metres ("a 25m pool", "the 400m hurdles": all 15 in the gold sets are marked)', () => {
  expectFig('Nigeria hopes to connect 4m homes by 2028.', '4m', { value: 4000000 });
  expectFig('The 600m Africans who lack power wait.', '600m', { value: 600000000 });
  expectFig('It won the 400m hurdles in a 25m pool.', '400m', { value: 400, unit: 'm' });
  expectFig('A 4m wall was built, 40m away.', '4m', { value: 4, unit: 'm' });
});

test('a scale word abbreviated after a space ("₹1.5 trn", "Rs 3 bn", "40 mn people")', () => {
  expectFig('The plan costs ₹1.5 trn over five years.', '₹1.5 trn', { value: 1.5e12, unit: 'INR' });
  expectFig('It raised Rs 3 bn in the offer.', 'Rs 3 bn', { value: 3e9 });
  expectFig('Some 40 mn people voted.', 'Some 40 mn', { value: 4e7 });
});

test('figures from blind sets 90-92: an age by its decade ("in their 80s and 90s"; not "the 1990s"); a currency code before the sum ("AED 2.4 billion"); "lakh crore"', () => {
  expectFig('Survivors are in their 80s and 90s.', '80s', { value: 80 });
  expectFig('Survivors are in their 80s and 90s.', '90s', { value: 90 });
  noFig('The 1990s boom ended.', '1990s');
  expectFig('It sold units worth AED 2.4 billion.', 'AED 2.4 billion', { value: 2.4e9, unit: 'AED' });
  expectFig('A ₹1.68 lakh crore plan was approved.', '₹1.68 lakh crore', { value: 1.68e12, unit: 'INR' });
});

test('a rank is a figure ("moved to No. 1", "beating No. 9 Michigan State"), not a docket\'s number, a shirt worn, a name\'s number or Downing Street; "twice in four days" is two figures, not a proportion', () => {
  expectFig('Houston moved to No. 1 in the poll.', 'No. 1', { value: 1 });
  expectFig('Duke fell after beating No. 9 Michigan State.', 'No. 9', { value: 9 });
  noFig('The case is No. 23-09417 in New York.', '23');
  noFig('He wore No. 3 for a decade.', '3');
  noFig('Salgado, president of the mine’s Sindicato No. 1, spoke.', '1');
  noFig('No 10 insisted the plan was on track.', '10');
  expectFig('Duke lost twice in four days.', 'twice', { value: 2 });
  expectFig('One in four councils may fail.', 'One in four', { value: 0.25 });
});

test('from blind sets 108-111: "$1.2T" in a US headline; a council ward\'s or a road\'s number is no figure', () => {
  expectFig('House passes $1.2T spending package.', '$1.2T', { value: 1.2e12, unit: 'USD' });
  assert.deepEqual(parseFigures('Turnout was highest in ward 98, on Route 138 and Highway 99.').map((f) => f.text), []);
});

test('from blind sets 112-115: "$US91" (the Australian order) and a Chicago alderman\'s ward ("Ald. X, 23rd, said") is no figure', () => {
  expectFig('The miner realised $US91 a tonne.', '$US91', { value: 91, unit: 'USD' });
  assert.deepEqual(parseFigures('Ald. Tomasz Kowalczyk, 23rd, who led the opposition, said no.').map((f) => f.text), []);
});

test('an ordinal before a hyphen and a noun counts ("a third-period comeback", "a third-term senator", "a ninth-floor flat"); an adjective does not ("first-time buyers", "first-degree murder")', () => {
  expectFig('The Canucks completed a third-period comeback.', 'third', { value: 3 });
  expectFig('Pruitt, a third-term senator, said no.', 'third', { value: 3 });
  expectFig('The fire started in a ninth-floor flat.', 'ninth', { value: 9 });
  assert.deepEqual(parseFigures('First-time buyers face a first-degree murder charge in the second-half.').map((f) => f.text), []);
});

test('from blind set 125: a currency glued to prices once one of them has hundredths ("P21.40 per kilo" makes "P48" pesos)', () => {
  expectFig('Rice sells for P48 per kilo; palay averaged P21.40 per kilo.', 'P48', { value: 48, unit: 'PHP' });
  assert.ok(parseFigures('Verstappen was P2 from sixth.').every((f) => f.unit !== 'PHP'));
});

test('a bare ordinal of a place in a table or on a grid counts ("sits third in the table", "lifts Kingsmoor to sixth", "started third", "came a distant third", "opened in fourth")', () => {
  expectFig('The win lifts Kingsmoor to sixth, two points above Harbridge.', 'sixth', { value: 6 });
  expectFig('Arsenal sit third in the 36-team table.', 'third', { value: 3 });
  expectFig('Rinaldi, who started third, said the team lost.', 'third', { value: 3 });
  expectFig('She came a distant third with 21,337 votes.', 'third', { value: 3 });
  expectFig('The drama opened in fourth with $6.1 million.', 'fourth', { value: 4 });
  assert.deepEqual(parseFigures('He sat in the front row and moved to third base later.').filter((f) => f.text === 'third').length, 0);
});

test('a bare ordinal of a standing after a copula, a side’s name, a possessive or "a" ("Confederation is third with 14%", "with Rinaldi third on 241", "the Hurricanes’ second in four", "added a third in stoppage time"); not a moment or a fraction', () => {
  expectFig('The far-right Confederation is third with 14%.', 'third', { value: 3 });
  expectFig('Rangers remain fifth on 42 points.', 'fifth', { value: 5 });
  expectFig('Ekberg now has 287 points, with Rinaldi third on 241.', 'third', { value: 3 });
  expectFig('The result leaves Rayon fourth on 11 points.', 'fourth', { value: 4 });
  expectFig('The win, the Hurricanes’ second in four matches, lifts them to 10 points.', 'second', { value: 2 });
  expectFig('The result lifts the 158th-ranked Lions to second in Group D.', 'second', { value: 2 });
  expectFig('Freiburg climb to fifth.', 'fifth', { value: 5 });
  expectFig('He fell into a tie for third with Bobby Ortega.', 'third', { value: 3 });
  expectFig('Haldorsen added a third in stoppage time.', 'third', { value: 3 });
  expectFig('She added that a second, 48-hour strike had not been ruled out.', 'second', { value: 2 });
  expectFig('Valdivia signed her first revised budget.', 'first', { value: 1 });
  noFig('Wait a second.', 'second');
  noFig('Just a second, please.', 'second');
  noFig('The intruders, first detected in late September, fled.', 'first');
  noFig('Rents will feel it first, then prices.', 'first');
  assert.ok(parseFigures('The insurance man tells me maybe they pay a third.').every((f) => f.value !== 3), 'a fraction, not a rank');
});

test('from blind sets 208-210: currencies written before the sum by their papers ("LD 6 billion", "Ks 96 billion", "about Birr 57", "TSh 3 million", "Shs99.9 trillion", "about Fbu 4 million"); fils are thousandths of the dinar of the text\'s country', () => {
  expectFig('Revenue reached LD 6 billion.', 'LD 6 billion', { value: 6e9, unit: 'LYD' });
  expectFig('Drugs worth Ks 96 billion were seized.', 'Ks 96 billion', { value: 96e9, unit: 'MMK' });
  expectFig('Coffee fetched about Birr 57 a kilo.', 'about Birr 57', { value: 57, unit: 'ETB' });
  expectFig('Winners take TSh 3 million.', 'TSh 3 million', { value: 3e6, unit: 'TZS' });
  expectFig('The budget of Shs99.9 trillion passed.', 'Shs99.9 trillion', { value: 99.9e12, unit: 'UGX' });
  expectFig('Aid of about Fbu 4 million arrived.', 'about Fbu 4 million', { value: 4e6, unit: 'BIF' });
  expectFig('Kuwait raised the tariff to 15 fils per kilowatt-hour.', '15', { value: 0.015, unit: 'KWD' });
  expectFig('Bahrain’s BD 2 fee and a 500 fils charge.', '500', { value: 0.5, unit: 'BHD' });
});

test('from blind sets 212-216: other currencies\' hundredths ("46 paisa", "50 tetri", "20 toea"); South Asian short and plural scales ("Rs 15 cr", "Rs 4 lac", "Rs 5 crores")', () => {
  expectFig('Tariffs rose 46 paisa a unit.', '46', { value: 0.46 });
  expectFig('The excise rises by 50 tetri a pack.', '50', { value: 0.5, unit: 'GEL' });
  expectFig('A stamp costs 20 toea.', '20', { value: 0.2, unit: 'PGK' });
  expectFig('The DC sought Rs 15 cr for repairs.', 'Rs 15 cr', { value: 15e7, unit: 'INR' });
  expectFig('They paid Rs 4 lac in fines.', 'Rs 4 lac', { value: 4e5, unit: 'INR' });
  expectFig('The hall cost Rs 5 crores.', 'Rs 5 crores', { value: 5e7, unit: 'INR' });
});

test('from blind sets 220-221: cents with a small "c" ("rose 9c a kilo", "fell 85c"; not "501c(3)"); a small "m" with no millions after it is metres ("peaked at 4.61m on Sunday", "the 5.4m reached in 2000"), a capital one or "m/-" millions', () => {
  expectFig('The price rose 9c a kilo.', '9c', { value: 0.09 });
  expectFig('The share fell 85c, or 3.1%.', '85c', { value: 0.85 });
  noFig('It is a 501c(3) charity.', '501c');
  expectFig('The Ouse peaked at 4.61m on Sunday.', '4.61m', { value: 4.61, unit: 'm' });
  expectFig('The record remains the 5.4m reached in November 2000.', '5.4m', { value: 5.4 });
  expectFig('Some 2.5m people fled.', 'Some 2.5m', { value: 2.5e6 });
  expectFig('Vacancy fell by about 2.3M square feet.', 'about 2.3M', { value: 2.3e6 });
  expectFig('The winner takes TSh 8m/-.', 'TSh 8m', { value: 8e6 });
});

test('from blind sets 128-130: a number dialled is no figure ("called 911 himself"; not "called 300 witnesses"); ISO currency codes before amounts ("UAH 50 million", "GEL 5,000")', () => {
  noFig('He stayed at the scene and called 911 himself.', '911');
  noFig('Report it by calling 901.', '901');
  expectFig('The prosecution called 300 witnesses.', '300', { value: 300, unit: 'witnesses' });
  expectFig('The region will request UAH 50 million from the fund.', 'UAH 50 million', { value: 50_000_000, unit: 'UAH' });
  expectFig('Fines of GEL 5,000 apply.', 'GEL 5,000', { value: 5000, unit: 'GEL' });
});

test('from blind sets 132-134: more currencies glued to sums ("Rwf186 million", "ZiG25 000", "JD1,500", "LE45 million")', () => {
  expectFig('Gate takings reached Rwf186 million.', 'Rwf186 million', { value: 186_000_000, unit: 'RWF' });
  expectFig('The council gave ZiG25 000 towards the funeral.', 'ZiG25 000', { value: 25_000, unit: 'ZWG' });
  expectFig('The JFA fined both clubs JD1,500.', 'JD1,500', { value: 1500, unit: 'JOD' });
  expectFig('The ministry will spend LE45 million.', 'LE45 million', { value: 45_000_000, unit: 'EGP' });
});

test('from blind sets 140-141: the Gulf\'s, Lebanon\'s and Macau\'s currency abbreviations, spaced or glued ("KD 1.3 million", "BD4.2 million", "LL89,500", "MOP1.2 million")', () => {
  expectFig('They earned an estimated KD 1.3 million.', 'an estimated KD 1.3 million', { value: 1_300_000, unit: 'KWD' });
  expectFig('The council approved a BD4.2 million plan.', 'BD4.2 million', { value: 4_200_000, unit: 'BHD' });
  expectFig('The official rate of LL89,500 to the dollar applies.', 'LL89,500', { value: 89_500, unit: 'LBP' });
  expectFig('It will spend RO 1.2 million on hatcheries.', 'RO 1.2 million', { value: 1_200_000, unit: 'OMR' });
  expectFig('The institute pledged MOP1.2 million to the project.', 'MOP1.2 million', { value: 1_200_000, unit: 'MOP' });
});

test('a proportion "nine out of 10" as "nine in 10" (0.9); not a point on a scale ("a level 4 out of 5")', () => {
  expectFig('Entanglements account for nearly nine out of 10 right whale deaths.', 'nearly nine out of 10', { value: 0.9 });
  expectFig('Parts of both states are under a level 4 out of 5 risk.', '4', { value: 4 });
  // (a count out of a named total is two counts; a share is out of ten or a hundred)
  expectFig('Party-wise, 39 out of 44 BJP candidates declared assets of over Rs 1 crore.', '39', { value: 39 });
  expectFig('Party-wise, 39 out of 44 BJP candidates declared assets of over Rs 1 crore.', '44', { value: 44 });
  expectFig('Seven out of ten farms were hit.', 'Seven out of ten', { value: 0.7 });
});

test('from blind set 174: the taka written "Tk", apart or glued ("Tk 4.6 crore", "Tk23,000")', () => {
  const text = 'The pills were worth about Tk 4.6 crore. Workers demanded Tk23,000 a month, up from Tk 15,800.';
  expectFig(text, 'about Tk 4.6 crore', { value: 46e6, unit: 'BDT', modifier: 'about' });
  expectFig(text, 'Tk23,000', { value: 23000, unit: 'BDT' });
  expectFig(text, 'Tk 15,800', { value: 15800, unit: 'BDT' });
});

test('from blind set 176: a sum glued to "K" in a text about Zambia, Malawi, Myanmar or Papua New Guinea is in its currency ("K80,000"); elsewhere no currency is guessed', () => {
  expectFig('LUSAKA, Zambia — Fans gave K80,000 towards the funeral.', 'K80,000', { value: 80000, unit: 'ZMW' });
  expectFig('Rice rose to K78,000 a bag in Yangon, Myanmar.', 'K78,000', { value: 78000, unit: 'MMK' });
  assert.equal(parseFigures('The dogs of the K9 unit found 40,000 pills.').filter((a) => a.subtype === 'money').length, 0);
});

test('a dealer\'s bid and offer are one figure valued at the bid ("299.10/20", "8.95/9.05 percent"); not a score out of ten, a date or a round-the-clock service', () => {
  expectFig('The rupee closed at 299.10/20 to the dollar.', '299.10/20', { value: 299.1 });
  expectFig('The 2028 bond was quoted at 8.95/9.05 percent.', '8.95/9.05 percent', { value: 8.95, subtype: 'percent' });
  expectFig('Yields rose to 10.20/30 percent on Monday.', '10.20/30 percent', { value: 10.2, subtype: 'percent' });
  assert.deepEqual(parseFigures('The film scored 8.5/10 with critics.').map((a) => a.text).filter((t) => t.includes('/')), []);
  assert.deepEqual(parseFigures('Open 24/7 since 10/12/2020.').map((a) => a.text).filter((t) => t.includes('/')), []);
});

test('a number after a capitalised word is a figure when the word opens the sentence as a participle ("Chasing 312 for victory"), owns a compound ("Japan’s 10-year yield"), or numbers a game or a stage ("Game 7", "Stage 4"); not a name\'s compound ("Langley’s 8-Foot Tunnel") nor a code ("Route 66", "Boeing 737")', () => {
  expectFig('The hosts lost early wickets. Chasing 312 for victory, they closed on 140.', '312', { value: 312 });
  expectFig('Needing 11 off the final over, they fell short.', '11', { value: 11 });
  expectFig('Japan’s 10-year government bond yield rose.', '10', { value: 10 });
  expectFig('The Dodgers won Game 7 at home.', '7', { value: 7 });
  expectFig('Eskom said Stage 4 would start at noon.', '4', { value: 4 });
  noFig('The run in Langley’s 8-Foot High Temperature Tunnel lasted.', '8');
  noFig('They drove along Route 66 for days.', '66');
  noFig('The airline grounded its Boeing 737 jets.', '737');
  noFig('He will be at King 5 later.', '5');
});

test('in a cricket report a score or bowling figures are two numbers ("287/6", "4/38"), not a date nor a ratio; elsewhere a slash joins no figures ("24/7", "4/38" in prose)', () => {
  const text = 'India posted 287/6 in 50 overs, with Sekhri taking 4/38 on 3/4/2021.';
  assert.deepEqual(parseFigures(text).map((a) => [a.text, a.value]), [['287', 287], ['6', 6], ['50', 50], ['4', 4], ['38', 38]]);
  assert.deepEqual(parseFigures('A ratio of 4/38 was reported. Open 24/7.').map((a) => a.text), []);
});

test('tonnes glued to a number in commodity copy ("600,000t"); a currency\'s code before a sum takes a scale\'s letter ("Nu 9.8B" in a text about Bhutan, "USD 5m"); "Nu" elsewhere is no currency', () => {
  expectFig('Producers have 600,000t unsold for November.', '600,000t', { value: 600000 });
  expectFig('The deal is worth $1.2t over a decade.', '$1.2t', { value: 1.2e12 });
  expectFig('Bhutan will earn about Nu 9.8B a year, the Druk company said.', 'about Nu 9.8B', { value: 9.8e9, unit: 'BTN' });
  expectFig('The fund raised USD 5m last year.', 'USD 5m', { value: 5e6, unit: 'USD' });
  // ("Nu" elsewhere is no currency: a count of times after the name, no sum)
  expectFig('In Yangon, U Nu 5 times addressed the crowd.', '5 times', { value: 5, subtype: 'cardinal' });
});

test('a scale word after a hyphen before what it counts ("the 9.6-billion-baht wall"); an ISO code glued to a sum ("MVR11.4 million"), not to a grade ("RON95")', () => {
  expectFig('the 9.6-billion-baht floodwall', '9.6-billion', { value: 9.6e9 });
  expectFig('the opera’s 245-million-euro budget', '245-million', { value: 2.45e8 });
  expectFig('a bribe of MVR11.4 million', 'MVR11.4 million', { value: 1.14e7, unit: 'MVR' });
  noFig('The price of RON95 petrol stays at RM2.05.', 'RON95');
});

test('a game clock into overtime is a duration, not a time of day ("at 2:47 of overtime", "2:14 into overtime")', () => {
  expectFig('Kovalchek scored at 2:47 of overtime.', '2:47', { value: 167 });
  expectFig('He buried a rebound 2:14 into overtime.', '2:14', { value: 134 });
});

test('a range of thousands, each grouped, is two figures ("360,000-375,000 boepd"); not a downward pair', () => {
  assert.deepEqual(parseFigures('The company guided to 360,000-375,000 boepd for 2030.').map((a) => [a.text, a.value]), [['360,000', 360000], ['375,000', 375000]]);
  assert.deepEqual(parseFigures('Call 375,000-360,000 now.').map((a) => a.text), []);
});

test('"Rs." glued to the sum ("Rs.38 mn", "over Rs.38 million"), Egypt\'s "LE 12 million", and the wire scales glued after a currency ("SAR 1.85bln", "AED 420mln"); not a version\'s dot ("v.2") nor a bare "12bln"', () => {
  expectFig('Heroin worth Rs.38 mn was seized.', 'Rs.38 mn', { value: 38e6, subtype: 'money' });
  expectFig('The haul was worth over Rs.1.25 million in cash.', 'over Rs.1.25 million', { value: 1.25e6, subtype: 'money' });
  expectFig('The restoration cost LE 12 million.', 'LE 12 million', { value: 12e6, unit: 'EGP' });
  expectFig('The contract is worth SAR 1.85bln.', 'SAR 1.85bln', { value: 1.85e9, unit: 'SAR' });
  expectFig('Profit reached AED 420mln.', 'AED 420mln', { value: 420e6, unit: 'AED' });
  noFig('Download app v.2 today.', '2');
  noFig('Output rose to 12bln tonnes.', '12bln');
});

test('the dollars of Namibia, Zimbabwe, Jamaica and Taiwan by their prefixes ("N$1,2 million", "Z$500", "J$2,000", "NT$500")', () => {
  expectFig('Police recovered N$1,2 million.', 'N$1,2 million', { value: 1.2e6, unit: 'NAD' });
  expectFig('A ticket costs J$2,000.', 'J$2,000', { value: 2000, unit: 'JMD' });
  expectFig('Lunch costs NT$500.', 'NT$500', { value: 500, unit: 'TWD' });
  expectFig('He paid Z$500.', 'Z$500', { value: 500, unit: 'ZWL' });
});

test('Kenyan, Ugandan and other shillings with an abbreviation\'s dot ("Ksh.120 million"), and the plural scale words of francophone papers\' English ("Rs 180 millions", "Rs 2,5 millions")', () => {
  expectFig('The county got Ksh.120 million in aid.', 'Ksh.120 million', { value: 120e6, unit: 'KES' });
  expectFig('Heroin worth Rs 180 millions was found.', 'Rs 180 millions', { value: 180e6, subtype: 'money' });
  expectFig('Bail was set at Rs 2,5 millions.', 'Rs 2,5 millions', { value: 2.5e6, subtype: 'money' });
  noFig('See fig.12 for details.', '12');
});

test('race times after another race time ("in 2:20:31 and 2:21:05"), the next ordinal of a pair of placings ("finished second and third"), a copula\'s placing before "here" ("she was sixth here")', () => {
  expectFig('They finished second and third in 2:20:31 and 2:21:05 respectively.', '2:21:05', { value: 8465, subtype: 'duration' });
  expectFig('They finished second and third in 2:20:31 and 2:21:05 respectively.', 'third', { value: 3, subtype: 'ordinal' });
  expectFig('Last year she was sixth here.', 'sixth', { value: 6 });
  noFig('He said the talks and third parties mattered.', 'third');
});

test('a count of a unit of time after a headline\'s capitalised word is a figure ("Launch Scrubbed 31 Seconds Before Liftoff", "May Circle 200 Years"); a stamp\'s "Updated 3 hours ago" and a name\'s number are not', () => {
  expectFig('Shuttle Launch Scrubbed 31 Seconds Before Liftoff\n\nThe launch was called off.', '31', { value: 31, subtype: 'duration' });
  expectFig('Satellite Beeping Steadily; Scientist Says It May Circle 200 Years\n\nIt was launched.', '200', { value: 200 });
  noFig('November 25, 2025 10:42 AM GMT+1 Updated 3 hours ago\n\nFRANKFURT - Banks cut jobs.', '3 hours');
  noFig('She drove Route 66 in June.', '66');
});

test('pence a litre glued to the number ("cut by 1.5ppl", "almost 3ppl") is money in pence', () => {
  expectFig('Glanrhyd cuts its milk price by 1.5ppl from April.', '1.5ppl', { value: 1.5, subtype: 'money', unit: 'GBp' });
  expectFig('Prices have fallen almost 3ppl since May.', 'almost 3ppl', { value: 3, subtype: 'money' });
});

test('a currency\'s letters are no name ("the HMO NIS 3.1 million"); thousandths of the Omani rial and the Tunisian dinar ("200 baisa" = 0.2 OMR)', () => {
  expectFig('The judge ordered him to repay the HMO NIS 3.1 million.', 'NIS 3.1 million', { value: 3100000, subtype: 'money', unit: 'ILS' });
  expectFig('Parking costs 200 baisa an hour.', '200', { value: 0.2, subtype: 'money', unit: 'OMR' });
});

test('one-letter currencies in a text about their country ("D1.8 Million" in Gambia, "M450 000" in Lesotho, "E2.5 million" in Eswatini, "NLe96 million" in Sierra Leone), and the CFA franc before a sum ("FCFA 25 million"); not elsewhere', () => {
  expectFig('Banjul - The council lost D1.8 Million last year.', 'D1.8 Million', { value: 1800000, subtype: 'money', unit: 'GMD' });
  expectFig('Maseru - Farmers were paid M450 000 in all.', 'M450 000', { value: 450000, subtype: 'money', unit: 'LSL' });
  expectFig('Mbabane - The government set aside E2.5 million.', 'E2.5 million', { value: 2500000, subtype: 'money', unit: 'SZL' });
  expectFig('Freetown - The port earned an estimated NLe96 million.', 'an estimated NLe96 million', { value: 96000000, subtype: 'money', unit: 'SLE' });
  expectFig('Limbe - The government released FCFA 25 million.', 'FCFA 25 million', { value: 25000000, subtype: 'money', unit: 'XAF' });
  noFig('The D1 road and the M4 motorway were closed for 2 hours.', 'D1');
});

test('the Vanuatu vatu glued to a sum in a text about Vanuatu ("VT500"); not elsewhere', () => {
  expectFig('Port Vila - Vendors now pay VT500 a day, and VT1,000 on Saturdays.', 'VT500', { value: 500, subtype: 'money', unit: 'VUV' });
  assert.deepEqual(parseFigures('The VT500 sander sold 2,000 units.').filter((f) => f.unit === 'VUV'), []);
});

test('lakh and crore after a number word ("nearly one lakh homes", "two crore people")', () => {
  expectFig('The scheme reached nearly one lakh homes.', 'nearly one lakh', { value: 100000 });
  expectFig('It covers two crore people in the state.', 'two crore', { value: 20000000 });
});

test('"HK cents" are hundredths of the Hong Kong dollar ("6 HK cents" = 0.06 HKD)', () => {
  expectFig('The bakery will pay an interim dividend of 6 HK cents a share.', '6 HK cents', { value: 0.06, subtype: 'money', unit: 'HKD' });
});

test('"half" of what follows ("half the problem", "half its fleet"), and "half a" measure ("half an hour" 0.5 hours, "half a century" 50 years); "one in five" after a clause\'s "that"; Rwanda\'s franc spaced ("Frw 1.5 million"); not "the best half his team had played"', () => {
  expectFig('Fuel is half the problem.', 'half', { value: 0.5 });
  expectFig('The firm sold half its fleet.', 'half', { value: 0.5 });
  expectFig('The crew had less than half an hour.', 'less than half an hour', { value: 0.5, unit: 'hours' });
  expectFig('He fished there for more than half a century.', 'more than half a century', { value: 50, unit: 'years' });
  expectFig('She warned that one in five nursing posts remained unfilled.', 'one in five', { value: 0.2 });
  expectFig('He won Frw 1.5 million.', 'Frw 1.5 million', { value: 1500000, unit: 'RWF' });
  noFig('It was the best half his team had played all season.', 'half');
});

test('"one third" before a comparison ("about one third lower"); the Thai baht glued to a sum in a text about Thailand ("B60,000"); not elsewhere ("B52")', () => {
  expectFig('Taxes on a Southern mill were about one third lower.', 'about one third', { value: 0.33 });
  expectFig('The Phuket court fined him B60,000.', 'B60,000', { value: 60000, unit: 'THB' });
  assert.deepEqual(parseFigures('The B52 bomber flew 1,200 km.').filter((f) => f.unit === 'THB'), []);
});

test('units glued as motoring and sports copy writes them ("22.18sec", "1180bhp")', () => {
  expectFig('It completed the course in 22.18sec on Sunday.', '22.18sec', { value: 22.18, unit: 'sec' });
  expectFig('The 1180bhp car won.', '1180bhp', { value: 1180, unit: 'bhp' });
});

test('a number in brackets is a figure when it has a unit ("within 10 miles (16km)") or follows a name ("Mandi Gobindgarh (311)"); not a list\'s number, a year, a day after a weekday or a phone number', () => {
  expectFig('The pool is the only one within 10 miles (16km) of the town.', '16km', { value: 16, unit: 'km' });
  expectFig('It was worst in Mandi Gobindgarh (311) and Jalandhar (284).', '311', { value: 311 });
  noFig('See note (1) below.', '1');
  noFig('Globes Publisher Itonut (1983) Ltd. said so.', '1983');
  noFig('The centre said on Monday (18) that it would.', '18');
  noFig('Call Crime Stoppers at 328-TIPS (8477) with tips.', '8477');
});

test('from blind sets 276-278: a change "by half" or "by at least a third" (not "by half past midnight"); a title-case headline\'s capitalised count ("Jury Convicts Two Former LRA Officers", not "The Fourth Circuit" nor "Six Nations"); an age after "Aged" in a headline', () => {
  expectFig('If we move and sales drop by half, who will pay?', 'half', { value: 0.5 });
  expectFig('We still have to bring the cost down by at least a third.', 'at least a third', { value: 0.33 });
  noFig('By half past midnight it was up to the sockets.', 'half');
  expectFig('Jury Convicts Two Former LRA Officers In Theft Case\n\nBy Bill Da', 'Two', { value: 2 });
  noFig('The Fourth Circuit Narrows the Shield\n\nA divided panel held.', 'Fourth');
  noFig('Ireland Name Squad For Six Nations Opener\n\nText.', 'Six');
  expectFig('Geneva Private Banker Dies Aged 88\n\nHe died.', '88', { value: 88 });
});

test('a numbered street, district or court in its name is no figure ("from 87th Street", "the 11th Circuit", "(22nd Ward)", "the 19th Amendment"); a rank still is ("finished 3rd")', () => {
  noFig('He rode from 87th Street to work.', '87th');
  noFig('The 11th Circuit will hear it.', '11th');
  noFig('Ald. Gilberto Navarro (22nd Ward) came.', '22nd');
  noFig('The 19th Amendment was ratified in 1920.', '19th');
  expectFig('She finished 3rd in the race.', '3rd', { value: 3 });
});

test('from blind sets 288-290: a decimal comma after a currency ("US$3,12", "ZiG26,8"); no proportion before a stretch of time ("three in five minutes"); a team record of four numbers; a game clock after "a span of" or "into the middle frame"', () => {
  expectFig('Prices averaged US$3,12 per kilogramme.', 'US$3,12', { value: 3.12, subtype: 'money' });
  expectFig('The rate was around ZiG26,8 to the dollar.', 'around ZiG26,8', { value: 26.8 });
  expectFig('It cost $1,200 in all.', '$1,200', { value: 1200 });
  expectFig('"We can score three in five minutes," he said.', 'three', { value: 3 });
  expectFig('One in five adults smoke.', 'One in five', { value: 0.2 });
  const rec = parseFigures('The Greyhounds (11-8-2-1) beat the Wolves.').map((a) => a.value);
  assert.deepEqual(rec, [11, 8, 2, 1]);
  expectFig('They scored three times in a span of 5:48 and held on.', '5:48', { value: 348, subtype: 'duration' });
  expectFig('His goal 1:37 into the middle frame gave them the lead.', '1:37', { value: 97 });
  noFig('The meeting ran until 5:48 yesterday.', '5:48');
});

test('from blind set 308: "one" that begins a range is a number ("one to five years", "one or two more tests")', () => {
  expectFig('It is punishable by one to five years in prison.', 'one', { value: 1 });
  expectFig('We expect one or two more tests.', 'one', { value: 1 });
  noFig('There is no one to blame.', 'one');
});

test('from blind sets 309-310: basis points and gigalitres glued to the number ("cuts by 250bp", "a 70GL buyback")', () => {
  expectFig('Bank of Ghana cuts policy rate by 250bp as inflation eases.', '250bp', { value: 250 });
  expectFig('Irrigators fight 70GL buyback.', '70GL', { value: 70 });
});

test('from blind sets 312-314: a decimal comma before a percent sign ("61,4%"); the Guatemalan quetzal glued in a text about Guatemala ("Q48 million"), not a quarter ("Q2")', () => {
  expectFig('The backlog fell to 61,4% of cases.', '61,4%', { value: 61.4 });
  expectFig('It rose 1,500% in a year.', '1,500%', { value: 1500 });
  expectFig('In Guatemala, Q48 million was spent on the project.', 'Q48 million', { value: 48e6 });
  noFig('In Guatemala, sales rose in Q2.', 'Q2');
});

test('from blind set 312: an issue\'s number after its volume is no figure ("Vol. 26, No. 136"); a rank still is ("No. 1 in the poll")', () => {
  noFig('Published Monday, July 13, 2026, in Vol. 26, No. 136.', '136');
  expectFig('He moved to No. 1 in the poll.', 'No. 1', { value: 1 });
});

test('from blind sets 316-318: counts of homes, titles, sides and parties in a compound ("a five-bedroom duplex", "nine-time champions", "a six-team league"); not "a one-time bonus", "first-team", "first-time"; million tonnes glued ("21.3Mt")', () => {
  expectFig('She forfeited a five-bedroom duplex in Lekki.', 'five', { value: 5 });
  expectFig('Enyimba, nine-time league champions, finished third.', 'nine', { value: 9 });
  expectFig('The six-team league began on August 1.', 'six', { value: 6 });
  noFig('They paid a one-time bonus.', 'one');
  noFig('Quintero made his first-team debut.', 'first');
  noFig('She is a first-time buyer.', 'first');
  expectFig('Receivals reached 21.3Mt this season.', '21.3Mt', { value: 21.3 });
});

test('from blind set 321: a count with its half is one figure ("a day and a half" 1.5, "two hours and a half" 2.5)', () => {
  expectFig('People had a day and a half to get ready.', 'a day and a half', { value: 1.5 });
  expectFig('It lasted two hours and a half.', 'two hours and a half', { value: 2.5 });
  assert.deepEqual(parseFigures('It lasted two hours and a half.').map((a) => a.text), ['two hours and a half']);
});

test('from blind sets 320-322: a rank after "top-" is a figure ("a top-10 player"; "F-16" is none); "first aid" is no rank', () => {
  expectFig('She had never beaten a top-10 player on clay.', '10', { value: 10 });
  noFig('The F-16 crashed.', '16');
  noFig('Marshals gave first aid at the scene.', 'first');
});

test('from blind sets 324-326: pre-decimal sterling ("7s. 6d." 0.375, "£4 2s. 6d." 4.125, "19s." in a text of pounds), not "corner 3s." nor "under-14s."; "half time" is no figure; "half a cup"; "the R61 and N2" are roads, no rand', () => {
  expectFig('Rents will rise by 7s. 6d. a week.', '7s. 6d.', { value: 0.375 });
  expectFig('Rent will be £4 2s. 6d. a week.', '£4 2s. 6d.', { value: 4.125 });
  expectFig('The claim is for 19s. a week on a basic rate of £9.', '19s.', { value: 0.95 });
  noFig('Dunlap had taken 500 corner 3s. He wanted more.', '3s');
  // (an age group, not 14 shillings)
  expectFig('They have played together since they were under-14s. Now they win.', 'under-14s', { value: 14, unit: 'years (age limit)' });
  noFig('Kingswood led 9–5 at half time.', 'half');
  expectFig('He drank half a cup of coffee.', 'half a cup', { value: 0.5 });
  noFig('It cost R180 million. Bridges on the R61 and N2 were washed away.', 'R61');
});

test('from blind set 334: a class named by its number ("a phase 3 trial", "type 2 diabetes", "its tier 1 ratio") and an airliner\'s model ("three 777 freighters", "converted 737 and A321 aircraft", "the 787-9 fleet") are no figures; "phase 2 of 3" and "777 shares" are', () => {
  noFig('Thornbury cut flare-ups in a phase 3 trial.', '3');
  noFig('He has type 2 diabetes.', '2');
  noFig('The bank’s tier 1 ratio rose.', '1');
  expectFig('The trial is in phase 2 of 3 now.', '3', {});
  expectFig('Meridian will add three 777 freighters.', 'three', { value: 3 });
  noFig('Meridian will add three 777 freighters.', '777');
  noFig('Most were converted 737 and A321 aircraft.', '737');
  noFig('The 787-9 fleet grew.', '787');
  noFig('The 787-9 fleet grew.', '9');
  expectFig('He sold 777 shares.', '777', { value: 777 });
});

test('from blind set 338: a number dialled before a preposition ("call 911 in rural Iowa"); "called 300 witnesses in total" still counts', () => {
  noFig('When you call 911 in rural Iowa, help should come.', '911');
  expectFig('They called 300 witnesses in total.', '300', { value: 300 });
});

test('from blind sets 352-354: an Australian football score is three figures when its goals and behinds make its points ("12.11 (83)"), not "3.5 (4)"; a capitalised number word after a word in lower case is a name\'s ("told Seven after the match", "the 14th Five-Year Plan") outside a title-case line', () => {
  const score = 'St Kilda 12.11 (83) defeated Geelong 11.8 (74).';
  assert.deepEqual(parseFigures(score).map((a) => [a.text, a.value, a.unit]), [['12', 12, 'goals'], ['11', 11, 'behinds'], ['83', 83, 'points'], ['11', 11, 'goals'], ['8', 8, 'behinds'], ['74', 74, 'points']]);
  expectFig('The index rose 3.5 (4) per cent.', '3.5', { value: 3.5 });
  noFig('"It was tense," Szabo-Kennedy told Seven after the match.', 'Seven');
  noFig('It met the targets of the 14th Five-Year Plan ahead of schedule.', 'Five');
  expectFig('Read also: Raja Casablanca Appoints Paulo Mendes on Two-Year Deal', 'Two', { value: 2 });
});

test('from blind set 353: a place left or gained ("fought back from seventh", "from third to sixth"), not "from first to last"; a place reached takes no "up to" ("moved up to second place"); inches glued to a number ("a 15.6in touchscreen")', () => {
  expectFig('He fought back from seventh and won.', 'seventh', { value: 7, subtype: 'ordinal' });
  expectFig('The penalty dropped Marais from third to sixth.', 'third', { value: 3 });
  expectFig('The penalty dropped Marais from third to sixth.', 'sixth', { value: 6 });
  noFig('The changes range from first to last.', 'first');
  expectFig('Geneva-Servette moved up to second place in the league.', 'second', { value: 2, modifier: null });
  expectFig('Up to 300 people came.', 'Up to 300', { value: 300, modifier: 'up to' });
  expectFig('It has a 15.6in touchscreen.', '15.6in', { value: 15.6 });
});

test('from blind set 356: no figure in a flag "at half mast" nor a priority that "comes first"; a race "came first" still counts', () => {
  noFig('Flags would fly at half mast on the day of the funeral.', 'half');
  noFig('"Safety comes first, but we had a fair race," she said.', 'first');
  noFig('Conservation has to come first.', 'first');
  expectFig('She came first in the 400 metres.', 'first', { value: 1, subtype: 'ordinal' });
});

test('from blind sets 357-358: a part of a decade, as temperatures and ages are given ("the low 80s" 80, "the mid-20s" 25, "the high 30s" 38, "her mid-40s" 45), not "mid-2020"; an age\'s decade in words ("in her nineties" 90), not "the roaring twenties"', () => {
  expectFig('Temperatures climbed into the low 80s by noon.', 'low 80s', { value: 80, subtype: 'approx' });
  expectFig('Lows would fall into the mid-20s on Monday.', 'mid-20s', { value: 25, subtype: 'approx' });
  expectFig('Temperatures will reach the high 30s.', 'high 30s', { value: 38 });
  expectFig('She had gambled since her mid-40s.', 'mid-40s', { value: 45 });
  noFig('Growth in mid-2020 fell.', '2020');
  expectFig('One woman in her nineties waited 19 hours.', 'nineties', { value: 90, subtype: 'approx' });
  expectFig('A man in his early sixties died.', 'sixties', { value: 60 });
  noFig('The roaring twenties were wild.', 'twenties');
});

test('from blind set 361: Kenya\'s shilling with a space before the sum ("KSh 90", "Ksh 1,200")', () => {
  expectFig('A loaf costs KSh 90 now.', 'KSh 90', { value: 90, subtype: 'money', unit: 'KES' });
  expectFig('The fee is Ksh 1,200 a month.', 'Ksh 1,200', { value: 1200, unit: 'KES' });
});

test('from blind set 381: a temperature below zero keeps its minus ("below -20C", "–40° Celsius"); not a range\'s dash nor a wire\'s end mark', () => {
  expectFig('Temperatures were forecast to fall below -20C in the north.', 'below -20C', { value: -20 });
  expectFig('It was colder than –40° Celsius that night.', '–40', { value: -40 });
  expectFig('There is a chance of a magnitude-8 to -9 earthquake.', '9', { value: 9 });
});

test('from blind sets 384-385: a team\'s age group in lower case is one figure ("the under-16s", "an under-13 side"), not a title before a name; a sum with its scale word after a place ("Uttar Pradesh 103 lakh tonnes")', () => {
  expectFig('He coached the under-16s at Wigan St Patricks until 2019.', 'under-16s', { value: 16 });
  expectFig('The under-13 side won the final.', 'under-13', { value: 13 });
  noFig('The club said under-21s coach Craig Pennock would take charge.', 'under-21s');
  expectFig('Maharashtra is expected to produce 128 lakh tonnes, Uttar Pradesh 103 lakh tonnes.', '103 lakh', { value: 10300000 });
  noFig('He flew a Boeing 737 along Route 66.', '737');
  noFig('He flew a Boeing 737 along Route 66.', '66');
});

test('from blind sets 388-390: an age after a capitalised word is a figure ("A Newcastle 13-year-old", "One 88-year-old widow"), a name\'s number still is not', () => {
  expectFig('A Newcastle 13-year-old turned her hobby into a business.', '13', { value: 13 });
  expectFig('One 88-year-old North York widow handed over $5,000.', '88', { value: 88 });
  noFig('The Apollo 11 crew landed.', '11');
});

test('from blind set 405: a number with a thousands\' separator glued to "m" is metres ("8,000m peaks"; 9 of 9 in the gold sets), also before a plural; money keeps its millions', () => {
  expectFig('It is a warm-up for 8,000m peaks.', '8,000m', { value: 8000 });
  expectFig('About 4m homes lost power.', 'About 4m', { value: 4e6 });
  expectFig('It sold some $8,000m of bonds.', 'some $8,000m', { value: 8e9 });
});

test('from blind set 396: a count of times after a name is a figure ("climbed Everest 11 times", "cited Brightwater 37 times")', () => {
  expectFig('He climbed Mt Everest 11 times before he retired.', '11 times', { value: 11 });
  expectFig('State inspectors cited Brightwater 37 times for failures.', '37 times', { value: 37 });
  noFig('Channel 4 timed its report well.', '4');
});

test('from blind set 412: a count after a title-case headline\'s verb is a figure ("Cut 46 Jobs", "Flog 19 People"), not after a name the story writes with a capital ("Apollo 11 Astronauts"); "20 Cents" is 0.2 dollars', () => {
  expectFig('Tumalo Rim Brewing to Close Bend Production Brewery, Cut 46 Jobs\n\nThe brewery will close in March.', '46', { value: 46 });
  expectFig('Taliban Flog 19 People in Three Cities\n\nThe punishments were public.', '19', { value: 19 });
  noFig('Apollo 11 Astronauts Return Home\n\nThe three Apollo crew members landed.', '11');
  const cents = parseFigures('Fairfax Raises Tax Rate 20 Cents To Pay for Schools\n\nThe board voted.').find((a) => a.text.startsWith('20'));
  assert.equal(cents?.value, 0.2);
  assert.equal(cents?.unit, 'USD');
});

test('from blind set 421: fractional odds are one figure with their ratio ("the 9-4 favourite" 2.25, "Kilbrannish Lad (11-2)" at the racecourse 5.5; 25 of 25 in the gold sets), not a vote or a score ("voted 11-2", "won 3-1")', () => {
  const text = 'The 9-4 favourite Le Grand won at the racecourse. Kilbrannish Lad (11-2) was second. She was sent off at 9-2. The council voted 11-2 on Tuesday and Arsenal won 3-1.';
  expectFig(text, '9-4', { value: 2.25, unit: 'odds' });
  expectFig(text, '11-2', { value: 5.5, unit: 'odds' });
  expectFig(text, '9-2', { value: 4.5, unit: 'odds' });
  expectFig('The council voted 11-2 on Tuesday and Arsenal won 3-1.', '11', { value: 11 });
  assert.deepEqual(parseFigures('The council voted 11-2 on Tuesday and Arsenal won 3-1.').filter((f) => f.unit === 'odds'), []);
});

test('from blind set 421: a count and a quarter or three quarters ("two and a quarter lengths" 2.25, "one and three-quarter lengths" 1.75)', () => {
  expectFig('He won by two and a quarter lengths.', 'two and a quarter', { value: 2.25, unit: 'lengths' });
  expectFig('She won by one and three-quarter lengths.', 'one and three-quarter', { value: 1.75, unit: 'lengths' });
});

test('from blind set 422: a count after a title-case headline\'s verb past capitalised words before its plural ("Ran 62 Free Night Schools")', () => {
  expectFig("'She Never Said No to a Child': Sarojini Pathak, Who Ran 62 Free Night Schools in Odisha, Passes Away at 91\n\nShe died on Monday.", '62', { value: 62 });
});

test('a number word before a hyphenated noun counts it ("a five-star hotel", "a three-judge panel", "a six-lane road"); not an adjective of kind or a number ("one-off", "two-way", "three-wheeler", "one-sided", "five-eighth", "three-quarter time", "nineteen-eighties")', () => {
  expectFig('It is a five-star hotel.', 'five', { value: 5 });
  expectFig('A three-judge panel ruled.', 'three', { value: 3 });
  expectFig('They built a six-lane road.', 'six', { value: 6 });
  const none = 'A one-off payment on a two-way street in a three-wheeler, a one-sided game; the five-eighth kicked at three-quarter time, as in the nineteen-eighties.';
  assert.deepEqual(parseFigures(none).map((a) => a.text), []);
});

test('from blind set 458: an emergency number dialled, whatever follows, and 911 or 999 before their service are no figures ("dialled 999 at 1.52am", "several 911 calls", "a 999 call handler"; "responded to 112 calls" is); Malaysian scale words after a currency with a space ("RM2.1 bil", "RM780 mil")', () => {
  assert.deepEqual(parseFigures('Ms Banner dialled 999 at 1.52am. Several 911 calls came in. A 999 call handler said no.').map((a) => a.text), []);
  expectFig('Officers responded to 112 calls in the district.', '112', { value: 112 });
  expectFig('The deal is worth RM2.1 bil with debt.', 'RM2.1 bil', { value: 2.1e9 });
  expectFig('Worth RM5.6 bil and RM780 mil in cash.', 'RM780 mil', { value: 7.8e8 });
});

test('from blind set 456: a race time of one-digit hours with no "am" nor zone after it is a duration after any word ("running 2:04:29", a results list\'s "- 2:05:41"; not "9:47:12 WAT"); minutes no clock has after a race\'s word ("went through halfway in 61:58")', () => {
  expectFig('He was fifth, running 2:04:29 for the record.', '2:04:29', { value: 7469 });
  expectFig('6. Shunsuke Arai - 2:05:41', '2:05:41', { value: 7541 });
  expectFig('Hoshino went through halfway in 61:58 in the second group.', '61:58', { value: 3718 });
  assert.deepEqual(parseFigures('Mon, 26 Jan 2026 9:47:12 WAT').map((a) => a.text).filter((t) => t.includes(':')), []);
});

test('from blind set 444: a rank\'s "No" glued to its number by its dot ("rose to No.1", "world No.6"); a docket\'s is none ("No.26-417")', () => {
  expectFig('Kendrick rose to No.1 in the Test rankings.', 'No.1', { value: 1 });
  expectFig('Smith is world No.6 now.', 'No.6', { value: 6 });
  assert.deepEqual(parseFigures('The case is No.26-417.').map((a) => a.text), []);
});

test('a results list: each place is an ordinal, a race time with tenths a duration anywhere, a gap to the winner after "+" seconds; a list of notes and a date\'s day keep no figure', () => {
  const list = 'Results: Women\'s sprint\n1. Oksana Hrytsenko (UKR) 21:44.6\n2. Kendall Marsh (USA) +12.3\n3. Lorenzo Taddeucci (Lidl-Trek) +0:12\n';
  expectFig(list, '1', { value: 1, subtype: 'ordinal' });
  expectFig(list, '2', { value: 2, subtype: 'ordinal' });
  expectFig(list, '21:44.6', { value: 1304.6, subtype: 'duration' });
  expectFig(list, '12.3', { value: 12.3, subtype: 'duration', unit: 'seconds' });
  expectFig(list, '0:12', { value: 12, subtype: 'duration', unit: 'seconds' });
  expectFig('Zhou held off team-mate Lin Xiaotong (2:05.40) in second.', '2:05.40', { value: 125.4, subtype: 'duration' });
  noFig('Notes to editors\n\n1. The alert service operates from June.\n', '1.');
  noFig('Marek Holub\n8. Aug 2030 at 18:20\n\nCouncillors approved fares.', '8.');
});

test('a minus glued to a percentage is the figure\'s ("changed by -2.1%", "(−0.5%)"); not a range\'s dash ("3.50%-3.75%")', () => {
  expectFig('The coverage ratio changed by -2.1% last year.', '-2.1%', { value: -2.1, subtype: 'percent' });
  expectFig('Returns were flat (−0.5 per cent) in March.', '−0.5 per cent', { value: -0.5, subtype: 'percent' });
  expectFig('The Fed is expected to hold at 3.50%-3.75% next month.', '3.75%', { value: 3.75, subtype: 'percent' });
});

test('a share with "every" is one figure, its ratio ("one in every four sets", "One in every 14 patients"), like "one in four"', () => {
  expectFig('Zhou added that one in every four sets sold was a starter kit.', 'one in every four', { value: 0.25, unit: 'sets' });
  expectFig('One in every 14 patients waited more than a day.', 'One in every 14', { value: 0.07 });
  noFig('He scored in every game.', 'every game');
});

test('a bare first sum takes the second one\'s scale word ("$2.5 and $3 million", "from $4 to $5 billion"), but not when that would make it the larger ("fees of $40 and $3 million")', () => {
  expectFig('Bids of $2.5 and $3 million came in.', '$2.5', { value: 2500000, subtype: 'money', unit: 'USD' });
  expectFig('Estimates ran from $4 to $5 billion.', '$4', { value: 4000000000, subtype: 'money' });
  expectFig('They paid fees of $40 and $3 million in damages.', '$40', { value: 40 });
});

test('a share past a thousand written with its thousands comma is one figure ("less than one in 50,000" is 0.00002), and a share below a hundredth keeps two significant digits ("one in every 227" is 0.0044); "one in 2019" is no share', () => {
  expectFig('The odds were less than one in 50,000.', 'less than one in 50,000', { value: 0.00002 });
  expectFig('Police said one in every 227 drivers was over the limit.', 'one in every 227', { value: 0.0044 });
  noFig('He was one in 2019 who left.', '2019');
});

test('a number glued to a unit of area or volume with its power is the number alone ("275,000m3/d", "260,000m2", "12km2"); a code with a digit after its letters is still none ("3G4")', () => {
  expectFig('The plant already produces 275,000m3/d for drinking water.', '275,000', { value: 275000 });
  expectFig('It covers 260,000m2 of land.', '260,000', { value: 260000 });
  expectFig('The lake covers 12km2 now.', '12', { value: 12 });
  noFig('The 3G4 chip shipped.', '3');
});

test('a share after "which" ("a loan book in which one in three loans was non-performing"); "the one in 2019" is none', () => {
  expectFig('It found a loan book in which one in three loans was non-performing.', 'one in three', { value: 0.33 });
  noFig('The one in 2019 left early.', 'one');
});

test('a reference number after its label and a colon is no figure, all its parts ("Release Number: 26-097", "Ref: 55/2026"); a count after another label is ("Result: 26 votes")', () => {
  noFig('Release Number: 26-097\n\nThe commission voted.', '26');
  noFig('Release Number: 26-097\n\nThe commission voted.', '097');
  expectFig('Result: 26 votes were cast.', '26', { value: 26 });
});

test('from blind set 617: a percentage with its plus sign after a bracket or a space is the number and its sign left out ("Alberta (+14.3%)"); a phone number after "+" is still none; a rank among others after a name ("place Falkirk 23rd of Scotland\'s 32 council areas")', () => {
  expectFig('Alberta (+14.3%) grew fastest.', '14.3%', { value: 14.3 });
  expectFig('Shares closed +2.5% higher.', '2.5%', { value: 2.5 });
  noFig('Call +44 20 7946 0958 today.', '44');
  expectFig("The statistics place Falkirk 23rd of Scotland's 32 council areas for men.", '23rd', { value: 23 });
});
