//! Legal figures as data. Every figure appears here once, with the § it comes from: the tables per
//! Rechtsstand in `rechtsstand`, and the Altersgrenze, which is the same for every Rechtsstand the
//! simulator covers, in `altersgrenze`.

pub mod altersgrenze;
pub mod rechtsstand;

pub use rechtsstand::{Rechtsstand, RechtsstandId};
