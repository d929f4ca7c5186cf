/* The facilitator's console and the big screen: count people joining and votes coming in,
   and reload when the session moved on (from the console, another screen or a phone's
   keyboard). Without it, the console's Refresh link and the screen's own reload do this.
   On the console, single keys press the main buttons (the list on the page says which). */
(function () {
  "use strict";
  var board = document.querySelector("[data-progress-url]");
  if (!board || !window.fetch) return;
  var every = (Number(board.dataset.pollSeconds) || 2) * 1000;
  var version = Number(board.dataset.version);
  var refresh = board.querySelector("[data-refresh]");
  if (refresh) refresh.hidden = true;
  // A button or link pressed here is already taking the page to the session's next state:
  // a reload started by the poll meanwhile would cancel that navigation.
  var leaving = false;
  window.addEventListener("beforeunload", function () { leaving = true; });

  function show(selector, value) {
    board.querySelectorAll(selector).forEach(function (el) {
      if (el.textContent !== String(value)) el.textContent = value;
    });
  }

  function poll() {
    fetch(board.dataset.progressUrl, { headers: { Accept: "application/json" }, cache: "no-store" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (progress) {
        if (!progress) return true;
        if (progress.version !== version) {
          if (!leaving) window.location.reload();
          return false;
        }
        show("[data-joined]", progress.members + progress.guests);
        show("[data-votes]", progress.votes);
        return progress.phase !== "ended";
      })
      .catch(function () { return true; /* retried at the next tick */ })
      .then(function (again) { if (again) window.setTimeout(poll, every); });
  }
  window.setTimeout(poll, every);

  var shortcuts = board.querySelectorAll("[data-shortcut]");
  if (!shortcuts.length) return;
  board.querySelector("[data-shortcuts]").hidden = false;
  var pressed = false;
  document.addEventListener("keydown", function (event) {
    // Typing in a field, or a browser or system shortcut (Ctrl+R, Cmd+L...), is not ours.
    if (pressed || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target.isContentEditable || target.closest("input, textarea, select")) return;
    var key = (event.key || "").toLowerCase();
    for (var i = 0; i < shortcuts.length; i++) {
      if (shortcuts[i].dataset.shortcut === key) {
        event.preventDefault();
        // Once: the page reloads with the session's next state and its own buttons.
        pressed = true;
        shortcuts[i].click();
        return;
      }
    }
  });
})();
