// Cross-article event deduplication. Two event records are mentions of one real-world event when
// they share the PLOVER type, an actor and a recipient; their dates agree within granularity; and
// their places do not contradict; verbal events (statements) need the same verb as well. A period
// (a month) does not join a date that is only the story's publication day. Events
// without a recipient join only when their evidence sentence is the same sentence run again (word
// 3-shingle Jaccard >= SAME_SENTENCE) with the same actor (there, two readings of one party of the
// same sector and no two countries count as one: sameRole). Between two countries, parties match on
// the same actor id or through a country-level actor (USA stands for any US actor) or a
// country-sector one (RUS-MIL for any Russian military actor). Inside one country only the same
// named actor counts (a bare "USA" joins nothing).
//
// Grouping: an event's group is the smallest id among itself and the events it matches directly
// (its closed neighbourhood). So every member matches the group's anchor: no chains of day-apart
// reports running across a month, and the result is a function of the stored set alone, not of
// the order articles arrived in. Adding an event only changes the groups of its direct matches.
import { shingleHashes } from '../dedup/shingles.js';
import { shiftDay } from './dates.js';
import { ploverInfo } from '../events/codes.js';
import { FRAME_CODES } from '../events/frames/codes.js';
import { PLOVER_TYPES } from '../types.js';
import { type Sql, insertRows, padded } from './sql.js';
import { addDistinct, distinctIn } from './summaries.js';
import { loadJson, loadWordSets } from '../data.js';
import { z } from 'zod';

/** Dates coarser than this (years, quarters) say too little to join two reports on. */
export const MAX_PERIOD_DAYS = 31;
/** A day-precise date may be a day off (time zones, "yesterday" read against another dateline). */
export const DAY_SLACK = 1;
/**
 * Evidence sentences this alike (Jaccard of word 3-shingles) are one sentence the wire ran again:
 * the same report of the same act, so they join even without a recipient.
 */
export const SAME_SENTENCE = 0.6;

export interface Party { id: string; code: string | null; sector: string | null }

export interface GroupKey {
  id: string;
  type: string;
  factual: boolean;
  start: string | null;
  end: string | null;
  country: string | null;
  actors: Party[];
  recipients: Party[];
  /** The evidence sentence, for the same-sentence rule. */
  text?: string;
  /** The trigger's words ("called on", "denied"), for verbal events. */
  trigger?: string;
  /** Where the date came from ("sentence", "published", ...): a publication date is the report's day, not the act's. */
  dateFrom?: string | null;
}

const DAY = 86_400_000;
/** Day numbers by date: the pairwise rule compares every candidate pair, and Date.parse showed in the writer's profile. A few thousand dates at most. */
const dayNums = new Map<string, number>();
const dayNum = (ymd: string): number => {
  let n = dayNums.get(ymd);
  if (n === undefined) dayNums.set(ymd, (n = Date.parse(`${ymd}T00:00:00Z`) / DAY));
  return n;
};

/** Factual, with an actor and a date fine enough to join reports on. */
function dated(k: GroupKey): boolean {
  if (!k.factual || k.start === null || k.end === null || k.actors.length === 0) return false;
  return dayNum(k.end) - dayNum(k.start) + 1 <= MAX_PERIOD_DAYS;
}

/** Whether an event can be joined by its parties (it needs a recipient) or by its sentence. */
export function groupable(k: GroupKey): boolean {
  // Without a recipient, "Trump called for X" and "Trump called for Y" on one day look the same,
  // unless the sentence itself is the same one again.
  return dated(k) && (k.recipients.length > 0 || (k.text ?? '') !== '');
}

const SHINGLES = new WeakMap<GroupKey, Set<number>>();
function shinglesOf(k: GroupKey): Set<number> {
  let s = SHINGLES.get(k);
  if (!s) SHINGLES.set(k, (s = new Set(shingleHashes(k.text ?? '', 3))));
  return s;
}

/** Jaccard of the two evidence sentences' word 3-shingles. */
export function sentenceSimilarity(a: GroupKey, b: GroupKey): number {
  const x = shinglesOf(a), y = shinglesOf(b);
  let inter = 0;
  for (const h of x) if (y.has(h)) inter++;
  return x.size + y.size === 0 ? 0 : inter / (x.size + y.size - inter);
}

