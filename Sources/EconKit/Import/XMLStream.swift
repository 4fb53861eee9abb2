import CLibXML2

/// Small XML parts read as a stream of events with libxml2's reader — no network, no entity
/// substitution, no DTD — for the formats econ reads whole (workbook parts, SDMX structures).
enum XMLStream {
    enum Event {
        case start(String, [String: String])
        case end(String)
        case text(String)
    }

    /// Every start element with its attributes (names with their prefix, `r:id`).
    static func elements(_ xml: [UInt8], in place: String, _ visit: (String, [String: String]) throws -> Void) throws {
        try walk(xml, in: place) { event in
            if case .start(let name, let attributes) = event { try visit(name, attributes) }
        }
    }

    /// Streams the XML with libxml2's reader: local names, attributes by qualified name, text.
    static func walk(_ xml: [UInt8], in place: String, _ visit: (Event) throws -> Void) throws {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let made: xmlTextReaderPtr? = xml.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlReaderForMemory($0.baseAddress, Int32($0.count), nil, nil, options) }
        }
        guard let reader = made else { throw ImportError.invalidFile(place, reason: "not XML") }
        defer { xmlFreeTextReader(reader) }
        func string(_ p: UnsafePointer<xmlChar>?) -> String { p.map { String(cString: $0) } ?? "" }
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { break }
            guard status == 1 else {
                throw ImportError.invalidFile("\(place):\(xmlTextReaderGetParserLineNumber(reader))", reason: "not well-formed XML")
            }
            switch xmlTextReaderNodeType(reader) {
            case 1:
                let name = string(xmlTextReaderConstLocalName(reader))
                let empty = xmlTextReaderIsEmptyElement(reader) == 1
                var attributes: [String: String] = [:]
                while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                    attributes[string(xmlTextReaderConstName(reader))] = string(xmlTextReaderConstValue(reader))
                }
                _ = xmlTextReaderMoveToElement(reader)
                try visit(.start(name, attributes))
                if empty { try visit(.end(name)) }
            case 15: try visit(.end(string(xmlTextReaderConstLocalName(reader))))
            case 3, 4, 14: try visit(.text(string(xmlTextReaderConstValue(reader))))
            default: break
            }
        }
    }
}
