import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, docWith } from './make-doc.js';
import { annotate } from '../../src/pipeline.js';

test('active transitive: agent is the subject, recipient the object', () => {
  const d = docWith('Norway praised Chile for the new fisheries deal on Monday.', [
    { text: 'Norway', code: 'NOR' }, { text: 'Chile', code: 'CHL' },
  ]);
  assert.deepEqual(brief(d), ['SUPPORT NOR>CHL']);
  assert.equal(d.events[0]!.cameo, '051');
  assert.equal(d.events[0]!.quad_code, 1);
});

test('headline-style verb wink tags as a noun is still found (compromise fallback)', () => {
  const d = docWith('Peru shot down a Bolivian drone near the border on Tuesday.', [
    { text: 'Peru', code: 'PER' }, { text: 'Bolivian drone', code: 'BOL', sector: 'MIL' },
  ]);
  assert.deepEqual(brief(d), ['ASSAULT PER>BOL']);
  assert.equal(d.events[0]!.mode, 'aerial');
});

test('passive voice: the by-phrase is the actor, the subject the recipient', () => {
  const d = docWith('A Kenyan patrol was attacked by Somali militants overnight.', [
    { text: 'Kenyan patrol', code: 'KEN', sector: 'MIL' }, { text: 'Somali militants', code: 'SOM', sector: 'REB' },
  ]);
  assert.deepEqual(brief(d), ['ASSAULT SOM>KEN']);
});

test('negated events are dropped, with the reason recorded', () => {
  const d = docWith('Police raided the offices of the newspaper but did not arrest any journalists.', [
    { text: 'Police', code: 'ARG', sector: 'COP' }, { text: 'journalists', code: 'ARG', sector: 'JRN', id: 'arg-jrn' },
  ]);
  assert.ok(!brief(d).some((b) => b.startsWith('COERCE') && d.events.some((e) => e.mode === 'arrest')));
  assert.ok(d.messages.some((m) => m.reason.startsWith('negated')));
});

test('hypothetical and purpose clauses are not events', () => {
  const d = docWith('Ghana might sanction Togo. Ghana hopes to visit Togo next year.', [
    { text: 'Ghana', code: 'GHA' }, { text: 'Togo', code: 'TGO' },
  ]);
  assert.deepEqual(brief(d), []);
});

test('quoted speech is a statement, not the reporter\'s event', () => {
  const d = docWith('"We will attack Chad tomorrow," the Libyan commander said.', [
    { text: 'Chad', code: 'TCD' }, { text: 'Libyan commander', code: 'LBY', sector: 'MIL' },
  ]);
  assert.deepEqual(brief(d), []);
});

test('speech verbs code REQUEST only when what was said is a demand', () => {
  const plain = docWith('Japan told Korea that the talks went well.', [{ text: 'Japan', code: 'JPN' }, { text: 'Korea', code: 'KOR' }]);
  assert.deepEqual(brief(plain), []);
  const demand = docWith('Japan told Korea that it must return the fishing boats.', [{ text: 'Japan', code: 'JPN' }, { text: 'Korea', code: 'KOR' }]);
  assert.deepEqual(brief(demand), ['REQUEST JPN>KOR']);
});

test('coordinated actors and recipients become lists', () => {
  const d = docWith('Brazil and Argentina urged Paraguay and Uruguay to reopen the bridge.', [
    { text: 'Brazil', code: 'BRA' }, { text: 'Argentina', code: 'ARG' }, { text: 'Paraguay', code: 'PRY' }, { text: 'Uruguay', code: 'URY' },
  ]);
  assert.deepEqual(brief(d), ['REQUEST BRA+ARG>PRY+URY']);
});

test('a locative place is not an actor recipient; with no named recipient its country stands in', () => {
  const d = docWith('Police arrested six protesters in Nepal on Friday.', [
    { text: 'Police', code: 'NPL', sector: 'COP' }, { text: 'Nepal', code: 'NPL' },
  ]);
  assert.deepEqual(brief(d), ['COERCE NPL>NPL']);
  assert.equal(d.events[0]!.recipient[0]!.sector, null);
  assert.equal(d.events[0]!.place?.name, 'Nepal');
  assert.equal(d.events[0]!.size.arrested, 6);
  // a verbal act is addressed to the people of a foreign place, never to its speaker's own country
  const abroad = docWith('Chile criticized the court ruling in Geneva on Friday.', [{ text: 'Chile', code: 'CHL' }]);
  assert.deepEqual(brief(abroad), ['ACCUSE CHL>CHE']);
  const home = docWith('Chile criticized the court ruling in Santiago on Friday.', [{ text: 'Chile', code: 'CHL', sector: 'GOV' }]);
  assert.deepEqual(brief(home), ['ACCUSE CHL>']);
});

