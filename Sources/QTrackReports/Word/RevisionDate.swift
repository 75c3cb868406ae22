/// The date of a tracked change, `w:date`: an xsd:dateTime (ECMA-376 Part 1, 17.13.4.2 and ST_DateTime),
/// checked whole. Foundation's ISO 8601 parser let `2025-02-01T00:00:00Zjunk`, `2025-02-30T…` and year
/// 0000 through, and Word then read no date at all.
public enum RevisionDate {
    /// True for `YYYY-MM-DDThh:mm:ss`, optional fractional seconds, optional `Z` or `±hh:mm`: a real
    /// calendar date (leap years counted) from year 1 to 9999 and a real time of day.
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 19, bytes.count <= 40 else { return false }
        func number(_ from: Int, _ length: Int) -> Int? {
            guard from + length <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[from..<from + length] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        func at(_ index: Int, _ character: Character) -> Bool { index < bytes.count && bytes[index] == character.asciiValue }
        guard let year = number(0, 4), at(4, "-"), let month = number(5, 2), at(7, "-"), let day = number(8, 2), at(10, "T"),
            let hour = number(11, 2), at(13, ":"), let minute = number(14, 2), at(16, ":"), let second = number(17, 2)
        else { return false }
        guard year >= 1, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), hour <= 23, minute <= 59,
            second <= 59
        else { return false }
        var index = 19
        if at(index, ".") {
            index += 1
            let digits = bytes[index...].prefix { (0x30...0x39).contains($0) }.count
            guard digits > 0 else { return false }
            index += digits
        }
        if index == bytes.count { return true }
        if at(index, "Z") { return index + 1 == bytes.count }
        guard at(index, "+") || at(index, "-"), let zoneHour = number(index + 1, 2), at(index + 3, ":"),
            let zoneMinute = number(index + 4, 2), index + 6 == bytes.count
        else { return false }
        return zoneHour <= 14 && zoneMinute <= 59 && (zoneHour < 14 || zoneMinute == 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
