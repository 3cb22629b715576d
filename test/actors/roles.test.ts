import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsOf, find, one } from './helpers.js';
import { annotate } from '../../src/pipeline.js';

test('a demonym or country before a role gives the code; the head noun gives the sector', () => {
  const doc = actorsOf("Syria's army shelled the town while Belgian police sealed the road and a Russian warplane circled. The French president and Syrian government forces were blamed.", '2019-05-05');
  assert.equal(one(doc, "Syria's army").actor.id, 'SYR-MIL');
  assert.equal(one(doc, 'Belgian police').actor.id, 'BEL-COP');
  assert.equal(one(doc, 'Russian warplane').actor.id, 'RUS-MIL');
  assert.equal(one(doc, 'Syrian government forces').actor.id, 'SYR-MIL');
  // no named French president before: a generic FRA-GOV
  assert.equal(one(doc, 'French president').actor.id, 'FRA-GOV');
});

test('title + dictionary name uses the dictionary; title + unknown name is a PER actor with the phrase country', () => {
  const doc = actorsOf('British Prime Minister David Cameron met Estonian Defence Minister Kaarel Tammsaar in Tallinn.', '2015-06-01');
  const dc = one(doc, 'British Prime Minister David Cameron');
  assert.equal(dc.actor.id, 'cameron-david');
  assert.equal(dc.via, 'dictionary');
  const unk = one(doc, 'Estonian Defence Minister Kaarel Tammsaar');
  assert.equal(unk.actor.code, 'EST');
  assert.equal(unk.actor.sector, 'GOV');
  assert.equal(unk.via, 'role');
  assert.ok(doc.mentions.some((m) => m.type === 'PER' && m.text === 'Kaarel Tammsaar'));
});

test('an unknown titled name with no country takes one from context, with a message', () => {
  const doc = actorsOf('Kenya closed its border on Friday. Interior Minister Juma Odhiambo said the move was temporary.', '2021-02-02');
  const m = one(doc, 'Interior Minister Juma Odhiambo');
  assert.equal(m.actor.code, 'KEN');
  assert.ok(doc.messages.some((x) => x.stage === 'actors' && /Juma Odhiambo/.test(x.reason)));
});

test('bare generic agents take the nearest preceding country and leave an info message', () => {
  const doc = actorsOf('Heavy rain fell across Belgium overnight. Authorities closed two bridges and police diverted traffic.', '2022-01-01');
  assert.equal(one(doc, 'Authorities').actor.id, 'BEL-GOV');
  assert.equal(one(doc, 'Authorities').via, 'generic');
  assert.equal(one(doc, 'police').actor.id, 'BEL-COP');
  assert.ok(doc.messages.some((m) => m.stage === 'actors' && m.level === 'info' && /Authorities/.test(m.reason)));
});

test('non-national agents get no guessed country', () => {
  const doc = actorsOf('In Chile, international leaders praised the vote.', '2022-01-01');
  assert.equal(one(doc, 'leaders').actor.code, null);
});

test('police with no country in their sentence take the country the article mentions most, with a message', () => {
  const doc = actorsOf(
    'Thousands marched in Lima on Sunday. Peru has seen weeks of unrest, and Peruvian unions backed the strike. A Chilean reporter filming the march was hurt. Police fired tear gas near the square.',
    '2023-01-15',
  );
  // the nearest mention is Chilean; the article is about Peru
  const p = one(doc, 'Police');
  assert.equal(p.actor.id, 'PER-COP');
  assert.equal(p.via, 'generic');
  assert.ok(doc.messages.some((m) => m.stage === 'actors' && m.level === 'info' && /Police/.test(m.reason) && /mentions most/.test(m.reason)));
});

test('courts act at home too: a judge with no country in the sentence serves the country the article mentions most', () => {
  const doc = actorsOf(
    'Peru charged two former ministers on Monday. Peruvian prosecutors say the men took bribes in Lima. Their lawyer once worked in Chile. The judge set bail at $1 million.',
    '2023-01-15',
  );
  assert.equal(one(doc, 'judge').actor.id, 'PER-JUD');
});

