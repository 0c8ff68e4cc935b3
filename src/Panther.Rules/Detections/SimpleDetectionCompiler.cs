using Panther.Rules.Runtimes;
using Panther.Rules.Specs;

namespace Panther.Rules.Detections;

/// <summary>
/// Compiles Panther simple detections (the <c>Detection</c> key of a rule spec) and <c>InlineFilters</c> into
/// native rules. Compile once when rules load; the compiled <see cref="IRule.Matches"/> does not allocate.
/// </summary>
/// <remarks>
/// The spec's <c>AlertTitle</c>, <c>GroupBy</c>, <c>DynamicSeverities</c> and <c>AlertContext</c> keys (found in
/// <see cref="RuleSpec.Extra"/>) become the rule's title, dedup, severity and alert context. See
/// <c>docs/rules-simple-detections.md</c> for the syntax and the semantics of missing keys, numbers and case.
/// </remarks>
public static class SimpleDetectionCompiler
{
    /// <summary>Compiles a spec's <c>Detection</c> and its alert keys.</summary>
    /// <param name="spec">The spec; <see cref="RuleSpec.Detection"/> must be set.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="RuleLoadException">
    /// The detection is missing or invalid; the message names the spec file and the place, such as
    /// <c>Detection[2].Condition</c>.
    /// </exception>
    public static IRule Compile(RuleSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var source = spec.SourcePath ?? spec.Id;
        var reader = new ExpressionReader(source);
        if (spec.Detection is null)
        {
            throw reader.Error("Detection", $"rule {spec.Id} has no Detection.");
        }

        return new SimpleDetectionRule(reader.ReadList(spec.Detection, "Detection"))
        {
            TitleTemplate = ReadTitle(spec, reader),
            GroupBy = ReadGroupBy(spec, reader),
            Severities = ReadSeverities(spec, reader),
            Context = ReadContext(spec, reader),
        };
    }

    /// <summary>Compiles <c>InlineFilters</c>: match expressions that must all hold before the body runs.</summary>
    /// <param name="inlineFilters">The filters as plain values (<see cref="RuleSpec.InlineFilters"/>).</param>
    /// <param name="sourceName">The spec file, named in errors.</param>
    /// <returns>The filter, or <see langword="null"/> when there are no filters.</returns>
    /// <exception cref="RuleLoadException">A filter is invalid; the message names the file and the place.</exception>
    public static IRule? CompileFilter(object? inlineFilters, string sourceName)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        if (inlineFilters is null or List<object?> { Count: 0 })
        {
            return null;
        }

        return new SimpleDetectionRule(new ExpressionReader(sourceName).ReadList(inlineFilters, "InlineFilters"));
    }

    private static AlertTitleTemplate? ReadTitle(RuleSpec spec, ExpressionReader reader)
    {
        switch (spec.Extra.GetValueOrDefault("AlertTitle"))
        {
            case null:
                return null;
            case string text:
                try
                {
                    return AlertTitleTemplate.Parse(text);
                }
                catch (FormatException ex)
                {
                    throw reader.Error("AlertTitle", ex.Message);
                }

            default:
                throw reader.Error("AlertTitle", "must be text.");
        }
    }

    private static EventPath[] ReadGroupBy(RuleSpec spec, ExpressionReader reader)
    {
        var items = Items(spec, reader, "GroupBy");
        var paths = new EventPath[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            paths[i] = reader.ReadKeySpecifier(items[i], $"GroupBy[{i}]");
        }

        return paths;
    }

    private static (Severity, DetectionNode)[] ReadSeverities(RuleSpec spec, ExpressionReader reader)
    {
        var items = Items(spec, reader, "DynamicSeverities");
        var severities = new (Severity, DetectionNode)[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var where = $"DynamicSeverities[{i}]";
            if (items[i] is not Dictionary<string, object?> map)
            {
                throw reader.Error(where, "expected a mapping with ChangeTo and Conditions.");
            }

            foreach (var key in map.Keys)
            {
                if (key is not ("ChangeTo" or "Conditions"))
                {
                    throw reader.Error($"{where}.{key}", "unknown key; expected ChangeTo and Conditions.");
                }
            }

            if (map.GetValueOrDefault("ChangeTo") is not string level
                || !SeverityText.TryParse(level, out var severity))
            {
                throw reader.Error($"{where}.ChangeTo", "must be one of INFO, LOW, MEDIUM, HIGH, CRITICAL.");
            }

            severities[i] = (severity, reader.ReadList(map.GetValueOrDefault("Conditions"), $"{where}.Conditions"));
        }

        return severities;
    }

    private static (string, EventPath)[] ReadContext(RuleSpec spec, ExpressionReader reader)
    {
        var items = Items(spec, reader, "AlertContext");
        var context = new (string, EventPath)[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var where = $"AlertContext[{i}]";
            if (items[i] is not Dictionary<string, object?> map)
            {
                throw reader.Error(where, "expected a mapping with KeyName and KeyValue.");
            }

            foreach (var key in map.Keys)
            {
                if (key is not ("KeyName" or "KeyValue"))
                {
                    throw reader.Error($"{where}.{key}", "unknown key; expected KeyName and KeyValue.");
                }
            }

            if (map.GetValueOrDefault("KeyName") is not string { Length: > 0 } name)
            {
                throw reader.Error($"{where}.KeyName", "must be the name of the context entry.");
            }

            context[i] = (name, reader.ReadKeySpecifier(map.GetValueOrDefault("KeyValue"), $"{where}.KeyValue"));
        }

        return context;
    }

    private static List<object?> Items(RuleSpec spec, ExpressionReader reader, string key) =>
        spec.Extra.GetValueOrDefault(key) switch
        {
            null => [],
            List<object?> list => list,
            _ => throw reader.Error(key, "must be a list."),
        };
}
