//! The real [`Backend`]: the browser's localStorage, reached through gloo-storage.

use gloo_storage::Storage as _;
use wasm_bindgen::{JsCast, JsValue};

use super::{Backend, BackendError};

/// localStorage, once we know the browser lets us use it.
pub struct LocalBackend {
    storage: web_sys::Storage,
}

impl LocalBackend {
    /// Opens localStorage. Fails, instead of panicking, where the browser has none or throws on
    /// access (storage blocked in settings, sandboxed frames, some private modes).
    pub fn open() -> Result<LocalBackend, BackendError> {
        let window = web_sys::window()
            .ok_or_else(|| BackendError::Unavailable("brak obiektu window".into()))?;
        // Probe first: `gloo_storage::LocalStorage::raw()` panics when access throws.
        match window.local_storage() {
            Ok(Some(_)) => Ok(LocalBackend {
                storage: gloo_storage::LocalStorage::raw(),
            }),
            Ok(None) => Err(BackendError::Unavailable("localStorage = null".into())),
            Err(error) => Err(BackendError::Unavailable(describe(&error))),
        }
    }
}

impl Backend for LocalBackend {
    fn read(&self, key: &str) -> Result<Option<String>, BackendError> {
        self.storage.get_item(key).map_err(classify)
    }

    fn write(&self, key: &str, value: &str) -> Result<(), BackendError> {
        self.storage.set_item(key, value).map_err(classify)
    }

    fn delete(&self, key: &str) -> Result<(), BackendError> {
        self.storage.remove_item(key).map_err(classify)
    }

    /// The value's length as the browser counts it, without copying the text into the wasm
    /// (the storage meter reads every entry).
    fn units(&self, key: &str) -> Option<u64> {
        let get = js_sys::Reflect::get(&self.storage, &JsValue::from_str("getItem")).ok()?;
        let value = get
            .dyn_ref::<js_sys::Function>()?
            .call1(&self.storage, &JsValue::from_str(key))
            .ok()?;
        value
            .dyn_ref::<js_sys::JsString>()
            .map(|text| u64::from(text.length()))
    }

    fn keys(&self) -> Result<Vec<String>, BackendError> {
        let length = self.storage.length().map_err(classify)?;
        let mut keys = Vec::with_capacity(length as usize);
        for index in 0..length {
            if let Some(key) = self.storage.key(index).map_err(classify)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

/// Sorts what the browser threw into the cases the store handles differently.
pub fn classify(error: JsValue) -> BackendError {
    if let Some(exception) = error.dyn_ref::<web_sys::DomException>() {
        let name = exception.name();
        // 22: QuotaExceededError in Chromium/WebKit; 1014: Firefox's NS_ERROR_DOM_QUOTA_REACHED.
        if name == "QuotaExceededError"
            || name == "NS_ERROR_DOM_QUOTA_REACHED"
            || exception.code() == 22
            || exception.code() == 1014
        {
            return BackendError::QuotaExceeded;
        }
        if name == "SecurityError" {
            return BackendError::Unavailable(exception.message());
        }
    }
    BackendError::Failed(describe(&error))
}

fn describe(error: &JsValue) -> String {
    if let Some(exception) = error.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", exception.name(), exception.message());
    }
    if let Some(error) = error.dyn_ref::<js_sys::Error>() {
        return String::from(error.message());
    }
    error.as_string().unwrap_or_else(|| "nieznany błąd".into())
}
