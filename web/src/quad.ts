// Quad classes: the four PLOVER families an event belongs to, each with a colour that keeps at
// least 4.5:1 contrast on white, and a shape (hollow for verbal, filled for material) so colour
// is never the only cue.
export interface Quad {
  code: 1 | 2 | 3 | 4;
  label: string;
  colour: string;
  verbal: boolean;
}

export const QUADS: Quad[] = [
  { code: 1, label: 'Verbal cooperation', colour: '#1f5f9e', verbal: true },
  { code: 2, label: 'Material cooperation', colour: '#17703f', verbal: false },
  { code: 3, label: 'Verbal conflict', colour: '#9a4d00', verbal: true },
  { code: 4, label: 'Material conflict', colour: '#a8201a', verbal: false },
];

export function quad(code: number): Quad {
  return QUADS.find((q) => q.code === code) ?? QUADS[0]!;
}

export { PLOVER_TYPES } from '../../src/types.js';
