// Idioms (data/events/idioms.json) propose no trigger; the same verbs outside them still do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, docWith } from './make-doc.js';
import { annotate } from '../../src/pipeline.js';

/**
 * Each case: a sentence, the event types it should give when published on `published`, and
 * optionally the one type the check is about (the others the sentence gives are left aside).
 */
function expectTypes(published: string, cases: readonly (readonly [string, readonly string[], string?])[]): void {
  for (const [text, want, only] of cases) {
    const got = annotate({ id: 't', text, published }).events.map((e) => e.type).filter((t) => !only || t === only);
    assert.deepEqual(got, want, text);
  }
}

const farmers = { text: 'farmers', code: null, sector: 'AGR' as const };

test('"court arrest" is not an arrest; an arrest still is', () => {
  const idiom = docWith('The farmers will court arrest outside the assembly on Monday.', [farmers]);
  assert.deepEqual(brief(idiom), []);
  assert.ok(idiom.messages.some((m) => m.rule === 'events/idiom'));
  const real = docWith('Police arrested the farmers outside the assembly on Monday.', [{ text: 'Police', code: null, sector: 'COP' }, farmers]);
  assert.deepEqual(real.events.map((e) => `${e.type} ${e.mode}`), ['COERCE arrest']);
});

test('declining to comment rejects nothing; striking a deal hits no one; arresting a decline detains no one', () => {
  const cases = [
    'The Ghanaian ministry declined to comment on Friday.',
    'The Ghanaian ministry struck a deal with the unions on Friday.',
    'The Ghanaian ministry hopes its plan will help arrest the decline of the currency.',
  ];
  for (const text of cases) {
    const d = docWith(text, [{ text: 'Ghanaian ministry', code: 'GHA', sector: 'GOV' }, { text: 'unions', code: null, sector: 'LAB' }]);
    assert.ok(!d.events.some((e) => ['REJECT', 'ASSAULT', 'COERCE'].includes(e.type)), `${text}: ${brief(d).join(', ')}`);
  }
});

test('meeting resistance and receiving a letter are no meetings; meeting or receiving a leader still is', () => {
  const chad = { text: 'Chadian army', code: 'TCD', sector: 'MIL' as const };
  const rebels = { text: 'rebels', code: 'TCD', sector: 'REB' as const };
  const minister = { text: 'minister', code: 'NER', sector: 'GOV' as const };
  const union = { text: 'union', code: 'NER', sector: 'LAB' as const };
  const notMeetings = [
    docWith('The Chadian army offensive met stiff resistance from rebels in the north.', [chad, rebels]),
    docWith('The minister received a letter from the union on Monday.', [minister, union]),
    docWith('The minister received sharp criticism from the union over the budget.', [minister, union]),
  ];
  for (const d of notMeetings) assert.ok(!d.events.some((e) => e.type === 'CONSULT'), `${d.text}: ${brief(d).join(', ')}`);
  const met = docWith('The minister met the union leaders on Monday.', [minister, union]);
  assert.ok(met.events.some((e) => e.type === 'CONSULT'), brief(met).join(', '));
  const envoy = { text: 'Beninese envoy', code: 'BEN', sector: 'GOV' as const };
  const received = docWith('The minister received the Beninese envoy in Niamey.', [minister, envoy]);
  assert.ok(received.events.some((e) => e.type === 'CONSULT'), brief(received).join(', '));
});

test('giving someone until a date is a deadline, not aid', () => {
  const d = annotate({ text: 'In a memorandum, the president gave the military until March 2018 to revert to the old policy.', published: '2017-08-26' });
  assert.ok(!d.events.some((e) => e.type === 'AID'), brief(d).join(', '));
});

