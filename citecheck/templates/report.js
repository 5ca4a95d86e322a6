/* citecheck report: tooltips, finding links, filters. Reads the page, never writes markup:
   manuscript text only ever reaches the DOM through textContent. */
(function () {
  "use strict";
  var tip = document.getElementById("tip");
  var current = null;
  var PREVIEW = 320;

  function byId(id) { return id ? document.getElementById(id) : null; }

  // The readable text of an element, without its finding badges.
  function textOf(el) {
    var src = el.querySelector(".tip-src") || el;
    var out = "";
    var parts = src.querySelectorAll(".part");
    if (parts.length) {
      out = Array.prototype.map.call(parts, function (p) { return p.textContent; }).join(" · ");
    } else {
      src.childNodes.forEach(function (node) {
        if (!(node.classList && node.classList.contains("fb"))) { out += node.textContent; }
      });
    }
    out = out.replace(/\s+/g, " ").trim();
    return out.length > PREVIEW ? out.slice(0, PREVIEW - 1) + "…" : out;
  }

  function line(cls, text) {
    var p = document.createElement("p");
    p.className = cls;
    p.textContent = text;
    tip.appendChild(p);
  }

  var KIND = { marker: "Footnote marker", citation: "Citation", figure: "Figure",
               finding: "Finding", block: "", quote: "Quotation" };

  var shownFor = null;

  function show(mark) {
    shownFor = mark;
    tip.textContent = "";
    var kind = mark.classList.contains("fb") ? "" : KIND[kindOf(mark)] || "";
    line("t-head", (kind ? kind + ": " : "") + (mark.getAttribute("data-l") || ""));
    (mark.getAttribute("data-f") || "").split(" ").forEach(function (id) {
      var f = byId(id);
      if (!f) { return; }
      var sev = f.className.match(/sv-(\w+)/);
      line("t-f" + (sev ? " sv-" + sev[1] : ""),
           f.querySelector(".code").textContent + " " + f.querySelector(".msg").textContent);
    });
    var preview = byId(mark.getAttribute("data-p"));
    if (preview) {
      if (!mark.getAttribute("data-f")) { line("t-ok", "Matched:"); }
      line("t-p", textOf(preview));
    } else if (mark.classList.contains("st-ok") && kindOf(mark) !== "quote") {
      line("t-ok", "Compared: no conflict found.");
    } else if (mark.classList.contains("st-unchecked")) {
      line("t-p", "Not checked: nothing to compare it with.");
    }
    tip.hidden = false;
    place(mark);
    mark.setAttribute("aria-describedby", "tip");
  }

  // Below the mark, or above it when there is no room; always inside the window.
  function place(mark) {
    var r = mark.getBoundingClientRect();
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.max(8, Math.min(r.left, window.innerWidth - w - 8));
    var top = r.bottom + 8;
    if (top + h > window.innerHeight - 8) { top = Math.max(8, r.top - h - 8); }
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }

  function kindOf(mark) {
    var k = mark.className.match(/\bk-(\w+)/);
    return k ? k[1] : "";
  }

  function hide() {
    tip.hidden = true;
    if (shownFor) { shownFor.removeAttribute("aria-describedby"); }
    shownFor = null;
  }

  function markOf(target) {
    return target && target.closest ? target.closest(".mk, .fb") : null;
  }

  var ms = document.querySelector(".ms");
  if (ms) {
    ms.addEventListener("mouseover", function (e) { var m = markOf(e.target); if (m) { show(m); } });
    ms.addEventListener("mouseout", function (e) { if (markOf(e.target)) { hide(); } });
    ms.addEventListener("focusin", function (e) { var m = markOf(e.target); if (m) { show(m); } });
    ms.addEventListener("focusout", hide);
  }
  // The tooltip follows its mark while the page scrolls (focus can scroll it into view).
  window.addEventListener("scroll", function () {
    if (shownFor) { place(shownFor); }
  }, { passive: true });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { hide(); } });

  // Following a link inside the page: scroll the place to the middle and keep it marked.
  function go(target) {
    if (current) { current.classList.remove("is-current"); }
    current = target;
    target.classList.add("is-current");
    if (!target.matches("a[href], input, button, [tabindex]")) { target.setAttribute("tabindex", "-1"); }
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  }

  document.addEventListener("click", function (e) {
    var a = e.target.closest ? e.target.closest("a[href^='#']") : null;
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) { return; }
    var target = byId(decodeURIComponent(a.getAttribute("href").slice(1)));
    if (!target) { return; }
    e.preventDefault();
    go(target);
    try { history.replaceState(null, "", a.getAttribute("href")); } catch (err) { /* file:// may refuse */ }
  });

  // Filters: one class on <body> per hidden severity or rule; the CSS does the hiding.
  var boxes = document.querySelectorAll("input[data-hide]");
  var findings = document.querySelectorAll(".finding");
  var shown = byId("shown-count");
  function apply() {
    boxes.forEach(function (box) {
      document.body.classList.toggle(box.getAttribute("data-hide"), !box.checked);
    });
    if (shown) {
      var n = 0;
      findings.forEach(function (f) { if (f.offsetParent !== null || f.getClientRects().length) { n++; } });
      shown.textContent = String(n);
    }
  }
  boxes.forEach(function (box) { box.addEventListener("change", apply); });
  apply();

  if (location.hash) {
    var start = byId(decodeURIComponent(location.hash.slice(1)));
    if (start) { go(start); }
  }
})();
