#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// `verify`: the command-line front end. All physics lives in the libraries; this target only
/// parses arguments, prints, and decides exit codes. Output that could not be written whole
/// is an error (exit 2), never a silent truncation.
// A file-size limit (ulimit -f) makes write(2) fail with EFBIG instead of killing the process,
// so an interrupted emit removes its temporary file and names the file it could not write.
_ = signal(SIGXFSZ, SIG_IGN)
// Likewise a closed pipe (`verify traces | head -1`) makes the write fail with EPIPE instead of
// killing the process by a signal: the flush below reports it (one line, exit 2).
_ = signal(SIGPIPE, SIG_IGN)
let arguments = Array(CommandLine.arguments.dropFirst())
var status = CommandLineTool.run(arguments)
if let failure = StandardOutput.flushFailure() {
    StandardError.write("verify: error: \(failure)\n")
    status = 2
}
exit(status)
