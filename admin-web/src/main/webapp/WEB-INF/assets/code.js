// The code page draws its QR here, on the phone: the page and the per-minute refresh
// (/api/v1/me/code, ~300 bytes) carry only the signed scan URL, and the encoder
// (qrcodegen.js, Nayuki's QR Code generator from npm, an immutable asset) turns it into the same
// symbol the server would draw (QrSvg: ECC M, best of eight masks, quiet zone 4, one stroke per
// run). Browsers without JavaScript get the server-drawn image inside <noscript>. The page also
// shows a live clock, so a screenshot is obvious, and renews the QR before its token expires.
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

  var frame = card.querySelector('.qr-frame');
  var scan = frame.getAttribute('data-scan');
  var encoder = null;
  var SVG = 'http://www.w3.org/2000/svg';
  var QUIET = 4;

  function qrcodegen() {
    if (!encoder) {
      encoder = import(document.getElementById('qr-encoder').href)
        .then(function (m) { return m.default; });
    }
    return encoder;
  }
  function svg(name, attributes) {
    var e = document.createElementNS(SVG, name);
    for (var a in attributes) e.setAttribute(a, attributes[a]);
    return e;
  }
  // Dark modules as one path, one relative stroke per run: the same drawing as QrSvg.strokePath.
  function strokes(qr) {
    var d = '';
    for (var y = 0; y < qr.size; y++) {
      var pen = -1, x = 0;
      while (x < qr.size) {
        if (!qr.getModule(x, y)) { x++; continue; }
        var start = x;
        while (x < qr.size && qr.getModule(x, y)) x++;
        d += (pen < 0 ? 'M' + (start + QUIET) + ' ' + (y + QUIET) + '.5' : 'm' + (start - pen) + ' 0') +
          'h' + (x - start);
        pen = x;
      }
    }
    return d;
  }
  // A screen reader announces the drawn code by the page's own words for it (axe: svg-img-alt).
  function qrName() { return frame.getAttribute('data-label') || 'QR'; }
  function place(picture) {
    var old = frame.querySelector('.qr');
    if (old) frame.replaceChild(picture, old); else frame.insertBefore(picture, frame.firstChild);
  }
  function showQr(url) {
    return qrcodegen().then(function (q) {
      var qr = q.QrCode.encodeText(url, q.QrCode.Ecc.MEDIUM);
      var side = qr.size + 2 * QUIET;
      var picture = svg('svg', { 'class': 'qr', viewBox: '0 0 ' + side + ' ' + side,
        'shape-rendering': 'crispEdges', role: 'img', 'aria-label': qrName(), 'data-scan': url });
      picture.appendChild(svg('rect', { width: '100%', height: '100%', fill: '#fff' }));
      picture.appendChild(svg('path', { d: strokes(qr), stroke: '#000', 'stroke-width': '1' }));
      place(picture);
    }, function () {
      // No encoder (a very old browser, a failed download): the server draws a fresh code instead.
      var r = card.getAttribute('data-refresh'), q = r.indexOf('?');
      var img = document.createElement('img');
      img.className = 'qr';
      img.alt = qrName();
      img.src = q < 0 ? r + '/qr' : r.slice(0, q) + '/qr' + r.slice(q);
      place(img);
    });
  }

  function load() {
    try { return JSON.parse(localStorage.getItem(key)) || null; } catch (e) { return null; }
  }
  function remember(url) {
    try {
      localStorage.setItem(key, JSON.stringify(
        { scan: url, issued: issued, expires: expires, colour: colour, seen: Date.now() }));
    } catch (e) { /* private mode or full storage: offline display just has less to show */ }
  }
  function forget() {
    try { localStorage.removeItem(key); } catch (e) { /* nothing stored */ }
    if (window.caches) caches.keys().then(function (ks) { ks.forEach(function (k) { caches.delete(k); }); });
  }

  function online() {
    card.classList.remove('offline');
    if (label) label.hidden = true;
  }
  function offline() {
    var last = load();
    if (last && last.scan && last.issued > issued && last.colour === colour) {
      // A newer signed code than the cached page's: show that one.
      showQr(last.scan);
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
        showQr(next.scanUrl);
        issued = next.issuedAt;
        expires = next.expiresAt;
        remember(next.scanUrl);
        online();
      })
      .catch(function () {
        // Unreachable or shedding load: keep the last signed code, say so, try again shortly.
        offline();
        expires = Date.now() + 15000;
      })
      .then(function () { refreshing = false; });
  }

  showQr(scan);
  if (card.hasAttribute('data-cached')) {
    // The service worker answered because the platform did not: say so now, and keep trying.
    offline();
    refresh();
  } else if (Date.now() < expires) {
    remember(scan);
  }
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register(card.getAttribute('data-sw')).catch(function () {});
  }
  tick();
  setInterval(tick, 1000);
})();
