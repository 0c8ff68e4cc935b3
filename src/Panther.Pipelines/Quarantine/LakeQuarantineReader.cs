using System.Text;
using System.Text.Json;
using Panther.Parsing;
using Panther.Parsing.Events;

namespace Panther.Pipelines.Quarantine;

/// <summary>
/// Reads the quarantine files <see cref="LakeQuarantineWriter"/> wrote, to look at them or to replay them after a
/// fix, and sets replayed files aside in <c>quarantine/replayed/</c>, where they stay: nothing is deleted.
/// </summary>
public static class LakeQuarantineReader
{
    /// <summary>The folder under <c>quarantine/</c> that holds files already replayed.</summary>
    public const string ReplayedFolder = "replayed";

    /// <summary>The reason of a record made from a damaged line of a quarantine file; such records are kept as they
    /// are, not replayed.</summary>
    public const string DamagedReason = "a line of a quarantine file that is not a quarantine record";

    /// <summary>Lists the complete quarantine files of a lake (or work folder), oldest first; files being written and
    /// replayed files are not listed.</summary>
    /// <param name="lakeRoot">The folder that holds <c>quarantine/</c>.</param>
    /// <returns>The full paths.</returns>
    public static IReadOnlyList<string> ListFiles(string lakeRoot)
    {
        ArgumentException.ThrowIfNullOrEmpty(lakeRoot);
        var folder = Path.Combine(Path.GetFullPath(lakeRoot), LakeQuarantineWriter.Folder);
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.jsonl", SearchOption.TopDirectoryOnly)
                .Where(f => !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>The longest quarantine line read whole, 256 MiB; a longer one is kept as a damaged record holding its
    /// first mebibyte, while the file itself stays in <c>replayed/</c>.</summary>
    public const int MaxLineBytes = 256 * 1024 * 1024;

    /// <summary>Reads the records of a quarantine file, one line at a time. A line that is not a quarantine record
    /// (a damaged file) is returned as a record of its own, with the file as source and the line's bytes as data,
    /// so it is kept too.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The records, in file order.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IEnumerable<QuarantinedRecord> Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var line = new MemoryStream();
        var number = 0L;
        var offset = 0L;
        var start = 0L;
        var tooLong = false;
        int next;
        while ((next = stream.ReadByte()) >= 0 || line.Length > 0 || tooLong)
        {
            if (next >= 0 && next != '\n')
            {
                offset++;
                if (line.Length < MaxLineBytes)
                {
                    line.WriteByte((byte)next);
                }
                else
                {
                    tooLong = true;
                }

                continue;
            }

            number++;
            var bytes = line.ToArray();
            var position = new RecordPosition(number, number, start);
            line.SetLength(0);
            offset++;
            start = offset;
            if (tooLong)
            {
                tooLong = false;
                yield return new QuarantinedRecord(path, position, DamagedReason + " (a line over 256 MiB)",
                    bytes.AsMemory(0, 1024 * 1024), truncated: true);
            }
            else if (bytes.AsSpan().Trim(" \t\r"u8).Length > 0)
            {
                yield return TryParse(bytes) ?? new QuarantinedRecord(path, position, DamagedReason, bytes);
            }

            if (next < 0)
            {
                break;
            }
        }
    }

    /// <summary>Moves a replayed file to <c>quarantine/replayed/</c>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>Its new path.</returns>
    public static string MarkReplayed(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var folder = Path.Combine(Path.GetDirectoryName(path)!, ReplayedFolder);
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, Path.GetFileName(path));
        File.Move(path, target, overwrite: false);
        return target;
    }

    private static QuarantinedRecord? TryParse(byte[] line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("source", out var source) || source.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("reason", out var reason) || reason.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            byte[] data = root.TryGetProperty("data", out var text) && text.ValueKind == JsonValueKind.String
                ? Encoding.UTF8.GetBytes(text.GetString()!)
                : root.TryGetProperty("data_base64", out var base64) && base64.ValueKind == JsonValueKind.String
                    ? base64.GetBytesFromBase64()
                    : [];
            if (Number(root, "line") is not { } lineNumber || Number(root, "record") is not { } record
                || Number(root, "byte_offset") is not { } offset)
            {
                return null;
            }

            var position = new RecordPosition(lineNumber, record, offset);
            var truncated = root.TryGetProperty("truncated", out var cut) && cut.ValueKind == JsonValueKind.True;
            return new QuarantinedRecord(source.GetString()!, position, reason.GetString()!, data, truncated);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException
            or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Reads a position member: 0 when it is missing, null when it is not a whole number from 0 to
    /// <see cref="long.MaxValue"/>, which makes the line a damaged one, kept as it is.</summary>
    private static long? Number(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return 0;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number >= 0
            ? number
            : null;
    }
}
