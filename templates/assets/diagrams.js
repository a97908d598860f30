/*
 * Mermaid diagrams (a fenced block of `mermaid`, as GitHub, GitLab, MkDocs Material and
 * Docusaurus draw them), drawn in place of their code by the vendored Mermaid, in the page's
 * colour scheme (drawn again when it changes). Mermaid writes its styles as `style` attributes
 * and a `<style>` element, which the site's Content-Security-Policy (default-src 'self') refuses:
 * while it draws, a style attribute is set through the CSSOM, its style element is made an inert
 * `<desc data-style>` and a style attribute in text it parses is kept as `data-hstyle`; the
 * diagram it returns is put in the page the same way, its rules in a constructed stylesheet.
 * Nothing is refused, and nothing is loaded from elsewhere. With JavaScript off (or a diagram
 * Mermaid cannot read) the source stays as code.
 */
(function () {
  "use strict";

  var mermaid = window.mermaid;
  if (!mermaid || !document.adoptedStyleSheets) return;
  var SVG = "http://www.w3.org/2000/svg";
  var drawing = false;

  var setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (name, value) {
    if (drawing && String(name).toLowerCase() === "style" && this.style) {
      this.style.cssText = value;
      return undefined;
    }
    return setAttribute.call(this, name, value);
  };
  var setAttributeNS = Element.prototype.setAttributeNS;
  Element.prototype.setAttributeNS = function (ns, name, value) {
    if (drawing && ns == null && String(name).toLowerCase() === "style" && this.style) {
      this.style.cssText = value;
      return undefined;
    }
    return setAttributeNS.call(this, ns, name, value);
  };
  function inertStyle(doc) {
    var e = createElementNS.call(doc, SVG, "desc");
    setAttribute.call(e, "data-style", "");
    return e;
  }
  var createElementNS = Document.prototype.createElementNS;
  Document.prototype.createElementNS = function (ns, name) {
    return drawing && String(name).toLowerCase() === "style" ? inertStyle(this) : createElementNS.apply(this, arguments);
  };
  var createElement = Document.prototype.createElement;
  Document.prototype.createElement = function (name) {
    return drawing && String(name).toLowerCase() === "style" ? inertStyle(this) : createElement.apply(this, arguments);
  };
  var STYLE_ATTRIBUTE = /(<[^>]*?\s)style=("[^"]*"|'[^']*')/g;
  var parseFromString = DOMParser.prototype.parseFromString;
  DOMParser.prototype.parseFromString = function (text, type) {
    return parseFromString.call(this, drawing ? String(text).replace(STYLE_ATTRIBUTE, "$1data-hstyle=$2") : text, type);
  };

  function scheme() {
    var chosen = document.documentElement.getAttribute("data-scheme");
    if (chosen) return chosen;
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  function unescapeText(s) {
    return s.replace(/&gt;/g, ">").replace(/&lt;/g, "<").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  }

  /* The diagram Mermaid made (its SVG's text) in the figure, its styles kept as the CSSOM's. */
  function place(diagram, text) {
    var rules = [];
    text = text
      .replace(/<style>([\s\S]*?)<\/style>/g, function (m, css) {
        rules.push(unescapeText(css));
        return "";
      })
      .replace(STYLE_ATTRIBUTE, "$1data-hstyle=$2");
    var svg = parseFromString.call(new DOMParser(), text, "image/svg+xml").documentElement;
    if (!svg || svg.localName !== "svg") throw new Error("no diagram");
    var inert = svg.querySelectorAll("desc[data-style]");
    for (var i = 0; i < inert.length; i++) {
      rules.push(inert[i].textContent);
      inert[i].parentNode.removeChild(inert[i]);
    }
    var node = document.importNode(svg, true);
    var styled = [node].concat(Array.prototype.slice.call(node.querySelectorAll("[data-hstyle]")));
    for (var j = 0; j < styled.length; j++) {
      if (styled[j].hasAttribute("data-hstyle")) {
        styled[j].style.cssText = styled[j].getAttribute("data-hstyle");
        styled[j].removeAttribute("data-hstyle");
      }
    }
    if (!diagram.sheet) {
      diagram.sheet = new CSSStyleSheet();
      document.adoptedStyleSheets = document.adoptedStyleSheets.concat([diagram.sheet]);
    }
    diagram.sheet.replaceSync(rules.join("\n"));
    diagram.figure.replaceChildren(node);
    if (diagram.code.parentNode) diagram.code.parentNode.replaceChild(diagram.figure, diagram.code);
  }

  var diagrams = [];
  var codes = document.querySelectorAll("pre > code.language-mermaid");
  for (var i = 0; i < codes.length; i++) {
    var figure = document.createElement("figure");
    figure.className = "diagram";
    diagrams.push({ code: codes[i].parentNode, source: codes[i].textContent, figure: figure, sheet: null });
  }
  if (!diagrams.length) return;

  var drawn = null;
  var queue = Promise.resolve();
  var font = window.getComputedStyle(document.body).fontFamily;

  function drawAll() {
    var theme = scheme() === "dark" ? "dark" : "default";
    if (theme === drawn) return;
    drawn = theme;
    queue = queue.then(async function () {
      mermaid.initialize({
        startOnLoad: false,
        securityLevel: "strict",
        suppressErrorRendering: true,
        theme: theme,
        fontFamily: font,
        htmlLabels: false,
        flowchart: { htmlLabels: false }
      });
      for (var k = 0; k < diagrams.length; k++) {
        var d = diagrams[k];
        drawing = true;
        try {
          var result = await mermaid.render("diagram-" + k, d.source);
          drawing = false;
          place(d, result.svg);
          d.code.removeAttribute("data-diagram-error");
        } catch (e) {
          /* the source stays as code, with what Mermaid said of it */
          d.code.setAttribute("data-diagram-error", String((e && e.message) || e).split("\n")[0]);
        } finally {
          drawing = false;
        }
      }
    });
  }

  drawAll();
  /* the reader's choice of scheme (scheme.js), or the system's */
  new MutationObserver(drawAll).observe(document.documentElement, { attributes: true, attributeFilter: ["data-scheme"] });
  if (window.matchMedia) {
    var system = window.matchMedia("(prefers-color-scheme: dark)");
    if (system.addEventListener) system.addEventListener("change", drawAll);
  }
})();
