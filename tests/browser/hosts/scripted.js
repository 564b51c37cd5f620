// What the scripts of a CMS theme of some age do to every page they are on (each a
// well-known snippet or library habit, written out here without the library):
// - Prototype.js 1.6: arrays and strings get a `toJSON` that returns JSON *text*, so
//   `JSON.stringify([1, 2])` gives `"[1, 2]"`, a string; and enumerable additions to
//   Object.prototype and Array.prototype, which every `for ... in` then meets.
Array.prototype.toJSON = function () { return "[" + this.map((v) => JSON.stringify(v)).join(", ") + "]"; };
Object.prototype.extend = function (o) { for (const k in o) this[k] = o[k]; return this; };
Array.prototype.each = function (f) { for (let i = 0; i < this.length; i++) f(this[i], i); };
// What the theme's handlers took over (`__taken`) is counted, for the tests to read.
window.__taken = [];
// - "Smooth scrolling to anchors": every click on a link to `#...` anywhere on the page is
//   taken over: the default prevented, the target's top scrolled to the top of the window.
document.addEventListener("click", (e) => {
  const a = e.target.closest && e.target.closest('a[href^="#"]');
  if (!a) return;
  window.__taken.push("click " + a.getAttribute("href"));
  const target = document.getElementById(a.getAttribute("href").slice(1));
  if (!target) return;
  e.preventDefault();
  window.scrollTo({ top: target.getBoundingClientRect().top + window.scrollY, behavior: "smooth" });
});
// - "No double submission": every submit button of a form that is submitted is disabled.
document.addEventListener("submit", (e) => {
  window.__taken.push("submit");
  for (const b of e.target.querySelectorAll("button[type=submit], input[type=submit]")) b.disabled = true;
});
// - An analytics wrapper around fetch that passes the arguments on.
const fetch0 = window.fetch;
window.fetch = function (...args) { return fetch0.apply(this, args); };
// - "Enter moves to the next field" in forms, a habit of old intranet templates, is NOT
//   here: a page that cancels Enter cancels it for every form, ours included.
