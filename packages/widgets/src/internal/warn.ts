/** One problem a webmaster can fix, said in Vietnamese and in English. */
export interface Warning {
  vi: string;
  en: string;
}

/** The console line: the element's tag, the Vietnamese sentence, then the English one. */
export function formatWarning(tag: string, warning: Warning): string {
  return `<${tag}> ${warning.vi}\n(English) ${warning.en}`;
}

/**
 * A `console.warn` for one element that says each distinct problem once, however often it renders.
 * Never throws: a broken console must not break the host page.
 */
export function createWarner(tag: string): (warning: Warning) => void {
  const said = new Set<string>();
  return (warning) => {
    const line = formatWarning(tag, warning);
    if (said.has(line)) return;
    said.add(line);
    try {
      console.warn(line);
    } catch {}
  };
}
