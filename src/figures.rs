//! How figures are rounded in documents: readiness and shares to one decimal, means to two.
//! One helper, so that a report, a team summary and a comparison round alike.

/// `x` rounded to `decimals` places, halves away from zero.
pub fn round_to(x: f64, decimals: i32) -> f64 {
    // 10^1 and 10^2 are exact, so this is the same as (x * 10.0).round() / 10.0.
    let scale = 10f64.powi(decimals);
    (x * scale).round() / scale
}

#[cfg(test)]
mod tests {
    use super::round_to;

    #[test]
    fn rounds_to_the_given_places() {
        assert_eq!(round_to(62.75, 1), 62.8);
        assert_eq!(round_to(2.0 / 3.0, 2), 0.67);
        assert_eq!(round_to(85.0, 1), 85.0);
    }
}
