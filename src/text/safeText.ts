/*
 * Text from users (keys, names, values) made safe to print: control characters
 * and invisible characters (zero-width spaces, bidirectional overrides, the byte
 * order mark) are shown as escapes such as \u001b, so a scenario name cannot clear
 * the screen, move the cursor or hide part of a message; and long text is cut, so
 * a ten-million-character key gives a short message.
 */

/**
 * Control characters (C0, DEL, C1), line and paragraph separators, zero-width and
 * bidirectional formatting characters, invisible operators, the byte order mark and
 * interlinear annotation marks — everything that prints as nothing or changes how
 * the rest of the line is shown.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- matching control and combining characters is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\ufff0-\ufffb]/gu;

/** Default longest text kept by {@link safeText}, in characters. */
export const SAFE_TEXT_MAX = 80;

/**
 * `text` with every control or invisible character written as `\uXXXX` and cut to
 * `max` characters (an ellipsis and the full length are added when cut).
 *
 * @param text - the text to print
 * @param max - most characters kept @defaultValue 80
 */
export function safeText(text: string, max = SAFE_TEXT_MAX): string {
  const cut = text.length > max;
  // escape only what is kept, so a huge string costs no more than a short one
  const kept = cut ? text.slice(0, max) : text;
  const escaped = kept.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return cut ? `${escaped}… (${text.length} characters)` : escaped;
}

/** Whether `text` contains a control or invisible character. */
export function hasUnsafeCharacters(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}