test('relative clause: the antecedent is the subject; a non-actor antecedent gives no event', () => {
  const d = docWith('Mali, which expelled the French envoy last month, condemned the decision. The storms that killed 40 people eased.', [
    { text: 'Mali', code: 'MLI' }, { text: 'French envoy', code: 'FRA', sector: 'GOV' },
  ]);
  const b = brief(d);
  assert.ok(b.includes('SANCTION MLI>FRA'));
  assert.ok(!b.some((x) => x.startsWith('ASSAULT')));
});

test('intent verbs: a violent complement makes a threat, a cooperative one an agreement', () => {
  const t = docWith('Serbia vowed to strike Kosovo.', [{ text: 'Serbia', code: 'SRB' }, { text: 'Kosovo', code: 'XKX' }]);
  assert.deepEqual(brief(t), ['THREATEN SRB>XKX']);
  assert.equal(t.events[0]!.mode, 'violence');
  const a = docWith('Serbia pledged to help Kosovo rebuild.', [{ text: 'Serbia', code: 'SRB' }, { text: 'Kosovo', code: 'XKX' }]);
  assert.deepEqual(brief(a), ['AGREE SRB>XKX']);
});

test('claimed: "X said it downed ..." is X\'s own claim, and casualties are counted', () => {
  const d = docWith('The rebel group said it downed an army helicopter, killing all 12 soldiers on board.', [
    { text: 'The rebel group', code: 'COL', sector: 'REB' }, { text: 'army helicopter', code: 'COL', sector: 'MIL', id: 'col-mil' },
  ]);
  assert.deepEqual(brief(d), ['ASSAULT COL>COL']);
  assert.equal(d.events[0]!.modality.claimed, true);
  assert.equal(d.events[0]!.size.dead, 12);
});

test('event nouns: talks with, and a possessor\'s visit to a place', () => {
  const d = docWith('Modi began talks with the Nepali prime minister in Delhi.', [
    { text: 'Modi', code: 'IND', sector: 'GOV', type: 'PER' }, { text: 'Nepali prime minister', code: 'NPL', sector: 'GOV', type: 'PER' },
  ]);
  assert.deepEqual(brief(d), ['CONSULT IND>NPL']);
});

test('infinitive after a realis governor is an event; the governing AGREE is not doubled', () => {
  const d = docWith('Canada decided to send medical supplies to help Haiti.', [{ text: 'Canada', code: 'CAN' }, { text: 'Haiti', code: 'HTI' }]);
  assert.deepEqual(brief(d), ['AID CAN>HTI']);
  const a = docWith('Canada agreed to provide Haiti with medical supplies.', [{ text: 'Canada', code: 'CAN' }, { text: 'Haiti', code: 'HTI' }]);
  assert.deepEqual(brief(a), ['AID CAN>HTI']);
  assert.ok(a.messages.some((m) => m.reason.startsWith('agreement subsumed')));
});

test('every event span slices its own sentence and trigger out of the text', () => {
  const text = 'Quiet day. Estonia accused Russia of jamming GPS signals.';
  const d = docWith(text, [{ text: 'Estonia', code: 'EST' }, { text: 'Russia', code: 'RUS' }]);
  const e = d.events[0]!;
  assert.equal(text.slice(e.sentence.start, e.sentence.end), 'Estonia accused Russia of jamming GPS signals.');
  assert.equal(text.slice(e.trigger.start, e.trigger.end), 'accused');
  assert.equal(e.type, 'ACCUSE');
});

test('announced or intended actions are coded as intent (CAMEO 03x/13x)', () => {
  const a = docWith('Sweden will provide Ukraine with ambulances.', [{ text: 'Sweden', code: 'SWE' }, { text: 'Ukraine', code: 'UKR' }]);
  assert.deepEqual(brief(a), ['AGREE SWE>UKR']);
  assert.equal(a.events[0]!.cameo, '033');
  assert.equal(a.events[0]!.modality.future, true);
  const t = docWith('Egypt plans to expel the Ethiopian ambassador.', [{ text: 'Egypt', code: 'EGY' }, { text: 'Ethiopian ambassador', code: 'ETH', sector: 'GOV' }]);
  assert.deepEqual(brief(t), ['THREATEN EGY>ETH']);
});

