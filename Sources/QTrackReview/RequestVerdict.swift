extension KeyedDecodingContainer {
    /// A request's `verdict`: one of the verdicts its endpoint knows, else a 400 that lists them (every
    /// state-changing endpoint reads its verdict this way).
    func decodeVerdict<Verdict: RawRepresentable & CaseIterable>(
        _ type: Verdict.Type, forKey key: Key
    ) throws -> Verdict where Verdict.RawValue == String {
        let name = try decode(String.self, forKey: key)
        guard let verdict = Verdict(rawValue: name) else {
            throw ReviewError("unknown verdict '\(name)' (\(Verdict.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return verdict
    }
}
