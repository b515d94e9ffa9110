//! Left-to-right runs inside right-to-left text. In an Arabic sentence "(§ 41 Abs. 3 SGB II)"
//! would be laid out as "(Abs. 3 SGB II 41 §)" and "55116 Mainz" as "Mainz 55116": the Unicode
//! bidirectional algorithm orders the words of a mixed run by the paragraph's direction. Each
//! such run (§ references, amounts, dates, postcodes, IBANs, reference numbers, German legal
//! terms, names) is wrapped in LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE, so it reads as
//! written while the sentence around it stays right-to-left (W3C, "Inline markup and bidirectional
//! text in HTML": isolation). Marks in text, not elements: the catalogue's texts and the domain's
//! values are strings, and the same string is right wherever it is shown (a title, a label).
//!
//! The run is found on the text alone, without knowing its language: from the first to the last
//! strongly left-to-right character (a Latin letter, a digit, "§", "€") between two
//! right-to-left characters, widened by brackets that enclose it as a pair. A bracket whose
//! partner lies outside the run stays outside, so the pair is mirrored as the Arabic sentence's.
//! A `{placeholder}` and a run already isolated count as neutral: isolating is idempotent.

pub const LRI: char = '\u{2066}';
pub const RLI: char = '\u{2067}';
pub const FSI: char = '\u{2068}';
pub const PDI: char = '\u{2069}';

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    /// Strongly right-to-left: Hebrew, Arabic, Syriac, Thaana and their presentation forms.
    Rtl,
    /// Strongly left-to-right for our purpose: letters of other scripts, digits, § and €.
    Ltr,
    /// Spaces, punctuation, placeholders, runs already isolated.
    Neutral,
}

fn class_of(c: char) -> Class {
    match c {
        '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => Class::Rtl,
        '§' | '€' => Class::Ltr,
        c if c.is_alphanumeric() => Class::Ltr,
        _ => Class::Neutral,
    }
}

/// A stretch of the text: one character, a `{placeholder}`, or an isolate with its content.
struct Unit {
    start: usize,
    end: usize,
    class: Class,
    first: char,
    placeholder: bool,
}

fn units(s: &str) -> Vec<Unit> {
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let mut end = start + c.len_utf8();
        let mut class = class_of(c);
        let mut placeholder = false;
        match c {
            LRI | RLI | FSI => {
                let mut depth = 1;
                for (i, d) in chars.by_ref() {
                    end = i + d.len_utf8();
                    match d {
                        LRI | RLI | FSI => depth += 1,
                        PDI => depth -= 1,
                        _ => {}
                    }
                    if depth == 0 {
                        break;
                    }
                }
                class = Class::Neutral;
            }
            '{' if s[end..].find('}').is_some_and(|close| {
                s[end..end + close]
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_')
            }) =>
            {
                end += s[end..].find('}').map_or(0, |close| close + 1);
                while chars.peek().is_some_and(|(i, _)| *i < end) {
                    chars.next();
                }
                class = Class::Neutral;
                placeholder = true;
            }
            _ => {}
        }
        out.push(Unit {
            start,
            end,
            class,
            first: c,
            placeholder,
        });
    }
    out
}

fn closing(open: char) -> Option<char> {
    match open {
        '(' => Some(')'),
        '[' => Some(']'),
        '„' => Some('“'),
        '«' => Some('»'),
        '"' => Some('"'),
        _ => None,
    }
}