test('a refused intention is a REJECT; a negated past act is no event', () => {
  const r = docWith('Chile said it would not accept the Peruvian proposal.', [{ text: 'Chile', code: 'CHL' }, { text: 'Peruvian proposal', code: 'PER', id: 'per' }]);
  assert.deepEqual(brief(r), ['REJECT CHL>PER']);
  const n = docWith('Chile did not accept the Peruvian proposal.', [{ text: 'Chile', code: 'CHL' }, { text: 'Peruvian proposal', code: 'PER', id: 'per' }]);
  assert.deepEqual(brief(n), []);
});

test('"received X from Y": the giver is the actor', () => {
  const d = docWith('Kurdish fighters received weapons from the Iraqi government.', [
    { text: 'Kurdish fighters', code: 'IRQ', sector: 'REB' }, { text: 'Iraqi government', code: 'IRQ', sector: 'GOV', id: 'irq-gov' },
  ]);
  assert.deepEqual(d.events.map((e) => `${e.type} ${e.actor[0]!.sector}>${e.recipient[0]!.sector}`), ['AID GOV>REB']);
});

test('what a directive asks for is not an event; a state is not its own recipient; a deadline is not the date', () => {
  const d = docWith('Protesters demanded that the prime minister resign.', [
    { text: 'Protesters', code: 'ARM', sector: 'CVL' }, { text: 'prime minister', code: 'ARM', sector: 'GOV', id: 'arm-pm' },
  ]);
  assert.deepEqual(brief(d), ['REQUEST ARM>ARM']);
  const own = docWith('Russia deployed Russian troops to the border.', [{ text: 'Russia', code: 'RUS' }, { text: 'Russian troops', code: 'RUS', sector: 'MIL', id: 'rus-mil' }]);
  assert.deepEqual(brief(own), ['MOBILIZE RUS>']);
  const dl = docWith('On Monday Armenia agreed to return the district to Azerbaijan by 1 December.', [{ text: 'Armenia', code: 'ARM' }, { text: 'Azerbaijan', code: 'AZE' }], '2020-11-10');
  assert.equal(dl.events[0]?.date, '2020-11-09');
});

test('partitives do not hide the subject: "a delegation of X officials"', () => {
  const d = docWith('A delegation of Peruvian officials held talks with Bolivia on Monday.', [
    { text: 'Peruvian officials', code: 'PER', sector: 'GOV' }, { text: 'Bolivia', code: 'BOL' },
  ]);
  assert.deepEqual(brief(d), ['CONSULT PER>BOL']);
});

test('withdrawing monitors or envoys reduces relations (CAMEO 166), withdrawing troops is a retreat', () => {
  const s = docWith('Ghana withdrew its observers from Togo.', [{ text: 'Ghana', code: 'GHA' }, { text: 'Togo', code: 'TGO' }]);
  assert.deepEqual(brief(s), ['SANCTION GHA>TGO']);
  assert.equal(s.events[0]!.cameo, '166');
  const r = docWith('Ghana withdrew its troops from Togo.', [{ text: 'Ghana', code: 'GHA' }, { text: 'Togo', code: 'TGO' }]);
  assert.deepEqual(brief(r), ['RETREAT GHA>TGO']);
});

test('an intention with "unless" is a threat', () => {
  const d = docWith('Ghana will withdraw its troops from Togo unless the talks resume.', [{ text: 'Ghana', code: 'GHA' }, { text: 'Togo', code: 'TGO' }]);
  assert.deepEqual(brief(d), ['THREATEN GHA>TGO']);
});

test('an event noun that is what a verbal event asks for is not a second event', () => {
  const d = docWith('Kenya called for sanctions against Sudan.', [{ text: 'Kenya', code: 'KEN' }, { text: 'Sudan', code: 'SDN' }]);
  assert.deepEqual(brief(d), ['REQUEST KEN>SDN']);
});

