// The optional drawn signature (see certificates/drawing.py): pointer strokes become SVG
// path data in a 600 x 200 box, kept in the hidden input the form sends.
(function () {
  "use strict";
  var pads = document.querySelectorAll("[data-signature-pad]");
  Array.prototype.forEach.call(pads, function (pad) {
    var canvas = pad.querySelector("canvas");
    var input = pad.querySelector("[data-signature-value]");
    var status = pad.querySelector("[data-signature-status]");
    var context = canvas.getContext("2d");
    var strokes = parse(input.value);
    var stroke = null;

    function parse(path) {
      return path.split("M").filter(Boolean).map(function (part) {
        return part.trim().split(" L ").map(function (pair) {
          return pair.trim().split(" ").map(Number);
        });
      });
    }

    function clamp(value, max) {
      return Math.max(0, Math.min(max, Math.round(value)));
    }

    function point(event) {
      var box = canvas.getBoundingClientRect();
      return [
        clamp(((event.clientX - box.left) * canvas.width) / box.width, canvas.width),
        clamp(((event.clientY - box.top) * canvas.height) / box.height, canvas.height),
      ];
    }

    function draw() {
      context.clearRect(0, 0, canvas.width, canvas.height);
      context.lineWidth = 4;
      context.lineCap = context.lineJoin = "round";
      context.strokeStyle = "#0b2e4f";
      strokes.forEach(function (points) {
        context.beginPath();
        context.moveTo(points[0][0], points[0][1]);
        points.forEach(function (p) { context.lineTo(p[0], p[1]); });
        context.stroke();
      });
    }

    function save(message) {
      input.value = strokes.map(function (points) {
        return "M " + points.map(function (p) { return p.join(" "); }).join(" L ");
      }).join(" ");
      status.textContent = message;
    }

    canvas.addEventListener("pointerdown", function (event) {
      event.preventDefault();
      canvas.setPointerCapture(event.pointerId);
      stroke = [point(event)];
      strokes.push(stroke);
      draw();
    });
    canvas.addEventListener("pointermove", function (event) {
      if (!stroke) return;
      var next = point(event);
      var last = stroke[stroke.length - 1];
      if (next[0] !== last[0] || next[1] !== last[1]) {
        stroke.push(next);
        draw();
      }
    });
    function finish() {
      if (!stroke) return;
      stroke = null;
      save(status.dataset.drawn);
    }
    canvas.addEventListener("pointerup", finish);
    canvas.addEventListener("pointercancel", finish);
    pad.querySelector("[data-signature-clear]").addEventListener("click", function () {
      strokes = [];
      save(status.dataset.cleared);
      draw();
    });

    pad.hidden = false;
    draw();
  });
})();
