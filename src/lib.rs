//! Antragssimulator Grundsicherung: a mock SGB II application that runs entirely in the browser.

pub mod config;
pub mod domain;
pub mod i18n;
pub mod storage;
pub mod ui;
