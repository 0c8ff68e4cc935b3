using Panther.Parsing;
using Panther.Pipelines.Enrichment;
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

    /// <summary>Gets or sets how many inputs a run reads at the same time, each by its own worker with its own parser
    /// and sinks. Defaults to the number of processors. The Parquet writers share
    /// <see cref="ParquetLakeWriterOptions.MaxTotalBufferBytes"/>: each worker's has its part.</summary>
    public int Workers { get; set; } = Environment.ProcessorCount;

    /// <summary>Gets or sets whether runs read inputs the lake already holds again. By default a run of the default
    /// Parquet lake leaves them out (see <c>LakePipeline</c>).</summary>
    public bool Reprocess { get; set; }

    /// <summary>Gets the Parquet writer settings: file size, age and compression.</summary>
    public ParquetLakeWriterOptions Lake { get; } = new();

    /// <summary>Gets the lookup tables that enrich events before rules run (<c>p_enrichment</c>); read at the start
    /// of each run. Tables in S3 are read through the <c>IAmazonS3</c> registered in the container, or a client with
    /// the AWS SDK's defaults when there is none.</summary>
    public IList<LookupTableDefinition> Lookups { get; } = [];
}
