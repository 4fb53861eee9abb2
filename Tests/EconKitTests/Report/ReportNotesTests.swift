import EconModel
import Foundation
import Testing

@testable import EconKit

/// A Russian report shows the trend engine's notes, and the counted units, in Russian.
struct ReportNotesTests {
    let ru = ReportLabels(.ru)

    /// Every note the engine writes, made by running it on figures that call for each one.
    func engineNotes() throws -> [String] {
        var notes: [String] = []
        func collect(_ points: [TrendPoint]) { notes += points.compactMap(\.value.note) }
        let gap = figures([("2020", 100), ("2022", 110), ("2023", 0), ("2024", 5)])
        collect(try Transform.pc1.apply(to: gap, frequency: .annual))
        collect(try Transform.pca.apply(to: gap, frequency: .annual))
        collect(try Transform.cch.apply(to: gap, frequency: .annual))
        collect(try Transform.log.apply(to: gap, frequency: .annual))
        let negative = figures([("2020", -100), ("2021", 50)])
        collect(try Transform.pc1.apply(to: negative, frequency: .annual))
        collect(try Transform.pch.apply(to: [figure("2020", from: -1, to: 1), figure("2021", 5)], frequency: .annual))
        collect(try Transform.log.apply(to: [figure("2020", from: -1, to: 1)], frequency: .annual))
        let irregular = [figure("2024-03-01", 10), figure("2024-05-01", 12)]
        collect(try Transform.pch.apply(to: irregular, frequency: .irregular))
        let span = [DatedAmount(period: .p("2024-01/2024-03"), amount: try Amount(5))]
        collect(try Transform.pc1.apply(to: span, frequency: .quarterly))
        collect(try MovingAverage.trailing(try Transform.lin.apply(to: gap, frequency: .annual), window: 3, frequency: .annual))
        collect(try Aggregation.aggregate(figures([("2024-01", 1), ("2024-02", 2)]), from: .monthly, to: .quarterly, method: .sum))
        collect(Share.flowInStock(flow: figures([("2024", 1), ("2025", 2)]), stock: figures([("2024", 10)])))
        let points = try Transform.lin.apply(to: figures([("2020", 1), ("2021", 2), ("2022", 4)]), frequency: .annual)
        for kind in TrendFit.Kind.allCases { collect(TrendFit(kind, points: points, frequency: .annual)?.projection(1) ?? []) }
        notes.append(try Growth.cagr(from: figure("2020", 0), to: figure("2024", 5)).note ?? "")
        return notes.filter { !$0.isEmpty }
    }

    @Test func everyNoteTheEngineWritesHasARussianForm() throws {
        let notes = try engineNotes()
        // The kinds above: gaps, zero and negative bases, bounds that allow zero, logarithms,
        // previous observations, spans, moving averages, aggregation, shares, projections, CAGR.
        #expect(Set(notes).count >= 15, "\(Set(notes))")
        for note in Set(notes) {
            let russian = ru.note(note)
            let words = russian.split { !$0.isLetter }.filter { $0.allSatisfy(\.isASCII) && $0.count > 2 }
            #expect(words.allSatisfy { ["pca", "cch", "cca", "pc1", "CAGR"].contains(String($0)) }, "\(note) → \(russian)")
        }
    }

    @Test func periodsInNotesAreWrittenAsTheReportWritesThem() {
        #expect(ru.note("gap: no value for 2024-03") == "пропуск: нет значения за мар 2024")
        #expect(
            ru.note("undefined: x(2025-11-06) is 0; of the stock at 2024-Q3")
                == "не определено: x(6 ноября 2025) равно 0; от запаса на III кв. 2024")
        #expect(ReportLabels(.en).note("gap: no value for 2024-03") == "gap: no value for 2024-03")
        // A note the table does not know stays as it is.
        #expect(ru.note("something new") == "something new")
    }

    @Test func countedUnitsHaveRussianNamesAndCurrenciesStay() {
        #expect(ru.scaled(unit: "jobs", .thousands) == "тыс. рабочих мест")
        #expect(ru.scaled(unit: "projects", .units) == "проекты")
        #expect(ru.scaled(unit: "USD", .billions) == "млрд USD")
        #expect(ru.scaled(unit: "barrels", .units) == "barrels")
        #expect(ReportLabels(.en).scaled(unit: "jobs", .thousands) == "thousand jobs")
    }
}
