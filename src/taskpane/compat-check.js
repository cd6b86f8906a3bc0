/*
 * Runs before the task pane's bundle, in whatever browser control Office gives the add-in. Office
 * 2016 and 2019 (perpetual) may use Internet Explorer 11 or EdgeHTML, which cannot run the pane
 * (React 19 and Fluent UI v9 need ES2020): without this check they show a blank pane. So this file is
 * plain ES5, loaded by its own <script> tag (the Content-Security-Policy allows no inline script).
 *
 * ES2020 brought BigInt, Promise.allSettled, globalThis and String.prototype.matchAll; a browser
 * without one of them is too old, and the pane says so in Korean and English instead of loading.
 * Syntax cannot be tested without eval (which the CSP forbids), so a second guard shows the same
 * message if one of the pane's own scripts fails with a SyntaxError before the pane has started.
 * The pane (index.tsx) does not start when <html data-outdated="true"> is set.
 */
(function (w, d) {
  "use strict";

  var KO = "이 Office 버전에서는 추가 기능을 열 수 없습니다.";
  var KO_HINT = "Office를 업데이트하세요(Microsoft 365 또는 Excel 2021 이상). 웹용 Excel에서도 열 수 있습니다.";
  var EN = "This version of Office cannot open the add-in.";
  var EN_HINT = "Please update Office (Microsoft 365 or Excel 2021 or later), or open the workbook in Excel on the web.";

  function hasEs2020() {
    try {
      return (
        typeof w.BigInt === "function" &&
        typeof w.Promise === "function" &&
        typeof w.Promise.allSettled === "function" &&
        typeof w.globalThis === "object" &&
        typeof w.String.prototype.matchAll === "function"
      );
    } catch (e) {
      return false;
    }
  }

  function paragraph(text, size, weight) {
    var p = d.createElement("p");
    p.appendChild(d.createTextNode(text));
    p.style.fontSize = size;
    p.style.fontWeight = weight;
    p.style.margin = "0 0 8px 0";
    return p;
  }

  function show() {
    var root = d.getElementById("root") || d.body;
    if (!root) return;
    while (root.firstChild) root.removeChild(root.firstChild);
    var box = d.createElement("div");
    box.setAttribute("role", "alert");
    box.style.padding = "16px";
    box.style.fontFamily = "'Malgun Gothic', 'Segoe UI', sans-serif";
    box.style.lineHeight = "1.5";
    // Korean wraps between words, never inside one ("없습/니다").
    box.style.wordBreak = "keep-all";
    box.style.overflowWrap = "break-word";
    box.appendChild(paragraph(KO, "16px", "bold"));
    box.appendChild(paragraph(KO_HINT, "14px", "normal"));
    var en = paragraph(EN, "14px", "bold");
    en.setAttribute("lang", "en");
    en.style.marginTop = "16px";
    box.appendChild(en);
    var enHint = paragraph(EN_HINT, "13px", "normal");
    enHint.setAttribute("lang", "en");
    box.appendChild(enHint);
    root.appendChild(box);
  }

  function outdated() {
    d.documentElement.setAttribute("data-outdated", "true");
    if (d.readyState === "loading") d.addEventListener("DOMContentLoaded", show);
    else show();
  }

  if (!hasEs2020()) {
    outdated();
    return;
  }

  w.addEventListener("error", function (event) {
    var error = event && event.error;
    var started = d.body && d.body.getAttribute("data-mode");
    var ours = event && typeof event.filename === "string" && event.filename.indexOf(w.location.origin) === 0;
    if (error && error.name === "SyntaxError" && ours && !started) outdated();
  });
})(window, document);
