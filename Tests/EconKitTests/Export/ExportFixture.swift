import EconKit
import Foundation

/// A small store covering every case an export must get right: titles in two languages, exact,
/// approximate, bound and range figures, a revision, a retraction, an irregular series whose
/// period text order differs from time order, and formula payloads in text cells.
///
/// Recording times come from a fixed test clock, so exports are byte-for-byte stable.
func exportStore(_ engine: TestEngine = .sqlite) throws -> Store {
    let clock = TestClock()
    let store = try engine.store(clock: clock.now)
    try store.addSeries(
        Series(
            code: "ru_kz.investment.yearly", measure: .flow, unit: "USD", frequency: .annual,
            titleEn: "Russian investment in Kazakhstan in the year", titleRu: "Российские инвестиции в Казахстан за год", area: "RU",
            counterpart: "KZ"))
    try store.addSeries(
        Series(
            code: "ru_kz.investment.cumulative", measure: .stock, unit: "USD", frequency: .irregular,
            titleEn: "Russian investment in Kazakhstan, cumulative", area: "RU", counterpart: "KZ"))
    try store.addSeries(Series(code: "ru_kz.projects", measure: .stock, unit: "projects", frequency: .monthly))
    let yearly = "ru_kz.investment.yearly"
    let cumulative = "ru_kz.investment.cumulative"
    try store.record([
        NewObservation(
            series: yearly, period: .p("2023"), amount: try Amount(3e9, .approx), published: .t("2024-11-27"),
            source: "=HYPERLINK(\"http://evil.example\",\"click\")"),
        NewObservation(series: yearly, period: .p("2024"), amount: try Amount(3.9e9), published: .t("2025-01"), note: "first estimate"),
        NewObservation(
            series: yearly, period: .p("2024"), amount: try Amount(4e9), published: .t("2025-10-11"), source: "@SUM(1+1)",
            note: "a; b, \"c\""),
        NewObservation(series: cumulative, period: .p("2025"), amount: try Amount(27e9, .approx), published: .t("2025-11-12")),
        NewObservation(
            series: cumulative, period: .p("2025-01/2025-09"), amount: try Amount(rangeFrom: 56.6e9, to: 57e9), published: .t("2025-10"),
            note: "+cmd|' /C calc'!A0"),
        NewObservation(series: cumulative, period: .p("2025-11"), amount: try Amount(26e9, .moreThan), published: .t("2025-11")),
        NewObservation(
            series: cumulative, period: .p("2025-11-06"), amount: try Amount(56.6e9), published: .t("2025-11-07"), note: "-2+3"),
        NewObservation(series: "ru_kz.projects", period: .p("2025-10"), amount: try Amount(175), published: .t("2025-11")),
        NewObservation(series: "ru_kz.projects", period: .p("2025-09"), amount: try Amount(170), published: .t("2025-10")),
    ])
    try store.retract(series: "ru_kz.projects", period: .p("2025-09"), published: .t("2025-11-20"))
    return store
}

/// What an export writes, as text (through a real file and ``OutputSink``).
func exported(_ store: Store, _ selection: SeriesSelection = .all, _ options: ExportOptions = ExportOptions()) throws -> String {
    try String(decoding: exportedBytes(store, selection, options), as: UTF8.self)
}

func exportedBytes(_ store: Store, _ selection: SeriesSelection = .all, _ options: ExportOptions = ExportOptions()) throws -> [UInt8] {
    let folder = try TemporaryFolder()
    let path = folder.file("export.csv")
    let sink = try OutputSink.atomicFile(path)
    try store.export(selection, options: options, to: sink)
    try sink.commit()
    return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
}
