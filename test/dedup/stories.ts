// Short made-up news stories for the dedup tests, written for this repo. WIRE is one wire story;
// the variants are what syndication does to it; RIVAL is another outlet's account of the same event.

export const WIRE_SENTENCES = [
  'LISBON (Wire) - Fishing crews from Portugal and Morocco agreed on Tuesday to share a disputed stretch of sardine grounds off the Atlantic coast, ending a standoff that had kept dozens of boats in harbour since early spring.',
  'The deal, signed in Lisbon by the two fisheries ministers, sets a joint quota of 18,000 tonnes for the coming season and creates a patrol commission with officers from both navies.',
  '"Nobody wins when the boats stay tied up," Portuguese minister Helena Vasconcelos told reporters after the signing ceremony at the Belem palace.',
  'Her Moroccan counterpart, Karim Benali, said the agreement would be reviewed after twelve months and could be widened to cover mackerel if catches recover.',
  'Fishing associations in the northern port of Matosinhos had blockaded the harbour entrance twice in May, accusing Moroccan trawlers of crossing into Portuguese waters at night.',
  'Moroccan crews denied the charge and said the boundary drawn in a 1994 accord was never marked at sea.',
  'Under the new terms, satellite trackers will be fitted to every vessel longer than twelve metres by the end of the year, and disputes will go first to the joint commission rather than to the courts.',
  'Environmental groups welcomed the quota but warned that sardine stocks in the region remain well below their levels of a decade ago.',
  'The European Commission, which negotiates fishing access on behalf of member states, said it had been consulted and raised no objection.',
  'Boats are expected to return to the grounds from Monday, the Matosinhos harbour master said.',
];

export const WIRE = WIRE_SENTENCES.join(' ');

/** A syndicated copy: the trailer an aggregator adds below the story. */
export const RELATED_BLOCK = 'Related coverage: Sardine prices climb as Atlantic fleet stays in port. ' +
  'Read more: Morocco and the EU renew fishing talks. Share this article.';

/** The wire sentences after an editor reworded two of them and the site added a "Related" trailer. */
export const WIRE_EDITED_SENTENCES = [
  ...WIRE_SENTENCES.slice(0, 3),
  'Karim Benali, the Moroccan fisheries minister, said the two sides would look at the pact again in a year and might extend it to mackerel should stocks improve.',
  ...WIRE_SENTENCES.slice(4, 7),
  'Conservation groups praised the catch limit but cautioned that regional sardine numbers are still far below where they stood ten years ago.',
  ...WIRE_SENTENCES.slice(8),
  RELATED_BLOCK,
];

export const WIRE_EDITED = WIRE_EDITED_SENTENCES.join(' ');

/** Another outlet's own account of the same agreement: same facts and names, different wording. */
export const RIVAL_SENTENCES = [
  'Portugal and Morocco have settled a months-long quarrel over sardine fishing in the Atlantic, with ministers from both countries signing a pact in Lisbon on Tuesday.',
  'The accord caps the combined catch at 18,000 tonnes next season and puts a mixed naval commission in charge of policing the area.',
  'Helena Vasconcelos, Portugal\'s fisheries minister, said keeping the fleets idle had hurt everyone, while Morocco\'s Karim Benali said the text would be revisited in a year.',
  'Trawler owners in Matosinhos, north of Porto, blocked their port twice in May in protest at what they said were night-time incursions by Moroccan boats.',
  'Morocco rejected those claims, arguing that the 1994 boundary had never been marked on the water.',
  'All vessels over twelve metres must carry satellite trackers by December, and complaints will be heard by the commission before any court.',
  'Conservationists said the limit was a step forward but that sardine numbers were still low.',
  'Brussels, which handles fishing access for EU members, said it had no objection to the deal.',
];

export const RIVAL = RIVAL_SENTENCES.join(' ');

/** An unrelated story, for a baseline. */
export const OTHER = 'NAIROBI (Wire) - Kenya\'s parliament passed a bill on Thursday that raises the minimum age for ' +
  'motorcycle taxi riders to 21 and requires them to carry third-party insurance, after a year in which road deaths ' +
  'involving the bikes rose by a fifth. Riders\' unions said they would challenge the law in the High Court, arguing ' +
  'that it would push thousands of young men out of work. The transport ministry said the rules would take effect in ' +
  'six months to give riders time to comply, and that licensing fees would be waived for the first year.';
