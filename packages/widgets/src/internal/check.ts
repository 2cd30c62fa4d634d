import { CommemorationError, type NationalSpec, pickNationalFrom } from '@vnportal/anniversary';
import { nationalHint } from './national-guess.js';

/**
 * The precise reader, its own chunk: a page loads it only when the quick reader (`readListQuickly`) does not
 * take a list whole, or its `national` names an unknown id; it says exactly what is wrong.
 */
export { readList } from './read-json.js';

/**
 * What is wrong with a `national` spec, in `pickNationalFrom`'s words without the `include[0]: ` of its paths:
 * `"tranphuu" is not a catalog or group id (did you mean "tranphu"?)`.
 */
export function nationalMessage(
  spec: NationalSpec,
  catalog: readonly { id: string; group: string; name: string }[],
  value: string,
): { message: string; messageVi: string; hintVi?: string; hintEn?: string } {
  try {
    pickNationalFrom(catalog, spec);
    return { message: '', messageVi: '' };
  } catch (error) {
    if (!(error instanceof CommemorationError)) throw error;
    const message = error.issues.map((issue) => issue.message.replace(/^[a-z]+\[\d+\]: /, '')).join('; ');
    // A spelling slip already has its "did you mean"; words of a day's name ("bac-ho-ra-đi") get theirs here.
    const hint = message.includes('did you mean') ? undefined : nationalHint(value, catalog);
    const messageVi = message
      .replace(/ is not a catalog or group id/g, ' không phải mã ngày hay mã nhóm của danh mục quốc gia')
      .replace(/did you mean/g, 'có phải bạn muốn viết');
    return { message, messageVi, hintVi: hint?.vi, hintEn: hint?.en };
  }
}
