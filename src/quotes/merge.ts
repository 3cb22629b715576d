// Reported speech read over a sentence that holds a direct quote: '"...," Khan, who has clashed with
// Trump, said.' The reporting clause found its speaker where the direct quote's short search did not
// (the speaker stands too far after the closing mark). One statement, not two: the direct quote takes
// the speaker and the reported reading goes. A direct quote inside what was reported ('he said he
// looked forward to "supporting his nomination"') is words of the same speaker.
import type { Quote } from '../types.js';

const SAME = 0.8; // share of each span the other must cover to be the same statement

const overlap = (a: Quote, b: Quote): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The reported quotes that are statements of their own; direct quotes without a speaker take one from them. */
export function mergeReported(direct: Quote[], reported: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  for (const r of reported) {
    // each covers most of the other: a direct quote misread across sentences (an unpaired mark) is not it
    const same = direct.find((d) => overlap(d, r) >= SAME * Math.max(r.end - r.start, d.end - d.start));
    if (same) {
      if (!same.speaker) Object.assign(same, { speaker: r.speaker, speakerText: r.speakerText, cue: r.cue });
      continue;
    }
    for (const d of direct) if (!d.speaker && d.start >= r.start && d.end <= r.end) Object.assign(d, { speaker: r.speaker, speakerText: r.speakerText, cue: r.cue });
    out.push(r);
  }
  return out;
}
