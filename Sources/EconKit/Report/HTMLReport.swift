public enum HTMLReport {
    public static func render(_ report: TrendReport) -> String { "" }
}
