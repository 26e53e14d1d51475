// Checkpoint verification page. Online the server verifies every scanned code; this script keeps
// the platform's public keys (at most one fetch per 5 minutes) and registers the service worker.
// When a scan finds the platform unreachable, the service worker serves this page for /c/<token>
// and the script checks the Ed25519 signature itself (docs/TOKEN-FORMAT.md), accepting a genuine
// code up to data-accept-minutes old (docs/RELIABILITY.md, offline policy).
(function () {
  var KEYS = 'ocp.keys';
  var REFRESH_MS = 5 * 60 * 1000;
  var box = document.getElementById('offline-verdict') || document.getElementById('verdict');
  if (!box) return;

  function stored() {
    try { return JSON.parse(localStorage.getItem(KEYS)); } catch (e) { return null; }
  }
  function keepKeys() {
    var kept = stored();
    if (kept && Date.now() - kept.fetched < REFRESH_MS) return;
    fetch(box.getAttribute('data-keys'), { cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (set) {
        if (set && set.keys) {
          localStorage.setItem(KEYS, JSON.stringify({ keys: set.keys, fetched: Date.now() }));
        }
      })
      .catch(function () { /* offline: keep what we have */ });
  }

  function bytes(b64url) {
    var s = atob(b64url.replace(/-/g, '+').replace(/_/g, '/'));
    var out = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  function b64url(arr) {
    var s = '';
    for (var i = 0; i < arr.length; i++) s += String.fromCharCode(arr[i]);
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function pad(n) { return (n < 10 ? '0' : '') + n; }

  function show(kind, token) {
    var colours = ['green', 'yellow', 'red'];
    box.className = 'verdict offline ' + kind + (kind === 'valid' ? ' ' + colours[token.colour] : '');
    document.getElementById('offline-label').textContent = box.getAttribute('data-' + kind);
    document.getElementById('offline-hint').textContent = box.getAttribute('data-' + kind + '-hint');
    var withContents = token && (kind === 'valid' || kind === 'too-old' || kind === 'venue');
    document.getElementById('offline-colour').textContent =
      withContents && kind !== 'venue' ? box.getAttribute('data-' + colours[token.colour]) : '';
    document.getElementById('offline-name').textContent = withContents ? token.name : '';
    var issued = '';
    if (withContents) {
      var d = new Date(token.issuedAt);
      issued = pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds()) + ' (' +
        box.getAttribute('data-age').replace('{0}', Math.floor((Date.now() - token.issuedAt) / 60000)) + ')';
    }
    document.getElementById('offline-issued').textContent = issued;
    box.hidden = false;
    var form = document.getElementById('verify-form');
    if (form) form.hidden = true;
  }

  function parse(raw) {
    var token = decodeURIComponent(raw.split(/[?#]/)[0].split('/').pop());
    var parts = token.split('.');
    if (token.length > 512 || parts.length !== 2) return null;
    var payload, sig;
    try { payload = bytes(parts[0]); sig = bytes(parts[1]); } catch (e) { return null; }
    if (payload.length < 24 || payload[0] !== 1 || sig.length !== 64) return null;
    var n = payload[23];
    if (payload.length < 24 + n || (payload[1] !== 0x50 && payload[1] !== 0x56) || payload[2] > 2) return null;
    var issued = ((payload[17] << 24) >>> 0) + (payload[18] << 16) + (payload[19] << 8) + payload[20];
    return {
      payload: payload, sig: sig, personal: payload[1] === 0x50, colour: payload[2],
      kid: b64url(payload.subarray(3, 9)), issuedAt: issued * 1000,
      name: new TextDecoder().decode(payload.subarray(24, 24 + n))
    };
  }

  function verifyOffline() {
    var token = parse(location.pathname);
    if (!token) { show('malformed'); return; }
    var kept = stored();
    var jwk = kept && kept.keys.filter(function (k) { return k.kid === token.kid; })[0];
    if (!kept || !window.crypto || !crypto.subtle) { show('no-keys'); return; }
    if (!jwk) { show('bad'); return; }
    crypto.subtle.importKey('raw', bytes(jwk.x), { name: 'Ed25519' }, false, ['verify'])
      .then(function (key) {
        return crypto.subtle.verify({ name: 'Ed25519' }, key, token.sig, token.payload);
      })
      .then(function (good) {
        var maxAge = parseInt(box.getAttribute('data-accept-minutes'), 10) * 60000;
        var age = Date.now() - token.issuedAt;
        if (!good) show('bad');
        else if (!token.personal) show('venue', token);
        else if (age < -5 * 60000) show('malformed');
        else if (age > maxAge) show('too-old', token);
        else show('valid', token);
      }, function () { show('no-keys'); /* this browser cannot check Ed25519 */ });
  }

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register(box.getAttribute('data-sw')).catch(function () {});
  }
  if (box.id === 'offline-verdict' && location.pathname.indexOf('/c/') >= 0) {
    verifyOffline();
  } else {
    keepKeys();
  }
})();