/** A generic actor stands for every actor it covers: a country (id = code), or a country's sector (id = CODE-SECTOR). */
function covers(g: Party, p: Party): boolean {
  if (g.code === null || g.code !== p.code) return false;
  if (g.id === g.code) return true;
  return g.sector !== null && g.id === `${g.code}-${g.sector}` && g.sector === p.sector;
}

/**
 * One person named in full in one story and by surname alone in another: the dictionary's id is
 * "surname-given" ("conyers-john"), a surname the dictionary could not complete keeps the bare
 * surname ("conyers"). Same state only, so two namesakes of different countries stay apart.
 */
function surnameOf(a: Party, b: Party): boolean {
  return a.code !== null && a.code === b.code && !a.id.includes('-') && b.id.startsWith(`${a.id}-`);
}

export const sameParty = (a: Party, b: Party): boolean => a.id === b.id || covers(a, b) || covers(b, a) || surnameOf(a, b) || surnameOf(b, a);

/**
 * In the same sentence run again, two readings of one party differ only in how far the coder got:
 * "It repeatedly refused" read as Trump and "The White House repeatedly refused" (both USA-GOV),
 * "A federal judge" with no country and "The judge" given one. The same sector, and no two
 * different countries, is then the same party.
 */
const sameRole = (a: Party, b: Party): boolean =>
  sameParty(a, b) || (a.sector !== null && a.sector === b.sector && (a.code === null || b.code === null || a.code === b.code));

const generic = (p: Party): boolean => p.code !== null && (p.id === p.code || p.id === `${p.code}-${p.sector}`);

/** Only the same named actor: generic parties say too little when they are all an event has. */
const sameNamed = (a: Party, b: Party): boolean => (a.id === b.id && !generic(a)) || surnameOf(a, b) || surnameOf(b, a);

/** Between two countries, a country stands for its actors; inside one it does not. */
function international(k: GroupKey): boolean {
  return k.actors.some((a) => k.recipients.some((r) => a.code !== null && r.code !== null && a.code !== r.code));
}

/** Both events' actors include the same state or its government ("Russia" as RUS, "Moscow" or "the Kremlin" as RUS-GOV). */
function stateActs(a: GroupKey, b: GroupKey): boolean {
  const state = (x: Party) => x.code !== null && (x.id === x.code || x.id === `${x.code}-GOV`);
  return a.actors.some((x) => state(x) && b.actors.some((y) => state(y) && y.code === x.code));
}

/** The only recipient is the actor's own government (the coder's reading of a refusal or protest that names no target). */
const ownGovernmentOnly = (k: GroupKey): boolean =>
  k.recipients.length > 0 && k.recipients.every((r) => r.code !== null && r.id === `${r.code}-GOV` && k.actors.some((x) => x.code === r.code));

/**
 * No target but the actor's own state: no recipient, or its own government, for the types whose
 * coder reads an untargeted act as addressed to it (data/events/frames.json homeGovernmentRecipient).
 */
const noTarget = (k: GroupKey): boolean =>
  (FRAME_CODES.homeGovernmentRecipient.types as readonly string[]).includes(k.type) && (k.recipients.length === 0 || ownGovernmentOnly(k));

const meets = (a: Party[], b: Party[], same: (x: Party, y: Party) => boolean): boolean =>
  a.some((x) => b.some((y) => same(x, y)));

function datesAgree(a: GroupKey, b: GroupKey): boolean {
  const [as, ae, bs, be] = [dayNum(a.start!), dayNum(a.end!), dayNum(b.start!), dayNum(b.end!)];
  // Slack only when a side is a single day, so two days match within DAY_SLACK and longer periods must overlap.
  const slack = as === ae || bs === be ? DAY_SLACK : 0;
  return as - slack <= be && bs <= ae + slack;
}

/** `a` is dated by a period longer than a day, `b` only by its story's publication day. */
function looselyDated(a: GroupKey, b: GroupKey): boolean {
  return a.start !== a.end && b.dateFrom === 'published';
}

