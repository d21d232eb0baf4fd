// Keeps the browser's time zone in a cookie (a year) so the storefront shows times in it.
(function () {
  var zone = window.Intl ? Intl.DateTimeFormat().resolvedOptions().timeZone : null;
  if (!zone) {
    return;
  }
  var cookie = 'bazaar-zone=' + encodeURIComponent(zone);
  if (document.cookie.split('; ').indexOf(cookie) === -1) {
    document.cookie = cookie + '; path=/; max-age=31536000; samesite=lax';
  }
})();
