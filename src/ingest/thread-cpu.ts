// CPU seconds of the calling thread (main or worker), for the bench's account of where an
// ingest's CPU goes: the writer, the annotation workers, and the rest (V8's garbage collector and
// optimising compiler threads, libuv). Linux only (/proc/thread-self); null elsewhere.
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on every Linux build Node supports). */
const TICKS = 100;

export function threadCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // fields after the command's closing parenthesis: utime and stime are the 12th and 13th
    const f = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    const user = Number(f[11]);
    const system = Number(f[12]);
    return Number.isFinite(user) && Number.isFinite(system) ? (user + system) / TICKS : null;
  } catch {
    return null;
  }
}
