import EconExtract
import Testing

struct AnnotationTests {
    func annotations(_ text: String, published: String? = "2025-11") -> [String] {
        let time = published.flatMap { try? PublicationTime(parsing: $0) }
        return Extractor().extract(text, published: time).annotations.map { "\($0.period?.description ?? "-") \($0.text)" }
    }

    @Test func aTrendStatementWithoutNumbersIsAnnotatedWithItsPeriod() {
        #expect(
            annotations("Текущая динамика указывает на продолжение позитивного тренда в 2025 году.") == [
                "2025 Текущая динамика указывает на продолжение позитивного тренда в 2025 году."
            ])
    }

    @Test func aRelativePeriodResolvesAgainstThePublicationDate() {
        #expect(
            annotations("В текущем году сохраняется устойчивый рост товарооборота.") == [
                "2025 В текущем году сохраняется устойчивый рост товарооборота."
            ])
        #expect(
            annotations("В текущем году сохраняется устойчивый рост товарооборота.", published: nil) == [
                "- В текущем году сохраняется устойчивый рост товарооборота."
            ])
    }

    @Test(arguments: [
        "В последнее время Казахстан доминирует в повестке, активно генерируя интеграционные тренды.",
        "Как бы ни менялись мировые тренды, столицы научились извлекать дивиденды.",
        "Экспорт вырос на 5% и продолжает расти устойчиво.",
    ])
    func trendWordsWithoutADirectionOrWithAFigureAreNoAnnotation(text: String) {
        #expect(annotations(text).isEmpty)
    }

    @Test func anAnnotationKeepsItsOffsets() {
        let text = "Вступление. Динамика указывает на продолжение позитивного тренда."
        let a = Extractor().extract(text, published: nil).annotations
        #expect(a.count == 1)
        #expect(a.first?.start == 12)
        #expect(a.first?.end == text.unicodeScalars.count)
    }
}
