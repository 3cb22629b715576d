// Stored events as flat CSV rows: one line per event, parties joined with "; ".
import type { StoredEvent } from '../store/types.js';

export const EVENT_CSV_HEADER = [
  'id', 'doc_id', 'date', 'event', 'mode', 'context', 'quad_code', 'cameo', 'goldstein', 'plover_score',
  'actor_codes', 'actor_sectors', 'actor_text', 'recipient_codes', 'recipient_sectors', 'recipient_text',
  'place', 'place_country', 'lat', 'lon', 'dead', 'injured', 'arrested', 'approximate',
  'negated', 'hypothetical', 'future', 'claimed', 'confidence', 'span_start', 'span_end', 'event_text', 'url', 'title',
];

export function eventCsvRow(e: StoredEvent): unknown[] {
  const join = (xs: (string | null)[]) => xs.map((x) => x ?? '').join('; ');
  return [
    e.id, e.doc_id, e.date, e.event, e.mode, e.context.join('; '), e.quad_code, e.cameo, e.goldstein, e.plover_score,
    join(e.actor.map((a) => a.code)), join(e.actor.map((a) => a.sector)), join(e.actor.map((a) => a.entity_text)),
    join(e.recipient.map((a) => a.code)), join(e.recipient.map((a) => a.sector)), join(e.recipient.map((a) => a.entity_text)),
    e.event_loc?.name, e.event_loc?.country, e.event_loc?.lat, e.event_loc?.lon, e.size.dead, e.size.injured, e.size.arrested, e.size.approximate,
    e.modality.negated, e.modality.hypothetical, e.modality.future, e.modality.claimed, e.confidence, e.span[0], e.span[1], e.event_text, e.url, e.title,
  ];
}
