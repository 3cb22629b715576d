// The PLOVER JSON record shape entente prints and serves (PLOVER manual, "PLOVER JSON"),
// with the CAMEO/Goldstein fields GDELT users expect and the offsets that tie it to its source.
import type { ActorRef, Doc, Event, EventLoc } from '../types.js';
import type { StoredEvent } from '../store/types.js';

export interface PloverEntity {
  code: string | null;
  sector: string | null;
  entity_text: string;
  actor_id: string;
}

export interface PloverRecord {
  id: string;
  date: string | null;
  actor: PloverEntity[];
  recipient: PloverEntity[];
  event: string;
  mode: string | null;
  context: string[];
  quad_code: number;
  event_text: string;
  event_loc: EventLoc | null;
  size: { dead: number | null; injured: number | null; arrested: number | null; approximate: boolean };
  cameo: string;
  goldstein: number;
  plover_score: number;
  modality: Event['modality'];
  /** Who reported it ("X said"), when the text names them. */
  reported_by: PloverEntity | null;
  confidence: number;
  date_from: Event['dateFrom'];
  doc_id: string;
  span: [number, number];
  trigger_span: [number, number];
  sentence: string;
}

function entity(r: ActorRef): PloverEntity {
  return { code: r.code, sector: r.sector, entity_text: r.text, actor_id: r.actorId };
}

export function toPloverRecord(doc: Doc, e: Event): PloverRecord {
  return {
    id: e.id,
    date: e.date,
    actor: e.actor.map(entity),
    recipient: e.recipient.map(entity),
    event: e.type,
    mode: e.mode,
    context: e.context,
    quad_code: e.quad_code,
    event_text: doc.text.slice(e.trigger.start, e.trigger.end),
    event_loc: e.place ? {
      text: e.place.text, span: [e.place.start, e.place.end], name: e.place.name, country: e.place.country, lat: e.place.lat, lon: e.place.lon, from: e.placeFrom ?? null,
    } : null,
    size: { dead: e.size.dead, injured: e.size.injured, arrested: e.size.arrested, approximate: e.size.approximate === true },
    cameo: e.cameo,
    goldstein: e.goldstein,
    plover_score: e.plover_score,
    modality: e.modality,
    reported_by: e.reportedBy ? entity(e.reportedBy) : null,
    confidence: e.confidence,
    date_from: e.dateFrom,
    doc_id: doc.id,
    span: [e.sentence.start, e.sentence.end],
    trigger_span: [e.trigger.start, e.trigger.end],
    sentence: doc.text.slice(e.sentence.start, e.sentence.end),
  };
}

/** A stored event in the same PLOVER JSON shape (POLECAT-style), for export. Fields the store does not keep are left out. */
export type StoredPloverRecord = Omit<PloverRecord, 'date_from' | 'trigger_span' | 'sentence' | 'reported_by'> & { url: string | null; title: string | null };

export function storedToPlover(e: StoredEvent): StoredPloverRecord {
  return {
    id: e.id,
    date: e.date,
    actor: e.actor.map((a) => ({ ...a })),
    recipient: e.recipient.map((a) => ({ ...a })),
    event: e.event,
    mode: e.mode,
    context: e.context,
    quad_code: e.quad_code,
    event_text: e.event_text,
    event_loc: e.event_loc,
    size: e.size,
    cameo: e.cameo,
    goldstein: e.goldstein,
    plover_score: e.plover_score,
    modality: e.modality,
    confidence: e.confidence,
    doc_id: e.doc_id,
    span: e.span,
    url: e.url,
    title: e.title,
  };
}
