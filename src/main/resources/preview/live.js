// Editors' preview only (never in the built site): reload the page after each successful rebuild,
// and show what to fix when a rebuild fails. The last good site stays on screen underneath.
(function () {
  var vi = (document.documentElement.lang || 'vi') === 'vi';
  var text = vi ? {
    title: 'Trang chưa được dựng lại: có lỗi cần sửa',
    intro: 'Bạn đang xem bản tốt gần nhất. Sửa các lỗi dưới đây (tệp:dòng: lỗi và cách sửa) rồi lưu lại; trang sẽ tự tải lại.',
    close: 'Ẩn thông báo'
  } : {
    title: 'The site was not rebuilt: something needs fixing',
    intro: 'You are seeing the last good version. Fix the problems below (file:line: problem and what to do), then save; the page reloads by itself.',
    close: 'Hide this message'
  };
  var seen = null;
  function show(problems) {
    var box = document.getElementById('preview-errors');
    if (!box) {
      box = document.createElement('section');
      box.id = 'preview-errors';
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;left:0;right:0;top:0;max-height:70vh;overflow:auto;z-index:1000;' +
        'background:#fff4f4;border-bottom:4px solid #b1211b;padding:1rem;font:16px/1.5 system-ui,sans-serif;color:#1b1b1b';
      document.body.appendChild(box);
    }
    box.textContent = '';
    var h = document.createElement('h2'); h.textContent = text.title; h.style.margin = '0 0 .5rem';
    var p = document.createElement('p'); p.textContent = text.intro;
    var ul = document.createElement('ul');
    problems.forEach(function (p) { var li = document.createElement('li'); li.textContent = vi ? p.vi : p.en; ul.appendChild(li); });
    var b = document.createElement('button'); b.type = 'button'; b.textContent = text.close;
    b.onclick = function () { box.remove(); };
    box.appendChild(h); box.appendChild(p); box.appendChild(ul); box.appendChild(b);
  }
  function poll() {
    fetch('/__preview/status', {cache: 'no-store'}).then(function (r) { return r.json(); }).then(function (s) {
      if (seen === null) seen = s.version;
      if (s.ok && s.version !== seen) { location.reload(); return; }
      if (!s.ok) show(s.problems);
      seen = s.version;
    }).catch(function () {}).then(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
