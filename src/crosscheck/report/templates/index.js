(function () {
  "use strict";
  // The index of a large report. The first findings are data in this page; all of them are
  // in report-files/findings-*.js, loaded only when a filter or "Show more" needs them.
  // Each finding's evidence is on its story page (report-files/story-*.html, f.file).
  var PAGE = 50;
  var data = JSON.parse(document.getElementById("crosscheck-index").textContent);
  function pad(n, width) { var s = String(n); while (s.length < width) { s = "0" + s; } return s; }

  // --- anchors of the one-file layout: through the page that knows where they are --------
  function fnv(s) {  // FNV-1a, as report-files/anchors-*.html are named (crosscheck.report.pages)
    var h = 0x811c9dc5;
    for (var i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
    return h >>> 0;
  }
  function follow() {
    if (!location.hash) return false;
    var id = decodeURIComponent(location.hash.slice(1));
    if (document.getElementById(id) || !/^(finding|claim|doc|group)-/.test(id)) return false;
    var width = (data.buckets - 1).toString(16).length;
    var bucket = pad((fnv(id) & (data.buckets - 1)).toString(16), width);
    location.replace("report-files/anchors-" + bucket + ".html" + location.hash);
    return true;
  }
  window.addEventListener("hashchange", follow);
  if (follow()) return;

  // --- all the findings, when needed ------------------------------------------------------
  var findings = data.first, complete = data.total <= data.first.length;
  var parts = [], got = 0, waiting = [], loading = false;
  var status = document.getElementById("findings-status");
  window.crosscheckFindings = function (k, list) {
    if (parts[k] === undefined) { parts[k] = list; got += 1; }
    if (got < data.chunks) { status.textContent = "loading the findings… " + got + " of " + data.chunks + " parts"; return; }
    findings = [].concat.apply([], parts); complete = true; status.textContent = "";
    waiting.splice(0).forEach(function (fn) { fn(); });
  };
  function withAll(fn) {
    if (complete) { fn(); return; }
    waiting.push(fn);
    if (loading) return;
    loading = true; status.textContent = "loading the findings…";
    var width = String(data.chunks).length;
    for (var k = 1; k <= data.chunks; k++) {
      var s = document.createElement("script");
      s.src = "report-files/findings-" + pad(k, width) + ".js";
      s.onerror = function (e) { status.textContent = "cannot read " + e.target.getAttribute("src") + " (keep report-files/ beside report.html)"; };
      document.head.appendChild(s);
    }
  }

  // --- the list: filters and paging ----------------------------------------------------------
  var form = document.getElementById("finding-filters");
  var list = document.getElementById("finding-list");
  var more = document.getElementById("more-findings");
  var shown = PAGE;
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  // text from the articles, isolated (crosscheck.report.bidi): its direction stops at its end
  function bdi(text) { return el("bdi", "", text); }
  function listOf(items, sep) {
    var frag = document.createDocumentFragment();
    items.forEach(function (x, i) { if (i) { frag.appendChild(document.createTextNode(sep)); } frag.appendChild(bdi(x)); });
    return frag;
  }
  function row(f) {
    var li = el("li", "finding sev-" + f.severity);
    li.dataset.severity = f.severity; li.dataset.rule = f.rule;
    var h = el("h3");
    h.appendChild(el("span", "badge sev-" + f.severity, f.severity));
    h.appendChild(document.createTextNode(" " + f.title));
    if (f.group) { h.appendChild(document.createTextNode(": ")); h.appendChild(bdi(f.group)); }  // told apart
    if (f.nth) { h.appendChild(document.createTextNode(" ")); h.appendChild(el("span", "small", "(" + f.nth + ")")); }
    if (f.suppressed) { h.appendChild(document.createTextNode(" ")); h.appendChild(el("span", "tag", "suppressed by the baseline")); }
    li.appendChild(h);
    var message = el("p", "message");  // its own words, and the articles' (odd parts) isolated
    f.message.forEach(function (part, k) { message.appendChild(k % 2 ? bdi(part) : document.createTextNode(part)); });
    li.appendChild(message);
    var p = el("p", "small");
    p.appendChild(document.createTextNode("Rule "));
    p.appendChild(el("code", "", f.rule));
    p.appendChild(document.createTextNode(" (" + f.kind + ") · verdict: " + f.verdict + " · group "));
    p.appendChild(bdi(f.group));
    p.appendChild(document.createTextNode(" · "));
    var a = el("a", "evidence", "Evidence on its story page");
    a.href = "report-files/" + f.file + "#" + f.anchor;
    p.appendChild(a);
    li.appendChild(p);
    var docs = el("p", "small", "Articles: ");
    docs.appendChild(listOf(f.docs.slice(0, 4), ", "));
    if (f.docs.length > 4) { docs.appendChild(document.createTextNode(" and " + (f.docs.length - 4) + " more")); }
    li.appendChild(docs);
    return li;
  }
  function haystack(f) {
    if (f.text === undefined) { f.text = [f.title, f.message.join(""), f.rule, f.group, f.docs.join(" ")].join(" ").toLowerCase(); }
    return f.text;
  }
  function criteria() {
    return {
      sev: Array.prototype.map.call(form.querySelectorAll("input[name=severity]:checked"), function (x) { return x.value; }),
      rule: form.elements.rule.value, q: form.elements.q.value.trim().toLowerCase()
    };
  }
  function draw() {
    var k = criteria(), n = 0, frag = document.createDocumentFragment();
    var all = k.sev.length === 3 && !k.rule && !k.q;
    if (!complete && !(all && shown <= findings.length)) { withAll(draw); return; }
    findings.forEach(function (f) {
      if (k.sev.indexOf(f.severity) < 0 || (k.rule && f.rule !== k.rule) || (k.q && haystack(f).indexOf(k.q) < 0)) return;
      n += 1;
      if (n <= shown) { frag.appendChild(row(f)); }
    });
    if (!complete) { n = data.total; }  // unfiltered: the first page, of all of them
    while (list.firstChild) { list.removeChild(list.firstChild); }
    list.appendChild(frag);
    var visible = list.children.length;
    document.getElementById("findings-count").textContent = visible === n ? String(n) : visible + " of " + n;
    var none = document.getElementById("findings-none");  // (none without findings)
    if (none) { none.hidden = n > 0; }  // an emptied list says so in words
    more.hidden = n <= shown;
  }
  form.addEventListener("change", function () { shown = PAGE; draw(); });
  form.addEventListener("input", function () { shown = PAGE; draw(); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  more.addEventListener("click", function () { shown += PAGE; draw(); });
  draw();
})();
