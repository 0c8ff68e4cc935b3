using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Panther.Rules;
using Panther.Rules.Alerts;
using Panther.Rules.Destinations;
using Panther.Rules.Specs;

namespace Panther.Cli;

/// <summary>
/// Reads the alert destinations of <c>panther run --destinations FILE</c>: a YAML file with a <c>destinations</c>
/// list (<c>id</c>, <c>type</c>, <c>name</c>, <c>severities</c>, <c>alertTypes</c> and the type's settings) and
/// optional <c>delivery</c> retry settings. <c>${NAME}</c> in a value is replaced by the environment variable NAME,
/// so secrets stay out of the file. Errors name the file, the entry and the setting, never a secret's value.
/// </summary>
internal static partial class DestinationsFile
{
    private static readonly HashSet<string> TopKeys = ["destinations", "delivery"];

    private static readonly HashSet<string> DeliveryKeys =
        ["maxRetryAttempts", "attemptTimeoutSeconds", "totalTimeoutSeconds"];

    private static readonly HashSet<string> EntryKeys =
    [
        "id", "type", "name", "severities", "alertTypes", "url", "secret", "routingKey", "apiKey", "region", "baseUrl",
    ];

    /// <summary>Registers the file's destinations; returns warnings about settings that will send nothing.</summary>
    public static List<string> Register(IServiceCollection services, string path)
    {
        var root = ReadYaml(path);
        CheckKeys(root, TopKeys, path, "");
        var delivery = root.GetValueOrDefault("delivery") as Dictionary<string, object?>;
        if (delivery is not null)
        {
            CheckKeys(delivery, DeliveryKeys, path, "delivery.");
        }

        services.AddAlertDestinations(options =>
        {
            options.MaxRetryAttempts = (int)Number(delivery, "maxRetryAttempts", options.MaxRetryAttempts, 0, 20, path);
            options.AttemptTimeout = TimeSpan.FromSeconds(Number(delivery, "attemptTimeoutSeconds",
                options.AttemptTimeout.TotalSeconds, 0.1, 600, path));
            options.TotalTimeout = TimeSpan.FromSeconds(Number(delivery, "totalTimeoutSeconds",
                options.TotalTimeout.TotalSeconds, 0.1, 3600, path));
        });
        if (root.GetValueOrDefault("destinations") is not List<object?> entries)
        {
            throw new InvalidDataException($"{path}: expected a 'destinations' list.");
        }

        var warnings = new List<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i] is not Dictionary<string, object?> entry)
            {
                throw new InvalidDataException($"{path}: destinations[{i}] must be a mapping.");
            }

            CheckKeys(entry, EntryKeys, path, $"destinations[{i}].");
            AddDestination(services, new Entry(path, i, entry));
            if (entry.GetValueOrDefault("severities") is null)
            {
                warnings.Add($"{path}: destinations[{i}] has no severities, so it receives only the alerts of "
                    + "rules that name it in OutputIds or destinations().");
            }
        }

        return warnings;
    }

    private static void CheckKeys(Dictionary<string, object?> map, HashSet<string> known, string path, string where)
    {
        foreach (var key in map.Keys.Where(key => !known.Contains(key)))
        {
            throw new InvalidDataException(
                $"{path}: {where}{key} is not a known setting (known: {string.Join(", ", known)}).");
        }
    }

    private static void AddDestination(IServiceCollection services, Entry entry)
    {
        var id = entry.Required("id");
        var name = entry.Text("name") ?? id;
        switch (entry.Required("type").ToUpperInvariant())
        {
            case "SLACK":
                services.AddSlackDestination(id, name, o => entry.Configure(o, () => o.WebhookUrl = entry.Url("url")));
                break;
            case "TEAMS":
                services.AddTeamsDestination(id, name, o => entry.Configure(o, () => o.WebhookUrl = entry.Url("url")));
                break;
            case "PAGERDUTY":
                services.AddPagerDutyDestination(id, name, o => entry.Configure(o, () =>
                {
                    o.RoutingKey = entry.Required("routingKey");
                    o.BaseUrl = entry.OptionalUrl("baseUrl") ?? o.BaseUrl;
                }));
                break;
            case "OPSGENIE":
                services.AddOpsgenieDestination(id, name, o => entry.Configure(o, () =>
                {
                    o.ApiKey = entry.Required("apiKey");
                    o.Region = string.Equals(entry.Text("region"), "eu", StringComparison.OrdinalIgnoreCase)
                        ? OpsgenieRegion.Eu
                        : OpsgenieRegion.Us;
                    o.BaseUrl = entry.OptionalUrl("baseUrl");
                }));
                break;
            case "WEBHOOK":
                services.AddWebhookDestination(id, name, o => entry.Configure(o, () =>
                {
                    o.Url = entry.Url("url");
                    o.Secret = entry.Required("secret");
                }));
                break;
            default:
                throw entry.Error("type", "must be slack, teams, pagerduty, opsgenie or webhook");
        }
    }

    private static Dictionary<string, object?> ReadYaml(string path)
    {
        object? document;
        try
        {
            document = PlainValues.ParseYaml(File.ReadAllText(path));
        }
        catch (FormatException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }

        return document as Dictionary<string, object?>
            ?? throw new InvalidDataException($"{path}: expected one YAML mapping with a 'destinations' list.");
    }

    private static double Number(Dictionary<string, object?>? map, string key, double fallback, double minimum,
        double maximum, string path)
    {
        var value = map?.GetValueOrDefault(key) switch
        {
            null => fallback,
            long integer => integer,
            double number => number,
            _ => double.NaN,
        };
        return value >= minimum && value <= maximum
            ? value
            : throw new InvalidDataException($"{path}: delivery.{key} must be a number from {minimum} to {maximum}.");
    }

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Variable();

    private sealed class Entry(string path, int index, Dictionary<string, object?> values)
    {
        public string? Text(string key)
        {
            var value = values.GetValueOrDefault(key);
            if (value is null)
            {
                return null;
            }

            var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
            return Variable().Replace(text, match => Environment.GetEnvironmentVariable(match.Groups[1].Value)
                ?? throw Error(key, $"uses ${{{match.Groups[1].Value}}}, which is not set in the environment"));
        }

        public string Required(string key) =>
            Text(key) is { Length: > 0 } text ? text : throw Error(key, "is required");

        public Uri Url(string key) => OptionalUrl(key) ?? throw Error(key, "is required");

        public Uri? OptionalUrl(string key) => Text(key) is not { Length: > 0 } text
            ? null
            : Uri.TryCreate(text, UriKind.Absolute, out var url) ? url : throw Error(key, "is not an absolute URL");

        public void Configure(AlertDestinationOptions options, Action settings)
        {
            foreach (var severity in List("severities"))
            {
                options.DefaultSeverities.Add(SeverityText.TryParse(severity, out var level)
                    ? level
                    : throw Error("severities", $"'{severity}' is not a severity"));
            }

            var types = List("alertTypes");
            if (types.Count > 0)
            {
                options.AlertTypes.Clear();
                foreach (var type in types)
                {
                    options.AlertTypes.Add(type.Replace("_", "", StringComparison.Ordinal).ToUpperInvariant() switch
                    {
                        "RULE" => AlertType.Rule,
                        "RULEERROR" => AlertType.RuleError,
                        _ => throw Error("alertTypes", $"'{type}' is not rule or rule_error"),
                    });
                }
            }

            settings();
        }

        public InvalidDataException Error(string key, string problem) =>
            new($"{path}: destinations[{index}].{key} {problem}.");

        private List<string> List(string key) => values.GetValueOrDefault(key) switch
        {
            null => [],
            List<object?> list => list.Select(item => Convert.ToString(item, CultureInfo.InvariantCulture) ?? "")
                .ToList(),
            var single => [Convert.ToString(single, CultureInfo.InvariantCulture) ?? ""],
        };
    }
}
