import ArgumentParser
import QTrackAnalysis

/// A kind that `--fail-on` can name.
protocol FailOnKind: RawRepresentable, Hashable, CaseIterable where RawValue == String {
    /// Words that stand for several kinds at once ("substantive").
    static var groups: [String: Set<Self>] { get }
    /// False for a kind that is never a failure ("answered").
    var canFail: Bool { get }
    /// The order the failing line names them in.
    static var reportOrder: [Self] { get }
}

extension FailOnKind {
    static var groups: [String: Set<Self>] { [:] }
    var canFail: Bool { true }
    static var reportOrder: [Self] { Array(allCases) }
}

extension Optional {
    /// The finding kinds named by `--fail-on`, for the CI formats (each command's kinds are finding kinds).
    func findingKinds<Kind: FailOnKind>() -> Set<Finding.Kind> where Wrapped == KindList<Kind> {
        Set((self?.kinds ?? []).compactMap { Finding.Kind(rawValue: $0.rawValue) })
    }
}

/// `--fail-on a,b`: the kinds whose presence makes the exit status 1. A name that is not a kind is a
/// usage error (exit status 64) before anything is read.
struct KindList<Kind: FailOnKind>: ExpressibleByArgument {
    var kinds: Set<Kind>

    init?(argument: String) {
        var kinds: Set<Kind> = []
        for name in argument.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if let group = Kind.groups[name] {
                kinds.formUnion(group)
            } else if let kind = Kind(rawValue: name), kind.canFail {
                kinds.insert(kind)
            } else {
                return nil
            }
        }
        self.kinds = kinds
    }

    static var allValueStrings: [String] {
        Kind.allCases.filter(\.canFail).map(\.rawValue) + Kind.groups.keys.sorted()
    }
}

extension ChangeKind: FailOnKind {
    static var groups: [String: Set<ChangeKind>] {
        ["substantive": Set(allCases.filter(\.isSubstantive)), "any": Set(allCases.filter { $0 != .unchanged })]
    }

    /// As reports order them: added and removed first.
    static var reportOrder: [ChangeKind] { allCases.sorted() }
}

extension Finding.Kind: FailOnKind {
    /// The same words `diff --fail-on` takes, for the changes a check finds.
    static var groups: [String: Set<Finding.Kind>] {
        ["substantive": [.added, .removed, .reworded, .optionsChanged, .split, .merged]]
    }
}

extension ResponseStatus.State: FailOnKind {
    var canFail: Bool { self != .answered }
}
