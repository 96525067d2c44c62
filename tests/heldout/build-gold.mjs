#!/usr/bin/env node
// Hand-made gold for the held-out articles (speakers and mentions only; dates and figures are
// not annotated). Same method as /work/shared/gold/build-seeds.mjs: every whole-word
// occurrence of a surface form of an entity that is a speaker somewhere in this held-out
// corpus is a `mention`; spans in SPEAKERS become `speaker`s; EXTRA adds metonyms; EXCLUDE
// removes occurrences inside another proper name. Spans are given as context strings with the
// span in [brackets]; the context must occur exactly once in its document.
// usage: node tests/heldout/build-gold.mjs   (writes tests/heldout/gold.jsonl)
import fs from 'node:fs';
import path from 'node:path';

const dir = path.join(import.meta.dirname, 'articles');
const H1 = 'h1_wire_dateline.txt', H2 = 'h2_uk_politics.txt', H3 = 'h3_ap_us_politics.txt', H4 = 'h4_business.txt';
const H5 = 'h5_local.txt', H6 = 'h6_1990s.txt', H7 = 'h7_sports.txt', H8 = 'h8_science_oped.txt';

// [surface form, entity (fullest form in the held-out corpus), subtype], longest first
const FORMS = [
  ['Lawrence Kanyuka', 'Lawrence Kanyuka', 'person'], ['Kanyuka', 'Lawrence Kanyuka', 'person'],
  ['Patrick Muyaya', 'Patrick Muyaya', 'person'], ['Muyaya', 'Patrick Muyaya', 'person'],
  ['Moussa Faki Mahamat', 'Moussa Faki Mahamat', 'person'],
  ['African Union', 'African Union', 'org'], ['European Union', 'European Union', 'org'],
  // (the State Department speaks only through "A State Department spokesperson", unnamed: as "A
  // Hamas official" in the seeds' gold, it is then no speaker, and so has no mentions either)
  ['United States', 'United States', 'org'],
  ['Kenya', 'Kenya', 'org'], ['UNHCR', 'UNHCR', 'org'], ['Stephanie Wolters', 'Stephanie Wolters', 'person'],
  ['Keir Starmer', 'Keir Starmer', 'person'], ['Jeremy Hunt', 'Jeremy Hunt', 'person'], ['Hunt', 'Jeremy Hunt', 'person'],
  ['Office for Budget Responsibility', 'Office for Budget Responsibility', 'org'],
  ['Institute for Fiscal Studies', 'Institute for Fiscal Studies', 'org'], ['Paul Johnson', 'Paul Johnson', 'person'],
  ['RAC', 'RAC', 'org'], ['Andrew Bailey', 'Andrew Bailey', 'person'], ['Labour', 'Labour', 'org'], ['Ed Davey', 'Ed Davey', 'person'],
  ['Dick Durbin', 'Dick Durbin', 'person'], ['Durbin', 'Dick Durbin', 'person'],
  ['Chuck Grassley', 'Chuck Grassley', 'person'], ['Grassley', 'Chuck Grassley', 'person'],
  ['White House', 'White House', 'org'], ['Karine Jean-Pierre', 'Karine Jean-Pierre', 'person'],
  ['Donald Trump', 'Donald Trump', 'person'], ['Trump', 'Donald Trump', 'person'],
  ['Department of Homeland Security', 'Department of Homeland Security', 'org'],
  ['Chuck Schumer', 'Chuck Schumer', 'person'], ['Schumer', 'Chuck Schumer', 'person'],
  ['Boeing', 'Boeing', 'org'], ['Federal Aviation Administration', 'Federal Aviation Administration', 'org'],
  ['FAA', 'Federal Aviation Administration', 'org'], ['Dave Calhoun', 'Dave Calhoun', 'person'],
  ['Alaska Airlines', 'Alaska Airlines', 'org'], ['Ben Minicucci', 'Ben Minicucci', 'person'],
  ['Jennifer Homendy', 'Jennifer Homendy', 'person'],
  ['Rosa Delgado', 'Rosa Delgado', 'person'], ['Delgado', 'Rosa Delgado', 'person'],
  ['Tom Becker', 'Tom Becker', 'person'], ['Becker', 'Tom Becker', 'person'], ['Linda Okafor', 'Linda Okafor', 'person'],
  ['Mark Ellison', 'Mark Ellison', 'person'], ['Fairview Teachers Association', 'Fairview Teachers Association', 'org'],
  ['Boris Yeltsin', 'Boris Yeltsin', 'person'], ['Yeltsin', 'Boris Yeltsin', 'person'], ['YELTSIN', 'Boris Yeltsin', 'person'],
  ['Vladimir Zhirinovsky', 'Vladimir Zhirinovsky', 'person'], ['Zhirinovsky', 'Vladimir Zhirinovsky', 'person'],
  ['Yegor Gaidar', 'Yegor Gaidar', 'person'], ['Gaidar', 'Yegor Gaidar', 'person'],
  ['Warren Christopher', 'Warren Christopher', 'person'], ['Mike McCurry', 'Mike McCurry', 'person'],
  ['Central Election Commission', 'Central Election Commission', 'org'],
  ['Danny Walsh', 'Danny Walsh', 'person'], ['Walsh', 'Danny Walsh', 'person'],
  ['Gary Hollins', 'Gary Hollins', 'person'], ['Hollins', 'Gary Hollins', 'person'],
  ['Paolo Ricci', 'Paolo Ricci', 'person'], ['Ricci', 'Paolo Ricci', 'person'],
  ['Football Association', 'Football Association', 'org'],
  ['Laure Zanna', 'Laure Zanna', 'person'], ['Zanna', 'Laure Zanna', 'person'], ['Judith Curry', 'Judith Curry', 'person'],
  ['National Oceanic and Atmospheric Administration', 'National Oceanic and Atmospheric Administration', 'org'],
  ['Intergovernmental Panel on Climate Change', 'Intergovernmental Panel on Climate Change', 'org'],
  ['Greenpeace', 'Greenpeace', 'org'], ['American Petroleum Institute', 'American Petroleum Institute', 'org'],
];

