// Deterministic generator of realistic news-like articles for benchmarks.
// Templates and word lists of our own (not the seeds): a few thousand distinct people and
// organisations with a Zipf-like spread (some quoted in hundreds of articles), dates, figures,
// quotes in every attribution order, and articles of 1-20 KB.
//
//   import { generateCorpus } from './corpus.mjs';
//   for (const { name, text } of generateCorpus({ articles: 1000, seed: 7 })) …

const FIRST = `James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan
Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Sandra Mark Margaret
Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa George
Deborah Timothy Stephanie Ronald Rebecca Edward Sharon Jason Laura Jeffrey Cynthia Ryan Kathleen Jacob Amy Gary Angela
Nicholas Shirley Eric Anna Jonathan Brenda Stephen Pamela Larry Emma Justin Nicole Scott Helen Brandon Samantha Benjamin
Katherine Samuel Christine Gregory Debra Alexander Rachel Frank Carolyn Patrick Janet Raymond Catherine Jack Maria Dennis
Heather Jerry Diane Tyler Ruth Aaron Julie Jose Olivia Adam Joyce Nathan Virginia Henry Victoria Douglas Kelly Zachary
Lauren Peter Christina Kyle Joan Ahmed Fatima Omar Leila Yusuf Amina Hiroshi Yuki Wei Mei Olena Dmitri Ingrid Lars
Priya Rahul Chidi Ngozi Mateo Lucia Pierre Camille Giulia Marco Sven Astrid Kofi Ama Tariq Noor Aleksandra Piotr`.split(/\s+/);

const LAST = `Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson
Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker
Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter
Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers
Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood
James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Okafor
Haddad Nakamura Kowalski Lindqvist Moreau Rossi Schneider Novak Petrov Mensah Chaudhry Suzuki Fischer Dubois Olsen
Van der Berg Al-Masri Abu Salem O'Brien McAllister`.split(/\s+/).filter((w) => !['der', 'Van', 'Abu'].includes(w));

const PLACES = `Northfield Riverton Lakemont Ashford Brookhaven Cedar Falls Dunmore Eastwick Fairview Glenwood Harlow Ironbridge
Kingsport Longmeadow Maplewood Newbury Oakridge Pinecrest Queensbury Redcliff Stonebridge Thornbury Upton Valemount
Westbrook Yarrow Zephyr Bay Highland Coastal Central Northern Southern Metropolitan`.split(/\s+/);

const ORG_MARKERS = ['Water Authority', 'Health Department', 'Chamber of Commerce', 'Teachers Union', 'Police Department',
  'Transit Agency', 'Workers Party', 'Farmers Association', 'Energy Council', 'University', 'Housing Board',
  'Civil Liberties Union', 'Medical Association', 'Port Authority', 'Bureau of Statistics', 'Red Cross'];

const COMPANY_SUFFIXES = ['Group', 'Holdings', 'Foundation', 'Institute', 'Partners', 'Industries', 'Capital',
  'Motors', 'Airlines', 'Media', 'Pharmaceuticals', 'Logistics', 'Energy', 'Bank', 'Research Centre'];

const COUNTRIES = ['France', 'Germany', 'Japan', 'Brazil', 'Canada', 'India', 'Kenya', 'Mexico', 'Norway', 'Poland',
  'Egypt', 'Turkey', 'Ukraine', 'Australia', 'Chile', 'Nigeria', 'Spain', 'Italy', 'Sweden', 'Vietnam'];

const TITLES = ['Mayor', 'Senator', 'Governor', 'Finance Minister', 'Health Minister', 'Police Chief', 'Professor',
  'Chief Executive', 'spokesperson', 'Foreign Minister', 'Judge', 'Representative', 'union leader', 'economist',
  'Prime Minister', 'President', 'Secretary of State', 'Deputy Director'];

const VERBS = ['said', 'told reporters', 'added', 'warned', 'explained', 'noted', 'insisted', 'argued', 'stressed',
  'announced', 'claimed', 'confirmed', 'denied', 'stated', 'emphasized', 'remarked', 'says'];

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const MONTH_ABBR = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const RELATIVE = ['last week', 'earlier this month', 'next week', 'yesterday', 'last Saturday', 'this week',
  'a couple of weeks ago', 'earlier this year', 'last month', 'today'];

const NOUNS = ['residents', 'workers', 'homes', 'schools', 'patients', 'vehicles', 'jobs', 'families', 'students',
  'flights', 'tonnes of grain', 'doctors', 'households', 'businesses', 'voters', 'trees', 'buses', 'beds'];
const TOPICS = ['the budget', 'the new bridge', 'water prices', 'the strike', 'the flooding', 'the election',
  'the hospital plan', 'rail services', 'the trade deal', 'rents', 'the ceasefire talks', 'the school reform',
  'fuel prices', 'the drought', 'the port expansion', 'the housing shortage'];
const CLAIMS = ['the plan would cost far more than expected', 'talks would resume soon', 'the figures were misleading',
  'nobody had been consulted', 'the decision was final', 'more help was on the way', 'the vote should be delayed',
  'the agreement was a step forward', 'the numbers were still rising', 'the report was deeply flawed'];
const QUOTES = ['We will not accept this.', 'This is a turning point for the region.', 'Nobody saw this coming.',
  'We have done everything we can, and we will keep going.', 'The families deserve answers.',
  'It is simply not true.', 'There is still a lot of work to do.', 'We are ready to talk, but not at any price.',
  'The money has to come from somewhere.', 'People are tired, and they are angry.'];
