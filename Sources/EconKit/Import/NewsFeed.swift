import CLibXML2
import Foundation

/// An RSS 2.0 or Atom feed file: each item is an article, its text taken from `content:encoded`
/// (Atom: `content`) when present, else the description (Atom: `summary`), read as HTML when it is
/// markup; its link, date, author and title, and the feed's title and language, are its metadata.
///
/// Parsed by libxml2 with no network and no external entities or DTDs loaded, so a feed can make
/// econ read no file and fetch nothing; libxml2's own limits stop entity expansion bombs.
public struct NewsFeed: Sendable {
    public struct Item: Sendable, Equatable {
        public var text: String
        public var title: String?
        public var link: String?
        public var published: PublicationTime?
        public var author: String?
    }

    public var title: String?
    public var language: String?
    public var items: [Item]

    /// Whether the file at `path` is an RSS or Atom feed, from its first 2 KB.
    public static func isFeed(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return looksLikeFeed([UInt8](handle.readData(ofLength: 2048)))
    }

    /// Whether `bytes` start like an RSS or Atom document.
    public static func looksLikeFeed(_ bytes: [UInt8]) -> Bool {
        // Bytes, ASCII lower-cased, searched without Foundation (this runs for every file of a batch).
        let head = bytes.prefix(2048).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        func has(_ text: String) -> Bool {
            let needle = Array(text.utf8)
            guard head.count >= needle.count else { return false }
            for start in 0...(head.count - needle.count) where head[start] == needle[0] {
                if head[start..<start + needle.count].elementsEqual(needle) { return true }
            }
            return false
        }
        guard !has("<html") else { return false }
        return has("<rss") || has("<feed") || has("<rdf:rdf")
    }

    /// Reads a feed; items with no text are left out.
    ///
    /// - Throws: ``ImportError/invalidFile(_:reason:)`` when it is not a feed libxml2 can read.
    public static func read(_ bytes: [UInt8], path: String) throws(ImportError) -> NewsFeed {
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32($0.count), nil, nil, options) }
        }
        guard let document = parsed, let root = xmlDocGetRootElement(document) else {
            throw .invalidFile(path, reason: "not a feed libxml2 can read (RSS 2.0 or Atom XML)")
        }
        defer { xmlFreeDoc(document) }
        var feed = NewsFeed(title: nil, language: nil, items: [])
        var entries: [xmlNodePtr] = []
        HTMLArticle.walk(root) { node in
            switch HTMLArticle.name(node) {
            case "item", "entry":
                entries.append(node)
                return false
            case "channel", "feed", "rss", "rdf": return true
            case "title": if feed.title == nil { feed.title = HTMLArticle.plainText(node) }
            case "language": if feed.language == nil { feed.language = HTMLArticle.plainText(node) }
            default: break
            }
            return HTMLArticle.name(node) == "channel"
        }
        if feed.language == nil { feed.language = HTMLArticle.attribute(root, "lang") }
        for entry in entries {
            if let item = Self.item(entry) { feed.items.append(item) }
        }
        return feed
    }

    private static func item(_ entry: xmlNodePtr) -> Item? {
        var fields: [String: String] = [:]
        var link: String?
        for c in HTMLArticle.children(of: entry) where c.pointee.type == XML_ELEMENT_NODE {
            let name = HTMLArticle.name(c)
            if name == "link" {
                let rel = HTMLArticle.attribute(c, "rel") ?? "alternate"
                if let href = HTMLArticle.attribute(c, "href"), rel == "alternate", link == nil { link = href }
                if link == nil { link = HTMLArticle.plainText(c).nilIfEmpty }
                continue
            }
            if name == "author" {
                // Atom: <author><name>; RSS: an e-mail address and a name.
                for i in HTMLArticle.children(of: c) where i.pointee.type == XML_ELEMENT_NODE && HTMLArticle.name(i) == "name" {
                    fields["author"] = HTMLArticle.plainText(i)
                }
                if fields["author"] == nil { fields["author"] = HTMLArticle.plainText(c).nilIfEmpty }
                continue
            }
            fields[name] = fields[name] ?? HTMLArticle.plainText(c, raw: ["encoded", "content", "description", "summary"].contains(name))
        }
        let body =
            fields["encoded"]?.nilIfEmpty ?? fields["content"]?.nilIfEmpty ?? fields["description"]?.nilIfEmpty
            ?? fields["summary"]?.nilIfEmpty
        guard let body else { return nil }
        var text = body
        if body.contains("<") {
            let page = "<html><body><article>" + body + "</article></body></html>"
            guard let read = try? HTMLArticle.read(Array(page.utf8), path: "item") else { return nil }
            text = read.text
        } else {
            var collapsed = ""
            HTMLArticle.appendCollapsed(body, to: &collapsed)
            text = collapsed.trimmingCharacters(in: .whitespaces) + "\n"
        }
        guard text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return nil }
        let date = fields["pubdate"] ?? fields["published"] ?? fields["updated"] ?? fields["date"]
        return Item(
            text: text, title: fields["title"]?.nilIfEmpty, link: link, published: date.flatMap(Self.time),
            author: fields["creator"]?.nilIfEmpty ?? fields["author"])
    }

    /// A feed's date: RFC 822 (RSS: `Tue, 10 Nov 2025 09:00:00 +0300`) or ISO 8601 (Atom).
    static func time(_ text: String) -> PublicationTime? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let iso = try? PublicationTime(parsing: trimmed) { return iso }
        for format in [
            "EEE, dd MMM yyyy HH:mm:ss Z", "dd MMM yyyy HH:mm:ss Z", "EEE, dd MMM yyyy HH:mm Z", "EEE, dd MMM yyyy HH:mm:ss zzz",
        ] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.dateFormat = format
            if let date = formatter.date(from: trimmed) { return PublicationTime(date) }
        }
        return nil
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : self }
}
