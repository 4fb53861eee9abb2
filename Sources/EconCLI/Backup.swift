import ArgumentParser
import EconKit

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the store consistently, even while other processes write to it.",
        discussion: """
            The copy is one snapshot of the store, checked with SQLite's integrity check, then moved into \
            place: FILE holds the previous backup or the whole new one, never half of one.

            EXAMPLE:
              econ backup /var/backups/econ-$(date +%F).sqlite
            """
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "Where the copy goes (replaced if it exists).") var file: String

    func run() throws {
        let opened = try store.openForReading()
        try opened.backup(to: file)
        print("backed up \(opened.path) to \(file)")
    }
}
