// Hand-made StoredEvents for the analysis and output tests: only the fields a test cares about are given.
import type { StoredEvent, StoredParticipant } from '../../src/store/types.js';
import type { PloverType } from '../../src/types.js';

const QUAD: Record<string, 1 | 2 | 3 | 4> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1, COOPERATE: 2, AID: 2, RETREAT: 2,
  REQUEST: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3, SANCTION: 4, PROTEST: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

let serial = 0;

/** "FRA", "FRA GOV" or "IMG REB isil" (code, sector, dictionary actor id). */
export function party(spec: string): StoredParticipant {
  const [code, sector, id] = spec.split(' ');
  return { code: code ?? null, sector: sector ?? null, entity_text: spec, actor_id: id ?? (sector ? `${code}-${sector}` : code!) };
}

export interface Spec {
  from: string | string[];
  to?: string | string[];
  type?: PloverType;
  date?: string | null;
  plover?: number;
  goldstein?: number;
  cameo?: string;
  extra?: Partial<StoredEvent>;
}

export function ev(s: Spec): StoredEvent {
  const type = s.type ?? 'AGREE';
  const list = (x: string | string[] | undefined) => (x === undefined ? [] : Array.isArray(x) ? x : [x]).map(party);
  serial++;
  return {
    id: `art${serial % 3}:e${serial}`,
    doc_id: `doc${serial % 3}`,
    date: s.date === undefined ? '2015-11-26' : s.date,
    event: type,
    mode: null,
    context: [],
    quad_code: QUAD[type]!,
    cameo: s.cameo ?? '030',
    goldstein: s.goldstein ?? 0,
    plover_score: s.plover ?? 0,
    actor: list(s.from),
    recipient: list(s.to),
    event_text: `${type} sentence`,
    event_loc: null,
    size: { dead: null, injured: null, arrested: null, approximate: false },
    modality: { negated: false, hypothetical: false, future: false, claimed: false },
    span: [0, 10],
    confidence: 0.9,
    url: null,
    title: null,
    group_id: `art${serial % 3}:e${serial}`, // its own event group (the store's fields since wt-store)
    num_mentions: 1,
    num_articles: 1,
    num_sources: 1,
    ...s.extra,
  };
}
