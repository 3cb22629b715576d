// Event scores against sentence-level gold. Definitions (also in eval/README.md):
//
// Gold events with no PLOVER type (CAMEO 01/02) are counted in n_no_plover and excluded below.
// For each remaining gold event g of sentence s, with system events S = events annotate emits for s:
//   type_ok(g)   some e in S has e.type = g.type
//   match(g)     if type_ok: the same-type e in S that gets most of {actor, recipient} right (first on ties);
//                else the first e in S; none when S is empty
//   codesOk(G,E) both code sets empty, or they share a code (system ActorRefs with code null are dropped)
//   actor_ok     match(g) exists and codesOk(g.actors, codes of match(g).actor)
//   recipient_ok match(g) exists and codesOk(g.recipients, codes of match(g).recipient)
//   joint_ok     type_ok and actor_ok and recipient_ok
// type_acc / actor_acc / recipient_acc / joint_acc = share of gold events that are ok (n = gold events).
// precision = share of system events that share a type with some gold event of their sentence, over the
//   sentences that can be judged: those with a PLOVER-typed gold event or marked noevents (n = those
//   system events; 0 when there are none).
// n_false_alarms = system events emitted on noevents sentences (they also count against precision).
// Gold events are not paired one-to-one: one system event may satisfy two gold events of the same sentence.
import type { Event, PloverType } from '../src/types.js';
import type { GoldEvent, GoldSentence } from './gold/types.js';

/** What the scorer needs of a system event. */
export interface SysEvent {
  type: PloverType;
  actors: string[];
  recipients: string[];
  /** The system's CAMEO code, for the root+dyad score (eval/root-dyad.ts). */
  cameo?: string;
  /** PLOVER contexts, for the context score (eval/contexts.ts). */
  contexts?: string[];
}

export interface Judged {
  gold: GoldSentence;
  system: SysEvent[];
}

export interface Miss {
  gold: string;
  /** The matched system event's type, or "(none)" when the sentence got no event. */
  system: string;
  sentenceId: string;
  text: string;
}

export interface EventScores {
  type_acc: number;
  actor_acc: number;
  recipient_acc: number;
  joint_acc: number;
  precision: number;
  n_gold: number;
  n_precision: number;
  n_false_alarms: number;
  n_noevents_sentences: number;
  n_no_plover: number;
  n_sentences: number;
  misses: Miss[];
}

export function sysEventOf(e: Event): SysEvent {
  const codes = (refs: Event['actor']) => refs.map((r) => r.code?.trim().toUpperCase()).filter((c): c is string => !!c);
  return { type: e.type, actors: codes(e.actor), recipients: codes(e.recipient), ...(e.cameo ? { cameo: e.cameo } : {}), ...(e.context?.length ? { contexts: e.context } : {}) };
}

/**
 * The gold sets predate today's PLOVER codes: PLOVER 0.5b1 and CAMEO coded the UN and the EU as
 * IGO (today UNO and EUR), and CAMEO-era country codes differ from ISO-3166 (JAP, ITL, VTN).
 * A gold code accepts every code that means the same thing today.
 */
const GOLD_EQUIVALENTS: Record<string, readonly string[]> = {
  IGO: ['IGO', 'UNO', 'EUR'],
  JAP: ['JPN'],
  ITL: ['ITA'],
  VTN: ['VNM'],
};

export function codesOk(gold: readonly string[], sys: readonly string[]): boolean {
  if (gold.length === 0) return sys.length === 0;
  const set = new Set(gold.flatMap((c) => GOLD_EQUIVALENTS[c.toUpperCase()] ?? [c.toUpperCase()]));
  return sys.some((c) => set.has(c.toUpperCase()));
}

export function matchEvent(g: GoldEvent, system: readonly SysEvent[]): SysEvent | undefined {
  const same = system.filter((e) => e.type === g.type);
  if (same.length === 0) return system[0];
  const agree = (e: SysEvent) => Number(codesOk(g.actors, e.actors)) + Number(codesOk(g.recipients, e.recipients));
  return same.reduce((best, e) => (agree(e) > agree(best) ? e : best));
}

const share = (k: number, n: number) => (n === 0 ? 0 : k / n);

export function scoreEvents(judged: readonly Judged[]): EventScores {
  let nGold = 0, typeOk = 0, actorOk = 0, recipOk = 0, jointOk = 0;
  let nNoPlover = 0, nSys = 0, sysOk = 0, falseAlarms = 0, nNoEvents = 0;
  const misses: Miss[] = [];
  for (const { gold, system } of judged) {
    const typed = gold.events.filter((g) => g.type !== null);
    nNoPlover += gold.events.length - typed.length;
    if (gold.noEvents) {
      nNoEvents++;
      falseAlarms += system.length;
    }
    if (typed.length > 0 || gold.noEvents) {
      nSys += system.length;
      sysOk += system.filter((e) => typed.some((g) => g.type === e.type)).length;
    }
    for (const g of typed) {
      nGold++;
      const m = matchEvent(g, system);
      const t = system.some((e) => e.type === g.type);
      const a = !!m && codesOk(g.actors, m.actors);
      const r = !!m && codesOk(g.recipients, m.recipients);
      typeOk += Number(t);
      actorOk += Number(a);
      recipOk += Number(r);
      jointOk += Number(t && a && r);
      if (!t) misses.push({ gold: g.type!, system: m?.type ?? '(none)', sentenceId: gold.id, text: gold.text });
    }
  }
  return {
    type_acc: share(typeOk, nGold),
    actor_acc: share(actorOk, nGold),
    recipient_acc: share(recipOk, nGold),
    joint_acc: share(jointOk, nGold),
    precision: share(sysOk, nSys),
    n_gold: nGold,
    n_precision: nSys,
    n_false_alarms: falseAlarms,
    n_noevents_sentences: nNoEvents,
    n_no_plover: nNoPlover,
    n_sentences: judged.length,
    misses,
  };
}

/** Misses grouped by (gold type -> system type), most frequent first, with the sentences they came from. */
export function confusion(misses: readonly Miss[], top = 10): { gold: string; system: string; count: number; examples: Miss[] }[] {
  const groups = new Map<string, { gold: string; system: string; count: number; examples: Miss[] }>();
  for (const m of misses) {
    const key = `${m.gold}\u0000${m.system}`;
    const g = groups.get(key) ?? { gold: m.gold, system: m.system, count: 0, examples: [] };
    g.count++;
    g.examples.push(m);
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.gold.localeCompare(b.gold)).slice(0, top);
}

/** Scores as the runner's flat record: `n_<metric>` gives each score's denominator for the table. */
export function scoreRecord(s: EventScores): Record<string, number> {
  return {
    type_acc: s.type_acc, n_type_acc: s.n_gold,
    actor_acc: s.actor_acc, n_actor_acc: s.n_gold,
    recipient_acc: s.recipient_acc, n_recipient_acc: s.n_gold,
    joint_acc: s.joint_acc, n_joint_acc: s.n_gold,
    precision: s.precision, n_precision: s.n_precision,
    n_false_alarms: s.n_false_alarms,
    n_noevents_sentences: s.n_noevents_sentences,
    n_no_plover: s.n_no_plover,
    n_sentences: s.n_sentences,
  };
}
