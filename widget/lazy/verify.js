// The widget's "Verify my phone or email" form, fetched the first time the visitor asks
// for it (src/lazy.js loads it), so the panel carries neither the form nor its words in
// four languages (BENCHMARKS.md, "Widget weight: verification"). It only calls the
// Visitor API's verification endpoints; it stores nothing, and every text goes in as text.

// Every word in the four languages (exported for the test that each has them all).
export const WORDS = {
  en: {
    title: 'Verify your phone or email',
    intro: 'We send you a code to confirm the number or address is yours, so the clinic knows who it is talking to.',
    by: 'Verify by',
    sms: 'Text message',
    email: 'Email',
    phone_label: 'Mobile number, with country code',
    email_label: 'Email address',
    send: 'Send me a code',
    sending: 'Sending…',
    sent: 'We sent a code to {}. It works for {} minutes.',
    code_label: 'The 6-digit code',
    check: 'Verify',
    checking: 'Checking…',
    again: 'Send a new code',
    done: '{} is verified. Thank you.',
    close: 'Close',
    invalid_phone: 'Enter a mobile number with its country code, like +34 600 111 222.',
    invalid_email: 'Enter one email address, like ana@example.org.',
    invalid_code: 'Enter the 6 digits of the code we sent you.',
    wrong_code: 'That code is not right. Check it and try again.',
    code_expired: 'This code has expired. Ask for a new one.',
    too_many_attempts: 'Too many wrong codes: this one no longer works. Ask for a new code.',
    no_code: 'Ask for a code first.',
    too_many_codes: 'Too many codes asked for. Try again in {} minutes.',
    sms_not_available: "This clinic can't send text messages. Verify your email instead.",
    email_not_available: "This clinic can't send email. Verify your phone instead.",
    refused: "This number or address can't get our message. Check it, or use another.",
    failed: 'The code could not be sent. Try again in a minute.',
    offline: "Can't reach the clinic right now. Check your connection and try again.",
    other: 'Something went wrong. Please try again.',
  },
  es: {
    title: 'Verifica tu teléfono o tu email',
    intro: 'Te enviamos un código para confirmar que el número o la dirección son tuyos, así la clínica sabe con quién habla.',
    by: 'Verificar por',
    sms: 'SMS',
    email: 'Email',
    phone_label: 'Número de móvil, con prefijo del país',
    email_label: 'Dirección de email',
    send: 'Enviarme un código',
    sending: 'Enviando…',
    sent: 'Hemos enviado un código a {}. Vale durante {} minutos.',
    code_label: 'El código de 6 cifras',
    check: 'Verificar',
    checking: 'Comprobando…',
    again: 'Enviar un código nuevo',
    done: '{} está verificado. Gracias.',
    close: 'Cerrar',
    invalid_phone: 'Escribe un móvil con el prefijo del país, como +34 600 111 222.',
    invalid_email: 'Escribe una sola dirección de email, como ana@example.org.',
    invalid_code: 'Escribe las 6 cifras del código que te enviamos.',
    wrong_code: 'Ese código no es correcto. Revísalo y vuelve a intentarlo.',
    code_expired: 'Este código ha caducado. Pide uno nuevo.',
    too_many_attempts: 'Demasiados códigos incorrectos: este ya no sirve. Pide uno nuevo.',
    no_code: 'Pide primero un código.',
    too_many_codes: 'Has pedido demasiados códigos. Inténtalo de nuevo en {} minutos.',
    sms_not_available: 'Esta clínica no puede enviar SMS. Verifica tu email.',
    email_not_available: 'Esta clínica no puede enviar emails. Verifica tu teléfono.',
    refused: 'Este número o dirección no puede recibir nuestro mensaje. Revísalo o usa otro.',
    failed: 'No se pudo enviar el código. Inténtalo de nuevo en un minuto.',
    offline: 'No podemos contactar con la clínica ahora. Revisa tu conexión y vuelve a intentarlo.',
    other: 'Algo ha fallado. Inténtalo de nuevo.',
  },
  fr: {
    title: 'Vérifier votre téléphone ou votre e-mail',
    intro: 'Nous vous envoyons un code pour confirmer que ce numéro ou cette adresse est bien à vous : la clinique sait ainsi à qui elle parle.',
    by: 'Vérifier par',
    sms: 'SMS',
    email: 'E-mail',
    phone_label: 'Numéro de mobile, avec l’indicatif du pays',
    email_label: 'Adresse e-mail',
    send: 'M’envoyer un code',
    sending: 'Envoi…',
    sent: 'Nous avons envoyé un code à {}. Il est valable {} minutes.',
    code_label: 'Le code à 6 chiffres',
    check: 'Vérifier',
    checking: 'Vérification…',
    again: 'Envoyer un nouveau code',
    done: '{} est vérifié. Merci.',
    close: 'Fermer',
    invalid_phone: 'Saisissez un numéro de mobile avec l’indicatif du pays, comme +33 6 12 34 56 78.',
    invalid_email: 'Saisissez une seule adresse e-mail, comme ana@example.org.',
    invalid_code: 'Saisissez les 6 chiffres du code que nous vous avons envoyé.',
    wrong_code: 'Ce code n’est pas le bon. Vérifiez-le et réessayez.',
    code_expired: 'Ce code a expiré. Demandez-en un nouveau.',
    too_many_attempts: 'Trop de codes erronés : celui-ci ne fonctionne plus. Demandez un nouveau code.',
    no_code: 'Demandez d’abord un code.',
    too_many_codes: 'Trop de codes demandés. Réessayez dans {} minutes.',
    sms_not_available: 'Cette clinique ne peut pas envoyer de SMS. Vérifiez plutôt votre e-mail.',
    email_not_available: 'Cette clinique ne peut pas envoyer d’e-mails. Vérifiez plutôt votre téléphone.',
    refused: 'Ce numéro ou cette adresse ne peut pas recevoir notre message. Vérifiez-le ou utilisez-en un autre.',
    failed: 'Le code n’a pas pu être envoyé. Réessayez dans une minute.',
    offline: 'Impossible de joindre la clinique pour l’instant. Vérifiez votre connexion et réessayez.',
    other: 'Une erreur est survenue. Veuillez réessayer.',
  },
  de: {
    title: 'Telefon oder E-Mail bestätigen',
    intro: 'Wir senden Ihnen einen Code, um zu bestätigen, dass die Nummer oder Adresse Ihnen gehört. So weiß die Praxis, mit wem sie schreibt.',
    by: 'Bestätigen per',
    sms: 'SMS',
    email: 'E-Mail',
    phone_label: 'Handynummer mit Ländervorwahl',
    email_label: 'E-Mail-Adresse',
    send: 'Code senden',
    sending: 'Wird gesendet…',
    sent: 'Wir haben einen Code an {} gesendet. Er gilt {} Minuten.',
    code_label: 'Der 6-stellige Code',
    check: 'Bestätigen',
    checking: 'Wird geprüft…',
    again: 'Neuen Code senden',
    done: '{} ist bestätigt. Vielen Dank.',
    close: 'Schließen',
    invalid_phone: 'Geben Sie eine Handynummer mit Ländervorwahl ein, etwa +49 151 2345 6789.',
    invalid_email: 'Geben Sie eine E-Mail-Adresse ein, etwa ana@example.org.',
    invalid_code: 'Geben Sie die 6 Ziffern des Codes ein, den wir Ihnen gesendet haben.',
    wrong_code: 'Dieser Code stimmt nicht. Bitte prüfen Sie ihn und versuchen Sie es erneut.',
    code_expired: 'Dieser Code ist abgelaufen. Fordern Sie einen neuen an.',
    too_many_attempts: 'Zu viele falsche Codes: Dieser gilt nicht mehr. Fordern Sie einen neuen an.',
    no_code: 'Fordern Sie zuerst einen Code an.',
    too_many_codes: 'Zu viele Codes angefordert. Versuchen Sie es in {} Minuten erneut.',
    sms_not_available: 'Diese Praxis kann keine SMS senden. Bestätigen Sie stattdessen Ihre E-Mail.',
    email_not_available: 'Diese Praxis kann keine E-Mails senden. Bestätigen Sie stattdessen Ihr Telefon.',
    refused: 'Diese Nummer oder Adresse kann unsere Nachricht nicht empfangen. Prüfen Sie sie oder nehmen Sie eine andere.',
    failed: 'Der Code konnte nicht gesendet werden. Versuchen Sie es in einer Minute erneut.',
    offline: 'Die Praxis ist gerade nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    other: 'Etwas ist schiefgegangen. Bitte versuchen Sie es erneut.',
  },
};

