//! The optional new-message tone (`data-sound="on"`): a short, quiet WebAudio beep. The
//! audio context is made on the visitor's own keystroke, as autoplay rules require, so a
//! page the visitor never typed on stays silent.

use web_sys::AudioContext;

/// An audio context the visitor's gesture allowed.
pub struct Chime(AudioContext);

impl Chime {
    /// Call from a user gesture only; `None` where the browser has no WebAudio.
    pub fn new() -> Option<Chime> {
        AudioContext::new().ok().map(Chime)
    }

    /// A 0.25 s tone at 880 Hz that fades in and out (no click).
    pub fn play(&self) {
        let context = &self.0;
        _ = context.resume();
        let (Ok(tone), Ok(volume)) = (context.create_oscillator(), context.create_gain()) else {
            return;
        };
        let now = context.current_time();
        tone.frequency().set_value(880.0);
        let gain = volume.gain();
        _ = gain.set_value_at_time(0.0001, now);
        _ = gain.exponential_ramp_to_value_at_time(0.15, now + 0.02);
        _ = gain.exponential_ramp_to_value_at_time(0.0001, now + 0.25);
        if tone.connect_with_audio_node(&volume).is_err()
            || volume
                .connect_with_audio_node(&context.destination())
                .is_err()
        {
            return;
        }
        _ = tone.start();
        _ = tone.stop_with_when(now + 0.25);
    }
}
