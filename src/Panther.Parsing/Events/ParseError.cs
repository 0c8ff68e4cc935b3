namespace Panther.Parsing.Events;

/// <summary>
/// A value that did not fit its declared type. The event is kept with the raw value; the error is written to
/// <c>p_parse_errors</c>.
/// </summary>
/// <param name="Path">The field path, for example <c>userIdentity.sessionContext.attributes.creationDate</c>.</param>
/// <param name="Reason">What was wrong with the value.</param>
public readonly record struct ParseError(string Path, string Reason);