test('police with a country in their sentence keep that country', () => {
  const doc = actorsOf('Peru has seen weeks of unrest in Lima and Cusco. Peruvian unions backed the strike. In Bolivia, police detained two organisers.', '2023-01-15');
  assert.equal(one(doc, 'police').actor.id, 'BOL-COP');
});

test('"to police the ..." is a verb, not a police actor', () => {
  const doc = actorsOf('Moldova will send 300 troops to police the river crossing from Monday.', '2023-03-01');
  assert.equal(doc.actors.filter((a) => a.actor.sector === 'COP').length, 0);
});

test('a generic agent takes its country from the place phrase right after it, before any nearer country', () => {
  const doc = actorsOf('Kenya sent aid on Monday. Settlers in Hebron attacked a farm. Doctors from Lyon joined a strike. Workers based in Chile walked out.', '2024-05-08');
  const settlers = one(doc, 'Settlers');
  assert.equal(settlers.actor.code, 'PSE', 'Hebron is a city the dictionary lacks: GeoNames places it');
  assert.equal(settlers.actor.sector, 'CVL');
  assert.equal(one(doc, 'Doctors').actor.code, 'FRA');
  assert.equal(one(doc, 'Workers').actor.code, 'CHL', '"based in" a country');
  assert.ok(doc.messages.some((m) => m.rule === 'actors/country-from-place-phrase'), 'the reason is a message');
});

test('a person or organisation after "of" is not a place phrase', () => {
  const doc = actorsOf('Israel closed the crossing. Activists of Hamas protested in the square.', '2024-05-08');
  const activists = one(doc, 'Activists');
  assert.ok(!doc.messages.some((m) => m.rule === 'actors/country-from-place-phrase' && m.start === activists.start), 'Hamas is an organisation, not a place');
});

test('in a sentence without capitals, the unknown words after a title are its holder; everyday words after it are not', () => {
  const doc = actorsOf('the district collector said the market would reopen. deputy police commissioner anand verkhede met traders on monday. the police commissioner office was shut.', '2022-04-04');
  const m = one(doc, 'deputy police commissioner anand verkhede');
  assert.equal(m.actor.sector, 'COP');
  assert.equal(m.via, 'role');
  assert.ok(!doc.actors.some((a) => /office/.test(a.text)), doc.actors.map((a) => a.text).join(' | '));
  // the surname alone, later, is the same holder
  const later = actorsOf('deputy police commissioner anand verkhede met traders on monday. verkhede said the market was calm.', '2022-04-04');
  assert.equal(one(later, 'verkhede').actor.id, one(later, 'deputy police commissioner anand verkhede').actor.id);
  // two letters of initials that the tagger reads as a verb still open the holder's name
  const initials = actorsOf('the traders met at noon. director-general of police dj bhandari told reporters the market was calm.', '2022-04-04');
  assert.equal(one(initials, 'director-general of police dj bhandari').actor.sector, 'COP');
});

test('a unit of a force is that force ("two companies of the reserve police"); a company of a firm stays a company', () => {
  const doc = actorsOf('Two companies of the state reserve police and a platoon of soldiers reached the town. Two companies of the group signed the contract.', '2002-03-03');
  assert.equal(one(doc, 'state reserve police').actor.sector, 'COP');
  assert.equal(one(doc, 'soldiers').actor.sector, 'MIL');
  assert.ok(!doc.actors.some((a) => a.text === 'Two companies' || a.text === 'platoon'));
  assert.equal(one(doc, 'companies').actor.sector, 'BUS');
});

test('naval and coast guard vessels are their force: a demonym before them gives the country', () => {
  const doc = actorsOf('Chinese coast guard vessels shadowed the convoy while Iranian gunboats and two Russian frigates sailed past.', '2024-05-05');
  assert.equal(one(doc, 'Chinese coast guard vessels').actor.id, 'CHN-COP');
  assert.equal(one(doc, 'Iranian gunboats').actor.id, 'IRN-MIL');
  assert.equal(one(doc, 'Russian frigates').actor.id, 'RUS-MIL');
});

test('Indian police forces and ranks are police: BSF, CISF, SRP, railway police, home guards, ACP, SHO', () => {
  const doc = actorsOf('The BSF and the home guards patrolled the market while the ACP and the SHO met traders.', '2002-03-03');
  for (const s of ['BSF', 'home guards', 'ACP', 'SHO']) assert.equal(one(doc, s).actor.sector, 'COP', s);
});

