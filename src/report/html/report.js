// parallax report: views drawn from the page's own data, findings selected by click or j/k,
// the findings table filtered and sorted. No network, nothing outside this page.
(function () {
  'use strict';
  var main = document.getElementById('view');
  var overview = document.getElementById('overview');
  var order = [];
  var pos = -1;

  // Draw view `id` from its data (one page) or find it already drawn (one page per view).
  function show(id) {
    var v = main && main.querySelector('.view');
    if (v && v.getAttribute('data-view') === id) return v;
    var data = document.getElementById('v-' + id);
    if (!data || !main) return v;
    main.innerHTML = JSON.parse(data.textContent);
    return main.querySelector('.view');
  }

  function showOverview(on) {
    if (!overview) return;
    overview.hidden = !on;
    var head = document.querySelector('header.top');
    if (head) head.hidden = false;
    if (main) main.hidden = on;
    var nav = document.getElementById('nav');
    if (nav) nav.hidden = on;
  }

  function route() {
    var h = decodeURIComponent(location.hash.slice(1));
    if (!h && overview) { showOverview(true); return; }
    var parts = h.split('/');
    var v = parts[0] ? show(parts[0]) : main && main.querySelector('.view');
    if (!v) { showOverview(true); return; }
    showOverview(false);
    order = Array.prototype.map.call(v.querySelectorAll('.card'), function (c) {
      return c.getAttribute('data-f');
    });
    pos = -1;
    if (parts[1]) select(parts[1], true); else window.scrollTo(0, 0);
  }

  function marksOf(f) {
    return main ? main.querySelectorAll('[data-f~="' + f + '"]') : [];
  }

  // Select finding `f`: highlight its spans on both sides and its card, scroll to them.
  function select(f, fromRoute) {
    Array.prototype.forEach.call(document.querySelectorAll('.sel'), function (e) {
      e.classList.remove('sel');
    });
    var all = marksOf(f);
    Array.prototype.forEach.call(all, function (e) { e.classList.add('sel'); });
    pos = order.indexOf(String(f));
    var first = main.querySelector('mark[data-f~="' + f + '"]') || main.querySelector('#c' + f);
    if (first) {
      var raw = first.closest('details');
      if (raw) raw.open = true;
      first.scrollIntoView({ block: 'center' });
    }
    if (!fromRoute) {
      var v = main.querySelector('.view');
      history.replaceState(null, '', '#' + v.getAttribute('data-view') + '/' + f);
    }
  }

  function step(by) {
    if (!order.length) return;
    pos = pos < 0 ? (by > 0 ? 0 : order.length - 1) : (pos + by + order.length) % order.length;
    select(order[pos]);
  }

  document.addEventListener('keydown', function (e) {
    var t = e.target && e.target.tagName;
    if (t === 'INPUT' || t === 'SELECT' || t === 'TEXTAREA' || e.ctrlKey || e.metaKey || e.altKey) return;
    if (!main || main.hidden || !main.querySelector('.view')) return;
    if (e.key === 'j') { step(1); e.preventDefault(); }
    else if (e.key === 'k') { step(-1); e.preventDefault(); }
  });

  document.addEventListener('click', function (e) {
    var m = e.target.closest && e.target.closest('mark[data-f], .card');
    if (m && main && main.contains(m)) {
      if (e.target.closest('a')) return;
      var ids = m.getAttribute('data-f').split(' ');
      // a mark shared by several findings: each click selects the next one
      var cur = order[pos];
      var i = ids.indexOf(cur);
      select(ids[(i + 1) % ids.length]);
      return;
    }
    var row = e.target.closest && e.target.closest('#findings tbody tr');
    if (row && !e.target.closest('a')) row.querySelector('a').click();
    var bar = e.target.closest && e.target.closest('g.bar');
    if (bar) {
      var sel = document.getElementById('f-rule');
      sel.value = sel.value === bar.getAttribute('data-rule') ? '' : bar.getAttribute('data-rule');
      filter();
    }
  });

  // The findings table: filters and sorting.
  function filter() {
    var rule = val('f-rule'), sev = val('f-sev'), file = val('f-file').toLowerCase();
    var rows = document.querySelectorAll('#findings tbody tr');
    var shown = 0;
    Array.prototype.forEach.call(rows, function (r) {
      var ok = (!rule || r.getAttribute('data-rule') === rule) &&
        (!sev || r.getAttribute('data-sev') === sev) &&
        (!file || r.getAttribute('data-file').toLowerCase().indexOf(file) >= 0);
      r.hidden = !ok;
      if (ok) shown++;
    });
    var s = document.getElementById('f-shown');
    if (s) s.textContent = shown + ' of ' + rows.length + ' shown';
  }

  function val(id) {
    var e = document.getElementById(id);
    return e ? e.value : '';
  }

  function key(row, i, k) {
    var c = row.cells[i];
    if (k === 'sev') return -Number(row.getAttribute('data-sevn'));
    if (k === 'n') return Number(c.textContent);
    if (k === 'loc') return [row.getAttribute('data-file'), Number(row.getAttribute('data-line'))];
    return c.textContent.toLowerCase();
  }

  function cmp(a, b) {
    if (Array.isArray(a)) return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1];
    return a < b ? -1 : a > b ? 1 : 0;
  }

  document.addEventListener('click', function (e) {
    var th = e.target.closest && e.target.closest('table.sortable th');
    if (!th) return;
    var table = th.closest('table'), body = table.tBodies[0];
    var i = Array.prototype.indexOf.call(th.parentNode.cells, th), k = th.getAttribute('data-k');
    var asc = !th.classList.contains('asc');
    Array.prototype.forEach.call(th.parentNode.cells, function (c) { c.classList.remove('asc', 'desc'); });
    th.classList.add(asc ? 'asc' : 'desc');
    var rows = Array.prototype.slice.call(body.rows).map(function (r, n) { return [key(r, i, k), n, r]; });
    rows.sort(function (a, b) { return (asc ? 1 : -1) * cmp(a[0], b[0]) || a[1] - b[1]; });
    var frag = document.createDocumentFragment();
    rows.forEach(function (r) { frag.appendChild(r[2]); });
    body.appendChild(frag);
  });

  ['f-rule', 'f-sev', 'f-file'].forEach(function (id) {
    var e = document.getElementById(id);
    if (e) e.addEventListener('input', filter);
  });
  window.addEventListener('hashchange', route);
  filter();
  route();
})();
