/*
 * Escaping for text placed in HTML and for JSON and scripts placed inside a
 * <script> element, so no value in a result can end the element early.
 */

/** `text` with &, <, >, " and ' replaced by character references. @internal */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** JSON text safe inside `<script type="application/json">`: every `<` written as `\u003c`. @internal */
export function scriptJSON(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** JavaScript source safe inside `<script>`: `</script` and `<!--` cannot end or confuse the element. @internal */
export function scriptSource(source: string): string {
  return source.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}
