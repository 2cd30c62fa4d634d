import { type Anniversary, anniversariesBetween, BANNER_DEFAULTS, selectForBanner } from '@vnportal/anniversary';
import { formatDate, formatDateline, isDay, todayInVietnam } from '@vnportal/calendar';
import { BANNER_LIMITS, type VnpAnniversaryBanner } from '@vnportal/widgets';
import { html, nothing, render, svg, type TemplateResult } from 'lit';
import {
  type BannerConfig,
  type BannerSettings,
  bannerAttributes,
  bannerList,
  cliCommand,
  DEFAULT_SETTINGS,
  eventsJson,
  inlineEvents,
  SETTING_LIMITS,
  scriptJson,
  snippet,
} from './banner-config.ts';
import { type CatalogDay, type CatalogGroup, catalogDays, catalogGroups, inCatalogOrder } from './catalog.ts';
import { type CheckedDraft, checkDrafts, type Draft, type DraftField, emptyDraft } from './check-entry.ts';
import { type Lang, messages, problemText } from './i18n.ts';
import { icsFile } from './ics.ts';
import { PasteError, readPasted } from './read-snippet.ts';
import {
  draftsFrom,
  freshWork,
  linkedWork,
  readWork,
  STORAGE_KEY,
  sameWork,
  type Work,
  workFromHash,
  workToHash,
} from './saved-work.ts';
import { timeline } from './timeline.ts';
import { type DateProblem, leapMonthOf, readTypedDate, typedFromDate } from './typed-date.ts';

const LANG_KEY = 'vnportal-builder-lang';
/** The `#b=` fragment this page last left in the address bar, so a reload does not take it for someone's link. */
const ADDRESS_KEY = 'vnportal-builder-address';
/**
 * How long the address bar waits after the last change before it is given the new `#b=`: Chromium takes
 * about 60 ms for a `history.replaceState` of 300 days' link (40 KB), which typing must not pay per key.
 */
const ADDRESS_DELAY_MS = 400;
// An icon drawn inline: an emoji would need a colour-emoji font, which many office machines lack.
const calendarIcon = svg`<svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2">
  <rect x="3" y="5" width="18" height="16" rx="2" /><path d="M3 10h18M8 3v4M16 3v4" />
</svg>`;
const DEFAULT_COLOURS = { background: '#da251d', color: '#ffff00' };

/** The builder page: the editor's work in, the form, the preview, the snippet and the files out. */
export class BuilderPage {
  private work: Work;
  private lang: Lang;
  private previewDay = todayInVietnam();
  /** The preview day as the editor typed it (`1/6/2024`); the preview follows it whenever it reads as a day. */
  private previewTyped = typedDay(this.previewDay);
  private status: Partial<Record<'copy' | 'paste' | 'link', { text: string; error?: boolean }>> = {};
  private pasted = '';
  private banner: VnpAnniversaryBanner = document.createElement('vnp-anniversary-banner');
  private focusAfter: string | undefined;
  /** The numbers as typed, so one the banner refuses stays in its field with its message. */
  private settingTyped: Partial<Record<'daysBefore' | 'daysAfter' | 'max', string>> = {};
  /** The work before the last paste-back, for “Hoàn tác”. */
  private beforePaste: Work | undefined;

  /** The work saved in this browser that a `#b=` link would replace: kept (not overwritten) until the editor chooses. */
  private savedBeforeLink: Work | undefined;
  /** What a `#b=` link asked for that the page did not take as it was, to say so at the top. */
  private linkNotes: { refusedScript?: string; outsideSrc?: string } = {};

  private addressTimer: ReturnType<typeof setTimeout> | undefined;
  /** The last `#b=` this page itself put in the address bar ('' before it has put one there). */
  private ownHash = '';

  constructor(private root: HTMLElement) {
    const stored = this.stored();
    // The fragment this browser's own builder left (a reload within ADDRESS_DELAY_MS of the last change keeps an
    // older one): the saved work is the newer copy of it, so it is not a link to ask about.
    const own = stored && location.hash && location.hash === load(ADDRESS_KEY);
    const fromLink = own ? undefined : workFromHash(location.hash);
    if (fromLink) {
      const { work, ...notes } = linkedWork(fromLink);
      this.work = work;
      this.linkNotes = notes;
      if (stored && !sameWork(stored, work) && !sameWork(stored, freshWork())) this.savedBeforeLink = stored;
      // Said first, before anything else on the page: the focus starts on it.
      if (this.savedBeforeLink || notes.refusedScript || notes.outsideSrc) this.focusAfter = 'link-notice-title';
    } else this.work = stored ?? freshWork();
    this.lang = load(LANG_KEY) === 'en' ? 'en' : 'vi';
    this.banner.id = 'xem-truoc';
    // Leaving the page gives its history entry the pending link, so going back to it opens the newest work. It is
    // not remembered as the address: a reload has already asked for the address that was in the bar.
    addEventListener('pagehide', () => {
      if (this.addressTimer !== undefined) this.writeAddress(false);
    });
    this.update();
  }

