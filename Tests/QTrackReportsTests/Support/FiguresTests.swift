import Foundation
import Testing

@testable import QTrackReports

@Suite("Figures")
struct FiguresTests {
    @Test("two decimals exactly as printf writes them, ties and near-ties included")
    func twoDecimals() {
        for value in [0.0, 1, 0.5, 0.885, 0.125, 0.375, 0.005, 0.015, 0.42, 0.999, 0.996, 12.345, -0.125, 0.30000000000000004] {
            #expect(Figures.twoDecimals(value) == String(format: "%.2f", value), "\(value)")
        }
        for step in 0...1000 {
            let value = (Double(step) / 1000 * 1000).rounded() / 1000
            #expect(Figures.twoDecimals(value) == String(format: "%.2f", value))
        }
    }
}
