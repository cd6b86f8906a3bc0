// The parts of the bundle scripts that decide pass/fail: which scripts a page loads at start, and
// what counts as eval in minified code.

import { findEval, startupScripts } from "../../scripts/bundle-sizes";
import { median } from "../../scripts/median";

test("startupScripts: same-origin <script src> in order, office.js and other origins excluded", () => {
  const html =
    '<head><script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>' +
    '<script defer src=ui.123.js></script><script defer="defer" src="./taskpane.abc.js?v=1"></script>' +
    "<script src='//cdn.example/x.js'></script><script>inline()</script></head>";
  expect(startupScripts(html)).toEqual(["ui.123.js", "taskpane.abc.js"]);
});

test.each([
  ["eval(x)", 1],
  ["a=eval (s)", 1],
  ["(0,eval)(s)", 1], // indirect eval
  ["new Function(\"return 1\")", 2], // found by both Function patterns
  ["Function(\"r\",\"x=r\")(n)", 1],
  ["setTimeout(\"alert(1)\", 5)", 1],
  ["setTimeout(function(){},5)", 0],
  ["isFunction(x); obj.eval(x); retrieval(x); myFunction(1); typeof x==\"function\"", 0],
])("findEval(%j) finds %i", (code, n) => {
  expect(findEval(code)).toHaveLength(n);
});

test("median", () => {
  expect(median([5, 1, 3])).toBe(3);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(median([])).toBeNaN();
});
