// eslint for the panes' own modules (addin/shared, addin/word, addin/excel, addin/signin):
// the recommended rules, browser globals and Office's, and one rule of ours: every module opens
// with `// @ts-check`, so editors type-check it as people write (see docs/addin.md, "Lint").
import js from "@eslint/js";
import globals from "globals";

const tsCheck = {
  meta: { type: "problem", docs: { description: "the first line is // @ts-check" }, schema: [] },
  create(context) {
    return {
      Program(node) {
        const first = context.sourceCode.getAllComments()[0];
        if (!first || first.value.trim() !== "@ts-check" || first.loc.start.line !== 1) {
          context.report({ node, message: "Start the module with // @ts-check" });
        }
      },
    };
  },
};

export default [
  { ignores: ["vendor/**", "vendor-src/**"] },
  js.configs.recommended,
  {
    files: ["**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser, Office: "readonly", OfficeRuntime: "readonly", Word: "readonly", Excel: "readonly" },
    },
    plugins: { dhr: { rules: { "ts-check": tsCheck } } },
    rules: {
      "dhr/ts-check": "error",
      "no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always"],
      "no-implicit-globals": "error",
      "prefer-const": "error",
    },
  },
];
