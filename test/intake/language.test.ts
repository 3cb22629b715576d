import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../src/intake/language.js';
import { intake } from '../../src/intake/index.js';
import fc from 'fast-check';
import { loadJson } from '../../src/data.js';

const samples: [string, string][] = [
  ['en', 'The minister said on Monday that the government would not change its plans for the border, and that talks with the neighbours were going well.'],
  ['fr', 'Le ministre a déclaré lundi que le gouvernement ne changerait pas ses projets pour la frontière et que les discussions avec les voisins se passaient bien.'],
  ['de', 'Der Minister sagte am Montag, dass die Regierung ihre Pläne für die Grenze nicht ändern werde und die Gespräche mit den Nachbarn gut verlaufen seien.'],
  ['es', 'El ministro dijo el lunes que el gobierno no cambiará sus planes para la frontera y que las conversaciones con los vecinos van por buen camino.'],
  ['it', 'Il ministro ha detto lunedì che il governo non cambierà i suoi piani per il confine e che i colloqui con i vicini stanno andando bene.'],
  ['pt', 'O ministro disse na segunda-feira que o governo não vai mudar os seus planos para a fronteira e que as conversas com os vizinhos estão a correr bem.'],
  ['nl', 'De minister zei maandag dat de regering haar plannen voor de grens niet zal wijzigen en dat de gesprekken met de buren goed verlopen.'],
  ['ru', 'Министр заявил в понедельник, что правительство не будет менять свои планы на границе и что переговоры с соседями идут хорошо.'],
  ['ar', 'قال الوزير يوم الاثنين إن الحكومة لن تغير خططها على الحدود وإن المحادثات مع الجيران تسير بشكل جيد في هذه المرحلة.'],
];

test('stopword and script detection', () => {
  for (const [lang, text] of samples) assert.equal(detectLanguage(text), lang, text.slice(0, 30));
  assert.equal(detectLanguage('Θα συνεχιστούν οι συνομιλίες στην Αθήνα την επόμενη εβδομάδα.'), 'el');
});

test('too short to tell gives null', () => {
  assert.equal(detectLanguage('Putin'), null);
  assert.equal(detectLanguage('Hollande Putin Moscow Kremlin'), null);
  assert.equal(detectLanguage(''), null);
});

test('a non-English article is flagged, not coded', () => {
  const doc = intake({ text: samples[1]![1] });
  assert.equal(doc.article.language, 'fr');
  assert.ok(doc.messages.some((m) => m.level === 'info' && m.reason === 'not English (fr): stored but not coded'));
  const en = intake({ text: samples[0]![1] });
  assert.ok(!en.messages.some((m) => m.reason.startsWith('not English')));
});

test('a short English sentence full of names is not guessed as another language', () => {
  assert.notEqual(detectLanguage("Chile's envoy met Peru's foreign minister in Lima and Quito officials in Bogota."), 'nl');
});

test('script counts over the text with its ASCII runs as spaces, ASCII letters counted as Latin, equal the counts over the text', () => {
  // what detectLanguage relies on to run its script regexes over the non-ASCII characters alone
  const { scripts } = loadJson<{ scripts: Record<string, string> }>('intake', 'stopwords.json');
  const names = ['Latin', 'Cyrillic', 'Arabic', ...Object.keys(scripts).filter((k) => !k.startsWith('_')), 'Hiragana', 'Katakana'];
  const count = (re: RegExp, s: string): number => s.match(re)?.length ?? 0;
  const check = (text: string): void => {
    const beyond = text.replace(/[\x00-\x7F]+/g, ' ');
    const asciiLetters = count(/[A-Za-z]/g, text);
    for (const name of names) {
      const re = new RegExp(`\\p{Script=${name}}`, 'gu');
      assert.equal(count(re, beyond) + (name === 'Latin' ? asciiLetters : 0), count(re, text), `${name} in ${JSON.stringify(text)}`);
    }
  };
  for (let c = 0; c < 0x80; c++) check(`é${String.fromCharCode(c)}ж`);
  check('\uD835a\uDC00 \uD837\uDF00 x\uD837'); // lone surrogates stay apart; an astral Latin letter
  const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('the talks', 'Erdoğan', 'Москва', 'القاهرة', '東京', 'ひらがな', 'Αθήνα', '\uD837\uDF00', '\uD837', '\uDF00'));
  fc.assert(fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => check(pieces.join(''))), { numRuns: 500 });
});

test('a plain text is read as the general path reads it', () => {
  // ' €' sends a text down the general path (not plain; no letter, so the same counts and words)
  const stop = loadJson<{ latin: Record<string, string[]> }>('intake', 'stopwords.json');
  const words = [...new Set(Object.values(stop.latin).flat().filter((w) => /^[a-z]+$/.test(w)))];
  const word = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...words).map((w) => w.toUpperCase()), fc.constantFrom(...words).map((w) => w[0]!.toUpperCase() + w.slice(1)),
    fc.stringMatching(/^[a-zA-Z]{1,9}$/), fc.constantFrom('Putin', 'said', 'x1y', "don't", 'co-op'));
  const sep = fc.constantFrom(' ', ', ', '. ', '\n', '\u00a0', ' \u2014 ', '\u2019', '3');
  fc.assert(fc.property(fc.array(fc.tuple(word, sep), { maxLength: 60 }), (parts) => {
    const text = parts.map(([w, s]) => w + s).join('');
    assert.equal(detectLanguage(text), detectLanguage(`${text} €`), text);
  }), { numRuns: 3000 });
});
