import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsOf, one, find } from './helpers.js';

test('every mention and actor span is the text it claims', () => {
  const doc = actorsOf('Syrian President Bashar al-Assad’s forces shelled Aleppo, and Russia’s envoy met NATO officials in Brussels.', '2016-02-02');
  for (const m of [...doc.mentions, ...doc.actors]) assert.equal(doc.text.slice(m.start, m.end), m.text);
  for (const a of doc.actors) if (a.antecedent !== undefined) assert.ok(doc.actors[a.antecedent], `antecedent ${a.antecedent}`);
  // possessive stripped from the name, the possessed role takes the person's country
  assert.ok(doc.mentions.some((m) => m.type === 'PER' && m.text === 'Bashar al-Assad'));
  assert.equal(one(doc, 'forces').actor.id, 'SYR-MIL');
  assert.equal(one(doc, 'NATO officials').actor.id, 'IGO-GOV');
});

test('an organisation with no sector of its own takes the sector of the role after it', () => {
  const doc = actorsOf('UN peacekeepers left the town while ISIL fighters advanced.', '2016-02-02');
  assert.equal(one(doc, 'UN peacekeepers').actor.id, 'UNO-MIL');
  assert.equal(one(doc, 'ISIL fighters').actor.id, 'isil');
});

test('"former" before a title makes an ex-office-holder (ELI)', () => {
  const doc = actorsOf('Former Peruvian President Carlos Quispe Mamani was arrested.', '2019-01-01');
  const m = one(doc, 'Peruvian President Carlos Quispe Mamani');
  assert.equal(m.actor.code, 'PER');
  assert.equal(m.actor.sector, 'ELI');
});

test('"anti-" and "pro-" countries are attitudes, not actors; "-led" keeps the country', () => {
  const doc = actorsOf('An anti-American crowd gathered as Saudi-led forces advanced.', '2019-01-01');
  assert.equal(find(doc, 'American').length, 0);
  assert.equal(one(doc, 'Saudi-led forces').actor.id, 'SAU-MIL');
});

test('a role word used as a noun modifier makes no actor', () => {
  // (a police station, like a police post, is the police that staff it: roles.test.ts)
  const doc = actorsOf('The passenger plane landed near a police van in Kenya.', '2019-01-01');
  assert.equal(doc.actors.filter((a) => a.actor.sector === 'CVL' || a.actor.sector === 'COP').length, 0);
});

test('text with no tokens gives no actors', () => {
  const doc = actorsOf('   ');
  assert.deepEqual(doc.actors, []);
});
