/*
 * Checks the form makes where Decap has no setting for them, with the build's own words (written into index.html by
 * the build from src/main/resources/i18n/problems.vi.properties, outputs/AdminFiles.java): a photo's description is
 * required when, and only when, the article has a photo (header.image-alt). The widget "photo-description" is Decap's
 * text line with that check added; the build stays the final gate.
 */
(function () {
  'use strict';
  var CMS = window.CMS;
  var line = CMS && CMS.getWidget('string');
  if (!line) return;
  var siteNode = document.getElementById('site');
  var site = siteNode ? JSON.parse(siteNode.textContent) : {};
  var refusal = ((site.refusals || {}).vi || {}).imageAlt || 'header.image-alt';

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
}());
