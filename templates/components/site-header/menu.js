// The menu button, enhanced: the page works without this file (the button is a link to #main-nav, which opens the
// menu by :target). Here it becomes a real button that opens and closes the menu and says whether it is open.
(function () {
  var link = document.querySelector('.site-header__menu-button');
  var nav = document.getElementById('main-nav');
  if (!link || !nav) return;
  var button = document.createElement('button');
  button.type = 'button';
  button.className = link.className;
  button.innerHTML = link.innerHTML;
  button.setAttribute('aria-controls', 'main-nav');
  button.setAttribute('aria-expanded', 'false');
  link.replaceWith(button);
  if (location.hash === '#main-nav') { nav.classList.add('main-nav--open'); button.setAttribute('aria-expanded', 'true'); }
  button.addEventListener('click', function () {
    var open = !nav.classList.contains('main-nav--open');
    nav.classList.toggle('main-nav--open', open);
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (!open && location.hash === '#main-nav') history.replaceState(null, '', location.pathname + location.search);
  });
})();
