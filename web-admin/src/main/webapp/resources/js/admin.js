// The sidebar becomes a drawer below 768 px: the menu button opens it, the scrim, Escape or the button close it.
document.addEventListener('DOMContentLoaded', () => {
  const toggle = document.getElementById('menuToggle');
  const scrim = document.getElementById('scrim');
  if (!toggle) {
    return;
  }
  const setOpen = open => {
    document.body.classList.toggle('nav-open', open);
    toggle.setAttribute('aria-expanded', String(open));
    if (open) {
      document.querySelector('#sidebar a')?.focus();
    }
  };
  toggle.addEventListener('click', () => setOpen(!document.body.classList.contains('nav-open')));
  scrim.addEventListener('click', () => setOpen(false));
  document.addEventListener('keydown', event => {
    if (event.key === 'Escape' && document.body.classList.contains('nav-open')) {
      setOpen(false);
      toggle.focus();
    }
  });
});
