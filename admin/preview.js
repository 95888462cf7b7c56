/*
 * The CMS's preview pane shows an entry as the site shows it: the site's own stylesheet (the fingerprinted one the
 * public pages load, named by the build in index.html) and the markup of the site's templates for the parts an editor
 * writes (templates/news.ftl with its components news-image, news-summary, prose; templates/layouts/article.ftl for
 * the other pages). The words the site adds (the photo credit's "Ảnh:" / "Photo:") come from the site's message
 * bundles (templates/i18n), written into index.html by the build too (outputs/AdminFiles.java).
 */
(function () {
  'use strict';
  var CMS = window.CMS, h = window.h, createClass = window.createClass;
  if (!CMS || !h || !createClass) return;
  var siteNode = document.getElementById('site');
  var site = siteNode ? JSON.parse(siteNode.textContent) : {};
  if (site.stylesheet) CMS.registerPreviewStyle(new URL(site.stylesheet, document.baseURI).href);

  function text(entry, name) {
    var v = entry.getIn(['data', name]);
    return v === undefined || v === null ? '' : String(v);
  }

  function word(lang, key) {
    var words = (site.words || {})[lang === 'en' ? 'en' : 'vi'] || {};
    return words[key] || '';
  }

  /** A page of the site around what the editor wrote: the same wrappers as templates/layouts/base.ftl. */
  function page(children) {
    return h('div', { className: 'page-width' }, h('main', { id: 'main-content' }, children));
  }

  /** Markdown written in a plain text box (the pages for corrections) shown as the site shows it. */
  function markdown(props, value) {
    var widget = CMS.getWidget('markdown');
    if (!widget || !value) return null;
    return h(widget.preview, {
      value: value,
      getAsset: props.getAsset,
      resolveWidget: CMS.resolveWidget,
      getRemarkPlugins: CMS.getRemarkPlugins
    });
  }

  var NewsPreview = createClass({
    render: function () {
      var entry = this.props.entry;
      var lang = text(entry, 'lang');
      var photo = entry.getIn(['data', 'photo']);
      var image = photo && photo.get('image');
      var credit = photo && photo.get('imageCredit');
      var date = text(entry, 'date');
      return page([
        h('h1', { key: 'title' }, text(entry, 'title')),
        date ? h('div', { key: 'meta', className: 'article-meta' }, h('p', null, h('time', { dateTime: date }, date))) : null,
        image ? h('figure', { key: 'photo', className: 'news-image' },
          h('img', { src: String(this.props.getAsset(image)), alt: (photo.get('imageAlt') || '') }),
          credit ? h('figcaption', null, word(lang, 'imageCredit') + ' ' + credit) : null) : null,
        h('p', { key: 'summary', className: 'news-summary' }, text(entry, 'summary')),
        h('div', { key: 'body', className: 'prose' }, this.props.widgetFor('body'))
      ]);
    }
  });

  var PagePreview = createClass({
    render: function () {
      var entry = this.props.entry;
      return page([
        h('h1', { key: 'title' }, text(entry, 'title')),
        h('div', { key: 'body', className: 'prose' }, markdown(this.props, text(entry, 'body')))
      ]);
    }
  });

  // A folder collection's template is named after the collection; a file collection's after each file (config.yml).
  ['tin-tuc', 'news'].forEach(function (name) { CMS.registerPreviewTemplate(name, NewsPreview); });
  ['linh-vuc', 'sectors', 'tru-cot', 'pillars',
    'trang-chu', 'chuong-trinh', 'nhiem-vu-giai-phap', 'nguon-luc', 'to-chuc-thuc-hien', 'tien-do', 'phuong-phap',
    'van-ban', 'gioi-thieu', 'tim-kiem', 'khong-tim-thay',
    'home', 'programme', 'tasks-and-solutions', 'resources-and-funding', 'who-carries-it-out', 'progress',
    'methodology', 'documents', 'about', 'search', 'not-found'
  ].forEach(function (name) { CMS.registerPreviewTemplate(name, PagePreview); });
}());
