// Site search: loads MiniSearch (vendored) and search-index.json on first use, searches the index,
// shows results as you type in the header box, and on search.html?q=... as a list.
// Progressive enhancement: without JavaScript the header box is a plain form to search.html.
(function () {
  'use strict';

  var lang = (document.documentElement.lang || 'nb').slice(0, 2);
  var L = {
    nb: {
      loading: 'Laster søkeindeksen …', none: 'Ingen treff.', results: 'treff', failed: 'Søket kunne ikke lastes.'
    },
    en: {
      loading: 'Loading the search index …', none: 'No results.', results: 'results', failed: 'Search could not be loaded.'
    }
  }[lang === 'en' ? 'en' : 'nb'];

  // A light Norwegian suffix rule: inflected forms meet their stem ("databasen" ~ "database").
  var SUFFIXES = ['hetene', 'hetens', 'ingene', 'ingens', 'ingen', 'ende', 'ene', 'ane', 'het', 'ing', 'ers', 'er', 'en', 'et', 'ar', 'e', 's'];
  function stem(w) {
    if (w.length <= 4 || /\d/.test(w)) return w;
    for (var i = 0; i < SUFFIXES.length; i++) {
      var s = SUFFIXES[i];
      if (w.length - s.length >= 4 && w.slice(-s.length) === s) return w.slice(0, -s.length);
    }
    return w;
  }
  function processTerm(term) {
    var t = term.toLowerCase().replace(/^[./{}-]+|[./{}-]+$/g, '');
    return t.length === 0 ? null : stem(t);
  }
  // Chinese and Japanese put no spaces between words: each of their characters is a term of its own
  var CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
  var CJK_PARTS = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
  // (its parts one by one: a long run of characters is too many arguments for one push)
  function split(w, out) {
    var parts = w.match(CJK_PARTS);
    for (var j = 0; j < parts.length; j++) out.push(parts[j]);
  }
  function tokenize(text) {
    var words = text.split(/[^\p{L}\p{N}_]+/u);
    var out = [];
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      if (!w) continue;
      if (CJK.test(w)) split(w, out);
      else out.push(w);
    }
    return out;
  }

  var form = document.querySelector('form.site-search');
  if (!form) return;
  // the form's action is the search page at the site's root
  var root = (form.getAttribute('action') || 'search.html').replace(/search\.html$/, '') || './';
  var library = form.getAttribute('data-minisearch');
  var input = form.querySelector('input[type=search]');
  var engine = null;
  // the labels of result kinds come with the index: each content kind names its own
  var kindLabels = {};
  var loading = null;

  // The library is a script added on first use (allowed by default-src 'self').
  function loadLibrary() {
    if (typeof MiniSearch !== 'undefined') return Promise.resolve();
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = library;
      s.onload = resolve;
      s.onerror = function () { reject(new Error('MiniSearch')); };
      document.head.appendChild(s);
    });
  }

  function load() {
    if (!loading) {
      var index = fetch(root + 'search-index.json')
        .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); });
      loading = Promise.all([index, loadLibrary()])
        .then(function (both) {
          var data = both[0];
          var index = new MiniSearch({
            fields: ['t', 'w', 'x', 'b', 'p'],
            storeFields: ['k', 't', 'p', 'b', 'u', 's', 'r'],
            processTerm: processTerm,
            tokenize: tokenize,
            // a page's own boost (r: MkDocs Material's search.boost) ranks its sections higher
            searchOptions: {
              boost: { t: 4, w: 5, p: 1.5, b: 0.5 }, prefix: true, fuzzy: 0.2,
              boostDocument: function (id, term, stored) { return (stored && stored.r) || 1; }
            }
          });
          kindLabels = data.kinds || {};
          var pages = data.pages || [];
          data.docs.forEach(function (d) {
            var pg = pages[d.g];
            if (pg) { d.p = pg[0]; d.b = pg[1]; }
            // a large site's index has a document per page, its breadcrumb inline and its id its link
            else if (d.p === undefined) { d.p = d.t; }
            if (d.u === undefined) { d.u = d.id; }
          });
          // in chunks, so the page keeps answering while a large index is built
          return index.addAllAsync(data.docs, { chunkSize: 40 }).then(function () {
            engine = index;
            return engine;
          });
        });
    }
    return loading;
  }

  function search(q) {
    if (!engine || !q.trim()) return [];
    var r = engine.search(q, { combineWith: 'AND' });
    if (r.length === 0) r = engine.search(q, { combineWith: 'OR' });
    return r;
  }

  function highlight(el, text, q) {
    var terms = tokenize(q).map(processTerm).filter(Boolean);
    var parts = [];
    text.split(/([\p{L}\p{N}_]+)/u).forEach(function (p) {
      if (CJK.test(p)) split(p, parts);
      else parts.push(p);
    });
    parts.forEach(function (p) {
      var n = processTerm(p);
      var hit = n && terms.some(function (t) { return n.indexOf(t) === 0 || t.indexOf(n) === 0 && n.length >= 3; });
      if (hit) {
        var m = document.createElement('mark');
        m.textContent = p;
        el.appendChild(m);
      } else {
        el.appendChild(document.createTextNode(p));
      }
    });
  }

  function resultNode(r, q, tag, id) {
    var a = document.createElement('a');
    a.href = root + r.u;
    a.className = 'search-result';
    if (id) a.id = id;
    if (tag === 'option') a.setAttribute('role', 'option');
    var kind = document.createElement('span');
    kind.className = 'search-kind kind-' + r.k;
    kind.textContent = kindLabels[r.k] || r.k;
    var title = document.createElement('span');
    title.className = 'search-title';
    highlight(title, r.t, q);
    a.appendChild(kind);
    a.appendChild(title);
    if (r.b || r.t !== r.p) {
      var crumbs = document.createElement('span');
      crumbs.className = 'search-crumbs';
      crumbs.textContent = [r.b, r.t !== r.p ? r.p : ''].filter(Boolean).join(' › ');
      a.appendChild(crumbs);
    }
    if (r.s) {
      var snip = document.createElement('span');
      snip.className = 'search-snippet';
      highlight(snip, r.s, q);
      a.appendChild(snip);
    }
    return a;
  }

  // The drop-down under the header box.
  var box = document.createElement('div');
  box.className = 'search-dropdown';
  box.id = 'search-dropdown';
  box.setAttribute('role', 'listbox');
  box.hidden = true;
  form.appendChild(box);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', 'search-dropdown');
  input.setAttribute('aria-expanded', 'false');
  var active = -1;

  function options() { return box.querySelectorAll('[role=option]'); }
  function setActive(i) {
    var opts = options();
    if (opts.length === 0) return;
    active = (i + opts.length) % opts.length;
    opts.forEach(function (o, j) { o.setAttribute('aria-selected', j === active ? 'true' : 'false'); });
    input.setAttribute('aria-activedescendant', opts[active].id);
    opts[active].scrollIntoView({ block: 'nearest' });
  }
  function close() {
    box.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }
  function show(q) {
    box.textContent = '';
    if (!q.trim()) { close(); return; }
    if (!engine) {
      var wait = document.createElement('p');
      wait.className = 'search-status';
      wait.textContent = L.loading;
      box.appendChild(wait);
    } else {
      var results = search(q).slice(0, 10);
      if (results.length === 0) {
        var none = document.createElement('p');
        none.className = 'search-status';
        none.textContent = L.none;
        box.appendChild(none);
      }
      results.forEach(function (r, i) { box.appendChild(resultNode(r, q, 'option', 'search-option-' + i)); });
    }
    box.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  }

  input.addEventListener('focus', function () {
    load().then(function () { if (input.value) show(input.value); }, function () {
      box.textContent = L.failed;
    });
  });
  input.addEventListener('input', function () {
    var q = input.value;
    if (engine) show(q); else { show(q); load().then(function () { if (input.value === q) show(q); }); }
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown') { e.preventDefault(); if (box.hidden) show(input.value); setActive(active + 1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive(active - 1); }
    else if (e.key === 'Enter') {
      var opts = options();
      if (active >= 0 && opts[active]) { e.preventDefault(); window.location.href = opts[active].href; }
    } else if (e.key === 'Escape') { close(); }
  });
  document.addEventListener('click', function (e) { if (!form.contains(e.target)) close(); });
  document.addEventListener('keydown', function (e) {
    var tag = (e.target && e.target.tagName) || '';
    if (e.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(tag) && !e.target.isContentEditable) {
      e.preventDefault();
      input.focus();
    }
  });

  // The results page: search.html?q=...
  var list = document.getElementById('search-page-results');
  if (list) {
    var status = document.getElementById('search-page-status');
    var pageInput = document.getElementById('search-page-input');
    var q = new URLSearchParams(window.location.search).get('q') || '';
    pageInput.value = q;
    input.value = q;
    if (q) {
      status.textContent = L.loading;
      load().then(function () {
        var results = search(q);
        status.textContent = results.length === 0 ? L.none : results.length + ' ' + L.results;
        results.slice(0, 50).forEach(function (r) {
          var li = document.createElement('li');
          li.appendChild(resultNode(r, q, 'li'));
          list.appendChild(li);
        });
      }, function () { status.textContent = L.failed; });
    }
  }
})();