/** The pairwise rule: do two event records report the same real-world event? */
export function sameEvent(a: GroupKey, b: GroupKey): boolean {
  if (a.id === b.id || a.type !== b.type || !dated(a) || !dated(b)) return false;
  if (!datesAgree(a, b)) return false;
  if (!(a.country === null || b.country === null || a.country === b.country)) return false;
  // The same sentence again, with compatible parties: one report of one act, run twice.
  const recipientsFit = (a.recipients.length === 0 && b.recipients.length === 0) || meets(a.recipients, b.recipients, sameRole);
  if (meets(a.actors, b.actors, sameRole) && recipientsFit && sentenceSimilarity(a, b) >= SAME_SENTENCE) return true;
  // A state acting as a whole with no target ("Russia has denied meddling": no recipient, or, for a
  // protest or refusal by its people, its own government) may join another report of that act, named by the same verb.
  const stateAlone = stateActs(a, b) && (noTarget(a) || noTarget(b)) && verbOf(a) !== '' && sameAct(verbOf(a), verbOf(b));
  if ((a.recipients.length === 0 || b.recipients.length === 0) && !stateAlone) return false;
  // "Turkey launched an offensive last month" and an attack by the same dyad dated only by the day
  // its story came out: nothing says the second happened in that month's act.
  if (looselyDated(a, b) || looselyDated(b, a)) return false;
  // Words are cheap: one leader says several things to one country in a day ("pressed Japan to buy",
  // "called on Japan to lower"). Verbal events join on their parties only when the verb is the same too.
  if (VERBAL.has(a.type) && (!sameAct(verbOf(a), verbOf(b)) || REPORTING.has(verbOf(a)))) return false;
  // A state acting alone (above): two reports of one day with the same verb are one act, whatever
  // recipient the other report names.
  if (stateAlone) return meets(a.actors, b.actors, sameParty);
  // Inside one country a bare "USA" says too little; "Russia shelled Ukraine" twice in a day is likely one act.
  const same = international(a) && international(b) ? sameParty : sameNamed;
  return meets(a.actors, b.actors, same) && meets(a.recipients, b.recipients, same);
}

/** "said", "told": a verb that reports speech names no act ("said it was up to him" / "said he should go"). */
const REPORTING = loadWordSets(['reportingVerbs'] as const, 'dedup', 'word-classes.json').reportingVerbs;

/** PLOVER's verbal types (quad classes 1 and 3), from data/events/plover.json. */
const VERBAL: ReadonlySet<string> = new Set(PLOVER_TYPES.filter((t) => ploverInfo(t).quad % 2 === 1));

/** A word crudely stemmed ("denied", "denies", "deny" -> "deni"). */
const stem = (w: string): string => w.replace(/(ing|ed|es|s|d)$/, '').replace(/y$/, 'i');

/** The trigger's first word, stemmed. */
function verbOf(k: GroupKey): string {
  return stem((k.trigger ?? '').toLowerCase().match(/[a-z]+/)?.[0] ?? '');
}

/** Stem -> its group of verbs that report one act (data/dedup/word-classes.json sameActVerbs), over their inflections. */
const ACT_GROUP: ReadonlyMap<string, number> = (() => {
  const groups = z.array(z.string().regex(/^[a-z]+( [a-z]+)*$/)).min(1).parse(loadJson<Record<string, unknown>>('dedup', 'word-classes.json')['sameActVerbs']);
  const out = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const v of g.split(' ')) {
      const bare = v.replace(/e$/, '');
      for (const form of [v, `${v}s`, `${v}es`, `${v}d`, `${v}ed`, `${v}ing`, `${bare}ing`, `${bare}ed`, v.replace(/y$/, 'ied'), v.replace(/y$/, 'ies')]) out.set(stem(form), i);
    }
  });
  return out;
})();

/** Two triggers' stems name one act: the same verb, or verbs of one group. */
function sameAct(x: string, y: string): boolean {
  if (x === y) return true;
  const g = ACT_GROUP.get(x);
  return g !== undefined && g === ACT_GROUP.get(y);
}

export interface KeyRow {
  id: string; group_id: string | null; type: string; negated: number; hypothetical: number; background: number;
  date_start: string | null; date_end: string | null; place_country: string | null; event_text: string; trigger_text: string;
  date_from: string | null;
}

type Keyed = GroupKey & { group: string | null };

