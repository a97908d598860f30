/*
 * The API reference (loaded on its pages only):
 * - request samples become tabs; the chosen language is chosen on every operation of the page
 *   (without JavaScript all samples are shown, each under its label)
 * - the API menu <details> is closed in the HTML (narrow screens start with it closed); wide
 *   screens show it by CSS (::details-content) and it is opened here too
 */
(function () {
  "use strict";

  var WIDE = "(min-width: 60em)";

  function setupSamples() {
    var groups = document.querySelectorAll(".api-samples");
    var all = [];
    Array.prototype.forEach.call(groups, function (group, g) {
      var panels = group.querySelectorAll(".api-sample");
      if (panels.length < 2) return;
      /* the tab list is in the page (shown when scripts run); made here for older templates */
      var list = group.querySelector(".api-sample-tabs");
      var made = !list;
      if (made) {
        list = document.createElement("div");
        list.className = "api-sample-tabs";
        list.setAttribute("role", "tablist");
      }
      var existing = list.querySelectorAll("button");
      var tabs = [];
      Array.prototype.forEach.call(panels, function (panel, i) {
        var id = "api-sample-" + g + "-" + i;
        panel.id = id;
        panel.setAttribute("role", "tabpanel");
        var label = panel.querySelector(".api-sample-label");
        if (label) label.classList.add("visually-hidden");
        var tab = existing[i] || document.createElement("button");
        tab.type = "button";
        tab.className = "api-sample-tab";
        tab.id = id + "-tab";
        tab.setAttribute("role", "tab");
        tab.setAttribute("aria-controls", id);
        tab.textContent = panel.getAttribute("data-label");
        panel.setAttribute("aria-labelledby", tab.id);
        tab.addEventListener("click", function () {
          selectEverywhere(panel.getAttribute("data-label"), group, i);
        });
        tab.addEventListener("keydown", function (e) {
          var next = e.key === "ArrowRight" ? i + 1 : e.key === "ArrowLeft" ? i - 1 : e.key === "Home" ? 0 : e.key === "End" ? tabs.length - 1 : -2;
          if (next === -2) return;
          e.preventDefault();
          next = (next + tabs.length) % tabs.length;
          select(group, next);
          tabs[next].focus();
        });
        tabs.push(tab);
        if (!tab.parentNode) list.appendChild(tab);
      });
      if (made) {
        var title = group.querySelector(".api-samples-title");
        group.insertBefore(list, title ? title.nextSibling : group.firstChild);
      }
      group.tabs = tabs;
      group.panels = panels;
      all.push(group);
      select(group, 0);
      group.setAttribute("data-ready", "");
    });

    function select(group, index) {
      Array.prototype.forEach.call(group.panels, function (p, i) {
        var on = i === index;
        p.hidden = !on;
        group.tabs[i].setAttribute("aria-selected", on ? "true" : "false");
        group.tabs[i].tabIndex = on ? 0 : -1;
      });
    }

    function selectEverywhere(label, group, index) {
      select(group, index);
      all.forEach(function (other) {
        if (other === group) return;
        Array.prototype.forEach.call(other.panels, function (p, i) {
          if (p.getAttribute("data-label") === label) select(other, i);
        });
      });
    }
  }

  function setupNav() {
    var details = document.querySelector(".api-nav-toggle");
    if (!details || !window.matchMedia) return;
    var wide = window.matchMedia(WIDE);
    if (wide.matches) details.open = true;
    function apply() {
      details.open = wide.matches;
    }
    if (wide.addEventListener) wide.addEventListener("change", apply);
    var nav = document.querySelector(".api-nav");
    var current = nav && nav.querySelector("a[aria-current='page']");
    if (wide.matches && current && nav.scrollHeight > nav.clientHeight) {
      var top = current.offsetTop - nav.offsetTop;
      if (top > nav.clientHeight * 0.6) nav.scrollTop = top - nav.clientHeight / 3;
    }
  }

  function start() {
    setupSamples();
    setupNav();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