  private stored(): Work | undefined {
    try {
      return readWork(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null'));
    } catch {
      return undefined;
    }
  }

  private get t() {
    return messages[this.lang];
  }

  private update = (): void => {
    const checked = checkDrafts(this.work.drafts, this.work.settings.lang);
    const valid = checked.every((c) => c.commemoration);
    const config: BannerConfig = {
      own: checked.flatMap((c) => (c.commemoration ? [c.commemoration] : [])),
      national: this.work.national,
      settings: this.work.settings,
    };
    document.documentElement.lang = this.lang;
    document.title = `${this.t.title} | vnportal`;
    const skip = document.querySelector('.skip-link');
    if (skip && skip.textContent !== this.t.skipLink) skip.textContent = this.t.skipLink;
    render(this.view(checked, config, valid), this.root);
    this.updatePreview(config);
    // Until the editor chooses, the work saved before a link was opened stays saved.
    if (!this.savedBeforeLink) {
      // Only a fragment this page wrote itself is remembered as its own: a link someone sent stays a link.
      save(STORAGE_KEY, JSON.stringify(this.work));
      save(ADDRESS_KEY, this.ownHash);
    }
    this.updateAddress();
    if (this.focusAfter) {
      document.getElementById(this.focusAfter)?.focus();
      this.focusAfter = undefined;
    }
  };

  /**
   * Gives the address bar the work's `#b=` once changes pause (at once on the first render), so the page's own
   * address is the shareable link; the share-link field beside the copy button is always current.
   */
  private updateAddress(): void {
    const first = this.addressTimer === undefined && !location.hash.startsWith('#b=');
    clearTimeout(this.addressTimer);
    if (first) this.writeAddress(true);
    else this.addressTimer = setTimeout(() => this.writeAddress(true), ADDRESS_DELAY_MS);
  }

  /** The work's `#b=` into the address bar now; `remember`: as the page's own address, for the next load. */
  private writeAddress(remember: boolean): void {
    clearTimeout(this.addressTimer);
    this.addressTimer = undefined;
    const hash = workToHash(this.work);
    if (location.hash !== hash) history.replaceState(null, '', hash);
    this.ownHash = hash;
    if (remember && !this.savedBeforeLink) save(ADDRESS_KEY, hash);
  }

  /** The real element, kept across renders, given the snippet's attributes and inline JSON. */
  private updatePreview(config: BannerConfig): void {
    const slot = document.getElementById('preview-slot');
    if (slot && this.banner.parentElement !== slot) slot.append(this.banner);
    // Only what changed: each attribute change makes the element select and lay out its line again.
    // A kept `src` is the site's own file (the preview cannot fetch it here); the preview day replaces `date`.
    const shown = bannerAttributes(config).filter(([name]) => name !== 'src');
    const wanted = new Map([...shown, ['date', this.previewDay], ['id', this.banner.id]]);
    for (const name of this.banner.getAttributeNames()) if (!wanted.has(name)) this.banner.removeAttribute(name);
    for (const [name, value] of wanted)
      if (this.banner.getAttribute(name) !== value) this.banner.setAttribute(name, value);
    let script = this.banner.querySelector('script');
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/json';
      this.banner.append(script);
    }
    const json = scriptJson(inlineEvents(config));
    if (script.textContent !== json) script.textContent = json;
  }

  private setWork(change: Partial<Work>): void {
    this.work = { ...this.work, ...change };
    this.update();
  }

  private setDraft(index: number, change: Partial<Draft>): void {
    this.setWork({ drafts: this.work.drafts.map((d, i) => (i === index ? { ...d, ...change } : d)) });
  }

  private setSettings(change: Partial<BannerSettings>): void {
    this.setWork({ settings: { ...this.work.settings, ...change } });
  }

  private view(checked: CheckedDraft[], config: BannerConfig, valid: boolean): TemplateResult {
    const t = this.t;
    return html`
      <header class="page-header">
        <div class="page-header__inner">
          <div>
            <p class="kicker">vnportal</p>
            <h1>${t.title}</h1>
          </div>
          <nav aria-label=${this.lang === 'vi' ? 'Liên kết' : 'Links'}>
            <a href="/">${t.backToDemo}</a>
            <button
              type="button"
              class="lang-switch"
              lang=${this.lang === 'vi' ? 'en' : 'vi'}
              aria-label=${t.switchLangLabel}
              @click=${() => {
                this.lang = this.lang === 'vi' ? 'en' : 'vi';
                save(LANG_KEY, this.lang);
                this.update();
              }}
            >
              ${t.switchLang}
            </button>
          </nav>
        </div>
      </header>
      <main id="noi-dung" class="page">
        <p class="intro">${t.intro}</p>
        ${this.linkNotice()}
        ${this.nationalSection()} ${this.ownSection(checked)} ${this.previewSection(config)}
        ${this.exportSection(config, valid)} ${this.pasteSection()}
      </main>
    `;
  }

