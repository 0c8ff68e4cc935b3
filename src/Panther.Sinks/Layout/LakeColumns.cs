namespace Panther.Sinks.Layout;

/// <summary>Names of the lake columns that are not standard event fields (those are in
/// <c>Panther.Schemas.StandardFields</c>).</summary>
public static class LakeColumns
{
    /// <summary>
    /// A JSON object, as a string, of the values that have no typed column: members the schema does not name, and
    /// values that did not fit their declared type. Keys are field paths such as <c>userIdentity.extra</c> or
    /// <c>resources[1].ARN</c>; the column is null when there are none.
    /// </summary>
    public const string Overflow = "p_overflow";
}
