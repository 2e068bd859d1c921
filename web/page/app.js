// kamerlint in the browser: the page's own script. It checks the files an
// editor drops or picks with kamerlint compiled to WebAssembly (inlined in
// this page as base64, instantiated from memory) and shows the report of
// `kamerlint check --format html` in a frame. There is no network code
// here, and the page's Content-Security-Policy forbids connections.
//
// The report is written into its frame with document.open(), which gives
// the frame the page's own address: opened with `?selftest`, the page's
// report runs its own self-test (tests/web.rs reads it).
(function () {
  "use strict";

  // The page as it was loaded, before this script changes anything: what
  // "Save this page" writes, so that a saved copy holds the whole checker
  // and no document.
  var PRISTINE = "<!DOCTYPE html>\n" + document.documentElement.outerHTML;

  var TEXT = {
    nl: {
      "privacy-strong": "Uw document blijft op deze computer.",
      "privacy-rest": "Deze pagina controleert het bestand in de browser zelf. Ze verstuurt niets en maakt geen verbinding met internet; een opgeslagen kopie werkt ook zonder netwerk.",
      "choose-title": "Bestanden kiezen",
      "drop": "Sleep een concept hierheen (.docx, .txt of .xml), of",
      "pick": "kies een bestand",
      "drop-hint": "Meer bestanden tegelijk kan ook: ze komen samen in één rapport.",
      "extra": "Optioneel: kamerlint.toml en de vragenlijst van de commissie",
      "config": "kamerlint.toml (regels en instellingen)",
      "config-hint": "Zonder dit bestand gelden de standaardregels, als bij kamerlint check zonder kamerlint.toml.",
      "questions": "Vragenlijst van de commissie",
      "questions-hint": "Het concept wordt ermee vergeleken: weggelaten, toegevoegde, vernummerde of anders geformuleerde vragen (als kamerlint check --questions).",
      "clear": "Weghalen",
      "save": "Rapport opslaan (HTML)",
      "keep": "Pagina bewaren",
      "keep-title": "Deze pagina als één bestand op uw computer bewaren; dat werkt ook zonder netwerk.",
      "lang": "English",
      "loading": "kamerlint wordt geladen…",
      "ready": "Klaar: kies een bestand.",
      "busy": "Bezig met controleren…",
      "failed": "kamerlint kon niet starten in deze browser. Gebruik een recente Edge, Chrome of Firefox.",
      "crashed": "kamerlint liep vast op dit bestand (een fout in kamerlint, niet in uw document). Herlaad de pagina; meld het graag, zonder het document mee te sturen.",
      "nothing": "Niets gecontroleerd: zie hieronder.",
      "done": "{files} gecontroleerd in {seconds} s: {findings} ({errors}, {warnings}, {infos}).",
      "file": ["bestand", "bestanden"],
      "finding": ["bevinding", "bevindingen"],
      "error": ["fout", "fouten"],
      "warning": ["waarschuwing", "waarschuwingen"],
      "info": ["opmerking", "opmerkingen"],
      "config-set": "Gecontroleerd met de instellingen uit {name}.",
      "questions-set": "Vergeleken met de vragenlijst {name}.",
      "report-title": "Rapport van kamerlint"
    },
    en: {
      "privacy-strong": "Your document stays on this computer.",
      "privacy-rest": "This page checks the file in the browser itself. It sends nothing and makes no connection to the internet; a saved copy works without a network too.",
      "choose-title": "Choose files",
      "drop": "Drop a draft here (.docx, .txt or .xml), or",
      "pick": "choose a file",
      "drop-hint": "Several files at once work too: they share one report.",
      "extra": "Optional: kamerlint.toml and the committee's list of questions",
      "config": "kamerlint.toml (rules and settings)",
      "config-hint": "Without it the default rules apply, as with kamerlint check without a kamerlint.toml.",
      "questions": "Committee's list of questions",
      "questions-hint": "The draft is compared with it: questions left out, added, renumbered or reworded (as kamerlint check --questions).",
      "clear": "Remove",
      "save": "Save report (HTML)",
      "keep": "Save this page",
      "keep-title": "Save this page as one file on your computer; it works without a network too.",
      "lang": "Nederlands",
      "loading": "Loading kamerlint…",
      "ready": "Ready: choose a file.",
      "busy": "Checking…",
      "failed": "kamerlint could not start in this browser. Use a recent Edge, Chrome or Firefox.",
      "crashed": "kamerlint stopped on this file (a bug in kamerlint, not in your document). Reload the page; please report it, without sending the document.",
      "nothing": "Nothing checked: see below.",
      "done": "{files} checked in {seconds} s: {findings} ({errors}, {warnings}, {infos}).",
      "file": ["file", "files"],
      "finding": ["finding", "findings"],
      "error": ["error", "errors"],
      "warning": ["warning", "warnings"],
      "info": ["info", "infos"],
      "config-set": "Checked with the settings of {name}.",
      "questions-set": "Compared with the list of questions {name}.",
      "report-title": "kamerlint's report"
    }
  };

  var lang = "nl";
  var session = null;
  var runs = 0;
  var last = null; // { outcome, seconds }
  var names = { config: null, questions: null, documents: [] };

  function $(sel) { return document.querySelector(sel); }
  function $$(sel) { return Array.prototype.slice.call(document.querySelectorAll(sel)); }

  function say(key, args) {
    var text = TEXT[lang][key];
    Object.keys(args || {}).forEach(function (k) { text = text.split("{" + k + "}").join(String(args[k])); });
    return text;
  }
  function count(n, key) { var w = TEXT[lang][key]; return n + " " + (n === 1 ? w[0] : w[1]); }

  function setState(state) { document.body.setAttribute("data-state", state); }
  function status(text) { $("#status").textContent = text; }

  function applyTexts() {
    document.documentElement.lang = lang;
    $$("[data-t]").forEach(function (el) { el.textContent = TEXT[lang][el.getAttribute("data-t")]; });
    var button = $("#lang");
    button.textContent = TEXT[lang].lang;
    button.lang = lang === "nl" ? "en" : "nl";
    $("#report").title = TEXT[lang]["report-title"];
    $("#keep").title = TEXT[lang]["keep-title"];
    if (last) { shown(last.outcome, last.seconds); }
  }

  // The checker, from the base64 text below the page.
  function start() {
    var text = document.getElementById("kamerlint-wasm").textContent;
    var bin = atob(text.replace(/\s+/g, ""));
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
    return wasm_bindgen({ module_or_path: bytes }).then(function () {
      session = new wasm_bindgen.Session();
      $("#version").textContent = wasm_bindgen.version();
      setState("ready");
      status(say("ready"));
    }, function (e) {
      setState("failed");
      status(say("failed"));
      list([String(e)], []);
    });
  }

  function readBytes(file) {
    return file.arrayBuffer().then(function (buffer) { return new Uint8Array(buffer); });
  }

  // Files dropped or picked: a kamerlint.toml among them is the
  // configuration, the rest are documents.
  function take(files) {
    files = Array.prototype.slice.call(files);
    var configs = files.filter(function (f) { return /\.toml$/i.test(f.name); });
    var documents = files.filter(function (f) { return !/\.toml$/i.test(f.name); });
    var steps = [];
    if (configs.length) { steps.push(setConfig(configs[configs.length - 1])); }
    if (documents.length) {
      steps.push(Promise.all(documents.map(readBytes)).then(function (all) {
        session.clear_documents();
        names.documents = documents.map(function (f) { return f.name; });
        documents.forEach(function (f, k) { session.add_document(f.name, all[k]); });
      }));
    }
    return Promise.all(steps).then(run);
  }

  function setConfig(file) {
    if (!file) { session.set_config(undefined, undefined); names.config = null; return Promise.resolve(); }
    return file.text().then(function (text) { session.set_config(file.name, text); names.config = file.name; });
  }

  function setQuestions(file) {
    if (!file) { session.set_questions(undefined, undefined); names.questions = null; return Promise.resolve(); }
    return readBytes(file).then(function (bytes) { session.set_questions(file.name, bytes); names.questions = file.name; });
  }

  // Checks the documents held, in the page's language, and shows the outcome.
  function run() {
    if (!session || session.documents() === 0) { return Promise.resolve(); }
    var mine = ++runs;
    setState("busy");
    status(say("busy"));
    // Let the browser paint the status before the check takes the thread.
    return new Promise(function (resolve) { setTimeout(resolve, 30); }).then(function () {
      if (mine !== runs) { return; }
      var started = performance.now();
      var outcome;
      try {
        outcome = JSON.parse(session.render(lang));
      } catch (e) {
        last = null;
        setState("failed");
        status(say("crashed"));
        list([String(e)], []);
        return;
      }
      last = { outcome: outcome, seconds: (performance.now() - started) / 1000 };
      shown(outcome, last.seconds);
      report(outcome.report);
      document.body.classList.add("checked");
      document.body.setAttribute("data-renders", String(+(document.body.getAttribute("data-renders") || 0) + 1));
      setState("done");
    });
  }

  // The status line and the list of problems and notes.
  function shown(outcome, seconds) {
    var notes = outcome.notes.slice();
    if (names.config && outcome.report) { notes.push(say("config-set", { name: names.config })); }
    if (names.questions && outcome.report) { notes.push(say("questions-set", { name: names.questions })); }
    list(outcome.problems, notes);
    if (!outcome.report) { status(say("nothing")); return; }
    status(say("done", {
      files: count(outcome.files, "file"),
      seconds: seconds.toFixed(1).replace(".", lang === "nl" ? "," : "."),
      findings: count(outcome.findings, "finding"),
      errors: count(outcome.errors, "error"),
      warnings: count(outcome.warnings, "warning"),
      infos: count(outcome.infos, "info")
    }));
  }

  function list(problems, notes) {
    var ul = $("#problems");
    ul.textContent = "";
    problems.forEach(function (p) { var li = document.createElement("li"); li.textContent = p; ul.appendChild(li); });
    notes.forEach(function (p) { var li = document.createElement("li"); li.className = "note"; li.textContent = p; ul.appendChild(li); });
  }

  // The report page, as `kamerlint check --format html` writes it, in the frame.
  function report(html) {
    var frame = $("#report");
    $("#actions").hidden = !html;
    frame.hidden = !html;
    if (!html) { return; }
    var doc = frame.contentDocument;
    doc.open();
    doc.write(html);
    doc.close();
    // A file dropped on the report is checked too, not opened by the browser.
    doc.addEventListener("dragover", over);
    doc.addEventListener("drop", dropped);
  }

  // Saves `html` as a file: a download made in the browser, sent nowhere.
  function download(html, name) {
    var blob = new Blob([html], { type: "text/html;charset=utf-8" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
  }

  function save() {
    if (!last || !last.outcome.report) { return; }
    var first = (names.documents[0] || "rapport").replace(/\.[^.]*$/, "");
    download(last.outcome.report, "kamerlint-" + first + ".html");
  }

  function over(ev) {
    ev.preventDefault();
    $("#drop").classList.add("over");
  }
  function dropped(ev) {
    ev.preventDefault();
    $("#drop").classList.remove("over");
    if (session && ev.dataTransfer && ev.dataTransfer.files.length) { take(ev.dataTransfer.files); }
  }

  window.addEventListener("dragover", over);
  window.addEventListener("dragleave", function (ev) {
    if (!ev.relatedTarget) { $("#drop").classList.remove("over"); }
  });
  window.addEventListener("drop", dropped);
  $("#documents").addEventListener("change", function (ev) {
    if (session && ev.target.files.length) { take(ev.target.files); }
  });
  $("#config").addEventListener("change", function (ev) {
    if (session) { setConfig(ev.target.files[0]).then(run); }
  });
  $("#questions").addEventListener("change", function (ev) {
    if (session) { setQuestions(ev.target.files[0]).then(run); }
  });
  $$("button.clear").forEach(function (b) {
    b.addEventListener("click", function () {
      var which = b.getAttribute("data-clear");
      $("#" + which).value = "";
      if (!session) { return; }
      (which === "config" ? setConfig(null) : setQuestions(null)).then(run);
    });
  });
  $("#save").addEventListener("click", save);
  $("#keep").addEventListener("click", function () { download(PRISTINE, "kamerlint.html"); });
  $("#lang").addEventListener("click", function () {
    lang = lang === "nl" ? "en" : "nl";
    applyTexts();
    run();
  });

  status(say("loading"));
  start();
})();
