using Panther.Rules.Alerts;

namespace Panther.Rules.Tests.Destinations;

/// <summary>Alerts for the destination tests.</summary>
internal static class AlertSamples
{
    public static Alert Create(
        Severity severity = Severity.High,
        AlertType type = AlertType.Rule,
        IReadOnlyList<string>? destinations = null,
        bool suppressed = false,
        string? summaryJson = null) => new()
        {
            Id = "a1b2c3d4e5f6",
            Type = type,
            RuleId = "AWS.Console.RootLogin",
            RuleVersion = "v3",
            Title = "Root login from 203.0.113.9 <script>",
            Severity = severity,
            DedupKey = "203.0.113.9",
            CreationTime = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc),
            UpdateTime = new DateTime(2024, 5, 6, 7, 18, 9, DateTimeKind.Utc),
            EventCount = 3,
            LogTypes = ["AWS.CloudTrail"],
            Tags = ["aws", "root"],
            Reports = new Dictionary<string, IReadOnlyList<string>> { ["MITRE ATT&CK"] = ["TA0004:T1078"] },
            ContextJson = """{"ip":"203.0.113.9","user":{"arn":"arn:aws:iam::123:root"}}""",
            Description = "The root account signed in to the console.",
            Runbook = "Call the account owner.",
            Reference = "https://example.com/root",
            Destinations = destinations ?? [],
            Suppressed = suppressed,
            Error = type == AlertType.RuleError ? "KeyError: 'eventName'" : null,
            SummaryJson = summaryJson,
        };

    /// <summary>A summary of the sample alert's three events.</summary>
    public const string Summary = """
        {"events":3,"first_event_time":"2024-05-06T07:08:09.0000000Z","last_event_time":"2024-05-06T07:18:09.0000000Z",
        "attributes":{"sourceIPAddress":[{"value":"203.0.113.9","count":2},{"value":"198.51.100.4","count":1}],
        "userAgent":[{"value":"curl/8.0 <x>","count":3}]}}
        """;
}
