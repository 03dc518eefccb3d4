// What `cargo xtask test` tells the browser tests: the server's and the sandbox's URLs.

export const BASE = process.env.FRONTDESK_BASE_URL;
export const CANARY = process.env.FRONTDESK_CANARY ?? 'fd-private-canary';

/** The provider sandbox's base URL, which `cargo xtask test` starts. */
export function sandboxUrl() {
  const url = process.env.FRONTDESK_SANDBOX_URL;
  if (!url) {
    throw new Error('FRONTDESK_SANDBOX_URL is not set: `cargo xtask test` starts the provider sandbox');
  }
  return url;
}

if (!BASE) {
  throw new Error('FRONTDESK_BASE_URL is not set: run the browser tests through `cargo xtask test`');
}
