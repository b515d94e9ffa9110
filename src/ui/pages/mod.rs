pub mod after;
pub mod start;
pub mod step;
