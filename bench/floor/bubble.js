// BENCHMARK FLOOR, NOT PRODUCT CODE: a 20-line plain-JS chat bubble, the lightest thing a
// widget could be. The widget speed and weight suites compare Frontdesk's loader with it.
(() => {
  const host = document.createElement('floor-bubble');
  const root = host.attachShadow({ mode: 'open' });
  const css = new CSSStyleSheet();
  css.replaceSync(`.b{all:unset;position:fixed;right:20px;bottom:20px;width:56px;height:56px;
border-radius:50%;background:#0f766e;color:#fff;display:grid;place-items:center;cursor:pointer}
.p{position:fixed;right:20px;bottom:90px;width:320px;height:420px;background:#fff;
box-shadow:0 4px 16px #0004;display:none}.p.o{display:block}`);
  root.adoptedStyleSheets = [css];
  const button = Object.assign(document.createElement('button'), { className: 'b', textContent: '?' });
  button.dataset.testid = 'floor-bubble';
  const panel = Object.assign(document.createElement('div'), { className: 'p' });
  panel.append(Object.assign(document.createElement('textarea'), { placeholder: 'Message' }));
  button.onclick = () => panel.classList.toggle('o');
  root.append(panel, button);
  const start = () => document.body.append(host);
  document.body ? start() : addEventListener('DOMContentLoaded', start);
})();