/** Idioms and non-events found on news outside the gold sets: each sentence and the types it should give. */
const CASES: readonly { why: string; published: string; cases: readonly (readonly [string, readonly string[], string?])[] }[] = [
  {
    why: 'migrants arriving in a country make no visit; a president arriving does',
    published: '2019-05-05',
    cases: [
      ['More than 12,000 migrants have arrived in Chile by land so far this year.', []],
      ['The Peruvian president arrived in Santiago on Monday.', ['CONSULT']],
    ],
  },
  {
    why: 'coming under fire over a decision, grappling with risks and fighting an epidemic are no violence; fire from rebels and fighting rebels are',
    published: '2019-05-05',
    cases: [
      ['The Chilean minister came under fire last week over the pension reform.', []],
      ['Peruvian towns have been grappling with the risks of the new mining law.', []],
      ['The Chilean fund helps fight the dengue epidemic.', []],
      ['The Peruvian convoy came under fire from rebels near Ayacucho.', ['ASSAULT']],
      ['Peruvian troops fought the rebels near Ayacucho.', ['ASSAULT']],
    ],
  },
  {
    why: 'asking for anonymity asks nothing of a party; a press secretary is an official, not a verb',
    published: '2019-05-05',
    cases: [
      ['Two Chilean officials, who asked not to be named, said talks had stalled.', []],
      ['The Peruvian fishermen asked to remain anonymous for fear of reprisals.', []],
      ['Chilean presidential press secretary Ana Rojas referred reporters to the ministry.', []],
      ['Chile asked Peru to extradite the suspect.', ['REQUEST']],
    ],
  },
  {
    why: 'facing questions is undergoing them; vowing to exterminate or storm is a threat of force',
    published: '2019-05-05',
    cases: [
      ['Chilean bank executives faced questions at the hearing in Santiago.', []],
      ['Bolivian rebels vowed to storm the capital.', ['THREATEN']],
    ],
  },
  {
    why: 'a byline, a thing going on for years and a publicly funded project are no aid or visit; giving money to a fund is aid',
    published: '2019-05-05',
    cases: [
      ['Reporters Ana Diaz in Lima and Luis Rojas in Quito contributed to this report.', []],
      ['Chilean prosecutors believe the fraud went on for six years.', []],
      ['The Peruvian firm built a publicly funded stadium in Cusco.', []],
      ['Japan contributed 5 million dollars to the Peruvian relief fund.', ['AID']],
    ],
  },
  {
    why: 'a source declining to be named rejects nothing; the need to act is no demand; a wireless carrier is no warship',
    published: '2019-05-05',
    cases: [
      ['Two Chilean officials, who declined to be named, said the talks had stalled.', []],
      ['The Peruvian president had played down the need to sanction Chile, officials say.', []],
      ['Chilean regulators sued the mobile carrier over its prices.', ['ACCUSE']],
    ],
  },
  {
    why: 'meeting a test or a target satisfies it; meeting demands yields to them; vowing to wage war threatens it',
    published: '2019-05-05',
    cases: [
      ['Chilean officials doubt the new fares would meet the tests set by the regulator.', []],
      ["The Peruvian government met the truckers' demands on Tuesday.", ['CONCEDE']],
      ['Bolivian rebels vowed to wage a guerrilla war against the army.', ['THREATEN']],
    ],
  },
  {
    why: 'seizing on remarks and backing off a line are idioms; a seizure on a weekday and backing a plan are events',
    published: '2019-05-05',
    cases: [
      ["Chilean opposition parties seized on the minister's remarks about pensions.", []],
      ['Peruvian police seized two trucks of weapons on Tuesday.', ['COERCE']],
      ['The Chilean president backed off his plan to raise fares.', []],
    ],
  },
  {
    why: 'demonstrating a thing is showing it; shelling out money is paying',
    published: '2019-05-05',
    cases: [
      ['Chile has demonstrated a willingness to talk to Peru.', []],
      ['Chilean farmers shell out more for diesel than Peruvian farmers.', []],
      ['Chilean fishermen feel threatened by Peruvian trawlers.', []],
      ['Chilean protesters demonstrated outside the Peruvian embassy.', ['PROTEST']],
    ],
  },
  {
    why: 'carbon capture, executing a warrant, a dated fire and a wreck are no violence',
    published: '2010-03-10',
    cases: [
      ['The Chilean plant will capture carbon from two power stations.', []],
      ['Chilean police executed a search warrant at a house in Valparaiso.', []],
      ['Chilean police investigated the March 7 fire at a warehouse in Valparaiso.', [], 'ASSAULT'],
      ['Two Chilean soldiers were killed in a collision on the highway.', []],
      ['Two Chilean soldiers were found dead by Peruvian police near the border.', []],
      ['Chilean police on Monday arrested five men in Valparaiso.', ['COERCE']],
    ],
  },
  {
    why: 'declining to say, elaborate or discuss is no rejection; refusing to allow something still is',
    published: '2017-05-05',
    cases: [
      ['A Chilean ministry spokesman declined to elaborate on Monday.', []],
      ['The Chilean ministry declined to say whether Peru had been told.', []],
      ['Chile refused to allow Peruvian inspectors into the port.', ['REJECT']],
    ],
  },
  {
    why: 'posting on social media, giving details and selling products are no events',
    published: '2017-05-05',
    cases: [
      ['A video of the Chilean patrol was posted on the Twitter account of a Peruvian group.', []],
      ['The Chilean ministry gave no further details.', []],
      ['Chilean companies that sell their products in Peru would gain.', []],
      ['The Chilean army posted 500 soldiers in the border town.', ['MOBILIZE']],
    ],
  },
];