  /** What opening a `#b=` link did: a choice when it would replace saved work, and any script URL it was refused. */
  private linkNotice(): TemplateResult | typeof nothing {
    const t = this.t;
    const { refusedScript, outsideSrc } = this.linkNotes;
    const saved = this.savedBeforeLink;
    if (!saved && !refusedScript && !outsideSrc) return nothing;
    return html`
      <section class="link-notice" aria-labelledby="link-notice-title">
        <h2 id="link-notice-title" tabindex="-1">${t.linkTitle}</h2>
        ${refusedScript ? html`<p id="link-refused-script">${t.linkRefusedScript(refusedScript)}</p>` : nothing}
        ${outsideSrc ? html`<p id="link-outside-src">${t.linkOutsideSrc(outsideSrc)}</p>` : nothing}
        ${
          saved
            ? html`
              <p id="link-replaces">${t.linkReplaces(saved.drafts.length, this.work.drafts.length)}</p>
              <div class="actions">
                <button type="button" class="primary" id="keep-saved" @click=${() => this.chooseAfterLink(saved)}>
                  ${t.keepSaved}
                </button>
                <button type="button" id="use-link" @click=${() => this.chooseAfterLink(undefined)}>${t.useLink}</button>
              </div>
            `
            : html`<div class="actions">
              <button type="button" id="dismiss-link-notice" @click=${() => {
                this.linkNotes = {};
                this.focusAfter = 'national-title';
                this.update();
              }}>${t.dismiss}</button>
            </div>`
        }
      </section>
    `;
  }

  /** After a link: back to the saved work (given), or the link's (undefined), which is then saved. */
  private chooseAfterLink(saved: Work | undefined): void {
    if (saved) {
      this.work = saved;
      this.linkNotes = {};
    }
    this.savedBeforeLink = undefined;
    this.settingTyped = {};
    this.focusAfter = 'national-title';
    this.update();
  }

  private nationalSection(): TemplateResult {
    const t = this.t;
    const year = +this.previewDay.slice(0, 4);
    const picked = new Set(this.work.national);
    return html`
      <section aria-labelledby="national-title">
        <h2 id="national-title">${t.nationalTitle}</h2>
        <p class="hint">${t.nationalHint}</p>
        <div class="actions">
          <button type="button" id="pick-all" @click=${() => this.setWork({ national: catalogDays.map((c) => c.id) })}>
            ${t.pickAll}
          </button>
          <button type="button" id="pick-none" @click=${() => this.setWork({ national: [] })}>${t.pickNone}</button>
          <p class="status" id="picked-count" aria-live="polite">${t.pickedCount(catalogDays.filter((d) => picked.has(d.id)).length, catalogDays.length)}</p>
        </div>
        <div class="table-scroll" role="region" aria-label=${t.nationalTable} tabindex="0">
          <table class="catalog">
            <thead>
              <tr>
                <th scope="col"><span class="visually-hidden">${t.colPick}</span></th>
                <th scope="col">${t.colName}</th>
                <th scope="col">${t.colDate}</th>
                <th scope="col">${t.colYears(year)}</th>
                <th scope="col">${t.colSource}</th>
                <th scope="col">${t.colAction}</th>
              </tr>
            </thead>
            ${catalogGroups.map((group) => this.catalogGroup(group, year, picked))}
          </table>
        </div>
      </section>
    `;
  }

  /** A group's heading row, with its tri-state box (all, some, none ticked), then its days. */
  private catalogGroup(group: CatalogGroup, year: number, picked: Set<string>): TemplateResult {
    const ticked = group.days.filter((d) => picked.has(d.id)).length;
    const box = `group-${group.id}`;
    return html`
      <tbody data-group=${group.id}>
        <tr class="group-row">
          <th scope="colgroup" colspan="6">
            <input
              type="checkbox"
              id=${box}
              .checked=${ticked === group.days.length}
              .indeterminate=${ticked > 0 && ticked < group.days.length}
              @change=${(e: Event) => {
                const on = (e.target as HTMLInputElement).checked;
                const ids = new Set(this.work.national);
                for (const d of group.days) on ? ids.add(d.id) : ids.delete(d.id);
                this.setWork({ national: inCatalogOrder(ids) });
              }}
            />
            <label for=${box}>${group.label[this.lang]}</label>
            <span class="group-count">(${ticked}/${group.days.length})</span>
          </th>
        </tr>
        ${group.days.map((day) => this.catalogRow(day, year, picked))}
      </tbody>
    `;
  }

