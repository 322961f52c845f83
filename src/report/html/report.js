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
    // scroll so that its spans in both columns (or its card) are in the middle of the screen
    var spans = Array.prototype.filter.call(all, function (e) { return e.tagName === 'MARK'; });
    if (!spans.length) spans = [main.querySelector('#c' + f)].filter(Boolean);
    spans.forEach(function (e) {
      var raw = e.closest('details');
      if (raw) raw.open = true;
    });
    if (spans.length) {
      var top = Infinity, bottom = -Infinity;
      spans.forEach(function (e) {
        var r = e.getBoundingClientRect();
        top = Math.min(top, r.top);
        bottom = Math.max(bottom, r.bottom);
      });
      window.scrollBy(0, bottom - top < innerHeight ? (top + bottom - innerHeight) / 2 : top - 80);
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

  // The findings table, drawn from its data: filtered, sorted, a screenful at a time.
  var fdata = document.getElementById('findings-data');
  var FD = fdata ? JSON.parse(fdata.textContent) : null;
  var SEV = ['info', 'warning', 'error'];
  var LIMIT = 500;
  var sortBy = null, sortAsc = true;

  function href(r) {
    var v = FD.views[r[6]];
    return (FD.pages ? 'v/' + v + '.html' : '') + '#' + v + '/' + r[0];
  }

  function td(tr, text, tag, cls) {
    var c = tr.insertCell(-1);
    var e = tag ? document.createElement(tag) : c;
    e.textContent = text;
    if (cls) e.className = cls;
    if (tag) c.appendChild(e);
    return e;
  }

  function sortKey(r, k) {
    if (k === 1) return [-r[1], r[0]];
    if (k === 2) return [FD.rules[r[2]], r[0]];
    if (k === 3) return [FD.files[r[3]], r[4] * 1e6 + r[5]];
    return [String(r[k]).toLowerCase(), r[0]];
  }

  function cmpKeys(a, b) {
    for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
  }

  function filter() {
    if (!FD) return;
    var rule = val('f-rule'), sev = val('f-sev'), file = val('f-file').toLowerCase();
    var rows = FD.rows.filter(function (r) {
      return (!rule || FD.rules[r[2]] === rule) && (!sev || SEV[r[1]] === sev) &&
        (!file || FD.files[r[3]].toLowerCase().indexOf(file) >= 0);
    });
    if (sortBy !== null) {
      rows = rows.map(function (r) { return [sortKey(r, sortBy), r]; });
      rows.sort(function (a, b) { return (sortAsc ? 1 : -1) * cmpKeys(a[0], b[0]); });
      rows = rows.map(function (p) { return p[1]; });
    }
    var body = document.querySelector('#findings tbody');
    var frag = document.createDocumentFragment();
    rows.slice(0, LIMIT).forEach(function (r) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-f', r[0]);
      tr.setAttribute('data-rule', FD.rules[r[2]]);
      tr.setAttribute('data-sev', SEV[r[1]]);
      td(tr, SEV[r[1]], 'span', 'badge sev-' + SEV[r[1]]);
      td(tr, FD.rules[r[2]], 'code');
      td(tr, FD.files[r[3]] + ':' + r[4] + ':' + r[5], 'a').href = href(r);
      td(tr, r[7]);
      frag.appendChild(tr);
    });
    body.replaceChildren(frag);
    var s = document.getElementById('f-shown');
    s.textContent = rows.length + ' of ' + FD.rows.length + ' findings' +
      (rows.length > LIMIT ? ' (the first ' + LIMIT + ' are listed: narrow the filters to see others)' : '');
  }

  function val(id) {
    var e = document.getElementById(id);
    return e ? e.value : '';
  }

  document.addEventListener('click', function (e) {
    var th = e.target.closest && e.target.closest('#findings th');
    if (!th) return;
    var k = Number(th.getAttribute('data-k'));
    sortAsc = sortBy === k ? !sortAsc : true;
    sortBy = k;
    Array.prototype.forEach.call(th.parentNode.cells, function (c) { c.classList.remove('asc', 'desc'); });
    th.classList.add(sortAsc ? 'asc' : 'desc');
    filter();
  });

  // Other tables (pairs and documents): sorted in place.
  function key(row, i, k) {
    var c = row.cells[i];
    if (k === 'n') return Number(c.textContent);
    return c.textContent.toLowerCase();
  }

  function cmp(a, b) {
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
