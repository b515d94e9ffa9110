//! Fetch config.json from beside the app once at start. Part of the first load: afterwards the
//! app makes no request at all.

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
    let text = JsFuture::from(
        response
            .text()
            .map_err(|_| ConfigError::Malformed(t(k::CONFIG_NICHT_LESBAR).into()))?,
    )
    .await
    .ok()
    .and_then(|v| v.as_string())
    .ok_or_else(|| ConfigError::Malformed(t(k::CONFIG_NICHT_LESBAR).into()))?;
    if text.len() > CONFIG_LIMIT {
        return Err(ConfigError::TooLarge);
    }
    parse_config(&text)
}