  private catalogRow(day: CatalogDay, year: number, picked: Set<string>): TemplateResult {
    const t = this.t;
    const name = this.lang === 'en' && day.nameEn ? day.nameEn : day.name;
    const turn = year > 1900 ? anniversariesBetween([day], `${year}-01-01`, `${year}-12-31`)[0] : undefined;
    const box = `national-${day.id}`;
    // Leaders' birthdays are shown in round years only: in other years, say how many and that it is not shown.
    const years = turn ? turn.years : day.observance === 'round-years' ? yearsIn(day.date, year) : undefined;
    return html`
      <tr>
        <td>
          <input
            type="checkbox"
            id=${box}
            .checked=${picked.has(day.id)}
            aria-label=${t.pickLabel(name)}
            @change=${(e: Event) => {
              const ids = new Set(this.work.national);
              (e.target as HTMLInputElement).checked ? ids.add(day.id) : ids.delete(day.id);
              this.setWork({ national: inCatalogOrder(ids) });
            }}
          />
        </td>
        <td><label for=${box}>${name}</label></td>
        <td class="nowrap" data-label=${t.colDate}>
          ${day.date.startsWith('--') || day.calendar === 'lunar' ? typedFromDate(day.date) : formatDate(day.date)}
          ${day.calendar === 'lunar' ? html`<span class="tag">${t.lunarShort}</span>` : nothing}
        </td>
        <td data-label=${t.colYears(year)}>
          ${years == null ? t.yearly : years}
          ${turn?.round ? html`<span class="tag tag--round">${t.round[turn.round]}</span>` : nothing}
          ${!turn && day.observance === 'round-years' ? html`<span class="tag">${t.roundOnly}</span>` : nothing}
        </td>
        <td class="source" data-label=${t.colSource}>${day.source}</td>
        <td>
          <button type="button" aria-label=${t.rewordLabel(name)} @click=${() => this.reword(day)}>${t.reword}</button>
        </td>
      </tr>
    `;
  }

  /** A form row with the catalog day's id and date, for the site's own wording. */
  private reword(day: CatalogDay): void {
    const draft: Draft = {
      ...emptyDraft(),
      id: day.id,
      name: day.name,
      date: typedFromDate(day.date),
      calendar: day.calendar,
    };
    this.focusAfter = `d${this.work.drafts.length}-name`;
    this.setWork({ drafts: [...this.work.drafts, draft] });
  }

  private ownSection(checked: CheckedDraft[]): TemplateResult {
    const t = this.t;
    return html`
      <section aria-labelledby="own-title">
        <h2 id="own-title">${t.ownTitle}</h2>
        <p class="hint">${t.ownHint}</p>
        <ol class="drafts">
          ${this.work.drafts.map((draft, i) => this.draftRow(draft, i, checked[i]!))}
        </ol>
        <button
          type="button"
          class="primary"
          id="add-day"
          @click=${() => {
            this.focusAfter = `d${this.work.drafts.length}-name`;
            this.setWork({ drafts: [...this.work.drafts, emptyDraft()] });
          }}
        >
          ${t.add}
        </button>
      </section>
    `;
  }

