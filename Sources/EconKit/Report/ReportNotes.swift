import EconModel

/// The notes of the trend engine (why a value is missing, what it was compared with) in a report's
/// language.
///
/// The engine writes its notes in English: they also go into CSV and JSON, where programs read
/// them. A Russian report shows each known note in Russian, with its periods written as the report
/// writes periods; a note this table does not know stays as it is.
extension ReportLabels {
    /// `note` in the report's language. Notes joined with "; " are translated one by one.
    public func note(_ note: String) -> String {
        guard language == .ru else { return note }
        return note.components(separatedBy: "; ").map(translated).joined(separator: "; ")
    }

    /// English templates and their Russian forms. `{p}` is a period (relabelled), `{x}` any other
    /// text (kept). The first template that matches wins, so literal forms come before general ones.
    static let russianNotes: [(english: String, russian: String)] = [
        ("gap: no value for the period before", "пропуск: нет значения за предыдущий период"),
        ("gap: no value for {p}", "пропуск: нет значения за {p}"),
        ("a span of months has no previous period", "у диапазона месяцев нет предыдущего периода"),
        ("no earlier observation", "нет более раннего наблюдения"),
        ("compared with the previous observation, {p}", "по сравнению с предыдущим наблюдением, {p}"),
        ("undefined: x({p}) is 0", "не определено: x({p}) равно 0"),
        ("undefined: x({p}) may be 0 (its bounds allow it)", "не определено: x({p}) может быть равно 0 (его границы это допускают)"),
        (
            "x({p}) is negative: the sign of a percent change from it reads reversed",
            "x({p}) отрицательно: знак процентного изменения от него читается наоборот"
        ),
        (
            "undefined: {x} needs positive values, and x({p}) is not",
            "не определено: для {x} нужны положительные значения, а x({p}) не положительно"
        ),
        (
            "undefined: {x} needs positive values, and x({p}) may not be",
            "не определено: для {x} нужны положительные значения, а x({p}) может быть не положительно"
        ),
        ("fewer than {x} periods before it for the moving average", "для скользящего среднего до него меньше {x} периодов"),
        ("gap in the moving-average window {p}–{p}", "пропуск в окне скользящего среднего {p}–{p}"),
        ("no value for {p} in the moving-average window", "нет значения за {p} в окне скользящего среднего"),
        ("incomplete: {x} of {x} periods", "неполные данные: {x} из {x} периодов"),
        ("projection of the linear trend", "проекция линейного тренда"),
        ("projection of the log trend", "проекция логарифмического тренда"),
        ("no stock figure at or after the end of {p}", "нет значения запаса на конец {p} или позже"),
        ("of the stock at {p}", "от запаса на {p}"),
        ("division by zero", "деление на ноль"),
        ("the divisor may be zero (its bounds allow it)", "делитель может быть равен нулю (его границы это допускают)"),
        ("the logarithm of a value that is not positive is undefined", "логарифм неположительного значения не определён"),
        (
            "the value may be zero or negative (its bounds allow it), so its logarithm is undefined",
            "значение может быть нулевым или отрицательным (его границы это допускают), поэтому логарифм не определён"
        ),
        (
            "a power of a value that may be zero or negative is not a growth rate",
            "степень значения, которое может быть нулевым или отрицательным, не является темпом роста"
        ),
        ("no value", "нет значения"),
        ("no figures in the report's window", "нет данных в окне отчёта"),
    ]

    private func translated(_ part: String) -> String {
        for (english, russian) in Self.russianNotes {
            guard let values = Self.match(part, english) else { continue }
            var out = ""
            var next = values.makeIterator()
            var rest = Substring(russian)
            while let open = rest.firstIndex(of: "{") {
                out += rest[..<open]
                let slot = rest[open...].prefix(3)
                rest = rest[rest.index(open, offsetBy: 3)...]
                guard let value = next.next() else { break }
                out += slot == "{p}" ? Period(value).map(label) ?? value : value
            }
            return out + rest
        }
        return part
    }

    /// The texts in the slots of `template` when `text` has its form, else `nil`.
    static func match(_ text: String, _ template: String) -> [String]? {
        var values: [String] = []
        var text = Substring(text)
        var template = Substring(template)
        while let open = template.firstIndex(of: "{") {
            let literal = template[..<open]
            guard text.hasPrefix(literal) else { return nil }
            text = text.dropFirst(literal.count)
            template = template[template.index(open, offsetBy: 3)...]
            // A slot runs to the next literal of the template (or to the end).
            let following = template.prefix { $0 != "{" }
            if following.isEmpty {
                guard !text.isEmpty else { return nil }
                values.append(String(text))
                text = ""
            } else {
                guard let end = text.range(of: following)?.lowerBound, end > text.startIndex else { return nil }
                values.append(String(text[..<end]))
                text = text[end...]
            }
        }
        return text == template ? values : nil
    }
}
