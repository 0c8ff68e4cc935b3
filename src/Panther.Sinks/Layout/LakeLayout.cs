using System.Globalization;
using System.Text.RegularExpressions;

namespace Panther.Sinks.Layout;

/// <summary>
/// Computes where files live in a lake rooted at a local folder:
/// <c>logs/aws_cloudtrail/year=2026/month=12/day=03/hour=15/20261203T155501Z-0195a9c3e2f07c1d.parquet</c>.
/// Every name that becomes part of a path is checked, so that no table name, partition value or file name can
/// point outside the root.
/// </summary>
/// <remarks>
/// The lake has one folder per database (<see cref="LakeDatabase"/>), one folder per table inside it, and Hive-style
/// partitions by the UTC hour of <c>p_event_time</c> inside each table. The layout is described for readers of the
/// lake in <c>docs/lake-layout.md</c>.
/// </remarks>
public sealed partial class LakeLayout
{
    /// <summary>The extension of data files.</summary>
    public const string FileExtension = ".parquet";

    /// <summary>The one table of the <c>alerts/</c> database, which holds alert snapshots.</summary>
    public const string AlertsTable = "alerts";

    private const int MaxSegmentLength = 255;

    /// <summary>Initializes a layout over a root folder.</summary>
    /// <param name="root">The lake's root folder; made absolute. It need not exist yet.</param>
    /// <exception cref="ArgumentException"><paramref name="root"/> is empty.</exception>
    public LakeLayout(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
    }

    /// <summary>Gets the absolute path of the lake's root folder.</summary>
    public string Root { get; }

    /// <summary>Gets the folder name (and object key prefix) of a database: <c>logs</c>, <c>rule_matches</c>,
    /// <c>rule_errors</c> or <c>alerts</c>.</summary>
    /// <param name="database">The database.</param>
    /// <returns>The folder name, without separators.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="database"/> is not a defined value.</exception>
    public static string GetDatabaseFolder(LakeDatabase database) => database switch
    {
        LakeDatabase.Logs => "logs",
        LakeDatabase.RuleMatches => "rule_matches",
        LakeDatabase.RuleErrors => "rule_errors",
        LakeDatabase.Alerts => "alerts",
        _ => throw new ArgumentOutOfRangeException(nameof(database), database, "Unknown lake database."),
    };

    /// <summary>Checks a table name: lower-case ASCII letters, digits and <c>_</c>, as
    /// <c>LogTypeName.ToTableName</c> makes them.</summary>
    /// <param name="table">The candidate name.</param>
    /// <returns><see langword="true"/> when the name is a valid table name.</returns>
    public static bool IsValidTableName(string? table) =>
        table is { Length: > 0 and <= MaxSegmentLength } && TableNamePattern().IsMatch(table);