  private draftRow(draft: Draft, i: number, check: CheckedDraft): TemplateResult {
    const t = this.t;
    const id = (field: string) => `d${i}-${field}`;
    const problem = (field: DraftField) => {
      const p = check.problems[field];
      return p ? html`<p class="problem" id=${id(`${field}-problem`)}>${problemText(p, this.lang)}</p>` : nothing;
    };
    const described = (field: DraftField, hint?: string) =>
      [check.problems[field] && id(`${field}-problem`), hint].filter(Boolean).join(' ') || nothing;
    const year = /(\d{4})\s*$/.exec(draft.date)?.[1];
    const leapMonth = draft.calendar === 'lunar' && year ? leapMonthOf(+year) : undefined;
    const showLeap = draft.calendar === 'lunar' && (draft.leap || !!leapMonth);
    const catalogName = catalogDays.find((c) => c.id === check.id)?.name;
    const text = (field: 'name' | 'nameEn' | 'date' | 'id') => (e: Event) =>
      this.setDraft(i, { [field]: (e.target as HTMLInputElement).value });
    const textField = (
      field: 'name' | 'nameEn' | 'date' | 'id',
      label: string,
      options: { wide?: boolean; placeholder?: string; hint?: string; lang?: string; numeric?: boolean } = {},
    ) => html`
      <div class=${options.wide ? 'field field--wide' : 'field'}>
        <label for=${id(field)}>${label}</label>
        <input
          id=${id(field)}
          autocomplete="off"
          lang=${options.lang ?? nothing}
          inputmode=${options.numeric ? 'numeric' : nothing}
          placeholder=${options.placeholder ?? nothing}
          .value=${draft[field]}
          aria-invalid=${check.problems[field] ? 'true' : 'false'}
          aria-describedby=${described(field, options.hint === undefined ? '' : id(`${field}-hint`))}
          @input=${text(field)}
        />
        ${options.hint === undefined ? nothing : html`<p class="hint" id=${id(`${field}-hint`)}>${options.hint}</p>`}
        ${problem(field)}
      </div>
    `;
    return html`
      <li class="draft">
        <fieldset>
          <legend>${t.row(i + 1)}</legend>
          ${textField('name', t.fieldName, { wide: true })}
          ${textField('date', t.fieldDate, { placeholder: t.fieldDatePlaceholder, numeric: true })}
          <fieldset class="field choice">
            <legend>${t.fieldCalendar}</legend>
            ${(['solar', 'lunar'] as const).map(
              (calendar) => html`
                <label>
                  <input
                    type="radio"
                    id=${id(`calendar-${calendar}`)}
                    name=${id('calendar')}
                    value=${calendar}
                    .checked=${draft.calendar === calendar}
                    @change=${() => this.setDraft(i, { calendar })}
                  />
                  ${t[calendar]}
                </label>
              `,
            )}
          </fieldset>
          ${
            showLeap
              ? html`
                <div class="field choice">
                  <label>
                    <input
                      type="checkbox"
                      id=${id('leap')}
                      .checked=${draft.leap}
                      aria-invalid=${check.problems.leap ? 'true' : 'false'}
                      aria-describedby=${described('leap', leapMonth !== undefined ? id('leap-hint') : '')}
                      @change=${(e: Event) => this.setDraft(i, { leap: (e.target as HTMLInputElement).checked })}
                    />
                    ${t.fieldLeap}
                  </label>
                  ${leapMonth !== undefined ? html`<p class="hint" id=${id('leap-hint')}>${t.leapHint(+year!, leapMonth)}</p>` : nothing}
                  ${problem('leap')}
                </div>
              `
              : nothing
          }
          <div class="field choice">
            <label>
              <input
                type="checkbox"
                id=${id('pinned')}
                .checked=${draft.pinned}
                @change=${(e: Event) => this.setDraft(i, { pinned: (e.target as HTMLInputElement).checked })}
              />
              ${t.fieldPinned}
            </label>
          </div>
          ${textField('nameEn', t.fieldNameEn, { wide: true, lang: 'en' })}
          ${textField('id', t.fieldId, {
            placeholder: check.id,
            hint: catalogName ? t.rewordsHint(catalogName) : draft.id ? '' : t.idHint(check.id),
          })}
          <div class="field field--end">
            <button
              type="button"
              class="danger"
              aria-label=${t.removeLabel(i + 1)}
              @click=${() => {
                this.focusAfter = 'add-day';
                this.setWork({ drafts: this.work.drafts.filter((_, j) => j !== i) });
              }}
            >
              ${t.remove}
            </button>
          </div>
        </fieldset>
      </li>
    `;
  }

