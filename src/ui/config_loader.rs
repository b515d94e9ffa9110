//! Fetch config.json from beside the app once at start. Part of the first load: afterwards the
//! app makes no request at all.

use crate::config::{parse_config, Config, ConfigError, CONFIG_LIMIT};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub async fn load() -> Result<Config, ConfigError> {
    let window = web_sys::window().ok_or_else(|| ConfigError::Missing("kein Fenster".into()))?;
    let response = JsFuture::from(window.fetch_with_str("config.json"))
        .await
        .map_err(|_| ConfigError::Missing("keine Verbindung".into()))?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| ConfigError::Missing("keine Antwort".into()))?;
    if !response.ok() {
        return Err(ConfigError::Missing(format!("HTTP {}", response.status())));
    }
    let text = JsFuture::from(
        response
            .text()
            .map_err(|_| ConfigError::Malformed("nicht lesbar".into()))?,
    )
    .await
    .ok()
    .and_then(|v| v.as_string())
    .ok_or_else(|| ConfigError::Malformed("nicht lesbar".into()))?;
    if text.len() > CONFIG_LIMIT {
        return Err(ConfigError::TooLarge);
    }
    parse_config(&text)
}
