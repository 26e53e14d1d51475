// Live clock on the code page: a moving second hand makes a screenshot obvious. The page works
// without this script; it only animates the clock and reloads the code before its token expires.
(function () {
  var clock = document.getElementById('clock');
  var card = document.getElementById('code-card');
  if (!clock || !card) return;
  var expires = parseInt(card.getAttribute('data-expires'), 10);
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function tick() {
    var d = new Date();
    clock.textContent = d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) +
      ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds());
    if (expires && Date.now() > expires - 5000) location.reload();
  }
  tick();
  setInterval(tick, 1000);
})();
