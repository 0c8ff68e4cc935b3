using System.Text.Json;
using System.Text.Json.Nodes;
using Panther.Rules.Runtimes;

namespace Panther.Rules.Evaluation;

/// <summary>
/// Runs one rule on one event the way Panther does: <c>rule</c> first, then, for a match, the other functions with
/// their fallbacks. Any exception becomes a rule error; nothing is thrown to the caller.
/// </summary>
public static class RuleEvaluator
{
    /// <summary>The longest dedup string and runbook kept, in characters.</summary>
    public const int MaxTextLength = 1000;

    /// <summary>The largest alert context kept, in bytes of JSON; a larger one is replaced by an error note.</summary>
    public const int MaxAlertContextBytes = 200 * 1024;

    /// <summary>Runs a rule on an event.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="evt">The event.</param>
    /// <returns>A result for a match or an error; <see langword="null"/> when the rule does not match.</returns>
    public static RuleResult? Evaluate(RuleDefinition rule, RuleEvent evt)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(evt);
        string function = "rule";
        try
        {
            if (rule.Filter is { } filter)
            {
                function = "InlineFilters";
                if (!filter.Matches(evt))
                {
                    return null;
                }

                function = "rule";
            }

            if (!rule.Body.Matches(evt))
            {
                return null;
            }

            return Describe(rule, evt, ref function);
        }
#pragma warning disable CA1031 // A failing rule must never stop the others; every failure becomes a rule error.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return ErrorResult(rule, function, ex);
        }
    }

    /// <summary>Builds the result of a rule error, titled and grouped like Panther's rule-error alerts.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="function">The function that failed.</param>
    /// <param name="exception">The failure.</param>
    /// <returns>The result.</returns>
    public static RuleResult ErrorResult(RuleDefinition rule, string function, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(exception);
        var type = exception is RuleFunctionException ? "RuleFunctionError" : exception.GetType().Name;
        var error = new RuleError(function, exception.Message, type);
        return new RuleResult
        {
            Rule = rule,
            Error = error,
            Title = $"Rule {rule.Id} failed in {function}: {type}",
            DedupKey = Cut($"{function}:{type}:{exception.Message}"),
            Severity = rule.Spec.Severity,
            Description = rule.Spec.Description,
            Runbook = rule.Spec.Runbook,
            Reference = rule.Spec.Reference,
        };
    }

    private static RuleResult Describe(RuleDefinition rule, RuleEvent evt, ref string function)
    {
        var body = rule.Body;
        var spec = rule.Spec;

        function = "title";
        var title = NonEmpty(body.Title(evt)) ?? NonEmpty(spec.DisplayName) ?? spec.Id;

        function = "dedup";
        var dedup = Cut(NonEmpty(body.Dedup(evt)) ?? title);

        function = "severity";
        var severity = body.Severity(evt) ?? spec.Severity;

        function = "alert_context";
        var context = ContextJson(body.AlertContext(evt));

        function = "description";
        var description = NonEmpty(body.Description(evt)) ?? spec.Description;

        function = "runbook";
        var runbook = NonEmpty(body.Runbook(evt)) ?? spec.Runbook;

        function = "reference";
        var reference = NonEmpty(body.Reference(evt)) ?? spec.Reference;

        function = "destinations";
        var destinations = body.Destinations(evt);

        return new RuleResult
        {
            Rule = rule,
            Title = title,
            DedupKey = dedup,
            Severity = severity,
            AlertContextJson = context,
            Description = description,
            Runbook = runbook is null ? null : Cut(runbook),
            Reference = reference,
            Destinations = destinations,
        };
    }

    private static string? ContextJson(JsonObject? context)
    {
        if (context is null)
        {
            return null;
        }

        var json = context.ToJsonString();
        if (System.Text.Encoding.UTF8.GetByteCount(json) <= MaxAlertContextBytes)
        {
            return json;
        }

        var note = new JsonObject
        {
            ["_error"] = $"alert_context is larger than {MaxAlertContextBytes / 1024} KiB and was dropped",
        };
        return note.ToJsonString(new JsonSerializerOptions());
    }

    private static string? NonEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static string Cut(string text) => text.Length <= MaxTextLength ? text : text[..MaxTextLength];
}
