// The panel's JS for code fetched on first use from `/widget/lazy/`, so it costs the panel
// nothing until then (BENCHMARKS.md, "Widget weight: room for attachments"): the
// attachment code (this file holds the picked files in the page's memory; `attach.rs` calls
// it) and the verification form (`verify.rs`). wasm-bindgen imports it with the panel.
const loaded = {};
const lazy = (base, name) => loaded[name] ||= import(`${base}/widget/lazy/${name}.js`)
  // Offline on first use: the next attempt fetches it again.
  .catch((error) => { delete loaded[name]; throw error; });
const held = new Map();

export function keep(id, file) { held.set(id, { file }); }

/** Stops a running upload and drops the file (also once its message is sent). */
export function discard(id) {
  held.get(id)?.abort?.abort();
  held.delete(id);
}

/** Forgets every file (the visitor forgot the conversation). */
export function discard_all() {
  for (const id of held.keys()) discard(id);
}

/** A new conversation: files uploaded to the old one are uploaded again. */
export function restart() {
  for (const entry of held.values()) entry.id = null;
}

export const upload = (base, conversation, id, token) =>
  lazy(base, 'attach').then((m) => m.upload(base, conversation, held.get(id), token));
export const open = (base, conversation, id, token) =>
  lazy(base, 'attach').then((m) => m.open(base, conversation, id, token));
/**
 * Opens the verification form next to the clicked button; resolves to true. The button is
 * read now, during the click: the panel's click listener sits outside the shadow root, so
 * only the event's composed path names it.
 */
export function verify(event, ...args) {
  const button = event.composedPath()[0];
  return lazy(args[0], 'verify').then((m) => m.open(button, ...args));
}
