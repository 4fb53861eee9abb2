/// Ordinal words for quarters and halves ("первом", "III", "2-м").
enum PeriodOrdinals {
    static func value(_ token: Token) -> Int? {
        switch token.kind {
        case .number:
            guard token.text.utf8.count == 1, let v = token.text.int, (1...4).contains(v) else { return nil }
            return v
        case .word:
            let w = token.text
            switch w {
            case "i": return 1
            case "ii": return 2
            case "iii": return 3
            case "iv": return 4
            default: break
            }
            switch w {
            case "first", "1st", "q1", "h1": return 1
            case "second", "2nd", "q2", "h2": return 2
            case "third", "3rd", "q3": return 3
            case "fourth", "4th", "q4": return 4
            default: break
            }
            if w.hasPrefix("перв") { return 1 }
            if w.hasPrefix("втор") { return 2 }
            if w.hasPrefix("трет") { return 3 }
            if w.hasPrefix("четверт") { return 4 }
            return nil
        case .symbol:
            return nil
        }
    }
}
