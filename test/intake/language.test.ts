import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../src/intake/language.js';
import { intake } from '../../src/intake/index.js';

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
