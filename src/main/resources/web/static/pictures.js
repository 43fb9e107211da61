// Draws the pictures of a page from the JSON elements it carries: co-speaker networks with Cytoscape.js and events
// over time with Chart.js. Every label is drawn on a canvas as text, never parsed as markup.
(function () {
  "use strict";
  var drawn = { networks: {}, charts: {} };
  window.migkgPictures = drawn;

  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function drawNetwork(container) {
    var graph = data(container.getAttribute("data-network"));
    if (!graph || typeof cytoscape !== "function") { return; }
    var elements = [];
    graph.nodes.forEach(function (n) {
      elements.push({ data: { id: n.id, label: n.label, href: n.href }, classes: n.centre ? "centre" : "" });
    });
    graph.edges.forEach(function (e, i) {
      elements.push({ data: { id: "e" + i, source: e.source, target: e.target, weight: e.weight } });
    });
    // A busy network gets more room and smaller labels, so names stay readable.
    var busy = graph.nodes.length > 16;
    if (busy) { container.style.height = Math.min(48, 24 + graph.nodes.length / 2) + "rem"; }
    var cy = cytoscape({
      container: container,
      elements: elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: { "label": "data(label)", "background-color": "#7aa6d6", "font-size": busy ? 14 : 11,
          "text-valign": "bottom", "text-margin-y": 4, "width": 22, "height": 22, "color": "#1d2330",
          "text-wrap": "wrap", "text-max-width": 120 } },
        { selector: "node.centre", style: { "background-color": "#0b5cad", "width": 32, "height": 32, "font-weight": "bold" } },
        { selector: "edge", style: { "width": "mapData(weight, 1, 5, 1.5, 6)", "line-color": "#b7c3d4", "curve-style": "bezier" } }
      ],
      layout: { name: "cose", animate: false, padding: 24, randomize: false, componentSpacing: 80, nodeOverlap: 40,
        idealEdgeLength: function () { return busy ? 110 : 80; }, nodeRepulsion: function () { return busy ? 600000 : 9000; } }
    });
    cy.on("tap", "node", function (evt) {
      var href = evt.target.data("href");
      if (href) { window.location.href = href; }
    });
    var refit;
    window.addEventListener("resize", function () {
      clearTimeout(refit);
      refit = setTimeout(function () { cy.resize(); cy.fit(undefined, 24); }, 100);
    });
    drawn.networks[container.id] = { nodes: cy.nodes().map(function (n) { return n.data("label"); }), edges: cy.edges().length };
    container.setAttribute("data-drawn", "true");
  }

  var palette = ["#0b5cad", "#d9822b", "#2f9e44", "#c2255c", "#7048e8", "#0c8599", "#e8590c", "#5c940d", "#862e9c", "#1864ab"];

  function drawChart(canvas) {
    var chart = data(canvas.getAttribute("data-chart"));
    if (!chart || typeof Chart !== "function") { return; }
    chart.datasets.forEach(function (d, i) { d.backgroundColor = palette[i % palette.length]; d.maxBarThickness = 64; });
    new Chart(canvas, {
      type: "bar",
      data: chart,
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: "bottom" } }
      }
    });
    drawn.charts[canvas.id] = chart.datasets.map(function (d) { return d.label; });
    canvas.setAttribute("data-drawn", "true");
  }

  function draw() {
    document.querySelectorAll("[data-network]").forEach(drawNetwork);
    document.querySelectorAll("canvas[data-chart]").forEach(drawChart);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
