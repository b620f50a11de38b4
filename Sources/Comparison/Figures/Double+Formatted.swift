extension Double {
    /// "169", or "1.5" for a fraction.
    var formatted: String {
        self == rounded() && abs(self) < 1e15 ? String(Int64(self)) : String(self)
    }
}
