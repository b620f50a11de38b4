/// An action of one pane's own: a case of the enum a pane declares for its actions.
///
/// Bindings name the case (`FiguresAction.chart.action`), so a misspelt action does not
/// compile; the pane matches it the same way. The raw value is the name configuration uses.
public protocol PaneAction: Hashable, Sendable, RawRepresentable, CaseIterable where RawValue == String {}

extension PaneAction {
    /// The browser action that carries this one to the pane.
    public var action: Action { .pane(AnyPaneAction(self)) }
}

/// Any pane's own action, as the browser carries it without knowing the pane.
public struct AnyPaneAction: Hashable, Sendable, CustomStringConvertible {
    private let base: any PaneAction

    public init(_ base: some PaneAction) { self.base = base }

    /// The action as `type`, when it is one of that pane's.
    public func `as`<A: PaneAction>(_ type: A.Type) -> A? { base as? A }

    public var name: String { base.rawValue }
    public var description: String { "\(type(of: base)).\(base.rawValue)" }

    public static func == (lhs: AnyPaneAction, rhs: AnyPaneAction) -> Bool { lhs.base.isEqual(to: rhs.base) }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(type(of: base)))
        base.hash(into: &hasher)
    }
}

extension PaneAction {
    fileprivate func isEqual(to other: any PaneAction) -> Bool { (other as? Self) == self }
}

extension Action {
    /// This action as one of `type`'s, when it is one (a pane's `perform` switches over it whole).
    public func paneAction<A: PaneAction>(_ type: A.Type) -> A? {
        guard case .pane(let own) = self else { return nil }
        return own.as(type)
    }
}