for (const c of CASES) test(c.why, () => expectTypes(c.published, c.cases));

test('fighting a ruling, a law or a threat is a dispute, also when it is what was vowed', () => {
  for (const text of ['Beijing said it would fight the administration\'s latest trade threats.', 'The mining company vowed to fight the court ruling on Monday.']) {
    const d = annotate({ id: 't', text, published: '2019-05-10' });
    assert.deepEqual(d.events.filter((e) => e.type === 'THREATEN' || e.type === 'ASSAULT').map((e) => e.type), [], text);
  }
  // a party fought stays violence
  const war = annotate({ id: 't', text: 'The rebels vowed to fight the army until the end.', published: '2019-05-10' });
  assert.ok(war.events.some((e) => e.type === 'THREATEN'));
});

test('shooting down a rumour, attending college and struggling with hunger are no events between parties', () => {
  for (const text of [
    'The carmaker\'s chief executive shot down rumours of a new engine on Tuesday.',
    'The senator\'s daughter attended a community college in Texas.',
    'Families struggling with homelessness and hunger will get help from the city council.',
  ]) {
    const d = annotate({ id: 't', text, published: '2019-05-10' });
    assert.deepEqual(d.events.map((e) => e.type), [], text);
  }
  const drone = annotate({ id: 't', text: 'Syrian air defences shot down an Israeli drone on Tuesday.', published: '2019-05-10' });
  assert.deepEqual(drone.events.map((e) => e.type), ['ASSAULT']);
});

test('firefighters attacking the flames fight a fire; a senator firing back at the president speaks', () => {
  const fire = annotate({ id: 't', text: 'Firefighters launched an initial attack on the flames from the roof.', published: '2019-05-10' });
  assert.deepEqual(fire.events.map((e) => e.type), []);
  const retort = annotate({ id: 't', text: 'U.S. Senator Kirsten Gillibrand fired back at President Donald Trump on Tuesday.', published: '2019-05-10' });
  assert.deepEqual(retort.events.map((e) => `${e.type}.${e.mode}`), ['ACCUSE.disapprove']);
});

test('"provide" is aid only when what is provided is: a green light, a victory or notice are not; a struck deal and a struck-down law hit no one', () => {
  const none = [
    'The court ruling provided a green light to the ruling party on Monday.',
    'The confirmation provided one of the president\'s biggest victories.',
    'Under an accord struck on Monday between the two parties, elections will be held in March.',
    'A federal judge has struck down most of the government\'s new policy on asylum.',
  ];
  for (const text of none) assert.deepEqual(annotate({ id: 't', text, published: '2019-05-10' }).events.map((e) => e.type), [], text);
  const aid = annotate({ id: 't', text: 'Iran provides weapons and money to Hezbollah.', published: '2019-05-10' });
  assert.deepEqual(aid.events.map((e) => e.type), ['AID']);
});