test('a participle describing a noun is not an event; a meeting announced for later is an intent to meet (CAMEO 036)', () => {
  const d = docWith('Peru freed a Chilean activist jailed in 2019.', [{ text: 'Peru', code: 'PER' }, { text: 'Chilean activist', code: 'CHL', sector: 'CVL' }]);
  assert.deepEqual(brief(d), ['RETREAT PER>CHL']);
  const m = docWith('Peru and Chile will meet in Lima next week.', [{ text: 'Peru', code: 'PER' }, { text: 'Chile', code: 'CHL' }]);
  assert.equal(m.events[0]?.type, 'AGREE');
  assert.equal(m.events[0]?.cameo, '036');
  assert.equal(m.events[0]?.modality.future, true);
});

test('"after a X jet shot down ...": a subordinator before a determiner still leaves X the subject', () => {
  const d = docWith('Italy cut air links, one day after a Serbian army jet shot down a helicopter.', [
    { text: 'Italy', code: 'ITA' }, { text: 'Serbian army jet', code: 'SRB', sector: 'MIL' },
  ]);
  assert.ok(brief(d).includes('ASSAULT SRB>'), brief(d).join(' '));
});

test('sports, business and entertainment sentences that only look political code no event', () => {
  const sports = docWith('Peru beat Chile 2-1 in the qualifier on Tuesday.', [{ text: 'Peru', code: 'PER' }, { text: 'Chile', code: 'CHL' }]);
  assert.deepEqual(brief(sports), []);
  assert.ok(sports.messages.some((m) => m.reason === 'sports sentence: not coded'));
  const business = docWith('Analysts praised Norway after its shares and earnings beat forecasts.', [{ text: 'Norway', code: 'NOR' }]);
  assert.deepEqual(brief(business), []);
  // A political act in a sports setting is still an event.
  const police = docWith('Peruvian police arrested 12 fans after the match in Lima.', [{ text: 'Peruvian police', code: 'PER', sector: 'COP' }]);
  assert.equal(police.events[0]?.type, 'COERCE');
});

test('hedged counts are flagged approximate', () => {
  const d = docWith('Gunmen attacked a Malian village, killing at least 20 people and wounding dozens.', [
    { text: 'Gunmen', code: 'MLI', sector: 'UAF' }, { text: 'Malian village', code: 'MLI', sector: 'CVL', id: 'mli-cvl' },
  ]);
  assert.equal(d.events[0]?.size.dead, 20);
  assert.equal(d.events[0]?.size.approximate, true);
  const exact = docWith('Gunmen attacked a Malian village, killing 20 people.', [
    { text: 'Gunmen', code: 'MLI', sector: 'UAF' }, { text: 'Malian village', code: 'MLI', sector: 'CVL', id: 'mli-cvl' },
  ]);
  assert.equal(exact.events[0]?.size.approximate, undefined);
});

test('negated and hypothetical readings are kept, marked, in nonFactual; they are not counted as events', () => {
  const d = docWith('Ghana might sanction Togo. Police did not arrest the Togolese envoy.', [
    { text: 'Ghana', code: 'GHA' }, { text: 'Togo', code: 'TGO' }, { text: 'Police', code: 'GHA', sector: 'COP' }, { text: 'Togolese envoy', code: 'TGO', sector: 'GOV', id: 'tgo-gov' },
  ]);
  assert.deepEqual(brief(d), []);
  const nf = d.nonFactual ?? [];
  assert.deepEqual(nf.map((e) => [e.type, e.modality.hypothetical, e.modality.negated]), [['SANCTION', true, false], ['COERCE', false, true]]);
  assert.ok(nf.every((e) => e.confidence < 0.5));
});

test('a finite past verb after "The X" is a verb; a bare headline verb right after its actor subject is a verb', () => {
  const d = docWith('The UN presented evidence against Serbia.', [{ text: 'UN', code: 'UNO' }, { text: 'Serbia', code: 'SRB' }]);
  assert.deepEqual(brief(d), ['ACCUSE UNO>SRB']);
  const h = docWith('Nepali police clash with Indian smugglers at the border.', [
    { text: 'Nepali police', code: 'NPL', sector: 'COP' }, { text: 'Indian smugglers', code: 'IND', sector: 'CRM', id: 'ind-crm' },
  ]);
  assert.deepEqual(brief(h), ['ASSAULT NPL>IND']);
});

