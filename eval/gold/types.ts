// Gold events in one shape for every set, so the scorer does not care where they came from.
import type { PloverType } from '../../src/types.js';

export interface GoldEvent {
  /** Null when the gold code has no PLOVER equivalent (CAMEO 01 statements, 02 appeals). */
  type: PloverType | null;
  /** The type or code as written in the gold file ("DEMAND", "042"), for reports. */
  raw: string;
  /** Country / non-state codes of the actors; empty when the gold names none. */
  actors: string[];
  recipients: string[];
  /** PLOVER contexts the gold gives (current names), when it gives any. */
  contexts?: string[];
}

export interface GoldSentence {
  /** Record id (or ids joined by "+" when several gold records share one text). */
  id: string;
  text: string;
  /** YYYY-MM-DD. */
  published?: string;
  events: GoldEvent[];
  /** The gold says explicitly that the sentence holds no event. */
  noEvents: boolean;
}
