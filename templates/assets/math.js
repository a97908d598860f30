/*
 * Lays out the page's formulas with KaTeX (assets/vendor/katex): each element of class
 * arithmatex holds its TeX between \( and \) (in the text) or \[ and \] (on lines of its own),
 * as MkDocs' arithmatex writes it. KaTeX sets its styles through the DOM, which the site's
 * Content-Security-Policy allows; with JavaScript off the TeX is shown as written.
 */
(function () {
  "use strict";
  if (typeof katex === "undefined") {
    return;
  }
  var formulas = document.querySelectorAll(".arithmatex");
  for (var i = 0; i < formulas.length; i++) {
    var el = formulas[i];
    var tex = el.textContent;
    var display = tex.indexOf("\\[") === 0;
    tex = tex.replace(/^\\[[(]/, "").replace(/\\[\])]$/, "");
    try {
      katex.render(tex, el, { displayMode: display, throwOnError: false });
      el.classList.add("arithmatex-drawn");
    } catch (e) {
      // left as its TeX
    }
  }
})();
