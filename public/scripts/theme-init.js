// Runs before the page paints (a classic, blocking script in <head>; the CSP forbids inline script): applies the
// reader's remembered theme, so a dark page never flashes light, and marks the page as having JavaScript.
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var theme = localStorage.getItem('archkb-theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  } catch {
    // Storage can be blocked (private modes, strict settings): the system theme applies.
  }
})();