test('a police station is the police that staff it: it files a complaint, and an attack on it falls on the police', () => {
  const doc = actorsOf('The Vasna police station registered a complaint against the shopkeepers after gunmen fired at the Karak police outpost.', '2002-03-03');
  assert.equal(one(doc, 'police station').actor.sector, 'COP');
  assert.equal(one(doc, 'police outpost').actor.sector, 'COP');
});

test("a noun naming a role's own people is the phrase's head: 'opposition candidates' are the opposition, a 'police car' is no actor", () => {
  const doc = actorsOf('Officials in Kampala said Ugandan opposition candidates and rebel commanders would meet. A police car was burnt.', '2020-05-05');
  assert.equal(one(doc, 'Ugandan opposition candidates').actor.id, 'UGA-OPP');
  assert.equal(one(doc, 'rebel commanders').actor.sector, 'REB');
  assert.ok(!doc.actors.some((a) => a.text.startsWith('police')), JSON.stringify(doc.actors.map((a) => a.text)));
});

test("a force's own people take the force's sector: CRPF jawans and BSF personnel are police, army jawans soldiers", () => {
  const doc = actorsOf('In Vadodara, CRPF jawans guarded the bridge while BSF personnel and railway protection force men patrolled the station and army jawans waited. Five men were held.', '2002-03-05');
  assert.equal(one(doc, 'CRPF jawans').actor.sector, 'COP');
  assert.equal(one(doc, 'BSF personnel').actor.sector, 'COP');
  assert.equal(one(doc, 'railway protection force men').actor.sector, 'COP');
  assert.equal(one(doc, 'army jawans').actor.sector, 'MIL');
  assert.equal(one(doc, 'men').actor.sector, 'CVL');
});

test('a department or ministry named by its field is its country\'s government', () => {
  const doc = actorsOf("The U.S. Treasury Department blacklisted the firms, and Britain's Foreign Office summoned the envoy.", '2023-02-01');
  assert.equal(one(doc, 'U.S. Treasury Department').actor.id, 'USA-GOV');
  const fo = one(doc, "Britain's Foreign Office").actor;
  assert.equal(`${fo.code}-${fo.sector}`, 'GBR-GOV');
});

test("an embassy or consulate is its country's government", () => {
  const doc = actorsOf('The US embassy in Kyiv said it would close, and the French consulate in Erbil stayed open.', '2022-02-20');
  assert.equal(one(doc, 'US embassy').actor.id, 'USA-GOV');
  assert.equal(one(doc, 'French consulate').actor.id, 'FRA-GOV');
});

test('a generic head before "of" and a force takes the force\'s sector: the commissioner of police', () => {
  const doc = actorsOf('The commissioner of police in Surat ordered the shops shut, and the chief of army staff flew in.', '2002-03-04');
  assert.equal(one(doc, 'commissioner').actor.sector, 'COP');
  assert.equal(one(doc, 'chief').actor.sector, 'MIL');
});

test('a counterpart is an office holder of the country named with it; prisoners are a party', () => {
  const doc = actorsOf('The Turkish foreign minister met his Greek counterpart as prisoners in Bahrain began a hunger strike.', '2023-10-12');
  assert.equal(one(doc, 'Greek counterpart').actor.code, 'GRC');
  assert.equal(one(doc, 'Greek counterpart').actor.sector, 'GOV');
  assert.equal(one(doc, 'prisoners').actor.sector, 'CVL');
});

test('a capital after "with" or "against" names the government dealt with; after "in" it is a place', () => {
  const doc = actorsOf('Washington held talks with Beijing while protesters in Tokyo rallied against Moscow.', '2023-10-12');
  assert.equal(one(doc, 'Beijing').actor.code, 'CHN');
  assert.equal(one(doc, 'Moscow').actor.code, 'RUS');
  assert.equal(doc.actors.filter((a) => a.text === 'Tokyo').length, 0);
});

