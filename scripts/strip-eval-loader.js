// Webpack loader for ExcelJS's prebuilt browser bundle (node_modules/exceljs/dist/exceljs*.js).
// That bundle carries polyfills with string-to-code fallbacks that a browser with globalThis never
// takes: `Function("return this")()` to find the global object, `new Function(""+e)` in the
// setImmediate shim for non-function callbacks, and regenerator-runtime's sloppy-mode assignment.
// The task pane's CSP has no 'unsafe-eval', so they could never run anyway; rewriting them lets the
// production bundle be checked mechanically for eval (scripts/bundle-sizes.ts).
"use strict";

const REWRITES = [
  // Global object lookup: the same object, without the Function constructor.
  { from: /Function\("return this"\)\(\)/g, to: "globalThis" },
  // setImmediate("code"): refuse instead of compiling a string.
  { from: /new Function\(""\+(\w+)\)/g, to: '(function(){throw new TypeError("setImmediate: callback is not a function")})()' },
  // regenerator-runtime when neither a sloppy global assignment nor globalThis works.
  { from: /Function\("r","regeneratorRuntime = r"\)\((\w+)\)/g, to: "(self.regeneratorRuntime=$1)" },
];

module.exports = function stripEvalLoader(source) {
  let out = source;
  let count = 0;
  for (const { from, to } of REWRITES) {
    out = out.replace(from, (...args) => {
      count++;
      return args[0].replace(new RegExp(from.source), to);
    });
  }
  if (count === 0) this.emitWarning(new Error("strip-eval-loader: no known eval fallback found; has ExcelJS changed?"));
  return out;
};
