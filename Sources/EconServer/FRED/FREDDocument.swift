import EconKit
import EconModel

/// A FRED API response, written as FRED writes it in either of its file types.
///
/// Every FRED response has the same shape: a root with attributes (`realtime_start`, `count`, …)
/// and a list of children, each either a set of attributes (`<observation date="…" value="…"/>`)
/// or a text (`<vintage_date>2024-01-25</vintage_date>`). In JSON the root's attributes are the
/// object's fields and the children an array under ``listKey``.
struct FREDDocument: Sendable {
    /// An attribute's value: FRED writes counts as JSON numbers and everything else as strings.
    enum Value: Sendable, Equatable {
        case text(String)
        case number(Int)
    }

    typealias Attributes = [(name: String, value: Value)]

    enum Child: Sendable {
        case attributes(Attributes)
        case text(String)
    }

    /// The XML root element (`observations`, `seriess`, `vintage_dates`).
    var root: String
    var attributes: Attributes
    /// The XML element of each child (`observation`, `series`, `vintage_date`).
    var childElement: String
    /// The JSON key of the children (`observations`, `seriess`, `vintage_dates`).
    var listKey: String
    var children: [Child]

    /// The document in `fileType`, as UTF-8 bytes.
    func rendered(as fileType: FREDFileType) -> [UInt8] {
        var out = ResponseWriter()
        fileType == .json ? writeJSON(&out) : writeXML(&out)
        return out.bytes
    }

    private func writeXML(_ out: inout ResponseWriter) {
        out.raw("<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<")
        out.raw(root)
        writeXMLAttributes(attributes, to: &out)
        out.raw(">\n")
        for child in children {
            out.raw("  <")
            out.raw(childElement)
            switch child {
            case .attributes(let attributes):
                writeXMLAttributes(attributes, to: &out)
                out.raw("/>\n")
            case .text(let text):
                out.raw(">")
                out.xml(text)
                out.raw("</")
                out.raw(childElement)
                out.raw(">\n")
            }
        }
        out.raw("</")
        out.raw(root)
        out.raw(">\n")
    }

    private func writeJSON(_ out: inout ResponseWriter) {
        out.raw("{")
        writeJSONFields(attributes, to: &out)
        if !attributes.isEmpty { out.raw(",") }
        out.json(listKey)
        out.raw(":[")
        for (i, child) in children.enumerated() {
            if i > 0 { out.raw(",") }
            switch child {
            case .attributes(let attributes):
                out.raw("{")
                writeJSONFields(attributes, to: &out)
                out.raw("}")
            case .text(let text):
                out.json(text)
            }
        }
        out.raw("]}")
    }

    private func writeXMLAttributes(_ attributes: Attributes, to out: inout ResponseWriter) {
        for (name, value) in attributes {
            out.raw(" ")
            out.raw(name)
            out.raw("=\"")
            switch value {
            case .text(let text): out.xml(text)
            case .number(let n): out.raw(String(n))
            }
            out.raw("\"")
        }
    }

    private func writeJSONFields(_ attributes: Attributes, to out: inout ResponseWriter) {
        for (i, (name, value)) in attributes.enumerated() {
            if i > 0 { out.raw(",") }
            out.json(name)
            out.raw(":")
            switch value {
            case .text(let text): out.json(text)
            case .number(let n): out.raw(String(n))
            }
        }
    }
}

/// A response body built byte by byte: JSON string literals and XML attribute text escaped on the
/// way (a String built from many small appends cost a fifth of the server's time).
struct ResponseWriter {
    var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(16_384) }

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// `text` as a JSON string literal (RFC 8259), with U+2028 and U+2029 escaped as
    /// ``JSONValue`` writes them.
    mutating func json(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        let utf8 = text.utf8
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let b = utf8[i]
            switch b {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), b])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [b, b])
            case UInt8(ascii: "\n"): bytes.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): bytes.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): bytes.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(hex[Int(b >> 4)])
                bytes.append(hex[Int(b & 15)])
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                let next = utf8.index(after: i)
                if next != utf8.endIndex, utf8[next] == 0x80, utf8.index(after: next) != utf8.endIndex {
                    let third = utf8[utf8.index(after: next)]
                    if third == 0xA8 || third == 0xA9 {
                        bytes.append(contentsOf: (third == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                        i = utf8.index(after: utf8.index(after: next))
                        continue
                    }
                }
                bytes.append(b)
            default: bytes.append(b)
            }
            i = utf8.index(after: i)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `text` for an XML attribute value or element: the five entities, line breaks and tabs as
    /// character references, other control characters (not allowed in XML 1.0) as spaces.
    mutating func xml(_ text: String) {
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
            case UInt8(ascii: "\n"): bytes.append(contentsOf: "&#10;".utf8)
            case UInt8(ascii: "\r"): bytes.append(contentsOf: "&#13;".utf8)
            case UInt8(ascii: "\t"): bytes.append(contentsOf: "&#9;".utf8)
            case 0..<0x20: bytes.append(UInt8(ascii: " "))
            default: bytes.append(b)
            }
        }
    }
}

/// FRED's `file_type`.
enum FREDFileType: String, Sendable {
    case xml, json

    var contentType: String { self == .json ? "application/json; charset=utf-8" : "text/xml; charset=utf-8" }
}

/// An error as FRED sends it: HTTP status, and a body in the requested file type.
struct FREDError: Error, Sendable, Equatable {
    var status: Int
    var message: String

    static func badRequest(_ detail: String) -> FREDError { FREDError(status: 400, message: "Bad Request.  \(detail)") }

    func rendered(as fileType: FREDFileType) -> [UInt8] {
        var out = ResponseWriter()
        switch fileType {
        case .json:
            out.raw("{\"error_code\":\(status),\"error_message\":")
            out.json(message)
            out.raw("}")
        case .xml:
            out.raw("<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<error code=\"\(status)\" message=\"")
            out.xml(message)
            out.raw("\"/>\n")
        }
        return out.bytes
    }
}
