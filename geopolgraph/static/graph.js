/* geopolgraph graph page: filters, search, tooltips and details over vis-network.
 *
 * The data arrives as JSON (geopolgraph.draw.data.page_data). Article text, names and titles
 * are only ever put into the DOM as text (textContent, Node.append(string), DOM properties),
 * never as markup, and links are only http(s). window.__ready turns true once the network has
 * been drawn in its final layout; window.geopol exposes the DataSets for tests.
 */
(function () {
  "use strict";
  window.__ready = false;
  var data = JSON.parse(document.getElementById("gpg-data").textContent);
  var FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';
  var large = !!data.large;
  var byId = function (id) { return document.getElementById(id); };

  function el(tag, props, children) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) {
      if (k === "text") node.textContent = props[k];
      else if (k === "class") node.className = props[k];
      else node.setAttribute(k, props[k]);
    });
    (children || []).forEach(function (c) { if (c !== null && c !== undefined) node.append(c); });
    return node;
  }
  function swatch(color, thin) {
    var s = el("span", { class: thin ? "gpg-swatch gpg-thin" : "gpg-swatch" });
    s.style.background = color;
    return s;
  }
  function isHttp(url) { return typeof url === "string" && /^https?:\/\/[^\s]+$/i.test(url); }
  function plural(n, word) { return n.toLocaleString("en") + " " + word + (n === 1 ? "" : "s"); }

  var SVG = "http://www.w3.org/2000/svg";
  var POLYGONS = {
    triangle: "7,1 13.5,13 0.5,13",
    diamond: "7,0.5 13.5,7 7,13.5 0.5,7",
    hexagon: "3.5,1 10.5,1 14,7 10.5,13 3.5,13 0,7",
    star: "7,0.5 8.8,5 13.5,5.2 9.8,8.2 11.1,13 7,10.3 2.9,13 4.2,8.2 0.5,5.2 5.2,5"
  };
  function shapeIcon(shape, color) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "14");
    svg.setAttribute("height", "14");
    svg.setAttribute("viewBox", "0 0 14 14");
    var s;
    if (shape === "square") {
      s = document.createElementNS(SVG, "rect");
      s.setAttribute("x", "1.5"); s.setAttribute("y", "1.5");
      s.setAttribute("width", "11"); s.setAttribute("height", "11");
    } else if (POLYGONS[shape]) {
      s = document.createElementNS(SVG, "polygon");
      s.setAttribute("points", POLYGONS[shape]);
    } else {
      s = document.createElementNS(SVG, "circle");
      s.setAttribute("cx", "7"); s.setAttribute("cy", "7"); s.setAttribute("r", "6");
    }
    s.setAttribute("fill", color);
    svg.append(s);
    return svg;
  }

  // ---- data -------------------------------------------------------------------------------
  var nodeInfo = new Map();
  data.nodes.forEach(function (n) { nodeInfo.set(n.id, n); });
  var edgeInfo = new Map();
  var quadInfo = new Map();
  data.quads.forEach(function (q) { quadInfo.set(q.quad, q); });
  data.edges.forEach(function (e) {
    e.fullLabel = e.label;
    e.baseColor = e.color;
    if (large) e.label = "";
    edgeInfo.set(e.id, e);
  });
  function nameOf(id) { var n = nodeInfo.get(id); return n ? n.label : String(id); }
  function quadOf(q) { return quadInfo.get(q) || { color: "#9e9e9e", label: "uncoded" }; }

  var state = {
    relations: new Set(data.relations.map(function (r) { return r.name; })),
    quads: new Set(data.quads.map(function (q) { return q.quad; })),
    lo: 0,
    hi: Math.max(data.dates.length - 1, 0),
    undated: true,
    focus: null
  };
  function datesActive() {
    return data.dates.length > 1 && (state.lo > 0 || state.hi < data.dates.length - 1);
  }
  function edgePasses(e) {
    if (!state.relations.has(e.relation) || !state.quads.has(e.quad)) return false;
    if (!datesActive()) return true;
    if (e.undated > 0 && state.undated) return true;
    var lo = data.dates[state.lo], hi = data.dates[state.hi];
    for (var i = 0; i < e.dates.length; i++) {
      if (e.dates[i] >= lo && e.dates[i] <= hi) return true;
    }
    return false;
  }
  var passing = new Set();
  var liveNodes = new Set();
  function computePassing() {
    passing.clear();
    liveNodes.clear();
    data.edges.forEach(function (e) {
      if (edgePasses(e)) { passing.add(e.id); liveNodes.add(e.from); liveNodes.add(e.to); }
    });
  }
  computePassing();

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var nodesView = new vis.DataView(nodes, {
    filter: function (n) { return n.isolated || liveNodes.has(n.id); }
  });
  var edgesView = new vis.DataView(edges, { filter: function (e) { return passing.has(e.id); } });

  // ---- network ----------------------------------------------------------------------------
  var container = byId("gpg-network");
  var options = {
    autoResize: true,
    nodes: {
      borderWidth: 1.5,
      font: { size: 14, face: FONT, color: "#1f2328", strokeWidth: 0,
              background: "rgba(255,255,255,0.85)" }
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.55 } },
      smooth: { enabled: false },
      font: { size: 11, face: FONT, color: "#444444", strokeWidth: 3, strokeColor: "#ffffff",
              align: "middle" },
      selectionWidth: 1.5,
      hoverWidth: 0.5
    },
    interaction: { hover: true, hideEdgesOnDrag: large, hideEdgesOnZoom: large, keyboard: false },
    physics: large ? { enabled: false } : {
      enabled: true,
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -220, springLength: 280, springConstant: 0.03,
                          avoidOverlap: 0.6 },
      stabilization: { enabled: true, iterations: 400, updateInterval: 50, fit: true }
    },
    layout: { improvedLayout: !large && data.nodes.length <= 150, randomSeed: 7 }
  };
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, options);
  window.geopol = {
    network: network, nodes: nodes, edges: edges, nodesView: nodesView, edgesView: edgesView,
    state: state, data: data
  };

  var settled = large || data.nodes.length === 0;
  var physicsBox = byId("gpg-physics");
  physicsBox.checked = !settled;
  function markReady() {
    if (!window.__ready) {
      window.__ready = true;
      document.documentElement.setAttribute("data-ready", "true");
    }
  }
  network.on("afterDrawing", function () { if (settled) markReady(); });
  network.once("stabilizationIterationsDone", function () {
    // Hold still once laid out: analysts drag nodes to read them, not to watch them bounce.
    network.setOptions({ physics: { enabled: false } });
    physicsBox.checked = false;
    settled = true;
    network.redraw();
  });
  physicsBox.addEventListener("change", function () {
    network.setOptions({ physics: { enabled: physicsBox.checked } });
  });
  if (data.nodes.length === 0) {
    container.append(el("p", { class: "gpg-empty", text: "No triples to draw." }));
    markReady();
  }

  // ---- details: the same builder for the hover tooltip and the pinned panel ---------------
  function meta(label, value) {
    return el("p", { class: "gpg-d-meta" }, [label + ": " + value]);
  }
  function dateRange(e) {
    var span = e.dates.length === 0 ? "undated"
      : e.dates[0] === e.dates[e.dates.length - 1] ? e.dates[0]
      : e.dates[0] + " – " + e.dates[e.dates.length - 1];
    if (e.dates.length && e.undated) span += " (+" + e.undated + " undated)";
    return span;
  }
  function modalities(m) {
    return Object.keys(m).map(function (k) { return m[k] > 1 ? k + " ×" + m[k] : k; }).join(", ");
  }
  function evidenceBlock(ev, pinned) {
    var a = data.articles[ev.article] || {};
    var bits = [a.title || ev.article, a.source, ev.date || a.published];
    if (ev.modality && ev.modality !== "asserted") bits.push(ev.modality);
    if (ev.attributed_to) bits.push("per " + ev.attributed_to);
    var text = bits.filter(Boolean).join(" · ");
    var src = el("div", { class: "gpg-d-src" });
    if (pinned && isHttp(a.url)) {
      var link = el("a", { target: "_blank", rel: "noopener noreferrer", text: text });
      link.href = a.url;
      src.append(link);
    } else {
      src.append(text);
      if (isHttp(a.url)) src.append(" (" + a.url.replace(/^https?:\/\//i, "").split("/")[0] + ")");
    }
    return el("div", { class: "gpg-d-ev" }, [el("q", { text: ev.text }), src]);
  }
  function edgeDetails(id, pinned) {
    var e = edgeInfo.get(id);
    var q = quadOf(e.quad);
    var box = el("div", { class: "gpg-d" }, [
      el("p", { class: "gpg-d-title", text: nameOf(e.from) + " → " + nameOf(e.to) }),
      el("div", { class: "gpg-d-rel" }, [swatch(q.color), el("span", { text: e.relation }),
        el("span", { class: "gpg-note", text: "×" + e.count + " · " + q.label })]),
      meta("Dates", dateRange(e)),
      meta("Modality", modalities(e.modalities))
    ]);
    if (e.cameo.length) {
      box.append(meta("CAMEO", e.cameo.join(", ") +
        (e.goldstein === null ? "" : " · Goldstein " + e.goldstein)));
    }
    e.evidence.forEach(function (ev) { box.append(evidenceBlock(ev, pinned)); });
    var more = e.count - e.evidence.length;
    if (more > 0) box.append(meta("More", plural(more, "other triple")));
    if (!pinned) box.append(el("p", { class: "gpg-note", text: "click to pin, with links" }));
    return box;
  }
  function nodeDetails(id, pinned) {
    var n = nodeInfo.get(id);
    var kind = (data.kinds.filter(function (k) { return k.kind === n.kind; })[0] || {}).label;
    var box = el("div", { class: "gpg-d" }, [
      el("p", { class: "gpg-d-title", text: n.label }),
      meta("Actor", [kind || n.kind, n.country === n.id ? "" : n.country, n.id]
        .filter(Boolean).join(" · ")),
      meta("Triples", String(n.wdeg))
    ]);
    var mine = data.edges.filter(function (e) { return e.from === id || e.to === id; })
      .sort(function (a, b) { return b.count - a.count; });
    var list = el("ul", { class: "gpg-legend" });
    mine.slice(0, pinned ? 40 : 8).forEach(function (e) {
      var text = e.from === id ? "→ " + e.relation + " " + nameOf(e.to)
        : "← " + e.relation + " from " + nameOf(e.from);
      var item = el("li", null, [swatch(quadOf(e.quad).color, true),
        el("span", { text: text + (e.count > 1 ? " ×" + e.count : "") })]);
      if (pinned) {
        item.style.cursor = "pointer";
        item.addEventListener("click", function () { pin(edgeDetails(e.id, true)); });
      }
      list.append(item);
    });
    box.append(list);
    if (mine.length > (pinned ? 40 : 8)) box.append(meta("More", plural(mine.length, "edge")));
    return box;
  }

  var tip = byId("gpg-tooltip");
  function hideTip() { tip.hidden = true; }
  function showTip(content, pointer) {
    tip.replaceChildren(content);
    tip.hidden = false;
    var rect = container.getBoundingClientRect();
    var x = rect.left + pointer.DOM.x + 14, y = rect.top + pointer.DOM.y + 14;
    if (x + tip.offsetWidth > window.innerWidth - 4) x = Math.max(4, x - tip.offsetWidth - 28);
    if (y + tip.offsetHeight > window.innerHeight - 4) {
      y = Math.max(4, window.innerHeight - tip.offsetHeight - 4);
    }
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  var panel = byId("gpg-details"), panelBody = byId("gpg-details-body");
  function pin(content) { panelBody.replaceChildren(content); panel.hidden = false; }
  function unpin() { panel.hidden = true; panelBody.replaceChildren(); }
  byId("gpg-details-close").addEventListener("click", unpin);

  network.on("hoverNode", function (p) { showTip(nodeDetails(p.node, false), p.pointer); });
  network.on("hoverEdge", function (p) { showTip(edgeDetails(p.edge, false), p.pointer); });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (ev) { network.on(ev, hideTip); });
  network.on("click", function (p) {
    hideTip();
    if (p.nodes.length) focusActor(p.nodes[0]);
    else if (p.edges.length) pin(edgeDetails(p.edges[0], true));
    else { clearFocus(); unpin(); }
  });

  // ---- neighbourhood highlight ------------------------------------------------------------
  var searchMsg = byId("gpg-search-msg");
  function focusActor(id) {
    state.focus = id;
    var keep = new Set([id]), keepEdges = new Set();
    edgesView.forEach(function (e) {
      if (e.from === id || e.to === id) { keepEdges.add(e.id); keep.add(e.from); keep.add(e.to); }
    });
    nodes.update(data.nodes.map(function (n) {
      var on = keep.has(n.id);
      return { id: n.id, opacity: on ? 1 : 0.15, font: { color: on ? "#1f2328" : "#c8ccd0" } };
    }));
    edges.update(data.edges.map(function (e) {
      var on = keepEdges.has(e.id);
      return { id: e.id, color: Object.assign({}, e.baseColor, { opacity: on ? 1 : 0.08 }),
               font: { color: on ? "#444444" : "rgba(68,68,68,0.08)" } };
    }));
    network.selectNodes([id]);
    network.fit({ nodes: Array.from(keep), animation: { duration: 350 } });
    searchMsg.textContent = nameOf(id) + ": " + plural(keep.size - 1, "neighbour");
    pin(nodeDetails(id, true));
  }
  function clearFocus() {
    if (state.focus === null) return;
    state.focus = null;
    nodes.update(data.nodes.map(function (n) {
      return { id: n.id, opacity: 1, font: { color: "#1f2328" } };
    }));
    edges.update(data.edges.map(function (e) {
      return { id: e.id, color: e.baseColor, font: { color: "#444444" } };
    }));
    network.unselectAll();
    searchMsg.textContent = "";
  }

  var search = byId("gpg-search"), actorList = byId("gpg-actors");
  data.nodes.forEach(function (n) {
    var o = document.createElement("option");
    o.value = n.label;
    if (n.label !== n.id) o.label = n.id;
    actorList.append(o);
  });
  function findActor(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    var tests = [
      function (n) { return n.id.toLowerCase() === q || n.label.toLowerCase() === q; },
      function (n) { return n.label.toLowerCase().indexOf(q) === 0; },
      function (n) { return n.label.toLowerCase().indexOf(q) >= 0 || n.id.toLowerCase().indexOf(q) >= 0; },
      function (n) {  // every word somewhere: "korea south", "kim jong"
        var hay = (n.label + " " + n.id).toLowerCase();
        return q.split(/\s+/).every(function (w) { return hay.indexOf(w) >= 0; });
      }
    ];
    for (var i = 0; i < tests.length; i++) {
      var hit = data.nodes.filter(tests[i]).sort(function (a, b) { return b.wdeg - a.wdeg; })[0];
      if (hit) return hit.id;
    }
    return null;
  }
  function pick() {
    var id = findActor(search.value);
    if (id === null) { searchMsg.textContent = search.value.trim() ? "no actor matches" : ""; return; }
    if (!nodesView.get(id)) {
      searchMsg.textContent = nameOf(id) + " is hidden by the filters";
      return;
    }
    focusActor(id);
  }
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") pick();
  });
  search.addEventListener("input", function (ev) {
    // a datalist choice arrives as one replacement of the whole value
    if (ev.inputType === "insertReplacementText" || ev.inputType === undefined) pick();
  });
  byId("gpg-clear").addEventListener("click", function () {
    search.value = ""; clearFocus(); unpin();
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { clearFocus(); unpin(); hideTip(); }
  });

  // ---- filters ----------------------------------------------------------------------------
  var visibleNote = byId("gpg-visible");
  function refresh() {
    computePassing();
    edgesView.refresh();
    nodesView.refresh();
    if (state.focus !== null) {
      if (nodesView.get(state.focus)) focusActor(state.focus); else clearFocus();
    }
    visibleNote.textContent = "showing " + edgesView.length.toLocaleString("en") + " of " +
      plural(data.edges.length, "edge") + ", " + nodesView.length.toLocaleString("en") + " of " +
      plural(data.nodes.length, "actor");
  }
  var pending = false;
  function schedule() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; refresh(); });
  }

  function checkRow(checked, onChange, parts, count) {
    var box = el("input", { type: "checkbox" });
    box.checked = checked;
    box.addEventListener("change", function () { onChange(box.checked); schedule(); });
    var label = el("label", null, [box].concat(parts));
    if (count !== undefined) label.append(el("span", { class: "gpg-count", text: String(count) }));
    return el("li", null, [label]);
  }

  var kindCounts = {};
  data.nodes.forEach(function (n) { kindCounts[n.kind] = (kindCounts[n.kind] || 0) + 1; });
  data.kinds.forEach(function (k) {
    byId("gpg-kinds").append(el("li", null, [shapeIcon(k.shape, k.color), el("span", { text: k.label }),
      el("span", { class: "gpg-count", text: String(kindCounts[k.kind] || 0) })]));
  });

  var quadCounts = {};
  data.edges.forEach(function (e) { quadCounts[e.quad] = (quadCounts[e.quad] || 0) + 1; });
  data.quads.forEach(function (q) {
    var row = checkRow(true, function (on) {
      if (on) state.quads.add(q.quad); else state.quads.delete(q.quad);
    }, [swatch(q.color), el("span", { text: q.label })], quadCounts[q.quad]);
    row.querySelector("input").setAttribute("data-quad", String(q.quad));
    byId("gpg-quads").append(row);
  });

  var relationBoxes = [];
  data.relations.forEach(function (r) {
    var row = checkRow(true, function (on) {
      if (on) state.relations.add(r.name); else state.relations.delete(r.name);
    }, [swatch(quadOf(r.quad).color, true), el("span", { text: r.name })], r.count);
    var box = row.querySelector("input");
    box.setAttribute("data-relation", r.name);
    relationBoxes.push([box, r.name]);
    byId("gpg-relations").append(row);
  });
  function setAllRelations(on) {
    relationBoxes.forEach(function (pair) {
      pair[0].checked = on;
      if (on) state.relations.add(pair[1]); else state.relations.delete(pair[1]);
    });
    schedule();
  }
  byId("gpg-rel-all").addEventListener("click", function () { setAllRelations(true); });
  byId("gpg-rel-none").addEventListener("click", function () { setAllRelations(false); });

  var from = byId("gpg-date-from"), to = byId("gpg-date-to"), dateLabel = byId("gpg-date-label");
  var undatedBox = byId("gpg-undated");
  function showDates() {
    dateLabel.textContent = data.dates.length === 0 ? "none in the text"
      : data.dates[state.lo] + " – " + data.dates[state.hi];
  }
  if (data.dates.length < 2) {
    from.disabled = to.disabled = undatedBox.disabled = true;
  } else {
    from.max = to.max = String(data.dates.length - 1);
    from.value = "0";
    to.value = String(data.dates.length - 1);
  }
  from.addEventListener("input", function () {
    state.lo = Number(from.value);
    if (state.lo > state.hi) { state.hi = state.lo; to.value = String(state.hi); }
    showDates(); schedule();
  });
  to.addEventListener("input", function () {
    state.hi = Number(to.value);
    if (state.hi < state.lo) { state.lo = state.hi; from.value = String(state.lo); }
    showDates(); schedule();
  });
  undatedBox.addEventListener("change", function () { state.undated = undatedBox.checked; schedule(); });
  showDates();

  byId("gpg-fit").addEventListener("click", function () { network.fit({ animation: { duration: 300 } }); });
  var labelsBox = byId("gpg-labels");
  labelsBox.checked = !large;
  labelsBox.addEventListener("change", function () {
    edges.update(data.edges.map(function (e) {
      return { id: e.id, label: labelsBox.checked ? e.fullLabel : "" };
    }));
  });

  refresh();
})();
