/// Option spellings shared by the subcommands.
enum CommandLineOptions {
    /// Options that take a value; each is accepted as `--name value` and as `--name=value`.
    static let valued: Set<String> = ["--seeds", "--output", "--show", "--scalars"]

    /// `--name=value` of a valued option split into `--name`, `value`; other arguments unchanged.
    static func splittingAssignments(_ arguments: [String]) -> [String] {
        arguments.flatMap { argument -> [String] in
            guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "="),
                  valued.contains(String(argument[..<equals])) else { return [argument] }
            return [String(argument[..<equals]), String(argument[argument.index(after: equals)...])]
        }
    }

    /// The value after the option at `index` (advancing `index`): present and not empty.
    static func value(of arguments: [String], at index: inout Int, needs what: String) throws -> String {
        let option = arguments[index]
        index += 1
        guard index < arguments.count else { throw UsageError(description: "\(option) needs \(what)") }
        guard !arguments[index].isEmpty else { throw UsageError(description: "\(option) needs \(what), not an empty string") }
        return arguments[index]
    }
}
