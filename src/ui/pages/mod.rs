pub mod after;
pub mod glossary;
pub mod lohn;
pub mod map;
pub mod privacy;
pub mod start;
pub mod step;
pub mod vergleich;
