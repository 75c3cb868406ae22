public import Testing

/// Tests that need a tool or data this machine may lack run only when it is there; otherwise Swift
/// Testing reports them skipped with the reason.
extension Trait where Self == ConditionTrait {
    public static var requiresLibreOffice: Self {
        .enabled(if: LibreOffice.executable != nil, "LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer-nogui")
    }

    public static var requiresChromium: Self {
        .enabled(if: Chromium.executable != nil, "Chromium is not installed; .ci/run installs the chromium package")
    }

    public static var requiresCorpus: Self {
        .enabled(if: TestPaths.corpus != nil, "../shared/corpus is absent beside the checkout")
    }
}

extension Trait where Self == ConditionTrait {
    public static var requiresShared: Self {
        .enabled(if: TestPaths.shared != nil, "../shared is absent beside the checkout; the real chains live there")
    }
}
