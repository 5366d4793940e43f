// Rows of numbers in one flat buffer (the outline model's feature table without an array per row).
import GalleyModel
import GalleySupport

/// Read access to rows of features by unit and by column of `OutlineFeatures.names` (own features
/// first): what the level scorers, the shapes and the pair features read, whatever holds the rows.
protocol OutlineRows {
    /// The value of `column` in the row of `unit`.
    func value(_ unit: Int, _ column: Int) -> Double
}

extension Array: OutlineRows where Element == [Double] {
    func value(_ unit: Int, _ column: Int) -> Double { self[unit][column] }
}

/// `count` rows of `width` numbers each, row after row in one array: one allocation for the whole
/// table instead of one per row, and neighbouring rows next to each other in memory.
struct FeatureMatrix: OutlineRows {
    /// The numbers, row after row.
    var values: [Double]
    /// How many numbers a row holds.
    let width: Int

    /// `count` rows of zeros.
    init(count: Int, width: Int) {
        self.values = [Double](repeating: 0, count: count * width)
        self.width = width
    }

    /// How many rows there are.
    var count: Int { width == 0 ? 0 : values.count / width }

    subscript(row: Int, column: Int) -> Double {
        get { values[row * width + column] }
        set { values[row * width + column] = newValue }
    }

    func value(_ unit: Int, _ column: Int) -> Double { values[unit * width + column] }

    /// One row as an array.
    func row(_ row: Int) -> [Double] { Array(values[row * width..<(row + 1) * width]) }

    /// Calls `body` with each row's writable numbers in turn.
    mutating func fillRows(_ body: (Int, UnsafeMutableBufferPointer<Double>) -> Void) {
        let width = self.width
        values.withUnsafeMutableBufferPointer { all in
            for row in 0..<(width == 0 ? 0 : all.count / width) {
                body(row, UnsafeMutableBufferPointer(rebasing: all[row * width..<(row + 1) * width]))
            }
        }
    }
}
