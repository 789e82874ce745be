// Runs before the wasm. It sets the page language early (so a screen reader
// announces the loading text right) and turns a start that fails into a
// readable panel instead of a blank page. No inline script: the CSP forbids it.
(function () {
  "use strict";
  var LANG_KEY = "sukusuku.lang";
  try {
    // A tab showing the demo keeps its own language (src/storage/keys.rs, follows_demo).
    var search = window.location.search;
    var demo = /[?&]demo=1(&|$)/.test(search) ||
      (!/[?&]demo=0(&|$)/.test(search) && window.sessionStorage.getItem("sukusuku.demo") === "1");
    var lang = (demo && window.sessionStorage.getItem(LANG_KEY)) || window.localStorage.getItem(LANG_KEY);
    if (lang === "ja" || lang === "en") document.documentElement.lang = lang;
  } catch (e) {
    // Storage blocked (some private modes): the app explains this itself once it runs.
  }
  // Which page the loading shell shows (style/main.css): the first path
  // segment under the app's base, as the app's Section table names them.
  var baseMeta = document.querySelector('meta[name="app-base"]');
  var base = baseMeta ? baseMeta.getAttribute("content") : "/";
  var path = window.location.pathname;
  var first = path.indexOf(base) === 0 ? path.slice(base.length).split("/")[0] : "";
  var sections = ["record", "check", "consult", "settings"];
  var page = sections.indexOf(first) >= 0 ? first : "home";
  document.documentElement.setAttribute("data-boot", page + "-" + document.documentElement.lang);

  // The words of the page's language (src/ui/locale.rs), asked for by the
  // loader (Trunk.toml) together with the wasm, once the shell has painted,
  // rather than once the wasm has started: the app's own fetch of the same
  // file then gets this response.
  window.sukusukuFetchWords = function () {
    var locales = document.querySelector('meta[name="app-locales"]');
    var entries = locales ? (locales.getAttribute("content") || "").split(/\s+/) : [];
    for (var i = 0; i < entries.length; i++) {
      if (entries[i].indexOf(document.documentElement.lang + "=") === 0) {
        var preload = document.createElement("link");
        preload.rel = "preload";
        preload.as = "fetch";
        preload.crossOrigin = "anonymous";
        preload.href = base + entries[i].slice(entries[i].indexOf("=") + 1);
        document.head.appendChild(preload);
      }
    }
  };

  function started() {
    return document.getElementById("boot") === null;
  }

  // `force` is used by the app's own panic hook, after it has started.
  function fail(detail, force) {
    if (force) console.error(detail);
    if (started() && !force) return;
    var show = function () {
      var panel = document.getElementById("boot-error");
      var boot = document.getElementById("boot");
      if (!panel) return;
      if (boot) boot.hidden = true;
      panel.hidden = false;
      var out = document.getElementById("boot-error-detail");
      if (out && detail) out.textContent = String(detail).slice(0, 300);
    };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
    else show();
  }
  window.sukusukuFail = fail;

  if (typeof WebAssembly !== "object") fail("WebAssembly is not available in this browser.");
  window.addEventListener("error", function (event) {
    fail(event.message || "error");
  });
  window.addEventListener("unhandledrejection", function (event) {
    var reason = event.reason;
    fail(reason && reason.message ? reason.message : String(reason));
  });

  document.addEventListener("DOMContentLoaded", function () {
    var reload = document.getElementById("boot-reload");
    if (reload) reload.addEventListener("click", function () { window.location.reload(); });
    window.setTimeout(function () {
      var slow = document.getElementById("boot-slow");
      if (slow && !started()) slow.hidden = false;
    }, 12000);
  });
})();
