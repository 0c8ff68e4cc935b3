using Panther.Sinks;

namespace Panther.Pipelines.Hosting;

/// <summary>A sink added with <c>AddLakeSink</c>: the maker that <see cref="LakePipeline"/> calls at the start of each
/// run.</summary>
/// <param name="Create">Makes the sink for one run.</param>
public sealed record LakeSinkRegistration(Func<IServiceProvider, ILakeSink> Create);
