//! The optional new-message tone (`data-sound="on"`): a short, quiet WebAudio beep. The
//! audio context is made on the visitor's own keystroke, as autoplay rules require, so a
//! page the visitor never typed on stays silent. WebAudio is called by name through
//! `Reflect`: typed bindings would add a glue function per call to the panel's weight.

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// An audio context the visitor's gesture allowed.
pub struct Chime(JsValue);

fn get(target: &JsValue, name: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// `target.name(...args)`; `undefined` when there is no such method or it throws.
fn call(target: &JsValue, name: &str, args: &[JsValue]) -> JsValue {
    get(target, name)
        .dyn_into::<Function>()
        .ok()
        .and_then(|method| Reflect::apply(&method, target, &args.iter().collect::<Array>()).ok())
        .unwrap_or(JsValue::UNDEFINED)
}

impl Chime {
    /// Call from a user gesture only; `None` where the browser has no WebAudio.
    pub fn new() -> Option<Chime> {
        let class = get(&js_sys::global(), "AudioContext")
            .dyn_into::<Function>()
            .ok()?;
        Reflect::construct(&class, &Array::new()).ok().map(Chime)
    }

    /// A 0.25 s tone at 880 Hz that fades in and out (no click).
    pub fn play(&self) {
        let context = &self.0;
        call(context, "resume", &[]);
        let tone = call(context, "createOscillator", &[]);
        let volume = call(context, "createGain", &[]);
        let now = get(context, "currentTime").as_f64().unwrap_or(0.0);
        _ = Reflect::set(&get(&tone, "frequency"), &"value".into(), &880.0.into());
        let gain = get(&volume, "gain");
        for (method, value, at) in [
            ("setValueAtTime", 0.0001, now),
            ("exponentialRampToValueAtTime", 0.15, now + 0.02),
            ("exponentialRampToValueAtTime", 0.0001, now + 0.25),
        ] {
            call(&gain, method, &[value.into(), at.into()]);
        }
        call(&tone, "connect", std::slice::from_ref(&volume));
        call(&volume, "connect", &[get(context, "destination")]);
        call(&tone, "start", &[]);
        call(&tone, "stop", &[(now + 0.25).into()]);
    }
}
