import Foundation

/// What an SDMX-ML 2.1 structure message (`--structure FILE`: a data structure definition with its
/// codelists and concepts, as `…/datastructure/ECB/ECB_EXR1?references=all` returns it) says about
/// data: which components are dimensions, in order, and the names of components and codes.
public struct SDMXStructure: Sendable {
    /// Dimension ids in key order (the time dimension left out).
    public var dimensions: [String] = []
    public var attributes: Set<String> = []
    /// Component (concept) names, by id.
    public var names: [String: String] = [:]
    /// Each component's codes' names: component id → code → name.
    public var codes: [String: [String: String]] = [:]
    /// Dataflow and structure names, by id.
    public var flowNames: [String: String] = [:]

    /// Reads a structure message.
    ///
    /// - Throws: ``ImportError`` naming the file when it is missing, not XML, or has no data structure.
    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw ImportError.missingFile(path) }
        var codelists: [String: [String: String]] = [:]
        var conceptNames: [String: String] = [:]
        var enumeration: [String: String] = [:]
        var positions: [(Int, String)] = []
        // Where the walk is: the open codelist, code, concept, component, and whether a <Name> is English.
        var codelist: String?
        var code: String?
        var concept: String?
        var component: (id: String, kind: String)?
        var inEnumeration = false
        var nameOf: String?
        var nameText = ""
        var nameIsEnglish = true
        var flow: String?
        try XMLStream.walk([UInt8](data), in: path) { event in
            switch event {
            case .start(let name, let a):
                switch name {
                case "Codelist": codelist = a["id"]
                case "Code": code = a["id"]
                case "Concept": concept = a["id"]
                case "Dataflow", "DataStructure": flow = a["id"]
                case "Dimension", "Attribute":
                    guard let id = a["id"] else { break }
                    component = (id, name)
                    if name == "Dimension" { positions.append((a["position"].flatMap { Int($0) } ?? positions.count + 1, id)) }
                    if name == "Attribute" { attributes.insert(id) }
                case "TimeDimension": component = nil
                case "Enumeration": inEnumeration = true
                case "Ref" where inEnumeration:
                    if let component, let id = a["id"] { enumeration[component.id] = id }
                case "Name":
                    nameOf = code.map { "code:\($0)" } ?? concept.map { "concept:\($0)" } ?? flow.map { "flow:\($0)" }
                    nameText = ""
                    nameIsEnglish = (a["xml:lang"] ?? "en").hasPrefix("en")
                default: break
                }
            case .text(let text): if nameOf != nil { nameText += text }
            case .end(let name):
                switch name {
                case "Name":
                    if let of = nameOf {
                        let value = nameText.trimmingCharacters(in: .whitespacesAndNewlines)
                        if of.hasPrefix("code:"), let list = codelist, let code {
                            if nameIsEnglish || codelists[list]?[code] == nil { codelists[list, default: [:]][code] = value }
                        } else if of.hasPrefix("concept:"), let concept {
                            if nameIsEnglish || conceptNames[concept] == nil { conceptNames[concept] = value }
                        } else if of.hasPrefix("flow:"), let flow {
                            if nameIsEnglish || flowNames[flow] == nil { flowNames[flow] = value }
                        }
                    }
                    nameOf = nil
                case "Codelist": codelist = nil
                case "Code": code = nil
                case "Concept": concept = nil
                case "Dataflow", "DataStructure": flow = nil
                case "Dimension", "Attribute": component = nil
                case "Enumeration": inEnumeration = false
                default: break
                }
            }
        }
        guard !positions.isEmpty else { throw ImportError.invalidFile(path, reason: "no data structure with dimensions in this message") }
        dimensions = positions.sorted { $0.0 < $1.0 }.map(\.1)
        for id in dimensions + attributes.sorted() {
            names[id] = conceptNames[id]
            if let list = enumeration[id] { codes[id] = codelists[list] }
        }
    }

    /// The name of a component's code ("USD" of CURRENCY → "US dollar"), when the structure has it.
    public func name(of code: String, in component: String) -> String? { codes[component]?[code] }
}
