/* The big screen of a review session: the arrow keys, and a presenter's clicker (which
   sends Page Up and Page Down), follow the Previous and Next links. Each step is loaded in
   place, so that full screen (which a new page would leave) stays on. Without this script
   the links load each step as a page of its own. */
(function () {
  "use strict";
  var KEYS = {
    ArrowRight: "next",
    PageDown: "next",
    ArrowLeft: "previous",
    PageUp: "previous",
  };

  function show(url, push) {
    return fetch(url, { credentials: "same-origin" })
      .then(function (response) {
        // Signed out meanwhile (sent to sign in), or gone: let the browser go there itself.
        if (!response.ok || response.redirected) throw new Error(response.status);
        return response.text();
      })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, "text/html");
        document.title = next.title;
        document.documentElement.replaceChild(document.adoptNode(next.body), document.body);
        if (push) window.history.pushState({}, "", url);
        setUp();
        var heading = document.querySelector("main h1");
        if (heading) {
          heading.setAttribute("tabindex", "-1");
          heading.focus({ preventScroll: true });
        }
      })
      .catch(function () {
        window.location.assign(url); // the link works as a link
      });
  }

  function setUp() {
    var full = document.querySelector("[data-full-screen]");
    if (full && document.fullscreenEnabled) {
      full.hidden = false;
      full.addEventListener("click", function () {
        if (document.fullscreenElement) document.exitFullscreen();
        else document.documentElement.requestFullscreen();
      });
    }
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-step], .overview a");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    show(link.href, true);
  });

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    var link = document.querySelector('a[data-step="' + KEYS[event.key] + '"]');
    if (!KEYS[event.key] || !link) return;
    event.preventDefault();
    show(link.href, true);
  });

  window.addEventListener("popstate", function () {
    show(window.location.href, false);
  });

  setUp();
})();