/**
 * An event being stored, as `assignGroups` would read it back: the writer has its row and its
 * participants in hand, so reading them again cost a query on events and one on participants per
 * story. `row` holds the values bound to the events columns of KeyRow (KEY_FIELDS), `actors` and
 * `recipients` the participants in their `ord` order.
 */
export interface FreshEvent { row: KeyRow; actors: Party[]; recipients: Party[] }

/** Whether an event's texts come back from the store unchanged (a lone surrogate is stored as U+FFFD). */
const wellFormed = (s: string | null): boolean => s === null || (s as string & { isWellFormed(): boolean }).isWellFormed();

/** The keys of events given in hand, ordered by id as the read by id gives them; null when a text would not survive the store unchanged. */
function keysInHand(events: readonly FreshEvent[]): Map<string, Keyed> | null {
  const sorted = [...events].sort((x, y) => (x.row.id < y.row.id ? -1 : x.row.id > y.row.id ? 1 : 0));
  const out = new Map<string, Keyed>();
  for (const { row: r, actors, recipients } of sorted) {
    const texts = [r.id, r.type, r.date_start, r.date_end, r.place_country, r.event_text, r.trigger_text, r.date_from,
      ...actors.flatMap((p) => [p.id, p.code, p.sector]), ...recipients.flatMap((p) => [p.id, p.code, p.sector])];
    if (!texts.every(wellFormed)) return null;
    out.set(r.id, keyOfRow(r, [...actors], [...recipients]));
  }
  return out;
}

/** An event row's grouping key, with its participants. */
function keyOfRow(r: KeyRow, actors: Party[], recipients: Party[]): Keyed {
  return {
    id: r.id, type: r.type, factual: r.negated === 0 && r.hypothetical === 0 && r.background === 0, start: r.date_start, end: r.date_end,
    country: r.place_country, actors, recipients, group: r.group_id, text: r.event_text, trigger: r.trigger_text, dateFrom: r.date_from,
  };
}

async function keysOf(sql: Sql, rows: KeyRow[]): Promise<Map<string, Keyed>> {
  const out = new Map<string, Keyed>();
  for (const r of rows) out.set(r.id, keyOfRow(r, [], []));
  const ids = [...out.keys()];
  for (let i = 0; i < ids.length; i += 500) {
    const part = padded(ids.slice(i, i + 500));
    const ps = await sql.all<{ event_id: string; role: string; actor_id: string; code: string | null; sector: string | null }>(
      `SELECT event_id, role, actor_id, code, sector FROM event_participants
       WHERE event_id IN (${part.map(() => '?').join(', ')}) ORDER BY event_id, role, ord`, part);
    for (const p of ps) {
      const key = out.get(p.event_id)!;
      (p.role === 'actor' ? key.actors : key.recipients).push({ id: p.actor_id, code: p.code, sector: p.sector });
    }
  }
  return out;
}

/** The events columns grouping reads (KeyRow's fields), so a writer can take them from the row it wrote. */
export const KEY_FIELDS = ['id', 'group_id', 'type', 'negated', 'hypothetical', 'background', 'date_start', 'date_end', 'place_country', 'event_text', 'trigger_text', 'date_from'] as const satisfies readonly (keyof KeyRow)[];
const KEY_COLUMNS = KEY_FIELDS.map((f) => `e.${f}`).join(', ');


/** A candidate's key columns and one of its participants (none: null role), as `candidates` reads them. */
type CandidateRow = KeyRow & { p_role: string | null; p_actor: string | null; p_code: string | null; p_sector: string | null };

/**
 * SQLite: one text for every story, each list one JSON array (an empty one matches nothing, as a
 * left-out clause did). The texts by list lengths were a new statement for one story in four on the
 * bench corpus, and preparing this one cost about a millisecond each time. Same plan (the lists are
 * read once per statement, LIST SUBQUERY). The dates as a window per new event (windowsOf): one
 * range around all of a story's events (one dated last year, one today) read every event of their
 * types between, the writer's dearest read. EXISTS by the participants' primary key: an OR over
 * actor ids and codes could use neither participant index and read every actor row in the store.
 * Participants in keysOf's order.
 */