  private previewSection(config: BannerConfig): TemplateResult {
    const t = this.t;
    const s = config.settings;
    const dayProblem = this.previewDayProblem();
    const number = (key: 'daysBefore' | 'daysAfter' | 'max', label: string, fallback: number) => {
      const { min, max } = SETTING_LIMITS[key === 'max' ? 'max' : key === 'daysBefore' ? 'days-before' : 'days-after'];
      const typed = this.settingTyped[key] ?? (s[key] === null ? '' : String(s[key]));
      const refused = typed.trim() !== '' && readWhole(typed, min, max) === null;
      const problemId = `setting-${key}-problem`;
      return html`
        <div class="field">
          <label for=${`setting-${key}`}>${label}</label>
          <input
            id=${`setting-${key}`}
            type="number"
            min=${min}
            max=${max}
            placeholder=${fallback}
            .value=${typed}
            aria-invalid=${refused ? 'true' : 'false'}
            aria-describedby=${refused ? problemId : nothing}
            @input=${(e: Event) => {
              const value = (e.target as HTMLInputElement).value;
              this.settingTyped = { ...this.settingTyped, [key]: value };
              this.setSettings({ [key]: readWhole(value, min, max) });
            }}
          />
          ${refused ? html`<p class="problem" id=${problemId}>${t.settingRange(min, max, fallback)}</p>` : nothing}
        </div>
      `;
    };
    const select = <K extends 'order' | 'mode' | 'lang'>(
      key: K,
      label: string,
      options: [BannerSettings[K], string][],
    ) =>
      html`
        <div class="field">
          <label for=${`setting-${key}`}>${label}</label>
          <select
            id=${`setting-${key}`}
            @change=${(e: Event) => this.setSettings({ [key]: (e.target as HTMLSelectElement).value })}
          >
            ${options.map(([value, text]) => html`<option value=${value} ?selected=${s[key] === value}>${text}</option>`)}
          </select>
        </div>
      `;
    const colour = (key: 'background' | 'color', label: string) => html`
      <div class="field">
        <label for=${`setting-${key}`}>${label}</label>
        <input
          id=${`setting-${key}`}
          type="color"
          .value=${s[key] ?? DEFAULT_COLOURS[key]}
          @input=${(e: Event) => this.setSettings({ [key]: (e.target as HTMLInputElement).value })}
        />
      </div>
    `;
    return html`
      <section aria-labelledby="preview-title" class="preview">
        <h2 id="preview-title">${t.previewTitle}</h2>
        <div class="settings">
          <div class="field">
            <label for="preview-day">${t.previewDay}</label>
            <div class="day-picker">
              <input
                id="preview-day"
                autocomplete="off"
                inputmode="numeric"
                placeholder=${t.previewDayPlaceholder}
                .value=${this.previewTyped}
                aria-invalid=${dayProblem ? 'true' : 'false'}
                aria-describedby=${dayProblem ? 'preview-day-long preview-day-problem' : 'preview-day-long'}
                @input=${(e: Event) => this.typePreviewDay((e.target as HTMLInputElement).value)}
              />
              <button type="button" id="open-calendar" aria-label=${t.openCalendar} @click=${() => this.openCalendar()}>
                ${calendarIcon}
              </button>
              <input
                id="preview-day-calendar"
                class="visually-hidden"
                type="date"
                tabindex="-1"
                aria-hidden="true"
                min=${BANNER_LIMITS.firstDay}
                max=${BANNER_LIMITS.lastDay}
                .value=${this.previewDay}
                @change=${(e: Event) => {
                  const value = (e.target as HTMLInputElement).value;
                  if (isDay(value)) this.typePreviewDay(typedDay(value));
                }}
              />
            </div>
            <p class="hint" id="preview-day-long">${formatDateline(this.previewDay, { lang: this.lang })}</p>
            ${dayProblem ? html`<p class="problem" id="preview-day-problem">${dayProblem}</p>` : nothing}
          </div>
          <div class="field field--end">
            <button
              type="button"
              @click=${() => {
                this.previewDay = todayInVietnam();
                this.previewTyped = typedDay(this.previewDay);
                this.update();
              }}
            >
              ${t.today}
            </button>
          </div>
          ${number('daysAfter', t.daysAfter, BANNER_DEFAULTS.daysAfter)}
          ${number('daysBefore', t.daysBefore, BANNER_DEFAULTS.daysBefore)}
          ${number('max', t.max, BANNER_DEFAULTS.max)}
          ${select('order', t.order, [
            ['default', t.orderDefault],
            ['given', t.orderGiven],
          ])}
          ${select('mode', t.mode, [
            ['marquee', t.marquee],
            ['static', t.static],
            ['list', t.list],
          ])}
          ${select('lang', t.bannerLang, [
            ['vi', 'Tiếng Việt'],
            ['en', 'English'],
          ])}
          ${colour('background', t.background)} ${colour('color', t.color)}
          <div class="field field--end">
            <button type="button" @click=${() => this.setSettings({ background: null, color: null })}>
              ${t.resetColours}
            </button>
          </div>
        </div>
        <div id="preview-slot" class="preview-slot"></div>
        <p class="hint" id="preview-empty" aria-live="polite">${this.emptyNote(config)}</p>
        ${this.timelineSection(config)}
      </section>
    `;
  }

  private typePreviewDay(text: string): void {
    this.previewTyped = text;
    const read = readPreviewDay(text);
    if ('day' in read) this.previewDay = read.day;
    this.update();
  }

  /** What to fix in the preview day, in the page's language; undefined when it reads as a day. */
  private previewDayProblem(): string | undefined {
    const read = readPreviewDay(this.previewTyped);
    if ('day' in read) return undefined;
    if (read.problem === 'not-a-day') return this.t.previewDayNotADay;
    if (read.problem === 'out-of-range') return this.t.previewDayRange;
    return problemText(read.problem, this.lang);
  }

  /** The browser's own date picker, from the hidden date input; the text field stays the one to type in. */
  private openCalendar(): void {
    const picker = document.getElementById('preview-day-calendar') as HTMLInputElement | null;
    try {
      picker?.showPicker();
    } catch {
      document.getElementById('preview-day')?.focus();
    }
  }

  private emptyNote(config: BannerConfig): string {
    try {
      const items = selectForBanner(bannerList(config), {
        ...this.selectOptions(config.settings),
        today: this.previewDay,
      });
      return items.length ? '' : this.t.emptyBanner;
    } catch {
      return '';
    }
  }

