// The widget's attachment code, fetched the first time the visitor sends or opens a file
// (src/attach.js loads it), so the panel does not carry it (BENCHMARKS.md, "Widget weight:
// room for attachments"). A network failure or an aborted upload rejects.

const call = (base, conversation, token, rest = '', init = {}) => fetch(
  `${base}/v1/conversations/${encodeURIComponent(conversation)}/attachments${rest}`, {
    ...init,
    mode: 'cors',
    headers: { Accept: 'application/json', Authorization: `Bearer ${token}`, ...init.headers },
  });

/** The JSON body's string field, or '' when the body is unreadable. */
const field = async (response, read) => {
  const value = read(await response.json().catch(() => null));
  return typeof value == 'string' ? value : '';
};

/**
 * Uploads a held file (its bytes as the body: the edge decides its type from them) once.
 * Resolves to the attachment id (the one an earlier attempt got, '' when the answer is
 * unreadable), null when the file was cancelled, or a refused request's `Response`, which
 * the panel reads like every other call's (`api::settle`: retried or shown).
 */
export async function upload(base, conversation, entry, token) {
  if (!entry) return null;
  if (entry.id) return entry.id;
  const abort = entry.abort = new AbortController();
  const response = await call(base, conversation, token, '', {
    method: 'POST',
    body: entry.file,
    signal: abort.signal,
    headers: { 'Content-Type': 'application/octet-stream' },
  });
  entry.abort = null;
  if (!response.ok) return response;
  return entry.id = await field(response, (body) => body?.attachment?.id);
}

/**
 * Opens a file of the conversation in a new tab through its short-lived signed link
 * (asked for on the visitor's tap, which browsers still count as their gesture):
 * resolves to true once opened.
 */
export async function open(base, conversation, id, token) {
  const response = await call(base, conversation, token, `/${encodeURIComponent(id)}`);
  const link = response.ok && await field(response, (body) => body?.url);
  if (!link) return false;
  window.open(link, '_blank', 'noopener');
  return true;
}
