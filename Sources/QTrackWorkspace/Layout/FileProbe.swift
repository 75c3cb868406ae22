import Foundation

/// Whether a path exists, told apart from "cannot be looked at": `FileManager.fileExists` says false for a
/// file inside a folder the user may not read, and a check that then leaves out the reviewed decisions,
/// links or recommendations passes on a repository it never read.
public enum FileProbe {
    public enum Kind: Sendable { case file, folder, other }

    /// What is at `path` (symbolic links followed), nil when nothing is; throws when the file system
    /// will not say (a folder on the way that cannot be read, a symbolic link loop).
    public static func kind(_ path: String) throws(MappingError) -> Kind? {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let failure = errno
            if failure == ENOENT || failure == ENOTDIR { return nil }
            throw problem(path, errno: failure)
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    /// True when a file or folder is at `path`.
    public static func exists(_ path: String) throws(MappingError) -> Bool {
        try kind(path) != nil
    }

    /// The error for `path` and what the system said, naming the folder that may not be read when that
    /// is the cause rather than the file under it.
    static func problem(_ path: String, errno failure: Int32) -> MappingError {
        switch failure {
        case EACCES:
            let blocked = unsearchableFolder(above: path) ?? path
            return MappingError(
                file: blocked, reason: "cannot be read (permission denied); qtrack needs to read it to check the repository")
        case ELOOP:
            return MappingError(file: path, reason: "is a symbolic link loop")
        default:
            return MappingError(file: path, reason: "cannot be read (\(String(cString: strerror(failure))))")
        }
    }

    /// The first folder on the way to `path` that the user may not enter, if one is why `path` cannot be seen.
    private static func unsearchableFolder(above path: String) -> String? {
        var folder = (path as NSString).deletingLastPathComponent
        var blocked: String?
        while !folder.isEmpty && folder != "/" {
            if access(folder, X_OK) != 0 && errno == EACCES { blocked = folder }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder { break }
            folder = parent
        }
        return blocked
    }
}
