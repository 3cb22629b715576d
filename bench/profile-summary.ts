// Sums self time per function and per file in a V8 .cpuprofile (from `node --cpu-prof`), so a
// profile can be read without a browser. Usage: node dist/bench/profile-summary.js DIR_OR_FILE [top]
import fs from 'node:fs';
import path from 'node:path';

interface CallFrame { functionName: string; url: string }
interface ProfileNode { id: number; callFrame: CallFrame }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

function pickFile(arg: string): string {
  if (!fs.statSync(arg).isDirectory()) return arg;
  const files = fs.readdirSync(arg).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length === 0) throw new Error(`no .cpuprofile file in ${arg}`);
  // The newest profile is the one just recorded.
  files.sort((a, b) => fs.statSync(path.join(arg, b)).mtimeMs - fs.statSync(path.join(arg, a)).mtimeMs);
  return path.join(arg, files[0]!);
}

function shortUrl(url: string): string {
  return url === '' ? '(native)' : url.split('/').slice(-3).join('/');
}

function printTop(title: string, totals: Map<string, number>, top: number, allMs: number): void {
  console.log(title);
  for (const [key, us] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    const ms = us / 1000;
    console.log(`${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / allMs).toFixed(1).padStart(5)}%  ${key}`);
  }
}

function main(): void {
  const arg = process.argv[2];
  if (arg === undefined) {
    console.error('usage: node dist/bench/profile-summary.js DIR_OR_FILE [top]');
    process.exitCode = 2;
    return;
  }
  const top = Number(process.argv[3] ?? 20);
  const profile = JSON.parse(fs.readFileSync(pickFile(arg), 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFn = new Map<string, number>();
  const byFile = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (node === undefined) return;
    const dt = profile.timeDeltas[i] ?? 0;
    const file = shortUrl(node.callFrame.url);
    const fn = `${file} ${node.callFrame.functionName || '(anonymous)'}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + dt);
    byFile.set(file, (byFile.get(file) ?? 0) + dt);
    all += dt;
  });
  const allMs = all / 1000;
  console.log(`total sampled ${allMs.toFixed(0)} ms`);
  printTop('self time by function', byFn, top, allMs);
  printTop('self time by file', byFile, top, allMs);
}

main();
