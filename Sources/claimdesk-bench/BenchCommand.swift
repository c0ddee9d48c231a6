import Foundation

/// A process the benchmark times: a program, its arguments, and files for standard input and output.
struct BenchCommand {
    let executable: String
    let arguments: [String]
    /// A file fed to standard input, or nil for none.
    var input: String?
    /// Where standard output goes (default /dev/null).
    var output = "/dev/null"

    /// The command as a shell line, with its redirections.
    var shellLine: String {
        var words = ([executable] + arguments).map(ShellWords.quote)
        if let input { words += ["<", ShellWords.quote(input)] }
        words += [">", ShellWords.quote(output)]
        return words.joined(separator: " ")
    }
}
