import { describe, expect, it } from 'vitest';
import { htmlAttribute, htmlText, printable } from './cli-text.js';

describe('printable: names as vnportal-banner prints them on a terminal', () => {
  it('writes each control, separator and direction override as \\uXXXX', () => {
    const unsafe = [0x0, 0x1, 0x1b, 0x1f, 0x7f, 0x80, 0x9b, 0x9f, 0x2028, 0x2029, 0x202a, 0x202e, 0x2066, 0x2069];
    for (const code of unsafe) {
      expect(printable(`a${String.fromCharCode(code)}b`)).toBe(`a\\u${code.toString(16).padStart(4, '0')}b`);
    }
    expect(printable('tên\u001b[31m đỏ\nmới')).toBe('tên\\u001b[31m đỏ\\u000amới');
  });

  it('keeps the printable neighbours of those ranges and Vietnamese letters as they are', () => {
    const kept = ' ~\u00a0\u2027\u202f\u2065\u206aNgày Thành lập Đảng';
    expect(printable(kept)).toBe(kept);
  });
});

describe('htmlText and htmlAttribute: the --html snippet', () => {
  it('escapes &, < and > in element text', () => {
    expect(htmlText('Tôm & cá <b>"x"</b>')).toBe('Tôm &amp; cá &lt;b&gt;"x"&lt;/b&gt;');
  });

  it('double-quotes an attribute value with &, ", < and > escaped', () => {
    expect(htmlAttribute(`a&b"c<d>e'f`)).toBe(`"a&#38;b&#34;c&#60;d&#62;e'f"`);
  });
});
