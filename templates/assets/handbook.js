/*
 * Handbook client script: progressive enhancement only. The site reads fine without it.
 * - copy button (and language label) on every `pre > code` block
 * - Prism highlighting (prism.js is loaded with `defer data-manual`, after this file)
 * - tables get a scrolling wrapper; scrollable blocks get keyboard focus
 * - the sidebar <details> is closed in the HTML (narrow screens start with it closed); wide screens
 *   show it by CSS (::details-content) and it is opened here too
 * - the current section is marked in the table of contents while scrolling
 * - collapsed admonitions open for printing
 * - content tabs of the same title are chosen together, on this page and the next ones
 * - a "back to top" button, shown when the reader scrolls up far down a page
 * - a button in the header that switches between the light and the dark colour scheme (scheme.js)
 * - on a versioned site: the version menu and the notice on older versions, from versions.json
 * No inline styles are set (CSP: default-src 'self'); only classes and attributes.
 */
(function () {
  "use strict";

  var STRINGS = {
    nb: { copy: "Kopier", copied: "Kopiert", failed: "Kunne ikke kopiere", top: "Til toppen", dark: "Bytt til mørke farger", light: "Bytt til lyse farger" },
    nn: { copy: "Kopier", copied: "Kopiert", failed: "Kunne ikkje kopiere", top: "Til toppen", dark: "Byt til mørke fargar", light: "Byt til lyse fargar" },
    en: { copy: "Copy", copied: "Copied", failed: "Copy failed", top: "Back to top", dark: "Switch to dark colours", light: "Switch to light colours" }
  };
  var WIDE = "(min-width: 60em)"; /* keep in step with handbook.css */

  function strings() {
    var lang = (document.documentElement.lang || "en").toLowerCase();
    if (lang === "no") lang = "nb";
    return STRINGS[lang] || STRINGS[lang.split("-")[0]] || STRINGS.en;
  }

  function onReady(fn) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", fn);
    } else {
      fn();
    }
  }

  function safely(fn) {
    try {
      fn();
    } catch (e) {
      /* An enhancement that fails must never break the page. */
    }
  }

  /* ---------------------------------------------------------------- copy buttons */

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () {
        return legacyCopy(text);
      });
    }
    return legacyCopy(text);
  }

  function legacyCopy(text) {
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "visually-hidden";
      document.body.appendChild(area);
      var selection = document.getSelection();
      var previous = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      area.select();
      var ok = false;
      try {
        ok = document.execCommand("copy");
      } catch (e) {
        ok = false;
      }
      document.body.removeChild(area);
      if (previous && selection) {
        selection.removeAllRanges();
        selection.addRange(previous);
      }
      if (ok) {
        resolve();
      } else {
        reject(new Error("copy failed"));
      }
    });
  }

  function languageOf(code) {
    var m = /(?:^|\s)lang(?:uage)?-([\w+#-]+)/i.exec(code.className || "");
    if (!m) return "";
    var lang = m[1].toLowerCase();
    return lang === "text" || lang === "plain" || lang === "plaintext" || lang === "txt" || lang === "none" ? "" : lang;
  }

  function enhanceCodeBlocks() {
    var s = strings();
    var blocks = document.querySelectorAll("pre > code");
    Array.prototype.forEach.call(blocks, function (code) {
      var pre = code.parentElement;
      if (!pre || (pre.parentElement && pre.parentElement.classList.contains("code-block"))) return;

      var wrapper = document.createElement("div");
      wrapper.className = "code-block";
      var bar = document.createElement("div");
      bar.className = "code-bar";

      /* a block's own title (MkDocs Material's title="..."), else its language */
      var title = pre.getAttribute("data-title");
      var lang = languageOf(code);
      if (title || lang) {
        var label = document.createElement("span");
        label.className = title ? "code-lang code-title" : "code-lang";
        label.textContent = title || lang;
        bar.appendChild(label);
      }

      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-button";
      button.textContent = s.copy;
      var status = document.createElement("span");
      status.className = "visually-hidden";
      status.setAttribute("role", "status");
      var timer = 0;

      button.addEventListener("click", function () {
        var text = code.textContent.replace(/\n$/, "");
        copyText(text).then(
          function () {
            button.textContent = s.copied;
            button.classList.add("copied");
            status.textContent = s.copied;
          },
          function () {
            button.textContent = s.failed;
            status.textContent = s.failed;
          }
        ).then(function () {
          window.clearTimeout(timer);
          timer = window.setTimeout(function () {
            button.textContent = s.copy;
            button.classList.remove("copied");
            status.textContent = "";
          }, 2000);
        });
      });

      bar.appendChild(button);
      bar.appendChild(status);
      pre.parentNode.insertBefore(wrapper, pre);
      wrapper.appendChild(bar);
      wrapper.appendChild(pre);
      /* A code block may scroll sideways: keyboard users must be able to reach it. */
      if (!pre.hasAttribute("tabindex")) pre.setAttribute("tabindex", "0");
    });
  }

  /* ---------------------------------------------------------------- content tabs */

  /* A link to a place inside a content tab that is not shown: its tab (and the tabs around it)
     are shown, and the place is scrolled to (the browser could not scroll to it hidden). */
  function revealTabbed() {
    var id = "";
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (e) {
      return;
    }
    var target = id ? document.getElementById(id) : null;
    if (!target || !target.closest(".tabbed-block")) return;
    for (var el = target; el; ) {
      var block = el.closest(".tabbed-block");
      if (!block) break;
      var content = block.parentElement;
      var set = content.parentElement;
      var index = Array.prototype.indexOf.call(content.children, block);
      var inputs = set.querySelectorAll(":scope > input");
      if (inputs[index]) inputs[index].checked = true;
      el = set.parentElement;
    }
    target.scrollIntoView();
  }

  /* Tabs with the same title are linked, as MkDocs Material's content.tabs.link links them:
     choosing a tab chooses the tab of that title in every set of the page, and on pages opened
     later (the titles last chosen are kept in this browser's localStorage, "handbook:tabs"). The
     tab chosen stays where it was on the screen while sets above it change height. */
  var TABS_KEY = "handbook:tabs";
  var TABS_KEPT = 10;

  function chosenTitles() {
    try {
      var list = JSON.parse(window.localStorage.getItem(TABS_KEY) || "[]");
      return Array.isArray(list) ? list.filter(function (t) { return typeof t === "string"; }) : [];
    } catch (e) {
      return []; /* storage off, or not ours */
    }
  }

  function keepChosen(title) {
    var list = chosenTitles().filter(function (t) { return t !== title; });
    list.unshift(title);
    try {
      window.localStorage.setItem(TABS_KEY, JSON.stringify(list.slice(0, TABS_KEPT)));
    } catch (e) {
      /* private mode, storage full or off: linked on this page only */
    }
  }

  function tabTitle(label) {
    return label.textContent.replace(/\s+/g, " ").trim();
  }

  /* Checks, in every set but the one of `except`, the first tab titled `title`. */
  function chooseTabs(title, except) {
    var sets = document.querySelectorAll(".tabbed-set");
    Array.prototype.forEach.call(sets, function (set) {
      if (except && except.parentElement === set) return;
      var labels = set.querySelectorAll(":scope > .tabbed-labels > label");
      for (var i = 0; i < labels.length; i++) {
        if (tabTitle(labels[i]) !== title) continue;
        var input = document.getElementById(labels[i].htmlFor);
        if (input && input.parentElement === set) input.checked = true;
        return;
      }
    });
  }

  function onTabChosen(e) {
    var input = e.target;
    if (!input.matches || !input.matches(".tabbed-set > input") || !input.checked) return;
    var label = Array.prototype.filter.call(input.parentElement.querySelectorAll(":scope > .tabbed-labels > label"), function (l) {
      return l.htmlFor === input.id;
    })[0];
    if (!label) return;
    var title = tabTitle(label);
    var before = label.getBoundingClientRect().top;
    chooseTabs(title, input);
    var moved = label.getBoundingClientRect().top - before;
    /* at once: the page scrolls smoothly otherwise, and the tab would slide back into place */
    if (moved) window.scrollBy({ top: moved, left: 0, behavior: "instant" });
    keepChosen(title);
  }

  function setupTabbed() {
    if (!document.querySelector(".tabbed-set")) return;
    /* the most recent last, so that it wins in a set that has several */
    chosenTitles().reverse().forEach(function (title) {
      chooseTabs(title, null);
    });
    document.addEventListener("change", function (e) {
      safely(function () {
        onTabChosen(e);
      });
    });
    revealTabbed();
    window.addEventListener("hashchange", function () {
      safely(revealTabbed);
    });
  }

  /* ---------------------------------------------------------------- tables */

  function wrapTables() {
    var tables = document.querySelectorAll(".doc table");
    Array.prototype.forEach.call(tables, function (table) {
      var parent = table.parentElement;
      if (!parent || parent.classList.contains("table-wrap")) return;
      var wrap = document.createElement("div");
      wrap.className = "table-wrap";
      parent.insertBefore(wrap, table);
      wrap.appendChild(table);
    });
    markScrollable();
  }

  /* Only regions that really scroll get a tab stop. */
  function markScrollable() {
    var wraps = document.querySelectorAll(".table-wrap");
    Array.prototype.forEach.call(wraps, function (wrap) {
      if (wrap.scrollWidth > wrap.clientWidth + 1) {
        wrap.setAttribute("tabindex", "0");
      } else {
        wrap.removeAttribute("tabindex");
      }
    });
  }

  /* ---------------------------------------------------------------- sidebar */

  function setupSidebar() {
    var details = document.querySelector(".sidebar-toggle");
    if (!details || !window.matchMedia) return;
    var wide = window.matchMedia(WIDE);
    /* Opening it on a wide screen changes nothing that is shown (CSS shows it already), but
       tells assistive technology and older browsers that it is open. */
    if (wide.matches) details.open = true;
    function apply() {
      details.open = wide.matches;
    }
    if (wide.addEventListener) {
      wide.addEventListener("change", apply);
    } else if (wide.addListener) {
      wide.addListener(apply);
    }
    /* On wide screens, bring the current page into view in a long sidebar. */
    var nav = document.querySelector(".sidebar");
    var current = nav && nav.querySelector("a[aria-current='page']");
    if (wide.matches && current && nav.scrollHeight > nav.clientHeight) {
      var top = current.offsetTop - nav.offsetTop;
      if (top > nav.clientHeight * 0.6) nav.scrollTop = top - nav.clientHeight / 3;
    }
  }

  /* ---------------------------------------------------------------- table of contents */

  /* The page's table of contents is written once, at the top of the article; on wide screens it
     is shown in the right-hand column, which the grid keeps for it (.layout.has-toc). */
  function buildTocAside() {
    var inline = document.querySelector(".toc-inline");
    var layout = document.querySelector(".layout.has-toc");
    var list = inline && inline.querySelector("details > ul");
    if (!layout || !list || document.querySelector("aside.toc")) return;
    var aside = document.createElement("aside");
    aside.className = "toc";
    aside.setAttribute("aria-labelledby", "toc-title");
    var sticky = document.createElement("div");
    sticky.className = "toc-sticky";
    var title = document.createElement("p");
    title.className = "toc-title";
    title.id = "toc-title";
    title.textContent = inline.querySelector("summary").textContent;
    sticky.appendChild(title);
    sticky.appendChild(list.cloneNode(true));
    aside.appendChild(sticky);
    layout.appendChild(aside);
  }

  function setupTocHighlight() {
    var toc = document.querySelector(".toc");
    if (!toc || !("IntersectionObserver" in window)) return;
    var links = toc.querySelectorAll("a[href^='#']");
    var items = [];
    Array.prototype.forEach.call(links, function (link) {
      var id;
      try {
        id = decodeURIComponent(link.getAttribute("href").slice(1));
      } catch (e) {
        id = link.getAttribute("href").slice(1);
      }
      var heading = document.getElementById(id);
      if (heading) items.push({ link: link, heading: heading });
    });
    if (!items.length) return;

    var active = null;
    var pending = false;

    function offset() {
      var header = document.querySelector(".site-header");
      var h = header && window.getComputedStyle(header).position === "sticky" ? header.offsetHeight : 0;
      return h + 24;
    }

    function update() {
      pending = false;
      var line = offset();
      var current = items[0];
      for (var i = 0; i < items.length; i++) {
        if (items[i].heading.getBoundingClientRect().top <= line) {
          current = items[i];
        } else {
          break;
        }
      }
      /* At the very bottom the last section is the current one even if its heading is low. */
      if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) {
        current = items[items.length - 1];
      }
      if (current === active) return;
      if (active) active.link.classList.remove("active");
      current.link.classList.add("active");
      active = current;
    }

    function schedule() {
      if (pending) return;
      pending = true;
      window.requestAnimationFrame(update);
    }

    /* The observer only says "a heading crossed the upper part of the screen"; update() then
       reads the positions of the headings once. */
    var observer = new IntersectionObserver(schedule, { rootMargin: "0px 0px -55% 0px", threshold: [0, 1] });
    items.forEach(function (item) {
      observer.observe(item.heading);
    });
    window.addEventListener("scrollend", schedule, { passive: true });
    window.addEventListener("hashchange", schedule);
    schedule();
  }

  /* ---------------------------------------------------------------- printing */

  function setupPrint() {
    var opened = [];
    window.addEventListener("beforeprint", function () {
      var closed = document.querySelectorAll(".doc details:not([open]), .toc-inline details:not([open])");
      opened = Array.prototype.slice.call(closed);
      opened.forEach(function (d) {
        d.open = true;
      });
    });
    window.addEventListener("afterprint", function () {
      opened.forEach(function (d) {
        d.open = false;
      });
      opened = [];
    });
  }

  /* ---------------------------------------------------------------- back to top */

  /* As MkDocs Material's navigation.top: a button back to the top of the page, shown while the
     reader scrolls up more than a screen down the page; it takes the focus to the content. */
  function setupBackToTop() {
    var main = document.getElementById("main");
    if (!main) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "back-to-top";
    button.hidden = true;
    button.textContent = strings().top;
    button.addEventListener("click", function () {
      window.scrollTo(0, 0);
      button.hidden = true;
      main.focus({ preventScroll: true });
    });
    document.body.appendChild(button);
    var last = window.scrollY;
    window.addEventListener(
      "scroll",
      function () {
        var y = window.scrollY;
        if (y < last - 2 && y > window.innerHeight) {
          button.hidden = false;
        } else if (y > last + 2 || y <= window.innerHeight) {
          button.hidden = true;
        }
        last = y;
      },
      { passive: true }
    );
  }

  /* ---------------------------------------------------------------- colour scheme */

  /* As Docusaurus' colour mode switch and MkDocs Material's palette toggle: the button shows the
     other scheme. A choice that is the system's own is not kept, so the page follows the system
     again (and its later changes); another is kept for every page (scheme.js applies it before a
     page is drawn). Made here: without JavaScript there is no choice, and the system's scheme. */
  function setupSchemeToggle() {
    var control = window.handbookScheme;
    var header = document.querySelector(".header-inner");
    if (!control || !header || !window.matchMedia) return;
    var system = window.matchMedia("(prefers-color-scheme: dark)");
    var t = strings();
    var button = document.createElement("button");
    button.type = "button";
    button.className = "scheme-toggle";
    function shown() {
      return control.stored() || (system.matches ? "dark" : "light");
    }
    function label() {
      var dark = shown() === "dark";
      button.setAttribute("aria-label", dark ? t.light : t.dark);
      button.title = dark ? t.light : t.dark;
      button.setAttribute("data-shows", dark ? "dark" : "light");
    }
    button.addEventListener("click", function () {
      var next = shown() === "dark" ? "light" : "dark";
      control.choose(next === (system.matches ? "dark" : "light") ? null : next);
      label();
    });
    function changed() {
      control.refresh();
      label();
    }
    if (system.addEventListener) {
      system.addEventListener("change", changed);
    } else if (system.addListener) {
      system.addListener(changed);
    }
    /* a choice made in another tab */
    window.addEventListener("storage", function (e) {
      if (e.key === control.key || e.key === null) changed();
    });
    /* stylesheets that came after scheme.js ran */
    control.refresh();
    label();
    /* before the search, which keeps its place: nothing moves when the button comes */
    header.insertBefore(button, header.querySelector(".site-search"));
  }

  /* ---------------------------------------------------------------- syntax highlighting */

  function highlight() {
    if (window.Prism && typeof window.Prism.highlightAll === "function") {
      window.Prism.highlightAll();
    }
  }

  /* ---------------------------------------------------------------- versions */

  /* A page is the same file in every version that has it, so which version it is in comes from
     where it is: the folder its root link points to (v1.2/, latest/). */
  // a path's segments encoded, so "#", "%", "?" and "+" in file names stay part of the path
  function encodePath(path) {
    return path.split("/").map(encodeURIComponent).join("/");
  }

  function setupVersions() {
    var menu = document.querySelector(".version-switcher[data-versions]");
    if (!menu || !window.fetch || !window.URL) return;
    var root = new URL(menu.getAttribute("data-root"), location.href);
    var folder = decodeURIComponent(root.pathname.replace(/\/$/, "").split("/").pop());
    var page = decodeURIComponent(location.pathname).slice(decodeURIComponent(root.pathname).length).replace(/(^|\/)index\.html$/, "$1");
    fetch(menu.getAttribute("data-versions")).then(function (r) {
      return r.json();
    }).then(function (data) {
      var self = folder === "latest" ? data.latest : folder;
      // each version by its folder (path); its label is what it is called
      var mine = null;
      var newest = null;
      data.versions.forEach(function (v) {
        if (v.path === self + "/") mine = v;
        if (v.path === data.latest + "/") newest = v;
      });
      var selfLabel = mine ? mine.label : self;
      var current = menu.querySelector(".version-current");
      if (current) current.textContent = selfLabel;
      var list = menu.querySelector("ul");
      var all = list.querySelector(".version-all");
      var latestHref = null;
      data.versions.forEach(function (v) {
        var same = v.pages.indexOf(page) >= 0;
        var a = document.createElement("a");
        a.href = new URL("../" + encodePath(v.path) + (same ? encodePath(page) : ""), root.href).href;
        a.textContent = v.label + (v.latest ? " · " + menu.getAttribute("data-latest-label") : "");
        a.setAttribute("data-same-page", same ? "true" : "false");
        if (v === mine) a.setAttribute("aria-current", "true");
        if (v.latest) latestHref = a.href;
        var li = document.createElement("li");
        li.appendChild(a);
        list.insertBefore(li, all);
      });
      // the notice its versions.json entry names (none, unreleased, unmaintained), else its place's
      var kind = mine && mine.banner ? mine.banner : self === data.current ? "unreleased" : "unmaintained";
      if (self !== data.latest && kind !== "none" && latestHref) {
        var text = menu.getAttribute(kind === "unreleased" ? "data-unreleased" : "data-old") || "";
        var banner = document.createElement("div");
        banner.className = "version-banner version-banner-" + (kind === "unreleased" ? "unreleased" : "old");
        banner.setAttribute("role", "note");
        var p = document.createElement("p");
        p.textContent = text.replace("{0}", selfLabel).replace("{1}", newest ? newest.label : data.latest) + " ";
        var go = document.createElement("a");
        go.href = latestHref;
        go.textContent = menu.getAttribute("data-go") || "";
        p.appendChild(go);
        banner.appendChild(p);
        document.body.appendChild(banner);
      }
    }).catch(function () {
      /* without versions.json the menu keeps its link to all versions */
    });
  }

  /* Both scripts are deferred: this one runs first, when the document is parsed, so the page
     structure is enhanced before it is shown; prism.js has run by DOMContentLoaded. */
  function afterContentLoaded(fn) {
    if (document.readyState === "complete") {
      fn();
      return;
    }
    var done = false;
    function once() {
      if (!done) {
        done = true;
        fn();
      }
    }
    document.addEventListener("DOMContentLoaded", once);
    window.addEventListener("load", once);
  }

  onReady(function () {
    safely(buildTocAside);
    safely(setupSidebar);
    safely(enhanceCodeBlocks);
    safely(wrapTables);
    safely(setupTabbed);
    safely(setupBackToTop);
    safely(setupSchemeToggle);
    safely(setupPrint);
    safely(setupVersions);
    window.addEventListener("resize", function () {
      safely(markScrollable);
    }, { passive: true });
  });
  afterContentLoaded(function () {
    safely(highlight);
    safely(setupTocHighlight);
  });
})();
