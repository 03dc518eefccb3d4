//! The panel's CSS, installed as an adopted stylesheet so strict host CSPs allow it.

use web_sys::{CssStyleSheet, ShadowRoot};

/// Panel styles. The loader's sheet already resets `:host` and styles the launcher.
const PANEL_CSS: &str = r#"
.fd-panel{contain:strict;position:fixed;z-index:2147483001;right:20px;bottom:88px;width:380px;max-width:calc(100vw - 40px);height:600px;max-height:calc(100vh - 108px);display:flex;flex-direction:column;background:#fff;color:#1f2937;border-radius:14px;box-shadow:0 12px 40px rgba(0,0,0,.22);overflow:hidden;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;text-align:left}
.fd-panel[hidden]{display:none}
.fd-slot{display:contents}
.fd-panel *,.fd-panel *::before,.fd-panel *::after{box-sizing:border-box}
.fd-head{display:flex;align-items:center;gap:8px;padding:12px 10px 12px 16px;background:var(--fd-brand,#0f766e);color:var(--fd-brand-text,#fff)}
.fd-title{flex:1;min-width:0}
.fd-title h2{margin:0;font-size:16px;font-weight:600;line-height:1.3;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.fd-status{margin:0;font-size:12px}
.fd-close{all:unset;flex:none;cursor:pointer;width:36px;height:36px;border-radius:8px;display:grid;place-items:center;font-size:24px;line-height:1}
.fd-close:hover{background:rgba(255,255,255,.18)}
.fd-close:focus-visible,.fd-send:focus-visible,.fd-foot a:focus-visible,.fd-scope a:focus-visible{outline:2px solid currentColor;outline-offset:2px}
.fd-log:focus-visible{outline:2px solid var(--fd-brand,#0f766e);outline-offset:-2px}
.fd-scope{margin:0;padding:8px 16px;font-size:13px;background:#fef3c7;color:#78350f;border-bottom:1px solid #fde68a}
.fd-scope a{color:inherit;font-weight:700}
.fd-log{flex:1;min-height:0;overflow-y:auto;padding:14px;display:flex;flex-direction:column;gap:8px;background:#f9fafb;overscroll-behavior:contain}
.fd-msg{margin:0;max-width:85%;padding:8px 12px;border-radius:14px;white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #e5e7eb;align-self:flex-start}
.fd-msg[data-author=visitor]{align-self:flex-end;background:var(--fd-brand,#0f766e);color:var(--fd-brand-text,#fff);border-color:transparent}
.fd-msg[data-author=system]{align-self:center;max-width:100%;background:none;border:0;padding:2px 8px;font-size:13px;color:#4b5563;text-align:center}
.fd-msg[data-delivery=sending],.fd-msg[data-delivery=queued]{background:#e5e7eb;color:#111827;border:1px dashed #6b7280}
.fd-msg[data-author=visitor][data-delivery=failed]{background:#fee2e2;color:#7f1d1d}
.fd-who{display:block;font-size:12px;font-weight:600;margin-bottom:2px;color:#374151}
.fd-meta{display:block;font-size:12px;margin-top:2px;text-align:right}
.fd-typing{margin:0;padding:2px 16px;font-size:13px;font-style:italic;color:#4b5563;background:#f9fafb}
.fd-typing:empty{display:none}
.fd-launcher[data-unread]::after{content:attr(data-unread);position:absolute;top:-4px;right:-4px;min-width:20px;height:20px;padding:0 5px;box-sizing:border-box;border-radius:10px;background:#b91c1c;color:#fff;font:700 12px/20px system-ui,sans-serif;text-align:center}
.fd-retry{all:unset;cursor:pointer;display:inline-block;margin-top:4px;padding:2px 10px;border-radius:8px;font-size:13px;font-weight:600;background:#fff;color:#7f1d1d;border:1px solid #7f1d1d}
.fd-retry:focus-visible{outline:2px solid #7f1d1d;outline-offset:2px}
.fd-error{margin:0;padding:8px 16px;font-size:13px;background:#fee2e2;color:#991b1b}
.fd-survey{margin-top:8px;display:flex;flex-direction:column;gap:8px;text-align:left;color:#1f2937;font-size:14px}
.fd-survey fieldset{border:0;margin:0;padding:0}
.fd-survey legend{font-weight:600;margin-bottom:4px;padding:0}
.fd-survey label{margin-right:12px}
.fd-rates{display:flex;gap:6px}
.fd-rate{position:relative;margin:0}
.fd-rate input{position:absolute;inset:0;opacity:0;margin:0;cursor:pointer}
.fd-rate span{display:grid;place-items:center;width:36px;height:36px;border-radius:50%;border:1px solid #6b7280;font-weight:600;background:#fff}
.fd-rate input:checked+span{background:var(--fd-brand,#0f766e);color:var(--fd-brand-text,#fff);border-color:transparent}
.fd-rate input:focus-visible+span{outline:2px solid var(--fd-brand,#0f766e);outline-offset:2px}
.fd-survey-comment{display:flex;flex-direction:column;gap:4px;font-weight:600}
.fd-survey textarea{font:inherit;font-size:16px;font-weight:400;padding:6px 8px;border:1px solid #6b7280;border-radius:8px;resize:vertical;background:#fff;color:#1f2937}
.fd-survey-send{all:unset;cursor:pointer;align-self:flex-start;padding:6px 14px;border-radius:8px;background:var(--fd-brand,#0f766e);color:var(--fd-brand-text,#fff);font-weight:600}
.fd-survey-send:focus-visible{outline:2px solid var(--fd-brand,#0f766e);outline-offset:2px}
.fd-survey-send[disabled]{opacity:.6;cursor:default}
.fd-survey-note{margin:0;color:#991b1b}
.fd-survey-note:empty{display:none}
.fd-survey-done{margin:6px 0 0;font-weight:600}
.fd-compose{display:flex;gap:8px;align-items:flex-end;padding:10px;border-top:1px solid #e5e7eb;background:#fff}
.fd-input{flex:1;min-width:0;resize:none;field-sizing:content;font:inherit;font-size:16px;line-height:1.4;min-height:42px;max-height:140px;padding:9px 12px;border:1px solid #d1d5db;border-radius:10px;color:#111827;background:#fff}
.fd-input::placeholder{color:#6b7280}
.fd-input:focus{outline:2px solid var(--fd-brand,#0f766e);outline-offset:-1px}
.fd-send{all:unset;flex:none;cursor:pointer;height:42px;padding:0 16px;border-radius:10px;font-weight:600;background:var(--fd-brand,#0f766e);color:var(--fd-brand-text,#fff)}
.fd-send:disabled{opacity:.45;cursor:default}
.fd-attach{flex:none;cursor:pointer;height:42px;width:36px;display:grid;place-items:center;border-radius:10px;font-size:20px}
.fd-attach:focus-within{outline:2px solid var(--fd-brand,#0f766e)}
.fd-msg[data-file] .fd-text::before{content:"📎 "}
.fd-open{all:unset;cursor:pointer;display:block;margin-top:4px;text-decoration:underline;font-weight:600}
.fd-open:focus-visible{outline:2px solid currentColor;outline-offset:2px}
.fd-foot{margin:0;padding:0 14px 10px;font-size:12px;color:#6b7280;background:#fff}
.fd-foot a{color:inherit}
.fd-forget{all:unset;cursor:pointer;text-decoration:underline;color:inherit}
.fd-forget:focus-visible{outline:2px solid currentColor;outline-offset:2px}
.fd-sr{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@media (min-width:640px){:host([data-pos=left]) .fd-panel{left:20px;right:auto}}
@media (max-width:639.98px){.fd-panel{inset:0;width:auto;height:100%;height:100dvh;max-width:none;max-height:none;border-radius:0}}
@media (prefers-color-scheme:dark){.fd-panel,.fd-compose,.fd-foot{background:#111827;color:#f3f4f6}.fd-log{background:#0b1220}.fd-msg{background:#1f2937;border-color:#374151}.fd-who{color:#d1d5db}.fd-msg[data-author=system],.fd-foot{color:#9ca3af}.fd-compose{border-color:#374151}.fd-input{background:#1f2937;color:#f9fafb;border-color:#4b5563}.fd-scope{background:#451a03;color:#fde68a;border-color:#78350f}.fd-error{background:#450a0a;color:#fecaca}.fd-msg[data-delivery=sending],.fd-msg[data-delivery=queued]{background:#374151;color:#f9fafb;border-color:#9ca3af}}
@media (prefers-reduced-motion:no-preference){.fd-panel{animation:fd-in .16s ease-out}}
@keyframes fd-in{from{opacity:0;transform:translateY(8px)}}
"#;

/// Appends the panel's sheet to the shadow root's adopted sheets (after the loader's).
pub fn install(root: &ShadowRoot) {
    let Ok(sheet) = CssStyleSheet::new() else {
        return;
    };
    if sheet.replace_sync(PANEL_CSS).is_err() {
        return;
    }
    let sheets = root.adopted_style_sheets();
    sheets.push(&sheet);
    root.set_adopted_style_sheets(&sheets);
}
