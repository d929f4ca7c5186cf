/* A phone in the room: follow the session by polling its small state, and vote in the
   background. Without this script the page still works: the links reload it, and the
   vote form posts and comes back. */
(function () {
  "use strict";
  var room = document.getElementById("room");
  if (!room || !window.fetch) return;
  var every = (Number(room.dataset.pollSeconds) || 2) * 1000;
  var voted = new Set(JSON.parse(document.getElementById("voted").textContent));
  var state = JSON.parse(document.getElementById("initial-state").textContent);
  var etag = null;
  var status = room.querySelector("[data-status]");
  var alertBox = room.querySelector("[data-alert]");
  var title = room.querySelector("[data-heading]");
  var sessionTitle = room.querySelector("[data-session-title]");
  var texts = {};
  room.querySelector("[data-messages]").content.querySelectorAll("[data-phase]").forEach(function (el) {
    texts[el.dataset.phase] = el.textContent.trim();
  });
  room.querySelector("[data-refresh]").hidden = true;

  function statusText(hasVoted) {
    if (state.phase !== "voting") return texts[state.phase];
    if (hasVoted) return texts.voted;
    return state.round > 1 ? texts.second : texts.voting;
  }

  function apply() {
    var hasVoted = voted.has(state.position + "-" + state.round);
    var text = statusText(hasVoted);
    if (status.textContent.trim() !== text) status.textContent = text;
    var running = state.phase !== "lobby" && state.phase !== "ended";
    var heading = title.dataset.lobbyTitle;
    sessionTitle.hidden = !running;
    room.querySelectorAll("[data-position]").forEach(function (section) {
      var current = running && Number(section.dataset.position) === state.position;
      section.hidden = !current;
      if (current) heading = section.dataset.title;
      var form = section.querySelector("[data-vote-form]");
      var open = current && state.phase === "voting" && !hasVoted;
      if (form.hidden === open) {
        form.hidden = !open;
        if (open) form.reset();
      }
      form.querySelector("[data-round]").value = state.round;
    });
    // The page's one h1: the dilemma now on the screen, else the session's title.
    if (title.textContent !== heading) title.textContent = heading;
  }

  function poll() {
    var headers = etag ? { "If-None-Match": etag } : {};
    fetch(room.dataset.stateUrl, { headers: headers, cache: "no-store" })
      .then(function (response) {
        if (response.status !== 200) return null;
        etag = response.headers.get("ETag");
        return response.json();
      })
      .then(function (next) {
        if (next && next.version !== state.version) {
          state = next;
          alertBox.textContent = "";
          apply();
        }
      })
      .catch(function () { /* a missed poll is retried */ })
      .then(function () {
        if (state.phase !== "ended") window.setTimeout(poll, every);
      });
  }

  room.addEventListener("submit", function (event) {
    var form = event.target.closest("[data-vote-form]");
    if (!form) return;
    event.preventDefault();
    var button = form.querySelector("button");
    button.disabled = true;
    var sent = form.elements.position.value + "-" + form.elements.round.value;
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(function (response) {
        return response.json().then(function (body) {
          if (response.ok) {
            voted.add(sent);
            alertBox.textContent = "";
          } else {
            alertBox.textContent = body.message;
          }
        });
      })
      .catch(function () { alertBox.textContent = texts.offline; })
      .then(function () {
        button.disabled = false;
        apply();
      });
  });

  apply();
  window.setTimeout(poll, every);
})();
