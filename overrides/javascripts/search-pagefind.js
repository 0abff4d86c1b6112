/* Pagefind search behind Material's header, for builds made with mkdocs.pagefind.yml.
 *
 * Material draws its search button only when its own search plugin is on; the Pagefind build
 * turns that plugin off, so this script adds an equivalent button and a <dialog> with a search
 * field, filters and a result list, driven by Pagefind's JavaScript API (pagefind.js) rather
 * than its ready-made UI: that UI (pagefind-ui.js and .css, 134 KB) was a third of what a
 * reader downloaded before the first result on 2,225 articles.
 *
 * What is downloaded, all from the site itself (no third-party request): nothing until the
 * reader opens search; then pagefind.js, its worker and WebAssembly and the index metadata;
 * per query, only the index chunks and result fragments it needs; the filter lists only when
 * the reader opens "Filters". Result titles and excerpts come from the articles, so they are
 * written as text: the one markup kept from Pagefind's excerpt is its <mark> around matched
 * words, rebuilt here as elements (nothing from a source is parsed as HTML).
 *
 * Runs once: Material's instant navigation keeps the header and <body>, so the button and
 * dialog survive page changes.
 */
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("__config").textContent);
  var root = new URL(config.base + "/", location.href);   // the site's root, absolute
  var bundle = new URL("pagefind/", root);
  var PAGE = 10;          // results shown at a time
  var SUBRESULTS = 2;     // sections of a long page shown under its title
  // Filters set by partials/content.html, in the order they are offered (only those the index has).
  var FILTERS = [["publisher", "Publisher"], ["year", "Year"], ["author", "Author"], ["person", "Person"], ["topic", "Topic"]];
  var FACTS = ["publisher", "year"];   // filter values shown under a result's title

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  var dialog = element("dialog", "rr-pagefind");
  dialog.setAttribute("aria-label", "Search the reading room");
  var form = element("form", "rr-pagefind__form");
  form.setAttribute("role", "search");
  var input = element("input", "rr-pagefind__input");
  input.type = "search";
  input.placeholder = "Search";
  input.autocomplete = "off";
  input.spellcheck = false;
  input.setAttribute("aria-label", "Search the reading room");
  var close = element("button", "rr-pagefind__close md-icon", "\u00d7");
  close.type = "button";
  close.setAttribute("aria-label", "Close search");
  close.title = "Close search";
  form.append(input, close);
  var filters = element("details", "rr-pagefind__filters");
  var summary = element("summary", "", "Filters");
  var selects = element("div", "rr-pagefind__selects");
  filters.append(summary, selects);
  var status = element("p", "rr-pagefind__status");
  status.setAttribute("role", "status");
  var list = element("ol", "rr-pagefind__results");
  list.setAttribute("aria-label", "Results");
  var more = element("button", "rr-pagefind__more md-button", "More results");
  more.type = "button";
  more.hidden = true;
  dialog.append(form, filters, status, list, more);
  document.body.appendChild(dialog);

  var button = element("button", "md-header__button md-icon rr-pagefind__open");
  button.type = "button";
  button.setAttribute("aria-label", "Search");
  button.title = "Search (/)";
  button.innerHTML =   // a constant icon, not source text
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true">' +
    '<path d="M9.5 3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l-.27-.27' +
    'A6.52 6.52 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 9.5 14 14 12 14 9.5 12 5 9.5 5"/></svg>';
  var header = document.querySelector(".md-header__inner");
  if (header) header.insertBefore(button, header.querySelector(".md-header__source"));

  var engine = null;
  function load() {
    if (!engine) {
      engine = import(new URL("pagefind.js", bundle).href).then(function (pagefind) {
        return Promise.resolve(pagefind.options({ baseUrl: root.pathname, excerptLength: 24 })).then(function () {
          pagefind.init();
          return pagefind;
        });
      });
      engine.catch(function () {
        engine = null;
        say("Search could not be loaded (it needs the site served over http, with its pagefind/ folder).");
      });
    }
    return engine;
  }

  function say(text) { status.textContent = text; }

  // Pagefind's excerpt is text with <mark> around matched words (and the text's own characters
  // escaped as entities). Rebuilt as text nodes and <mark> elements, never parsed as HTML.
  var ENTITY = /&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi;
  var NAMED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  function decode(text) {
    return text.replace(ENTITY, function (whole, name) {
      var lower = name.toLowerCase();
      if (lower.charAt(0) !== "#") return NAMED[lower];
      var code = lower.charAt(1) === "x" ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  }
  function excerpt(className, text) {
    var paragraph = element("p", className);
    var marked = false;
    (text || "").split(/(<\/?mark>)/).forEach(function (part) {
      if (part === "<mark>" || part === "</mark>") { marked = part === "<mark>"; return; }
      if (!part) return;
      paragraph.appendChild(marked ? element("mark", "", decode(part)) : document.createTextNode(decode(part)));
    });
    return paragraph;
  }
  function link(url, text) {
    var anchor = element("a", "", text);
    var target = new URL(url, root);
    anchor.href = target.origin === root.origin ? target.href : root.href;   // results are pages of this site
    return anchor;
  }

  function result(data) {
    var item = element("li", "rr-pagefind__result");
    var title = (data.meta && data.meta.title) || data.url;
    var heading = element("p", "rr-pagefind__title");
    heading.appendChild(link(data.url, title));
    item.appendChild(heading);
    var facts = [];
    FACTS.forEach(function (name) {
      var values = data.filters && data.filters[name];
      if (values && values.length) facts.push(values.join(", "));
    });
    if (facts.length) item.appendChild(element("p", "rr-pagefind__facts", facts.join(" \u00b7 ")));
    item.appendChild(excerpt("rr-pagefind__excerpt", data.excerpt));
    var sections = (data.sub_results || []).filter(function (sub) {
      return sub.url !== data.url && sub.url.indexOf("#") > 0 && sub.title && sub.title !== title;
    }).slice(0, SUBRESULTS);
    if (sections.length) {
      var nested = element("ul", "rr-pagefind__sections");
      sections.forEach(function (sub) {
        var entry = element("li");
        entry.appendChild(link(sub.url, sub.title));
        entry.appendChild(excerpt("rr-pagefind__excerpt", sub.excerpt));
        nested.appendChild(entry);
      });
      item.appendChild(nested);
    }
    return item;
  }

  function chosen() {
    var out = {};
    selects.querySelectorAll("select").forEach(function (select) {
      if (select.value) out[select.name] = select.value;
    });
    return out;
  }

  var generation = 0;   // a newer query makes older answers stale
  var found = [];
  var shown = 0;

  function search() {
    var mine = ++generation;
    var query = input.value.trim();
    var only = chosen();
    var filtered = Object.keys(only).length > 0;
    summary.textContent = filtered ? "Filters (" + Object.keys(only).length + ")" : "Filters";
    if (!query && !filtered) {
      list.textContent = "";
      more.hidden = true;
      say("");
      return Promise.resolve();
    }
    say("Searching\u2026");
    return load().then(function (pagefind) {
      return pagefind.debouncedSearch(query || null, { filters: only }, 250);
    }).then(function (answer) {
      if (answer === null || mine !== generation) return;   // superseded while typing
      found = answer.results;
      shown = 0;
      list.textContent = "";
      var what = query ? "\u201c" + query + "\u201d" : "the chosen filters";
      say(found.length === 0 ? "No results for " + what + "." :
        found.length + (found.length === 1 ? " result" : " results") + " for " + what + ".");
      return showMore(mine);
    }).catch(failed(mine));
  }

  // A failure to load Pagefind is reported by load(); anything else (a fragment that did not
  // arrive) is said in the status line, for the query it belongs to.
  function failed(mine) {
    return function (error) {
      if (engine && mine === generation) say("Search failed: " + (error && error.message ? error.message : error));
    };
  }

  function showMore(mine) {
    var next = found.slice(shown, shown + PAGE);
    return Promise.all(next.map(function (hit) { return hit.data(); })).then(function (pages) {
      if (mine !== generation) return;
      pages.forEach(function (data) { list.appendChild(result(data)); });
      shown += next.length;
      more.hidden = shown >= found.length;
    });
  }

  var filtersLoaded = false;
  function loadFilters() {
    if (filtersLoaded) return;
    filtersLoaded = true;
    load().then(function (pagefind) { return pagefind.filters(); }).then(function (available) {
      FILTERS.forEach(function (pair) {
        var counts = available[pair[0]];
        if (!counts || !Object.keys(counts).length) return;
        var label = element("label", "rr-pagefind__filter");
        label.appendChild(element("span", "", pair[1]));
        var select = element("select");
        select.name = pair[0];
        select.appendChild(element("option", "", "Any")).value = "";
        var values = Object.keys(counts).sort(function (a, b) {
          return pair[0] === "year" ? b.localeCompare(a) : a.localeCompare(b);
        });
        values.forEach(function (value) {
          select.appendChild(element("option", "", value + " (" + counts[value] + ")")).value = value;
        });
        select.addEventListener("change", search);
        label.appendChild(select);
        selects.appendChild(label);
      });
      if (!selects.childElementCount) selects.appendChild(element("p", "", "This index has no filters."));
    }, function () { filtersLoaded = false; });
  }

  function open() {
    if (!dialog.open) dialog.showModal();
    input.focus();
    load();
  }

  button.addEventListener("click", open);
  close.addEventListener("click", function () { dialog.close(); });
  input.addEventListener("input", search);
  form.addEventListener("submit", function (event) {
    event.preventDefault();   // Enter opens the first result
    var first = list.querySelector("a");
    if (first) first.click();
  });
  filters.addEventListener("toggle", function () { if (filters.open) loadFilters(); });
  more.addEventListener("click", function () {
    var at = list.children.length;
    var mine = generation;
    showMore(mine).then(function () {
      var next = list.children[at] && list.children[at].querySelector("a");
      if (next) next.focus();   // keyboard readers continue where the new results start
    }).catch(failed(mine));
  });
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