/** The edge's error codes (its JSON error's `code`) that have words of their own. */
const SAME = ['invalid_phone', 'invalid_email', 'invalid_code', 'wrong_code', 'code_expired',
  'too_many_attempts', 'no_code', 'too_many_codes', 'sms_not_available', 'email_not_available'];
const ALIKE = { phone_refused: 'refused', email_refused: 'refused', sms_failed: 'failed',
  email_failed: 'failed' };

/** `{}` placeholders filled in order. */
const fill = (text, ...values) => values.reduce((out, value) => out.replace('{}', value), text);

const CSS = `
.fd-verify{margin:0;padding:12px 14px;border-top:1px solid #e5e7eb;background:#fff;color:#1f2937;font-size:14px;display:flex;flex-direction:column;gap:8px;max-height:55%;overflow-y:auto;flex:none}
.fd-verify h3{margin:0;font-size:15px;flex:1}
.fd-verify .fd-top{flex-wrap:nowrap;position:sticky;top:-12px;background:inherit;padding-top:12px;margin-top:-12px}
.fd-verify p{margin:0}
.fd-verify fieldset{border:0;margin:0;padding:0;display:flex;gap:12px;flex-wrap:wrap}
.fd-verify legend{font-weight:600;padding:0;margin-bottom:4px}
.fd-verify .fd-field{display:flex;flex-direction:column;gap:4px;font-weight:600}
.fd-verify input[type=tel],.fd-verify input[type=email],.fd-verify input[inputmode]{font:inherit;font-size:16px;font-weight:400;padding:6px 8px;border:1px solid #6b7280;border-radius:8px;background:#fff;color:#111827}
.fd-verify input:focus-visible{outline:2px solid var(--fd-brand,#0f766e);outline-offset:1px}
.fd-verify .fd-row{display:flex;gap:8px;flex-wrap:wrap;align-items:center}
.fd-verify button{font:inherit;cursor:pointer;padding:6px 14px;border-radius:8px;font-weight:600;border:1px solid var(--fd-brand,#0f766e);background:#fff;color:var(--fd-brand,#0f766e)}
.fd-verify button.fd-main{background:var(--fd-brand,#0f766e);color:var(--fd-brand-text,#fff)}
.fd-verify button:focus-visible{outline:2px solid var(--fd-brand,#0f766e);outline-offset:2px}
.fd-verify button[disabled]{opacity:.6;cursor:default}
.fd-verify [role=alert]{color:#991b1b}
.fd-verify [role=alert]:empty,.fd-verify [aria-live]:empty{display:none}
.fd-verify .fd-done{font-weight:600}
@media (prefers-color-scheme:dark){.fd-verify{background:#111827;color:#f3f4f6;border-color:#374151}.fd-verify input[type=tel],.fd-verify input[type=email],.fd-verify input[inputmode],.fd-verify button{background:#1f2937;color:#f9fafb}.fd-verify [role=alert]{color:#fecaca}}
`;

