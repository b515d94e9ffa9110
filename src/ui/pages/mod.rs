pub mod after;
pub mod glossary;
pub mod map;
pub mod privacy;
pub mod start;
pub mod step;
