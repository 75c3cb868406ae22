import Foundation

/// The review app's one page, its style and its script: files of their own under `Resources/`, embedded in the
/// executable at build time (SwiftPM's `embedInCode`), so that `qtrack` needs no resource bundle beside it.
///
/// The page is a template: `{{token}}`, `{{old}}` and `{{new}}` are replaced, HTML-escaped, when it is served.
enum ReviewPage {
    static func html(token: String, old: String, new: String) -> String {
        String(decoding: PackageResources.review_html, as: UTF8.self)
            .replacingOccurrences(of: "{{token}}", with: escape(token))
            .replacingOccurrences(of: "{{old}}", with: escape(old))
            .replacingOccurrences(of: "{{new}}", with: escape(new))
    }

    static var style: String { String(decoding: PackageResources.review_css, as: UTF8.self) }

    static var script: String { String(decoding: PackageResources.review_js, as: UTF8.self) }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
