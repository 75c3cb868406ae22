public import QTrackAnalysis
public import QTrackModel

/// Every cycle's routes, worked out from the first cycle on: each cycle's own routing lines and reviewed
/// routes, then last cycle's routes carried along the diff between the two.
public enum RouteChain {
    /// `check` holds the cycles' questionnaires and diffs (a check with `.diffs`); `through` stops after that cycle.
    public static func tables(_ check: CheckResult, directory: AgencyDirectory, through last: String? = nil) throws(MappingError)
        -> [String: RoutingTable]
    {
        let location = MappingsLocation(root: check.mappingsFolder)
        let planner = RoutePlanner(directory: directory)
        var tables: [String: RoutingTable] = [:]
        var previous: (name: String, questionnaire: Questionnaire)?
        for folder in check.cycleFolders {
            guard let questionnaire = check.questionnaires[folder.name] else { continue }
            let reviewed = try RouteFile.reviewed(path: location.routes(for: folder.name))
            var comparison: VersionComparison?
            if let previous { comparison = RepositoryCheck.compare(previous.questionnaire, questionnaire, in: check) }
            tables[folder.name] = planner.plan(
                questionnaire, previous: previous.flatMap { tables[$0.name] }, comparison: comparison, reviewed: reviewed)
            previous = (folder.name, questionnaire)
            if folder.name == last { break }
        }
        return tables
    }
}
