import { css, html, LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * The anniversary banner Vietnamese portals show ("Nhiệt liệt chào mừng kỷ niệm …").
 *
 * @summary Anniversary banner for Vietnamese portals.
 * @attr prefix - the words before the items.
 * @csspart base - the band.
 * @cssprop --vnp-banner-background - band colour (default #c8102e).
 * @cssprop --vnp-banner-color - text colour (default #ffde00).
 */
export class VnpAnniversaryBanner extends LitElement {
  static override styles = css`
    :host { display: block; }
    [part='base'] {
      background: var(--vnp-banner-background, #c8102e);
      color: var(--vnp-banner-color, #ffde00);
      font: 600 1rem/1.5 system-ui, 'Segoe UI', Roboto, Arial, sans-serif;
      padding: 0.5em 1em;
    }
  `;

  /** The words before the items. */
  @property() override prefix = 'Nhiệt liệt chào mừng kỷ niệm';

  override render(): TemplateResult {
    return html`<div part="base">${this.prefix}</div>`;
  }
}
