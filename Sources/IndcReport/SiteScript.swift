/// The site's script: a few lines of vanilla JavaScript that only hide and show what the page
/// already contains (without it every view, panel and table is visible). It chooses the breakdown
/// and the group, switches chart and table, shows tooltips on hover and keyboard focus, and moves
/// focus between a chart's marks with the arrow keys. It reads no data and builds no markup from it:
/// tooltip text is set with `textContent`.
enum SiteScript {
    static let javascript = """
    (function () {
      "use strict";
      var tip = document.createElement("div");
      tip.className = "tooltip";
      tip.setAttribute("role", "tooltip");
      tip.id = "tooltip";
      tip.hidden = true;
      document.body.appendChild(tip);

      function showTip(mark) {
        tip.textContent = mark.getAttribute("aria-label");
        tip.hidden = false;
        var box = mark.getBoundingClientRect();
        var left = window.scrollX + box.left + box.width / 2 + 12;
        var maxLeft = window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8;
        tip.style.left = Math.max(window.scrollX + 8, Math.min(left, maxLeft)) + "px";
        tip.style.top = (window.scrollY + box.top - tip.offsetHeight - 8) + "px";
        mark.classList.add("active");
      }
      function hideTip(mark) {
        tip.hidden = true;
        if (mark) { mark.classList.remove("active"); }
      }

      function prepareChart(svg) {
        var marks = Array.prototype.slice.call(svg.querySelectorAll(".point"));
        marks.forEach(function (mark, index) {
          var title = mark.querySelector("title");
          if (title) {
            mark.setAttribute("aria-label", title.textContent);
            mark.removeChild(title);
          }
          mark.setAttribute("role", "img");
          mark.setAttribute("tabindex", index === 0 ? "0" : "-1");
          mark.addEventListener("mouseenter", function () { showTip(mark); });
          mark.addEventListener("mouseleave", function () { hideTip(mark); });
          mark.addEventListener("focus", function () { showTip(mark); });
          mark.addEventListener("blur", function () { hideTip(mark); });
          mark.addEventListener("keydown", function (event) {
            var step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
            if (event.key === "Escape") { hideTip(mark); return; }
            if (!step) { return; }
            event.preventDefault();
            var next = marks[(index + step + marks.length) % marks.length];
            mark.setAttribute("tabindex", "-1");
            next.setAttribute("tabindex", "0");
            next.focus();
          });
        });
      }

      function showOnly(items, chosen) {
        Array.prototype.forEach.call(items, function (item, index) { item.hidden = index !== chosen; });
      }

      Array.prototype.forEach.call(document.querySelectorAll("[data-results]"), function (results) {
        var views = results.querySelectorAll(".view");
        var controls = results.querySelector(".controls");
        controls.hidden = false;
        var viewChoice = controls.querySelector(".view-choice");
        if (viewChoice) {
          showOnly(views, 0);
          viewChoice.addEventListener("change", function () { showOnly(views, Number(viewChoice.value)); });
        }
        Array.prototype.forEach.call(views, function (view) {
          var choice = view.querySelector(".panel-choice");
          var panels = view.querySelectorAll("figure.panel");
          if (!choice) { return; }
          choice.hidden = false;
          var select = choice.querySelector("select");
          showOnly(panels, 0);
          select.addEventListener("change", function () { showOnly(panels, Number(select.value)); });
        });
        var buttons = controls.querySelectorAll("button[data-mode]");
        function setMode(mode) {
          Array.prototype.forEach.call(buttons, function (button) {
            button.setAttribute("aria-pressed", String(button.getAttribute("data-mode") === mode));
          });
          Array.prototype.forEach.call(results.querySelectorAll(".chart-part"), function (part) { part.hidden = mode !== "chart"; });
          Array.prototype.forEach.call(results.querySelectorAll(".table-part"), function (part) { part.hidden = mode !== "table"; });
        }
        Array.prototype.forEach.call(buttons, function (button) {
          button.addEventListener("click", function () { setMode(button.getAttribute("data-mode")); });
        });
        setMode("chart");
      });

      Array.prototype.forEach.call(document.querySelectorAll("svg.chart"), prepareChart);
      document.addEventListener("keydown", function (event) { if (event.key === "Escape") { hideTip(null); } });
    })();

    """
}
