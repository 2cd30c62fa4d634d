const VERSION_KEY = Symbol.for('vnportal.widgets.version');
type Tagged = CustomElementConstructor & { [VERSION_KEY]?: string };

/** Warns once when `tag` was defined by something other than this version of the package. */
export function checkExisting(tag: string, existing: CustomElementConstructor, ours?: CustomElementConstructor): void {
  const theirs = (existing as Tagged)[VERSION_KEY];
  if (existing === ours || theirs === __VNP_VERSION__) return;
  console.warn(
    `<${tag}> đã được định nghĩa bởi @vnportal/widgets ${theirs ?? '(không rõ phiên bản)'}; bản này (${__VNP_VERSION__}) bị bỏ qua. Chỉ nạp script một lần.\n(English) <${tag}> is already defined by @vnportal/widgets ${theirs ?? '(unknown version)'}; this copy (${__VNP_VERSION__}) is ignored. Load the script only once.`,
  );
}

/**
 * Registers `ctor` as `tag` unless the tag is taken. Harmless when called twice: a tag already taken keeps its
 * first definition, with one warning only when that came from another version of this package.
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): void {
  const existing = registry.get(tag);
  if (existing) {
    checkExisting(tag, existing, ctor);
    return;
  }
  (ctor as Tagged)[VERSION_KEY] = __VNP_VERSION__;
  registry.define(tag, ctor);
}
