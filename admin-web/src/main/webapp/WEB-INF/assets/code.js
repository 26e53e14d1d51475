// The code page works without this script (the server renders the QR). With it, the page shows
// a live clock, so a screenshot is obvious, and renews the QR before its token expires by
// fetching /api/v1/me/code: a few KB instead of the whole page.
// Outages: the service worker (sw.js) keeps the last page; this script keeps the last signed code
// it saw and, while the server cannot be reached, shows it with an honest "offline since" label
// and the code's real issue time (docs/RELIABILITY.md, offline codes).
(function () {
  var card = document.getElementById('code-card');
  var clock = document.getElementById('clock');
  if (!card || !clock) return;
  var expires = parseInt(card.getAttribute('data-expires'), 10) || 0;
  var issued = parseInt(card.getAttribute('data-issued'), 10) || 0;
  var colour = card.getAttribute('data-colour');
  var reason = card.getAttribute('data-reason');
  var label = document.getElementById('offline');
  var key = 'ocp.code.' + card.getAttribute('data-for');
  var refreshing = false;

  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function hhmm(ms) { var d = new Date(ms); return pad(d.getHours()) + ':' + pad(d.getMinutes()); }

  function load() {
    try { return JSON.parse(localStorage.getItem(key)) || null; } catch (e) { return null; }
  }
  function remember(svg) {
    try {
      localStorage.setItem(key, JSON.stringify(
        { svg: svg, issued: issued, expires: expires, colour: colour, seen: Date.now() }));
    } catch (e) { /* private mode or full storage: offline display just has less to show */ }
  }
  function forget() {
    try { localStorage.removeItem(key); } catch (e) { /* nothing stored */ }
    if (window.caches) caches.keys().then(function (ks) { ks.forEach(function (k) { caches.delete(k); }); });
  }
  function showQr(svgText) {
    var frame = card.querySelector('.qr-frame');
    var holder = document.createElement('div');
    holder.innerHTML = svgText;
    frame.replaceChild(holder.firstChild, frame.querySelector('svg'));
  }

  function online() {
    card.classList.remove('offline');
    if (label) label.hidden = true;
  }
  function offline() {
    var last = load();
    if (last && last.issued > issued && last.colour === colour) {
      // A newer signed code than the cached page's: show that one.
      showQr(last.svg);
      issued = last.issued;
      expires = last.expires;
    }
    var since = last ? last.seen : issued;
    card.classList.add('offline');
    if (label) {
      label.textContent = label.getAttribute('data-text')
        .replace('{0}', hhmm(since)).replace('{1}', hhmm(issued));
      label.hidden = false;
    }
  }

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
        if (r.status === 401) { forget(); location.reload(); throw new Error('signed out'); }
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.json();
      })
      .then(function (next) {
        if (next.colour !== colour || next.reason !== reason) { location.reload(); return; }
        showQr(next.qrSvg);
        issued = next.issuedAt;
        expires = next.expiresAt;
        remember(next.qrSvg);
        online();
      })
      .catch(function () {
        // Unreachable or shedding load: keep the last signed code, say so, try again shortly.
        offline();
        expires = Date.now() + 15000;
      })
      .then(function () { refreshing = false; });
  }

  if (card.hasAttribute('data-cached')) {
    // The service worker answered because the platform did not: say so now, and keep trying.
    offline();
    refresh();
  } else if (Date.now() < expires) {
    remember(card.querySelector('.qr-frame svg').outerHTML);
  }
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register(card.getAttribute('data-sw')).catch(function () {});
  }
  tick();
  setInterval(tick, 1000);
})();
