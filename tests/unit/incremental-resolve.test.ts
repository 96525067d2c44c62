// The incremental corpus step gives exactly the annotations of resolveCorpus over the whole
// corpus, after every step of random edit sequences of real text (the seeds and generated
// articles): sentences naming people added and removed, paragraphs deleted, documents added,
// removed and replaced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument, resolveCorpus, type DocumentExtraction } from '../../server/src/analysis';
import { IncrementalCorpus } from '../../server/src/analysis/corpus/incremental';
import { generateCorpus, mulberry32 } from '../../bench/corpus.mjs';

const ROOT = join(__dirname, '..', '..');

const rng = mulberry32;

function corpus(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const f of readdirSync(join(ROOT, 'seeds')).sort()) texts.set(`file:///c/seeds/${f}`, readFileSync(join(ROOT, 'seeds', f), 'utf8'));
  // a small cast so that names collide across articles (shared surnames, acronyms, orgs)
  for (const { name, text } of generateCorpus({ articles: 40, seed: 11, people: 40, orgs: 15, skew: 6 })) texts.set(`file:///c/gen/${name}`, text);
  return texts;
}

const SENTENCES = [
  'Jane Q. Okafor said the vote was final.',
  // a name's form without its middle initial, which follows the full name where both are
  'Jane Okafor thanked her staff.',
  '“We will not accept this,” Okafor told reporters.',
  'The Northfield Water Authority (NWA) said prices would rise. NWA officials declined to comment.',
  'Smith said on Monday that 40 percent of homes were affected.',
  'Mayor Lee Smith said, “It is simply not true.” He added that talks would resume.',
  'THE BAKER GROUP ANNOUNCES RECORD PROFITS',
  'Baker Group News Staff reported that France said it would help.',
  'Antony Blinken said the ceasefire talks would continue.',
  'Blinken warned that more help was on the way.',
  // names that are only mentioned until some edit makes them speakers
  'Officials met Dmitri Zorin and the Harlow Port Authority on Tuesday. THE ZORIN PORT REPORT',
  'Zorin said the talks had ended.',
  'The Harlow Port Authority said 12 ships were waiting.',
];

function check(inc: IncrementalCorpus, texts: Map<string, string>, extractions: Map<string, DocumentExtraction>, step: string): void {
  const uris = [...texts.keys()].sort();
  const full = resolveCorpus(uris.map((u) => extractions.get(u)!));
  assert.equal(inc.size, uris.length, step);
  uris.forEach((u, i) => {
    const got = inc.analysis(u);
    assert.ok(got, `${step}: ${u} has an analysis`);
    assert.deepStrictEqual(got.annotations, full[i].annotations, `${step}: annotations of ${u}`);
    assert.deepStrictEqual(got.statements, full[i].statements, `${step}: statements of ${u}`);
  });
}

for (const seed of [1, 2, 3]) {
  test(`incremental resolution equals full resolution over random edits (seed ${seed})`, () => {
    const random = rng(seed);
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
    const texts = corpus();
    const extractions = new Map<string, DocumentExtraction>();
    const ex = (uri: string) => {
      const e = extractDocument({ id: uri, text: texts.get(uri)! });
      extractions.set(uri, e);
      return e;
    };
    const inc = new IncrementalCorpus();
    // streamed in, in an arbitrary order, in batches (as the workers deliver them)
    const order = [...texts.keys()].sort(() => random() - 0.5);
    for (let i = 0; i < order.length; i += 7) inc.update(order.slice(i, i + 7).map(ex));
    check(inc, texts, extractions, 'initial');
    const removed = new Map<string, string>();
    for (let step = 0; step < 25; step++) {
      const uri = pick([...texts.keys()]);
      const text = texts.get(uri)!;
      const op = Math.floor(random() * 6);
      let what: string;
      if (op <= 1) {
        const paras = text.split('\n\n');
        paras.splice(Math.floor(random() * (paras.length + 1)), 0, pick(SENTENCES));
        texts.set(uri, paras.join('\n\n'));
        inc.update([ex(uri)]);
        what = 'sentence added';
      } else if (op === 2) {
        const paras = text.split('\n\n');
        if (paras.length > 1) paras.splice(Math.floor(random() * paras.length), 1);
        texts.set(uri, paras.join('\n\n'));
        inc.update([ex(uri)]);
        what = 'paragraph removed';
      } else if (op === 3 && texts.size > 5) {
        removed.set(uri, text);
        texts.delete(uri);
        extractions.delete(uri);
        inc.update([], [uri]);
        what = 'document removed';
      } else if (op === 4 && removed.size) {
        const [back, t] = [...removed][0];
        removed.delete(back);
        texts.set(back, t);
        inc.update([ex(back)]);
        what = 'document added back';
      } else {
        const other = pick([...texts.keys()]);
        texts.set(uri, texts.get(other)!.slice(0, 4000));
        inc.update([ex(uri)]);
        what = 'document replaced';
      }
      check(inc, texts, extractions, `seed ${seed} step ${step} (${what} in ${uri})`);
    }
  });
}

