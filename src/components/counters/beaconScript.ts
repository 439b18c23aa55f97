// The beacon as a few hundred bytes of plain script, inlined at the end of every public page: it runs as
// soon as the page is parsed, so a reader on a slow phone who leaves before React has loaded (seconds of
// script) is counted all the same, and the figures show early. Public links are plain links (no client-side
// navigation), so every page a reader opens runs this script. The rules are docs/counting-rules.md; what the server counts is
// decided by the server (/api/luot-xem), this only asks once per page shown.

/** The browser id's key in localStorage. */
const BROWSER_ID_KEY = 'ltv-id'

export const BEACON_SCRIPT = `(function () {
  function browserId() {
    try {
      var id = localStorage.getItem('${BROWSER_ID_KEY}');
      if (!id) {
        var bytes = crypto.getRandomValues(new Uint8Array(16));
        id = btoa(String.fromCharCode.apply(null, bytes)).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
        localStorage.setItem('${BROWSER_ID_KEY}', id);
      }
      return id;
    } catch (e) {}
  }
  var numbers = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
  function show(figures) {
    var elements = document.querySelectorAll('[data-figure]');
    for (var i = 0; i < elements.length; i++) {
      var value = figures[elements[i].getAttribute('data-figure')];
      if (typeof value === 'number') elements[i].textContent = numbers.format(value);
    }
  }
  function send() {
    if (document.querySelector('[data-preview]')) return;
    var marker = document.querySelector('[data-article-id]');
    fetch('/api/luot-xem', {
      method: 'POST',
      keepalive: true,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ visitorId: browserId(), articleId: marker ? Number(marker.getAttribute('data-article-id')) : undefined })
    }).then(function (response) { return response.ok ? response.json() : null; })
      .then(function (figures) { if (figures) show(figures); })
      .catch(function () {});
  }
  // A page the browser prerenders is not read yet: wait until it is shown.
  if (document.prerendering) document.addEventListener('prerenderingchange', send, { once: true });
  else send();
})();`
