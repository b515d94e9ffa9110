//! Fetch config.json from beside the app once at start. Part of the first load: afterwards the
//! app makes no request at all. The file is read up to `CONFIG_LIMIT` bytes and no further.

use crate::config::{parse_config, Config, ConfigError, CONFIG_LIMIT};
use crate::i18n::{k, t};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub async fn load() -> Result<Config, ConfigError> {
    let window =
        web_sys::window().ok_or_else(|| ConfigError::Missing(t(k::CONFIG_KEIN_FENSTER).into()))?;
    let response = JsFuture::from(window.fetch_with_str("config.json"))
        .await
        .map_err(|_| ConfigError::Missing(t(k::CONFIG_KEINE_VERBINDUNG).into()))?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| ConfigError::Missing(t(k::CONFIG_KEINE_ANTWORT).into()))?;
    if !response.ok() {
        return Err(ConfigError::Missing(format!("HTTP {}", response.status())));
    }
    let text = read_limited(&response, CONFIG_LIMIT).await?;
    parse_config(&text)
}

/// The body as text, read piece by piece and given up as soon as it passes `limit` bytes: a
/// misplaced large file is never downloaded (or held in memory) in full.
async fn read_limited(response: &web_sys::Response, limit: usize) -> Result<String, ConfigError> {
    let unreadable = || ConfigError::Malformed(t(k::CONFIG_NICHT_LESBAR).into());
    let announced = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|n| n.trim().parse::<u64>().ok());
    if announced.is_some_and(|n| n > limit as u64) {
        if let Some(body) = response.body() {
            let _ = body.cancel();
        }
        return Err(ConfigError::TooLarge);
    }
    let Some(body) = response.body() else {
        return Ok(String::new());
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes: Vec<u8> = Vec::new();
    loop {
        let chunk: web_sys::ReadableStreamReadResult = JsFuture::from(reader.read())
            .await
            .map_err(|_| unreadable())?
            .unchecked_into();
        if chunk.get_done().unwrap_or(true) {
            break;
        }
        let piece: js_sys::Uint8Array = chunk.get_value().dyn_into().map_err(|_| unreadable())?;
        if bytes.len() + piece.length() as usize > limit {
            let _ = reader.cancel();
            return Err(ConfigError::TooLarge);
        }
        bytes.extend(piece.to_vec());
    }
    String::from_utf8(bytes).map_err(|_| unreadable())
}