// [doc, ctx, role]
const SPEAKERS = [
  [H1, 'spokesman [Lawrence Kanyuka] told', 'rebel spokesman'],
  [H1, 'Minister [Patrick Muyaya] said', 'Information Minister'],
  [H1, 'The [African Union], which', null],
  [H1, 'chairman [Moussa Faki Mahamat] said', 'African Union Commission chairman'],
  [H1, '[Kenya]\'s foreign ministry said', null],
  [H1, 'refugee agency [UNHCR]', 'United Nations refugee agency'],
  [H1, '[Kanyuka] said the rebels', null],
  [H1, '[Muyaya] dismissed', null],
  [H1, 'The [United States] and the European', null],
  [H1, 'and the [European Union] have called', null],
  [H1, 'said [Stephanie Wolters], a researcher', 'researcher at the South African Institute of International Affairs'],

  [H2, 'Sir [Keir Starmer], the Leader', 'Leader of the Opposition'],
  [H2, '[Jeremy Hunt] insisted', null],
  [H2, 'The [Office for Budget Responsibility] said', null],
  [H2, 'the [Institute for Fiscal Studies], the rise', null],
  [H2, '[Paul Johnson], the institute', 'institute\'s director'],
  [H2, 'The [RAC] warned', null],
  [H2, 'governor, [Andrew Bailey], said', 'governor'],
  [H2, '[Labour] said', null],
  [H2, '[Ed Davey], the Liberal', 'Liberal Democrat leader'],

  [H3, 'Sen. [Dick Durbin], D-Ill.', 'committee chairman'],
  [H3, 'Sen. [Chuck Grassley] of Iowa', 'top Republican'],
  [H3, 'The [White House] on Monday urged', null],
  [H3, 'secretary [Karine Jean-Pierre] told', 'Press secretary'],
  [H3, 'President [Donald Trump], the presumptive', 'Former President'],
  [H3, 'platform, [Trump] called', null],
  [H3, '[Durbin] responded', null],
  [H3, 'The [Department of Homeland Security] has reported', null],
  [H3, 'Leader [Chuck Schumer] said', 'Senate Majority Leader'],
  [H3, '[Schumer] said.', null],
  [H3, '[Grassley] said he had', null],

  [H4, 'the [Federal Aviation Administration] said', null],
  [H4, 'The [FAA] said in a statement', null],
  [H4, '[Boeing] said it was cooperating', null],
  [H4, 'executive [Dave Calhoun] wrote', 'chief executive'],
  [H4, '[Alaska Airlines], which grounded', null],
  [H4, 'executive, [Ben Minicucci], told', 'The airline\'s chief executive'],
  [H4, 'chair [Jennifer Homendy] said', 'NTSB chair'],

  [H5, 'member [Rosa Delgado], who voted', 'Council member'],
  [H5, 'Mayor [Tom Becker].', 'Mayor'],
  [H5, '[Linda Okafor], a retired', 'retired teacher'],
  [H5, 'director [Mark Ellison] said', 'Library director'],
  [H5, 'The [Fairview Teachers Association] criticized', null],
  [H5, '[Becker] said the council', null],
  [H5, '[Delgado] said she', null],

  [H6, '[YELTSIN] PLEDGES', null],
  [H6, 'President [Boris Yeltsin] vowed', 'President'],
  [H6, 'Mr. [Yeltsin] said', null],
  [H6, 'Mr. [Zhirinovsky] told', null],
  [H6, 'Mr. [Gaidar] conceded', null],
  [H6, 'State [Warren Christopher] said', 'Secretary of State'],
  [H6, 'spokesman, [Mike McCurry], said', 'State Department spokesman'],
  [H6, 'The [Central Election Commission] said', null],

  [H7, 'it,\' [Walsh] said', null],
  [H7, 'manager [Gary Hollins] admitted', 'Rovers manager'],
  [H7, 'boss [Paolo Ricci] blamed', 'City boss'],
  [H7, '[Ricci] said. \'That', null],
  [H7, '[Ricci] called', null],
  [H7, 'The [Football Association] said', null],

  [H8, 'said [Laure Zanna], a climate', 'climate physicist at New York University'],
  [H8, '[Judith Curry], a former', 'former professor at the Georgia Institute of Technology'],
  [H8, 'The [National Oceanic and Atmospheric Administration], which', null],
  [H8, '[Zanna] said the results', null],
  [H8, 'The [Intergovernmental Panel on Climate Change] warned', null],
  [H8, '[Greenpeace] called', null],
  [H8, 'the [American Petroleum Institute] said', null],
  [H8, 'question, [Zanna] said', null],
];

