// wink-nlp's bare pass (tokens and their POS, as issue 16 defines it), the baseline of the bench's
// ratio_to_wink, measured two ways:
// - fresh (the baseline): in its own process (bench/wink-pass.ts), the same texts, the same start
//   and warm-up as entente's measured pass and then one pass; so wink meets the corpus's words for
//   the first time in it as it does inside entente's pass;
// - warm (the figure before December 2026, kept so runs stay comparable with earlier ones): in the
//   process that has just run entente's pass, the same wink instance, two passes and the second
//   measured: every word already learned.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { RawInput } from '../src/types.js';

export interface WinkPass { seconds: number; cpu_s: number }

const cpuSSince = (from: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
};

/**
 * The fresh pass in a child process over the first `fraction` of each set; `expect` is what the
 * caller read for the same fraction, checked so the two passes cover the same texts.
 */
export function freshWinkPass(root: string, fraction: number, warmup: number, expect: { stories: number; bytes: number }): WinkPass {
  const out = execFileSync(process.execPath, [join(root, 'dist', 'bench', 'wink-pass.js'), '--fraction', String(fraction), '--warmup', String(warmup)], { encoding: 'utf8', maxBuffer: 16 * 1e6 });
  const r = JSON.parse(out.trim().split('\n').pop()!) as { stories: number; bytes: number; cpu_s: number; wall_s: number };
  if (r.stories !== expect.stories || r.bytes !== expect.bytes) throw new Error(`wink-pass read ${r.stories} stories, ${r.bytes} bytes; expected ${expect.stories}, ${expect.bytes}`);
  return { seconds: r.wall_s, cpu_s: r.cpu_s };
}

/** The warm pass in this process, after entente's: a first pass, then the measured second one. */
export async function warmWinkPass(inputs: readonly RawInput[]): Promise<WinkPass> {
  const { wink } = await import('../src/text/wink.js');
  const nlp = wink();
  const its = nlp.its;
  const pass = (): WinkPass => {
    const t = performance.now();
    const c = process.cpuUsage();
    for (const input of inputs) {
      const d = nlp.readDoc(input.text ?? '');
      d.tokens().out();
      d.tokens().out(its.pos);
    }
    return { seconds: (performance.now() - t) / 1000, cpu_s: cpuSSince(c) };
  };
  pass();
  return pass();
}
