/* The big screen fits the projector: its type scales with the window (screen.css), and a
   long dilemma that would still need scrolling, which nobody in the room can do, is set a
   little smaller, step by step, until it fits. */
(function () {
  "use strict";
  var root = document.documentElement;
  var STEPS = ["fit-1", "fit-2", "fit-3", "fit-4"];

  function overflows() {
    return root.scrollHeight > window.innerHeight || root.scrollWidth > window.innerWidth;
  }

  function fit() {
    STEPS.forEach(function (step) { root.classList.remove(step); });
    for (var i = 0; i < STEPS.length && overflows(); i++) root.classList.add(STEPS[i]);
  }

  var pending = null;
  window.addEventListener("resize", function () {
    window.clearTimeout(pending);
    pending = window.setTimeout(fit, 150);
  });
  fit();
})();