// metonyms the surface forms do not find: [doc, ctx, entity, subtype]
const EXTRA = [
  [H1, 'said [Washington] was', 'United States', 'org'],
];
// occurrences of a form inside another proper name: [doc, ctx]
const EXCLUDE = [
  [H1, '[African Union] Commission chairman'],
];

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function locate(text, doc, ctx) {
  const m = /^(.*)\[(.+?)\](.*)$/s.exec(ctx);
  if (!m) throw new Error(`bad ctx ${ctx}`);
  const plain = m[1] + m[2] + m[3];
  const re = new RegExp(plain.split(' ').map(esc).join('[\\s\\u00a0]+'), 'g');
  const hits = [...text.matchAll(re)];
  if (hits.length !== 1) throw new Error(`${doc}: context "${ctx}" found ${hits.length} times`);
  const pre = new RegExp(m[1].split(' ').map(esc).join('[\\s\\u00a0]+')).exec(hits[0][0]);
  const start = hits[0].index + (m[1] ? pre[0].length : 0);
  return { start, end: start + m[2].length };
}

const rows = [];
const formOf = new Map(FORMS.map((f) => [f[0], f]));
for (const doc of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const text = fs.readFileSync(path.join(dir, doc), 'utf8');
  const spans = new Map(); // start -> row
  const taken = new Uint8Array(text.length);
  for (const [form, entity, subtype] of FORMS) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}-])${esc(form)}(?![\\p{L}\\p{N}-])`, 'gu');
    for (const h of text.matchAll(re)) {
      const s = h.index, e = s + form.length;
      let free = true;
      for (let i = s; i < e; i++) if (taken[i]) { free = false; break; }
      if (!free) continue;
      taken.fill(1, s, e);
      spans.set(s, { doc, type: 'mention', start: s, end: e, text: form, entity, subtype, role: null, value: null, unit: null });
    }
  }
  for (const [d, ctx] of EXCLUDE) if (d === doc) { const { start } = locate(text, doc, ctx); if (!spans.delete(start)) throw new Error(`exclude ${ctx}`); }
  for (const [d, ctx, entity, subtype] of EXTRA) if (d === doc) {
    const { start, end } = locate(text, doc, ctx);
    spans.set(start, { doc, type: 'mention', start, end, text: text.slice(start, end), entity, subtype, role: null, value: null, unit: null });
  }
  for (const [d, ctx, role] of SPEAKERS) if (d === doc) {
    const { start, end } = locate(text, doc, ctx);
    const r = spans.get(start);
    if (!r || r.end !== end) throw new Error(`${doc}: speaker ${ctx} is not a form occurrence`);
    r.type = 'speaker'; r.role = role;
  }
  rows.push(...[...spans.values()].sort((a, b) => a.start - b.start));
}
for (const r of rows) if (!formOf.has(r.text) && r.text !== 'Washington') throw new Error(r.text);
fs.writeFileSync(path.join(import.meta.dirname, 'gold.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
const count = (t) => rows.filter((r) => r.type === t).length;
console.log(`${rows.length} rows: ${count('speaker')} speakers, ${count('mention')} mentions`);
if (process.argv.includes('--review')) for (const r of rows) console.log(r.doc.slice(0, 3), r.type.padEnd(8), r.text.padEnd(30), '→', r.entity);