const CANDIDATES_SQLITE = `SELECT ${KEY_COLUMNS}, ep.role AS p_role, ep.actor_id AS p_actor, ep.code AS p_code, ep.sector AS p_sector
    FROM events e LEFT JOIN event_participants ep ON ep.event_id = e.id
    WHERE e.id IN (SELECT c.id FROM json_each(?) w JOIN events c ON c.type = json_extract(w.value, '$[0]')
        AND c.date_start <= json_extract(w.value, '$[1]') AND c.date_start >= json_extract(w.value, '$[2]') AND c.date_end >= json_extract(w.value, '$[3]'))
      AND e.negated = 0 AND e.hypothetical = 0 AND e.background = 0
      AND EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.role = 'actor'
        AND (p.actor_id IN (SELECT value FROM json_each(?)) OR p.code IN (SELECT value FROM json_each(?))
          OR (p.code IS NULL AND p.sector IN (SELECT value FROM json_each(?))) OR p.sector IN (SELECT value FROM json_each(?))))
    ORDER BY e.id, ep.role, ep.ord`;

/**
 * PostgreSQL: the same windows and lists as JSON parameters, so one text (prepared once per
 * connection, where the listed texts came in some hundred lengths, each planned at its first use).
 * LATERAL keeps the plan on the indexes: joined plainly, the planner (which guesses 100 rows for
 * any JSON array) hashed the windows against a scan of every event and the actor test against a
 * scan of every participant.
 */
const CANDIDATES_PG = `SELECT ${KEY_COLUMNS}, ep.role AS p_role, ep.actor_id AS p_actor, ep.code AS p_code, ep.sector AS p_sector
    FROM (SELECT DISTINCT c.id FROM jsonb_array_elements(?::jsonb) w CROSS JOIN LATERAL (SELECT c.id FROM events c
        WHERE c.type = w->>0 AND c.date_start <= w->>1 AND c.date_start >= w->>2 AND c.date_end >= w->>3 OFFSET 0) c) ids
      JOIN events e ON e.id = ids.id
      CROSS JOIN LATERAL (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.role = 'actor'
        AND (p.actor_id = ANY(ARRAY(SELECT jsonb_array_elements_text(?::jsonb))) OR p.code = ANY(ARRAY(SELECT jsonb_array_elements_text(?::jsonb)))
          OR (p.code IS NULL AND p.sector = ANY(ARRAY(SELECT jsonb_array_elements_text(?::jsonb))))
          OR p.sector = ANY(ARRAY(SELECT jsonb_array_elements_text(?::jsonb)))) LIMIT 1) has
      LEFT JOIN event_participants ep ON ep.event_id = e.id
    WHERE e.negated = 0 AND e.hypothetical = 0 AND e.background = 0
    ORDER BY e.id, ep.role, ep.ord`;

/**
 * Each event's window of the stored events it could match (sameEvent): its type, a start from
 * MAX_PERIOD_DAYS before its own start less DAY_SLACK (a longer candidate is not dated) to DAY_SLACK
 * after its end, an end from DAY_SLACK before its start (datesAgree). Each [type, to, earliest, from] once.
 */
function windowsOf(ks: readonly GroupKey[]): [string, string, string, string][] {
  const out = new Map<string, [string, string, string, string]>();
  for (const k of ks) {
    const from = shiftDay(k.start!, -DAY_SLACK);
    const w: [string, string, string, string] = [k.type, shiftDay(k.end!, DAY_SLACK), shiftDay(from, -(MAX_PERIOD_DAYS - 1)), from];
    out.set(w.join('\u0000'), w);
  }
  return [...out.values()];
}

/**
 * Stored events that could match any of ks (same type, near dates, an actor sharing a code or id),
 * with their participants: one query (the participants were a second round trip per story).
 * `assigned`: group ids of this batch not yet written, which win over the stored ones.
 */
