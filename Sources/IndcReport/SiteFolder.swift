import Foundation

/// Writes a site all-or-nothing: every file goes into a temporary folder beside the target; only when
/// all are written does the folder take the target's place (the previous site is moved aside, the new
/// one renamed in, the old one removed). A failure leaves the previous site as it was. A folder that
/// is not empty and was not written by `indc report` (it has no marker file) is never replaced.
public enum SiteFolder {
    /// The file that marks a folder as a site `indc report` wrote, so it may be replaced.
    public static let marker = ".indc-report"

    /// Writes `site` to `directory`.
    public static func write(_ site: ReportSite, to directory: String) throws(ReportInputError) {
        let manager = FileManager.default
        let target = (directory as NSString).standardizingPath
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: target, isDirectory: &isDirectory)
        if exists {
            guard isDirectory.boolValue else { throw ReportInputError(path: directory, reason: "is a file, not a folder") }
            let contents = (try? manager.contentsOfDirectory(atPath: target)) ?? []
            guard contents.isEmpty || contents.contains(marker) else {
                throw ReportInputError(path: directory, reason: "is a folder that indc report did not write (it has no \(marker) file); choose an empty or new folder")
            }
        }
        let unique = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let staging = ((parent.isEmpty ? "." : parent) as NSString).appendingPathComponent(".\(name).\(unique).tmp")
        do {
            try manager.createDirectory(atPath: parent.isEmpty ? "." : parent, withIntermediateDirectories: true)
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: false)
            for file in site.files + [ReportSite.File(path: marker, contents: "written by indc report\n")] {
                let path = (staging as NSString).appendingPathComponent(file.path)
                try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(file.bytes).write(to: URL(fileURLWithPath: path))
            }
        } catch {
            try? manager.removeItem(atPath: staging)
            throw ReportInputError(path: directory, reason: "cannot write the site (\((error as NSError).localizedDescription))")
        }
        try replace(target, with: staging, exists: exists)
    }

    private static func replace(_ target: String, with staging: String, exists: Bool) throws(ReportInputError) {
        let aside = staging + ".old"
        if exists, rename(target, aside) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: staging)
            throw ReportInputError(path: target, reason: "cannot replace the previous site (\(reason))")
        }
        guard rename(staging, target) == 0 else {
            let reason = String(cString: strerror(errno))
            if exists { rename(aside, target) }
            try? FileManager.default.removeItem(atPath: staging)
            throw ReportInputError(path: target, reason: "cannot move the site into place (\(reason))")
        }
        if exists { try? FileManager.default.removeItem(atPath: aside) }
    }
}
