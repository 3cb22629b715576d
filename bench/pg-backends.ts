// CPU seconds of the PostgreSQL backends serving one ingest: on this machine they compete with the
// ingest's threads for the same cores, so the scaling figures count them. The run's connections
// carry an application_name; their server processes are found in pg_stat_activity and read from
// /proc (Linux, server on this machine). Null when they cannot be read. A connection the pool
// closed before the reading is missed, so the figure is a floor.
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

export async function backendCpuSeconds(url: string, name: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [name]);
    let sum = 0;
    for (const { pid } of rows) {
      const s = processCpuSeconds(pid);
      if (s === null) return null;
      sum += s;
    }
    return rows.length > 0 ? sum : null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}
