(function () {
  "use strict";
  // report-files/anchors-*.html: which story page holds a document, claim or group anchor
  // (the index sends an old link to report.html#claim-... here); then straight there.
  var data = JSON.parse(document.getElementById("crosscheck-anchors").textContent);
  var id = decodeURIComponent(location.hash.slice(1));
  var page = Object.prototype.hasOwnProperty.call(data.at, id) ? data.at[id] : null;
  if (page !== null) {
    location.replace(page + location.hash);
  } else {
    document.getElementById("where").textContent = id ? "“" + id + "” is not in this report." : "No place was asked for.";
  }
})();