let sheet;
/** The form's styles, adopted by the widget's shadow root once (no style attributes: CSP). */
function style(root) {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/** An element with attributes and children (strings become text nodes, never HTML). */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

let serial = 0;

/**
 * Opens the form above the panel's footer, next to `button` (the footer's "Verify" button,
 * which gets the focus back when the form closes). `base` is the API origin, `conversation`
 * and `token` the widget's conversation and its bearer, `lang` one of en, es, fr, de.
 * Returns true (the panel reads anything else as a failure to load).
 */
export function open(button, base, conversation, token, lang) {
  const root = button.getRootNode();
  const shown = root.querySelector('.fd-verify');
  if (shown) {
    shown.querySelector('input:not([type=radio]), button')?.focus();
    return true;
  }
  style(root);
  const words = WORDS[lang] || WORDS.en;
  const id = (name) => `fd-verify-${name}-${serial}`;
  serial += 1;
  const call = async (path, body) => {
    let response;
    try {
      response = await fetch(`${base}/v1/conversations/${encodeURIComponent(conversation)}/verification/${path}`, {
        method: 'POST',
        mode: 'cors',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    } catch {
      return { problem: words.offline };
    }
    const answer = await response.json().catch(() => null);
    if (response.ok) return { answer };
    const code = answer?.error?.code;
    if (code === 'too_many_codes') {
      const seconds = Number(response.headers.get('Retry-After')) || 60;
      return { problem: fill(words.too_many_codes, Math.max(1, Math.ceil(seconds / 60))) };
    }
    const known = SAME.includes(code) ? code : ALIKE[code];
    return { problem: known ? words[known] : response.status >= 500 ? words.failed : words.other };
  };

  // Step 1: the channel and the address.
  const radio = (value, label, checked) => {
    const input = el('input', { type: 'radio', name: id('by'), value });
    input.checked = checked;
    return el('label', {}, input, ' ', label);
  };
  const by = el('fieldset', {}, el('legend', {}, words.by),
    radio('sms', words.sms, true), radio('email', words.email, false));
  const address = el('input', { id: id('address'), type: 'tel', autocomplete: 'tel', required: '' });
  const addressLabel = el('label', { for: id('address') }, words.phone_label);
  const send = el('button', { type: 'submit', class: 'fd-main' }, words.send);
  const ask = el('form', { 'data-testid': 'fd-verify-ask', novalidate: '' }, by,
    el('div', { class: 'fd-field' }, addressLabel, address), el('div', { class: 'fd-row' }, send));
  const channel = () => by.querySelector('input:checked').value;
  by.addEventListener('change', () => {
    const sms = channel() === 'sms';
    address.type = sms ? 'tel' : 'email';
    address.autocomplete = sms ? 'tel' : 'email';
    addressLabel.textContent = sms ? words.phone_label : words.email_label;
    problem.textContent = '';
  });

  // Step 2: the code.
  const code = el('input', {
    id: id('code'), inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: '7',
    pattern: '[0-9 ]*', required: '',
  });
  const check = el('button', { type: 'submit', class: 'fd-main' }, words.check);
  const again = el('button', { type: 'button' }, words.again);
  const typed = el('form', { 'data-testid': 'fd-verify-check', novalidate: '', hidden: '' },
    el('div', { class: 'fd-field' }, el('label', { for: id('code') }, words.code_label), code),
    el('div', { class: 'fd-row' }, check, again));

  const status = el('p', { 'aria-live': 'polite', 'data-testid': 'fd-verify-status' });
  const problem = el('p', { role: 'alert', 'data-testid': 'fd-verify-error' });
  const close = el('button', { type: 'button' }, words.close);
  const heading = el('h3', { id: id('title') }, words.title);
  // Close sits beside the title, so it stays in view when the form scrolls.
  const section = el('section', { class: 'fd-verify', 'aria-labelledby': id('title'), 'data-testid': 'fd-verify' },
    el('div', { class: 'fd-row fd-top' }, heading, close), el('p', {}, words.intro), ask, typed, status, problem);

  let sentTo = '';
  let sentOn = 'sms';
  const busy = (button, label) => {
    const before = button.textContent;
    button.disabled = true;
    button.textContent = label;
    return () => { button.disabled = false; button.textContent = before; };
  };
  const request = async () => {
    problem.textContent = '';
    const on = channel();
    const value = address.value.trim();
    const done = busy(send, words.sending);
    again.disabled = true;
    const { answer, problem: said } = await call(on, on === 'sms' ? { phone: value } : { email: value });
    done();
    again.disabled = false;
    if (said) {
      problem.textContent = said;
      (typed.hidden ? address : code).focus();
      return;
    }
    sentTo = value;
    sentOn = on;
    const minutes = Math.round((answer?.expires_in_seconds || 600) / 60);
    status.textContent = fill(words.sent, sentTo, minutes);
    ask.hidden = true;
    typed.hidden = false;
    code.value = '';
    code.focus();
  };
  ask.addEventListener('submit', (event) => { event.preventDefault(); request(); });
  again.addEventListener('click', () => {
    ask.hidden = false;
    typed.hidden = true;
    status.textContent = '';
    problem.textContent = '';
    address.focus();
  });
  typed.addEventListener('submit', async (event) => {
    event.preventDefault();
    problem.textContent = '';
    const done = busy(check, words.checking);
    const { answer, problem: said } = await call(`${sentOn}/check`, { code: code.value });
    done();
    if (said) {
      problem.textContent = said;
      code.focus();
      return;
    }
    const shownAs = (sentOn === 'sms' ? answer?.phone : answer?.email) || sentTo;
    typed.hidden = true;
    status.textContent = '';
    const result = el('p', { class: 'fd-done', tabindex: '-1', 'data-testid': 'fd-verify-done' },
      fill(words.done, shownAs));
    status.before(result);
    result.focus();
  });
  close.addEventListener('click', () => {
    section.remove();
    button.focus();
  });
  // Escape closes the form, not the whole panel.
  section.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close.click();
  });

  const foot = button.closest('.fd-foot');
  foot.before(section);
  address.focus();
  return true;
}
