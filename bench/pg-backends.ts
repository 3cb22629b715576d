// CPU seconds of the PostgreSQL backends serving one ingest: on this machine they compete with the
// ingest's threads for the same cores, so the scaling figures count them. The run's connections
// carry an application_name; their server processes are found in pg_stat_activity and read from
// /proc (Linux, server on this machine) while the run goes. Null when they cannot be read.
import { readFileSync } from 'node:fs';
import pg from 'pg';

/** The URL with an application_name that marks this run's connections. */
export function markedUrl(url: string, name: string): string {
  const u = new URL(url);
  u.searchParams.set('application_name', name);
  return u.toString();
}

/** Clock ticks per second of /proc's utime and stime. */
const TICKS = 100;

function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / TICKS;
  } catch {
    return null;
  }
}

/** How often the backends are read: the pool closes idle connections (after 10 s) during a run. */
const POLL_MS = 250;

/**
 * Reads the CPU of the backends whose application_name is `name` every POLL_MS until stop(), which
 * resolves to the sum of each one's last reading (null when none could be read).
 */
export async function watchBackends(url: string, name: string): Promise<{ stop: () => Promise<number | null> }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  const last = new Map<number, number>();
  let failed = false;
  const read = async (): Promise<void> => {
    const { rows } = await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [name]);
    for (const { pid } of rows) {
      const s = processCpuSeconds(pid);
      if (s === null) failed = true;
      else last.set(pid, s);
    }
  };
  try {
    await client.connect();
  } catch {
    return { stop: async () => null };
  }
  let reading: Promise<void> = Promise.resolve();
  const timer = setInterval(() => { reading = reading.then(read).catch(() => { failed = true; }); }, POLL_MS);
  return {
    stop: async () => {
      clearInterval(timer);
      reading = reading.then(read).catch(() => { failed = true; });
      await reading;
      await client.end().catch(() => undefined);
      return failed || last.size === 0 ? null : [...last.values()].reduce((a, b) => a + b, 0);
    },
  };
}
