(function () {
  "use strict";
  var PAGE = 50;
  var data = JSON.parse(document.getElementById("crosscheck-data").textContent);

  // --- findings: filters and paging (findings past the first page stay inert) -----------
  var form = document.getElementById("finding-filters");
  var list = document.getElementById("finding-list");
  var items = Array.prototype.slice.call(list.children);
  var tpl = document.getElementById("more-findings-tpl");
  if (tpl) { items = items.concat(Array.prototype.slice.call(tpl.content.children)); }
  var more = document.getElementById("more-findings");
  var shown = PAGE;
  function criteria() {
    return {
      sev: Array.prototype.map.call(form.querySelectorAll("input[name=severity]:checked"), function (x) { return x.value; }),
      rule: form.elements.rule.value, doc: form.elements.doc.value,
      q: form.elements.q.value.trim().toLowerCase()
    };
  }
  function matches(li, k) {
    if (k.sev.indexOf(li.dataset.severity) < 0) return false;
    if (k.rule && li.dataset.rule !== k.rule) return false;
    if (k.doc && (" " + li.dataset.docs + " ").indexOf(" " + k.doc + " ") < 0) return false;
    // (without the isolate marks around article text in tooltips: crosscheck.report.bidi)
    if (k.q && li.textContent.replace(/[\u2066-\u2069]/g, "").toLowerCase().indexOf(k.q) < 0) return false;
    return true;
  }
  function applyFilters(target) {
    var k = criteria(), n = 0, frag = document.createDocumentFragment();
    items.forEach(function (li) {
      var ok = matches(li, k);
      if (ok) { n += 1; }
      if (ok && (n <= shown || li.id === target)) { li.hidden = false; frag.appendChild(li); }
      else if (li.parentNode === list) { list.removeChild(li); }
    });
    list.appendChild(frag);
    var visible = list.children.length;
    document.getElementById("findings-count").textContent = visible === n ? String(n) : visible + " of " + n;
    var none = document.getElementById("findings-none");  // (none without findings)
    if (none) { none.hidden = n > 0; }  // an emptied list says so in words
    more.hidden = n <= shown;
  }
  form.addEventListener("change", function () { applyFilters(); });
  form.addEventListener("input", function () { applyFilters(); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  more.addEventListener("click", function () { shown += PAGE; applyFilters(); });
  function findingNode(id) {
    for (var i = 0; i < items.length; i++) { if (items[i].id === id) return items[i]; }
    return null;
  }

  // --- documents: large sets keep their text inert until opened -------------------------
  function materialise(d) {
    var t = d.querySelector(":scope > template");
    if (t) { d.appendChild(t.content); d.removeChild(t); }
  }
  document.querySelectorAll("details.lazy").forEach(function (d) {
    d.addEventListener("toggle", function () { if (d.open) materialise(d); });
  });
  function holderOf(id) {
    var lazy = document.querySelectorAll("details.lazy[data-claims]");
    for (var i = 0; i < lazy.length; i++) {
      if ((" " + lazy[i].dataset.claims + " ").indexOf(" " + id + " ") >= 0) return lazy[i];
    }
    return null;
  }

  // --- anchors: open what holds the target ---------------------------------------------
  function reveal() {
    if (!location.hash) return;
    var id = decodeURIComponent(location.hash.slice(1));
    var el = document.getElementById(id);
    if (!el && findingNode(id)) { applyFilters(id); el = document.getElementById(id); }
    if (!el) {
      var holder = holderOf(id);
      if (holder) { materialise(holder); holder.open = true; el = document.getElementById(id); }
    }
    if (!el) return;
    var d = el.closest("details");
    while (d) { d.open = true; d = d.parentElement ? d.parentElement.closest("details") : null; }
    el.scrollIntoView();
  }
  window.addEventListener("hashchange", reveal);

  // --- diff view --------------------------------------------------------------------------
  var left = document.getElementById("diff-left"), right = document.getElementById("diff-right");
  var tbody = document.querySelector("#diff-table tbody");
  // text from the articles, isolated (crosscheck.report.bidi): its direction stops at its end
  function bdi(text) { var b = document.createElement("bdi"); b.textContent = text; return b; }
  function cell(text, href, isolated) {
    var td = document.createElement("td");
    var node = isolated ? bdi(text) : document.createTextNode(text);
    if (href) { var a = document.createElement("a"); a.href = href; a.appendChild(node); td.appendChild(a); }
    else { td.appendChild(node); }
    return td;
  }
  function claimsCell(list) {
    var td = document.createElement("td");
    list.forEach(function (c, i) {
      if (i) { td.appendChild(document.createElement("br")); }
      var a = document.createElement("a"); a.href = "#" + c.anchor;
      a.appendChild(document.createTextNode("“")); a.appendChild(bdi(c.text)); a.appendChild(document.createTextNode("”"));
      td.appendChild(a);
    });
    return td;
  }
  // Whether two figures agree, can both hold or cannot, and their difference in words, are
  // judged once, in Python (crosscheck.rules.checks.judge_pair, pair_words, with
  // crosscheck.quantity), per pair of a group's figures: the page only looks them up and
  // never judges numbers on its own. Statuses, worst first; a pair not listed agrees.
  var STATUS = {d: ["changed", "≠ differ: "], c: ["compatible", "≈ compatible: "],
                x: ["apart", "≠ not compared: "], "?": ["apart", "? not compared here: "]};
  var ORDER = ["d", "c", "x", "?"];
  function pairsOf(g) {
    if (!g.pairMap) {
      g.pairMap = {};
      g.pairs.forEach(function (p) { g.pairMap[p[0] + " " + p[1]] = p; });
    }
    return g.pairMap;
  }
  // The pair of figures i and j of a group as Python listed it: [figure, figure, status,
  // spread, head, reasons] (each text cut into the report's words and, at odd places, the
  // claims'), or null: they agree.
  function judged(g, i, j) {
    if (i === j) return null;
    if (g.unjudged) {  // no rule judged the group's figures: two that differ are not compared
      return [Math.min(i, j), Math.max(i, j), "?", ["no rule compares this group's figures"]];
    }
    var a = Math.min(i, j), b = Math.max(i, j), p = pairsOf(g)[a + " " + b];
    if (p) return p;
    var u = g.upto;  // pairs past it were not judged for the page (a group of many figures)
    if (u && (a > u[0] || (a === u[0] && b > u[1]))) {
      return [a, b, "?", ["the group has too many different figures; its finding compares them all"]];
    }
    return null;
  }
  // The words of some pairs of one status: each spread once, then each head once with the
  // reasons it has, each once ('3,500 is 16.7% above 3,000; the wording still makes them
  // compatible: “at least 3,000” admits 3,500; “some 3,000 or more” admits 3,500').
  var SAID = 3;  // spreads, and reasons a head, said; the others counted
  function said(pairs) {
    var out = [], seen = {}, heads = [], reasons = {}, spreads = 0;
    function once(parts, key) {
      var k = key + parts.join("\u0000");
      if (seen[k]) return false;
      seen[k] = true; return true;
    }
    function add(parts) { parts.forEach(function (t, n) { out.push(n % 2 ? {bdi: t} : t); }); }
    pairs.forEach(function (p) {
      if (once(p[3], "s") && ++spreads <= SAID) { if (out.length) out.push("; "); add(p[3]); }
      if (!p[4]) return;
      if (!reasons[p[4]]) { reasons[p[4]] = []; heads.push(p[4]); }
      (p[5] || []).forEach(function (r) { if (once(r, "r" + p[4])) reasons[p[4]].push(r); });
    });
    if (spreads > SAID) out.push("; and " + (spreads - SAID) + " more");
    heads.forEach(function (h) {
      out.push("; " + h + (reasons[h].length ? ": " : ""));
      reasons[h].slice(0, SAID).forEach(function (r, k) { if (k) out.push("; "); add(r); });
      if (reasons[h].length > SAID) out.push("; and " + (reasons[h].length - SAID) + " more");
    });
    return out;
  }
  function row(cls, subject, l, status, r) {
    var tr = document.createElement("tr"); tr.className = cls;
    tr.appendChild(subject); tr.appendChild(claimsCell(l));
    // the status: the report's words, and (objects) a claim's words, isolated
    var st = document.createElement("td"); st.className = "status";
    (typeof status === "string" ? [status] : status).forEach(function (p) {
      st.appendChild(typeof p === "string" ? document.createTextNode(p) : bdi(p.bdi));
    });
    tr.appendChild(st);
    tr.appendChild(claimsCell(r)); tbody.appendChild(tr);
  }
  function renderDiff() {
    var L = left.value, R = right.value;
    ["diff-left-h", "diff-right-h"].forEach(function (id, k) {
      var h = document.getElementById(id);
      while (h.firstChild) { h.removeChild(h.firstChild); }
      h.appendChild(bdi(k ? R : L));
    });
    while (tbody.firstChild) { tbody.removeChild(tbody.firstChild); }
    if (L === R) {  // an article beside itself: every claim was "only in left"
      var tr = document.createElement("tr"), td = document.createElement("td");
      td.colSpan = 4; td.className = "empty";
      td.textContent = data.documents.length < 2 ? "Only one article: there is no other to compare it with."
        : "The same article is on both sides: pick two different articles.";
      tr.appendChild(td); tbody.appendChild(tr);
      return;
    }
    var used = {};
    data.groups.forEach(function (g) {
      var l = [], r = [];
      g.claims.forEach(function (id, k) {
        var c = data.claims[id];
        c.fig = g.figs[k];
        if (c.doc === L) { l.push(c); } else if (c.doc === R) { r.push(c); }
      });
      if (!l.length && !r.length) return;
      l.concat(r).forEach(function (c) { used[c.anchor] = true; });
      var subject = cell(g.label, g.href || "#" + g.anchor, true);  // href: on another story page
      if (l.length && r.length) {
        var found = {};
        l.forEach(function (a) {
          r.forEach(function (b) {
            var p = judged(g, a.fig, b.fig);
            if (p) { (found[p[2]] = found[p[2]] || []).push(p); }
          });
        });
        var worst = ORDER.filter(function (k) { return found[k]; })[0];
        if (!worst) { row("equal", subject, l, "= equal", r); }
        else { row(STATUS[worst][0], subject, l, [STATUS[worst][1]].concat(said(found[worst])), r); }
      } else if (l.length) { row("only", subject, l, "only in left", []); }
      else { row("only", subject, [], "only in right", r); }
    });
    Object.keys(data.claims).forEach(function (id) {
      var c = data.claims[id];
      if (used[c.anchor] || (c.doc !== L && c.doc !== R)) return;
      var subject = cell((c.unit || c.kind) + "");
      if (c.doc === L) { row("only", subject, [c], "only in left", []); } else { row("only", subject, [], "only in right", [c]); }
    });
  }
  function pairLinks() {
    var p = document.getElementById("diff-pairs"), seen = {}, count = 0, LIMIT = 40;
    p.textContent = "";
    data.groups.forEach(function (g) {
      var docs = [];
      g.claims.forEach(function (id) { var d = data.claims[id].doc; if (docs.indexOf(d) < 0) docs.push(d); });
      for (var i = 0; i < docs.length; i++) for (var j = i + 1; j < docs.length; j++) {
        var key = docs[i] + "\u0000" + docs[j];
        if (seen[key]) continue; seen[key] = true;
        count += 1;
        if (count > LIMIT) continue;
        var a = document.createElement("a"); a.href = "#diff";
        a.appendChild(bdi(docs[i])); a.appendChild(document.createTextNode(" ↔ ")); a.appendChild(bdi(docs[j]));
        a.dataset.left = docs[i]; a.dataset.right = docs[j];
        a.addEventListener("click", function (e) { left.value = e.currentTarget.dataset.left; right.value = e.currentTarget.dataset.right; renderDiff(); });
        if (p.childNodes.length) p.appendChild(document.createTextNode(" · "));
        p.appendChild(a);
      }
    });
    if (p.childNodes.length) p.insertBefore(document.createTextNode("Pairs that share a group: "), p.firstChild);
    if (count > LIMIT) p.appendChild(document.createTextNode(" … and " + (count - LIMIT) + " more pairs (use the lists above)."));
  }
  left.addEventListener("change", renderDiff); right.addEventListener("change", renderDiff);

  // --- claims table: filter, sort, paging ------------------------------------------------
  var table = document.getElementById("claim-table"), rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var extra = document.getElementById("more-claim-rows");
  if (extra) { rows = rows.concat(Array.prototype.slice.call(extra.content.querySelectorAll("tr"))); }
  var filter = document.getElementById("claim-filter"), moreClaims = document.getElementById("more-claims"), limit = 200;
  function showRows() {
    var q = filter.value.trim().toLowerCase(), n = 0, body = table.tBodies[0];
    var frag = document.createDocumentFragment();
    rows.forEach(function (tr) {
      var ok = !q || tr.textContent.toLowerCase().indexOf(q) >= 0;
      if (ok) n += 1;
      if (ok && n <= limit) { tr.hidden = false; frag.appendChild(tr); }
      else if (tr.parentNode === body) { body.removeChild(tr); }
    });
    body.appendChild(frag);
    moreClaims.hidden = n <= limit;
  }
  filter.addEventListener("input", showRows);
  moreClaims.addEventListener("click", function () { limit += 200; showRows(); });
  table.querySelectorAll("th button").forEach(function (b) {
    b.addEventListener("click", function () {
      var col = Number(b.dataset.sort), numeric = b.dataset.numeric === "1";
      var dir = b.dataset.dir === "asc" ? -1 : 1; b.dataset.dir = dir === 1 ? "asc" : "desc";
      // the sort state, said to a screen reader: this column's order, the others' none
      table.querySelectorAll("th[aria-sort]").forEach(function (th) { th.setAttribute("aria-sort", "none"); });
      b.parentNode.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
      rows.sort(function (x, y) {
        var a = numeric ? Number(x.dataset.value) : x.cells[col].textContent.toLowerCase();
        var c = numeric ? Number(y.dataset.value) : y.cells[col].textContent.toLowerCase();
        return a < c ? -dir : a > c ? dir : 0;
      });
      showRows();
    });
  });

  applyFilters(); renderDiff(); pairLinks(); showRows(); reveal();
})();
