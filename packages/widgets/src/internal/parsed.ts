/**
 * Whether the HTML parser has finished an element's children: something follows it (or an ancestor), or the
 * document is parsed. Until then a child `<script>` may hold only the first network chunk of its JSON.
 */
export function isParsed(node: Node): boolean {
  if (node.ownerDocument?.readyState !== 'loading') return true;
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nextSibling) return true;
  return false;
}
