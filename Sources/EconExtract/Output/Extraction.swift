/// Everything found in one text.
public struct Extraction: Sendable, Equatable {
    /// Figures in the order they appear.
    public var figures: [ExtractedFigure]
    /// Trend statements in the order they appear.
    public var annotations: [ExtractedAnnotation]
    /// Every sentence of the text, as offsets in Unicode scalars, in order: the context a classifier
    /// reads around a figure (not part of ``json``).
    public var sentences: [Range<Int>]

    /// An extraction with these figures and annotations (the ``Extractor`` makes them; tests of
    /// code downstream may build their own).
    public init(figures: [ExtractedFigure] = [], annotations: [ExtractedAnnotation] = [], sentences: [Range<Int>] = []) {
        self.figures = figures
        self.annotations = annotations
        self.sentences = sentences
    }

    /// `{"figures": [...], "annotations": [...]}`; render it with ``JSONValue/rendered(pretty:)``.
    public var json: JSONValue {
        .object([("figures", .array(figures.map(\.json))), ("annotations", .array(annotations.map(\.json)))])
    }
}
