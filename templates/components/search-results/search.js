// Site search, in the browser, on the search page only. Matches without case or diacritics and reads đ as d,
// like the Java side (search/Folding.java); the same table of cases tests both. No library, no third party.
(function () {
  'use strict';

  function fold(s) {
    return s.replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function words(s) {
    return s.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  window.SiteSearch = {fold: fold, words: words};

  var root = document.getElementById('search');
  if (!root) return;
  var form = root.querySelector('form');
  var input = root.querySelector('input[name=q]');
  var both = root.querySelector('input[name=all]');
  var out = document.getElementById('search-results');
  var indexes = {};

  function load(url) {
    if (!indexes[url]) {
      indexes[url] = fetch(url).then(function (r) { return r.json(); }).then(function (data) {
        return data.docs.map(function (d) {
          var titleWords = words(d[0]);
          var textWords = words(d[4] + ' ' + d[5] + ' ' + d[6]);
          return {
            title: d[0], url: d[1], section: d[2], date: d[3], summary: d[4], text: d[5], figure: d[7] || '', lang: data.lang,
            titleWords: titleWords, titleFolded: titleWords.map(fold),
            textWords: textWords, textFolded: textWords.map(fold)
          };
        });
      });
    }
    return indexes[url];
  }

  // Every query word must start a word of the page (so "nong ngh" finds "nông nghiệp"). Title matches count more,
  // a word typed with its exact accents counts more than one found only by folding.
  function score(doc, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i], best = 0;
      for (var j = 0; j < doc.titleFolded.length; j++) {
        if (doc.titleFolded[j].indexOf(t.folded) === 0) {
          var s = 10 + (doc.titleFolded[j] === t.folded ? 4 : 0) + (doc.titleWords[j].indexOf(t.raw) === 0 ? 3 : 0);
          if (s > best) best = s;
        }
      }
      if (best === 0) {
        for (var k = 0; k < doc.textFolded.length; k++) {
          if (doc.textFolded[k].indexOf(t.folded) === 0) {
            var s2 = 2 + (doc.textFolded[k] === t.folded ? 1 : 0) + (doc.textWords[k].indexOf(t.raw) === 0 ? 1 : 0);
            if (s2 > best) best = s2;
          }
        }
      }
      if (best === 0) return 0;
      total += best;
    }
    var phrase = terms.map(function (t) { return t.folded; }).join(' ');
    var title = doc.titleFolded.join(' ');
    if (terms.length > 1 && title.indexOf(phrase) >= 0) total += 8;
    if (title === phrase) total += 20;             // the page is about exactly this
    return total - doc.titleWords.length * 0.1;   // among equals, the shorter, more specific title first
  }

  function snippet(doc, terms) {
    var text = (doc.summary || doc.text).normalize('NFC');
    var folded = fold(text);
    var first = -1;
    terms.forEach(function (t) { var i = folded.indexOf(t.folded); if (i >= 0 && (first < 0 || i < first)) first = i; });
    if (first < 0 && doc.text) { text = doc.text; folded = fold(text); terms.forEach(function (t) { var i = folded.indexOf(t.folded); if (i >= 0 && (first < 0 || i < first)) first = i; }); }
    var start = Math.max(0, first - 60);
    if (start > 0) { var space = text.indexOf(' ', start); if (space > 0 && space < first) start = space + 1; } // start at a word
    var piece = (start > 0 ? '… ' : '') + text.slice(start, start + 220);
    return highlight(piece, terms);
  }

  // Marks each matched word: folding keeps the string's length for Vietnamese letters, so positions carry over.
  function highlight(text, terms) {
    var p = document.createElement('p');
    p.className = 'search-results__snippet';
    var f = fold(text);
    var marks = [];
    terms.forEach(function (t) {
      var re = new RegExp('(^|[^\\p{L}\\p{N}])(' + t.folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '[\\p{L}\\p{N}]*)', 'gu');
      var m;
      while ((m = re.exec(f)) !== null) marks.push([m.index + m[1].length, m.index + m[0].length]);
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var at = 0;
    marks.forEach(function (m) {
      if (m[0] < at) return;
      p.appendChild(document.createTextNode(text.slice(at, m[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(m[0], m[1]);
      p.appendChild(mark);
      at = m[1];
    });
    p.appendChild(document.createTextNode(text.slice(at)));
    return p;
  }

  function render(results, query) {
    out.textContent = '';
    var count = document.createElement('p');
    count.className = 'search-results__count';
    count.textContent = results.length
      ? root.getAttribute('data-count').replace('{0}', results.length).replace('{1}', query)
      : root.getAttribute('data-none').replace('{0}', query);
    out.appendChild(count);
    if (!results.length) return;
    var ol = document.createElement('ol');
    ol.className = 'search-results__list';
    results.slice(0, 50).forEach(function (r) {
      var li = document.createElement('li');
      var meta = document.createElement('p');
      meta.className = 'search-results__meta';
      meta.textContent = r.doc.section + (r.doc.date ? ' · ' + r.doc.date : '');
      var h = document.createElement('h2');
      h.className = 'search-results__title';
      var a = document.createElement('a');
      a.href = r.doc.url;
      a.textContent = r.doc.title;
      if (r.doc.lang !== document.documentElement.lang) { a.lang = r.doc.lang; a.hreflang = r.doc.lang; }
      h.appendChild(a);
      li.appendChild(meta);
      li.appendChild(h);
      li.appendChild(snippet(r.doc, r.terms));
      if (r.doc.figure) {
        // An indicator's latest figure, as the build wrote it from the page's Figure: value, period, territory, source, confidence.
        var fig = document.createElement('p');
        fig.className = 'figure figure--text search-results__figure';
        fig.textContent = r.doc.figure;
        li.appendChild(fig);
      }
      ol.appendChild(li);
    });
    out.appendChild(ol);
  }

  var pending = 0;
  function run() {
    var query = input.value.trim();
    var ticket = ++pending;
    if (!query) { out.textContent = ''; return; }
    var terms = words(query).map(function (w) { return {raw: w, folded: fold(w)}; });
    var urls = [root.getAttribute('data-index')];
    if (both && both.checked) urls.push(root.getAttribute('data-other-index'));
    Promise.all(urls.map(load)).then(function (lists) {
      if (ticket !== pending) return;
      var results = [];
      lists.forEach(function (docs, n) {
        docs.forEach(function (doc) {
          var s = score(doc, terms);
          if (s > 0) results.push({doc: doc, terms: terms, score: s - n * 0.5});
        });
      });
      results.sort(function (a, b) { return b.score - a.score || a.doc.title.localeCompare(b.doc.title); });
      render(results, query);
      root.setAttribute('data-ready', 'true');
    });
  }

  var timer;
  input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 120); });
  if (both) both.addEventListener('change', run);
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var url = new URL(location.href);
    url.searchParams.set('q', input.value.trim());
    history.replaceState(null, '', url);
    run();
  });
  root.classList.add('search--enhanced');
  var q = new URLSearchParams(location.search).get('q');
  if (q) { input.value = q; run(); } else { load(root.getAttribute('data-index')).then(function () { root.setAttribute('data-ready', 'true'); }); }
})();
