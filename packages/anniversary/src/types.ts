/** One thing a site celebrates, as the site writes it (JSON). */
export interface Commemoration {
  /** Stable key, unique within a list (e.g. `"doan"`). */
  id: string;
  /** The phrase that follows "N năm" in a banner, kept exactly as written. */
  name: string;
  /**
   * `YYYY-MM-DD` (founding day), `YYYY-MM` (known to the month only: "(12/1958 - 12/2018)")
   * or `--MM-DD` (recurs yearly and counts no years: Tết, Giỗ Tổ).
   */
  date: string;
  /** `"lunar"`: `date` is a day of the Vietnamese lunar calendar (âm lịch); the regular month unless `leap`. */
  calendar: 'solar' | 'lunar';
  /**
   * `true`: a lunar `YYYY-MM-DD` date in that year's leap month (tháng nhuận). Its anniversaries fall on
   * the same day of the regular month, as Vietnamese custom keeps them.
   */
  leap?: boolean;
  /** Shown before the others in the default banner order. */
  pinned?: boolean;
  /** Who celebrates it, free text (e.g. `"national"`, `"Ninh Bình"`). */
  scope?: string;
  /** Where the date and wording come from (e.g. `"NĐ 145/2013/NĐ-CP, Điều 4"`). */
  source?: string;
  /** The English phrase after "the Nth anniversary of", used by `lang: "en"`. */
  nameEn?: string;
  /**
   * `"yearly"` (the default): every anniversary counts. `"round-years"`: only those whose years end in 0
   * or 5 (`round` is `"tron"` or `"le5"`), as leaders' birthdays are commemorated (Kết luận 88-KL/TW).
   */
  observance?: 'yearly' | 'round-years';
}

/**
 * "Năm tròn" (the number ends in 0) or "năm lẻ 5" (it ends in 5), per Nghị định 145/2013/NĐ-CP,
 * Điều 3 khoản 1; `null` for any other number and for yearly observances.
 */
export type Round = 'tron' | 'le5' | null;

/** One occurrence of a commemoration on a solar day. */
export interface Anniversary {
  commemoration: Commemoration;
  /** The solar day (`YYYY-MM-DD`) it falls on; the 1st of the month for a `YYYY-MM` date. */
  day: string;
  /**
   * Only for a `YYYY-MM` date, which falls in its whole month: the month's last day (solar, or the lunar month's
   * 29th or 30th). The anniversary lasts from `day` to `lastDay`.
   */
  lastDay?: string;
  /** Whole years since the founding date; `null` for yearly observances (`--MM-DD`). */
  years: number | null;
  round: Round;
}
