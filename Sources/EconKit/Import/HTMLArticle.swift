import CLibXML2
import Foundation

/// A web page as a browser saves it, read as the article it carries: its text (paragraphs kept,
/// page furniture left out) and what the page says about it (title, dates, author, outlet,
/// canonical URL, language).
///
/// The page is parsed by libxml2's HTML parser (what lxml uses), in the encoding the page declares
/// (UTF-8, Windows-1251, KOI8-R …), never fetching anything (no network, no external entities).
///
/// The article is the page's `itemprop="articleBody"` element, else its `<article>`, else the
/// element whose own `<p>` children hold the most text. Inside it, scripts, styles, navigation,
/// headers and footers, forms and buttons, and blocks whose class or id says share, social, related,
/// comments, cookie, print, subscribe, advert, banner, breadcrumbs, tags or menu are left out.
/// Headings, paragraphs, list items, quotes and table rows become paragraphs; `<br>` a line break.
/// Entities are decoded and a no-break space is a space.
public struct HTMLArticle: Sendable, Equatable {
    public var text: String
    public var title: String?
    public var published: String?
    public var modified: String?
    public var author: String?
    public var outlet: String?
    public var canonicalURL: String?
    public var language: String?

    /// Whether `bytes` look like an HTML page rather than plain text: after any byte-order mark and
    /// white space, a tag that starts a page (`<!doctype html`, `<html`, `<head`, `<body`, `<meta`, a comment).
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        let head = bytes[start..<min(bytes.count, start + 20)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        return ["<!doctype html", "<html", "<head", "<body", "<meta", "<!--", "<?xml"].contains { head.starts(with: $0.utf8) }
    }

