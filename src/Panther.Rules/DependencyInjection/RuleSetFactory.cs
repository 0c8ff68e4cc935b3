using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Panther.Rules.Evaluation;
using Panther.Rules.Loading;

namespace Panther.Rules.DependencyInjection;

/// <summary>Builds the <see cref="RuleSet"/> of a host from rules registered in code and rule folders.</summary>
internal static partial class RuleSetFactory
{
    public static RuleSet Create(
        IEnumerable<RuleDefinition> registered, RuleLoader loader, IOptions<RuleEngineOptions> options,
        ILogger logger)
    {
        var rules = registered.ToList();
        foreach (var directory in options.Value.RuleDirectories)
        {
            var loaded = loader.LoadPath(directory);
            rules.AddRange(loaded.Rules);
            foreach (var problem in loaded.Problems)
            {
                LogProblem(logger, problem.Path, problem.Message);
            }

            if (options.Value.FailOnLoadErrors && loaded.Errors.Any())
            {
                throw new InvalidOperationException(
                    $"{directory}: {loaded.Errors.Count()} rule(s) failed to load; "
                    + $"first: {loaded.Errors.First().Message}");
            }

            LogLoaded(logger, loaded.Rules.Count, directory);
        }

        return new RuleSet(rules);
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Rule not loaded from {Path}: {Reason}")]
    private static partial void LogProblem(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Loaded {Count} rules from {Directory}")]
    private static partial void LogLoaded(ILogger logger, int count, string directory);
}
