// Frontdesk loader: a launcher in a shadow root; the Leptos panel loads on first use.
// `cargo xtask build` minifies this file with esbuild; the budget is 1,536 B brotli.
(() => {
  const w = window, d = document, s = d.currentScript, data = s?.dataset || {}, clinic = data.clinic;
  // Calls made before this ran wait in the embed snippet's stub: `{ q: [[name, args]] }`.
  const stub = w.Frontdesk;
  // One widget per page: a second tag (or a re-run in an SPA) finds the first one.
  if (!clinic || stub?.loaded) return;
  const base = new URL(s.src).origin, asset = base + '/widget/frontdesk_widget';
  const host = d.createElement('frontdesk-widget'), root = host.attachShadow({ mode: 'open' });
  const label = 'Chat with us', btn = d.createElement('button');
  // A constructed sheet, not <style>: strict host CSPs allow it.
  const css = new CSSStyleSheet();
  css.replaceSync(`:host{all:initial}.fd-launcher{all:unset;position:fixed;z-index:2147483000;right:20px;bottom:20px;width:56px;height:56px;border-radius:50%;display:grid;place-items:center;cursor:pointer;background:var(--fd-brand,#0f766e);color:var(--fd-brand-text,#fff);box-shadow:0 4px 16px #0004}
.fd-launcher:focus-visible{outline:3px solid #111;outline-offset:3px}
:host([data-pos=left]) .fd-launcher{left:20px;right:auto}`);
  root.adoptedStyleSheets = [css];
  const attr = (e, a) => { for (const k in a) e.setAttribute(k, a[k]); return e; };
  const svg = (tag, a) => attr(d.createElementNS('http://www.w3.org/2000/svg', tag), a);
  const icon = svg('svg', { viewBox: '0 0 24 24', width: 28, height: 28, fill: 'currentColor', 'aria-hidden': true });
  icon.append(svg('path', { d: 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z' }));
  attr(btn, { class: 'fd-launcher', type: 'button', 'data-testid': 'fd-launcher', 'aria-label': label, 'aria-haspopup': 'dialog', 'aria-expanded': false }).append(icon);
  root.append(btn);
  // CSSOM custom properties, not a style attribute: strict CSPs allow them.
  const brand = (bg, fg) => { host.style.setProperty('--fd-brand', bg); host.style.setProperty('--fd-brand-text', fg); };
  const color = data.color;
  if (/^#[\da-f]{6}$/i.test(color || '')) {
    // The server's rule (domain::theme::readable_text_color; a test holds this line to its
    // threshold): WCAG relative luminance, white text where it reads at 4.5:1, else black.
    const [r, g, b] = color.slice(1).match(/../g).map(h => (h = parseInt(h, 16) / 255) > .03928 ? ((h + .055) / 1.055) ** 2.4 : h / 12.92);
    brand(color, .2126 * r + .7152 * g + .0722 * b > 0.18333332 ? '#000' : '#fff');
  }

  // The only request before the visitor acts (made once): public config, for brand colour
  // and wording.
  let config;
  const settings = () => config ||= fetch(`${base}/v1/clinics/${encodeURIComponent(clinic)}/widget-config`)
    .then(r => r.ok ? r.text() : null).catch(() => null);

  // Host-page listeners run on their own turn, so one that throws breaks nothing here.
  const handlers = { open: [], close: [], message: [] };
  const emit = (type, value) => handlers[type].map(fn => setTimeout(fn, 0, value));
  // Settings for the panel (language, visitor details) before and after it loads.
  const later = data.language ? { set_language: data.language } : {};
  const forward = (name, value) => { later[name] = value; app?.then(m => m[name](value), () => {}); };

  // Code only: no conversation, no storage and no other request until the visitor sends.
  // The wasm compiles as it downloads, off the main thread, then is instantiated in a short
  // task of its own (no DOM yet), so a click only mounts, or once it is mounted (below),
  // only opens.
  let code, app, open = false;
  const prepare = () => code ||= Promise.all([WebAssembly.compileStreaming(fetch(asset + '_bg.wasm')), import(asset + '.js')])
    .then(async ([wasm, m]) => (await m.default({ module_or_path: wasm }), m))
    .catch(e => { code = null; throw e; });
  const load = () => app ||= prepare().then(async m => {
    // The panel reports opening and closing (its close button and Escape included) and messages.
    m.mount(root, clinic, base, await settings(), (type, value) => {
      if (type != 'message') {
        if (open && type == 'close' && root.activeElement) btn.focus();
        btn.setAttribute('aria-expanded', open = type == 'open');
      }
      emit(type, value);
    }, data);
    for (const name in later) m[name](later[name]);
    return m;
  }).catch(e => { app = null; throw e; });
  const set = o => load().then(m => m.set_open(o), () => {});
  btn.onclick = () => set(!open);
  const api = w.Frontdesk = {
    loaded: 1,
    open: () => set(true),
    close: () => set(false),
    toggle: () => set(!open),
    identify: who => forward('identify', who),
    setLanguage: tag => forward('set_language', tag),
    on: (type, fn) => { handlers[type]?.push(fn); },
  };

  const start = () => {
    d.body.append(host);
    // SPAs may re-render the whole body on navigation; put the same widget back, state and all.
    new MutationObserver(() => host.isConnected || !d.body || d.body.append(host))
      .observe(d.documentElement, { childList: true, subtree: true });
    // Fetching waits until the page has painted (the launcher alone paints a blank page), so
    // it never competes with the page's first paint nor counts against it in Lighthouse.
    // The paint entries come once or twice (first paint, first contentful paint); what
    // this starts happens once. Then: the config and the code, and once the page is idle,
    // with the config in hand, the panel mounted closed for every visitor, so a click only
    // opens it. Mounting stores nothing and requests nothing (a returning visitor's
    // conversation excepted), and renders in slices of a task each, none of them long.
    new PerformanceObserver(() => {
      settings().then(text => {
        const t = JSON.parse(text).theme;
        color || brand(t.brand_color, t.brand_text_color);
        btn.setAttribute('aria-label', t.launcher_text || label);
        host.dataset.pos = data.position || t.position;
      }).catch(() => {});
      prepare().then(settings).then(text => text && (w.requestIdleCallback || setTimeout)(() => load().catch(() => {})))
        .catch(() => {});
    }).observe({ type: 'paint', buffered: true });
    if ('openOnLoad' in data) api.open();
    for (const [name, args] of stub?.q || []) api[name]?.(...args);
  };
  d.body ? start() : addEventListener('DOMContentLoaded', start);
})();
