pub mod after;
pub mod map;
pub mod start;
pub mod step;
