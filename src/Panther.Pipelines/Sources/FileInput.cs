using System.Globalization;
using Panther.Parsing.Events;

namespace Panther.Pipelines.Sources;

/// <summary>
/// One input to read: a file, standard input, any stream, or an S3 object (<see cref="S3Inputs"/>). Created by
/// <see cref="FileInputs.Expand"/> from the paths a user names, so that folders are read recursively in a stable
/// order.
/// </summary>
public sealed class FileInput
{
    private readonly Func<Stream> _open;

    private FileInput(LogSource source, Func<Stream> open, string? identity = null, long resumeAt = 0)
    {
        Source = source;
        _open = open;
        Identity = identity;
        ResumeAt = resumeAt;
    }

    /// <summary>Gets the source events from this input are tagged with.</summary>
    public LogSource Source { get; }

    /// <summary>Gets what tells this content apart from any other: the full path with the size and time of a file
    /// (of the file a symbolic link leads to, for a link),
    /// the location with the ETag of an S3 object; null when nothing does (standard input, streams made without
    /// one). A run that records what it has read (<c>InputLedger</c>) recognises the same content by it.</summary>
    public string? Identity { get; }

    /// <summary>Gets the byte offset, in the decoded input, of the first record to keep: records that start before
    /// it are read but dropped, since an earlier run that stopped part-way wrote them. 0 reads everything.</summary>
    public long ResumeAt { get; }

    /// <summary>Creates an input for a file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The input.</returns>
    public static FileInput ForFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var file = new FileInfo(RealPath(path));
        var identity = file.Exists
            ? string.Create(CultureInfo.InvariantCulture,
                $"{file.FullName}|{file.Length}|{file.LastWriteTimeUtc:yyyy-MM-ddTHH:mm:ss.fffffffZ}")
            : null;
        return new FileInput(new LogSource(path), () => new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.ReadWrite,
            BufferSize = 0,
            Options = FileOptions.SequentialScan | FileOptions.Asynchronous,
        }), identity);
    }

    /// <summary>Gets the path of a file with every symbolic link on the way resolved, folders included, so that
    /// every way to one file gives one path; the full path as given when a link cannot be followed.</summary>
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var root = Path.GetPathRoot(full)!;
            var current = root;
            foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar,
                StringSplitOptions.RemoveEmptyEntries))
            {
                current = Path.Combine(current, part);
                FileSystemInfo entry = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
                if (entry.LinkTarget is not null && entry.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                {
                    current = target.FullName;
                }
            }

            return current;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return full;
        }
    }

    /// <summary>Creates an input for standard input, named <c>stdin</c>.</summary>
    /// <param name="open">Opens the stream; the process's standard input when <see langword="null"/>.</param>
    /// <returns>The input.</returns>
    public static FileInput ForStandardInput(Func<Stream>? open = null) =>
        new(new LogSource("stdin"), open ?? Console.OpenStandardInput);

    /// <summary>Creates an input for any stream, such as a socket or an object in a store.</summary>
    /// <param name="source">The source its events are tagged with.</param>
    /// <param name="open">Opens the stream; called once, when the input is read. An <see cref="IOException"/> it
    /// throws quarantines the input as unreadable.</param>
    /// <param name="identity">What tells this content apart from any other, such as a location and a version; null
    /// when nothing does.</param>
    /// <returns>The input.</returns>
    public static FileInput ForStream(LogSource source, Func<Stream> open, string? identity = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(open);
        return new FileInput(source, open, identity);
    }

    /// <summary>Makes the same input with a source id and label (<c>p_source_id</c>, <c>p_source_label</c>), such as
    /// the integration the logs come from; the name stays.</summary>
    /// <param name="id">The source id, or <see langword="null"/> for none.</param>
    /// <param name="label">The source label, or <see langword="null"/> for none.</param>
    /// <returns>The input.</returns>
    public FileInput WithSource(string? id, string? label) =>
        new(new LogSource(Source.Name, id, label), _open, Identity, ResumeAt);

    /// <summary>Makes the same input, to be read again from a byte offset on (<see cref="ResumeAt"/>).</summary>
    /// <param name="byteOffset">The offset, in the decoded input, of the first record to keep.</param>
    /// <returns>The input.</returns>
    public FileInput ResumingAt(long byteOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(byteOffset);
        return new(Source, _open, Identity, byteOffset);
    }

    /// <summary>Opens the input for reading; the caller disposes the stream.</summary>
    /// <returns>The stream.</returns>
    public Stream Open() => _open();
}
