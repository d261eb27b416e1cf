(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) return;
  var findings = Array.prototype.slice.call(document.querySelectorAll("#findings-list article.finding"));
  var byFile = document.getElementById("by-file");
  var byRule = document.getElementById("by-rule");
  var shown = document.getElementById("shown");
  var nodeFilter = null;
  var nodeBox = document.getElementById("node-filter");
  var nodeName = document.getElementById("node-filter-name");

  function ticked(name) {
    var set = {};
    Array.prototype.forEach.call(form.querySelectorAll("input[name=" + name + "]"), function (box) {
      set[box.value] = box.checked;
    });
    return set;
  }

  function onNode(article) {
    return nodeFilter === null || (" " + article.getAttribute("data-nodes") + " ").indexOf(" " + nodeFilter + " ") >= 0;
  }

  function update() {
    var sev = ticked("sev");
    var rule = ticked("rule");
    var sevCounts = {};
    var ruleCounts = {};
    var visible = 0;
    findings.forEach(function (article) {
      var s = article.getAttribute("data-sev");
      var r = article.getAttribute("data-rule");
      var node = onNode(article);
      if (node && rule[r]) sevCounts[s] = (sevCounts[s] || 0) + 1;
      if (node && sev[s]) ruleCounts[r] = (ruleCounts[r] || 0) + 1;
      var show = node && sev[s] && rule[r];
      article.hidden = !show;
      if (show) visible++;
    });
    Array.prototype.forEach.call(form.querySelectorAll("[data-count-sev]"), function (el) {
      el.textContent = String(sevCounts[el.getAttribute("data-count-sev")] || 0);
    });
    Array.prototype.forEach.call(form.querySelectorAll("[data-count-rule]"), function (el) {
      el.textContent = String(ruleCounts[el.getAttribute("data-count-rule")] || 0);
    });
    Array.prototype.forEach.call(document.querySelectorAll("#findings-list section.group"), function (group) {
      var n = group.querySelectorAll("article.finding:not([hidden])").length;
      group.hidden = n === 0;
      var count = group.querySelector(".gcount");
      if (count) count.textContent = String(n);
    });
    shown.textContent = visible + " of " + findings.length + " finding" + (findings.length === 1 ? "" : "s") + " shown.";
  }

  function group(by) {
    findings.forEach(function (article) {
      var target = by === "rule"
        ? byRule.querySelector(".items[data-rule=\"" + article.getAttribute("data-rule") + "\"]")
        : byFile.querySelector(".items[data-file=\"" + article.getAttribute("data-file") + "\"]");
      if (target) target.appendChild(article);
    });
    byFile.hidden = by === "rule";
    byRule.hidden = by !== "rule";
    update();
  }

  form.addEventListener("change", function (event) {
    if (event.target.name === "group") {
      group(event.target.value);
    } else {
      update();
    }
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });

  function showNode(node, label) {
    nodeFilter = node;
    nodeName.textContent = label;
    nodeBox.hidden = false;
    update();
    document.getElementById("findings").scrollIntoView();
    shown.focus();
  }

  Array.prototype.forEach.call(document.querySelectorAll("svg .badge"), function (badge) {
    var node = badge.getAttribute("data-node");
    var label = document.querySelector("#node-" + node + " .label");
    var name = label ? label.textContent : node;
    badge.addEventListener("click", function () { showNode(node, name); });
    badge.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        showNode(node, name);
      }
    });
  });

  document.getElementById("node-filter-clear").addEventListener("click", function () {
    nodeFilter = null;
    nodeBox.hidden = true;
    update();
  });

  function openHelp(hash) {
    if (hash.indexOf("#rule-") !== 0) return;
    var help = document.getElementById(hash.substring(1));
    if (help && help.tagName === "DETAILS") help.open = true;
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[href^=\"#rule-\"]") : null;
    if (link) openHelp(link.getAttribute("href"));
  });
  openHelp(window.location.hash);
  update();
}());
