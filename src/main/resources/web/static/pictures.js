// Draws the pictures of a page from the JSON elements it carries: co-speaker networks with Cytoscape.js and events
// over time with Chart.js. Every label is drawn on a canvas as text, never parsed as markup.
(function () {
  "use strict";
  // What was drawn, for the curious and for the browser tests: each network's names and edge count, its Cytoscape
  // instance (graphs), and each chart's series.
  var drawn = { networks: {}, graphs: {}, charts: {} };
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
    // A busy network gets larger labels, since it is drawn at a smaller scale.
    var busy = graph.nodes.length > 16;
    var cy = cytoscape({
      container: container,
      elements: elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: { "label": "data(label)", "background-color": "#7aa6d6", "font-size": busy ? 14 : 11,
          "text-valign": "bottom", "text-margin-y": 4, "width": 22, "height": 22, "color": "#1d2330",
          "text-wrap": "wrap", "text-max-width": 120,
          "text-background-color": "#f3f6fa", "text-background-opacity": 0.85, "text-background-padding": 1 } },
        { selector: "node.centre", style: { "background-color": "#0b5cad", "width": 32, "height": 32, "font-weight": "bold" } },
        { selector: "edge", style: { "width": "mapData(weight, 1, 5, 1.5, 6)", "line-color": "#b7c3d4", "curve-style": "bezier" } }
      ],
      layout: { name: "preset" }
    });
    // The force layout counts each label as part of its node, so it keeps labels apart as it places the nodes;
    // what still touches afterwards is moved apart, so that no name is drawn over another.
    layOut(cy, { name: "cose", animate: false, fit: false, randomize: false, padding: PADDING, nodeDimensionsIncludeLabels: true,
      nodeOverlap: 40, gravity: 0.5, idealEdgeLength: function () { return busy ? 110 : 80; },
      nodeRepulsion: function () { return busy ? 600000 : 9000; } }, container);
    separateLabels(cy, LABEL_GAP);
    fitPicture(container, cy);
    drawn.networks[container.id] = { nodes: cy.nodes().map(function (n) { return n.data("label"); }), edges: cy.edges().length };
    drawn.graphs[container.id] = cy;
    container.setAttribute("data-drawn", "true");
    cy.on("tap", "node", function (evt) {
      var href = evt.target.data("href");
      if (href) { window.location.href = href; }
    });
    var refit;
    window.addEventListener("resize", function () {
      clearTimeout(refit);
      refit = setTimeout(function () { fitPicture(container, cy); }, 100);
    });
  }

  // Lays out each group of people who spoke together on its own, largest first, then sets the groups in rows
  // about as wide as the picture can be tall, so that several groups fill the picture instead of a thin strip.
  function layOut(cy, options, container) {
    var groups = cy.elements().components().sort(function (a, b) { return b.nodes().length - a.nodes().length; });
    groups.forEach(function (group) { group.layout(options).run(); });
    var boxes = groups.map(function (group) { return group.boundingBox({ includeLabels: true, includeOverlays: false }); });
    var area = boxes.reduce(function (sum, b) { return sum + b.w * b.h; }, 0);
    var widest = boxes.reduce(function (most, b) { return Math.max(most, b.w); }, 0);
    var rem = parseFloat(window.getComputedStyle(document.documentElement).fontSize) || 16;
    var aspect = Math.max(1, container.clientWidth / (48 * rem));
    var rowWidth = Math.max(widest, Math.sqrt(area * aspect));
    var x = 0, y = 0, rowHeight = 0;
    groups.forEach(function (group, i) {
      var b = boxes[i];
      if (x > 0 && x + b.w > rowWidth) {
        x = 0;
        y += rowHeight + GROUP_GAP;
        rowHeight = 0;
      }
      group.nodes().shift({ x: x - b.x1, y: y - b.y1 });
      x += b.w + GROUP_GAP;
      rowHeight = Math.max(rowHeight, b.h);
    });
  }

  var GROUP_GAP = 40;

  // Gives the picture the height that shows its layout at full size, or at the size that fits the page's width
  // (within bounds), then fits the layout into it: names stay as readable as the width allows.
  function fitPicture(container, cy) {
    var box = cy.elements().boundingBox();
    var rem = parseFloat(window.getComputedStyle(document.documentElement).fontSize) || 16;
    var zoom = Math.min(1, (container.clientWidth - 2 * PADDING) / Math.max(box.w, 1));
    var height = Math.max(18 * rem, Math.min(48 * rem, box.h * zoom + 2 * PADDING));
    container.style.height = Math.round(height) + "px";
    cy.resize();
    cy.fit(undefined, PADDING);
    if (cy.zoom() > MAX_FITTED_ZOOM) {
      cy.zoom(MAX_FITTED_ZOOM);
      cy.center();
    }
  }

  var PADDING = 24;
  /** A small network is not blown up past this when fitted (readers may still zoom in). */
  var MAX_FITTED_ZOOM = 1.25;

  /** Room left between two nodes' boxes (label included), in the picture's own units. */
  var LABEL_GAP = 6;

  // Moves nodes whose boxes (label included) overlap apart along the axis where they overlap least, half each way,
  // until none overlaps. Deterministic: the same layout gives the same picture.
  function separateLabels(cy, gap) {
    var nodes = cy.nodes().toArray();
    var boxes = nodes.map(function (n) { var b = n.boundingBox({ includeLabels: true, includeOverlays: false });
      return { x1: b.x1, x2: b.x2, y1: b.y1, y2: b.y2 }; });
    var shift = nodes.map(function () { return { x: 0, y: 0 }; });
    function move(i, dx, dy) {
      boxes[i].x1 += dx; boxes[i].x2 += dx; boxes[i].y1 += dy; boxes[i].y2 += dy;
      shift[i].x += dx; shift[i].y += dy;
    }
    for (var round = 0; round < 500; round++) {
      var moved = false;
      for (var i = 0; i < nodes.length; i++) {
        for (var j = i + 1; j < nodes.length; j++) {
          var a = boxes[i], b = boxes[j];
          var overlapX = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
          var overlapY = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
          if (overlapX <= 0 || overlapY <= 0) { continue; }
          moved = true;
          if (overlapX < overlapY) {
            var sx = (a.x1 + a.x2) <= (b.x1 + b.x2) ? -1 : 1;
            move(i, sx * overlapX / 2, 0);
            move(j, -sx * overlapX / 2, 0);
          } else {
            var sy = (a.y1 + a.y2) <= (b.y1 + b.y2) ? -1 : 1;
            move(i, 0, sy * overlapY / 2);
            move(j, 0, -sy * overlapY / 2);
          }
        }
      }
      if (!moved) { break; }
    }
    cy.batch(function () {
      nodes.forEach(function (n, k) {
        var p = n.position();
        n.position({ x: p.x + shift[k].x, y: p.y + shift[k].y });
      });
    });
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
