public import QTrackAnalysis

/// What the review's routing part needs: the agencies, and the routes files of both versions (the old one's
/// reviewed routes are carried to the new version along the pairs, as `qtrack route` carries them).
public struct ReviewRouting: Sendable {
    public var directory: AgencyDirectory
    public var oldRoutesFile: String
    public var routesFile: String

    public init(directory: AgencyDirectory, oldRoutesFile: String, routesFile: String) {
        self.directory = directory
        self.oldRoutesFile = oldRoutesFile
        self.routesFile = routesFile
    }
}

/// What one route decision changed: the question's route in the file before it (nil: the file had none), for undo.
struct RouteUndo: Sendable {
    var question: String
    var before: Route?
}
