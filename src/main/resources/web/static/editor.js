// Opens YASGUI on this server's read-only SPARQL endpoint. A visit that names a query (a share link, a library
// query) shows that query; otherwise the reader's own work from an earlier visit, kept in this browser's
// localStorage, comes back. The share link holds the whole query text, so it opens exactly what was written.
// No request leaves this server.
(function () {
  "use strict";
  var KEPT = "migkg.editor.query";

  function shareLink(query) {
    return window.location.origin + "/editor?query=" + encodeURIComponent(query);
  }

  function kept() {
    try { return window.localStorage.getItem(KEPT); } catch (e) { return null; }
  }

  function keep(query) {
    try { window.localStorage.setItem(KEPT, query); } catch (e) { /* private mode: nothing is kept */ }
  }

  function open() {
    var config = JSON.parse(document.getElementById("editor-data").textContent);
    var endpoint = new URL(config.endpoint, window.location.href).href;
    var yasgui = new Yasgui(document.getElementById("yasgui"), {
      requestConfig: { endpoint: endpoint, method: "POST" },
      copyEndpointOnNewTab: true,
      persistenceId: null,
      populateFromUrl: false,
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
      yasqe: { autocompleters: ["variables"] }
    });
    var work = kept();
    var query = config.linked || work === null ? config.query : work;
    var share = document.getElementById("share-link");
    var csv = document.getElementById("csv-link");
    var linked = config.linked;

    function show(text) {
      share.href = shareLink(text);
      csv.href = "/kg/sparql?format=csv&query=" + encodeURIComponent(text);
    }

    // Each tab's editor keeps its text and updates the links as the reader types; a tab's editor exists once it is shown.
    function attach() {
      var yasqe = yasgui.getTab().getYasqe();
      if (!yasqe || yasqe.migkgAttached) { return; }
      yasqe.migkgAttached = true;
      // YASQE's own share button gives the same link as the page.
      yasqe.config.createShareableLink = function (editor) { return shareLink(editor.getValue()); };
      yasqe.on("change", function () {
        var text = yasqe.getValue();
        keep(text);
        show(text);
        if (linked) {
          // The address no longer names what is shown; a reload brings back the work kept above.
          window.history.replaceState(null, "", "/editor");
          linked = false;
        }
      });
    }

    yasgui.getTab().setQuery(query);
    show(query);
    attach();
    yasgui.on("tabSelect", function () {
      setTimeout(function () { attach(); show(yasgui.getTab().getQuery()); }, 0);
    });
    window.migkgEditor = yasgui;
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", open);
  } else {
    open();
  }
})();
