//! Legal figures as data. Every figure appears here once, with the § it comes from.
//! Figures that change with the Rechtsstand live in per-date tables (added with the Bescheid);
//! what follows is the part that is the same for every Rechtsstand the simulator covers.

pub mod altersgrenze;
