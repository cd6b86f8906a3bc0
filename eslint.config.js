// Lint: the Office.js rules of eslint-plugin-office-addins (load before read, sync after load,
// no sync in loops, isNullObject) on everything that talks to Excel, and the purity rule of src/core.
const tsParser = require("@typescript-eslint/parser");
const officeAddins = require("eslint-plugin-office-addins");

module.exports = [
  { ignores: ["dist/**", "node_modules/**", "out/**", "coverage/**", "docs/**"] },
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaVersion: "latest", sourceType: "module", ecmaFeatures: { jsx: true } },
    },
    plugins: { "office-addins": officeAddins },
    rules: {
      "no-eval": "error",
      "no-new-func": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  // src/core is pure: only relative core modules and zod. A relative import may go up only as far
  // as src/core itself, so the pattern that leaves it depends on how deep the file is.
  ...[
    ["src/core/*.ts", "../*"],
    ["src/core/*/*.ts", "../../*"],
    ["src/core/*/*/*.ts", "../../../*"],
  ].map(([files, outside]) => ({
    files: [files],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^(?!\\.|zod$)", message: "src/core is pure: only relative core modules and zod." },
            { group: [outside, "**/hosts/**", "**/taskpane/**", "**/commands/**", "**/cli/**", "**/session/**"], message: "src/core may not import outside src/core." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "process", "Buffer", "navigator", "Office", "Excel", "localStorage"],
    },
  })),
];
