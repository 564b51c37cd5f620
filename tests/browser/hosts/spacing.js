// Adds the reader's text spacing (spacing.css) as a bookmarklet does: once the page, the
// form's stylesheet included, is there, at the end of <head>.
const add = () => {
  if (!document.querySelector('link[rel="stylesheet"][href*="form-embed."]') || !document.querySelector(".fe-root")) return;
  clearInterval(waiting);
  const sheet = document.createElement("link");
  sheet.rel = "stylesheet";
  sheet.href = "/spacing.css";
  sheet.id = "text-spacing";
  document.head.append(sheet);
};
const waiting = setInterval(add, 20);
