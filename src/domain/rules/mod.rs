//! Legal figures as data. Every figure appears here once, with the § it comes from: the tables per
//! Rechtsstand in `rechtsstand`; the Altersgrenze, the other age limits and the § 21 percentages,
//! which are the same for every Rechtsstand the simulator covers, in `altersgrenze`, `lebensalter`
//! and `mehrbedarf`; the time limits for Unterkunft und Heizung in `unterkunft`.

pub mod altersgrenze;
pub mod lebensalter;
pub mod lohn;
pub mod mehrbedarf;
pub mod rechtsstand;
pub mod unterkunft;

pub use rechtsstand::{Rechtsstand, RechtsstandId};
