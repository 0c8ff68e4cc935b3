namespace Panther.Pipelines.Ingestion;

/// <summary>
/// The lake, or its quarantine, could not be written while a run was going: a full disk, a folder without write
/// permission, a store that failed outside its retries. The run stops, since going on would lose events; the inputs
/// it was reading are not blamed, and with a run journal the next run undoes this one and reads them again.
/// </summary>
public sealed class LakeWriteException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="LakeWriteException"/> class.</summary>
    public LakeWriteException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LakeWriteException"/> class.</summary>
    /// <param name="message">What failed.</param>
    public LakeWriteException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LakeWriteException"/> class.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The failure of the lake or the file system.</param>
    public LakeWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
