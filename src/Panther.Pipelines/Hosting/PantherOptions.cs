using Panther.Parsing;
using Panther.Schemas;
using Panther.Sinks.Writing;

namespace Panther.Pipelines.Hosting;

/// <summary>Settings of the pipeline registered by <c>AddPanther</c>: where the lake is and what to parse.</summary>
public sealed class PantherOptions
{
    /// <summary>Gets or sets the lake's root folder; created when missing. Defaults to <c>lake</c>.</summary>
    public string LakeRoot { get; set; } = "lake";

    /// <summary>Gets the custom log schemas registered beside the built-in ones.</summary>
    public IList<LogSchema> Schemas { get; } = [];

    /// <summary>Gets the parser settings: a fixed log type, record and depth limits, batch size.</summary>
    public LogParserOptions Parser { get; } = new();

    /// <summary>Gets the Parquet writer settings: file size, age and compression.</summary>
    public ParquetLakeWriterOptions Lake { get; } = new();
}
