// Runs the built `entente watch` in a child process and collects what it printed.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../src/data.js';

const BIN = join(repoRoot(), 'dist', 'src', 'cli', 'main.js');

export function watch(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, 'watch', ...args], { cwd: repoRoot() });
    let out = '', err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}
