//! The browser's side of a shared link: the data boot/head.js took out of the address bar, the
//! passphrase's encryption (WebCrypto: PBKDF2 → AES-GCM), the clipboard and the phone's share
//! sheet. The link's format itself is [`crate::model::share`].

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesGcmParams, AesKeyGenParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

use crate::model::share::{self, Frame, IV_BYTES, PBKDF2_ITERATIONS, SALT_BYTES, ShareError};

/// Where boot/head.js leaves the data it took off the address bar: before the first paint,
/// and before the app hears of a `hashchange` to a shared link.
const TAKEN: &str = "__sharedData";

/// The data of the link the page was opened with (or that was pasted into its address bar),
/// once: a reload shows nothing, as the address bar no longer has it.
pub fn take_pending() -> Option<String> {
    let window = web_sys::window()?;
    let key = JsValue::from_str(TAKEN);
    let data = Reflect::get(&window, &key).ok()?.as_string()?;
    let _ = Reflect::delete_property(&window, &key);
    Some(data)
}

/// Whether a link's data waits to be taken by [`take_pending`] (the first screen says a link
/// is being opened).
pub fn pending() -> bool {
    web_sys::window()
        .and_then(|window| Reflect::has(&window, &JsValue::from_str(TAKEN)).ok())
        .unwrap_or(false)
}

/// This page's address without its fragment: the start of every link made here.
pub fn app_address() -> String {
    let location = leptos::prelude::window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

fn subtle() -> Result<SubtleCrypto, JsValue> {
    Ok(leptos::prelude::window().crypto()?.subtle())
}

fn random<const N: usize>() -> Result<[u8; N], JsValue> {
    let mut bytes = [0u8; N];
    leptos::prelude::window()
        .crypto()?
        .get_random_values_with_u8_array(&mut bytes)?;
    Ok(bytes)
}

/// The passphrase as both sides key it: trimmed as [`share::passphrase`] does, then in Unicode
/// NFC (the browser's own tables, no crate), so „ż” typed as one character or as „z” with a dot
/// and a phone keyboard's trailing space read the same.
pub fn normalise_passphrase(typed: &str) -> String {
    let trimmed = share::passphrase(typed);
    js_sys::JsString::from(trimmed)
        .normalize("NFC")
        .as_string()
        .unwrap_or_else(|| trimmed.to_string())
}

/// The AES-GCM key for `passphrase` and `salt` (PBKDF2-SHA-256, [`PBKDF2_ITERATIONS`]).
async fn key(passphrase: &str, salt: &[u8], usage: &str) -> Result<CryptoKey, JsValue> {
    let subtle = subtle()?;
    let secret = Uint8Array::from(normalise_passphrase(passphrase).as_bytes());
    let base = JsFuture::from(subtle.import_key_with_str(
        "raw",
        &secret,
        "PBKDF2",
        false,
        &Array::of1(&JsValue::from_str("deriveKey")),
    )?)
    .await?;
    let params = Pbkdf2Params::new(
        "PBKDF2",
        &JsValue::from_str("SHA-256"),
        PBKDF2_ITERATIONS,
        &Uint8Array::from(salt),
    );
    let key = JsFuture::from(subtle.derive_key_with_object_and_object(
        &params,
        base.unchecked_ref(),
        &AesKeyGenParams::new("AES-GCM", 256),
        false,
        &Array::of1(&JsValue::from_str(usage)),
    )?)
    .await?;
    Ok(key.unchecked_into())
}

/// AES-GCM's parameters for a frame: its IV, and its header as additional data when its
/// format authenticates it.
fn gcm(iv: &[u8], frame_header: Option<[u8; 2]>) -> AesGcmParams {
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(iv));
    if let Some(header) = frame_header {
        params.set_additional_data(&Uint8Array::from(&header[..]));
    }
    params
}

/// Encrypts a compressed body with a passphrase, with a fresh salt and IV, in the format that
/// authenticates the link's header.
pub async fn lock(body: &[u8], passphrase: &str) -> Result<Frame, JsValue> {
    let salt = random::<SALT_BYTES>()?;
    let iv = random::<IV_BYTES>()?;
    let header = Frame::locked(salt, iv, Vec::new()).additional_data();
    let key = key(passphrase, &salt, "encrypt").await?;
    let sealed = JsFuture::from(subtle()?.encrypt_with_object_and_u8_array(
        &gcm(&iv, header),
        &key,
        body,
    )?)
    .await?;
    Ok(Frame::locked(salt, iv, Uint8Array::new(&sealed).to_vec()))
}

/// A passphrase for the mentor to take with a tap: [`share::PASSPHRASE_WORDS`] common words
/// picked with the browser's cryptographic randomness; `None` if it has none.
pub fn suggested_passphrase() -> Option<String> {
    let bytes = random::<{ share::PASSPHRASE_WORDS }>().ok()?;
    Some(share::passphrase_from(&bytes))
}

/// The compressed body of a locked frame. A wrong passphrase and a changed byte look the
/// same to AES-GCM: both are [`ShareError::WrongPassphrase`].
pub async fn unlock(frame: &Frame, passphrase: &str) -> Result<Vec<u8>, ShareError> {
    let Frame::Locked {
        salt, iv, sealed, ..
    } = frame
    else {
        return Err(ShareError::Broken);
    };
    let opened = async {
        let key = key(passphrase, salt, "decrypt").await?;
        JsFuture::from(subtle()?.decrypt_with_object_and_u8_array(
            &gcm(iv, frame.additional_data()),
            &key,
            sealed,
        )?)
        .await
    }
    .await
    .map_err(|_| ShareError::WrongPassphrase)?;
    Ok(Uint8Array::new(&opened).to_vec())
}

/// Puts `text` on the clipboard; `false` where the browser refuses (no permission, an
/// insecure page), so the page can say to copy it by hand.
pub async fn copy(text: &str) -> bool {
    let clipboard = leptos::prelude::window().navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Whether the phone's share sheet is there (the Web Share API; not on most desktops).
pub fn can_share() -> bool {
    let navigator = leptos::prelude::window().navigator();
    Reflect::has(&navigator, &JsValue::from_str("share")).unwrap_or(false)
}

/// Hands a title and a link to the share sheet; `false` if the user closed it or it failed.
pub async fn share(title: &str, url: &str) -> bool {
    let navigator = leptos::prelude::window().navigator();
    let data = Object::new();
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    let _ = Reflect::set(&data, &"url".into(), &url.into());
    let Ok(share) = Reflect::get(&navigator, &JsValue::from_str("share")) else {
        return false;
    };
    let Ok(share) = share.dyn_into::<js_sys::Function>() else {
        return false;
    };
    match share.call1(&navigator, &data) {
        Ok(promise) => JsFuture::from(js_sys::Promise::from(promise)).await.is_ok(),
        Err(_) => false,
    }
}
