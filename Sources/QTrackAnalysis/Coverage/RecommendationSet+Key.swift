extension RecommendationSet {
    /// How links, reports and the review name a recommendation: `<year>/<id>`, such as `2009/complicity`.
    public static func key(year: Int, id: String) -> String { "\(year)/\(id)" }
}
