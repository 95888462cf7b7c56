package vn.gialai.cds.browser;

/**
 * The reflow check run in the page (see {@link ReflowTest}): returns one line per fault, an empty list when the page
 * reflows. Charts' own labels (SVG text) are left to the chart's label placement and its test.
 */
final class Reflow {
    static final String SCRIPT = """
            const W = document.documentElement.clientWidth;
            const faults = [];
            const name = el => {
              let s = el.tagName.toLowerCase();
              if (el.id) s += '#' + el.id;
              if (typeof el.className === 'string' && el.className.trim()) s += '.' + el.className.trim().split(/\\s+/).join('.');
              const txt = (el.textContent || el.value || '').replace(/\\s+/g, ' ').trim().slice(0, 40);
              return s + (txt ? ' "' + txt + '"' : '');
            };
            const sw = document.documentElement.scrollWidth;
            if (sw > W) faults.push('the page scrolls sideways: ' + sw + ' px wide in ' + W + ' px');
            const hiddenCache = new Map();
            const hidden = el => {
              if (!el || el === document.body) return false;
              if (hiddenCache.has(el)) return hiddenCache.get(el);
              const cs = getComputedStyle(el);
              let h = cs.display === 'none' || cs.visibility === 'hidden'
                || (cs.clip && cs.clip !== 'auto' && cs.position === 'absolute')
                || el.closest('svg') !== null;
              if (!h) h = hidden(el.parentElement);
              hiddenCache.set(el, h);
              return h;
            };
            // the boxes that cut off what overflows them (a box that scrolls shows it by scrolling)
            const clippers = el => {
              const out = [];
              for (let e = el.parentElement; e && e !== document.documentElement; e = e.parentElement) {
                const cs = getComputedStyle(e);
                if (cs.overflowX === 'hidden' || cs.overflowX === 'clip' || cs.overflowY === 'hidden' || cs.overflowY === 'clip') out.push(e);
              }
              return out;
            };
            const cut = (r, el) => {
              for (const c of clippers(el)) {
                const cr = c.getBoundingClientRect();
                if (r.left < cr.left - 1 || r.right > cr.right + 1 || r.top < cr.top - 1 || r.bottom > cr.bottom + 1) return c;
              }
              return null;
            };
            // every control: within the page's width (after focusing it, which scrolls its own container), not cut off
            for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')) {
              if (hidden(el)) continue;
              let r = el.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue;
              if (r.left < -1 || r.right > W + 1) {
                el.focus({preventScroll: false});
                r = el.getBoundingClientRect();
                el.blur();
              }
              if (r.left < -1 || r.right > W + 1) faults.push('control out of view (' + Math.round(r.left) + '…' + Math.round(r.right) + ' px): ' + name(el));
              else if (cut(r, el)) faults.push('control cut off by ' + name(cut(r, el)) + ': ' + name(el));
            }
            // every box of text: no overlap with another, not cut off
            const boxes = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              if (!n.nodeValue.trim()) continue;
              const p = n.parentElement;
              if (!p || hidden(p) || p.closest('script, style, noscript, template')) continue;
              const range = document.createRange();
              range.selectNodeContents(n);
              for (const r of range.getClientRects()) {
                if (r.width < 2 || r.height < 2) continue;
                boxes.push({r: r, el: p, node: n});
                const c = cut(r, p);
                if (c) faults.push('text cut off by ' + name(c) + ': "' + n.nodeValue.trim().slice(0, 40) + '"');
              }
            }
            for (let i = 0; i < boxes.length; i++) {
              const a = boxes[i].r;
              for (let j = i + 1; j < boxes.length; j++) {
                if (boxes[i].node === boxes[j].node) continue;
                const b = boxes[j].r;
                const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                if (w > 2 && h > 0.3 * Math.min(a.height, b.height)) {
                  faults.push('text overlaps: "' + boxes[i].node.nodeValue.trim().slice(0, 30) + '" (' + name(boxes[i].el)
                    + ') and "' + boxes[j].node.nodeValue.trim().slice(0, 30) + '" (' + name(boxes[j].el) + ')');
                }
              }
            }
            window.scrollTo(0, 0);
            return faults.slice(0, 15);
            """;

    private Reflow() {}
}
