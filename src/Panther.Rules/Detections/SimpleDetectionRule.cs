using System.Text;
using System.Text.Json.Nodes;
using Panther.Parsing.Events;

namespace Panther.Rules.Detections;

/// <summary>
/// A compiled simple detection: its match expressions and, for matches, the title, group-by keys, dynamic
/// severities and alert context of its spec. Also serves as a compiled <c>InlineFilters</c> list.
/// </summary>
internal sealed class SimpleDetectionRule(DetectionNode body) : IRule
{
    /// <summary>Gets the AlertTitle, or null.</summary>
    public AlertTitleTemplate? TitleTemplate { get; init; }

    /// <summary>Gets the GroupBy keys.</summary>
    public IReadOnlyList<EventPath> GroupBy { get; init; } = [];

    /// <summary>Gets the DynamicSeverities, first match wins.</summary>
    public IReadOnlyList<(Severity Severity, DetectionNode Conditions)> Severities { get; init; } = [];

    /// <summary>Gets the AlertContext entries.</summary>
    public IReadOnlyList<(string Name, EventPath Path)> Context { get; init; } = [];

    public bool Matches(RuleEvent evt) => body.Evaluate(evt, default);

    public string? Title(RuleEvent evt) => TitleTemplate?.Render(evt);

    public string? Dedup(RuleEvent evt)
    {
        if (GroupBy.Count == 0)
        {
            return null;
        }

        var dedup = new StringBuilder();
        for (var i = 0; i < GroupBy.Count; i++)
        {
            if (i > 0)
            {
                dedup.Append(':');
            }

            dedup.Append(GroupBy[i].Find(evt).ToString());
        }

        return dedup.ToString();
    }

    public Severity? Severity(RuleEvent evt)
    {
        foreach (var (severity, conditions) in Severities)
        {
            if (conditions.Evaluate(evt, default))
            {
                return severity;
            }
        }

        return null;
    }

    public JsonObject? AlertContext(RuleEvent evt)
    {
        if (Context.Count == 0)
        {
            return null;
        }

        var context = new JsonObject();
        foreach (var (name, path) in Context)
        {
            context[name] = ToNode(path.Find(evt));
        }

        return context;
    }

    private static JsonNode? ToNode(EventValue value) =>
        value.Exists ? JsonNode.Parse(value.GetRawText()) : null;
}
