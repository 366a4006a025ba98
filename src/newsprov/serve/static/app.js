// newsprov article view: point at or click a highlighted attribution to see its chain.
// Builds no HTML from strings: it clones server-rendered (escaped) nodes.
(function () {
  "use strict";
  var text = document.getElementById("article-text");
  var body = document.getElementById("chain-panel-body");
  if (!text || !body) { return; }
  var pinned = null;

  function ids(el) { return (el.getAttribute("data-att") || "").split(" ").filter(Boolean); }

  function show(id) {
    var item = document.getElementById("att-" + id);
    if (!item) { return; }
    var old = document.querySelectorAll(".active");
    for (var i = 0; i < old.length; i++) { old[i].classList.remove("active"); }
    var segs = text.querySelectorAll("[data-att]");
    for (var j = 0; j < segs.length; j++) {
      if (ids(segs[j]).indexOf(id) !== -1) { segs[j].classList.add("active"); }
    }
    item.classList.add("active");
    var content = item.querySelector(".att-body");
    if (content) { body.replaceChildren(content.cloneNode(true)); }
  }

  text.addEventListener("mouseover", function (ev) {
    if (pinned) { return; }
    var seg = ev.target.closest ? ev.target.closest("[data-att]") : null;
    if (seg) { show(ids(seg)[0]); }
  });
  text.addEventListener("click", function (ev) {
    var seg = ev.target.closest ? ev.target.closest("[data-att]") : null;
    if (!seg) { pinned = null; return; }
    pinned = ids(seg)[0];
    show(pinned);
  });
  text.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter" && ev.key !== " ") { return; }
    var seg = ev.target.closest ? ev.target.closest("[data-att]") : null;
    if (seg) { ev.preventDefault(); pinned = ids(seg)[0]; show(pinned); }
  });
  function pick(card) {
    pinned = card.getAttribute("data-att-id");
    show(pinned);
    var first = null, segs = text.querySelectorAll("[data-att]");
    for (var m = 0; m < segs.length && !first; m++) {
      if (ids(segs[m]).indexOf(pinned) !== -1) { first = segs[m]; }
    }
    if (first) { first.scrollIntoView({ block: "center", behavior: "smooth" }); }
  }
  var list = document.querySelectorAll("li.att");
  for (var k = 0; k < list.length; k++) {
    list[k].addEventListener("click", function () { pick(this); });
    list[k].addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); pick(this); }
    });
  }
})();
