// Opens YASGUI on this server's read-only SPARQL endpoint with the page's query. Nothing is kept between visits, so
// the query the link asked for is the one shown, and no request leaves this server.
(function () {
  "use strict";
  function open() {
    var config = JSON.parse(document.getElementById("editor-data").textContent);
    var endpoint = new URL(config.endpoint, window.location.href).href;
    var yasgui = new Yasgui(document.getElementById("yasgui"), {
      requestConfig: { endpoint: endpoint, method: "POST" },
      copyEndpointOnNewTab: true,
      persistenceId: null,
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
      yasqe: { autocompleters: ["variables"] }
    });
    var tab = yasgui.getTab();
    tab.setQuery(config.query);
    window.migkgEditor = yasgui;
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", open);
  } else {
    open();
  }
})();
