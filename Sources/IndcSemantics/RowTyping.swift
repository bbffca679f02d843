import IndcSyntax

extension Dataset {
    /// The type of a row-level expression over this dataset's columns and derived columns.
    ///
    /// For expressions the checker accepted (later stages need the type of a subexpression,
    /// such as whether a comparison is between dates); nil for an expression it would reject.
    public func rowType(of expression: Expression) -> ValueType? {
        var scope = Scope(datasetName: name)
        for column in columns { scope.declare(column.name, type: column.type, missingCodes: column.missingCodes, at: column.span) }
        for column in derived { scope.declare(column.name, type: column.type, at: column.span) }
        var checker = ExpressionChecker(scope: scope)
        let type = checker.rowType(expression, .derive)
        return checker.diagnostics.isEmpty ? type : nil
    }
}