test('seizing on a scandal and pressing ahead with a plan are no seizure and no demand; a seizure "on Monday" still is', () => {
  expectTypes('2024-03-04', [
    ['The opposition in Lima seized on the scandal to demand new elections.', [], 'COERCE'],
    ['The Peruvian government pressed ahead with the reform of the courts.', []],
    ['Rebels seized on Monday the town of Kidal.', ['COERCE']],
  ]);
});

test('a capitalised word after a capitalised name is the name\'s, not a verb: "said Dick Lynch", "Bank of America Merrill Lynch"; a headline in title case keeps its verb', () => {
  expectTypes('2024-03-04', [
    ['The clinic will open next month, said Dora Lynch, director of the Lagos housing trust.', []],
    ['Police Arrest Five Protesters In Lagos', ['COERCE']],
  ]);
});

test('recovering from injuries or a setback is getting well, not a seizure; weapons recovered from a house are seized', () => {
  expectTypes('2024-03-04', [
    ['The constable has recovered from his injuries, the police in Pune said.', []],
    ['Police recovered from the house in Pune six rifles and a pistol.', ['COERCE']],
  ]);
});

test('succumbing to police firing is dying of it, not yielding to the police; surrendering to police still yields', () => {
  expectTypes('2019-05-02', [
    ['A farm worker later succumbed to police firing in the district.', [], 'CONCEDE'],
    ['A farm worker later succumbed to police firing in the district.', ['ASSAULT'], 'ASSAULT'],
    ['The gunman surrendered to police on Monday.', ['RETREAT']],
  ]);
});

test('"wound up" is ending up, not wounding; "wounded" still is', () => {
  expectTypes('2019-04-02', [
    ['The Chilean airline apologised to a Peruvian man after he wound up on a flight to Lima from a Santiago airport.', [], 'ASSAULT'],
    ['Chilean rebels wounded two Peruvian soldiers on Monday.', ['ASSAULT'], 'ASSAULT'],
  ]);
});

test('"backed out of" and "backed down" withdraw or yield; "backed" still supports', () => {
  expectTypes('2019-04-02', [
    ['Chile backed out of the water agreement with Bolivia on Monday.', [], 'SUPPORT'],
    ['Chile backed down on its demand to Bolivia.', [], 'SUPPORT'],
    ['Chile backed the water agreement with Bolivia on Monday.', ['SUPPORT'], 'SUPPORT'],
  ]);
});

test('killing a bill or a rule kills no one; "given that" gives nothing; killing people still is an assault', () => {
  expectTypes('2019-03-03', [
    ['The senate voted on Tuesday to kill the pension bill.', [], 'ASSAULT'],
    ['Lawmakers last month killed a Treasury rule on payday lenders.', [], 'ASSAULT'],
    ['The union stayed out of the protests, given that the army brutally crushed dissent.', [], 'AID'],
    ['Soldiers killed six farmers near the border on Tuesday.', ['ASSAULT']],
  ]);
});

test('posting a notice or posting online moves no forces; posting troops does', () => {
  expectTypes('2019-03-03', [
    ['Officers posted an eviction notice on the gate.', [], 'MOBILIZE'],
    ['A clip of the raid was posted on the Facebook page of a local militia on Friday.', [], 'MOBILIZE'],
    ['The army posted 300 soldiers along the border.', ['MOBILIZE']],
    // after a passive, a purpose infinitive is no object
    ['Two companies of reserve police have been posted to prevent trouble in the old city, an officer said.', ['MOBILIZE']],
  ]);
});

test('agreeing that something is so, or with what someone said, is a view; agreeing to act still agrees', () => {
  expectTypes('2020-03-02', [
    ['The Kenyan ministers agreed that the vaccine campaign had been a success.', [], 'AGREE'],
    ["As Kenya's president, I agree with those comments.", [], 'AGREE'],
    ['Kenya and Uganda agreed on Monday to share water from the lake.', ['AGREE'], 'AGREE'],
  ]);
});
