/// An SDMX-ML 2.1 GenericData message of the current figures: a `<generic:Series>` per series keyed by
/// `SERIES` (the econ code), with `UNIT_MEASURE`, `UNIT_MULT`, `REF_AREA`, `COUNTERPART_AREA` and
/// `TITLE` as series attributes, and per observation `TIME_PERIOD`, `OBS_VALUE` and the attributes of
/// the SDMX-CSV layout (`OBS_STATUS`, `ECON_QUALIFIER`, `OBS_LOWER`, `OBS_UPPER`, `OBS_COMMENT`).
///
/// Generic data describes itself, so SDMX clients (Python's `sdmx1`, `pandasdmx`) read it without a
/// structure message. `Prepared` is the time the store last changed, so the same store gives the
/// same file. A range has `OBS_VALUE` `NaN` and its limits in `OBS_LOWER` and `OBS_UPPER`.
struct SDMXMLLayout {
    let context: ExportContext

    func write(_ chosen: Store.ExportedSeriesSource) throws {
        let lastChange = try context.db.int64("SELECT max(recorded_at) FROM observation") ?? 0
        let prepared = String(RecordingTime.text(micros: lastChange).prefix(19))
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <message:GenericData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message" \
            xmlns:generic="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic" \
            xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">
            <message:Header><message:ID>ECON_FIGURES</message:ID><message:Test>false</message:Test>\
            <message:Prepared>\(prepared)</message:Prepared><message:Sender id="ECON"/>\
            <message:Structure structureID="ECON_FIGURES" dimensionAtObservation="TIME_PERIOD">\
            <common:Structure><Ref agencyID="ECON" id="FIGURES" version="1.0"/></common:Structure></message:Structure></message:Header>
            <message:DataSet structureRef="ECON_FIGURES">

            """
        try context.sink.write(out)
        let multiplier = String(context.options.scale.exponent)
        try chosen.forEach { item in
            let series = item.series
            let current = try context.current(item).filter { $0.amount != nil }
            guard !current.isEmpty else { return }
            out = "<generic:Series><generic:SeriesKey>" + Self.value("SERIES", series.code) + "</generic:SeriesKey><generic:Attributes>"
            out += Self.value("UNIT_MEASURE", series.unit) + Self.value("UNIT_MULT", multiplier)
            if let area = series.area { out += Self.value("REF_AREA", area) }
            if let counterpart = series.counterpart { out += Self.value("COUNTERPART_AREA", counterpart) }
            if let title = series.titleEn ?? series.titleRu { out += Self.value("TITLE", title) }
            out += "</generic:Attributes>\n"
            for o in current {
                guard let amount = o.amount else { continue }
                out += "<generic:Obs><generic:ObsDimension value=\"" + Self.escape(SDMXLayout.sdmxPeriod(o.period)) + "\"/>"
                out += "<generic:ObsValue value=\"" + (amount.value.map(context.options.scale.text) ?? "NaN") + "\"/><generic:Attributes>"
                out +=
                    Self.value("OBS_STATUS", SDMXLayout.status(amount.qualifier)) + Self.value("ECON_QUALIFIER", amount.qualifier.rawValue)
                if let low = amount.low { out += Self.value("OBS_LOWER", context.options.scale.text(low)) }
                if let high = amount.high { out += Self.value("OBS_UPPER", context.options.scale.text(high)) }
                if let note = o.note { out += Self.value("OBS_COMMENT", note) }
                out += "</generic:Attributes></generic:Obs>\n"
            }
            out += "</generic:Series>\n"
            try context.sink.write(out)
        }
        try context.sink.write("</message:DataSet></message:GenericData>\n")
    }

    static func value(_ id: String, _ value: String) -> String {
        "<generic:Value id=\"" + id + "\" value=\"" + escape(value) + "\"/>"
    }

    /// Text for an XML attribute value: escaped as HTML attributes are, a line break kept as a
    /// character reference (a parser would read a plain one as a space).
    static func escape(_ text: String) -> String {
        HTMLText.escapeAttribute(text)
    }
}
