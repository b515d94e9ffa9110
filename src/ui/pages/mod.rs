pub mod after;
pub mod glossary;
pub mod map;
pub mod start;
pub mod step;
