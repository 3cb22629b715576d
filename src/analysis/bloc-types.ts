// What blocs() answers, as types only: the web page imports these for its type check, so this
// module imports nothing that runs (no Node, no analysis code).
import type { Balance } from './balance.js';

export interface BlocNode {
  id: string;
  code: string;
  label: string;
  bloc: number;
  events: number;
  /** Sums of the node's positive and negative tie weights. */
  positive: number;
  negative: number;
}

export interface BlocEdge {
  source: string;
  target: string;
  weight: number;
  positive: number;
  negative: number;
  events: number;
}

export interface Bloc {
  id: number;
  members: string[];
  /** Tie weight inside the bloc, by sign. */
  positive: number;
  negative: number;
}

export interface BlocRelation {
  a: number;
  b: number;
  /** Net tie weight between the two blocs' members (negative: hostile). */
  weight: number;
  positive: number;
  negative: number;
}

/** A tie inside a bloc with conflict in it: 'hostile' when conflict outweighs cooperation, 'mixed' otherwise. */
export interface Tension extends BlocEdge {
  bloc: number;
  kind: 'hostile' | 'mixed';
}

/** An actor with positive ties to two blocs that are hostile to each other (its own bloc may be one). */
export interface Courted {
  actor: string;
  bloc: number;
  sides: { bloc: number; weight: number }[];
  /** Net weight between the two sides. */
  hostility: number;
}

export interface BlocsResult {
  /** Reference day of the decay, the half-life, and the events used. */
  end: string | null;
  halfLifeDays: number;
  events: number;
  skipped: { undated: number; noPair: number; zeroWeight: number };
  nodes: BlocNode[];
  edges: BlocEdge[];
  blocs: Bloc[];
  between: BlocRelation[];
  modularity: number;
  balance: Balance;
  tensions: Tension[];
  courted: Courted[];
  /** Actors in the period before `top` kept the most active (nodes.length when none were left out). */
  actors: number;
}
