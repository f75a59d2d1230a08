import Foundation

/// `verify`: the command-line front end. All physics lives in the libraries; this target only
/// parses arguments, prints, and decides exit codes.
let arguments = Array(CommandLine.arguments.dropFirst())
let status = CommandLineTool.run(arguments)
exit(status)
