// Live reload for `handbook serve`: reloads after a good build, shows errors after a bad one.
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

  var source = new EventSource('/__handbook/events');
  source.onmessage = function (e) {
    var state = JSON.parse(e.data);
    if (seen === null) {
      seen = state.generation;
      overlay(state.ok ? null : state.errors);
      return;
    }
    if (state.generation === seen) return;
    seen = state.generation;
    if (state.ok) {
      location.reload();
    } else {
      overlay(state.errors);
    }
  };
})();
