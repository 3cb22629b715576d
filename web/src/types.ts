// The API's shapes. Rows are the store's own types (src/store/types.ts), imported for types only.
import type { ArticleAnnotations, StoredArticle, StoredEvent, StoredQuote } from '../../src/store/types.js';
export type {
  ActorSummary, ArticleAnnotations, ArticleListItem, SearchHit, StoredArticle, StoredEvent, StoredQuote, StoreSummary,
} from '../../src/store/types.js';

/** Every list endpoint answers with one page and the total that matched. */
export interface List<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
  /** Keyset cursor of the next page (events), null at the end. */
  next?: string | null;
}

/** GET /api/articles/:id answers the article's fields with these beside them. */
export type ArticleDetailFlat = StoredArticle & Omit<ArticleDetail, 'article'>;

/** The reader's view of one article. */
export interface ArticleDetail {
  article: StoredArticle;
  annotations: ArticleAnnotations;
  events: StoredEvent[];
  quotes: StoredQuote[];
}

/*
 * GET /api/blocs: actors grouped into blocs by signed, decayed, weighted ties. Mirrors BlocsResult
 * of src/analysis/blocs.ts (only the fields the page reads): importing it would pull the analysis
 * code's Node imports into the browser build's type check.
 */
export interface BlocNode {
  id: string;
  code: string;
  label: string;
  bloc: number;
  events: number;
}

export interface BlocEdge {
  source: string;
  target: string;
  /** Net tie weight after decay: positive cooperation, negative conflict. */
  weight: number;
  positive: number;
  negative: number;
  events: number;
}

export interface BlocsResult {
  end: string | null;
  halfLifeDays: number;
  /** Events the graph was built from. */
  events: number;
  nodes: BlocNode[];
  edges: BlocEdge[];
  blocs: { id: number; members: string[]; positive: number; negative: number }[];
  between: { a: number; b: number; weight: number; positive: number; negative: number }[];
  modularity: number;
  balance: { triads: number; balanced: number; share: number | null };
  tensions: (BlocEdge & { bloc: number; kind: 'hostile' | 'mixed' })[];
  courted: { actor: string; bloc: number; sides: { bloc: number; weight: number }[]; hostility: number }[];
  /** Actors in the period before the most active `top` were kept. */
  actors: number;
}
export type { StoredAlert } from '../../src/store/types.js';
