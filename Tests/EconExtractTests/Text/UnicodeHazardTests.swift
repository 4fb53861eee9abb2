import EconExtract
import Testing

struct UnicodeHazardTests {
    @Test(arguments: [
        ("🚀 Инвестиции составили более $5 млрд 📈.", "5000000000 USD more-than"),
        ("«Инвестиции составили более $5 млрд», — сказал министр.", "5000000000 USD more-than"),
        ("Инвестиции — более 5\u{00AD}млрд дол\u{00AD}ларов.", "5000000000 USD more-than"),
        ("Инвестиции составили более 5 мил\u{00AD}лиардов долларов.", "5000000000 USD more-than"),
        ("Инвестиции составили около 3—5 млрд долларов.", "3000000000..5000000000 USD range"),
        ("Инвестиции составили более 5 млрд долла\u{0301}ров.", "5000000000 USD more-than"),
        ("\u{FEFF}Инвестиции составили более $5 млрд.", "5000000000 USD more-than"),
        ("Инвестиции составили\u{200B} более $5 млрд.", "5000000000 USD more-than"),
        ("ИНВЕСТИЦИИ СОСТАВИЛИ БОЛЕЕ 5 МЛРД ДОЛЛАРОВ.", "5000000000 USD more-than"),
        ("Инвестиции составили более 5 млрд долларов, — отметил он.", "5000000000 USD more-than"),
    ])
    func survivesTypographyAndInvisibleCharacters(text: String, first: String) {
        #expect(values(text).first == first)
    }

    @Test func crlfLineEndsSplitParagraphsAndKeepOffsets() {
        let text = "Первая строка.\r\nИнвестиции составили более $5 млрд.\r\n"
        let f = Extractor().extract(text, published: nil).figures
        #expect(f.count == 1)
        let scalars = Array(text.unicodeScalars)
        if let first = f.first {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[first.start..<first.end])
            #expect(String(view) == "более $5 млрд")
            #expect(first.start == 37)
        }
    }

    @Test func offsetsCountScalarsNotBytesOrGraphemes() {
        // The flag is two scalars and one grapheme; the emoji with skin tone is two scalars.
        let text = "🇰🇿👍🏽 Инвестиции — $5 млрд."
        let f = Extractor().extract(text, published: nil).figures
        #expect(f.first?.start == 18)
        #expect(f.first?.surface == "$5 млрд")
    }
}
