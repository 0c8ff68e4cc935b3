namespace Panther.Rules.Specs;

/// <summary>
/// What a rule is, apart from its body: identity, the log types it runs on, severity, alert grouping and the metadata
/// carried by its alerts. Read from panther-analysis YAML by <see cref="RuleSpecReader"/>, or built in code.
/// </summary>
public sealed record RuleSpec
{
    /// <summary>The default dedup period, one hour.</summary>
    public static readonly TimeSpan DefaultDedupPeriod = TimeSpan.FromMinutes(60);

    /// <summary>Gets the rule id (<c>RuleID</c>), unique among loaded rules.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the display name (<c>DisplayName</c>), or null.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Gets a value indicating whether the rule runs (<c>Enabled</c>, default true).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Gets the log types the rule runs on (<c>LogTypes</c>).</summary>
    public IReadOnlyList<string> LogTypes { get; init; } = [];

    /// <summary>
    /// Gets a value indicating whether matches make alerts (<c>CreateAlert</c>, default true). A rule with false is a
    /// signal: its matches are recorded in the lake but never grouped into alerts or sent.
    /// </summary>
    public bool CreateAlert { get; init; } = true;

    /// <summary>Gets the alert severity (<c>Severity</c>, default Info).</summary>
    public Severity Severity { get; init; } = Severity.Info;

    /// <summary>Gets how long matches keep adding to the same alert (<c>DedupPeriodMinutes</c>, default 60).</summary>
    public TimeSpan DedupPeriod { get; init; } = DefaultDedupPeriod;

    /// <summary>Gets how many matching events an alert needs before it is sent (<c>Threshold</c>, default 1).</summary>
    public int Threshold { get; init; } = 1;

    /// <summary>Gets the tags (<c>Tags</c>).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Gets the framework references, such as MITRE ATT&amp;CK ids (<c>Reports</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Reports { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Gets the description (<c>Description</c>), or null.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the runbook (<c>Runbook</c>), or null.</summary>
    public string? Runbook { get; init; }

    /// <summary>Gets the reference (<c>Reference</c>), or null.</summary>
    public string? Reference { get; init; }

    /// <summary>Gets the field paths summarised across an alert's events (<c>SummaryAttributes</c>).</summary>
    public IReadOnlyList<string> SummaryAttributes { get; init; } = [];

    /// <summary>Gets the destinations that override routing by severity (<c>OutputIds</c>).</summary>
    public IReadOnlyList<string> OutputIds { get; init; } = [];

    /// <summary>Gets the rule body's file, relative to the spec (<c>Filename</c>), or null.</summary>
    public string? Filename { get; init; }

    /// <summary>
    /// Gets the simple detection (<c>Detection</c>) as plain values: dictionaries with string keys, lists,
    /// strings, booleans, longs, doubles and nulls; null when the rule has a body file instead.
    /// </summary>
    public object? Detection { get; init; }

    /// <summary>Gets the filters that must pass before the body runs (<c>InlineFilters</c>), as plain values.</summary>
    public object? InlineFilters { get; init; }

    /// <summary>Gets the other top-level keys of the spec, as plain values, for runtimes that need them.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();

    /// <summary>Gets the unit tests (<c>Tests</c>).</summary>
    public IReadOnlyList<RuleTestCase> Tests { get; init; } = [];

    /// <summary>Gets the spec's version: a hash of the spec and body files when loaded from disk, else null.</summary>
    public string? Version { get; init; }

    /// <summary>Gets the spec file the rule came from, or null for a rule built in code.</summary>
    public string? SourcePath { get; init; }

    /// <summary>Gets the full path of the body file named by <see cref="Filename"/>, or null.</summary>
    public string? BodyPath => Filename is null || SourcePath is null
        ? null
        : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(SourcePath)) ?? "", Filename));
}
