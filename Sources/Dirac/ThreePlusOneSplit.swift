import Algebra

/// The 3+1 split in the frame whose time axis is e0: every basis 4-vector is either e0 or
/// purely spatial, X = (0, x⃗). Then
///   e0·e0 = 1,  e0·X = 0,  X·Y = −x⃗·y⃗,
///   eps(e0,X,Y,Z) = ε_{0ijk} X^i Y^j Z^k = −x⃗·(y⃗×z⃗),  eps of four spatial vectors = 0,
/// and the result is a polynomial in the 3-vector invariants of `Vector3Space`.
public struct ThreePlusOneSplit: Sendable {
    /// 4-vector name → 3-vector name, for the spatial basis vectors.
    public let spatial: [String: String]
    public let space: Vector3Space
    public let time = Conventions.frameVectors[0]

    public init(spatial: [String: String], space: Vector3Space) {
        self.spatial = spatial
        self.space = space
    }

    func threeVector(_ name: String) throws -> String? {
        if name == time { return nil }
        guard let v = spatial[name] else {
            throw AlgebraError.undefined("3+1 split: the 4-vector '\(name)' is neither e0 nor declared spatial")
        }
        return v
    }

    public func apply(to p: Polynomial) throws -> Polynomial {
        let split = try LorentzAtom.rewriting(p) { _, atom in
            switch atom {
            case let .dot(a, b):
                switch (try threeVector(a), try threeVector(b)) {
                case (nil, nil): return .one
                case let (x?, y?): return -space.dot(x, y)
                default: return .zero
                }
            case let .epsilon(names):
                let vectors = try names.map(threeVector)
                let timeSlots = vectors.indices.filter { vectors[$0] == nil }
                guard timeSlots.count == 1 else { return .zero }
                // Move e0 to the front: sign (−1)^position.
                let k = timeSlots[0]
                let rest = vectors.enumerated().filter { $0.offset != k }.map { $0.element! }
                let triple = space.triple(rest[0], rest[1], rest[2])
                return k % 2 == 0 ? -triple : triple
            }
        }
        return try space.normalized(split)
    }
}
