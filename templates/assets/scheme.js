/*
 * The colour scheme the reader chose with the header's button (handbook.js), applied before the
 * page is drawn: loaded without defer after the stylesheets, so they are read when it runs. The
 * stylesheets' dark colours stay where they are, in `prefers-color-scheme` media rules; a choice
 * turns each such rule (and each theme-color meta, and each picture's source for one scheme, as
 * GitHub's READMEs draw a logo: those once the page is read, by handbook.js' refresh) on or off.
 * Without a choice, and without JavaScript, the system's scheme is followed. No styles are set (CSP: default-src 'self').
 */
(function () {
  "use strict";

  var KEY = "handbook:scheme";
  var FEATURE = /\(\s*prefers-color-scheme\s*:\s*(light|dark)\s*\)/i;
  /* each media list that names the scheme, with the text it had in the stylesheet */
  var found = [];
  var seen = [];

  function stored() {
    try {
      var s = window.localStorage.getItem(KEY);
      return s === "light" || s === "dark" ? s : null;
    } catch (e) {
      return null; /* storage off: the system's scheme */
    }
  }

  function collect(rules) {
    for (var i = 0; i < rules.length; i++) {
      var r = rules[i];
      if (r.styleSheet) {
        /* @import */
        sheet(r.styleSheet);
      } else if (r.media && r.cssRules) {
        if (FEATURE.test(r.media.mediaText)) {
          found.push({ media: r.media, text: r.media.mediaText });
        }
        collect(r.cssRules);
      }
    }
  }

  function sheet(s) {
    if (seen.indexOf(s) >= 0) return;
    seen.push(s);
    var rules;
    try {
      rules = s.cssRules;
    } catch (e) {
      return; /* not readable (another origin): left as it is */
    }
    if (rules) collect(rules);
  }

  /*
   * The media text for a choice: a rule for the chosen scheme holds whatever the system says
   * (`(prefers-color-scheme)` alone is always true), a rule for the other never; no choice, the
   * text as written.
   */
  function mediaFor(text, choice) {
    var m = FEATURE.exec(text);
    if (!choice || !m) return text;
    return m[1].toLowerCase() === choice ? text.replace(FEATURE, "(prefers-color-scheme)") : "not all";
  }

  function apply(choice) {
    var root = document.documentElement;
    if (choice) {
      root.setAttribute("data-scheme", choice);
    } else {
      root.removeAttribute("data-scheme");
    }
    for (var i = 0; i < document.styleSheets.length; i++) {
      sheet(document.styleSheets[i]);
    }
    for (var j = 0; j < found.length; j++) {
      var want = mediaFor(found[j].text, choice);
      if (found[j].media.mediaText !== want) found[j].media.mediaText = want;
    }
    var metas = document.querySelectorAll("meta[name=theme-color][media], picture > source[media]");
    for (var k = 0; k < metas.length; k++) {
      var meta = metas[k];
      if (!meta.hasAttribute("data-media")) meta.setAttribute("data-media", meta.getAttribute("media"));
      meta.setAttribute("media", mediaFor(meta.getAttribute("data-media"), choice));
    }
  }

  window.handbookScheme = {
    /* the reader's choice, or null to follow the system */
    stored: stored,
    /* stores a choice (null to follow the system again) and applies it */
    choose: function (choice) {
      try {
        if (choice) {
          window.localStorage.setItem(KEY, choice);
        } else {
          window.localStorage.removeItem(KEY);
        }
      } catch (e) {
        /* not kept: this page still changes */
      }
      apply(choice);
    },
    /* applies the stored choice again (stylesheets added later, another tab's choice) */
    refresh: function () {
      apply(stored());
    },
    key: KEY
  };

  try {
    var choice = stored();
    if (choice) apply(choice);
  } catch (e) {
    /* the system's scheme */
  }
})();
