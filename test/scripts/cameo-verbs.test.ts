// The CAMEO verb-dictionary reader on a made-up block: a pattern whose comment names its verb and
// whose only word after the verb is a particle is that phrasal verb's alone ("press on"), while a
// noun after the verb ("* TALKS") stays a pattern of every verb of the block.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCameoVerbs, phrasalVerb } from '../../scripts/vendor/cameo-verbs.js';

const DICT = `--- URGE   [100] ---
URGE
PRESS
CAMPAIGN
+WIND_DOWN [---]
- * ON                                  [190]   # PRESS
- * TALKS                               [040]   # PRESS
- * ON                                  [190]
- * FREE                                [084]   # URGE
`;

test('comments name the verb a pattern is written for; the multi-word verbs give the particles', () => {
  const dict = parseCameoVerbs(DICT);
  const pats = dict.blocks[0]!.patterns;
  assert.deepEqual(pats.map((p) => [p.intended, p.bareWord]), [['press', 'on'], ['press', 'talks'], [null, 'on'], ['urge', 'free']]);
  assert.ok(dict.particles.has('down'));
});

test('a particle written for one verb becomes that phrasal verb; nouns and uncommented patterns do not', () => {
  const dict = parseCameoVerbs(DICT);
  const [on, talks, bare, free] = dict.blocks[0]!.patterns;
  const adverbs = new Set(['on', 'down', 'free']);
  const particles = new Set([...dict.particles, 'on']);
  const plain = ['urge', 'press', 'campaign'];
  assert.equal(phrasalVerb(on!, particles, adverbs, plain), '~press_on');
  assert.equal(phrasalVerb(talks!, particles, adverbs, plain), null); // a noun: every verb of the block
  assert.equal(phrasalVerb(bare!, particles, adverbs, plain), null); // no verb named
  // "free" is an adverb but no particle of this dictionary's multi-word verbs
  assert.equal(phrasalVerb(free!, dict.particles, adverbs, plain), null);
});
