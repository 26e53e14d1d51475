// The code page works without this script (the server renders the QR). With it, the page shows
// a live clock, so a screenshot is obvious, and renews the QR before its token expires by
// fetching /api/v1/me/code: a few KB instead of the whole page.
(function () {
  var card = document.getElementById('code-card');
  var clock = document.getElementById('clock');
  if (!card || !clock) return;
  var expires = parseInt(card.getAttribute('data-expires'), 10) || 0;
  var colour = card.getAttribute('data-colour');
  var reason = card.getAttribute('data-reason');
  var refreshing = false;

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  function tick() {
    var d = new Date();
    clock.textContent = d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) +
      ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds());
    if (!refreshing && expires && Date.now() > expires - 10000) refresh();
  }

  function refresh() {
    refreshing = true;
    fetch(card.getAttribute('data-refresh'), { credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) {
        if (r.status === 401) { location.reload(); throw new Error('signed out'); }
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.json();
      })
      .then(function (next) {
        if (next.colour !== colour || next.reason !== reason) { location.reload(); return; }
        var frame = card.querySelector('.qr-frame');
        var old = frame.querySelector('svg');
        var holder = document.createElement('div');
        holder.innerHTML = next.qrSvg;
        frame.replaceChild(holder.firstChild, old);
        expires = next.expiresAt;
      })
      .catch(function () { expires = Date.now() + 15000; /* try again shortly */ })
      .then(function () { refreshing = false; });
  }

  tick();
  setInterval(tick, 1000);
})();