    /// Reads a page.
    ///
    /// - Throws: ``ImportError/invalidFile(_:reason:)`` when no article text is found.
    public static func read(_ bytes: [UInt8], path: String) throws(ImportError) -> HTMLArticle {
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { htmlReadMemory($0.baseAddress, Int32($0.count), nil, nil, options) }
        }
        guard let document = parsed else { throw .invalidFile(path, reason: "not an HTML page libxml2 can read") }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw .invalidFile(path, reason: "an HTML page with no elements") }

        var page = HTMLArticle(text: "")
        page.readMetadata(root)
        let body = Self.articleElement(root)
        page.text = Self.text(of: body)
        guard page.text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else {
            throw .invalidFile(path, reason: "no article text in the page")
        }
        return page
    }

    // MARK: Metadata

    private mutating func readMetadata(_ root: xmlNodePtr) {
        language = Self.attribute(root, "lang")
        var ogTitle: String?, timeElement: String?
        Self.walk(root) { node in
            switch Self.name(node) {
            case "title": if title == nil { title = Self.plainText(node) }
            case "meta":
                let key = (Self.attribute(node, "property") ?? Self.attribute(node, "name") ?? Self.attribute(node, "itemprop"))?
                    .lowercased()
                let content = Self.attribute(node, "content")?.trimmingCharacters(in: .whitespacesAndNewlines)
                guard let key, let content, !content.isEmpty else { break }
                switch key {
                case "og:title": ogTitle = ogTitle ?? content
                case "og:site_name": outlet = outlet ?? content
                case "article:published_time", "datepublished": published = published ?? content
                case "article:modified_time", "datemodified": modified = modified ?? content
                case "author", "article:author": author = author ?? content
                case "og:url": canonicalURL = canonicalURL ?? content
                default: break
                }
            case "link":
                if Self.attribute(node, "rel")?.lowercased() == "canonical", let href = Self.attribute(node, "href") { canonicalURL = href }
            case "time": timeElement = timeElement ?? Self.attribute(node, "datetime")
            case "script":
                if Self.attribute(node, "type")?.lowercased() == "application/ld+json" { readJSONLD(Self.plainText(node, raw: true)) }
            default: break
            }
            return true
        }
        // JSON-LD's headline was taken first; then Open Graph's title, then <title>.
        title = headline ?? ogTitle ?? title
        published = published ?? timeElement
    }

    /// `headline` from JSON-LD, which wins over Open Graph and `<title>`.
    private var headline: String? {
        get { jsonLD["headline"] }
        set { jsonLD["headline"] = newValue }
    }
    private var jsonLD: [String: String] = [:]

    private mutating func readJSONLD(_ text: String) {
        guard let data = text.data(using: .utf8), let json = try? JSONSerialization.jsonObject(with: data) else { return }
        var queue: [Any] = [json]
        while let item = queue.popLast() {
            if let list = item as? [Any] {
                queue += list
                continue
            }
            guard let object = item as? [String: Any] else { continue }
            if let graph = object["@graph"] { queue.append(graph) }
            let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
            guard types.contains(where: { $0.hasSuffix("Article") || $0 == "Report" }) else { continue }
            if let h = object["headline"] as? String, headline == nil { headline = h }
            if let d = object["datePublished"] as? String { published = published ?? d }
            if let d = object["dateModified"] as? String { modified = modified ?? d }
            if author == nil { author = Self.names(object["author"]) }
            if outlet == nil { outlet = Self.names(object["publisher"]) }
        }
    }

    /// A JSON-LD person or organisation (or a list of them) as names joined by commas.
    private static func names(_ value: Any?) -> String? {
        if let name = value as? String { return name }
        if let object = value as? [String: Any] { return object["name"] as? String }
        if let list = value as? [Any] {
            let all = list.compactMap { names($0) }
            return all.isEmpty ? nil : all.joined(separator: ", ")
        }
        return nil
    }

    // MARK: The article

    static let skipped: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "iframe", "svg", "select", "template",
        "input", "textarea", "object", "embed", "canvas",
    ]
    static let junk = [
        "share", "social", "related", "comment", "cookie", "print", "subscribe", "advert", "banner", "breadcrumb", "tags", "menu",
        "sidebar", "promo", "popular", "read-also", "readmore",
    ]
    static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "section", "article", "tr", "ul", "ol", "table", "pre",
        "dd", "dt", "figcaption", "main",
    ]

    /// The element holding the article (see the type's documentation).
    static func articleElement(_ root: xmlNodePtr) -> xmlNodePtr {
        var articleBody: xmlNodePtr?, article: xmlNodePtr?, body: xmlNodePtr?
        var best: (node: xmlNodePtr, score: Int)?
        walk(root) { node in
            let name = name(node)
            if skipped.contains(name) || isJunk(node) { return false }
            if name == "body", body == nil { body = node }
            if articleBody == nil, attribute(node, "itemprop")?.lowercased() == "articlebody" { articleBody = node }
            if article == nil, name == "article" { article = node }
            var score = 0
            for c in children(of: node) where c.pointee.type == XML_ELEMENT_NODE && Self.name(c) == "p" { score += plainText(c).count }
            if score > (best?.score ?? 0) { best = (node, score) }
            return true
        }
        return articleBody ?? article ?? best?.node ?? body ?? root
    }

    /// Whether an element's class or id names page furniture.
    static func isJunk(_ node: xmlNodePtr) -> Bool {
        let marks = ((attribute(node, "class") ?? "") + " " + (attribute(node, "id") ?? "") + " " + (attribute(node, "role") ?? ""))
            .lowercased()
        guard marks.count > 2 else { return false }
        return junk.contains { marks.contains($0) } || marks.contains("navigation")
    }

    /// The text of an element: paragraphs separated by blank lines, white space collapsed.
    static func text(of element: xmlNodePtr) -> String {
        var paragraphs: [String] = []
        var current = ""
        func breakParagraph() {
            let trimmed = current.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { paragraphs.append(trimmed) }
            current = ""
        }
        // Depth first without recursion (a page may nest thousands deep), a block's end marked on the stack.
        var stack: [(node: xmlNodePtr, closing: Bool)] = [(element, false)]
        while let (node, closing) = stack.popLast() {
            if closing {
                breakParagraph()
                continue
            }
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { appendCollapsed(String(cString: content), to: &current) }
            case XML_ELEMENT_NODE:
                let name = name(node)
                if skipped.contains(name) || (node != element && isJunk(node)) { continue }
                if name == "br" {
                    current = current.trimmingCharacters(in: .whitespaces)
                    current += "\n"
                    continue
                }
                let block = blocks.contains(name)
                if block {
                    breakParagraph()
                    stack.append((node, true))
                }
                for c in children(of: node).reversed() { stack.append((c, false)) }
            default:
                continue
            }
        }
        breakParagraph()
        return paragraphs.map {
            $0.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }.joined(
                separator: "\n")
        }
        .joined(separator: "\n\n") + "\n"
    }

    /// Appends text with runs of white space (a no-break space included) as one space.
    static func appendCollapsed(_ text: String, to out: inout String) {
        var lastWasSpace = out.last.map { $0 == " " || $0 == "\n" } ?? true
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" {
                if !lastWasSpace { out.unicodeScalars.append(" ") }
                lastWasSpace = true
            } else {
                out.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }
    }

    // MARK: libxml2

    /// Visits elements depth first (without recursion); `visit` returns false to skip an element's children.
    static func walk(_ root: xmlNodePtr, _ visit: (xmlNodePtr) -> Bool) {
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            guard visit(node) else { continue }
            stack += children(of: node).reversed()
        }
    }

    /// A node's children, in order.
    static func children(of node: xmlNodePtr) -> [xmlNodePtr] {
        var children: [xmlNodePtr] = []
        var child = node.pointee.children
        while let c = child {
            children.append(c)
            child = c.pointee.next
        }
        return children
    }

    static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { econ_xmlFree(value) }
        return String(cString: value)
    }

    /// All the text under a node; white space collapsed unless `raw`.
    static func plainText(_ node: xmlNodePtr, raw: Bool = false) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { econ_xmlFree(content) }
        let text = String(cString: content)
        if raw { return text }
        var out = ""
        appendCollapsed(text, to: &out)
        return out.trimmingCharacters(in: .whitespaces)
    }
}
