/* The facilitator's console: count people joining and votes coming in, and reload when
   the session moved on (from another screen). Without it, the Refresh link does this. */
(function () {
  "use strict";
  var console_ = document.getElementById("console");
  if (!console_ || !window.fetch) return;
  var every = (Number(console_.dataset.pollSeconds) || 2) * 1000;
  var version = Number(console_.dataset.version);
  var refresh = console_.querySelector("[data-refresh]");
  if (refresh) refresh.hidden = true;

  function show(selector, value) {
    var el = console_.querySelector(selector);
    if (el && el.textContent !== String(value)) el.textContent = value;
  }

  function poll() {
    fetch(console_.dataset.progressUrl, { headers: { Accept: "application/json" }, cache: "no-store" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (progress) {
        if (!progress) return;
        if (progress.version !== version) {
          window.location.reload();
          return;
        }
        show("[data-joined]", progress.members + progress.guests);
        show("[data-votes]", progress.votes);
      })
      .catch(function () { /* retried at the next tick */ })
      .then(function () { window.setTimeout(poll, every); });
  }
  window.setTimeout(poll, every);
})();