test('exercises alone are a show of force; joint exercises are cooperation; "wants to" is an intention', () => {
  const alone = docWith('Russia is conducting military exercises near Estonia.', [{ text: 'Russia', code: 'RUS' }, { text: 'Estonia', code: 'EST' }]);
  assert.equal(alone.events[0]?.type, 'MOBILIZE');
  const joint = docWith('Russia held joint exercises with Belarus.', [{ text: 'Russia', code: 'RUS' }, { text: 'Belarus', code: 'BLR' }]);
  assert.deepEqual(brief(joint), ['COOPERATE RUS>BLR']);
  const want = docWith('Serbia wants to attack Kosovo.', [{ text: 'Serbia', code: 'SRB' }, { text: 'Kosovo', code: 'XKX' }]);
  assert.deepEqual(brief(want), ['THREATEN SRB>XKX']);
});

test('exercises by actors of two countries are joint cooperation', () => {
  const d = docWith('Greek and Cypriot warships launched naval exercises on Monday.', [{ text: 'Greek and Cypriot warships', code: 'GRC', sector: 'MIL' }]);
  assert.equal(d.events[0]?.type, 'MOBILIZE');
  const c = docWith('Greek and Cypriot warships launched naval exercises on Monday.', [
    { text: 'Greek', code: 'GRC', sector: 'MIL', id: 'grc-mil' }, { text: 'Cypriot warships', code: 'CYP', sector: 'MIL', id: 'cyp-mil' },
  ]);
  assert.equal(c.events[0]?.type, 'COOPERATE');
  assert.equal(c.events[0]?.cameo, '062');
});

test('violence suffered by a named party is an event with an empty actor, but not in a relative clause', () => {
  const d = docWith('A Peruvian patrol boat was attacked off the coast on Sunday.', [
    { text: 'Peruvian patrol boat', code: 'PER', sector: 'MIL' },
  ]);
  assert.deepEqual(brief(d), ['ASSAULT >PER']);
  const bg = docWith('Chile protested to Peru over the incident in which a Chilean patrol boat was attacked.', [
    { text: 'Chile', code: 'CHL' }, { text: 'Peru', code: 'PER' }, { text: 'Chilean patrol boat', code: 'CHL', sector: 'MIL' },
  ]);
  assert.ok(!bg.events.some((e) => e.actor.length === 0), 'the background killing is not coded');
});

test('what a third party alleged is non-factual; the allegation is the event', () => {
  const d = docWith('Uganda alleged that Kenyan troops helped the rebels.', [
    { text: 'Uganda', code: 'UGA' }, { text: 'Kenyan troops', code: 'KEN', sector: 'MIL' }, { text: 'rebels', code: 'UGA', sector: 'REB' },
  ]);
  assert.deepEqual(brief(d), ['ACCUSE UGA>KEN']);
  assert.ok(d.nonFactual?.some((e) => e.type === 'AID'));
});

test('losing a vote: the legislature of the loser rejected the loser', () => {
  const d = docWith('The Danish prime minister lost a vote on pension reform on Tuesday.', [
    { text: 'Danish prime minister', code: 'DNK', sector: 'GOV' },
  ]);
  assert.deepEqual(brief(d), ['REJECT DNK>DNK']);
  assert.equal(d.events[0]!.actor[0]!.sector, 'LEG');
});

test('calling another party\'s help desirable is a request to that party', () => {
  const d = docWith('Estonia said Finnish support would be very welcome. Latvia said it would be a good step if Lithuania could do more.', [
    { text: 'Estonia', code: 'EST' }, { text: 'Finnish', code: 'FIN' }, { text: 'Latvia', code: 'LVA' }, { text: 'Lithuania', code: 'LTU' },
  ]);
  assert.deepEqual(brief(d), ['REQUEST EST>FIN', 'REQUEST LVA>LTU']);
  const none = docWith('Estonia said the weather would be good for the harvest.', [{ text: 'Estonia', code: 'EST' }]);
  assert.deepEqual(brief(none), []);
});

test('aid with no named recipient goes to the one country that asked the giver for it', () => {
  const d = docWith('Latvia said it would be a good step if Lithuania could do more. Lithuania decided to send two minesweepers to help.', [
    { text: 'Latvia', code: 'LVA' }, { text: 'Lithuania', code: 'LTU' },
  ]);
  assert.deepEqual(brief(d), ['REQUEST LVA>LTU', 'AID LTU>LVA']);
  const unasked = docWith('Lithuania decided to send two minesweepers to help.', [{ text: 'Lithuania', code: 'LTU' }]);
  assert.deepEqual(brief(unasked), ['AID LTU>']);
});

