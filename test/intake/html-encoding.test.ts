// HTML pages as bytes in legacy encodings: the charset comes from the BOM or from a <meta>
// declaration in the first bytes. The fixtures are written by the test itself (to a temp dir).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { intake } from '../../src/intake/index.js';

const PARAS = [
  '“Nous sommes prêts”, a déclaré le préfet de l’Hérault à Montpellier, où la crue a coupé deux routes départementales mercredi soir.',
  'Les pompiers ont évacué une école et une résidence pour personnes âgées – soit près de deux cents personnes – avant minuit.',
  'Le café de la place, fermé depuis l’été, a servi d’abri aux familles jusqu’au matin, selon la mairie qui a remercié les bénévoles.',
];

function page(head: string, paras: string[]): string {
  return `<!doctype html><html lang="fr"><head>${head}<title>Crue dans l’Hérault</title></head><body>
<article><h1>Crue dans l’Hérault</h1>${paras.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
}

// Node 20's TextDecoder reads windows-1252 as latin-1, so its 0x80..0x9F punctuation is listed here
const CP1252_PUNCT: [string, number][] = [['‘', 0x91], ['’', 0x92], ['“', 0x93], ['”', 0x94], ['–', 0x96], ['—', 0x97], ['€', 0x80]];

/** Bytes of a string in a one-byte charset, through a table built with TextDecoder (Node has full ICU). */
function encodeSingleByte(s: string, charset: string): Uint8Array {
  const table = new Map<string, number>(charset === 'windows-1252' ? CP1252_PUNCT : []);
  const dec = new TextDecoder(charset);
  for (let b = 0; b < 256; b++) if (charset !== 'windows-1252' || b < 0x80 || b >= 0xa0) table.set(dec.decode(new Uint8Array([b])), b);
  return new Uint8Array([...s].map((c) => {
    const b = table.get(c);
    if (b === undefined) throw new Error(`${c} is not in ${charset}`);
    return b;
  }));
}

function viaFile(name: string, bytes: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'entente-enc-'));
  try {
    writeFileSync(join(dir, name), bytes);
    return new Uint8Array(readFileSync(join(dir, name)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a windows-1252 page with <meta charset>: curly quotes, dashes and accents come through', () => {
  const bytes = viaFile('crue.html', encodeSingleByte(page('<meta charset="windows-1252">', PARAS), 'windows-1252'));
  assert.ok(bytes.includes(0x93) && bytes.includes(0xe9), 'the fixture really is windows-1252');
  const doc = intake({ bytes, path: 'crue.html' });
  assert.equal(doc.article.body, PARAS.join('\n\n'));
  assert.equal(doc.article.title, 'Crue dans l’Hérault');
  assert.ok(doc.messages.some((m) => /decoded as windows-1252/.test(m.reason)));
});

test('a latin1 declaration means windows-1252, as browsers read it', () => {
  const bytes = encodeSingleByte(page('<meta http-equiv="content-type" content="text/html;charset=ISO-8859-1">', PARAS), 'windows-1252');
  assert.equal(intake({ bytes, path: 'crue.html' }).article.body, PARAS.join('\n\n'));
});

test('an ISO-8859-2 page declared by http-equiv: the declared charset, not windows-1252', () => {
  const paras = [
    'Władze Łodzi poinformowały w środę, że zamknięto dwa mosty na rzece po ulewnych deszczach, które nawiedziły region w nocy.',
    'Straż pożarna ewakuowała szkołę i dom opieki, a żołnierze pomagali układać worki z piaskiem wzdłuż brzegów aż do rana.',
  ];
  const html = page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">', paras).replace(/l’Hérault/g, 'Łodzi');
  const doc = intake({ bytes: viaFile('lodz.htm', encodeSingleByte(html, 'iso-8859-2')), path: 'lodz.htm' });
  assert.equal(doc.article.body, paras.join('\n\n'));
  assert.ok(doc.messages.some((m) => /decoded as iso-8859-2/.test(m.reason)));
});

test('a UTF-16LE page with a BOM', () => {
  const html = page('<meta charset="utf-16">', PARAS);
  const bytes = new Uint8Array(2 + html.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < html.length; i++) {
    const c = html.charCodeAt(i);
    bytes[2 + 2 * i] = c & 0xff;
    bytes[3 + 2 * i] = c >> 8;
  }
  const doc = intake({ bytes: viaFile('crue16.html', bytes), path: 'crue16.html' });
  assert.equal(doc.article.body, PARAS.join('\n\n'));
  assert.ok(doc.messages.some((m) => /utf-16le/.test(m.reason)));
});

test('a page declared windows-1252 whose bytes are valid UTF-8 is read as UTF-8 (a common mislabel)', () => {
  const bytes = new TextEncoder().encode(page('<meta charset="windows-1252">', PARAS));
  const doc = intake({ bytes, path: 'crue.html' });
  assert.equal(doc.article.body, PARAS.join('\n\n'));
});
