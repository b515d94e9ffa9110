//! The time limits of § 22 SGB II for Unterkunft und Heizung, the same for every Rechtsstand the
//! simulator covers (the Karenzzeit itself exists from 2023; `Rechtsstand::kdu_karenzzeit` says
//! how it treats the costs).

/// § 22 Abs. 1 Satz 7 (before 2023 Satz 3): costs above the limit are recognised while they cannot
/// be lowered, "in der Regel jedoch längstens für sechs Monate".
pub const KOSTENSENKUNG_MONATE: u8 = 6;

/// § 22 Abs. 1 Satz 2: the Karenzzeit lasts one year from the first month of receipt; by Satz 8
/// its months do not count towards the six of Satz 7.
pub const KARENZZEIT_MONATE: u8 = 12;
