// Entries that are events only for some actors (verbs.json "actorWords", "actorSectors").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';
import { brief, docWith } from './make-doc.js';

test('protesters who rally or gather protest; others who gather do not', () => {
  const rally = docWith('Thousands of Chilean protesters rallied across the country on Saturday.', [{ text: 'Chilean protesters', code: 'CHL', sector: 'CVL' }]);
  // no target named: addressed to the own government (frames.json homeGovernmentRecipient)
  assert.deepEqual(brief(rally), ['PROTEST CHL>CHL']);
  const summit = docWith('European leaders gathered in Brussels on Thursday.', [{ text: 'European leaders', code: 'EUR', sector: 'GOV' }]);
  assert.deepEqual(brief(summit), []);
});

test('a protest that was held is a protest by the people of its place', () => {
  const d = docWith('A peaceful protest was held in Lilongwe on Friday.', []);
  assert.deepEqual(brief(d).map((b) => b.split(' ')[0]), ['PROTEST']);
  assert.equal(d.events[0]!.actor[0]!.code, 'MWI');
});


test('hedged and conditional arrests are not counted', () => {
  const likely = docWith('The party leaders are likely to be arrested on Friday.', [{ text: 'party leaders', code: null, sector: 'PTY' }]);
  assert.deepEqual(brief(likely), []);
  const inCase = docWith('Unions will strike in case the government arrested their leaders.', [{ text: 'Unions', code: null, sector: 'LAB' }, { text: 'government', code: 'IND', sector: 'GOV' }]);
  assert.ok(!inCase.events.some((e) => e.type === 'COERCE'));
});

test('police who had to fire rounds fired them', () => {
  const d = docWith('The police had to fire several rounds to scatter the crowd.', [{ text: 'police', code: null, sector: 'COP' }]);
  assert.deepEqual(d.events.map((e) => `${e.type} ${e.mode}`), ['ASSAULT firearms']);
});

test('targeting is an attack when troops, rebels or police target', () => {
  const jets = docWith('Syrian warplanes targeted rebel positions near Idlib on Monday.', [{ text: 'Syrian warplanes', code: 'SYR', sector: 'MIL' }]);
  assert.deepEqual(jets.events.map((e) => e.type), ['ASSAULT']);
  const ads = docWith('The Chilean party targeted young voters with its campaign.', [{ text: 'Chilean party', code: 'CHL', sector: 'PTY' }]);
  assert.deepEqual(ads.events.map((e) => e.type), []);
});

test('suppressing a protest is violent repression; a weapons cache found is a seizure', () => {
  const d = docWith('Belarusian authorities violently suppressed the peaceful protest on Sunday.', [{ text: 'Belarusian authorities', code: 'BLR', sector: 'GOV' }]);
  assert.deepEqual(d.events.map((e) => `${e.type} ${e.cameo}`), ['ASSAULT 175']);
  const cache = docWith('Ukrainian security officers found a cache of ammunition near Donetsk.', [{ text: 'Ukrainian security officers', code: 'UKR', sector: 'COP' }]);
  assert.deepEqual(cache.events.map((e) => `${e.type} ${e.mode}`), ['COERCE seize']);
});

test('an implied home government is named as one, not with the words of the actor it was read from', () => {
  const d = annotate({ id: 't', text: 'Kenyan nurses went on strike over pay.' });
  assert.deepEqual(d.events.map((e) => e.recipient.map((r) => [r.text, r.code, r.sector])), [[['government of Kenya', 'KEN', 'GOV']]]);
});

test('releasing or receiving a thing is no release and no visit (verbs.json objectIsParty)', () => {
  const statement = docWith('The Chilean ministry released a statement criticizing Peru on Monday.', [{ text: 'Chilean ministry', code: 'CHL', sector: 'GOV' }, { text: 'Peru', code: 'PER', sector: null }]);
  assert.deepEqual(brief(statement), []);
  assert.ok(statement.messages.some((m) => m.rule === 'events/thing-object'));
  const care = docWith('The Kenyan senator was receiving treatment at a clinic in Nairobi.', [{ text: 'Kenyan senator', code: 'KEN', sector: 'LEG' }]);
  assert.deepEqual(brief(care), []);
  const video = docWith('A rebel video released on Tuesday showed the Colombian town.', [{ text: 'rebel', code: null, sector: 'REB' }]);
  assert.deepEqual(brief(video), []);
  // a party as the object keeps the event, and so does a verb with no object after it
  const captives = docWith('Colombian rebels released 20 soldiers on Monday.', [{ text: 'Colombian rebels', code: 'COL', sector: 'REB' }, { text: 'soldiers', code: 'COL', sector: 'MIL' }]);
  assert.deepEqual(captives.events.map((e) => e.type), ['RETREAT']);
  const guest = docWith('The Turkish president received the Greek prime minister in Ankara.', [{ text: 'Turkish president', code: 'TUR', sector: 'GOV' }, { text: 'Greek prime minister', code: 'GRC', sector: 'GOV' }]);
  assert.deepEqual(guest.events.map((e) => e.type), ['CONSULT']);
});

