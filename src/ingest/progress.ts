// Ingest progress on stderr: a one-line bar on a terminal; otherwise one JSON line per second,
// for logs and supervisors. Reads the live tally; never writes to stdout (the summary goes there).
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type ProgressMode = 'bar' | 'json' | 'off';

/** The counts progress shows; IngestTally has these fields. */
export interface ProgressCounts {
  inputs: number;
  added: number;
  existing: number;
  duplicates: number;
  skipped: unknown[];
  events: number;
}

export interface ProgressLine {
  elapsed_s: number;
  done: number;
  total: number | null;
  stored: number;
  added: number;
  /** Inputs skipped with a reason: the same word and count as the ingest summary's "skipped". */
  skipped: number;
  events: number;
  articles_per_s: number;
  eta_s: number | null;
  final?: true;
}

const clock = (s: number): string => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;

export class Progress {
  private readonly t0 = Date.now();
  private timer: NodeJS.Timeout | null = null;
  private lastBar = 0;
  private emitted = 0;

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly mode: ProgressMode,
    private readonly counts: ProgressCounts,
    private total: number | null = null,
    intervalMs = 1000,
  ) {
    if (mode === 'json') {
      this.timer = setInterval(() => this.emitJson(), intervalMs);
      this.timer.unref();
    }
  }

  setTotal(total: number | null): void {
    this.total = total;
  }

  /** Called after each input is settled; the bar redraws at most ten times a second. */
  update(): void {
    if (this.mode !== 'bar') return;
    const now = Date.now();
    if (now - this.lastBar < 100) return;
    this.lastBar = now;
    this.out.write(`\r${this.barText()}\x1b[K`);
  }

  finish(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.mode === 'bar') this.out.write(`\r${this.barText()}\x1b[K\n`);
    // a closing line only for runs long enough to have reported, so short runs stay quiet
    if (this.mode === 'json' && this.emitted > 0) this.out.write(`${JSON.stringify({ ...this.line(), final: true })}\n`);
  }

  line(): ProgressLine {
    const c = this.counts;
    const elapsed = (Date.now() - this.t0) / 1000;
    const rate = elapsed > 0 ? c.inputs / elapsed : 0;
    const total = this.total === null ? null : Math.max(this.total, c.inputs);
    return {
      elapsed_s: Math.round(elapsed * 10) / 10,
      done: c.inputs,
      total,
      stored: c.added + c.existing + c.duplicates,
      added: c.added,
      skipped: c.skipped.length,
      events: c.events,
      articles_per_s: Math.round(rate * 10) / 10,
      eta_s: total !== null && rate > 0 ? Math.round((total - c.inputs) / rate) : null,
    };
  }

  private emitJson(): void {
    this.emitted++;
    this.out.write(`${JSON.stringify(this.line())}\n`);
  }

  private barText(): string {
    const l = this.line();
    const width = 24;
    const frac = l.total ? l.done / l.total : 0;
    const bar = l.total ? `[${'#'.repeat(Math.round(frac * width)).padEnd(width, '-')}] ` : '';
    const of = l.total ? `/${l.total} (${Math.floor(frac * 100)}%)` : '';
    const eta = l.eta_s === null ? '' : `, ETA ${clock(l.eta_s)}`;
    return `${bar}${l.done}${of} inputs, ${l.articles_per_s} articles/s${eta}, ${l.skipped} skipped`;
  }
}

/** 'bar' on a terminal, 'json' otherwise, unless the user chose. */
export function progressMode(chosen: string | undefined, stream: NodeJS.WriteStream): ProgressMode {
  if (chosen === 'bar' || chosen === 'json' || chosen === 'off') return chosen;
  return stream.isTTY ? 'bar' : 'json';
}

/**
 * How many inputs the paths hold, for the ETA: one per file, one per non-blank line of a plain
 * .jsonl. Null when it cannot be told cheaply (stdin, gzip, WARC, feeds).
 */
export async function estimateInputs(paths: string[]): Promise<number | null> {
  let n = 0;
  for (const p of paths) {
    const k = await countPath(p);
    if (k === null) return null;
    n += k;
  }
  return n;
}

async function countPath(path: string): Promise<number | null> {
  if (path === '-') return null;
  const info = await stat(path).catch(() => null);
  if (!info) return 1; // reported as one unreadable input
  if (info.isDirectory()) {
    let n = 0;
    for (const name of (await readdir(path).catch(() => [] as string[])).filter((x) => !x.startsWith('.'))) {
      if (name === 'manifest.jsonl') continue;
      const k = await countPath(join(path, name));
      if (k === null) return null;
      n += k;
    }
    return n;
  }
  if (/\.(gz|warc|xml|rss|atom)$/i.test(path)) return null;
  if (/\.(jsonl|ndjson)$/i.test(path)) return countLines(path);
  return 1;
}

function countLines(path: string): Promise<number> {
  return new Promise((resolve) => {
    let n = 0;
    let blank = true;
    createReadStream(path)
      .on('data', (chunk: string | Buffer) => {
        for (const b of chunk as Buffer) {
          if (b === 10) {
            if (!blank) n++;
            blank = true;
          } else if (b !== 32 && b !== 13 && b !== 9) blank = false;
        }
      })
      .on('end', () => resolve(blank ? n : n + 1))
      .on('error', () => resolve(n + 1));
  });
}
