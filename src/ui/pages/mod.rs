pub mod start;
pub mod step;
