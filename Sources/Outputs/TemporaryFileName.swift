/// The names of temporary files in the generated folders: `.<name>.verify-tmp-<pid>` written by
/// `GeneratedFile.write`, and `.dat.nosync…` left by Foundation's `.atomic` writes of earlier
/// versions. A run killed between writing and renaming leaves one behind; `emit` removes such
/// files by name and `emit --check` reports them as stale.
public enum TemporaryFileName {
    static let marker = ".verify-tmp-"

    /// The temporary name for the target file `name`, unique per process.
    public static func name(for name: String, processID: Int32) -> String {
        ".\(name)\(marker)\(processID)"
    }

    /// True for a name this tool (or Foundation's atomic write) uses for temporary files.
    public static func isTemporary(_ name: String) -> Bool {
        guard name.hasPrefix(".") else { return false }
        if name.hasPrefix(".dat.nosync") { return true }
        guard let range = name.ranges(of: marker).last else { return false }
        let pid = name[range.upperBound...]
        return range.lowerBound > name.index(after: name.startIndex) && !pid.isEmpty && pid.allSatisfy(\.isASCII) && pid.allSatisfy(\.isNumber)
    }
}
