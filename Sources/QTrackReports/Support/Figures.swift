import Foundation

/// Scores with two decimals, as every report prints them. `String(format:)` is slow on Linux and a report of
/// ten thousand questions prints thousands of them, so it is asked only near a tie, where the exact binary
/// value decides the rounding (0.885 is a little above, 0.125 exactly on it).
enum Figures {
    static func twoDecimals(_ value: Double) -> String {
        let scaled = abs(value) * 100
        guard value.isFinite, abs(scaled - scaled.rounded(.down) - 0.5) > 1e-6 else { return String(format: "%.2f", value) }
        let hundredths = Int(scaled.rounded())
        let fraction = hundredths % 100
        return (value < 0 && hundredths > 0 ? "-" : "") + "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