async function candidates(sql: Sql, ks: GroupKey[], assigned: ReadonlyMap<string, string>): Promise<Map<string, Keyed>> {
  const out = new Map<string, Keyed>();
  if (ks.length === 0) return out;
  const codes = [...new Set(ks.flatMap((k) => k.actors.map((p) => p.code)).filter((c): c is string => c !== null))];
  const ids = [...new Set(ks.flatMap((k) => k.actors.map((p) => p.id)))];
  // sameRole: a countryless actor ("a federal judge") meets any of its sector, and the reverse
  const sectors = [...new Set(ks.flatMap((k) => k.actors.map((p) => p.sector)).filter((c): c is string => c !== null))];
  const bareSectors = [...new Set(ks.flatMap((k) => k.actors.filter((p) => p.code === null).map((p) => p.sector)).filter((c): c is string => c !== null))];
  // the lists go as JSON, which holds no lone surrogate: the keys are well formed (keysInHand gives
  // way to the store's own reading when a text is not, and the store reads a lone surrogate as U+FFFD)
  const rows = await sql.all<CandidateRow>(sql.dialect === 'sqlite' ? CANDIDATES_SQLITE : CANDIDATES_PG,
    [JSON.stringify(windowsOf(ks)), JSON.stringify(ids), JSON.stringify(codes), JSON.stringify(sectors), JSON.stringify(bareSectors)]);
  for (const r of rows) {
    let key = out.get(r.id);
    if (!key) {
      const { p_role: _r, p_actor: _a, p_code: _c, p_sector: _s, ...row } = r;
      out.set(r.id, (key = keyOfRow({ ...row, group_id: assigned.get(r.id) ?? row.group_id }, [], [])));
    }
    if (r.p_role === null || r.p_actor === null) continue;
    (r.p_role === 'actor' ? key.actors : key.recipients).push({ id: r.p_actor, code: r.p_code, sector: r.p_sector });
  }
  return out;
}

/**
 * The groups a write transaction changed, refreshed once at its end (`finishGroups`): the
 * representative and counts of a group are sums over its members, so one pass over every group the
 * batch touched leaves what one pass per story would. Events' own group ids are kept in `assigned`
 * until then, where the next story's grouping reads them.
 */
export interface GroupBatch {
  /** Touched group -> its type (the type of its anchor event). */
  touched: Map<string, string>;
  /** Articles given one more source: their events' groups count one more outlet. */
  sourced: Set<string>;
  /**
   * Events' new group ids, written by `finishGroups`: later stories of the batch read them from
   * here (over what the store holds) instead of an UPDATE per story (a round trip on PostgreSQL).
   */
  assigned: Map<string, string>;
}

export const groupBatch = (): GroupBatch => ({ touched: new Map(), sourced: new Set(), assigned: new Map() });

/** Sets events' group ids, by (event id, group id) pairs. */
async function writeGroupIds(sql: Sql, updates: readonly (readonly [string, string])[]): Promise<void> {
  for (let i = 0; i < updates.length; i += 400) {
    const part = padded(updates.slice(i, i + 400));
    await sql.run(`UPDATE events SET group_id = CASE id ${part.map(() => 'WHEN ? THEN ?').join(' ')} END
      WHERE id IN (${part.map(() => '?').join(', ')})`, [...part.flat(), ...part.map(([id]) => id)]);
  }
}

/**
 * Gives newly stored events their groups and moves their direct matches to a smaller anchor when
 * a new event's id is smaller. Runs inside the ingest transaction, under the write lock; the groups'
 * rows are written by `finishGroups` (at once when no batch is given). `inHand`: the same events
 * as just written (their rows not read back), in any order.
 */
export async function assignGroups(sql: Sql, eventIds: string[], batch?: GroupBatch, inHand?: readonly FreshEvent[]): Promise<void> {
  if (eventIds.length === 0) return;
  const fresh = (inHand && keysInHand(inHand)) ?? await keysOf(sql, await sql.all<KeyRow>(`SELECT ${KEY_COLUMNS} FROM events e
    WHERE e.id IN (${padded(eventIds).map(() => '?').join(', ')})`, padded(eventIds)));
  const joinable = [...fresh.values()].filter(groupable);
  const own = batch ?? groupBatch();
  // the batch's group ids not yet written win over the stored ones
  const found = await candidates(sql, joinable, own.assigned);
  const touched = new Set<string>();
  const groupOf = new Map<string, string>();
  const moved = new Map<string, string>(); // existing event -> its new, smaller anchor
  for (const k of fresh.values()) {
    let anchor = k.id;
    if (groupable(k)) {
      for (const c of found.values()) {
        if (!sameEvent(k, c)) continue;
        if (c.id < anchor) anchor = c.id;
        // A grouped neighbour whose anchor is larger than this new event now anchors on it.
        if (!fresh.has(c.id) && c.group !== null) {
          const current = moved.get(c.id) ?? c.group;
          if (k.id < current) { moved.set(c.id, k.id); touched.add(c.group); }
        }
      }
    }
    groupOf.set(k.id, anchor);
  }
  const updates = [...groupOf, ...moved];
  // a later pair for the same event replaces an earlier one, as a later UPDATE would
  for (const [id, g] of updates) own.assigned.set(id, g);
  for (const [, g] of updates) touched.add(g);
  const typeOf = (g: string) => fresh.get(g)?.type ?? fresh.get([...groupOf].find(([, a]) => a === g)?.[0] ?? '')?.type ?? '';
  // the first type given wins, as the group row's insert (ON CONFLICT DO NOTHING) would
  for (const g of touched) if (!own.touched.has(g)) own.touched.set(g, typeOf(g));
  if (!batch) await finishGroups(sql, own);
}

