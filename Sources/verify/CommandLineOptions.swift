/// Option spellings shared by the subcommands.
enum CommandLineOptions {
    /// Options that take a value; each is accepted as `--name value` and as `--name=value`.
    static let valued: Set<String> = ["--seeds", "--output", "--show", "--scalars", "--indices", "--max-terms"]

    /// Options that may be given more than once (each adds a value: `verify bench --case A --case B`).
    static let repeatable: Set<String> = ["--case"]

    /// `--name=value` of a valued option split into `--name`, `value`; other arguments unchanged.
    static func splittingAssignments(_ arguments: [String]) -> [String] {
        arguments.flatMap { argument -> [String] in
            guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "="),
                  valued.contains(String(argument[..<equals])) else { return [argument] }
            return [String(argument[..<equals]), String(argument[argument.index(after: equals)...])]
        }
    }

    /// `arguments` unchanged, or an error if an option other than a `repeatable` one is given
    /// twice (`--seeds a --seeds b` took the last one silently). The value of a valued option is skipped, not read as an option.
    static func refusingRepeats(_ arguments: [String]) throws -> [String] {
        var seen: Set<String> = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument.hasPrefix("--") {
                guard repeatable.contains(argument) || seen.insert(argument).inserted else { throw UsageError(description: "\(argument) is given twice") }
                if valued.contains(argument) { index += 1 }
            }
            index += 1
        }
        return arguments
    }

    /// The value after the option at `index` (advancing `index`): present, not empty, and not an
    /// option (`--output --quiet` would otherwise write under a directory named `--quiet`; a
    /// directory of that name is still reachable as `./--quiet`).
    static func value(of arguments: [String], at index: inout Int, needs what: String) throws -> String {
        let option = arguments[index]
        index += 1
        guard index < arguments.count else { throw UsageError(description: "\(option) needs \(what)") }
        let value = arguments[index]
        guard !value.isEmpty else { throw UsageError(description: "\(option) needs \(what), not an empty string") }
        guard !value.hasPrefix("--") else {
            throw UsageError(description: "\(option) needs \(what), not the option '\(value)' (write ./\(value) for a path of that name)")
        }
        return value
    }

    /// The value of `--max-terms` at `index`: a positive integer (the term budget, `Budget`).
    static func maxTerms(of arguments: [String], at index: inout Int) throws -> Int {
        let text = try value(of: arguments, at: &index, needs: "a positive integer")
        guard let n = Int(text), n > 0 else { throw UsageError(description: "--max-terms needs a positive integer, not '\(text)'") }
        return n
    }
}
