// Live reload for `handbook serve`: after a good build that changed this page (or a stylesheet or
// script) it reloads; a bad build shows its errors over the page.
(function () {
  'use strict';
  var seen = null;
  var css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = '/__handbook/live.css';
  document.head.appendChild(css);

  function overlay(text) {
    var box = document.getElementById('handbook-build-errors');
    if (!text) {
      if (box) box.remove();
      return;
    }
    if (!box) {
      box = document.createElement('div');
      box.id = 'handbook-build-errors';
      box.setAttribute('role', 'alert');
      var title = document.createElement('p');
      title.className = 'handbook-build-errors-title';
      title.textContent = 'Build failed: the last good site is shown';
      box.appendChild(title);
      box.appendChild(document.createElement('pre'));
      document.body.appendChild(box);
    }
    box.querySelector('pre').textContent = text;
  }

  var source = new EventSource('/__handbook/events?page=' + encodeURIComponent(location.pathname));
  source.onmessage = function (e) {
    var state = JSON.parse(e.data);
    if (seen === null) {
      seen = state.generation;
      overlay(state.ok ? null : state.errors);
      return;
    }
    if (state.generation === seen) return;
    seen = state.generation;
    if (!state.ok) {
      overlay(state.errors);
    } else if (state.reload) {
      location.reload();
    } else {
      overlay(null);
    }
  };
})();
