import Foundation

/// `verify`: the command-line front end. All physics lives in the libraries; this target only
/// parses arguments, prints, and decides exit codes. Output that could not be written whole
/// is an error (exit 2), never a silent truncation.
let arguments = Array(CommandLine.arguments.dropFirst())
var status = CommandLineTool.run(arguments)
if let failure = StandardOutput.flushFailure() {
    FileHandle.standardError.write(Data("verify: error: \(failure)\n".utf8))
    status = 2
}
exit(status)
