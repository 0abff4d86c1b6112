/* Pagefind search behind Material's header, for builds made with mkdocs.pagefind.yml.
 *
 * Material draws its search button only when its own search plugin is on; the Pagefind build
 * turns that plugin off, so this script adds an equivalent button and a <dialog> holding
 * Pagefind's UI. Nothing is downloaded until the reader opens search: then pagefind-ui.js/css
 * (served by the site itself, no third-party request), and per query only the index chunks
 * and result fragments Pagefind needs. Runs once: Material's instant navigation keeps the
 * header and <body>, so the button and dialog survive page changes.
 */
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("__config").textContent);
  var root = new URL(config.base + "/", location.href);   // the site's root, absolute
  var bundle = new URL("pagefind/", root);
  var ui = null;

  var dialog = document.createElement("dialog");
  dialog.className = "rr-pagefind";
  dialog.setAttribute("aria-label", "Search the reading room");
  dialog.innerHTML =
    '<div class="rr-pagefind__bar"><button type="button" class="rr-pagefind__close md-icon" ' +
    'aria-label="Close search" title="Close search">\u00d7</button></div>' +
    '<div id="rr-pagefind-search" class="rr-pagefind__ui"></div>';
  document.body.appendChild(dialog);

  var button = document.createElement("button");
  button.type = "button";
  button.className = "md-header__button md-icon rr-pagefind__open";
  button.setAttribute("aria-label", "Search");
  button.title = "Search (/)";
  button.innerHTML =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true">' +
    '<path d="M9.5 3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l-.27-.27' +
    'A6.52 6.52 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 9.5 14 14 12 14 9.5 12 5 9.5 5"/></svg>';
  var header = document.querySelector(".md-header__inner");
  if (header) header.insertBefore(button, header.querySelector(".md-header__source"));

  function load() {
    if (ui) return ui;
    ui = new Promise(function (resolve, reject) {
      var css = document.createElement("link");
      css.rel = "stylesheet";
      css.href = new URL("pagefind-ui.css", bundle).href;
      document.head.appendChild(css);
      var script = document.createElement("script");
      script.src = new URL("pagefind-ui.js", bundle).href;
      script.onload = function () {
        resolve(new PagefindUI({
          element: "#rr-pagefind-search",
          bundlePath: bundle.pathname,
          baseUrl: root.pathname,
          showSubResults: true,
          showImages: false,
          resetStyles: false,
          autofocus: true,
        }));
      };
      script.onerror = reject;
      document.head.appendChild(script);
    });
    return ui;
  }

  function open() {
    if (!dialog.open) dialog.showModal();
    load().then(function () {
      var input = dialog.querySelector("input");
      if (input) input.focus();
    });
  }

  button.addEventListener("click", open);
  dialog.querySelector(".rr-pagefind__close").addEventListener("click", function () { dialog.close(); });
  dialog.addEventListener("click", function (event) {
    if (event.target === dialog) dialog.close();                     // a click on the backdrop
    else if (event.target.closest("a[href]")) dialog.close();        // a result: Material navigates
  });
  document.addEventListener("keydown", function (event) {
    var typing = event.target.closest("input, textarea, select, [contenteditable]");
    if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey && (event.key === "/" || event.key === "s")) {
      event.preventDefault();
      open();
    }
  });
})();
