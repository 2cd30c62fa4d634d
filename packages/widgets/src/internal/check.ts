import { CommemorationError, type NationalSpec, pickNationalFrom } from '@vnportal/anniversary';

/**
 * The precise reader, its own chunk: a page loads it only when the quick reader (`readListQuickly`) does not
 * take a list whole, or its `national` names an unknown id; it says exactly what is wrong.
 */
export { readList } from './read-json.js';

/**
 * What is wrong with a `national` spec, in `pickNationalFrom`'s words without the `include[0]: ` of its paths:
 * `"tranphuu" is not a catalog or group id (did you mean "tranphu"?)`.
 */
export function nationalMessage(spec: NationalSpec, catalog: readonly { id: string; group: string }[]): string {
  try {
    pickNationalFrom(catalog, spec);
    return '';
  } catch (error) {
    if (!(error instanceof CommemorationError)) throw error;
    return error.issues.map((issue) => issue.message.replace(/^[a-z]+\[\d+\]: /, '')).join('; ');
  }
}
