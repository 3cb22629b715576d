// The packages scripts/build-vendor.ts bundles into dist/node_modules (npm run build:vendor): what
// the bundles leave out stays out of reach, and what they share stays one copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import * as chronoEn from 'chrono-node/en';
import { z } from 'zod';

/** The zod that compiled code imports is the bundle (dist/node_modules/zod), not the package. */
const zodBundled = existsSync(fileURLToPath(new URL('../../node_modules/zod/package.json', import.meta.url)));

test('chrono\'s English entry and its main entry share one parser and one set of classes', () => {
  assert.equal(chronoEn.casual, chrono.casual);
  assert.equal(chronoEn.Chrono, chrono.Chrono);
  assert.ok(chronoEn.casual.parse('on March 3, 2015', new Date(Date.UTC(2015, 2, 10)))[0]!.start.get('day') === 3);
});

test('zod speaks English, and the locales it was bundled without say so when asked for', { skip: !zodBundled && 'zod is not bundled (npm run build:vendor)' }, () => {
  const r = z.string().min(3).safeParse('x');
  assert.equal(r.success, false);
  assert.match(r.error!.issues[0]!.message, /expected string to have >=3 characters/);
  assert.equal(typeof z.locales.en().localeError, 'function');
  assert.throws(() => z.locales.de(), /zod\/v4\/locales\/de\.js is not in entente's bundle/);
});
