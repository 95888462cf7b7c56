/*
 * The site's own content format for Decap CMS: key=value header lines, a line of six tildes, then the Markdown body
 * (docs/content-format.md). Files the CMS writes are read by the build unchanged (content/HeaderParser.java).
 * Lists (pillars, sectors, tags, indicators) are comma-separated, as the editors write them by hand.
 */
(function () {
  'use strict';
  var SEPARATOR = '~~~~~~';
  /** The order fields are written in, as `./site new-article` writes them; others follow in the form's order. */
  var ORDER = ['title', 'type', 'status', 'lang', 'translationKey', 'date', 'updated', 'summary', 'pillar', 'sector',
    'order', 'pillars', 'sectors', 'tags', 'indicators', 'image', 'imageAlt', 'imageCredit'];
  var LISTS = { pillars: true, sectors: true, tags: true, indicators: true };
  /*
   * Photos: the file names them from the site root, "/assets/images/x.jpg", as the build wants; the form holds them
   * relative, "assets/images/x.jpg" (public_folder in config.yml), so that Decap shows them from the repository and a
   * photo just chosen from the browser's copy. The same for photos in the text, ![…](/assets/images/x.jpg).
   */
  var PHOTOS = 'assets/images/';
  var IN_TEXT_FROM_ROOT = /\]\(\/assets\/images\//g;
  var IN_TEXT_RELATIVE = /\]\(assets\/images\//g;

  function photoForForm(address) {
    return address.indexOf('/' + PHOTOS) === 0 ? address.slice(1) : address;
  }

  function photoForFile(address) {
    return typeof address === 'string' && address.indexOf(PHOTOS) === 0 ? '/' + address : address;
  }

  function oneLine(value) {
    return String(value).replace(/[\r\n]+/g, ' ').trim();
  }

  function fromFile(content) {
    var text = String(content || '').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    var lines = text.split('\n');
    var data = {};
    var end = lines.indexOf(SEPARATOR);
    if (end < 0) return { body: text };
    for (var i = 0; i < end; i++) {
      var line = lines[i];
      if (line.trim() === '' || line.charAt(0) === '#') continue;
      var eq = line.indexOf('=');
      if (eq < 0) continue;
      var key = line.slice(0, eq).trim();
      var value = line.slice(eq + 1).trim();
      data[key] = LISTS[key] ? value.split(',').map(function (s) { return s.trim(); }).filter(Boolean) : value;
    }
    data.body = lines.slice(end + 1).join('\n').replace(IN_TEXT_FROM_ROOT, '](' + PHOTOS);
    if (data.image) data.photo = { image: photoForForm(data.image), imageAlt: data.imageAlt || '', imageCredit: data.imageCredit || '' };
    delete data.image; delete data.imageAlt; delete data.imageCredit;
    return data;
  }

  function format(value) {
    if (value === null || value === undefined) return '';
    if (Array.isArray(value)) return value.map(oneLine).filter(Boolean).join(',');
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'object' && typeof value.toJS === 'function') return format(value.toJS());
    return oneLine(value);
  }

  function toFile(data) {
    var fields = Object.assign({}, typeof data.toJS === 'function' ? data.toJS() : data);
    var photo = fields.photo;
    delete fields.photo; delete fields.slug;
    if (photo && photo.image) {
      fields.image = photoForFile(photo.image); fields.imageAlt = photo.imageAlt; fields.imageCredit = photo.imageCredit;
    }
    var keys = ORDER.filter(function (k) { return k in fields; });
    Object.keys(fields).forEach(function (k) {
      if (k !== 'body' && keys.indexOf(k) < 0) keys.push(k);
    });
    var out = '';
    keys.forEach(function (k) {
      var v = format(fields[k]);
      if (v === '' && (k === 'image' || k === 'imageAlt' || k === 'imageCredit' || k === 'updated' || k === 'order')) return;
      out += k + '=' + v + '\n';
    });
    var body = fields.body === undefined || fields.body === null ? '' : String(fields.body).replace(IN_TEXT_RELATIVE, '](/' + PHOTOS);
    if (body !== '' && body.charAt(body.length - 1) !== '\n') body += '\n';
    return out + SEPARATOR + '\n' + body;
  }

  /*
   * data/indicators/<id>.json: the form edits only the observations; every other key of the file is kept as it was.
   * What the schema requires of an observation and a form leaves empty (value, outOf, note) is written as null.
   */
  function numberOrNull(v) {
    if (v === '' || v === null || v === undefined) return null;
    var n = Number(v);
    return isNaN(n) ? v : n;
  }

  function textOrNull(t) {
    if (!t || (!oneLineOrEmpty(t.vi) && !oneLineOrEmpty(t.en))) return null;
    return { vi: oneLineOrEmpty(t.vi), en: oneLineOrEmpty(t.en) };
  }

  function oneLineOrEmpty(v) {
    return v === null || v === undefined ? '' : String(v).trim();
  }

  function indicatorFromFile(content) {
    return JSON.parse(String(content || '{}').replace(/^\uFEFF/, ''));
  }

  function indicatorToFile(data) {
    var d = Object.assign({}, typeof data.toJS === 'function' ? data.toJS() : data);
    delete d.body;
    if (Array.isArray(d.observations)) {
      d.observations = d.observations.map(function (o) {
        return {
          period: oneLineOrEmpty(o.period),
          value: numberOrNull(o.value),
          outOf: numberOrNull(o.outOf),
          text: textOrNull(o.text),
          territory: o.territory,
          source: o.source,
          confidence: o.confidence,
          note: textOrNull(o.note)
        };
      });
    }
    return JSON.stringify(d, null, 2) + '\n';
  }

  window.JBakeFormat = { fromFile: fromFile, toFile: toFile, indicatorFromFile: indicatorFromFile, indicatorToFile: indicatorToFile };
  if (window.CMS) {
    window.CMS.registerCustomFormat('jbake', 'md', { fromFile: fromFile, toFile: toFile });
    window.CMS.registerCustomFormat('indicator', 'json', { fromFile: indicatorFromFile, toFile: indicatorToFile });
  }
}());
