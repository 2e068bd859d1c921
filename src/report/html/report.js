// kamerlint HTML report: selection, filters, keyboard, reload (watch), selftest.
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kamerlint-data").textContent);
  var current = null;
  var shown = DATA.findings.map(function () { return true; });

  function $(sel, root) { return (root || document).querySelector(sel); }
  function $$(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function marksOf(i) { return $$('mark[data-f~="' + i + '"]'); }
  function relatedMarksOf(i) { return $$("mark[data-r]").filter(function (m) {
    return m.getAttribute("data-r").split(" ").some(function (r) { return r.split(":")[0] === String(i); });
  }); }
  function activeGroup() { var r = $('input[name="group"]:checked'); return r ? r.value : "rule"; }
  function listItem(i) {
    var g = $('.group[data-group="' + activeGroup() + '"]');
    return g ? $('li.item[data-f="' + i + '"]', g) : null;
  }

  function flash(el) {
    el.classList.remove("flash");
    void el.offsetWidth;
    el.classList.add("flash");
  }

  // Selects finding i: highlights all of its text and its related
  // locations, marks it in the list, and scrolls to it (or to `target`).
  function select(i, opts) {
    opts = opts || {};
    $$("mark.current").forEach(function (m) { m.classList.remove("current"); });
    $$("mark.current-rel").forEach(function (m) { m.classList.remove("current-rel"); });
    $$("li.item.current").forEach(function (li) { li.classList.remove("current"); li.removeAttribute("aria-current"); });
    current = i;
    marksOf(i).forEach(function (m) { m.classList.add("current"); });
    relatedMarksOf(i).forEach(function (m) { m.classList.add("current-rel"); });
    $$('li.item[data-f="' + i + '"]').forEach(function (li) { li.classList.add("current"); li.setAttribute("aria-current", "true"); });
    var target = opts.target || document.getElementById("f" + i);
    if (target && opts.scroll !== false) {
      target.scrollIntoView({ block: "center", inline: "nearest" });
      try { target.focus({ preventScroll: true }); } catch (e) { target.focus(); }
      flash(target);
    }
    var li = listItem(i);
    if (li && opts.list !== false) {
      var nav = $("#findings");
      var r = li.getBoundingClientRect(), n = nav.getBoundingClientRect();
      if (r.top < n.top || r.bottom > n.bottom) { nav.scrollTop += r.top - n.top - n.height / 3; }
    }
    if (history.replaceState) { history.replaceState(null, "", "#f" + i); }
  }

  function firstShown(list) {
    for (var k = 0; k < list.length; k++) { if (shown[list[k]]) { return list[k]; } }
    return list.length ? list[0] : null;
  }

  document.addEventListener("click", function (ev) {
    var a = ev.target.closest ? ev.target.closest("a.finding, a.to-related, mark") : null;
    if (!a) { return; }
    if (a.matches("a.finding")) {
      ev.preventDefault();
      select(+a.getAttribute("data-f"));
    } else if (a.matches("a.to-related")) {
      ev.preventDefault();
      var i = +a.getAttribute("data-f"), k = a.getAttribute("data-r");
      select(i, { target: document.getElementById("f" + i + "-r" + k) });
    } else if (a.matches("mark.hl") && !a.classList.contains("off")) {
      var fs = a.getAttribute("data-f").split(" ").map(Number);
      select(firstShown(fs), { scroll: false });
      a.focus({ preventScroll: true });
    } else if (a.matches("mark.rel") && !a.classList.contains("off")) {
      // From a related location back to its finding: the one it was
      // reached from, where the place is related to several.
      var owners = a.getAttribute("data-r").split(" ").map(function (r) { return +r.split(":")[0]; });
      select(owners.indexOf(current) >= 0 ? current : owners[0]);
    }
  });

  document.addEventListener("keydown", function (ev) {
    var t = ev.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA") || ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var step = { j: 1, n: 1, k: -1, p: -1 }[ev.key];
    if (step) {
      ev.preventDefault();
      var i = current === null ? (step > 0 ? -1 : DATA.findings.length) : current;
      for (var c = 0; c < DATA.findings.length; c++) {
        i += step;
        if (i < 0 || i >= DATA.findings.length) { return; }
        if (shown[i]) { select(i); var li = listItem(i); if (li) { $("a.finding", li).focus({ preventScroll: true }); } return; }
      }
    } else if (ev.key === "Enter" && t && t.tagName === "MARK") {
      t.click();
    }
  });

  function applyFilters() {
    var sev = {};
    $$('input[name="severity"]').forEach(function (c) { sev[c.value] = c.checked; });
    var rule = $("#rule-filter").value;
    DATA.findings.forEach(function (f, i) { shown[i] = !!sev[f.severity] && (!rule || rule === f.rule); });
    $$("li.item").forEach(function (li) { li.classList.toggle("filtered", !shown[+li.getAttribute("data-f")]); });
    $$("nav details").forEach(function (d) { d.classList.toggle("filtered", !$("li.item:not(.filtered)", d)); });
    $$("mark[data-f]").forEach(function (m) {
      m.classList.toggle("off", !m.getAttribute("data-f").split(" ").some(function (i) { return shown[+i]; }));
    });
    $$("mark.rel").forEach(function (m) {
      m.classList.toggle("off", !m.getAttribute("data-r").split(" ").some(function (r) { return shown[+r.split(":")[0]]; }));
    });
  }
  $$('input[name="severity"]').forEach(function (c) { c.addEventListener("change", applyFilters); });
  $("#rule-filter").addEventListener("change", applyFilters);
  $$('input[name="group"]').forEach(function (r) {
    r.addEventListener("change", function () {
      $$(".group").forEach(function (g) { g.hidden = g.getAttribute("data-group") !== activeGroup(); });
    });
  });

  // kamerlint watch: reload when the report has been rewritten.
  var KEY = "kamerlint-state:" + location.pathname;
  try {
    var saved = JSON.parse(sessionStorage.getItem(KEY) || "null");
    if (saved) {
      sessionStorage.removeItem(KEY);
      window.scrollTo(saved.x, saved.y);
      if (saved.current !== null && saved.current < DATA.findings.length) { select(saved.current, { scroll: false }); }
    }
  } catch (e) { /* storage unavailable */ }
  if (DATA.reload) {
    window.kamerlintVersion = function (v) {
      if (v && v !== DATA.version) {
        try { sessionStorage.setItem(KEY, JSON.stringify({ x: window.scrollX, y: window.scrollY, current: current })); } catch (e) { /* ignore */ }
        location.reload();
      }
    };
    setInterval(function () {
      var s = document.createElement("script");
      s.src = DATA.reload + "?" + Date.now();
      s.onload = s.onerror = function () { s.remove(); };
      document.head.appendChild(s);
    }, 1000);
  }

  var m = /^#f(\d+)$/.exec(location.hash);
  if (m && +m[1] < DATA.findings.length) { select(+m[1]); }

  // ?selftest: click every finding and report what happened (tests/html.rs).
  if (/[?&]selftest\b/.test(location.search)) {
    var res = { findings: DATA.findings.length, listed: 0, anchored: 0, visible: 0, clicked: 0, related: 0, related_ok: 0, back_from_text: false, failures: [] };
    var inView = function (el) {
      var r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
    };
    DATA.findings.forEach(function (f, i) {
      var link = $('.group[data-group="rule"] a.finding[data-f="' + i + '"]');
      var anchor = document.getElementById("f" + i);
      if (link) { res.listed++; }
      if (anchor) { res.anchored++; }
      if (anchor && anchor.getClientRects().length > 0) { res.visible++; }
      if (!link || !anchor) { res.failures.push(i + ": not listed or not in the text"); return; }
      link.click();
      var li = $('li.item.current[data-f="' + i + '"]');
      if (anchor.classList.contains("current") && inView(anchor) && li && document.activeElement === anchor) {
        res.clicked++;
      } else {
        res.failures.push(i + ": clicking did not move to it");
      }
      f.related.forEach(function (k) {
        res.related++;
        var rl = $('a.to-related[data-r="' + k + '"]', link.parentElement);
        var ra = document.getElementById("f" + i + "-r" + k);
        if (rl && ra) {
          rl.click();
          if (inView(ra) && ra.classList.contains("current-rel")) { res.related_ok++; } else { res.failures.push(i + ": related " + k + " not shown"); }
          ra.click();
          if (!inView(anchor)) { res.failures.push(i + ": related " + k + " does not lead back"); }
        } else {
          res.failures.push(i + ": related " + k + " missing");
        }
      });
    });
    if (DATA.findings.length) {
      var last = DATA.findings.length - 1;
      select(last);
      var mark = marksOf(0)[0];
      if (mark) {
        mark.click();
        res.back_from_text = !!$('li.item.current[data-f="0"]');
      }
      select(0);
    } else {
      res.back_from_text = true;
    }
    var pre = document.createElement("pre");
    pre.id = "selftest-result";
    pre.textContent = JSON.stringify(res);
    document.body.appendChild(pre);
    document.body.setAttribute("data-selftest", res.failures.length === 0 && res.back_from_text ? "pass" : "fail");
  }
})();
