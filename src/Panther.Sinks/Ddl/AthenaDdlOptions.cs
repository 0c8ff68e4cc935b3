using System.Text.RegularExpressions;
using Panther.Sinks.Layout;

namespace Panther.Sinks.Ddl;

/// <summary>
/// Where the lake is and how its Glue databases are named, for <see cref="AthenaDdl"/>. Both values are checked when
/// set, so that nothing taken from a command line can end a string literal or a name in the generated SQL.
/// </summary>
public sealed partial class AthenaDdlOptions
{
    private readonly string _location;
    private readonly string _databasePrefix = "panther";

    /// <summary>Initializes options for a lake at an S3 location.</summary>
    /// <param name="location">The lake root: <c>s3://bucket</c> or <c>s3://bucket/prefix</c>. A bucket name has
    /// 3 to 63 lower-case letters, digits, <c>.</c> and <c>-</c>; each prefix segment has <c>[A-Za-z0-9_.=-]</c>
    /// and is not <c>.</c> or <c>..</c>. A trailing <c>/</c> is dropped.</param>
    /// <exception cref="ArgumentException">The location is not of that form.</exception>
    public AthenaDdlOptions(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        _location = ValidateLocation(location);
    }

    /// <summary>Gets the lake root, without a trailing <c>/</c>: <c>s3://bucket/prefix</c>.</summary>
    public string Location => _location;

    /// <summary>Gets the prefix of the database names: with <c>panther</c> (the default) the databases are
    /// <c>panther_logs</c>, <c>panther_rule_matches</c>, <c>panther_rule_errors</c>, <c>panther_alerts</c> and
    /// <c>panther_views</c>. An empty prefix gives <c>logs</c>, <c>rule_matches</c>, and so on.</summary>
    /// <exception cref="ArgumentException">The prefix has characters other than <c>[a-z0-9_]</c>.</exception>
    public string DatabasePrefix
    {
        get => _databasePrefix;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Length > 0)
            {
                LakeLayout.ValidateTableName(value);
            }

            _databasePrefix = value;
        }
    }

    /// <summary>Gets the first year that partition projection considers; 2020 by default.</summary>
    public int FirstYear { get; init; } = 2020;

    /// <summary>Gets the last year that partition projection considers; 2039 by default. A query without a
    /// filter on <c>year</c> looks at every hour of every year in the range, so keep it short.</summary>
    public int LastYear { get; init; } = 2039;

    private static string ValidateLocation(string location)
    {
        var trimmed = location.EndsWith('/') ? location[..^1] : location;
        var match = LocationPattern().Match(trimmed);
        var segments = match.Success ? trimmed["s3://".Length..].Split('/') : [];
        if (!match.Success || segments.Skip(1).Any(s => s is "." or ".."))
        {
            throw new ArgumentException(
                $"Location '{location}' is not valid: use s3://bucket or s3://bucket/prefix, where the bucket has "
                + "lower-case letters, digits, '.' and '-', and the prefix [A-Za-z0-9_.=-] between '/'.",
                nameof(location));
        }

        return trimmed;
    }

    [GeneratedRegex(@"^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/[A-Za-z0-9_.=-]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex LocationPattern();
}