test('the speaker of "X said" that holds an event is recorded as who reported it', () => {
  const d = docWith('Peru shot down a Bolivian drone, the Peruvian army said. Chilean media reported that Peru attacked a Bolivian patrol.', [
    { text: 'Peru', code: 'PER' }, { text: 'Bolivian drone', code: 'BOL', sector: 'MIL' }, { text: 'Peruvian army', code: 'PER', sector: 'MIL' },
    { text: 'Chilean media', code: 'CHL', sector: 'JRN' }, { text: 'Bolivian patrol', code: 'BOL', sector: 'MIL' },
  ]);
  assert.deepEqual(d.events.map((e) => e.reportedBy?.text ?? null), ['Peruvian army', 'Chilean media']);
});

test('same-day events of the headline\'s people take the headline\'s "in X" when their clause names no place', () => {
  const text = 'Chile\'s Boric, in Bogota, calls for a trade pact\n\nBoric told Colombia that the two countries must sign a pact. Ecuador and Chile insisted that Peru must act.';
  const d = annotate({ text, published: '2023-05-02' });
  const told = d.events.find((e) => e.type === 'REQUEST' && e.actor.length === 1);
  assert.equal(told?.place?.name, 'Bogotá');
  assert.equal(told?.placeFrom, 'story');
  const insisted = d.events.find((e) => e.actor.some((a) => a.code === 'ECU'));
  assert.ok(insisted);
  assert.equal(insisted?.place ?? null, null, 'Ecuador was not in Bogota');
});

test('a malformed verbs.json entry is refused with its type, index and field named', async () => {
  const { checkEntry } = await import('../../src/events/lexicon.js');
  assert.equal(checkEntry('AID', 0, { p: '~help', cameo: '070' }).p, '~help');
  assert.throws(() => checkEntry('AID', 3, { p: '~help', cameo: 70 }), /verbs\.json: AID\[3\]\.cameo/);
  assert.throws(() => checkEntry('AID', 4, { p: '~help', cameo: '070', frame: 'verbal' }), /AID\[4\]\.frame/);
  assert.throws(() => checkEntry('AID', 5, { p: '~help', cameo: '070', needRecipient: true }), /AID\[5\]/);
});

test('a negative determiner opening the subject negates the clause', () => {
  for (const text of ['No one has been arrested in Nairobi so far.', 'Not a single officer was detained in Quito after the march.', 'No journalists were detained in Minsk on Sunday.']) {
    const d = annotate({ id: 'n', text });
    assert.deepEqual(d.events.map((e) => e.type), [], text);
    assert.ok((d.nonFactual ?? []).some((e) => e.modality.negated), text);
  }
  // a count is no negation
  assert.equal(annotate({ id: 'n', text: 'Two journalists were detained in Minsk on Sunday.' }).events.length, 1);
});

test('a consequence or a permission in what was said is no demand; an obligation laid on someone is', () => {
  const might = docWith('The Chilean government said the army might have to accept more recruits.', [{ text: 'Chilean government', code: 'CHL', sector: 'GOV' }, { text: 'army', code: 'CHL', sector: 'MIL' }]);
  assert.deepEqual(might.events.map((e) => e.type), []);
  const notNeed = docWith('Peru said the Chilean agency does not need to wait for the court.', [{ text: 'Peru', code: 'PER', sector: null }, { text: 'Chilean agency', code: 'CHL', sector: 'GOV' }]);
  assert.deepEqual(notNeed.events.map((e) => e.type), []);
  const needs = docWith('Peru said the Chilean army needs to withdraw from the border.', [{ text: 'Peru', code: 'PER', sector: null }, { text: 'Chilean army', code: 'CHL', sector: 'MIL' }]);
  assert.deepEqual(needs.events.map((e) => e.type), ['REQUEST']);
});

