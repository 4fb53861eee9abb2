import Foundation

/// Real Python clients in tests: whether a module is installed, and a script run to its end.
public enum Python {
    /// Whether `python3 -c "import MODULES"` succeeds (`modules` may list several, comma-separated).
    public static func canImport(_ modules: String) -> Bool {
        (try? run(["-c", "import \(modules)"]).status) == 0
    }

    /// Runs `python3 ARGUMENTS` with `input` on its standard input; returns its exit status and
    /// what it wrote: standard output and error together, or with `errors: false` standard output
    /// only (a script whose output is data; a library's warnings then go nowhere).
    public static func run(_ arguments: [String], input: Data? = nil, errors: Bool = true) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = errors ? output : FileHandle.nullDevice
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(input)
            try stdin.fileHandleForWriting.close()
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }
}
