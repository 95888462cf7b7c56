/*
 * Checks the form makes where Decap has no setting for them, with the build's own words (written into index.html by
 * the build from src/main/resources/i18n/problems.vi.properties, outputs/AdminFiles.java): a photo's description is
 * required when, and only when, the article has a photo (header.image-alt); a news article's address is typed for a
 * new article only. The widgets "photo-description" and "address" are Decap's text line with those checks added;
 * the build stays the final gate.
 */
(function () {
  'use strict';
  var CMS = window.CMS;
  var line = CMS && CMS.getWidget('string');
  if (!line) return;
  var siteNode = document.getElementById('site');
  var site = siteNode ? JSON.parse(siteNode.textContent) : {};
  var refusal = ((site.refusals || {}).vi || {}).imageAlt || 'header.image-alt';
  var vi = CMS.getLocale('vi');
  var required = (vi && vi.editor && vi.editor.editorControlPane && vi.editor.editorControlPane.widget
    && vi.editor.editorControlPane.widget.required) || '%{fieldLabel}';

  class PhotoDescription extends line.control {
    // a field, not a method: Decap calls it detached from the control
    isValid = () => {
      var entry = this.props.getEntry ? this.props.getEntry() : this.props.entry;
      var photo = entry && entry.getIn(['data', 'photo', 'image']);
      var text = this.props.value === undefined || this.props.value === null ? '' : String(this.props.value).trim();
      if (!photo || text !== '') return true;
      return { error: { type: 'CUSTOM', parentIds: this.props.parentIds, message: refusal } };
    };
  }

  CMS.registerWidget('photo-description', PhotoDescription, line.preview);

  /*
   * A news article's address (its file name, the field "slug"): typed once, for a new article. An article already
   * saved keeps its file: the field shows its address and cannot be changed, and asks for nothing (the file format
   * does not hold the address, so Decap would otherwise find the field empty and refuse to save a correction).
   */
  class Address extends line.control {
    saved() {
      var entry = this.props.getEntry ? this.props.getEntry() : this.props.entry;
      return entry && !entry.get('newRecord') && entry.get('slug') ? entry.get('slug') : null;
    }

    isValid = () => {
      var value = this.props.value === undefined || this.props.value === null ? '' : String(this.props.value).trim();
      if (this.saved() || value !== '') return true;
      var label = this.props.field.get('label');
      return { error: { type: 'PRESENCE', parentIds: this.props.parentIds, message: required.replace('%{fieldLabel}', label) } };
    };

    render() {
      var saved = this.saved();
      if (!saved) return super.render();
      return window.h('input', { type: 'text', id: this.props.forID, className: this.props.classNameWrapper, value: saved, readOnly: true });
    }
  }

  CMS.registerWidget('address', Address, line.preview);
}());
