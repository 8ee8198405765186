/* geopolgraph graph page: filters, counts, search, layouts and export over vis-network.
 *
 * The data arrives as JSON (geopolgraph.draw.data.page_data): actors with two layouts computed
 * in Python, collapsed edges, and every triple as columns. Filters only hide and show: positions
 * are kept in the DataSet, so an actor comes back where it was. Every count shown (edge labels,
 * widths, actor sizes, legends, header) is recomputed for what is visible by computeView, the
 * same computation as geopolgraph.draw.view.visible_view in Python.
 *
 * Article text, names and titles are only ever put into the DOM as text (textContent,
 * Node.append(string), DOM properties), never as markup; links are only http(s).
 * window.__ready turns true once the network is drawn in its final layout; window.geopol
 * exposes the DataSets and the current view for tests.
 */
(function () {
  "use strict";
  window.__ready = false;
  var started = performance.now();
  var data = JSON.parse(document.getElementById("gpg-data").textContent);
  window.__timing = { script: started, parsed: performance.now() };
  var FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';
  var large = !!data.large;
  var S = data.strings, T = data.triples;
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
  function fmt(n) { return n.toLocaleString("en"); }
  function plural(n, word) { return fmt(n) + " " + word + (n === 1 ? "" : "s"); }
  function edgeWidth(count) {  // geopolgraph.draw.style.edge_width
    return Math.round(Math.min(1 + 2.2 * Math.log2(Math.max(count, 1)), 12) * 100) / 100;
  }

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
  var kindInfo = new Map(), quadInfo = new Map(), nodeInfo = new Map(), edgeInfo = new Map();
  data.kinds.forEach(function (k) { kindInfo.set(k.kind, k); });
  data.quads.forEach(function (q) { quadInfo.set(q.quad, q); });
  function quadOf(q) { return quadInfo.get(q) || { color: "#9e9e9e", label: "uncoded" }; }
  var layouts = { force: new Map(), groups: new Map() };
  data.nodes.forEach(function (n) {
    nodeInfo.set(n.id, n);
    layouts.force.set(n.id, [n.x, n.y]);
    layouts.groups.set(n.id, [n.gx, n.gy]);
  });
  data.edges.forEach(function (e) { e.total = e.t1 - e.t0; edgeInfo.set(e.id, e); });
  function nameOf(id) { var n = nodeInfo.get(id); return n ? n.label : String(id); }
  var maxCount = data.edges.reduce(function (m, e) { return Math.max(m, e.total); }, 1);

  var state = {
    relations: new Set(data.relations.map(function (r) { return r.name; })),
    quads: new Set(data.quads.map(function (q) { return q.quad; })),
    lo: 0,
    hi: Math.max(data.dates.length - 1, 0),
    undated: true,
    min: 1,
    top: data.top,
    focus: null,
    mention: null,
    layout: "force"
  };

  // ---- the view: what passes the controls, counted (geopolgraph.draw.view.visible_view) ----
  function datesActive() {
    return data.dates.length > 1 && (state.lo > 0 || state.hi < data.dates.length - 1);
  }
  function computeView() {
    var active = datesActive();
    var filtered = active || state.min > 1 || !state.undated ||
      state.relations.size < data.relations.length || state.quads.size < data.quads.length;
    var passing = new Map(), total = new Map();
    data.edges.forEach(function (e) {
      if (!state.relations.has(e.relation) || !state.quads.has(e.quad)) return;
      var kept = [];
      for (var i = e.t0; i < e.t1; i++) {
        var d = T.date[i];
        if (!active || (d < 0 ? state.undated : d >= state.lo && d <= state.hi)) kept.push(i);
      }
      if (kept.length === 0 || kept.length < state.min) return;
      passing.set(e.id, kept);
      total.set(e.from, (total.get(e.from) || 0) + kept.length);
      total.set(e.to, (total.get(e.to) || 0) + kept.length);
    });
    var candidates = data.nodes.filter(function (n) {
      return total.has(n.id) || (n.wdeg === 0 && !filtered);
    }).map(function (n) { return n.id; });
    candidates.sort(function (a, b) {
      var d = (total.get(b) || 0) - (total.get(a) || 0);
      return d !== 0 ? d : (a < b ? -1 : a > b ? 1 : 0);
    });
    var keep = new Set(candidates.slice(0, state.top));
    var view = { edges: new Map(), nodes: new Map(), triples: 0, articles: new Set(),
                 first: "", last: "", relations: new Map(), quads: new Map(), kinds: new Map() };
    keep.forEach(function (id) { view.nodes.set(id, 0); });
    passing.forEach(function (kept, id) {
      var e = edgeInfo.get(id);
      if (!keep.has(e.from) || !keep.has(e.to)) return;
      view.edges.set(id, kept);
      view.nodes.set(e.from, view.nodes.get(e.from) + kept.length);
      view.nodes.set(e.to, view.nodes.get(e.to) + kept.length);
      view.triples += kept.length;
      view.relations.set(e.relation, (view.relations.get(e.relation) || 0) + kept.length);
      view.quads.set(e.quad, (view.quads.get(e.quad) || 0) + kept.length);
      kept.forEach(function (i) {
        if (T.article[i] >= 0) view.articles.add(T.article[i]);
        var d = T.date[i] >= 0 ? data.dates[T.date[i]] : "";
        if (d && (!view.first || d < view.first)) view.first = d;
        if (d && d > view.last) view.last = d;
      });
    });
    view.nodes.forEach(function (_, id) {
      var k = nodeInfo.get(id).kind;
      view.kinds.set(k, (view.kinds.get(k) || 0) + 1);
    });
    return view;
  }
  function summaryLine(view) {  // geopolgraph.draw.data.summary_line
    var n = view.articles.size, all = data.counts.articles;
    var articles = all && all !== n ? fmt(n) + " of " + plural(all, "article") : plural(n, "article");
    var span = view.first && view.first !== view.last ? view.first + " – " + view.last
      : (view.first || "undated");
    return [articles, plural(view.triples, "triple"), plural(view.nodes.size, "actor"), span]
      .join(" · ");
  }

  var view = computeView();
  function edgeLabel(e, count) {
    if (count === e.total) return count > 1 ? e.relation + " ×" + count : e.relation;
    return e.relation + " ×" + count + " (of " + e.total + ")";
  }
  function visEdge(e, count) {
    var color = quadOf(e.quad).color;
    var item = { id: e.id, from: e.from, to: e.to, label: edgeLabel(e, count), width: edgeWidth(count),
                 color: { color: color, highlight: color, hover: color, inherit: false } };
    if (e.smooth) item.smooth = e.smooth;
    if (large || !labelsOn()) item.label = "";
    return item;
  }
  function visNode(n, total) {
    var k = kindInfo.get(n.kind) || { shape: "dot", color: "#a0a0a0" };
    var pos = layouts[state.layout].get(n.id);
    return { id: n.id, label: n.label, shape: k.shape, value: total, x: pos[0], y: pos[1],
             color: { background: k.color, border: "#ffffff",
                      highlight: { background: k.color, border: "#222222" },
                      hover: { background: k.color, border: "#222222" } } };
  }
  function labelsOn() { var b = byId("gpg-labels"); return !b || b.checked; }
  // The DataSets hold exactly what is shown (a 100,000-edge graph opens on a few thousand):
  // shownTotal and shownCount mirror them, with the count each item is drawn with.
  var shownCount = new Map(), shownTotal = new Map();
  var nodes = new vis.DataSet(), edges = new vis.DataSet();
  var network = null;
  function sync() {
    var goneEdges = [], goneNodes = [], addNodes = [], addEdges = [], setNodes = [], setEdges = [];
    shownCount.forEach(function (_, id) { if (!view.edges.has(id)) goneEdges.push(id); });
    shownTotal.forEach(function (_, id) { if (!view.nodes.has(id)) goneNodes.push(id); });
    if (network && goneNodes.length) {  // where they are now, for when they come back
      var pos = network.getPositions(goneNodes);
      Object.keys(pos).forEach(function (id) { layouts[state.layout].set(id, [pos[id].x, pos[id].y]); });
    }
    goneEdges.forEach(function (id) { shownCount.delete(id); });
    goneNodes.forEach(function (id) { shownTotal.delete(id); });
    view.nodes.forEach(function (total, id) {
      if (!shownTotal.has(id)) addNodes.push(visNode(nodeInfo.get(id), total));
      else if (shownTotal.get(id) !== total) setNodes.push({ id: id, value: total });
      shownTotal.set(id, total);
    });
    view.edges.forEach(function (kept, id) {
      var e = edgeInfo.get(id);
      if (!shownCount.has(id)) addEdges.push(visEdge(e, kept.length));
      else if (shownCount.get(id) !== kept.length) {
        setEdges.push({ id: id, label: large || !labelsOn() ? "" : edgeLabel(e, kept.length),
                        width: edgeWidth(kept.length) });
      }
      shownCount.set(id, kept.length);
    });
    if (goneEdges.length) edges.remove(goneEdges);
    if (goneNodes.length) nodes.remove(goneNodes);
    if (addNodes.length) nodes.add(addNodes);
    if (setNodes.length) nodes.update(setNodes);
    if (addEdges.length) edges.add(addEdges);
    if (setEdges.length) edges.update(setEdges);
  }
  sync();
  window.__timing.synced = performance.now();

  // People the text named on a side of a triple in view, as nodes beside the actor they acted
  // for (a dashed link, "named in N triples"); they change no actor's or edge's count.
  var peopleBox = byId("gpg-people"), shownPeople = [];
  var PERSON = (data.kinds.filter(function (k) { return k.kind === "person"; })[0] || {}).color || "#f28e2b";
  function syncPeople() {
    if (shownPeople.length) {
      edges.remove(shownPeople.map(function (p) { return "pe|" + p; }));
      nodes.remove(shownPeople.map(function (p) { return "p|" + p; }));
      shownPeople = [];
    }
    if (!peopleBox || !peopleBox.checked) return;
    var found = new Map();
    view.edges.forEach(function (kept, id) {
      var e = edgeInfo.get(id);
      kept.forEach(function (i) {
        [[T.sm[i], e.from], [T.tm[i], e.to]].forEach(function (side) {
          var who = data.people[side[0]];
          if (!who) return;
          var key = who[0] + "|" + side[1], item = found.get(key);
          if (!item) found.set(key, item = { person: who[0], name: who[1], actor: side[1], count: 0 });
          item.count++;
        });
      });
    });
    var addNodes = [], addEdges = [];
    found.forEach(function (p, key) {
      var base = layouts[state.layout].get(p.actor) || [0, 0], h = 0;
      for (var c = 0; c < key.length; c++) h = (h * 31 + key.charCodeAt(c)) % 3600;
      var a = h / 3600 * 2 * Math.PI;
      addNodes.push({ id: "p|" + key, label: p.name, shape: "triangle", value: p.count,
                      x: base[0] + 70 * Math.cos(a), y: base[1] + 70 * Math.sin(a),
                      color: { background: PERSON, border: "#ffffff" } });
      addEdges.push({ id: "pe|" + key, from: "p|" + key, to: p.actor, dashes: true, width: 1,
                      arrows: { to: { enabled: false } }, label: "",
                      title: undefined, color: { color: "#b0b0b0", inherit: false } });
      shownPeople.push(key);
    });
    nodes.add(addNodes);
    edges.add(addEdges);
  }
  if (peopleBox) peopleBox.addEventListener("change", function () { syncPeople(); });

  // ---- network ----------------------------------------------------------------------------
  var container = byId("gpg-network");
  var physicsOptions = {
    solver: "forceAtlas2Based",
    forceAtlas2Based: { gravitationalConstant: -90, springLength: 110, springConstant: 0.05,
                        centralGravity: 0.025, avoidOverlap: 1, damping: 0.6 },
    stabilization: { enabled: true, iterations: 160, updateInterval: 40, fit: true }
  };
  // Labels are sized for the zoom the view was fitted at: there the busiest actor's label is
  // LABEL_MAX px and the quietest LABEL_MIN px, and vis-network leaves out any label drawn
  // under LABEL_CUT px, so at fit only the more important actors are labelled; zooming in
  // brings the others in (up to LABEL_CAP px).
  var LABEL_MIN = 6, LABEL_MAX = 18, LABEL_CUT = 9, LABEL_CAP = 22, labelBase = 1;
  function labelScaling(scale, boost) {
    var b = boost || 1;
    return { enabled: true, min: b * LABEL_MIN / scale, max: b * LABEL_MAX / scale,
             maxVisible: LABEL_CAP, drawThreshold: LABEL_CUT };
  }
  function fitLabels() {
    labelBase = network.getScale() || 1;
    network.setOptions({ nodes: { scaling: { label: labelScaling(labelBase) } } });
    network.body.emitter.emit("_dataUpdated");  // re-apply the value range to the labels
  }
  var options = {
    autoResize: true,
    nodes: {
      borderWidth: 1.5,
      font: { size: 14, face: FONT, color: "#1f2328", strokeWidth: 3, strokeColor: "#ffffff" },
      // size and label by the square root of the actor's triples in view (labelScaling)
      scaling: { min: 6, max: 36, label: labelScaling(1),
                 customScalingFunction: function (min, max, total, value) {
                   return max === min ? 0.5 : Math.sqrt(Math.max(0, (value - min) / (max - min)));
                 } }
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.5 } },
      smooth: { enabled: false },
      font: { size: 11, face: FONT, color: "#444444", strokeWidth: 3, strokeColor: "#ffffff",
              align: "middle" },
      scaling: { label: { enabled: false, drawThreshold: 10, maxVisible: 16 } },
      selectionWidth: 1.5,
      hoverWidth: 0.5
    },
    interaction: { hover: true, hideEdgesOnDrag: large, hideEdgesOnZoom: large, keyboard: false },
    physics: data.stabilise ? Object.assign({ enabled: true }, physicsOptions) : { enabled: false },
    layout: { improvedLayout: false, randomSeed: 7 }
  };
  network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  window.__timing.network = performance.now();
  network.on("beforeDrawing", function (ctx) {  // an opaque canvas, so the PNG has a background
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
  });
  window.geopol = {
    network: network, nodes: nodes, edges: edges, nodesView: nodes, edgesView: edges,
    state: state, data: data, layouts: layouts,
    view: function () { return view; }, summary: function () { return summaryLine(view); }
  };

  // Positions are kept: written back to the DataSet (and the current layout) whenever they
  // settle, so a hidden actor is shown again exactly where it was.
  function keepPositions(ids) {
    var pos = network.getPositions(ids);
    var updates = Object.keys(pos).map(function (id) {
      layouts[state.layout].set(id, [pos[id].x, pos[id].y]);
      return { id: id, x: pos[id].x, y: pos[id].y };
    });
    nodes.update(updates);
  }
  var settled = !data.stabilise || data.nodes.length === 0;
  var physicsBox = byId("gpg-physics");
  physicsBox.checked = !settled;
  function markReady() {
    if (!window.__ready) {
      window.__ready = true;
      window.__readyAt = performance.now();
      document.documentElement.setAttribute("data-ready", "true");
    }
  }
  function freeze() {
    network.setOptions({ physics: { enabled: false } });
    physicsBox.checked = false;
    keepPositions();
    if (!settled) { network.fit(); fitLabels(); }
    settled = true;
    network.redraw();
  }
  network.on("afterDrawing", function () { if (settled) markReady(); });
  network.once("stabilizationIterationsDone", freeze);
  if (settled && data.nodes.length) { network.fit(); fitLabels(); }
  physicsBox.addEventListener("change", function () {
    if (physicsBox.checked) network.setOptions({ physics: Object.assign({ enabled: true }, physicsOptions) });
    else freeze();
  });
  network.on("dragEnd", function (p) { if (p.nodes.length && !physicsBox.checked) keepPositions(p.nodes); });
  byId("gpg-relayout").addEventListener("click", function () {
    physicsBox.checked = true;  // until the stabilisation ends (freeze)
    network.setOptions({ physics: Object.assign({ enabled: true }, physicsOptions) });
    network.once("stabilizationIterationsDone", function () { freeze(); network.fit(); fitLabels(); });
    network.stabilize(physicsOptions.stabilization.iterations);
  });
  byId("gpg-layout").addEventListener("change", function (ev) {
    state.layout = ev.target.value;
    nodes.update(Array.from(shownTotal.keys()).map(function (id) {
      var p = layouts[state.layout].get(id);
      return { id: id, x: p[0], y: p[1] };
    }));
    syncPeople();
    network.fit({ animation: false });
    fitLabels();
  });
  if (data.nodes.length === 0) {
    container.append(el("p", { class: "gpg-empty", text: "No triples to draw." }));
    markReady();
  }

  // ---- details: the same builder for the hover tooltip and the pinned panel ---------------
  function meta(label, value) {
    return el("p", { class: "gpg-d-meta" }, [label + ": " + value]);
  }
  function dateRange(kept) {
    var ds = kept.filter(function (i) { return T.date[i] >= 0; })
      .map(function (i) { return data.dates[T.date[i]]; }).sort();
    var undated = kept.length - ds.length;
    var span = ds.length === 0 ? "undated"
      : ds[0] === ds[ds.length - 1] ? ds[0] : ds[0] + " – " + ds[ds.length - 1];
    if (ds.length && undated) span += " (+" + undated + " undated)";
    return span;
  }
  function tally(kept, column) {
    var counts = new Map();
    kept.forEach(function (i) { var v = S[T[column][i]]; if (v) counts.set(v, (counts.get(v) || 0) + 1); });
    return Array.from(counts.entries()).sort(function (a, b) { return b[1] - a[1]; })
      .map(function (kv) { return kv[1] > 1 ? kv[0] + " ×" + kv[1] : kv[0]; }).join(", ");
  }
  function mentionHit(i) {
    return state.mention !== null && (hasWord(S[T.sm[i]], state.mention) || hasWord(S[T.tm[i]], state.mention));
  }
  function articleOf(i) {
    var id = T.article[i] >= 0 ? data.articleIds[T.article[i]] : "";
    return { id: id, info: data.articles[id] || {} };
  }
  function evidenceBlock(i, pinned) {
    var a = articleOf(i), info = a.info;
    var date = T.date[i] >= 0 ? data.dates[T.date[i]] : info.published;
    var bits = [info.title || a.id, info.source, date];
    if (S[T.mod[i]] && S[T.mod[i]] !== "asserted") bits.push(S[T.mod[i]]);
    if (S[T.att[i]]) bits.push("per " + S[T.att[i]]);
    var who = [S[T.sm[i]], S[T.tm[i]]].filter(Boolean).join(" → ");
    if (who) bits.push(who);
    var text = bits.filter(Boolean).join(" · ");
    var src = el("div", { class: "gpg-d-src" });
    if (pinned && isHttp(info.url)) {
      var link = el("a", { target: "_blank", rel: "noopener noreferrer", text: text });
      link.href = info.url;
      src.append(link);
    } else {
      src.append(text);
      if (isHttp(info.url)) src.append(" (" + info.url.replace(/^https?:\/\//i, "").split("/")[0] + ")");
    }
    var quote = el("q", { text: S[T.ev[i]] });
    var block = el("div", { class: "gpg-d-ev" }, [quote, src]);
    if (mentionHit(i)) block.append(el("div", { class: "gpg-d-src", text: "names “" + state.mention + "”" }));
    return block;
  }
  function edgeDetails(id, pinned) {
    var e = edgeInfo.get(id), q = quadOf(e.quad);
    var kept = view.edges.get(id) || [];
    var countText = "×" + kept.length + (kept.length === e.total ? "" : " in view (" + e.total + " in all)");
    var box = el("div", { class: "gpg-d" }, [
      el("p", { class: "gpg-d-title", text: nameOf(e.from) + " → " + nameOf(e.to) }),
      el("div", { class: "gpg-d-rel" }, [swatch(q.color), el("span", { text: e.relation }),
        el("span", { class: "gpg-note", text: countText + " · " + q.label })]),
      meta("Dates", dateRange(kept)),
      meta("Modality", tally(kept, "mod"))
    ]);
    var gs = kept.map(function (i) { return T.gs[i]; }).filter(function (g) { return g !== null; });
    var cameo = tally(kept, "cameo");
    if (cameo) {
      var mean = gs.length ? gs.reduce(function (a, b) { return a + b; }, 0) / gs.length : null;
      box.append(meta("CAMEO", cameo + (mean === null ? "" : " · Goldstein " + mean.toFixed(2))));
    }
    var ordered = kept.filter(mentionHit).concat(kept.filter(function (i) { return !mentionHit(i); }));
    var seen = new Set(), shown = 0, cap = pinned ? 20 : 3;
    ordered.forEach(function (i) {
      var text = S[T.ev[i]];
      if (!text || seen.has(text) || shown >= cap) return;
      seen.add(text);
      shown++;
      box.append(evidenceBlock(i, pinned));
    });
    var more = kept.length - shown;
    if (more > 0) box.append(meta("More", plural(more, "other triple")));
    if (!pinned) box.append(el("p", { class: "gpg-note", text: "click to pin, with links" }));
    return box;
  }
  function nodeDetails(id, pinned) {
    var n = nodeInfo.get(id);
    var kind = (kindInfo.get(n.kind) || {}).label;
    var inView = view.nodes.get(id) || 0;
    var box = el("div", { class: "gpg-d" }, [
      el("p", { class: "gpg-d-title", text: n.label }),
      meta("Actor", [kind || n.kind, n.country === n.id ? "" : n.country, n.id]
        .filter(Boolean).join(" · ")),
      meta("Triples", fmt(inView) + (inView === n.wdeg ? "" : " in view (" + fmt(n.wdeg) + " in all)"))
    ]);
    if (n.aliases && pinned) box.append(meta("Also", n.aliases.join(", ")));
    var mine = [];
    view.edges.forEach(function (kept, eid) {
      var e = edgeInfo.get(eid);
      if (e.from === id || e.to === id) mine.push([e, kept.length]);
    });
    mine.sort(function (a, b) { return b[1] - a[1]; });
    var cap = pinned ? 40 : 8, list = el("ul", { class: "gpg-legend" });
    mine.slice(0, cap).forEach(function (pair) {
      var e = pair[0], c = pair[1];
      var text = e.from === id ? "→ " + e.relation + " " + nameOf(e.to)
        : "← " + e.relation + " from " + nameOf(e.from);
      var item = el("li", null, [swatch(quadOf(e.quad).color, true),
        el("span", { text: text + (c > 1 ? " ×" + c : "") })]);
      if (pinned) {
        item.style.cursor = "pointer";
        item.addEventListener("click", function () { pin(edgeDetails(e.id, true)); });
      }
      list.append(item);
    });
    box.append(list);
    if (mine.length > cap) box.append(meta("More", plural(mine.length, "edge")));
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

  // an edge's label shows on hover whatever the zoom (readable size), else from a zoom level
  function readableLabel(id, on) {
    var e = edgeInfo.get(id);
    if (!e || !view.edges.has(id)) return;
    var size = on ? Math.max(11, 13 / network.getScale()) : 11;
    edges.update({ id: id, label: on || labelsOn() ? edgeLabel(e, view.edges.get(id).length) : "",
                   font: { size: size, color: "#444444" } });
  }
  function personDetails(id) {  // "p|person id|actor" or its link "pe|…"
    var item = nodes.get(id.replace(/^pe\|/, "p|")) || {};
    var actor = id.split("|").slice(-1)[0];
    return el("div", { class: "gpg-d" }, [
      el("p", { class: "gpg-d-title", text: String(item.label || "") }),
      meta("Person", "named for " + nameOf(actor) + " in " + plural(item.value || 0, "triple") +
        " in view"),
      el("p", { class: "gpg-note", text: "search the name to see those edges" })]);
  }
  function isPerson(id) { return /^pe?\|/.test(String(id)); }
  network.on("hoverNode", function (p) {
    showTip(isPerson(p.node) ? personDetails(p.node) : nodeDetails(p.node, false), p.pointer);
  });
  network.on("hoverEdge", function (p) {
    showTip(isPerson(p.edge) ? personDetails(p.edge) : edgeDetails(p.edge, false), p.pointer);
    if (!large) readableLabel(p.edge, true);
  });
  network.on("blurEdge", function (p) { hideTip(); if (!large) readableLabel(p.edge, false); });
  ["blurNode", "dragStart", "zoom"].forEach(function (ev) { network.on(ev, hideTip); });
  network.on("click", function (p) {
    hideTip();
    if (p.nodes.length && isPerson(p.nodes[0])) pin(personDetails(p.nodes[0]));
    else if (p.nodes.length) focusActor(p.nodes[0], true);
    else if (p.edges.length && isPerson(p.edges[0])) pin(personDetails(p.edges[0]));
    else if (p.edges.length) pin(edgeDetails(p.edges[0], true));
    else { clearFocus(); unpin(); }
  });

  // ---- neighbourhood and mention highlight ------------------------------------------------
  var searchMsg = byId("gpg-search-msg");
  var dimmed = false;
  function highlight(keepNodes, keepEdges) {
    nodes.update(Array.from(view.nodes.keys()).map(function (id) {
      var on = keepNodes.has(id);
      return { id: id, opacity: on ? 1 : 0.15, font: { color: on ? "#1f2328" : "#c8ccd0" },
               scaling: { label: labelScaling(labelBase, on ? 1.5 : 1) } };
    }));
    edges.update(Array.from(view.edges.keys()).map(function (id) {
      var on = keepEdges.has(id), color = quadOf(edgeInfo.get(id).quad).color;
      return { id: id, color: { color: color, highlight: color, hover: color, inherit: false,
                                opacity: on ? 1 : 0.08 },
               font: { color: on ? "#444444" : "rgba(68,68,68,0.08)" } };
    }));
    dimmed = true;
  }
  function undim() {
    if (!dimmed) return;
    dimmed = false;
    nodes.update(Array.from(shownTotal.keys()).map(function (id) {
      return { id: id, opacity: 1, font: { color: "#1f2328" }, scaling: { label: labelScaling(labelBase) } };
    }));
    edges.update(Array.from(shownCount.keys()).map(function (id) {
      var color = quadOf(edgeInfo.get(id).quad).color;
      return { id: id, color: { color: color, highlight: color, hover: color, inherit: false, opacity: 1 },
               font: { color: "#444444" } };
    }));
  }
  function focusActor(id, zoom) {
    state.focus = id;
    state.mention = null;
    var keep = new Set([id]), keepEdges = new Set();
    view.edges.forEach(function (_, eid) {
      var e = edgeInfo.get(eid);
      if (e.from === id || e.to === id) { keepEdges.add(eid); keep.add(e.from); keep.add(e.to); }
    });
    highlight(keep, keepEdges);
    network.selectNodes([id]);
    if (zoom) network.fit({ nodes: Array.from(keep), animation: { duration: 300 } });
    searchMsg.textContent = nameOf(id) + ": " + plural(keep.size - 1, "neighbour");
    pin(nodeDetails(id, true));
  }
  function focusMention(word, zoom) {
    state.focus = null;
    state.mention = word;
    var keep = new Set(), keepEdges = new Set(), hits = 0, sides = new Set();
    view.edges.forEach(function (kept, eid) {
      var e = edgeInfo.get(eid), on = false;
      kept.forEach(function (i) {
        var s = hasWord(S[T.sm[i]], word), t = hasWord(S[T.tm[i]], word);
        if (s || t) { hits++; on = true; if (s) sides.add(e.from); if (t) sides.add(e.to); }
      });
      if (on) { keepEdges.add(eid); keep.add(e.from); keep.add(e.to); }
    });
    if (hits === 0) return false;
    highlight(keep, keepEdges);
    network.selectNodes(Array.from(sides));
    if (zoom) network.fit({ nodes: Array.from(keep), animation: { duration: 300 } });
    searchMsg.textContent = "“" + word + "”: named in " + plural(hits, "triple") + " on " +
      plural(keepEdges.size, "edge") + " of " + Array.from(sides).map(nameOf).join(", ");
    unpin();
    return true;
  }
  function clearFocus() {
    if (state.focus === null && state.mention === null && !dimmed) return;
    state.focus = null;
    state.mention = null;
    undim();
    network.unselectAll();
    searchMsg.textContent = "";
  }

  // ---- search: names, ids, aliases, then the people named on each triple's sides ----------
  function hasWord(hay, word) {  // word starts a word of hay (case-insensitive): "Kim" not "Kimia"
    if (!hay || !word) return false;
    hay = hay.toLowerCase();
    var w = word.toLowerCase(), at = hay.indexOf(w);
    while (at >= 0) {
      if (at === 0 || !/[\p{L}\p{N}]/u.test(hay.charAt(at - 1))) return true;
      at = hay.indexOf(w, at + 1);
    }
    return false;
  }
  var search = byId("gpg-search"), nameList = byId("gpg-names");
  (function fillNames() {
    var seen = new Set();
    function add(value, label) {
      var key = value.toLowerCase();
      if (!value || seen.has(key) || seen.size > 3000) return;
      seen.add(key);
      var o = document.createElement("option");
      o.value = value;
      if (label && label !== value) o.label = label;
      nameList.append(o);
    }
    data.nodes.forEach(function (n) { add(n.label, n.id); });
    for (var i = 0; i < T.sm.length; i++) { add(S[T.sm[i]], "named in the text"); add(S[T.tm[i]], "named in the text"); }
  })();
  function findActor(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    function names(n) { return [n.label.toLowerCase()].concat((n.aliases || []).map(function (a) { return a.toLowerCase(); })); }
    var tests = [
      function (n) { return n.id.toLowerCase() === q || names(n).indexOf(q) >= 0; },
      function (n) { return n.label.toLowerCase().indexOf(q) === 0; },
      function (n) { return n.label.toLowerCase().indexOf(q) >= 0 || n.id.toLowerCase().indexOf(q) >= 0; },
      function (n) {  // every word somewhere: "korea south"
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
    var raw = search.value.trim();
    if (!raw) { clearFocus(); return; }
    var id = findActor(raw);
    if (id !== null && view.nodes.has(id)) { focusActor(id, true); return; }
    if (focusMention(raw, true)) return;
    clearFocus();
    searchMsg.textContent = id !== null ? nameOf(id) + " is hidden by the filters"
      : "no actor or person in view matches";
  }
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") pick(); });
  search.addEventListener("input", function (ev) {
    // a datalist choice arrives as one replacement of the whole value
    if (ev.inputType === "insertReplacementText" || ev.inputType === undefined) pick();
  });
  byId("gpg-clear").addEventListener("click", function () { search.value = ""; clearFocus(); unpin(); });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { clearFocus(); unpin(); hideTip(); }
  });

  // ---- filters and counts ------------------------------------------------------------------
  var visibleNote = byId("gpg-visible"), summaryEl = byId("gpg-summary");
  var countCells = { kinds: new Map(), quads: new Map(), relations: new Map() };
  function refresh() {
    view = computeView();
    sync();
    syncPeople();
    if (state.focus !== null) {
      if (view.nodes.has(state.focus)) focusActor(state.focus, false); else clearFocus();
    } else if (state.mention !== null) {
      if (!focusMention(state.mention, false)) clearFocus();
    }
    summaryEl.textContent = summaryLine(view) + (data.note ? " · " + data.note : "");
    visibleNote.textContent = "showing " + fmt(view.edges.size) + " of " + plural(data.edges.length, "edge") +
      ", " + fmt(view.nodes.size) + " of " + plural(data.nodes.length, "actor");
    countCells.kinds.forEach(function (cell, k) { cell.textContent = fmt(view.kinds.get(k) || 0); });
    countCells.quads.forEach(function (cell, q) { cell.textContent = fmt(view.quads.get(q) || 0); });
    countCells.relations.forEach(function (cell, r) { cell.textContent = fmt(view.relations.get(r) || 0); });
    document.documentElement.setAttribute("data-view", String(++refreshes));
  }
  var refreshes = 0;
  var pending = false;
  function schedule() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; refresh(); });
  }

  function countCell(map, key) {
    var cell = el("span", { class: "gpg-count" });
    map.set(key, cell);
    return cell;
  }
  function checkRow(checked, onChange, parts, cell) {
    var box = el("input", { type: "checkbox" });
    box.checked = checked;
    box.addEventListener("change", function () { onChange(box.checked); schedule(); });
    return el("li", null, [el("label", null, [box].concat(parts).concat([cell]))]);
  }
  data.kinds.forEach(function (k) {
    byId("gpg-kinds").append(el("li", { "data-kind": k.kind }, [shapeIcon(k.shape, k.color),
      el("span", { text: k.label }), countCell(countCells.kinds, k.kind)]));
  });
  data.quads.forEach(function (q) {
    var row = checkRow(true, function (on) {
      if (on) state.quads.add(q.quad); else state.quads.delete(q.quad);
    }, [swatch(q.color), el("span", { text: q.label })], countCell(countCells.quads, q.quad));
    row.querySelector("input").setAttribute("data-quad", String(q.quad));
    byId("gpg-quads").append(row);
  });
  var relationBoxes = [];
  data.relations.forEach(function (r) {
    var row = checkRow(true, function (on) {
      if (on) state.relations.add(r.name); else state.relations.delete(r.name);
    }, [swatch(quadOf(r.quad).color, true), el("span", { text: r.name })],
    countCell(countCells.relations, r.name));
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

  function numberControl(input, max, key) {
    input.max = String(max);
    input.value = String(state[key]);
    function apply() {
      var v = Math.round(Number(input.value));
      if (!isFinite(v) || v < 1 || Math.min(v, max) === state[key]) return;
      state[key] = Math.min(v, max);
      schedule();
    }
    input.addEventListener("input", apply);
    input.addEventListener("change", apply);
  }
  numberControl(byId("gpg-top"), Math.max(data.nodes.length, 1), "top");
  numberControl(byId("gpg-min"), maxCount, "min");

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
    edges.update(Array.from(view.edges.keys()).map(function (id) {
      var e = edgeInfo.get(id);
      return { id: id, label: labelsBox.checked && !large ? edgeLabel(e, view.edges.get(id).length) : "" };
    }));
  });

  // ---- export: what is shown, offline, named after the title -------------------------------
  function fileName(ext) {
    var base = String(data.title || "geopolgraph").normalize("NFKD").replace(/[^\w .-]+/g, " ")
      .trim().replace(/\s+/g, "-").replace(/^[.-]+/, "").slice(0, 80);
    return (base || "geopolgraph") + "." + ext;
  }
  function download(blob, name) {
    var url = URL.createObjectURL(blob);
    var a = el("a", { download: name });
    a.href = url;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }
  var CSV_COLUMNS = ["source", "source_name", "relation", "target", "target_name",
    "source_mention", "target_mention", "date", "quad_class", "cameo", "goldstein", "modality",
    "attributed_to", "article_id", "article_title", "url", "evidence"];
  function csvCell(value, text) {
    var s = value === null || value === undefined ? "" : String(value);
    // a text cell that a spreadsheet would run as a formula is kept as text
    if (text && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function csvRows() {
    var rows = [CSV_COLUMNS.join(",")];
    view.edges.forEach(function (kept, id) {
      var e = edgeInfo.get(id);
      kept.forEach(function (i) {
        var a = articleOf(i);
        var cells = [[e.from, 1], [nameOf(e.from), 1], [e.relation, 1], [e.to, 1], [nameOf(e.to), 1],
          [S[T.sm[i]], 1], [S[T.tm[i]], 1], [T.date[i] >= 0 ? data.dates[T.date[i]] : "", 0],
          [e.quad, 0], [S[T.cameo[i]], 0], [T.gs[i], 0], [S[T.mod[i]], 1], [S[T.att[i]], 1],
          [a.id, 1], [a.info.title || "", 1], [a.info.url || "", 1], [S[T.ev[i]], 1]];
        rows.push(cells.map(function (c) { return csvCell(c[0], c[1]); }).join(","));
      });
    });
    return rows;
  }
  byId("gpg-csv").addEventListener("click", function () {
    download(new Blob(["\ufeff" + csvRows().join("\r\n") + "\r\n"], { type: "text/csv" }), fileName("csv"));
  });
  byId("gpg-png").addEventListener("click", function () {
    var src = container.querySelector("canvas");
    var ratio = src.width / Math.max(src.clientWidth, 1), pad = Math.round(46 * ratio);
    var out = document.createElement("canvas");
    out.width = src.width;
    out.height = src.height + pad;
    var ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.fillStyle = "#1f2328";
    ctx.font = "600 " + Math.round(16 * ratio) + "px " + FONT;
    ctx.fillText(String(data.title), 10 * ratio, 20 * ratio, out.width - 20 * ratio);
    ctx.fillStyle = "#6e7781";
    ctx.font = Math.round(12 * ratio) + "px " + FONT;
    ctx.fillText(summaryEl.textContent, 10 * ratio, 38 * ratio, out.width - 20 * ratio);
    ctx.drawImage(src, 0, pad);
    out.toBlob(function (blob) { download(blob, fileName("png")); }, "image/png");
  });
  window.geopol.csvRows = csvRows;
  window.geopol.fileName = fileName;

  refresh();
})();
