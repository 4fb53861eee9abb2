import EconKit
import Foundation
import Testing

struct BackupTests {
    @Test func backupIsAConsistentCopyThatOpensAsAStore() throws {
        let folder = try TemporaryFolder()
        let store = try Store.open(at: folder.file("econ.sqlite"), options: .init(create: true))
        try store.addSeries(Series(code: "x", measure: .flow, unit: "USD", frequency: .annual))
        try store.record(NewObservation(series: "x", period: .p("2024"), amount: try Amount(56.6e9)))
        let copyPath = folder.file("copy.sqlite")
        try store.backup(to: copyPath)
        try store.record(NewObservation(series: "x", period: .p("2025"), amount: try Amount(1)))
        let copy = try Store.open(at: copyPath, options: .init(create: false))
        #expect(try copy.integrityCheck() == ["ok"])
        #expect(try copy.observations("x").map(\.amount?.value) == [56.6e9])
        // A second backup replaces the first whole.
        try store.backup(to: copyPath)
        #expect(try Store.open(at: copyPath, options: .init(create: false)).observations("x").count == 2)
        #expect(try !FileManager.default.contentsOfDirectory(atPath: folder.path).contains { $0.contains(".tmp-") })
    }
}
