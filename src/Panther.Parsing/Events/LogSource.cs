namespace Panther.Parsing.Events;

/// <summary>
/// Where events come from: a file, standard input, an object in a bucket. Its id and label become
/// <c>p_source_id</c> and <c>p_source_label</c>; its name appears in quarantine records and errors.
/// </summary>
public sealed class LogSource
{
    /// <summary>Initializes a new source.</summary>
    /// <param name="name">A name people recognise, such as a file path or <c>stdin</c>.</param>
    /// <param name="id">The integration id written to <c>p_source_id</c>; omitted when empty.</param>
    /// <param name="label">The integration label written to <c>p_source_label</c>; omitted when empty.</param>
    public LogSource(string name, string? id = null, string? label = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Id = string.IsNullOrEmpty(id) ? null : id;
        Label = string.IsNullOrEmpty(label) ? null : label;
    }

    /// <summary>Gets the name of the source, such as a file path.</summary>
    public string Name { get; }

    /// <summary>Gets the integration id, or <see langword="null"/>.</summary>
    public string? Id { get; }

    /// <summary>Gets the integration label, or <see langword="null"/>.</summary>
    public string? Label { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
