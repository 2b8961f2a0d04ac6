// Escapade's script-tag widget: upgrades every <pre class="escapade"> block of a page into a
// lazily loaded, chrome-less Escapade embed (an iframe of this site's `?embed=1` mode).
//
//   <script src="https://YOUR-HOST/escapade/embed.js" defer></script>
//   <pre class="escapade" data-go="1.27" data-view="escape">package main
//   ...</pre>
//
// Attributes on the <pre> (all optional): data-go (1.27 | 1.23), data-view
// (escape | map | output | split), data-lines ("a-b": lines to focus), data-theme
// (light | dark | auto), data-readonly ("0" to allow editing), data-step (map frame),
// data-height (initial height in px; the embed then reports its own height).
// The code travels in the URL fragment in Escapade's share format (v1: raw DEFLATE, here as
// stored blocks, in base64url), so the embed page never fetches it and the host page needs no
// server. No network request is made until a block comes near the viewport.
(function () {
  'use strict';
  var script = document.currentScript;
  var base = new URL('./', (script && script.src) || location.href);
  if (script && script.dataset.base) base = new URL(script.dataset.base, location.href);

  function b64url(bytes) {
    var s = '';
    for (var i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  // Raw DEFLATE made of stored (uncompressed) blocks of at most 65,535 bytes.
  function deflateStored(data) {
    var blocks = Math.max(1, Math.ceil(data.length / 65535));
    var out = new Uint8Array(data.length + blocks * 5);
    var o = 0;
    for (var b = 0; b < blocks; b++) {
      var chunk = data.subarray(b * 65535, Math.min(data.length, (b + 1) * 65535));
      var n = chunk.length;
      out[o++] = b === blocks - 1 ? 1 : 0;
      out[o++] = n & 255; out[o++] = n >> 8;
      out[o++] = ~n & 255; out[o++] = (~n >> 8) & 255;
      out.set(chunk, o);
      o += n;
    }
    return out.subarray(0, o);
  }

  function shareFragment(code, go, pane) {
    var payload = 'go=' + go + '\npane=' + pane + '\nfilter=all\ntab=verdicts\n\n' + code;
    return 'v1.' + b64url(deflateStored(new TextEncoder().encode(payload)));
  }

  function embedUrl(pre) {
    var d = pre.dataset;
    var go = d.go === '1.23' ? '1.23' : '1.27';
    var view = /^(escape|map|output|split)$/.test(d.view || '') ? d.view : 'escape';
    var code = pre.textContent.replace(/^\r?\n/, '').replace(/\s+$/, '') + '\n';
    var q = new URLSearchParams({ embed: '1', view: view });
    if (d.readonly !== '0') q.set('readonly', '1');
    if (d.theme) q.set('theme', d.theme);
    if (d.lines) q.set('lines', d.lines);
    if (d.step) q.set('step', d.step);
    var pane = view === 'escape' || view === 'split' ? 'escape' : view;
    return base.href + '?' + q.toString() + '#' + shareFragment(code, go, pane);
  }

  var frames = [];
  function load(frame) {
    if (!frame.src && frame.dataset.src) frame.src = frame.dataset.src;
  }
  var observer = 'IntersectionObserver' in window
    ? new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (e.isIntersecting) { load(e.target); observer.unobserve(e.target); }
      });
    }, { rootMargin: '200px' })
    : null;

  function upgrade(pre) {
    if (pre.dataset.escapadeUpgraded) return;
    pre.dataset.escapadeUpgraded = '1';
    var frame = document.createElement('iframe');
    frame.className = 'escapade-embed';
    frame.title = pre.getAttribute('aria-label') || pre.title || 'Escapade: Go escape analysis and map internals';
    frame.setAttribute('loading', 'lazy');
    frame.dataset.src = embedUrl(pre);
    frame.style.cssText = 'display:block;width:100%;border:1px solid #d0d7de;border-radius:6px;height:' +
      (parseInt(pre.dataset.height, 10) || 360) + 'px';
    pre.insertAdjacentElement('afterend', frame);
    pre.hidden = true;
    frames.push(frame);
    if (observer) observer.observe(frame); else load(frame);
  }

  // Auto-height: the embed posts { type: "escapade:height", height } to its parent.
  window.addEventListener('message', function (e) {
    var m = e.data;
    if (!m || m.type !== 'escapade:height' || typeof m.height !== 'number') return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        frames[i].style.height = Math.max(80, Math.min(4000, Math.ceil(m.height))) + 'px';
      }
    }
  });

  function run() {
    Array.prototype.forEach.call(document.querySelectorAll('pre.escapade'), upgrade);
  }
  window.Escapade = { upgrade: run, embedUrl: embedUrl };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
})();
