// The API's shapes. Rows are the store's own types (src/store/types.ts), imported for types only.
import type { ArticleAnnotations, StoredArticle, StoredEvent, StoredQuote } from '../../src/store/types.js';
import type { PageReply } from '../../src/api/shapes.js';
export type {
  ActorSummary, ArticleAnnotations, ArticleListItem, SearchHit, StoredArticle, StoredEvent, StoredQuote, StoreSummary,
} from '../../src/store/types.js';

/** Every list endpoint answers with one page and the total that matched (declared beside the server's routes). */
export type List<T> = PageReply<T>;

/** GET /api/articles/:id answers the article's fields with these beside them. */
export type ArticleDetailFlat = StoredArticle & Omit<ArticleDetail, 'article'>;

/** The reader's view of one article. */
export interface ArticleDetail {
  article: StoredArticle;
  annotations: ArticleAnnotations;
  events: StoredEvent[];
  quotes: StoredQuote[];
}

/** GET /api/blocs: actors grouped into blocs by signed, decayed, weighted ties (src/analysis/bloc-types.ts). */
export type { BlocEdge, BlocNode, BlocsResult } from '../../src/analysis/bloc-types.js';
export type { StoredAlert } from '../../src/store/types.js';
