using Panther.Parsing.Events;

namespace Panther.Pipelines.Sources;

/// <summary>
/// One input to read: a file, or standard input. Created by <see cref="FileInputs.Expand"/> from the paths a user
/// names, so that folders are read recursively in a stable order.
/// </summary>
public sealed class FileInput
{
    private readonly Func<Stream> _open;

    private FileInput(LogSource source, Func<Stream> open)
    {
        Source = source;
        _open = open;
    }

    /// <summary>Gets the source events from this input are tagged with.</summary>
    public LogSource Source { get; }

    /// <summary>Creates an input for a file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The input.</returns>
    public static FileInput ForFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new FileInput(new LogSource(path), () => new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.ReadWrite,
            BufferSize = 0,
            Options = FileOptions.SequentialScan | FileOptions.Asynchronous,
        }));
    }

    /// <summary>Creates an input for standard input, named <c>stdin</c>.</summary>
    /// <param name="open">Opens the stream; the process's standard input when <see langword="null"/>.</param>
    /// <returns>The input.</returns>
    public static FileInput ForStandardInput(Func<Stream>? open = null) =>
        new(new LogSource("stdin"), open ?? Console.OpenStandardInput);

    /// <summary>Opens the input for reading; the caller disposes the stream.</summary>
    /// <returns>The stream.</returns>
    public Stream Open() => _open();
}
