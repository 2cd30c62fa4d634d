import { afterEach, describe, expect, it } from 'vitest';
import './define.js';

afterEach(() => document.body.replaceChildren());

describe('<vnp-anniversary-banner>', () => {
  it('shows the prefix in a band', async () => {
    document.body.innerHTML = '<vnp-anniversary-banner></vnp-anniversary-banner>';
    const el = document.querySelector('vnp-anniversary-banner')!;
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.textContent).toContain('Nhiệt liệt chào mừng kỷ niệm');
  });
});