  private selectOptions(s: BannerSettings) {
    return {
      daysBefore: s.daysBefore ?? undefined,
      daysAfter: s.daysAfter ?? undefined,
      max: s.max ?? undefined,
      order: s.order,
    };
  }

  private timelineSection(config: BannerConfig): TemplateResult {
    const t = this.t;
    let months: ReturnType<typeof timeline> = [];
    try {
      months = timeline(bannerList(config), this.previewDay, this.selectOptions(config.settings), config.settings.lang);
    } catch {
      // A lunar date outside 1900–2100 in the window: the form already says what to fix.
    }
    return html`
      <div class="timeline-part">
        <h3 id="timeline-title">${t.timelineTitle}</h3>
        <p class="hint">${t.timelineHint}</p>
        <ol class="timeline" id="timeline">
          ${months.map(
            (m) => html`
              <li class="month" data-month=${m.month}>
                <h4>${t.monthName(m.month)}</h4>
                ${
                  m.anniversaries.length
                    ? html`<ul class="occurrences">
                      ${m.anniversaries.map(
                        (a) =>
                          html`<li data-id=${a.anniversary.commemoration.id} data-day=${a.day}>
                            <time datetime=${monthOrDay(a.anniversary)}>${formatDate(a.day)}</time> ${a.text}
                          </li>`,
                      )}
                    </ul>`
                    : html`<p class="hint">${t.noAnniversaries}</p>`
                }
                <details>
                  <summary>${t.changesFrom(m.changes.length)}</summary>
                  <ul class="changes">
                    ${m.changes.map(
                      (c) =>
                        html`<li>
                          <strong>${t.from} <time datetime=${c.day}>${formatDate(c.day)}</time>:</strong>
                          ${c.text || t.nothing}
                        </li>`,
                    )}
                  </ul>
                </details>
              </li>
            `,
          )}
        </ol>
      </div>
    `;
  }

  private exportSection(config: BannerConfig, valid: boolean): TemplateResult {
    const t = this.t;
    const code = valid ? snippet(config) : '';
    const ics = valid ? icsFile(bannerList(config), this.previewDay) : undefined;
    const link = `${location.origin}${location.pathname}${workToHash(this.work)}`;
    return html`
      <section aria-labelledby="export-title">
        <h2 id="export-title">${t.exportTitle}</h2>
        <div class="field field--wide">
          <label for="script-src">${t.scriptSrc}</label>
          <input
            id="script-src"
            .value=${config.settings.scriptSrc}
            aria-describedby="script-src-hint"
            @change=${(e: Event) =>
              this.setSettings({
                scriptSrc: (e.target as HTMLInputElement).value.trim() || DEFAULT_SETTINGS.scriptSrc,
              })}
          />
          <p class="hint" id="script-src-hint">${t.scriptSrcHint}</p>
        </div>
        <label for="snippet">${t.snippet}</label>
        ${
          valid
            ? html`<textarea id="snippet" readonly rows="12" spellcheck="false" .value=${code}></textarea>`
            : html`<p class="problem" id="snippet">${t.snippetBlocked}</p>`
        }
        <div class="actions">
          <button type="button" class="primary" id="copy-snippet" ?disabled=${!valid} @click=${() => this.copy(code, 'copy')}>
            ${t.copy}
          </button>
          ${this.statusLine('copy')}
        </div>
        <ul class="downloads">
          <li>
            ${
              valid
                ? html`<a id="download-events" download="events.json" href=${dataUrl(eventsJson(config), 'application/json')}
                  >${t.downloadEvents}</a
                >`
                : html`<span class="disabled">${t.downloadEvents}</span>`
            }
          </li>
          <li>
            ${
              ics
                ? html`<a id="download-ics" download=${ics.name} href=${dataUrl(ics.text, 'text/calendar')}
                  >${t.downloadIcs(ics.name)}</a
                >`
                : html`<span class="disabled">${t.downloadIcs(`ngay-ky-niem-${this.previewDay.slice(0, 4)}.ics`)}</span>`
            }
            <p class="hint" id="ics-hint">${t.icsHint(+this.previewDay.slice(0, 4))}</p>
          </li>
          <li><a id="download-self-host" download href="./vnportal-widgets.zip">${t.downloadSelfHost}</a></li>
        </ul>
        <label for="cli">${t.cli}</label>
        <pre id="cli" class="code" tabindex="0"><code>${valid ? cliCommand(config, this.previewDay) : ''}</code></pre>
        <label for="share-link">${t.share}</label>
        <p class="hint" id="share-hint">${t.shareHint}</p>
        <div class="actions">
          <input id="share-link" readonly .value=${link} aria-describedby="share-hint" />
          <button type="button" @click=${() => this.copy(link, 'link')}>${t.copyLink}</button>
          ${this.statusLine('link')}
        </div>
      </section>
    `;
  }

