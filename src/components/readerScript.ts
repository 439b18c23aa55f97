// What a public page does in the browser besides counting (./counters/beaconScript.ts), as a little plain
// script inlined at the end of every page: public pages go out without React's runtime
// (src/server/leanPages.ts), so these cannot be client components.
// - The weather line (./WeatherLine.tsx): fetched after the page is shown, so a cached page always has
//   today's figures and never waits for them; left empty and hidden when there are none.
// - The article's tools (./ArticleTools.tsx): text size (kept in this browser), share, copy link, print.
// - Fetching a page ahead: on a desktop, when the mouse rests on a link (speculation rules, "moderate");
//   never on a phone, on 2G or when saving data. Public links are plain <a> (no client-side navigation:
//   the page cache answers a whole page faster than Next's router would fetch its data).

/** The reader's text size in localStorage: an index into SIZES. */
const SIZE_KEY = 'ltv-co-chu'
const SIZES = [0.9, 1, 1.15, 1.3, 1.5]

export const READER_SCRIPT = `(function () {
  var SIZES = ${JSON.stringify(SIZES)};
  function savedSize() {
    try {
      var saved = Number(localStorage.getItem('${SIZE_KEY}'));
      if (localStorage.getItem('${SIZE_KEY}') !== null && saved >= 0 && saved < SIZES.length && saved % 1 === 0) return saved;
    } catch (e) {}
    return 1;
  }
  function applySize(index) {
    document.documentElement.style.setProperty('--article-scale', String(SIZES[index]));
    var buttons = document.querySelectorAll('[data-tool=smaller],[data-tool=larger]');
    for (var i = 0; i < buttons.length; i++) {
      var larger = buttons[i].getAttribute('data-tool') === 'larger';
      buttons[i].disabled = larger ? index === SIZES.length - 1 : index === 0;
    }
  }
  function tools() {
    var size = savedSize();
    if (size !== 1 || document.querySelector('.article-tools')) applySize(size);
    if (typeof navigator.share === 'function') {
      var shares = document.querySelectorAll('[data-tool=share]');
      for (var i = 0; i < shares.length; i++) shares[i].hidden = false;
    }
  }
  tools();
  document.addEventListener('click', function (event) {
    var button = event.target instanceof Element ? event.target.closest('button[data-tool]') : null;
    var box = button && button.closest('.article-tools');
    if (!box) return;
    var tool = button.getAttribute('data-tool');
    var url = box.getAttribute('data-url'), title = box.getAttribute('data-title');
    if (tool === 'smaller' || tool === 'larger') {
      var next = Math.min(SIZES.length - 1, Math.max(0, savedSize() + (tool === 'larger' ? 1 : -1)));
      applySize(next);
      try { localStorage.setItem('${SIZE_KEY}', String(next)); } catch (e) {}
    } else if (tool === 'share') {
      navigator.share({ title: title, url: url }).catch(function () {});
    } else if (tool === 'copy') {
      var label = button.textContent;
      navigator.clipboard.writeText(url).then(function () {
        button.textContent = 'Đã sao chép';
        setTimeout(function () { button.textContent = label; }, 2000);
      }, function () { window.prompt('Sao chép đường dẫn bài viết:', url); });
    } else if (tool === 'print') {
      window.print();
    }
  });

  var weather = document.querySelector('[data-weather]');
  if (weather) {
    fetch('/api/thoi-tiet').then(function (response) { return response.status === 200 ? response.json() : null; })
      .then(function (line) {
        if (!line || typeof line.place !== 'string') return;
        weather.textContent = line.place + ' ' + line.min + '° - ' + line.max + '°';
        weather.setAttribute('aria-label', 'Thời tiết ' + line.place + ' hôm nay: thấp nhất ' + line.min + ' độ, cao nhất ' + line.max + ' độ C');
        weather.className = 'weather-line';
        weather.hidden = false;
      }).catch(function () {});
  }

  var connection = navigator.connection || {};
  if (HTMLScriptElement.supports && HTMLScriptElement.supports('speculationrules') &&
      matchMedia('(hover: hover) and (pointer: fine)').matches && !connection.saveData && !/(^|-)2g$/.test(connection.effectiveType || '')) {
    var rules = document.createElement('script');
    rules.type = 'speculationrules';
    rules.textContent = JSON.stringify({ prefetch: [{ eagerness: 'moderate', where: { and: [
      { href_matches: '/*' },
      { not: { href_matches: '/(api|admin|_next|xem-truoc|thoat-xem-truoc)/*' } },
      { not: { href_matches: '/(admin|thoat-xem-truoc)' } },
      { not: { selector_matches: '[download], [rel~=nofollow], [target=_blank]' } }
    ] } }] });
    document.head.appendChild(rules);
  }
})();`
