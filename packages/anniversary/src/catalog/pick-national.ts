import { ownError } from '../commemoration-error.js';
import type { Commemoration } from '../types.js';
import { type NationalSpec, pickNationalFrom } from './choose-national.js';
import { type NationalDay, nationalCatalog } from './national-catalog.js';

/**
 * The national days a site chooses, in catalog order: `pickNational({ include: ["major", "doan"] })`,
 * `pickNational({ exclude: ["leaders"] })`; no spec gives the whole catalog. The default catalog is what brings
 * the readable catalog into a bundle: code with its own rows calls `pickNationalFrom` or `chooseNational`.
 * @throws CommemorationError naming an unknown id (with a "did you mean" when one is close) or a spec
 *   that is not `{ include?: string[], exclude?: string[] }`.
 */
export function pickNational(
  spec: NationalSpec = {},
  catalog: readonly NationalDay[] = nationalCatalog,
): Commemoration[] {
  try {
    return pickNationalFrom(catalog, spec);
  } catch (error) {
    throw ownError(error, { spec, catalog });
  }
}
