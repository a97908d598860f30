/*
 * Runbook index filter: progressive enhancement only. Without this script the index lists every
 * runbook (the filter form stays hidden). With it, the form appears and filters the symptom
 * list, the tables and the lists by words and severity; `?q=...&severity=...` in the address
 * fills the form, so a filtered view can be linked. Only the `hidden` attribute and text are
 * changed (CSP: default-src 'self', no inline styles).
 */
(function () {
  "use strict";

  function onReady(fn) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", fn);
    } else {
      fn();
    }
  }

  function words(text) {
    return text.toLowerCase().split(/\s+/).filter(function (w) {
      return w.length > 0;
    });
  }

  function matches(el, terms, severity) {
    var haystack = el.getAttribute("data-search") || "";
    if (severity && (" " + (el.getAttribute("data-severity") || "") + " ").indexOf(" " + severity + " ") < 0) {
      return false;
    }
    for (var i = 0; i < terms.length; i++) {
      if (haystack.indexOf(terms[i]) < 0) return false;
    }
    return true;
  }

  function setup() {
    var form = document.querySelector(".runbook-filter");
    if (!form) return;
    var text = form.querySelector("input[type=search]");
    var severity = form.querySelector("select");
    var count = form.querySelector(".runbook-filter-count");
    var none = form.querySelector(".runbook-filter-none");
    var template = form.getAttribute("data-count") || "{0} / {1}";
    var items = Array.prototype.slice.call(document.querySelectorAll(".runbook-index .filterable"));
    var runbooks = Array.prototype.slice.call(document.querySelectorAll("#by-severity tr.filterable"));
    var groups = Array.prototype.slice.call(document.querySelectorAll(".runbook-index .runbook-subgroup"));

    var params = new URLSearchParams(window.location.search);
    if (params.get("q")) text.value = params.get("q");
    if (params.get("severity")) severity.value = params.get("severity");

    function apply() {
      var terms = words(text.value);
      var sev = severity.value;
      items.forEach(function (el) {
        el.hidden = !matches(el, terms, sev);
      });
      groups.forEach(function (g) {
        g.hidden = !g.querySelector(".filterable:not([hidden])");
      });
      var shown = runbooks.filter(function (r) {
        return !r.hidden;
      }).length;
      var filtered = terms.length > 0 || sev !== "";
      count.textContent = filtered ? template.replace("{0}", shown).replace("{1}", runbooks.length) : "";
      none.hidden = shown > 0;
      if (window.history && window.history.replaceState) {
        var p = new URLSearchParams();
        if (text.value.trim()) p.set("q", text.value.trim());
        if (sev) p.set("severity", sev);
        var query = p.toString();
        window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
      }
    }

    form.addEventListener("submit", function (e) {
      e.preventDefault();
      apply();
    });
    text.addEventListener("input", apply);
    severity.addEventListener("change", apply);
    form.hidden = false;
    if (text.value || severity.value) apply();
  }

  onReady(function () {
    try {
      setup();
    } catch (e) {
      /* An enhancement that fails must never break the page. */
    }
  });
})();
