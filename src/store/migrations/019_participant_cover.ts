// A page of a frequent party's events walks the events newest first and asks, for each, whether
// the party is on the given side (query.ts, `walk`): this index answers that from the index alone,
// without reading the participant's row (bench:api at 1M events: an actor's events page 3.7 -> 1.9
// CPU-ms with query.ts testing the party first). One more index entry per participant at ingest.
import { toPostgres } from './dialect.js';
export const version = 19;
export const name = 'participant_cover';
export const sqlite = '';
// built after the step, in the background on a big store that `serve` opens (migrate.ts)
export const indexes = ['CREATE INDEX event_participants_event_cover ON event_participants (event_id, role, code, actor_id)'];
export const postgres = toPostgres(indexes.map((i) => `${i};\n`).join(''));