test('a headline without a full stop does not run into the story: its last country is no modifier of the lead\'s first role', () => {
  const doc = actorsOf('Protests spread in Kenya\n\nPolice fired tear gas at crowds in Nairobi on Tuesday.', '2024-06-25');
  assert.deepEqual(doc.actors.map((a) => a.text).slice(0, 2), ['Kenya', 'Police']);
  const eu = actorsOf('New sanctions on Russia, more aid to Ukraine\n\nBRUSSELS (Reuters) - European Union leaders approved the package on Thursday.', '2024-06-28');
  assert.ok(eu.actors.some((a) => a.text === 'European Union leaders' && a.actor.code === 'EUR'));
  assert.ok(!eu.actors.some((a) => a.text.includes('\n')), 'no mention spans a paragraph break');
});

test("an organisation's own office holder takes its code: the EU's foreign policy chief, NATO's secretary general", () => {
  const doc = actorsOf("The EU's foreign policy chief visited Kyiv on Monday, and the UN's human rights chief called for calm in Ukraine.", '2024-06-03');
  assert.equal(one(doc, "EU's foreign policy chief").actor.code, 'EUR');
  assert.equal(one(doc, "EU's foreign policy chief").actor.sector, 'GOV');
  assert.equal(one(doc, "UN's human rights chief").actor.code, 'UNO');
});

test('a force\'s convoys, posts and bases are that force; schoolchildren are education', () => {
  const doc = actorsOf('Gunmen ambushed a police convoy near Uruapan while Mexican troops guarded an army base and schoolgirls waited in Morelia.', '2024-05-05');
  assert.equal(one(doc, 'police convoy').actor.sector, 'COP');
  assert.equal(one(doc, 'army base').actor.sector, 'MIL');
  assert.equal(one(doc, 'schoolgirls').actor.sector, 'EDU');
});

test('a named news outlet lends no country to the generic agents after it', () => {
  // Reuters is a British agency; the protesters are where the story is, not in Britain
  const doc = actorsOf('At least five people were shot dead in Nairobi, a doctor told Reuters. Protesters stormed the parliament building.', '2024-06-25');
  assert.notEqual(one(doc, 'Protesters').actor.code, 'GBR');
});

test("a leader's supporters are civilians of the leader's country, not the leader", () => {
  const doc = actorsOf('Erdogan supporters gathered outside the court while Maduro loyalists marched in Caracas.', '2019-05-05');
  assert.equal(doc.actors.find((a) => a.text.endsWith('supporters'))?.actor.id, 'TUR-CVL');
  assert.equal(doc.actors.find((a) => a.text.endsWith('loyalists'))?.actor.id, 'VEN-CVL');
});

test("the supporters act in an event, not the leader they support", () => {
  const doc = annotate({ id: 't', text: 'Erdogan supporters attacked the office of a Greek newspaper.', published: '2019-05-05' });
  assert.deepEqual(doc.events.map((e) => e.actor.map((a) => a.actorId)), [['TUR-CVL']]);
});

test('a carrier is a warship only as an aircraft carrier: "the wireless carrier" is no military', () => {
  const doc = actorsOf('The wireless carrier raised prices, and the aircraft carrier sailed from Callao.');
  assert.equal(find(doc, 'carrier').filter((a) => a.text === 'carrier').length, 0);
  assert.equal(find(doc, 'aircraft carrier')[0]?.actor.sector, 'MIL');
});

test('a city or region named right before a role places it, even with another country in the sentence', () => {
  const doc = actorsOf('Arequipa police questioned two men after the attack on the Chilean consulate.', '2019-05-05');
  assert.equal(one(doc, 'police').actor.code, 'PER');
  // a region the gazetteer knows wins over a town of the same name abroad (Florida, Cuba)
  assert.equal(one(actorsOf('Florida prosecutors charged a man after the attack on the Mexican consulate.', '2019-05-05'), 'prosecutors').actor.code, 'USA');
  // without capitals, the city is a word no English vocabulary holds
  const caseless = actorsOf('the vadodara police commissioner said the american visitors were safe.', '2019-05-05');
  assert.equal(one(caseless, 'police commissioner').actor.code, 'IND');
});

