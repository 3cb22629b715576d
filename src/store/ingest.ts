// Writes one annotated Doc: article, annotations and events, all or nothing. An input whose body
// is already stored, exactly or as a near copy, only adds a source row: events are coded once per story.
import type Database from 'better-sqlite3';
import { signatureOf } from './signatures.js';
import type { ActorRef, Doc, Event } from '../types.js';
import { periodOf } from './dates.js';
import type { DedupIndex, SourceInput } from './signatures.js';
import type { IngestOptions, IngestResult } from './types.js';

const bool = (b: boolean): number => (b ? 1 : 0);

/** Stored event id: event ids are only unique within their document. */
export function storedEventId(articleId: string, eventId: string): string {
  return `${articleId}:${eventId}`;
}

export function makeIngest(db: Database.Database, dedup: DedupIndex): (doc: Doc, opts?: IngestOptions) => IngestResult {
  const exists = db.prepare('SELECT 1 FROM articles WHERE id = ?');
  const article = db.prepare(`INSERT INTO articles (id, doc_id, url, source, title, subtitle, byline, credit,
    published, published_from, language, body, text, layout_json, ingested_at)
    VALUES (@id, @doc_id, @url, @source, @title, @subtitle, @byline, @credit,
    @published, @published_from, @language, @body, @text, @layout_json, @ingested_at)`);
  // Canonical actors are shared between articles; the first description wins.
  const actor = db.prepare(`INSERT INTO actors (id, name, code, sector, wikidata) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (id) DO NOTHING`);
  const mention = db.prepare(`INSERT INTO actor_mentions (article_id, ord, actor_id, "start", "end", text, via, antecedent)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const time = db.prepare(`INSERT INTO times (article_id, ord, "start", "end", text, value, granularity, tags_json)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const place = db.prepare(`INSERT INTO places (article_id, ord, "start", "end", text, name, country, lat, lon, kind, geonameid)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const event = db.prepare(`INSERT INTO events (id, local_id, article_id, doc_id, type, mode, context_json, date, date_from,
    date_start, date_end, place_name, place_country, place_lat, place_lon, place_text, place_start, place_end,
    dead, injured, arrested, size_approximate, negated, hypothetical, future, claimed, quad_code, cameo, goldstein, plover_score,
    sentence_start, sentence_end, trigger_start, trigger_end, event_text, trigger_text, confidence)
    VALUES (@id, @local_id, @article_id, @doc_id, @type, @mode, @context_json, @date, @date_from,
    @date_start, @date_end, @place_name, @place_country, @place_lat, @place_lon, @place_text, @place_start, @place_end,
    @dead, @injured, @arrested, @size_approximate, @negated, @hypothetical, @future, @claimed, @quad_code, @cameo, @goldstein, @plover_score,
    @sentence_start, @sentence_end, @trigger_start, @trigger_end, @event_text, @trigger_text, @confidence)`);
  const quote = db.prepare(`INSERT INTO quotes (article_id, ord, "start", "end", text, speaker_actor_id, speaker_code, speaker_sector, speaker_text, speaker_start, speaker_end)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const participant = db.prepare(`INSERT INTO event_participants (event_id, role, ord, actor_id, code, sector, text, "start", "end")
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);

  function insertEvent(doc: Doc, e: Event): void {
    const id = storedEventId(doc.article.id, e.id);
    const period = e.date ? periodOf(e.date) : null;
    const p = e.place;
    event.run({
      id, local_id: e.id, article_id: doc.article.id, doc_id: doc.id, type: e.type, mode: e.mode,
      context_json: JSON.stringify(e.context), date: e.date, date_from: e.dateFrom,
      date_start: period?.start ?? null, date_end: period?.end ?? null,
      place_name: p?.name ?? null, place_country: p?.country ?? null, place_lat: p?.lat ?? null, place_lon: p?.lon ?? null,
      place_text: p?.text ?? null, place_start: p?.start ?? null, place_end: p?.end ?? null,
      dead: e.size.dead, injured: e.size.injured, arrested: e.size.arrested, size_approximate: bool(e.size.approximate === true),
      negated: bool(e.modality.negated), hypothetical: bool(e.modality.hypothetical),
      future: bool(e.modality.future), claimed: bool(e.modality.claimed),
      quad_code: e.quad_code, cameo: e.cameo, goldstein: e.goldstein, plover_score: e.plover_score,
      sentence_start: e.sentence.start, sentence_end: e.sentence.end,
      trigger_start: e.trigger.start, trigger_end: e.trigger.end,
      // Kept beside the spans because SQLite counts characters, JS counts UTF-16 units.
      event_text: doc.text.slice(e.sentence.start, e.sentence.end),
      trigger_text: doc.text.slice(e.trigger.start, e.trigger.end),
      confidence: e.confidence,
    });
    const add = (role: 'actor' | 'recipient', refs: ActorRef[]) =>
      refs.forEach((r, ord) => participant.run(id, role, ord, r.actorId, r.code, r.sector, r.text, r.start, r.end));
    add('actor', e.actor);
    add('recipient', e.recipient);
  }

  const write = db.transaction((doc: Doc, opts: IngestOptions, sig: Uint32Array): IngestResult => {
    const a = doc.article;
    const source = a.source ?? opts.source ?? null;
    const seen = (article_id: string, match: SourceInput['match'], similarity: number) => dedup.addSource({
      article_id, doc_id: doc.id, url: a.url, source, title: a.title, published: a.published,
      match, similarity, input_id: a.id,
    });
    if (exists.get(a.id)) {
      seen(a.id, 'exact', 1);
      return { article: 'exists', events: 0 };
    }
    const near = dedup.nearest(sig);
    if (near) {
      seen(near.articleId, 'near', near.similarity);
      return { article: 'duplicate', duplicateOf: near.articleId, events: 0 };
    }
    article.run({
      id: a.id, doc_id: doc.id, url: a.url, source, title: a.title,
      subtitle: a.subtitle, byline: a.byline, credit: a.credit, published: a.published,
      published_from: a.publishedFrom, language: a.language, body: a.body, text: doc.text,
      layout_json: JSON.stringify({ paragraphs: a.paragraphs, zones: doc.zones, messages: doc.messages }),
      ingested_at: new Date().toISOString(),
    });
    doc.actors.forEach((m, ord) => {
      actor.run(m.actor.id, m.actor.name, m.actor.code, m.actor.sector, m.actor.wikidata);
      mention.run(a.id, ord, m.actor.id, m.start, m.end, m.text, m.via, m.antecedent ?? null);
    });
    doc.times.forEach((t, ord) =>
      time.run(a.id, ord, t.start, t.end, t.text, t.value, t.granularity, JSON.stringify(t.tags ?? [])));
    doc.places.forEach((p, ord) =>
      place.run(a.id, ord, p.start, p.end, p.text, p.name, p.country, p.lat, p.lon, p.kind, p.geonameid ?? null));
    for (const e of [...doc.events, ...(doc.nonFactual ?? [])]) insertEvent(doc, e);
    (doc.quotes ?? []).forEach((q, ord) =>
      quote.run(a.id, ord, q.start, q.end, q.text, q.speaker?.actorId ?? null, q.speaker?.code ?? null, q.speaker?.sector ?? null,
        q.speakerText, q.speaker?.start ?? null, q.speaker?.end ?? null));
    dedup.index(a.id, sig);
    seen(a.id, 'first', 1);
    return { article: 'added', events: doc.events.length };
  });

  // Signing is pure CPU, done before taking the lock. IMMEDIATE takes the write lock at BEGIN, so
  // two processes sharing the file cannot both find no duplicate and both store the story.
  return (doc, opts = {}) => write.immediate(doc, opts, signatureOf(doc));
}