  private pasteSection(): TemplateResult {
    const t = this.t;
    return html`
      <section aria-labelledby="paste-title">
        <h2 id="paste-title">${t.pasteTitle}</h2>
        <p class="hint" id="paste-hint">${t.pasteHint}</p>
        <label for="paste">${t.pasteLabel}</label>
        <textarea
          id="paste"
          rows="6"
          spellcheck="false"
          aria-describedby="paste-hint"
          .value=${this.pasted}
          @input=${(e: Event) => {
            this.pasted = (e.target as HTMLTextAreaElement).value;
          }}
        ></textarea>
        <div class="actions">
          <button type="button" class="primary" id="load-paste" @click=${() => this.loadPasted()}>${t.load}</button>
          ${
            this.beforePaste
              ? html`<button type="button" id="undo-paste" @click=${() => this.undoPaste()}>${t.undo}</button>`
              : nothing
          }
          ${this.statusLine('paste')}
        </div>
      </section>
    `;
  }

  private loadPasted(): void {
    try {
      const config = readPasted(this.pasted, this.work.settings);
      const replaced = this.work.drafts.length;
      this.beforePaste = this.work;
      this.settingTyped = {};
      this.work = { drafts: draftsFrom(config.own), national: config.national, settings: config.settings };
      this.status = {
        paste: { text: this.t.loaded(config.own.length, config.national.length, config.report, replaced) },
      };
      this.pasted = '';
    } catch (error) {
      const text =
        error instanceof PasteError && error.code === 'bad-list'
          ? this.t.pasteBadList(error.detail)
          : error instanceof PasteError && error.code === 'bad-national'
            ? this.t.pasteBadNational(error.detail)
            : this.t.pasteNoBanner;
      this.status = { paste: { text, error: true } };
    }
    this.update();
  }

  /** Back to the work as it was before the last paste-back. */
  private undoPaste(): void {
    if (!this.beforePaste) return;
    this.work = this.beforePaste;
    this.beforePaste = undefined;
    this.settingTyped = {};
    this.status = { paste: { text: this.t.undone } };
    this.focusAfter = 'load-paste';
    this.update();
  }

  private async copy(text: string, key: 'copy' | 'link'): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.status = { [key]: { text: this.t.copied } };
    } catch {
      this.status = { [key]: { text: this.t.copyFailed, error: true } };
    }
    this.update();
  }

  private statusLine(key: 'copy' | 'paste' | 'link'): TemplateResult {
    const s = this.status[key];
    return html`<p class=${s?.error ? 'problem' : 'status'} role="status" id=${`${key}-status`}>${s?.text ?? ''}</p>`;
  }
}

/** A typed whole number within the banner's bounds, or null (empty, or one the banner would refuse). */
function readWhole(text: string, min: number, max: number): number | null {
  const n = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  return n >= min && n <= max ? n : null;
}

/** `2024-06-01` → `01/06/2024`: how Vietnamese write a day (dd/mm/yyyy), whatever the browser's locale. */
function typedDay(day: string): string {
  return day.split('-').reverse().join('/');
}

/** A typed preview day (`1/6/2024`, `01/06/2024`, `2024-06-01`) as `YYYY-MM-DD`, or why it is not one. */
function readPreviewDay(text: string): { day: string } | { problem: DateProblem | 'not-a-day' | 'out-of-range' } {
  const read = readTypedDate(text, 'solar');
  if ('code' in read) return { problem: read };
  if (read.day === null || read.year === null) return { problem: 'not-a-day' };
  // The days the banner takes (`date` outside them is refused, and it would show today's line instead).
  return read.date >= BANNER_LIMITS.firstDay && read.date <= BANNER_LIMITS.lastDay
    ? { day: read.date }
    : { problem: 'out-of-range' };
}

/** The years a dated day turns in `year` (for a day shown in round years only); undefined for a yearly day. */
function yearsIn(date: string, year: number): number | undefined {
  const since = /^\d{4}/.exec(date)?.[0];
  return since ? year - +since : undefined;
}

function dataUrl(text: string, type: string): string {
  return `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
}

/** HTML's month string (`2026-12`) for a day known by its solar month alone, else the day. */
function monthOrDay(a: Anniversary): string {
  return a.lastDay && a.commemoration.calendar !== 'lunar' ? a.day.slice(0, 7) : a.day;
}

/** localStorage may be full or switched off (private windows, site settings): the page goes on without it. */
function save(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // The share link and the snippet still carry the work.
  }
}

/** What localStorage holds under `key`, or null where it cannot be read (storage switched off). */
function load(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
