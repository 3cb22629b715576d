// What a route is: its method, path, query schema, a one-line description and its handler.
// The server dispatches on this table and the OpenAPI document is generated from it.
import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import type { Store } from '../store/index.js';
import type { PageReply } from './shapes.js';

export interface ApiConfig {
  store: Store;
  /** Bearer token for write endpoints; null disables them (403). */
  token: string | null;
  /** Largest request body accepted, in bytes. */
  maxBody: number;
}

export interface RouteContext<Q> {
  query: Q;
  /** Path parameters, decoded (`{id}` in the route's path). */
  params: Record<string, string>;
  req: IncomingMessage;
  config: ApiConfig;
}

export interface Route<S extends z.ZodType = z.ZodType> {
  method: 'GET' | 'POST';
  /** OpenAPI-style path: /api/articles/{id}. */
  path: string;
  summary: string;
  query: S;
  /** What the 200 reply holds, for the OpenAPI document. */
  returns: string;
  /** 'list': the reply is a page `{ total, limit, offset, items }`. */
  shape: 'list' | 'object';
  /** Extra status codes the route can answer, for the OpenAPI document. */
  errors?: Record<string, string>;
  /** For POST routes: the request body, described for the OpenAPI document. */
  body?: Record<string, unknown>;
  /** The reply depends only on the query and the stored data: kept until the next write (cache.ts). */
  cache?: boolean;
  handle(ctx: RouteContext<z.output<S>>): Promise<unknown>;
}

/** Keeps the query type of each route while the table holds them all as Route. */
export function route<S extends z.ZodType>(r: Route<S>): Route {
  return r as unknown as Route;
}

export type { PageReply };

export function pageOf<T>(total: number, items: T[], q: { limit: number; offset: number }): PageReply<T> {
  return { total, limit: q.limit, offset: q.offset, items };
}
