import fc from 'fast-check';

/** Any code point (lone surrogates and controls included), weighted towards Vietnamese letters and marks. */
const unit = fc.oneof(
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      ...'aăâeêioôơuưyđĐAĂÂƯƠàáảãạằắẳẵặầấẩẫậòóỏõọờớởỡợùúủũụừứửữựỳýỷỹỵ \u00a0-_.,…“”0123456789'.split(''),
      '\u0300', // combining grave, as NFD text carries tones
      '\u0301',
      '\u0309',
      '\u0323',
      '\u0306',
      '\u0302',
      '\u031b',
    ),
  },
);

/** Strings of any Unicode text, fast to generate (fast-check's `unit: "binary"` is slow to start). */
export const anyText = fc.string({ unit, maxLength: 40 });
