/*
 * Course pages: progress, resume, quizzes and the print button. Progressive enhancement only:
 * every element this script fills starts `hidden` or empty, so the pages read fine without it.
 *
 * - Progress is stored in this browser's localStorage, never sent anywhere: the key
 *   "handbook:course:<lesson site URL>" holds "done"; "handbook:course:last" the last lesson
 *   opened. The course (modules, lessons) is read from the hidden `.course-map` on the page.
 * - A lesson's "Merk som fullført" button toggles its key; lesson lists, progress bars, module
 *   cards and sidebar links show the state; "Fortsett der du slapp" goes to the first lesson
 *   not done, from the last one opened; "Nullstill fremdrift" removes the course's keys.
 * - A quiz gets a "Sjekk svaret" button per question, with feedback and a score; its answers in
 *   <details> are then hidden on screen (they are still printed).
 * UI strings come from data-text-* attributes (the site's strings files). No inline styles.
 */
(function () {
  "use strict";

  var PREFIX = "handbook:course:";
  var LAST = PREFIX + "last";

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

  function each(selector, fn, root) {
    Array.prototype.forEach.call((root || document).querySelectorAll(selector), fn);
  }

  function fill(text, values) {
    return String(text || "").replace(/\{(\w+)\}/g, function (m, k) {
      return Object.prototype.hasOwnProperty.call(values, k) ? String(values[k]) : m;
    });
  }

  /* ---------------------------------------------------------------- storage */

  var store = (function () {
    try {
      var probe = PREFIX + "probe";
      window.localStorage.setItem(probe, "1");
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (e) {
      return null; /* private mode, file:// in some browsers, storage disabled */
    }
  })();

  function get(key) {
    try {
      return store.getItem(key);
    } catch (e) {
      return null;
    }
  }

  function put(key, value) {
    try {
      if (value === null) {
        store.removeItem(key);
      } else {
        store.setItem(key, value);
      }
    } catch (e) {
      /* full or blocked: the page still works, progress is just not kept */
    }
  }

  function isDone(id) {
    return get(PREFIX + id) === "done";
  }

  /* ---------------------------------------------------------------- the course map */

  function readMap() {
    var el = document.querySelector(".course-map");
    if (!el) return null;
    var map = { el: el, modules: [], lessons: [], byLesson: {}, byModule: {}, text: el.dataset };
    map.root = clean(new URL(el.getAttribute("data-course-root") || "./", window.location.href).href);
    each("[data-module]", function (m) {
      var mod = { id: m.getAttribute("data-module"), lessons: [] };
      each("[data-lesson]", function (l) {
        var lesson = { id: l.getAttribute("data-lesson"), module: mod };
        mod.lessons.push(lesson);
        map.lessons.push(lesson);
        map.byLesson[lesson.id] = lesson;
      }, m);
      map.modules.push(mod);
      map.byModule[mod.id] = mod;
    }, el);
    return map;
  }

  function clean(href) {
    return href.split("#")[0].split("?")[0];
  }

  /* The site URL (as in the map) a link goes to, or null when it leaves the site. */
  function siteUrl(href, map) {
    var abs;
    try {
      abs = clean(new URL(href, window.location.href).href);
    } catch (e) {
      return null;
    }
    if (abs.indexOf(map.root) !== 0) return null;
    var rel = abs.slice(map.root.length).replace(/(^|\/)index\.html$/, "$1");
    try {
      return decodeURIComponent(rel);
    } catch (e) {
      return rel;
    }
  }

  function doneCount(lessons) {
    return lessons.filter(function (l) {
      return isDone(l.id);
    }).length;
  }

  function moduleDone(mod) {
    return mod.lessons.length > 0 && doneCount(mod.lessons) === mod.lessons.length;
  }

  /* ---------------------------------------------------------------- showing progress */

  function render(map) {
    each(".course-lesson[data-lesson]", function (li) {
      var done = isDone(li.getAttribute("data-lesson"));
      li.classList.toggle("is-done", done);
      var state = li.querySelector(".course-lesson-state");
      if (state) state.textContent = done ? map.text.textDone : "";
    });

    each("[data-progress]", function (box) {
      var scope = box.getAttribute("data-progress");
      var lessons = scope ? (map.byModule[scope] || { lessons: [] }).lessons : map.lessons;
      var n = doneCount(lessons);
      var bar = box.querySelector("progress");
      if (bar) {
        bar.max = Math.max(lessons.length, 1);
        bar.value = n;
        bar.textContent = n + " / " + lessons.length;
      }
      var value = box.querySelector(".progress-value");
      if (value) value.textContent = fill(map.text.textProgress, { done: n, total: lessons.length });
      box.classList.toggle("is-complete", lessons.length > 0 && n === lessons.length);
      box.hidden = false;
    });

    each("[data-module-card]", function (card) {
      var mod = map.byModule[card.getAttribute("data-module-card")];
      card.classList.toggle("is-done", !!mod && moduleDone(mod));
    });

    each("nav.sidebar a", function (a) {
      var id = siteUrl(a.getAttribute("href"), map);
      var done;
      if (id !== null && map.byLesson[id]) {
        done = isDone(id);
      } else if (id !== null && map.byModule[id]) {
        done = moduleDone(map.byModule[id]);
      } else {
        return;
      }
      a.classList.toggle("is-done", done);
      var mark = a.querySelector(".nav-done");
      if (done && !mark) {
        mark = document.createElement("span");
        mark.className = "nav-done";
        var text = document.createElement("span");
        text.className = "visually-hidden";
        text.textContent = " (" + map.text.textDone + ")";
        mark.appendChild(text);
        a.appendChild(mark);
      } else if (!done && mark) {
        a.removeChild(mark);
      }
    });

    var heading = document.querySelector("[data-progress-title]");
    if (heading && (doneCount(map.lessons) > 0 || get(LAST))) {
      heading.textContent = heading.getAttribute("data-progress-title");
    }
    renderResume(map);
  }

  /* "Fortsett der du slapp": the first lesson not done, from the last one opened. */
  function resumeTarget(map) {
    var lessons = map.lessons;
    if (!lessons.length) return null;
    var last = map.byLesson[get(LAST)];
    var start = last ? lessons.indexOf(last) : 0;
    for (var i = 0; i < lessons.length; i++) {
      var l = lessons[(start + i) % lessons.length];
      if (!isDone(l.id)) return l;
    }
    return null;
  }

  function renderResume(map) {
    var link = document.querySelector("[data-resume]");
    if (!link) return;
    var label = link.querySelector("[data-resume-label]");
    var title = link.querySelector("[data-resume-title]");
    var started = doneCount(map.lessons) > 0 || !!map.byLesson[get(LAST)];
    var target = resumeTarget(map);
    var item;
    if (!started) {
      label.textContent = map.text.textStart;
      target = map.lessons[0];
    } else if (target) {
      label.textContent = map.text.textResume;
    } else {
      label.textContent = map.text.textAllDone;
      target = map.lessons[0];
    }
    item = target && document.querySelector(".course-lesson[data-lesson=\"" + cssString(target.id) + "\"] a");
    if (item) {
      link.setAttribute("href", item.getAttribute("href"));
      title.textContent = item.textContent;
    }
  }

  function cssString(s) {
    return String(s).replace(/["\\]/g, "\\$&");
  }

  /* ---------------------------------------------------------------- marking a lesson */

  function setupComplete(map) {
    var box = document.querySelector("[data-complete]");
    if (!box) return;
    var id = box.getAttribute("data-complete");
    var button = box.querySelector("button");
    var status = box.querySelector(".course-complete-status");
    put(LAST, id);
    function sync() {
      var done = isDone(id);
      button.setAttribute("aria-pressed", done ? "true" : "false");
      box.classList.toggle("is-done", done);
    }
    button.addEventListener("click", function () {
      var done = !isDone(id);
      put(PREFIX + id, done ? "done" : null);
      sync();
      status.textContent = done ? map.text.textCompleteDone : map.text.textCompleteUndone;
      render(map);
    });
    sync();
    if (isDone(id)) status.textContent = map.text.textCompleteDone;
    box.hidden = false;
  }

  function setupReset(map) {
    var reset = document.querySelector("[data-reset]");
    if (!reset) return;
    var button = reset.querySelector("button");
    var status = reset.querySelector("[role=status]");
    button.addEventListener("click", function () {
      map.lessons.forEach(function (l) {
        put(PREFIX + l.id, null);
      });
      put(LAST, null);
      var heading = document.querySelector("[data-progress-title]");
      if (heading && heading.dataset.startTitle) heading.textContent = heading.dataset.startTitle;
      render(map);
      status.textContent = map.text.textResetDone;
    });
    reset.hidden = false;
    var note = document.querySelector("[data-storage-note]");
    if (note) note.hidden = false;
  }

  function setupProgress() {
    var map = readMap();
    if (!map || !store) return;
    var heading = document.querySelector("[data-progress-title]");
    if (heading) heading.dataset.startTitle = heading.textContent;
    setupComplete(map);
    setupReset(map);
    render(map);
    /* Another tab marked a lesson: show it here too. */
    window.addEventListener("storage", function (e) {
      if (!e.key || e.key.indexOf(PREFIX) === 0) safely(function () {
        render(map);
      });
    });
  }

  /* ---------------------------------------------------------------- quizzes */

  function setupQuiz(quiz) {
    var text = quiz.dataset;
    var results = {};
    var total = quiz.querySelectorAll(".quiz-question").length;
    quiz.classList.add("quiz-js");
    var intro = quiz.querySelector(".quiz-intro");
    if (intro && text.textIntro) intro.textContent = text.textIntro;
    var score = document.createElement("p");
    score.className = "quiz-score";
    score.setAttribute("role", "status");
    quiz.appendChild(score);

    each(".quiz-question", function (q) {
      var fieldset = q.querySelector("fieldset");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "course-button quiz-check";
      button.textContent = text.textCheck;
      var feedback = document.createElement("div");
      feedback.className = "quiz-feedback";
      feedback.setAttribute("role", "status");
      fieldset.parentNode.insertBefore(button, fieldset.nextSibling);
      button.parentNode.insertBefore(feedback, button.nextSibling);

      function clearMarks() {
        each(".quiz-choice", function (li) {
          li.classList.remove("is-correct", "is-wrong");
          var mark = li.querySelector(".quiz-mark");
          if (mark) li.removeChild(mark);
        }, q);
      }

      button.addEventListener("click", function () {
        var inputs = q.querySelectorAll("input");
        var any = false;
        var right = true;
        Array.prototype.forEach.call(inputs, function (input) {
          var correct = input.hasAttribute("data-correct");
          if (input.checked) any = true;
          if (input.checked !== correct) right = false;
        });
        clearMarks();
        feedback.textContent = "";
        feedback.classList.remove("is-correct", "is-wrong");
        if (!any) {
          feedback.textContent = text.textChoose;
          return;
        }
        Array.prototype.forEach.call(inputs, function (input) {
          var li = input.closest(".quiz-choice");
          var correct = input.hasAttribute("data-correct");
          if (!correct && !input.checked) return;
          var mark = document.createElement("span");
          mark.className = "quiz-mark";
          mark.textContent = correct ? text.textMarkCorrect : text.textMarkWrong;
          li.classList.add(correct ? "is-correct" : "is-wrong");
          li.appendChild(mark);
        });
        var verdict = document.createElement("p");
        verdict.className = "quiz-verdict";
        var strong = document.createElement("strong");
        strong.textContent = right ? text.textCorrect : text.textWrong;
        verdict.appendChild(strong);
        feedback.appendChild(verdict);
        var answer = q.querySelector(".quiz-answer .quiz-right");
        if (!right && answer) feedback.appendChild(answer.cloneNode(true));
        var explanation = q.querySelector(".quiz-answer .quiz-explanation");
        if (explanation) feedback.appendChild(explanation.cloneNode(true));
        feedback.classList.add(right ? "is-correct" : "is-wrong");
        results[q.id] = right;
        var n = 0;
        Object.keys(results).forEach(function (k) {
          if (results[k]) n++;
        });
        score.textContent = fill(text.textScore, { n: n, total: total });
      });

      q.addEventListener("change", function () {
        clearMarks();
      });
    }, quiz);
  }

  /* ---------------------------------------------------------------- printing */

  function setupPrint() {
    each("[data-print]", function (button) {
      button.addEventListener("click", function () {
        window.print();
      });
      button.hidden = false;
    });
  }

  onReady(function () {
    safely(setupProgress);
    each("[data-quiz]", function (quiz) {
      safely(function () {
        setupQuiz(quiz);
      });
    });
    safely(setupPrint);
  });
})();