test('helping is aid only when a party is helped, and providing only when it goes to a party', () => {
  const edit = docWith('The Kenyan lawyer helped edit an article about Uganda.', [{ text: 'Kenyan lawyer', code: 'KEN', sector: 'JUD' }, { text: 'Uganda', code: 'UGA', sector: null }]);
  assert.deepEqual(brief(edit), []);
  const port = docWith('Japan helped the Chilean government rebuild the port.', [{ text: 'Japan', code: 'JPN', sector: null }, { text: 'Chilean government', code: 'CHL', sector: 'GOV' }]);
  assert.deepEqual(port.events.map((e) => e.type), ['AID']);
  const details = docWith('The Peruvian ministry provided no details on Monday.', [{ text: 'Peruvian ministry', code: 'PER', sector: 'GOV' }]);
  assert.deepEqual(brief(details), []);
});

test("a politician's attack on an unarmed party is words; on armed foes or a place it stays an assault (verbalWhenPolitical)", () => {
  const words = docWith('Chilean senators attacked the Peruvian minister over the fishing quotas.', [{ text: 'Chilean senators', code: 'CHL', sector: 'LEG' }, { text: 'Peruvian minister', code: 'PER', sector: 'GOV' }]);
  assert.deepEqual(words.events.map((e) => `${e.type} ${e.cameo}`), ['ACCUSE 111']);
  const armed = docWith('The Syrian government attacked rebel fighters near Idlib.', [{ text: 'Syrian government', code: 'SYR', sector: 'GOV' }, { text: 'rebel fighters', code: 'SYR', sector: 'REB' }]);
  assert.deepEqual(armed.events.map((e) => e.type), ['ASSAULT']);
  const state = docWith('Russia attacked Ukraine.', [{ text: 'Russia', code: 'RUS' }, { text: 'Ukraine', code: 'UKR' }]);
  assert.deepEqual(state.events.map((e) => e.type), ['ASSAULT']);
});

test('fire at or on is shooting; firing a named person is a dismissal (gapNoParty)', () => {
  const sacked = docWith('The Chilean president fired the Peruvian envoy on Monday.', [{ text: 'Chilean president', code: 'CHL', sector: 'GOV' }, { text: 'Peruvian envoy', code: 'PER', sector: 'GOV' }]);
  assert.deepEqual(sacked.events.map((e) => e.type), []);
  const shots = docWith('Chilean police fired tear gas at the protesters.', [{ text: 'Chilean police', code: 'CHL', sector: 'COP' }, { text: 'protesters', code: 'CHL', sector: 'CVL' }]);
  assert.deepEqual(shots.events.map((e) => e.type), ['ASSAULT']);
});

test('attending is a visit only for an actor with a public role', () => {
  const types = (text: string) => annotate({ id: 't', text }).events.map((e) => `${e.type} ${e.mode}`);
  assert.deepEqual(types('The Peruvian foreign minister attended the summit in Santiago.'), ['CONSULT visit']);
  // children at a school, women at a course, residents at a workshop: no diplomacy
  assert.deepEqual(types('Chilean children attended the new school in Temuco.'), []);
  assert.deepEqual(types('Local women in Cusco had attended a course on natural medicines.'), []);
});

test('no private person makes a visit, whatever the verb; a state does', () => {
  const types = (text: string) => annotate({ id: 't', text }).events.map((e) => `${e.type} ${e.mode}`);
  assert.deepEqual(types('Bolivian pilgrims travelled to Lima last week.'), []);
  assert.deepEqual(types('Chile attended the summit in Lima.'), ['CONSULT visit']);
});

test('a host receives someone with a public role: "received the Peruvian president" is a visit, "received calls from residents" is not', () => {
  const visit = annotate({ id: 't', text: 'Bolivian President Luis Arce received the Peruvian foreign minister in La Paz on Monday.', published: '2023-05-02' });
  assert.deepEqual(visit.events.map((e) => `${e.type}.${e.mode}`), ['CONSULT.visit']);
  const calls = annotate({ id: 't', text: 'Bolivian officials received calls from worried residents on Monday.', published: '2023-05-02' });
  assert.equal(calls.events.filter((e) => e.type === 'CONSULT' && e.mode === 'visit').length, 0);
  assert.ok(calls.messages.some((m) => m.rule === 'events/recipient-kind'));
});

test('doctors, paramedics and students who visit or travel make no diplomatic visit; an international body\'s team does', () => {
  const visits = (text: string) => annotate({ id: 't', text, published: '2024-03-04' }).events.filter((e) => e.type === 'CONSULT').map((e) => e.actor.map((a) => a.code ?? a.sector).join('+'));
  assert.deepEqual(visits('Doctors visited the camp in Goma on Monday.'), []);
  assert.deepEqual(visits('Forty nursing students visited the clinic in Nairobi last week.'), []);
  assert.deepEqual(visits('A UNICEF survey team visited Goma over the weekend.'), ['UNO']);
});
