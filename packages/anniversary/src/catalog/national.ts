import type { Commemoration } from '../types.js';
import { nationalCatalog } from './national-catalog.js';

/**
 * The national catalog as plain commemorations with their sources (no English names, groups or checks).
 * Derived from `nationalCatalog`; marked pure, so bundlers drop it when unused.
 */
export const nationalCommemorations: readonly Commemoration[] = /* @__PURE__ */ nationalCatalog.map(
  ({ nameEn, group, checked, ...c }) => c,
);

/**
 * `nationalCommemorations` without `source`.
 * @deprecated Use `nationalCatalog` or `pickNational`; a size-tuned build derives its own compact data.
 */
export const nationalCommemorationsLite: readonly Commemoration[] = /* @__PURE__ */ nationalCommemorations.map(
  ({ source, ...c }) => c,
);

/** `nationalCommemorations` with `nameEn`, for `lang: "en"` (marked pure: dropped by bundlers when unused). */
export const nationalCommemorationsEn: readonly Commemoration[] = /* @__PURE__ */ nationalCatalog.map(
  ({ group, checked, ...c }) => c,
);

/**
 * `nationalCommemorationsEn` without `source`.
 * @deprecated Use `nationalCatalog` or `pickNational`; a size-tuned build derives its own compact data.
 */
export const nationalCommemorationsEnLite: readonly Commemoration[] = /* @__PURE__ */ nationalCommemorationsEn.map(
  ({ source, ...c }) => c,
);
