/// One factor symbol^exponent of a `Monomial` in one machine word: the symbol's id (an index into
/// the append-only `SymbolTable`) in the high 32 bits, the exponent as a signed 32-bit integer
/// in the low 32. Equality and hashing are those of the word; the order of two factors is the
/// content order of their symbols (`SymbolEntry.precedes`), never the order of the ids.
struct PackedPower: Hashable, Sendable {
    let word: UInt64

    /// The widest exponent a word holds; `Monomial.maxExponent` (10⁶) is far inside it.
    static let widestExponent = Int(Int32.max)

    @inline(__always)
    init(atom: UInt32, exponent: Int) {
        word = UInt64(atom) << 32 | UInt64(UInt32(bitPattern: Int32(exponent)))
    }

    init(_ power: Monomial.Power) {
        precondition(power.exponent.magnitude <= UInt(PackedPower.widestExponent),
                     "the exponent \(power.exponent) of \(power.symbol) does not fit a monomial (|e| ≤ \(PackedPower.widestExponent))")
        self.init(atom: power.symbol.id, exponent: power.exponent)
    }

    @inline(__always) var atom: UInt32 { UInt32(truncatingIfNeeded: word >> 32) }

    @inline(__always) var exponent: Int { Int(Int32(truncatingIfNeeded: word)) }

    var symbol: Symbol { Symbol(id: atom) }

    var power: Monomial.Power { Monomial.Power(symbol, exponent) }

    @inline(__always) var isImaginaryUnit: Bool { atom == SymbolTable.imaginaryUnitID }

    @inline(__always) func hasSameAtom(as other: PackedPower) -> Bool { (word ^ other.word) >> 32 == 0 }

    /// Content order of the two factors' symbols (byte-wise UTF-8 of the names); the atoms must differ.
    @inline(__always) func atomPrecedes(_ other: PackedPower) -> Bool {
        SymbolTable.precedes(atom, other.atom)
    }

    /// The same atom with another exponent.
    @inline(__always) func with(exponent e: Int) -> PackedPower { PackedPower(atom: atom, exponent: e) }
}
