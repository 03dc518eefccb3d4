// The demo clinic page in the variants the browser suites compare: as shipped (with the
// Frontdesk widget), with no widget, and with the 20-line plain-JS floor bubble
// (bench/floor/bubble.js) in its place. The page is the one the worker serves; only its
// widget tag is swapped, so the demo site is never forked.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ROOT } from './root.mjs';

/** Where the variants' pages load the floor bubble from. */
export const FLOOR_PATH = '/__floor/bubble.js';
export const FLOOR_BUBBLE = fs.readFileSync(path.join(ROOT, 'bench/floor/bubble.js'), 'utf8');

const WIDGET_TAG = /<script[^>]*widget\.js[^>]*><\/script>/;
const REPLACEMENTS = {
  frontdesk: '$&',
  floor: `<script src="${FLOOR_PATH}" async></script>`,
  none: '',
};

/** `html` (the demo page as served) with its widget tag swapped for `variant`'s. */
export function demoPageVariant(html, variant) {
  if (!(variant in REPLACEMENTS)) throw new Error(`unknown page variant ${variant}`);
  if (!WIDGET_TAG.test(html)) throw new Error('the demo page has no widget.js tag to swap');
  return html.replace(WIDGET_TAG, REPLACEMENTS[variant]);
}

/**
 * A loopback HTTP front for tools that load a URL themselves (Lighthouse): `/?variant=<name>`
 * is the demo page in that variant, `FLOOR_PATH` the floor bubble, and every other request
 * is passed through to `upstream` unchanged (bytes, status and headers, compression too).
 * The page's absolute links to `upstream` become relative, so the widget loads from the
 * page's own origin, as it does when the worker serves the page.
 */
export async function serveDemoVariants({ upstream, port }) {
  const target = new URL(upstream);
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, upstream);
      if (url.pathname === '/' && url.searchParams.has('variant')) {
        const response = await fetch(`${upstream}/`);
        const html = demoPageVariant(await response.text(), url.searchParams.get('variant'));
        res.writeHead(response.status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(html.replaceAll(upstream, ''));
      } else if (url.pathname === FLOOR_PATH) {
        res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' });
        res.end(FLOOR_BUBBLE);
      } else {
        const forward = http.request({
          host: target.hostname, port: target.port, method: req.method, path: req.url,
          headers: { ...req.headers, host: target.host },
        }, (answer) => {
          res.writeHead(answer.statusCode, answer.headers);
          answer.pipe(res);
        });
        forward.on('error', (error) => res.destroy(error));
        req.pipe(forward);
      }
    } catch (error) {
      res.writeHead(502, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: (variant) => `http://127.0.0.1:${port}/?variant=${variant}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}