test('an edit changes the entity of mentions in another document (cross-file coreference)', () => {
  const a = 'file:///x/a.txt', b = 'file:///x/b.txt';
  const inc = new IncrementalCorpus();
  const textB = 'The council met on Monday. Okafor said the plan would cost far more than expected.';
  inc.update([extractDocument({ id: a, text: 'The vote was delayed again.' }), extractDocument({ id: b, text: textB })]);
  const before = inc.analysis(b)!.annotations.find((x) => x.text === 'Okafor');
  assert.equal(before?.entity, 'Okafor');
  const changed = inc.update([extractDocument({ id: a, text: 'Jane Q. Okafor said the vote was delayed again.' })]);
  assert.ok(changed.has(b), 'the other document is re-derived');
  const after = inc.analysis(b)!.annotations.find((x) => x.text === 'Okafor');
  assert.equal(after?.entity, 'Jane Q. Okafor');
});

test('a name becoming a speaker in one document turns its mentions elsewhere into entity mentions', () => {
  const docs = [
    { id: 'file:///x/a.txt', text: 'The talks had ended.' },
    { id: 'file:///x/b.txt', text: 'Officials met Dmitri Zorin on Tuesday.' },
  ];
  const inc = new IncrementalCorpus();
  inc.update(docs.map((d) => extractDocument(d)));
  docs[0].text = 'Zorin said the talks had ended.';
  inc.update([extractDocument(docs[0])]);
  const full = resolveCorpus(docs.map((d) => extractDocument(d)));
  docs.forEach((d, i) => assert.deepStrictEqual(inc.analysis(d.id)!.annotations, full[i].annotations, d.id));
  assert.ok(inc.analysis(docs[1].id)!.annotations.some((x) => x.type === 'mention' && x.entity === 'Dmitri Zorin'));
});

test('canonical names follow edits of the document that gives them, alone or with others in one update', () => {
  // one person written four ways: "Sean O’Neil" and "Sean O'Neil" rank alike (the first
  // document in corpus order gives the name), "SEAN O’NEIL" ranks lower, "O’Neil" lowest
  const texts = new Map<string, string>([
    ['file:///k/a.txt', 'Sean O’Neil said the plan works.'],
    ['file:///k/b.txt', 'Sean O\'Neil said the vote was close. O\'Neil left.'],
    ['file:///k/c.txt', 'Officials said SEAN O\'NEIL had resigned. O\'Neil said nothing.'],
    ['file:///k/d.txt', 'O’Neil said nothing more.'],
  ]);
  const extractions = new Map<string, DocumentExtraction>();
  const ex = (uri: string, text?: string) => {
    if (text !== undefined) texts.set(uri, text);
    const e = extractDocument({ id: uri, text: texts.get(uri)! });
    extractions.set(uri, e);
    return e;
  };
  const inc = new IncrementalCorpus();
  inc.update([...texts.keys()].map((u) => ex(u)));
  const name = () => inc.analysis('file:///k/d.txt')!.annotations[0].entity;
  check(inc, texts, extractions, 'initial');
  assert.equal(name(), 'Sean O’Neil');
  // the canonical document's form gets worse: the next best document gives the name
  inc.update([ex('file:///k/a.txt', 'SEAN O’NEIL said the plan works.')]);
  check(inc, texts, extractions, 'canonical form made worse');
  assert.equal(name(), 'Sean O\'Neil');
  // the canonical document edited, its form as good as before
  inc.update([ex('file:///k/b.txt', 'Sean O\'Neil said the vote was close.')]);
  check(inc, texts, extractions, 'canonical document edited');
  assert.equal(name(), 'Sean O\'Neil');
  // in one update: a better document, a worse one, then the canonical document as good as before
  inc.update([ex('file:///k/a.txt', 'Sean O’Neil said the plan works.'), ex('file:///k/d.txt', 'O’Neil said nothing at all.'), ex('file:///k/b.txt', 'Sean O\'Neil said the vote was close. O\'Neil left.')]);
  check(inc, texts, extractions, 'three documents in one update');
  assert.equal(name(), 'Sean O’Neil');
  // the canonical document removed
  texts.delete('file:///k/a.txt');
  extractions.delete('file:///k/a.txt');
  inc.update([], ['file:///k/a.txt']);
  check(inc, texts, extractions, 'canonical document removed');
  assert.equal(name(), 'Sean O\'Neil');
});