/** Writes the rows of the groups a batch touched: new groups, representatives, counts and the distinct-event total. */
export async function finishGroups(sql: Sql, batch: GroupBatch): Promise<void> {
  await writeGroupIds(sql, [...batch.assigned]);
  batch.assigned.clear();
  const sourced = [...batch.sourced];
  for (let i = 0; i < sourced.length; i += 500) {
    const part = padded(sourced.slice(i, i + 500));
    const rows = await sql.all<{ g: string }>(`SELECT DISTINCT group_id AS g FROM events
      WHERE article_id IN (${part.map(() => '?').join(', ')}) AND group_id IS NOT NULL`, part);
    // an existing group: its row is there already, so the type given here is never written
    for (const r of rows) if (!batch.touched.has(r.g)) batch.touched.set(r.g, '');
  }
  if (batch.touched.size === 0) return;
  const ids = [...batch.touched.keys()].sort();
  // the store's count of distinct events changes by what these groups count after, less before
  const before = await distinctIn(sql, ids);
  await insertRows(sql, 'INSERT INTO event_groups (id, type, representative, mentions, articles, sources)', 6,
    ids.map((g) => [g, batch.touched.get(g) ?? '', g, 0, 0, 0]), 'ON CONFLICT (id) DO NOTHING');
  await refreshGroups(sql, ids);
  await addDistinct(sql, (await distinctIn(sql, ids)) - before);
}

/** Recomputes each group's representative and counts from its members. */
export async function refreshGroups(sql: Sql, groupIds: string[]): Promise<void> {
  for (let i = 0; i < groupIds.length; i += 500) {
    const part = padded(groupIds.slice(i, i + 500));
    // A group whose members all moved to a smaller anchor is gone.
    await sql.run(`DELETE FROM event_groups WHERE id IN (${part.map(() => '?').join(', ')})
      AND NOT EXISTS (SELECT 1 FROM events e WHERE e.group_id = event_groups.id)`, part);
    await sql.run(`UPDATE event_groups SET
      representative = (SELECT e.id FROM events e WHERE e.group_id = event_groups.id ORDER BY e.confidence DESC, e.id LIMIT 1),
      mentions = (SELECT COUNT(*) FROM events e WHERE e.group_id = event_groups.id),
      articles = (SELECT COUNT(DISTINCT e.article_id) FROM events e WHERE e.group_id = event_groups.id),
      sources = (SELECT COUNT(DISTINCT COALESCE(s.source, s.url, s.doc_id)) FROM article_sources s
        WHERE s.article_id IN (SELECT e.article_id FROM events e WHERE e.group_id = event_groups.id))
      WHERE id IN (${part.map(() => '?').join(', ')})`, part);
  }
}

/** Groups events stored before migration 006 (article by article; the result is order-free). */
export async function groupStale(sql: Sql): Promise<number> {
  const rows = await sql.all<{ id: string; article_id: string }>('SELECT id, article_id FROM events WHERE group_id IS NULL ORDER BY article_id, id');
  if (rows.length === 0) return 0;
  const byArticle = new Map<string, string[]>();
  for (const r of rows) byArticle.set(r.article_id, [...(byArticle.get(r.article_id) ?? []), r.id]);
  await sql.write(async (tx) => {
    for (const ids of byArticle.values()) await assignGroups(tx, ids);
  });
  return rows.length;
}
