//! How the timer gets attention: a chime (Web Audio), vibration, and keeping the screen on
//! (Screen Wake Lock). Each fails quietly where the browser lacks it.

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    static AUDIO: RefCell<Option<web_sys::AudioContext>> = const { RefCell::new(None) };
    static WAKE_LOCK: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// Creates the audio context ahead of the tap that starts a meeting, outside any gesture: it
/// starts suspended, and creating it takes long (about 40 ms on a mid-range phone) — too long
/// for the tap's own frame. [`unlock_audio`] then only resumes it.
pub fn prepare_audio() {
    AUDIO.with(|audio| {
        let mut audio = audio.borrow_mut();
        if audio.is_none() {
            *audio = web_sys::AudioContext::new().ok();
        }
    });
}

/// Creates (or resumes) the audio context. Call it from a tap: iOS keeps sound locked until
/// a user gesture has started audio once.
pub fn unlock_audio() {
    prepare_audio();
    AUDIO.with(|audio| {
        if let Some(context) = audio.borrow().as_ref() {
            let _ = context.resume();
        }
    });
}

/// Two short tones, about half a second in all.
pub fn chime() {
    AUDIO.with(|audio| {
        let Some(context) = audio.borrow().clone() else {
            return;
        };
        let start = context.current_time();
        for (offset, frequency) in [(0.0, 880.0), (0.22, 1174.7)] {
            let _ = tone(&context, start + offset, frequency);
        }
    });
}

fn tone(context: &web_sys::AudioContext, at: f64, frequency: f32) -> Result<(), JsValue> {
    let oscillator = context.create_oscillator()?;
    oscillator.frequency().set_value(frequency);
    let gain = context.create_gain()?;
    gain.gain().set_value_at_time(0.0001, at)?;
    gain.gain()
        .exponential_ramp_to_value_at_time(0.3, at + 0.02)?;
    gain.gain()
        .exponential_ramp_to_value_at_time(0.0001, at + 0.2)?;
    oscillator.connect_with_audio_node(&gain)?;
    gain.connect_with_audio_node(&context.destination())?;
    oscillator.start_with_when(at)?;
    oscillator.stop_with_when(at + 0.22)?;
    Ok(())
}

/// A short vibration where the device and browser have it.
pub fn vibrate() {
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().vibrate_with_duration(300);
    }
}

fn wake_lock_api() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    let api = js_sys::Reflect::get(&navigator, &JsValue::from_str("wakeLock")).ok()?;
    (!api.is_undefined() && !api.is_null()).then_some(api)
}

/// Whether this browser can keep the screen on.
pub fn wake_lock_supported() -> bool {
    wake_lock_api().is_some()
}

/// Asks to keep the screen on; the browser drops the lock when the page is hidden, so call
/// this again when it becomes visible.
pub fn keep_screen_on() {
    let Some(api) = wake_lock_api() else {
        return;
    };
    if WAKE_LOCK.with(|lock| lock.borrow().is_some()) {
        return;
    }
    let Ok(request) = js_sys::Reflect::get(&api, &JsValue::from_str("request")) else {
        return;
    };
    let Some(request) = request.dyn_ref::<js_sys::Function>() else {
        return;
    };
    let Ok(promise) = request.call1(&api, &JsValue::from_str("screen")) else {
        return;
    };
    let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
        return;
    };
    leptos::task::spawn_local(async move {
        if let Ok(sentinel) = wasm_bindgen_futures::JsFuture::from(promise).await {
            WAKE_LOCK.with(|lock| *lock.borrow_mut() = Some(sentinel));
        }
    });
}

/// Lets the screen sleep again.
pub fn let_screen_sleep() {
    let sentinel = WAKE_LOCK.with(|lock| lock.borrow_mut().take());
    if let Some(sentinel) = sentinel
        && let Ok(release) = js_sys::Reflect::get(&sentinel, &JsValue::from_str("release"))
        && let Some(release) = release.dyn_ref::<js_sys::Function>()
    {
        let _ = release.call0(&sentinel);
    }
}

/// Forgets a lock the browser released by itself (page hidden), so it is asked for again.
pub fn forget_released_lock() {
    WAKE_LOCK.with(|lock| {
        let released = lock.borrow().as_ref().is_some_and(|sentinel| {
            js_sys::Reflect::get(sentinel, &JsValue::from_str("released"))
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false)
        });
        if released {
            *lock.borrow_mut() = None;
        }
    });
}
