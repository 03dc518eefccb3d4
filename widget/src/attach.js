// Files the visitor picked, held in the page's memory by their message's `client_msg_id`
// until sent or cancelled (a page can't keep a 10 MB photo in localStorage). Part of the
// panel (wasm-bindgen imports it, `attach.rs` calls it); the code that uploads and opens
// files is fetched on first use from `/widget/lazy/attach.js`, so it costs the panel
// nothing until then (BENCHMARKS.md, "Widget weight: room for attachments").
const held = new Map();
let code;
const lazy = (base) => code ||= import(`${base}/widget/lazy/attach.js`)
  // Offline on first use: the next attempt fetches it again.
  .catch((error) => { code = null; throw error; });

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
  lazy(base).then((m) => m.upload(base, conversation, held.get(id), token));
export const open = (base, conversation, id, token) =>
  lazy(base).then((m) => m.open(base, conversation, id, token));
