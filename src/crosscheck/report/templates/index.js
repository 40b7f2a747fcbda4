(function () {
  "use strict";
  // The index of a large report: its findings are data in the page, drawn 50 at a time and
  // filtered here; each one's evidence is on its story page (report-files/story-N.html).
  var PAGE = 50;
  var data = JSON.parse(document.getElementById("crosscheck-index").textContent);
  var findings = data.findings;
  function pad(n, width) { var s = String(n); while (s.length < width) { s = "0" + s; } return s; }
  function storyPage(n) { return "report-files/story-" + pad(n, data.width) + ".html"; }

  // --- anchors of the one-file layout: to the story page that holds them -----------------
  var pageOf = {};
  findings.forEach(function (f) { pageOf[f.anchor] = f.page; });
  Object.keys(data.corroborations).forEach(function (a) { pageOf[a] = data.corroborations[a]; });
  function fnv(s) {  // FNV-1a, as report-files/anchors-*.html are named (crosscheck.report.pages)
    var h = 0x811c9dc5;
    for (var i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
    return h >>> 0;
  }
  function follow() {
    if (!location.hash) return false;
    var id = decodeURIComponent(location.hash.slice(1));
    if (document.getElementById(id)) return false;  // a section of this page
    if (Object.prototype.hasOwnProperty.call(pageOf, id)) {
      location.replace(storyPage(pageOf[id]) + location.hash); return true;
    }
    if (/^(claim|doc|group)-/.test(id)) {
      var width = (data.buckets - 1).toString(16).length;
      var bucket = pad((fnv(id) & (data.buckets - 1)).toString(16), width);
      location.replace("report-files/anchors-" + bucket + ".html" + location.hash); return true;
    }
    return false;
  }
  window.addEventListener("hashchange", follow);
  if (follow()) return;

  // --- the findings: filters and paging ---------------------------------------------------
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
  function row(f) {
    var li = el("li", "finding sev-" + f.severity);
    li.dataset.severity = f.severity; li.dataset.rule = f.rule;
    var h = el("h3");
    h.appendChild(el("span", "badge sev-" + f.severity, f.severity));
    h.appendChild(document.createTextNode(" " + f.title));
    if (f.suppressed) { h.appendChild(document.createTextNode(" ")); h.appendChild(el("span", "tag", "suppressed by the baseline")); }
    li.appendChild(h);
    li.appendChild(el("p", "message", f.message));
    var p = el("p", "small");
    p.appendChild(document.createTextNode("Rule "));
    p.appendChild(el("code", "", f.rule));
    p.appendChild(document.createTextNode(" (" + f.kind + ") · verdict: " + f.verdict + " · group " + f.group + " · "));
    var a = el("a", "evidence", "Evidence on story page " + f.page);
    a.href = storyPage(f.page) + "#" + f.anchor;
    p.appendChild(a);
    li.appendChild(p);
    var docs = f.docs.slice(0, 4).join(", ") + (f.docs.length > 4 ? " and " + (f.docs.length - 4) + " more" : "");
    li.appendChild(el("p", "small", "Articles: " + docs));
    return li;
  }
  function haystack(f) {
    if (f.text === undefined) { f.text = [f.title, f.message, f.rule, f.group, f.docs.join(" ")].join(" ").toLowerCase(); }
    return f.text;
  }
  function draw() {
    var sev = Array.prototype.map.call(form.querySelectorAll("input[name=severity]:checked"), function (x) { return x.value; });
    var rule = form.elements.rule.value, q = form.elements.q.value.trim().toLowerCase();
    var n = 0, frag = document.createDocumentFragment();
    findings.forEach(function (f) {
      if (sev.indexOf(f.severity) < 0 || (rule && f.rule !== rule) || (q && haystack(f).indexOf(q) < 0)) return;
      n += 1;
      if (n <= shown) { frag.appendChild(row(f)); }
    });
    while (list.firstChild) { list.removeChild(list.firstChild); }
    list.appendChild(frag);
    var visible = list.children.length;
    document.getElementById("findings-count").textContent = visible === n ? String(n) : visible + " of " + n;
    more.hidden = n <= shown;
  }
  form.addEventListener("change", function () { shown = PAGE; draw(); });
  form.addEventListener("input", function () { shown = PAGE; draw(); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  more.addEventListener("click", function () { shown += PAGE; draw(); });
  draw();
})();