const FILLER = ['Officials met behind closed doors for several hours.', 'The debate is expected to continue.',
  'Critics have questioned the timing of the announcement.', 'Local businesses have been hit hard.',
  'The proposal still needs approval from the regional assembly.', 'Turnout was higher than in previous years.',
  'Negotiators are due to meet again.', 'Several roads remained closed after the storm.',
  'The opposition called the move a distraction.', 'Analysts expect prices to stay high through the winter.'];

/** A quote that leads into its attribution ends with a comma: “We will not accept this,” she said. */
const asLead = (quote) => quote.replace(/\.$/, ',');

/** A small deterministic PRNG (mulberry32): the same seed gives the same sequence. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildCast(rng, people, orgs) {
  // Callers keep people/orgs well below the number of distinct combinations of the lists above.
  const pick = (list) => list[Math.floor(rng() * list.length)];
  const seen = new Set();
  const cast = [];
  while (cast.length < people) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    cast.push({ kind: 'person', name, short: name.split(' ').slice(1).join(' '), title: pick(TITLES), place: pick(PLACES) });
  }
  while (cast.length < people + orgs) {
    const r = rng();
    const name = r < 0.05 ? pick(COUNTRIES)
      : r < 0.6 ? `${pick(PLACES)} ${pick(ORG_MARKERS)}`
      : `${pick(LAST)} ${pick(COMPANY_SUFFIXES)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    cast.push({ kind: 'org', name, short: name });
  }
  return cast;
}

/**
 * Yields { name, text } for `articles` articles, deterministic for a given seed. Lengths run
 * from 1 to 20 KB; `skew` > 1 makes short articles more common (mean ≈ 1 + 19/(skew+1) KB),
 * as in a real news corpus (skew 8: ~3 KB on average, 10,000 articles ≈ 30 MB).
 */
export function* generateCorpus({ articles, seed = 1, people = 3000, orgs = 800, skew = 1 }) {
  const rng = mulberry32(seed);
  const pick = (list) => list[Math.floor(rng() * list.length)];
  const cast = buildCast(rng, people, orgs);
  // Zipf-like: rank r chosen with probability ∝ 1/r, so the top names recur in hundreds of articles.
  const zipf = () => cast[Math.min(cast.length - 1, Math.floor(Math.exp(rng() * Math.log(cast.length + 1))) - 1)];
  const int = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  const date = () => {
    switch (int(0, 4)) {
      case 0: return pick(WEEKDAYS);
      case 1: return `${pick(MONTH_ABBR)} ${int(1, 28)}`;
      case 2: return `${pick(MONTHS)} ${int(1, 28)}, ${int(1995, 2025)}`;
      case 3: return `in ${int(1980, 2024)}`;
      default: return pick(RELATIVE);
    }
  };
  const figure = () => {
    switch (int(0, 5)) {
      case 0: return `${int(2, 99)} ${pick(NOUNS)}`;
      case 1: return `more than ${int(1, 99)},${String(int(0, 999)).padStart(3, '0')} ${pick(NOUNS)}`;
      case 2: return `$${int(1, 900)} million`;
      case 3: return `${int(1, 60)} percent of ${pick(NOUNS)}`;
      case 4: return `some ${['two', 'three', 'five', 'ten', 'twenty'][int(0, 4)]} ${pick(['months', 'years', 'weeks'])}`;
      default: return `dozens of ${pick(NOUNS)}`;
    }
  };
  for (let i = 0; i < articles; i++) {
    const target = skew === 1 ? int(1000, 20000) : 1000 + Math.floor(19000 * Math.pow(rng(), skew));
    const main = zipf();
    const other = zipf();
    const intro = main.kind === 'person' ? `${main.place} ${main.title} ${main.name}` : main.name;
    const parts = [];
    const dateline = rng() < 0.3 ? `${pick(PLACES).toUpperCase()}, ${pick(MONTHS)} ${int(1, 28)}, ${int(2015, 2025)} — ` : '';
    parts.push(`${dateline}${intro} ${pick(VERBS)} on ${pick(WEEKDAYS)} that ${pick(CLAIMS)}, as ${figure()} waited for news about ${pick(TOPICS)}.`);
    let size = parts[0].length;
    while (size < target) {
      const s = zipf();
      const ref = rng() < 0.5 ? s.name : s.short;
      let p;
      switch (int(0, 7)) {
        case 0: p = `“${asLead(pick(QUOTES))}” ${ref} ${pick(VERBS)}.`; break;
        case 1: p = `“${asLead(pick(QUOTES))}” said ${s.name}${s.kind === 'person' ? `, the ${s.title.toLowerCase()} of ${s.place}` : ''}.`; break;
        case 2: p = `${ref} ${pick(VERBS)} ${date()} that ${pick(CLAIMS)}. ${pick(FILLER)}`; break;
        case 3: p = `According to ${s.name}, ${figure()} were affected by ${pick(TOPICS)} ${date()}.`; break;
        case 4: p = `${pick(FILLER)} ${ref} and ${other.short} disagreed over ${pick(TOPICS)}, which has cost ${figure()} since ${date()}.`; break;
        case 5: p = `"${pick(QUOTES)} ${asLead(pick(QUOTES))}" ${ref} ${pick(VERBS)}, adding that ${pick(CLAIMS)}.`; break;
        case 6: p = `${pick(FILLER)} ${pick(FILLER)} The figures published ${date()} showed ${figure()} in ${pick(PLACES)}.`; break;
        default: p = `${main.short} ${pick(VERBS)} the talks with ${s.name} would continue ${pick(RELATIVE)}. ${pick(FILLER)}`;
      }
      parts.push(p);
      size += p.length + 1;
    }
    const text = parts.join(rng() < 0.7 ? '\n\n' : '\n');
    yield { name: `article-${String(i).padStart(6, '0')}.txt`, text };
  }
}