test('a hyphenated "-backed" before a noun modifies it; an "until" in another clause makes no condition', () => {
  const backed = docWith('Peruvian-backed militiamen attacked a Chilean patrol.', [{ text: 'Peruvian', code: 'PER' }, { text: 'militiamen', code: null, sector: 'REB' }, { text: 'Chilean patrol', code: 'CHL', sector: 'MIL' }]);
  assert.ok(!backed.events.some((e) => e.type === 'SUPPORT'), JSON.stringify(brief(backed)));
  const later = docWith('Chile will host Peruvian envoys in May, including a judge praised for helping hold a suspect until police arrived.', [{ text: 'Chile', code: 'CHL' }, { text: 'Peruvian envoys', code: 'PER', sector: 'GOV' }]);
  assert.ok(!later.events.some((e) => e.type === 'THREATEN'), JSON.stringify(brief(later)));
  const unless = docWith('Chile will withdraw its envoy, unless Peru pays the fine.', [{ text: 'Chile', code: 'CHL' }, { text: 'Peru', code: 'PER' }]);
  assert.deepEqual(unless.events.map((e) => e.type), ['THREATEN']);
});

test('the second of two coordinated verbs takes the first one\'s subject, even when that is no party', () => {
  const bomb = docWith('A car bomb in Santiago killed 13 Chilean soldiers and wounded 56 more.', [{ text: 'Chilean soldiers', code: 'CHL', sector: 'MIL' }]);
  assert.ok(!bomb.events.some((e) => e.actor.some((a) => a.code === 'CHL')), JSON.stringify(brief(bomb)));
  const rebels = docWith('Peruvian rebels killed three Chilean soldiers and wounded five civilians.', [{ text: 'Peruvian rebels', code: 'PER', sector: 'REB' }, { text: 'Chilean soldiers', code: 'CHL', sector: 'MIL' }, { text: 'civilians', code: 'CHL', sector: 'CVL' }]);
  // one assault's two outcomes are one event (mergeCoordinatedHarms); its agent is the rebels
  assert.deepEqual(rebels.events.map((e) => e.actor[0]?.code), ['PER']);
});

test('a demand told to the press is on the party the complement names, not on the press', () => {
  const e = annotate({ id: 't', text: 'Chilean Senator Ximena Rincon told CNN that President Sebastián Piñera should resign over the accusations.' }).events[0];
  assert.equal(e?.type, 'REQUEST');
  assert.deepEqual(e?.recipient.map((r) => `${r.code}/${r.sector}`), ['CHL/GOV']);
  // an addressee who is no reporter stays the recipient
  const told = annotate({ id: 't', text: 'Peru told Bolivia that it must reopen the border.' }).events[0];
  assert.deepEqual(told?.recipient.map((r) => r.code), ['BOL']);
});

test('a demand is made on a party: what must happen to a thing is an opinion, not a REQUEST', () => {
  const types = (text: string) => annotate({ id: 't', text }).events.map((e) => e.type);
  // on a party named, a pronoun, or a name no dictionary knows
  assert.deepEqual(types('The Bolivian foreign minister said Chile must return the seized trucks.'), ['REQUEST']);
  assert.deepEqual(types('Peruvian unions said they should be consulted before the reform.'), ['REQUEST']);
  assert.deepEqual(types('The mayor of Cusco said Quellaveco should pay for the new road.'), ['REQUEST']);
  assert.deepEqual(types('"The Chilean government will have to answer for this," the Bolivian minister said.'), ['REQUEST']);
  // on no party: statements, which PLOVER does not code
  assert.deepEqual(types('The Chilean central bank said the adjustment should take six to nine months.'), []);
  assert.deepEqual(types('The Peruvian minister said the issue will have to be settled in the courts.'), []);
  assert.deepEqual(types('"These decisions should not be based on politics," the Bolivian senator said.'), []);
  // a modal inside a compound word is no modal
  assert.deepEqual(types('Chilean senators said a must-pass budget bill was ready.'), []);
});

test('a party after "and" with a verb of its own begins the next clause: no recipient of the verb before', () => {
  const [e] = annotate({ id: 't', text: 'Bolivia has denied funding the protests and Peru has said there was no proof.', published: '2023-05-02' }).events;
  assert.equal(e?.type, 'REJECT');
  assert.ok(e!.recipient.every((r) => r.code !== 'PER'), JSON.stringify(e!.recipient));
  // a coordinated object with no verb after it is still one
  const [m] = annotate({ id: 't', text: 'The Chilean president met Bolivia and Peru on Friday.', published: '2023-05-02' }).events;
  assert.deepEqual(m?.recipient.map((r) => r.code), ['BOL', 'PER']);
});
