/*
 * What every storefront page does in the browser: the menu drawer on phones (a button that says
 * whether it is open, Escape and the backdrop close it, focus goes in and comes back), the search
 * filters' drawer, and Enter in the search box while suggestions show.
 */
(function () {
  'use strict';

  function drawer(toggle, panel, backdrop, closers) {
    function open() {
      panel.classList.add('open');
      toggle.setAttribute('aria-expanded', 'true');
      if (backdrop) {
        backdrop.hidden = false;
      }
      var first = panel.querySelector('a, button, input, select');
      if (first) {
        first.focus();
      }
    }
    function close(returnFocus) {
      if (!panel.classList.contains('open')) {
        return;
      }
      panel.classList.remove('open');
      toggle.setAttribute('aria-expanded', 'false');
      if (backdrop) {
        backdrop.hidden = true;
      }
      if (returnFocus) {
        toggle.focus();
      }
    }
    toggle.addEventListener('click', function () {
      if (panel.classList.contains('open')) {
        close(true);
      } else {
        open();
      }
    });
    closers.forEach(function (closer) {
      if (closer) {
        closer.addEventListener('click', function () { close(true); });
      }
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        close(true);
      }
    });
  }

  /*
   * PrimeFaces' autocomplete swallows Enter while its suggestions show and none is highlighted.
   * A highlighted suggestion it follows itself; otherwise Enter searches for what was typed.
   */
  function enterSearches(form) {
    form.addEventListener('keydown', function (event) {
      if (event.key !== 'Enter' || event.target.id !== 'searchForm:q_input') {
        return;
      }
      var panel = document.getElementById('searchForm:q_panel');
      var showing = panel && panel.offsetParent !== null;
      if (showing && panel.querySelector('.ui-autocomplete-item.ui-state-highlight')) {
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      document.getElementById('searchForm:go').click();
    }, true);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var menuToggle = document.getElementById('menuToggle');
    if (menuToggle) {
      drawer(menuToggle, document.getElementById('siteMenu'), document.getElementById('menuBackdrop'),
        [document.getElementById('menuClose'), document.getElementById('menuBackdrop')]);
    }
    var filtersToggle = document.getElementById('filtersToggle');
    if (filtersToggle) {
      drawer(filtersToggle, document.getElementById('filters'), null, [document.getElementById('filtersClose')]);
    }
    var searchForm = document.getElementById('searchForm');
    if (searchForm) {
      enterSearches(searchForm);
    }
  });
}());
