// Our identity-number validator against NAV's reference validator (npm @navikt/fnrvalidator) on
// generated numbers of every kind: birth, D, H, D+H, synthetic (Tenor, month + 80), valid and
// not, under the classic and the 2032 check-digit rules. They must agree on every number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { root } from './harness.mjs';

const require = createRequire(import.meta.url);
const nav = require('@navikt/fnrvalidator');
const checker = path.join(root, 'build-native', 'national_id_check');

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const pad = (n, w) => String(n).padStart(w, '0');

// Every K1 (0–9) for a nine-digit prefix, each with the K2 that fits it: numbers valid under the
// classic rule, under the 2032 rule, and with a first check digit that fits neither.
function withCheckDigits(nine) {
  const out = [];
  for (let k1 = 0; k1 <= 9; ++k1) {
    const ten = nine + k1;
    let sum = 0;
    for (let i = 0; i < 10; ++i) sum += W2[i] * Number(ten[i]);
    const k2 = (11 - (sum % 11)) % 11;
    if (k2 !== 10) out.push(ten + k2);
    out.push(ten + ((k2 + 1) % 10));  // a wrong second check digit
  }
  return out;
}

function numbers() {
  const days = [0, 1, 15, 28, 29, 30, 31, 32, 41, 55, 69, 70, 71, 72];
  const months = [0, 1, 2, 4, 12, 13, 41, 42, 52, 53, 81, 82, 92, 93];
  const years = [0, 24, 39, 40, 54, 75, 99];
  const individuals = [0, 499, 500, 749, 750, 899, 900, 999];
  const out = [];
  for (const d of days) for (const m of months) for (const y of years) for (const i of individuals) {
    out.push(...withCheckDigits(pad(d, 2) + pad(m, 2) + pad(y, 2) + pad(i, 3)));
  }
  return out;
}

test('our identity-number validator agrees with NAV\'s reference validator on every generated number', () => {
  assert.ok(existsSync(checker), `${checker} is built by tests/run.sh (native step)`);
  const all = numbers();
  const ours = execFileSync(checker, { input: all.join('\n') + '\n', maxBuffer: 64 * 1024 * 1024 })
    .toString().trim().split('\n');
  assert.equal(ours.length, all.length);
  const disagreements = [];
  let valid = 0;
  for (let i = 0; i < all.length; ++i) {
    const theirs = nav.idnr(all[i]).status === 'valid';
    if (theirs) ++valid;
    if ((ours[i] === '1') !== theirs) disagreements.push(`${all[i]}: ours ${ours[i] === '1'}, NAV ${theirs}`);
  }
  console.log(`# ${all.length} numbers, ${valid} valid by NAV's validator, ${disagreements.length} disagreements`);
  assert.deepEqual(disagreements.slice(0, 20), []);
  assert.ok(valid > 10000, 'the generated set holds many valid numbers of every kind');
});
