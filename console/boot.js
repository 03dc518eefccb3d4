// Starts the staff console: loads the wasm-bindgen glue and instantiates the wasm next to it.
// A separate file (not an inline script) so the page works under `script-src 'self'`.
import init from './frontdesk_console.js';

const bootNote = document.getElementById('boot-note');

init({ module_or_path: new URL('./frontdesk_console_bg.wasm', import.meta.url) }).catch((error) => {
  console.error('Frontdesk console failed to start', error);
  if (bootNote) {
    bootNote.textContent = 'The staff console could not start. Reload the page to try again.';
    bootNote.classList.add('boot-error');
  }
});

// The installable app's service worker keeps only the shell (see sw.js), never API answers.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register(new URL('./sw.js', import.meta.url), { scope: './' }).catch((error) => {
    console.warn('Frontdesk console: no offline shell', error);
  });
}
