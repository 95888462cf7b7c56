// Share links, enhanced: the page works without this file. Where the browser can, show "Share…" (the phone's
// own share sheet, where Zalo and Messenger are) and "Copy link". No third-party script, no tracking.
(function () {
  var box = document.querySelector('.share-links');
  if (!box) return;
  var url = box.getAttribute('data-share-url');
  var title = box.getAttribute('data-share-title');
  var status = box.querySelector('.share-links__status');
  var native = box.querySelector('.share-links__native');
  var copy = box.querySelector('.share-links__copy');
  if (navigator.share && native) {
    native.hidden = false;
    native.addEventListener('click', function () {
      navigator.share({title: title, url: url}).catch(function () {});
    });
  }
  if (navigator.clipboard && window.isSecureContext && copy) {
    copy.hidden = false;
    copy.addEventListener('click', function () {
      navigator.clipboard.writeText(url).then(function () {
        status.textContent = status.getAttribute('data-copied');
      });
    });
  }
})();
