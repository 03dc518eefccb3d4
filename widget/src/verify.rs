//! "Verify my phone or email": the footer's button opens a form that asks the clinic for a
//! one-time code and checks it (the Visitor API's `…/verification/{sms,email}` calls).
//! The form and its words in four languages are JavaScript fetched on the first click
//! (`lazy/verify.js`, through `src/lazy.js`), so the panel carries only the button: the
//! panel was within 150 B of its 100,000 B brotli budget.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/lazy.js")]
extern "C" {
    /// Opens the form above the footer, next to the event's button (which gets the focus
    /// back when it closes). Resolves to true; rejects when the form could not be fetched.
    pub fn verify(
        event: &web_sys::MouseEvent,
        base: &str,
        conversation_id: &str,
        token: &str,
        lang: &str,
    ) -> js_sys::Promise;
}
