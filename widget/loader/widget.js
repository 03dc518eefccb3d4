// Frontdesk loader: a launcher in a shadow root; the Leptos panel loads on first use.
(() => {
  const s = document.currentScript, w = window, clinic = s && s.dataset.clinic;
  if (!clinic || w.Frontdesk) return;
  const base = new URL(s.src).origin, asset = base + '/widget/frontdesk_widget';
  const mk = (tag, cls) => Object.assign(document.createElement(tag), { className: cls });
  const host = document.createElement('frontdesk-widget'), root = host.attachShadow({ mode: 'open' });
  const wrap = mk('div', 'fd-root'), panel = mk('div', 'fd-mount'), btn = mk('button', 'fd-launcher');
  // A constructed sheet, not <style>: strict host CSPs allow it.
  const css = new CSSStyleSheet();
  css.replaceSync(`:host{all:initial}
.fd-root{font:15px/1.45 system-ui,sans-serif;color:#1f2937}
.fd-launcher{all:unset;position:fixed;z-index:2147483000;right:20px;bottom:20px;width:56px;height:56px;border-radius:50%;display:grid;place-items:center;cursor:pointer;background:var(--fd-brand,#0f766e);color:var(--fd-brand-text,#fff);box-shadow:0 4px 16px #0004}
.fd-launcher:focus-visible{outline:3px solid #111;outline-offset:3px}
:host([data-pos=left]) .fd-launcher{left:20px;right:auto}`);
  root.adoptedStyleSheets = [css];
  const attr = (e, a) => { for (const k in a) e.setAttribute(k, a[k]); return e; };
  const svg = (tag, a) => attr(document.createElementNS('http://www.w3.org/2000/svg', tag), a);
  const icon = svg('svg', { viewBox: '0 0 24 24', width: 28, height: 28, fill: 'currentColor', 'aria-hidden': true });
  icon.append(svg('path', { d: 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z' }));
  attr(btn, { type: 'button', 'data-testid': 'fd-launcher', 'aria-label': 'Chat with us', 'aria-haspopup': 'dialog', 'aria-expanded': false }).append(icon);
  wrap.append(panel, btn);
  root.append(wrap);
  if (s.dataset.position) host.dataset.pos = s.dataset.position;

  // The only request before the visitor acts: public config, for brand colour and wording.
  const config = fetch(`${base}/v1/clinics/${encodeURIComponent(clinic)}/widget-config`)
    .then(r => r.ok ? r.text() : null).catch(() => null);
  config.then(text => {
    const t = JSON.parse(text).theme;
    host.style.setProperty('--fd-brand', t.brand_color);
    host.style.setProperty('--fd-brand-text', t.brand_text_color);
    btn.setAttribute('aria-label', t.launcher_text || 'Chat with us');
    host.dataset.pos ||= t.position;
  }).catch(() => {});

  // Fetching code only: no conversation and no storage until the visitor sends.
  let glue, wasm, app, open = false;
  const code = () => {
    if (!wasm) (wasm = fetch(asset + '_bg.wasm')).catch(() => {});
    return glue ||= import(asset + '.js');
  };
  const load = () => app ||= code().then(async m => {
    await m.default({ module_or_path: wasm });
    // The panel reports every open/close, its own close button and Escape included.
    m.mount(root, panel, clinic, base, await config, o => {
      if (!o && open && root.activeElement) btn.focus();
      btn.setAttribute('aria-expanded', open = o);
    });
    return m;
  }).catch(e => { glue = wasm = app = null; throw e; });
  const set = o => load().then(m => m.set_open(o), () => {});
  btn.onclick = () => set(!open);
  w.Frontdesk = { open: () => set(true), close: () => set(false), toggle: () => set(!open) };

  const start = () => {
    document.body.append(host);
    let saved;
    try { saved = localStorage.getItem('frontdesk:v1:' + clinic); } catch {}
    // A returning visitor's conversation is ready when they open the panel.
    if (saved) load().catch(() => {});
    else (w.requestIdleCallback || setTimeout)(() => code().catch(() => {}));
  };
  document.body ? start() : addEventListener('DOMContentLoaded', start);
})();
