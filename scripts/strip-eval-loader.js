// Webpack loader that removes string-to-code paths from two dependencies, so that the production
// bundle can be checked mechanically for eval (scripts/bundle-sizes.ts). The pages' CSP has no
// 'unsafe-eval', so none of these paths could run in the add-in anyway:
// - ExcelJS's prebuilt browser bundle (node_modules/exceljs/dist/exceljs*.js) carries polyfills with
//   fallbacks a browser with globalThis never takes: `Function("return this")()` to find the global
//   object, `new Function(""+e)` in the setImmediate shim for non-function callbacks, and
//   regenerator-runtime's sloppy-mode assignment.
// - Zod 4 (node_modules/zod/v4/core/util.js) probes `new F("")` on the first object parse to decide
//   whether to compile parsers with the Function constructor. Under the CSP the probe throws (and is
//   caught) but Chromium still reports a securitypolicyviolation; answering "no eval" up front
//   gives the same parser (the non-compiled path) without the probe.
"use strict";

const REWRITES = [
  // Global object lookup: the same object, without the Function constructor.
  { from: /Function\("return this"\)\(\)/g, to: "globalThis" },
  // setImmediate("code"): refuse instead of compiling a string.
  { from: /new Function\(""\+(\w+)\)/g, to: '(function(){throw new TypeError("setImmediate: callback is not a function")})()' },
  // regenerator-runtime when neither a sloppy global assignment nor globalThis works.
  { from: /Function\("r","regeneratorRuntime = r"\)\((\w+)\)/g, to: "(self.regeneratorRuntime=$1)" },
  // Zod's eval probe: `new F(""); return true;` inside try, F being Function.
  { from: /new F\(""\);(\s*)return true;/g, to: "return false; /* no eval under the add-in's CSP */" },
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
