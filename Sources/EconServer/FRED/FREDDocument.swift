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

    func rendered(as fileType: FREDFileType) -> String {
        fileType == .json ? json : xml
    }

    var xml: String {
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<\(root)"
        Self.writeXMLAttributes(attributes, to: &out)
        out += ">\n"
        for child in children {
            switch child {
            case .attributes(let attributes):
                out += "  <\(childElement)"
                Self.writeXMLAttributes(attributes, to: &out)
                out += "/>\n"
            case .text(let text):
                out += "  <\(childElement)>\(HTMLText.escapeAttribute(text))</\(childElement)>\n"
            }
        }
        out += "</\(root)>\n"
        return out
    }

    var json: String {
        var out = "{"
        Self.writeJSONFields(attributes, to: &out)
        if !attributes.isEmpty { out += "," }
        out += "\"\(listKey)\":["
        for (i, child) in children.enumerated() {
            if i > 0 { out += "," }
            switch child {
            case .attributes(let attributes):
                out += "{"
                Self.writeJSONFields(attributes, to: &out)
                out += "}"
            case .text(let text):
                JSONValue.writeString(text, to: &out)
            }
        }
        out += "]}"
        return out
    }

    private static func writeXMLAttributes(_ attributes: Attributes, to out: inout String) {
        for (name, value) in attributes {
            switch value {
            case .text(let text): out += " \(name)=\"\(HTMLText.escapeAttribute(text))\""
            case .number(let n): out += " \(name)=\"\(n)\""
            }
        }
    }

    private static func writeJSONFields(_ attributes: Attributes, to out: inout String) {
        for (i, (name, value)) in attributes.enumerated() {
            if i > 0 { out += "," }
            JSONValue.writeString(name, to: &out)
            out += ":"
            switch value {
            case .text(let text): JSONValue.writeString(text, to: &out)
            case .number(let n): out += String(n)
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

    func rendered(as fileType: FREDFileType) -> String {
        switch fileType {
        case .json:
            var out = "{\"error_code\":\(status),\"error_message\":"
            JSONValue.writeString(message, to: &out)
            return out + "}"
        case .xml:
            return
                "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<error code=\"\(status)\" message=\"\(HTMLText.escapeAttribute(message))\"/>\n"
        }
    }
}
