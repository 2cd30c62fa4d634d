import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, type Demo, layoutShifts, openAs, PHONE, settled, startDemo, USER_AGENTS } from './harness.ts';

const shots = fileURLToPath(new URL('../screenshots/', import.meta.url));
let demo: Demo;

beforeAll(async () => {
  demo = await startDemo();
  mkdirSync(shots, { recursive: true });
}, 180_000);
afterAll(async () => {
  await demo?.close();
});

describe('the demo page does not shift while it loads (CLS 0)', () => {
  for (const [width, viewport, userAgent] of [
    ['desktop', DESKTOP, USER_AGENTS.chrome],
    ['phone', PHONE, USER_AGENTS.phone],
  ] as const) {
    for (const path of ['/?date=2024-06-01', '/']) {
      it(`at ${width} width (${viewport.width}×${viewport.height}), ${path}`, async () => {
        const { context, page } = await openAs(demo, path, { viewport, userAgent });
        await settled(page);
        const shifts = await layoutShifts(page);
        expect(shifts).toEqual([]);
        await context.close();
      });
    }
  }
});
