#!/usr/bin/env node
// `npm test`: every workspace's tests through turbo (Node and Chromium), then one totals line
// summed from the JSON result file each package's Vitest run writes.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const root = new URL('..', import.meta.url).pathname;
const workspaces = ['packages', 'apps'].flatMap((dir) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, dir, entry.name)),
);
const resultFile = (ws) => join(ws, 'test-results', 'vitest.json');
for (const ws of workspaces) rmSync(resultFile(ws), { force: true });

const turbo = spawnSync('npx', ['turbo', 'run', 'test', '--continue', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});

/** A failure message's first three lines that are not stack frames, at most 400 characters, without colour codes. */
function firstLines(message = '') {
  const plain = stripVTControlCharacters(message);
  const lines = plain
    .split('\n')
    .filter((line) => line.trim() && !/^\s*at /.test(line))
    .slice(0, 3)
    .join(' | ');
  return lines.length > 400 ? `${lines.slice(0, 400)}…` : lines;
}

let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];
const failures = [];
for (const ws of workspaces) {
  const file = resultFile(ws);
  if (!existsSync(file)) continue;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const suiteFailures = r.testResults.filter((t) => t.status === 'failed' && t.assertionResults.length === 0).length;
  passed += r.numPassedTests;
  failed += r.numFailedTests + suiteFailures;
  skipped += r.numPendingTests + r.numTodoTests;
  for (const t of r.testResults) {
    const file = t.name.slice(root.length);
    if (t.status === 'failed' && t.assertionResults.length === 0) failures.push(`${file}: ${firstLines(t.message)}`);
    for (const a of t.assertionResults) {
      if (a.status === 'failed') failures.push(`${file} > ${a.fullName}: ${firstLines(a.failureMessages?.[0])}`);
    }
  }
  rows.push(
    `  ${ws.slice(root.length).padEnd(22)} ${r.numPassedTests} passed, ${r.numFailedTests + suiteFailures} failed`,
  );
}
const outsideVitest = turbo.status !== 0 && failed === 0;
if (outsideVitest) failed = 1; // counted so the totals line cannot read as a pass
// The failures last, so the tail of a CI log names them (each message cut to its first lines).
if (failures.length) console.log(`\nFailed tests:\n${failures.map((f) => `  ${f}`).join('\n')}`);
console.log('\nTests by workspace:');
console.log(rows.join('\n'));
if (outsideVitest)
  console.log('\nA task failed outside the test runner (a build or the size limit): see its output above.');
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(turbo.status === 0 && failed === 0 ? 0 : 1);