test('common words and people before a role are not the towns so named', () => {
  // Federal (Argentina), Liberal (Kansas): words, not places
  assert.notEqual(one(actorsOf('Federal prosecutors charged a man after the attack on the Mexican consulate.', '2019-05-05'), 'prosecutors').actor.code, 'ARG');
  assert.notEqual(one(actorsOf('The Liberal government in Ottawa was accused of failing to keep Canada safe.', '2019-05-05'), 'government').actor.code, 'USA');
});

test('a place named after "in" places a role as one named before it does: the gazetteer first, then the story\'s country', () => {
  // Florida the US state, not the Cuban town of that name
  assert.equal(one(actorsOf('Prosecutors in Florida charged a man with fraud.', '2019-05-05'), 'Prosecutors').actor.code, 'USA');
  // capitalised after "in", a name of common words is a town ("Fort Worth", not two words)
  assert.equal(one(actorsOf('A pastor said the church in Fort Worth would reopen on Sunday after the shooting in Texas.', '2019-05-05'), 'church').actor.code, 'USA');
});

test('a police rank stands before a lower-case name as a title ("police inspector k s rao")', () => {
  const doc = actorsOf('police inspector k s rao of the town police station told reporters that two men were held.', '2002-03-10');
  const m = one(doc, 'police inspector k s rao');
  assert.equal(m.actor.sector, 'COP');
  // the plural stays a group, not a title
  assert.equal(one(actorsOf('Two sub-inspectors were injured in the clash.', '2002-03-10'), 'sub-inspectors').actor.sector, 'COP');
});

test('cabinet titles named by their department ("Treasury Secretary", "Homeland Security Secretary") are titles: the name after them is a person, and the surname later is that person', () => {
  const doc = annotate({ text: 'Treasury Secretary Ana Quorvale said the bill would pass. Quorvale also said the vote was close.', published: '2024-03-04' });
  const q = doc.actors.filter((a) => /Quorvale/.test(a.text));
  assert.deepEqual(q.map((a) => [a.text, a.actor.sector]), [['Treasury Secretary Ana Quorvale', 'GOV'], ['Quorvale', 'GOV']]);
  assert.equal(q[0]!.actor.id, q[1]!.actor.id);
});

test('detectives and the ranks of police detectives and inspectors are police ("Detective Sergeant X", "chief inspector", "arrested by detectives")', () => {
  const sectorOf = (text: string, words: RegExp) => annotate({ text, published: '2024-03-04' }).actors.filter((a) => words.test(a.text)).map((a) => a.actor.sector);
  assert.deepEqual(sectorOf('Detective Sergeant Ola Brandt said the man had fled to Leeds.', /Brandt/), ['COP']);
  assert.deepEqual(sectorOf('Two men were arrested by detectives in Leeds on Friday.', /detectives/), ['COP']);
  assert.deepEqual(sectorOf('Chief Inspector Mara Quill said the road would reopen on Sunday.', /Quill/), ['COP']);
});

test('a neighbourhood is a place, not its residents (vendor-agent-edges.json thingsFirst)', () => {
  const doc = annotate({ text: 'A teenager was stabbed in the Riverside neighbourhood of Leeds on Monday.', published: '2024-03-04' });
  assert.deepEqual(doc.actors.filter((a) => /neighbou?rhood/i.test(a.text)).map((a) => a.text), []);
});

test('the Home Office is the British government and the Joint Chiefs of Staff the US military, wherever the story is set', () => {
  const doc = annotate({ text: 'Iraqi forces entered Mosul on Monday. The Home Office said it would review the visa rules.', published: '2024-03-04' });
  assert.deepEqual(doc.actors.filter((a) => a.text === 'Home Office').map((a) => `${a.actor.code}/${a.actor.sector}`), ['GBR/GOV']);
});

test('police headquarters or a police control room speaks and is attacked as the police', () => {
  const doc = annotate({ id: 't', text: 'The toll in the riots rose to 60, the city police control room said. Rioters set fire to the police headquarters in the old town.', published: '2002-03-03' });
  assert.deepEqual((doc.quotes ?? []).map((q) => q.speaker?.sector), ['COP']);
  assert.deepEqual(doc.events.map((e) => e.recipient.map((r) => r.sector)), [['COP']]);
});
