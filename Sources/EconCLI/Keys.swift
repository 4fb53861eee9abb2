import ArgumentParser
import EconKit

/// `econ keys`: the keys `econ serve` accepts.
struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make, list and revoke the keys that econ serve accepts.",
        discussion: """
            A key is shown once, when it is made; the store keeps only its SHA-256. Every server over \
            the store accepts a new key, and stops accepting a revoked one, at once.

            A read key reads series, observations, trends and pages; a write key also appends figures \
            and imports files. FRED clients pass the key as api_key; econ's API also takes \
            'Authorization: Bearer KEY'.

            EXAMPLES:
              econ keys add analyst --scope read
              econ keys add cron-import --scope write
              econ keys list
              econ keys revoke analyst
            """,
        subcommands: [Add.self, List.self, Revoke.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make a key and print it (the only time it is shown).")

        @OptionGroup var store: StoreOptions
        @Argument(help: "A name for the key: who or what uses it (letters, digits, '.', '_', '-').") var name: String
        @Option(help: "read: read everything; write: also append and import.") var scope: KeyScope = .read

        func run() throws {
            let key = try store.openForWriting().addKey(named: name, scope: scope)
            print(key)
            Terminal.note("key '\(name)' (\(scope.rawValue)) made; it is not shown again")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the keys: name, scope and when each was made (never the keys).")

        @OptionGroup var store: StoreOptions

        func run() throws {
            let keys = try store.openForReading().keys()
            let rows = keys.map { [$0.name, $0.scope.rawValue, $0.createdAt] }
            print(TextTable.render(header: ["name", "scope", "created"], rows: rows), terminator: "")
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a key: no server over the store accepts it any more.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "The key's name (see: econ keys list).") var name: String

        func run() throws {
            try store.openForWriting().revokeKey(named: name)
            print("revoked key '\(name)'")
        }
    }
}

extension KeyScope: ExpressibleByArgument {}
