import Foundation
import Testing

/// Runs the real `econ` binary that `swift build` put beside the test bundle.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let binary: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("econ")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return candidates[0].appendingPathComponent("econ")
    }()

    /// The environment every run starts from: no store variables from the developer's shell.
    var environment: [String: String] = {
        var env = ProcessInfo.processInfo.environment
        env["ECON_DB"] = nil
        env["XDG_DATA_HOME"] = nil
        // No rules file from the developer's home either.
        env["ECON_RULES"] = nil
        env["XDG_CONFIG_HOME"] = "/nonexistent/econ-tests"
        return env
    }()
    var workingDirectory: String?

    func run(_ arguments: [String], extraEnvironment: [String: String] = [:], input: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.environment = environment.merging(extraEnvironment) { $1 }
        if let workingDirectory { process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory) }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        // Read both pipes before waiting so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A folder under the system temp directory, removed when the value goes away.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "econ-cli-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }
}

/// A store in a temporary folder, built by running `commands` (each with `--db`) through the real
/// binary; it lives as long as the value. Test suites subclass it with their own commands.
class CLIStore {
    let folder: TemporaryFolder
    let cli: CLIRunner
    var db: String { folder.file("econ.sqlite") }

    init(_ cli: CLIRunner, commands: [[String]]) throws {
        self.cli = cli
        folder = try TemporaryFolder()
        for command in commands {
            let result = try cli.run(command + ["--db", folder.file("econ.sqlite")])
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
    }
}
