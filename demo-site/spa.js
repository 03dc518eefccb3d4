// A tiny single-page app, the hostile kind: links change the URL with pushState, every view
// re-renders the whole <body>, and each view's template carries the widget's script tag
// again. The widget must survive all three with one launcher and its conversation intact.

// The documented Frontdesk stub: calls made before widget.js has run are queued in `q`.
window.Frontdesk = window.Frontdesk || { q: [] };
['open', 'close', 'toggle', 'identify', 'setLanguage', 'on'].forEach((name) => {
  Frontdesk[name] = Frontdesk[name] || ((...args) => Frontdesk.q.push([name, args]));
});

const VIEWS = {
  '/spa': ['Patient portal', 'Your appointments, bills and letters in one place.'],
  '/spa/appointments': ['Appointments', 'Thursday 14:30 with Dr. Weber (dermatology).'],
  '/spa/billing': ['Billing', 'No open invoices. Thank you!'],
};

function element(tag, { dataset = {}, ...props }, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  Object.assign(node.dataset, dataset);
  node.append(...children);
  return node;
}

function render() {
  const [title, text] = VIEWS[location.pathname] || VIEWS['/spa'];
  const nav = element('nav', {},
    ...Object.entries(VIEWS).map(([path, [label]]) => element('a', { href: path, dataset: { spa: '' } }, label)));
  document.title = `${title} · Lakeside Family Clinic`;
  document.body.replaceChildren(
    element('header', { className: 'site' }, element('p', { className: 'brand' }, 'Lakeside Family Clinic'), nav),
    element('main', {}, element('h1', { dataset: { testid: 'spa-title' } }, title), element('p', {}, text)),
    // The template's own embed tag: a second copy must not make a second widget.
    element('script', { src: '/widget.js', async: true, dataset: { clinic: 'demo' } }),
  );
}

document.addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('a[data-spa]');
  if (!link) return;
  event.preventDefault();
  history.pushState(null, '', link.href);
  render();
});
addEventListener('popstate', render);
document.addEventListener('DOMContentLoaded', render);