    /// <summary>Throws unless <paramref name="table"/> is a valid table name (see
    /// <see cref="IsValidTableName"/>).</summary>
    /// <param name="table">The candidate name.</param>
    /// <exception cref="ArgumentException">The name is empty or has characters other than
    /// <c>[a-z0-9_]</c>.</exception>
    public static void ValidateTableName(string table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!IsValidTableName(table))
        {
            throw new ArgumentException(
                $"Table name '{table}' is not valid: use lower-case letters, digits and '_' only.", nameof(table));
        }
    }

    /// <summary>Truncates a time to the start of its UTC hour, the partition it belongs to.</summary>
    /// <param name="time">A UTC time; a local time is converted, an unspecified one is taken as UTC.</param>
    /// <returns>The start of the hour, as a UTC time.</returns>
    public static DateTime GetPartitionHour(DateTime time)
    {
        var utc = time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time;
        return new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, DateTimeKind.Utc);
    }

    /// <summary>Formats one Hive partition folder, <c>key=value</c>, after checking both parts.</summary>
    /// <param name="key">The partition column: lower-case letters, digits and <c>_</c>.</param>
    /// <param name="value">The value: letters, digits, <c>-</c>, <c>_</c> and <c>.</c>, not <c>.</c> or
    /// <c>..</c>.</param>
    /// <returns>The folder name.</returns>
    /// <exception cref="ArgumentException">The key or the value could name another folder.</exception>
    public static string FormatPartition(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        if (!IsValidTableName(key))
        {
            throw new ArgumentException($"Partition key '{key}' is not valid: use [a-z0-9_] only.", nameof(key));
        }

        if (!IsSafeSegment(value))
        {
            throw new ArgumentException(
                $"Partition value '{value}' is not valid: use [A-Za-z0-9_.-] only, and not '.' or '..'.",
                nameof(value));
        }

        return key + "=" + value;
    }

    /// <summary>Gets the partition folders of the hour that <paramref name="time"/> falls in, joined with
    /// <c>/</c>: <c>year=2026/month=12/day=03/hour=15</c>.</summary>
    /// <param name="time">Usually <c>p_event_time</c>; see <see cref="GetPartitionHour"/>.</param>
    /// <returns>The relative partition path.</returns>
    public static string GetPartitionPath(DateTime time)
    {
        var hour = GetPartitionHour(time);
        var culture = CultureInfo.InvariantCulture;
        return string.Join('/',
            FormatPartition("year", hour.Year.ToString("D4", culture)),
            FormatPartition("month", hour.Month.ToString("D2", culture)),
            FormatPartition("day", hour.Day.ToString("D2", culture)),
            FormatPartition("hour", hour.Hour.ToString("D2", culture)));
    }

    /// <summary>Makes a data file name: the UTC write time to the second, then a unique id:
    /// <c>20261203T155501Z-0195a9c3e2f07c1d.parquet</c>.</summary>
    /// <param name="writeTime">When the file is written; a local time is converted to UTC.</param>
    /// <param name="uniqueId">An id unique to the file, such as a GUID in hex: <c>[A-Za-z0-9_-]</c> only.</param>
    /// <returns>The file name.</returns>
    /// <exception cref="ArgumentException"><paramref name="uniqueId"/> is empty or has other characters.</exception>
    public static string CreateFileName(DateTime writeTime, string uniqueId)
    {
        ArgumentNullException.ThrowIfNull(uniqueId);
        if (uniqueId.Length is 0 or > 64 || !UniqueIdPattern().IsMatch(uniqueId))
        {
            throw new ArgumentException(
                $"Unique id '{uniqueId}' is not valid: use 1 to 64 of [A-Za-z0-9_-].", nameof(uniqueId));
        }

        var utc = writeTime.Kind == DateTimeKind.Local ? writeTime.ToUniversalTime() : writeTime;
        return utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + uniqueId + FileExtension;
    }

    /// <summary>Gets the key of a data file relative to the root, with <c>/</c> separators, as an object store
    /// names it: <c>logs/aws_cloudtrail/year=2026/month=12/day=03/hour=15/NAME.parquet</c>.</summary>
    /// <param name="database">The database.</param>
    /// <param name="table">The table name (see <see cref="IsValidTableName"/>).</param>
    /// <param name="time">A time in the partition's hour.</param>
    /// <param name="fileName">The file name (see <see cref="CreateFileName"/>).</param>
    /// <returns>The relative key.</returns>
    /// <exception cref="ArgumentException">The table name or file name is not valid.</exception>
    public static string GetObjectKey(LakeDatabase database, string table, DateTime time, string fileName)
    {
        ValidateTableName(table);
        ValidateFileName(fileName);
        return $"{GetDatabaseFolder(database)}/{table}/{GetPartitionPath(time)}/{fileName}";
    }

    /// <summary>Gets the folder of a table.</summary>
    /// <param name="database">The database.</param>
    /// <param name="table">The table name (see <see cref="IsValidTableName"/>).</param>
    /// <returns>The absolute folder path, inside <see cref="Root"/>.</returns>
    /// <exception cref="ArgumentException">The table name is not valid.</exception>
    public string GetTableDirectory(LakeDatabase database, string table)
    {
        ValidateTableName(table);
        return Contain(Path.Combine(Root, GetDatabaseFolder(database), table));
    }

    /// <summary>Gets the partition folder of the hour that <paramref name="time"/> falls in.</summary>
    /// <param name="database">The database.</param>
    /// <param name="table">The table name (see <see cref="IsValidTableName"/>).</param>
    /// <param name="time">Usually <c>p_event_time</c>.</param>
    /// <returns>The absolute folder path, inside <see cref="Root"/>.</returns>
    /// <exception cref="ArgumentException">The table name is not valid.</exception>
    public string GetPartitionDirectory(LakeDatabase database, string table, DateTime time)
    {
        var relative = GetPartitionPath(time).Replace('/', Path.DirectorySeparatorChar);
        return Contain(Path.Combine(GetTableDirectory(database, table), relative));
    }

    /// <summary>Gets the full path of a data file.</summary>
    /// <param name="database">The database.</param>
    /// <param name="table">The table name (see <see cref="IsValidTableName"/>).</param>
    /// <param name="time">A time in the partition's hour.</param>
    /// <param name="fileName">The file name (see <see cref="CreateFileName"/>).</param>
    /// <returns>The absolute file path, inside <see cref="Root"/>.</returns>
    /// <exception cref="ArgumentException">The table name or file name is not valid.</exception>
    public string GetFilePath(LakeDatabase database, string table, DateTime time, string fileName)
    {
        ValidateFileName(fileName);
        return Contain(Path.Combine(GetPartitionDirectory(database, table, time), fileName));
    }

    /// <summary>Gets a glob that matches every data file of a table, in all partitions:
    /// <c>ROOT/logs/aws_cloudtrail/**/*.parquet</c>. Files still being written do not match.</summary>
    /// <param name="database">The database.</param>
    /// <param name="table">The table name (see <see cref="IsValidTableName"/>).</param>
    /// <returns>The glob, with <c>/</c> separators.</returns>
    /// <exception cref="ArgumentException">The table name is not valid.</exception>
    public string GetTableGlob(LakeDatabase database, string table) =>
        GetTableDirectory(database, table).Replace('\\', '/') + "/**/*" + FileExtension;

    private static void ValidateFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (!IsSafeSegment(fileName) || fileName[0] == '.')
        {
            throw new ArgumentException(
                $"File name '{fileName}' is not valid: use [A-Za-z0-9_.-] only, not starting with '.'.",
                nameof(fileName));
        }
    }

    private static bool IsSafeSegment(string segment) =>
        segment is { Length: > 0 and <= MaxSegmentLength } and not "." and not ".."
            && SafeSegmentPattern().IsMatch(segment);

    private string Contain(string path)
    {
        var full = Path.GetFullPath(path);
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Path '{full}' is outside the lake root '{Root}'.", nameof(path));
        }

        return full;
    }

    [GeneratedRegex(@"^[a-z0-9_]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex TableNamePattern();

    [GeneratedRegex(@"^[A-Za-z0-9_-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex UniqueIdPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_.-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex SafeSegmentPattern();
}
