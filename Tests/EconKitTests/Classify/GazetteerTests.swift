import EconKit
import Foundation
import Testing

/// The bundled gazetteer: every country and group by every form of its names, matched in one pass.
struct GazetteerTests {
    let gazetteer: Gazetteer
    init() throws { gazetteer = try Gazetteer.bundled() }

    @Test(arguments: [
        ("узбекистана", "UZ"), ("Узбекистану", "UZ"), ("киргизии", "KG"), ("Кыргызстаном", "KG"), ("белоруссии", "BY"),
        ("Беларусью", "BY"), ("соединенных штатов", "US"), ("Поднебесной", "CN"), ("евразийского экономического союза", "EAEU"),
        ("центральной азии", "XC"), ("ташкенте", "UZ"), ("узбекских", "UZ"), ("узбекистанские", "UZ"), ("киргизского", "KG"),
        ("кыргызской", "KG"), ("российских", "RU"), ("РФ", "RU"), ("США", "US"), ("КНР", "CN"), ("ЕАЭС", "EAEU"), ("ОАЭ", "AE"),
        ("Turkey", "TR"), ("kazakhstani", "KZ"), ("Türkiye", "TR"), ("ЦА", "XC"),
    ])
    func everyFormNamesItsArea(form: String, code: String) {
        #expect(gazetteer.areas(named: form) == [code], "\(form)")
    }

    @Test func abbreviationsMatchOnlyAsWritten() {
        #expect(gazetteer.areas(named: "рф").isEmpty)
        #expect(gazetteer.areas(named: "сша").isEmpty)
    }

    @Test func dottedAbbreviationsNameTheirAreas() {
        let text = "The U.S.- Kazakh trade, U.K. exports and U.A.E. investment, but not J. R. Smith or Е. С. Карабаев"
        let mentions = gazetteer.mentions(in: text)
        #expect(mentions.map(\.area) == ["US", "KZ", "GB", "AE"])
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[mentions[0].start..<mentions[0].end])) == "U.S")
    }

    @Test func compoundAdjectivesNameBothAreasAndCombiningFormsNeedTheirHyphen() {
        let mentions = gazetteer.mentions(in: "реализуются 50 узбекско-российских инвестпроектов")
        #expect(mentions.map(\.area) == ["UZ", "RU"])
        #expect(mentions.map(\.kind) == [.combining, .adjective])
        #expect(gazetteer.mentions(in: "узбекско российских").map(\.area) == ["RU"])
    }

    @Test func longestFormWinsAndOffsetsNameTheWords() {
        let text = "Товарооборот со странами Евразийского экономического союза и Республикой Казахстан"
        let mentions = gazetteer.mentions(in: text)
        #expect(mentions.map(\.area) == ["EAEU", "KZ"])
        let scalars = Array(text.unicodeScalars)
        let first = String(String.UnicodeScalarView(scalars[mentions[0].start..<mentions[0].end]))
        #expect(first == "Евразийского экономического союза")
    }

    @Test func coversEveryCountryAndTheGroupsWithMembersItKnows() {
        let areas = gazetteer.areas
        #expect(areas.filter { $0.kind == .country }.count >= 193)
        #expect(areas.filter { $0.kind != .group }.count >= 249)
        for code in ["EU", "EAEU", "CIS", "XC", "BRICS", "SCO", "ASEAN", "OPEC", "OPECPLUS", "G7", "G20"] {
            let group = gazetteer.area(code)
            #expect(group?.kind == .group, "\(code)")
            #expect(group?.members.allSatisfy { gazetteer.area($0) != nil } == true, "\(code)")
        }
        #expect(gazetteer.area("XC")?.slug == "c5")
        #expect(gazetteer.area("XC")?.members == ["KG", "KZ", "TJ", "TM", "UZ"])
        #expect(gazetteer.area("KZ")?.name("ru.accs") == "Казахстан")
        #expect(gazetteer.area("UZ")?.name("ru.gent") == "Узбекистана")
    }

    @Test func aLineThatIsNotCodeFieldValueIsRefusedWithItsLine() {
        #expect(throws: ImportError.self) { try Gazetteer(tsv: "# ok\nKZ\tkind\tcountry\nKZ kind\n") }
        do {
            _ = try Gazetteer(tsv: "KZ\tkind\tcountry\nKZ\tkind\tplanet\n", file: "g.tsv")
        } catch {
            #expect("\(error)".contains("g.tsv:2"))
        }
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Whether python3 with babel and pymorphy3 (scripts/gazetteer/requirements.txt) is here.
    static let generatorAvailable: Bool = {
        (try? run(["python3", "-c", "import babel, pymorphy3"]).status) == 0
    }()

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = repository
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(
        .enabled(
            if: generatorAvailable, "python3 with babel and pymorphy3 is not installed (pip install -r scripts/gazetteer/requirements.txt)")
    )
    func theGeneratorReproducesTheCommittedFile() throws {
        let result = try Self.run(["python3", "scripts/gazetteer/generate.py", "--check"])
        #expect(result.status == 0, "\(result.output.suffix(2000))")
    }
}

extension GazetteerTests {
    @Test func anAreasFormsAreListedByKind() {
        let forms = gazetteer.forms(of: "UZ")
        #expect(forms.contains { $0 == (.name, "узбекистана") })
        #expect(forms.contains { $0 == (.combining, "узбекско") })
        #expect(forms.contains { $0 == (.abbreviation, "РУз") })
        #expect(forms.allSatisfy { !$0.1.isEmpty })
    }
}
