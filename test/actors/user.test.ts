import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tempDir } from '../temp-dir.js';
import { join } from 'node:path';
import { loadUserActors } from '../../src/actors/index.js';
import { createPipeline } from '../../src/pipeline.js';
import { actorsOf, one } from './helpers.js';

const dir = tempDir('entente-actors-');

test('a JSON actor file adds people and organisations', () => {
  const file = join(dir, 'mine.json');
  writeFileSync(file, JSON.stringify({
    people: [{ id: 'varga-petra', name: 'Petra Varga', aliases: ['P. Varga'], gender: 'f', roles: [{ code: 'HUN', sector: 'GOV', title: 'Mayor', start: '2019-10-13' }] }],
    organizations: [{ id: 'green-lantern-watch', name: 'Green Lantern Watch', aliases: ['GLW'], code: 'NGO', sector: null, kind: 'ngo' }],
  }));
  const mine = createPipeline({ actorFiles: [file] });
  const doc = actorsOf('Petra Varga thanked Green Lantern Watch volunteers. GLW said she helped.', '2021-01-01', mine);
  assert.deepEqual([one(doc, 'Petra Varga').actor.code, one(doc, 'Petra Varga').actor.sector], ['HUN', 'GOV']);
  assert.equal(one(doc, 'Petra Varga').actor.id, 'varga-petra');
  assert.equal(one(doc, 'GLW').actor.id, 'green-lantern-watch');
  assert.equal(one(doc, 'she').actor.id, 'varga-petra');
});

test('a YAML actor file: lists of maps, flow lists, comments, dated roles', () => {
  const file = join(dir, 'mine.yaml');
  writeFileSync(file, [
    '# our own actors',
    'people:',
    '  - id: mbeki-thandiwe',
    '    name: Thandiwe Mbeki-Sithole',
    '    aliases: [Mbeki-Sithole, "T. Mbeki-Sithole"]',
    '    gender: f',
    '    roles:',
    '      - code: ZAF',
    '        sector: LEG',
    '        title: Member of Parliament',
    '        start: 2014-05-21',
    '        end: 2019-05-21',
    '      - code: ZAF',
    '        sector: GOV',
    "        title: 'Minister of Water'",
    '        start: 2019-05-30',
    'organizations:',
    '- id: orange-river-front',
    '  name: Orange River Front',
    '  code: ZAF',
    '  sector: REB',
    '',
  ].join('\n'));
  const read = loadUserActors(file);
  assert.equal(read.people[0]!.roles.length, 2);
  assert.equal(read.people[0]!.aliases![1], 'T. Mbeki-Sithole');
  const mine = createPipeline({ actorFiles: [file] });
  const early = one(actorsOf('Thandiwe Mbeki-Sithole criticised the Orange River Front.', '2016-01-01', mine), 'Thandiwe Mbeki-Sithole').actor;
  assert.deepEqual([early.code, early.sector], ['ZAF', 'LEG']);
  const doc = actorsOf('Thandiwe Mbeki-Sithole criticised the Orange River Front.', '2020-01-01', mine);
  assert.equal(one(doc, 'Thandiwe Mbeki-Sithole').actor.sector, 'GOV');
  assert.deepEqual([one(doc, 'Orange River Front').actor.code, one(doc, 'Orange River Front').actor.sector], ['ZAF', 'REB']);
});

test('an entry with an existing id updates the built-in actor', () => {
  const file = join(dir, 'update.json');
  writeFileSync(file, JSON.stringify({ organizations: [{ id: 'gbr-whitehall', name: 'Whitehall', aliases: ['Whitehall mandarins'], code: 'GBR', sector: 'GOV' }] }));
  const mine = createPipeline({ actorFiles: [file] });
  assert.equal(one(actorsOf('Whitehall mandarins objected.', undefined, mine), 'Whitehall mandarins').actor.id, 'gbr-whitehall');
});

test('a pipeline made with actor files knows them; the default pipeline and others do not', () => {
  const file = join(dir, 'only-mine.json');
  writeFileSync(file, JSON.stringify({ organizations: [{ id: 'blue-heron-league', name: 'Blue Heron League', code: 'NGO', sector: null }] }));
  const mine = createPipeline({ actorFiles: [file] });
  const text = 'The Blue Heron League met the mayor.';
  assert.equal(one(actorsOf(text, undefined, mine), 'Blue Heron League').actor.id, 'blue-heron-league');
  // the built-in dictionary is not changed: the default pipeline and a fresh one read the name as unknown
  for (const other of [undefined, createPipeline()]) {
    const doc = actorsOf(text, undefined, other);
    assert.ok(!doc.actors.some((a) => a.actor.id === 'blue-heron-league'), doc.actors.map((a) => a.actor.id).join());
  }
  // a user entry that replaces a built-in one by id leaves the built-in entry alone for everyone else
  const update = join(dir, 'whitehall-2.json');
  writeFileSync(update, JSON.stringify({ organizations: [{ id: 'gbr-whitehall', name: 'Whitehall', code: 'GBR', sector: 'LEG' }] }));
  const changed = createPipeline({ actorFiles: [update] });
  assert.equal(one(actorsOf('Whitehall objected.', undefined, changed), 'Whitehall').actor.sector, 'LEG');
  assert.equal(one(actorsOf('Whitehall objected.'), 'Whitehall').actor.sector, 'GOV');
});

test('a bad file gives one line naming the file and the entry', () => {
  const bad = join(dir, 'bad.yaml');
  writeFileSync(bad, 'people:\n  - id: doe-jan\n    name: Jan Doe\n    roles:\n      - code: Narnia\n        sector: GOV\n        title: King\n');
  assert.throws(() => loadUserActors(bad), (e: Error) => {
    assert.ok(!e.message.includes('\n'), e.message);
    assert.match(e.message, /bad\.yaml/);
    assert.match(e.message, /people\[0\] \("Jan Doe"\)/);
    assert.match(e.message, /roles\.0\.code/);
    return true;
  });
  const sector = join(dir, 'sector.json');
  writeFileSync(sector, JSON.stringify({ organizations: [{ id: 'x', name: 'X Group', code: 'NGO', sector: 'ABC' }] }));
  assert.throws(() => loadUserActors(sector), /sector\.json: entry organizations\[0\] \("X Group"\): sector/);
  const broken = join(dir, 'broken.yaml');
  writeFileSync(broken, 'people:\n  - id: a\n   name: misaligned\n');
  assert.throws(() => loadUserActors(broken), /broken\.yaml: not valid YAML: line 3/);
  assert.throws(() => loadUserActors(join(dir, 'missing.yaml')), /missing\.yaml: cannot read it/);
});