/// `s` with every left-to-right run isolated (see the module's description).
pub fn isolate_ltr_runs(s: &str) -> String {
    let units = units(s);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut segment_start = 0;
    for i in 0..=units.len() {
        if i < units.len() && units[i].class != Class::Rtl {
            continue;
        }
        let segment = &units[segment_start..i];
        // A placeholder beside left-to-right words joins their run ("Anlage {code}" stays in
        // that order); between right-to-left words it stays neutral.
        let has_ltr = segment.iter().any(|u| u.class == Class::Ltr);
        let joins = |u: &Unit| u.class == Class::Ltr || (has_ltr && u.placeholder);
        let first = segment.iter().position(joins);
        let last = segment.iter().rposition(joins);
        if let (Some(mut a), Some(mut b)) = (first, last) {
            // A sign belongs to its number ("− 361.20 €"), with or without a space between.
            let sign = |u: &Unit| matches!(u.first, '−' | '-' | '+');
            let space = |u: &Unit| matches!(u.first, ' ' | '\u{a0}');
            if segment[a].first.is_ascii_digit() {
                if a >= 1 && sign(&segment[a - 1]) {
                    a -= 1;
                } else if a >= 2 && space(&segment[a - 1]) && sign(&segment[a - 2]) {
                    a -= 2;
                }
            }
            // Widen by bracket pairs that enclose the run.
            while a > 0
                && b + 1 < segment.len()
                && closing(segment[a - 1].first) == Some(segment[b + 1].first)
            {
                a -= 1;
                b += 1;
            }
            runs.push((segment[a].start, segment[b].end));
        }
        segment_start = i + 1;
    }
    if runs.is_empty() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + runs.len() * 6);
    let mut at = 0;
    for (start, end) in runs {
        out.push_str(&s[at..start]);
        out.push(LRI);
        out.push_str(&s[start..end]);
        out.push(PDI);
        at = end;
    }
    out.push_str(&s[at..]);
    out
}

/// `s` without the isolating marks (to compare what a text says).
pub fn without_marks(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(*c, LRI | RLI | FSI | PDI))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(s: &str) -> String {
        s.replace(LRI, "⟦").replace(PDI, "⟧")
    }

    #[test]
    fn a_paragraph_reference_reads_as_written() {
        assert_eq!(
            marked(&isolate_ltr_runs("يبدأ الحساب (§ 41 Abs. 3 SGB II).")),
            "يبدأ الحساب ⟦(§ 41 Abs. 3 SGB II)⟧."
        );
        assert_eq!(
            marked(&isolate_ltr_runs("العنوان: 55116 Mainz، ألمانيا")),
            "العنوان: ⟦55116 Mainz⟧، ألمانيا"
        );
    }

    #[test]
    fn a_bracket_whose_partner_is_arabic_stays_outside() {
        assert_eq!(
            marked(&isolate_ltr_runs("Hauptantrag (الطلب الرئيسي)")),
            "⟦Hauptantrag⟧ (الطلب الرئيسي)"
        );
        assert_eq!(
            marked(&isolate_ltr_runs("الطلب الرئيسي (Hauptantrag)")),
            "الطلب الرئيسي ⟦(Hauptantrag)⟧"
        );
        assert_eq!(
            marked(&isolate_ltr_runs("(Sozialdaten، § 35 SGB I)")),
            "(⟦Sozialdaten⟧، ⟦§ 35 SGB I⟧)"
        );
    }

    #[test]
    fn placeholders_and_isolated_runs_are_left_alone() {
        assert_eq!(isolate_ltr_runs("الخطوة {k} من {n}"), "الخطوة {k} من {n}");
        assert_eq!(
            marked(&isolate_ltr_runs("Anlage {code}")),
            "⟦Anlage {code}⟧"
        );
        assert_eq!(
            marked(&isolate_ltr_runs("الصافي {netto} ناقص (§ 11b SGB II)")),
            "الصافي {netto} ناقص ⟦(§ 11b SGB II)⟧"
        );
        let once = isolate_ltr_runs("المبلغ 1,234.56 € شهريًا (§ 20 SGB II)");
        assert_eq!(isolate_ltr_runs(&once), once, "idempotent");
        assert_eq!(marked(&once), "المبلغ ⟦1,234.56 €⟧ شهريًا ⟦(§ 20 SGB II)⟧");
        // A text without right-to-left letters is one run.
        assert_eq!(marked(&isolate_ltr_runs("DE89 3704")), "⟦DE89 3704⟧");
        assert_eq!(isolate_ltr_runs("– · :"), "– · :");
        assert_eq!(
            marked(&isolate_ltr_runs("ناقص − 361.20 €")),
            "ناقص ⟦− 361.20 €⟧"
        );
        assert_eq!(marked(&isolate_ltr_runs("+58.43 €")), "⟦+58.43 €⟧");
        assert_eq!(
            without_marks(&once),
            "المبلغ 1,234.56 € شهريًا (§ 20 SGB II)"
        );
    }
}
