// Formatting for caseflow (`npm run format`, checked by `npm run format:check`).
// Chosen to match the code as it was written by hand, so that the one-time
// reformat moves as few lines as possible: two-space indentation, double quotes,
// semicolons, trailing commas and parenthesised arrow parameters are Prettier's
// defaults and already the house style; the code uses long lines (messages and
// one-line guards), and 160 columns changes the fewest lines (measured: 100
// columns would change ~2,640 lines, 120 ~1,590, 140 ~1,220, 160 ~1,090, with
// 180 and 200 no better).
/** @type {import("prettier").Config} */
export default {
  printWidth: 160,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: false,
  trailingComma: "all",
  arrowParens: "always",
};
