using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;
using Panther.Rules;
using Panther.Rules.Destinations;
using Panther.Sinks.Layout;
using Panther.Sinks.Query;

namespace Panther.Cli.Commands;

/// <summary>
/// <c>panther alerts --lake DIR [--rule ID] [--severity MIN] [--limit N] [--format table|csv|json]</c>: lists the
/// latest state of each alert in the lake, most recently updated first, with the summary of its events.
/// </summary>
internal static class AlertsCommand
{
    private static readonly string[] Columns =
    [
        "alert_id", "severity", "rule_id", "title", "event_count", "raised", "creation_time", "update_time", "summary",
    ];

    public static Command Create(CliConsole console)
    {
        var lake = new Option<DirectoryInfo>("--lake")
        {
            Description = "The lake's root folder.",
            HelpName = "DIR",
            Required = true,
        };
        var rule = new Option<string>("--rule")
        {
            Description = "Only alerts of this rule id.",
            HelpName = "ID",
        };
        var severity = new Option<string>("--severity")
        {
            Description = "Only alerts of this severity or higher: info, low, medium, high or critical.",
            HelpName = "MIN",
        };
        var limit = new Option<int>("--limit")
        {
            Description = "The most alerts listed. Default 100.",
            HelpName = "N",
            DefaultValueFactory = _ => 100,
        };
        var format = new Option<QueryOutputFormat>("--format")
        {
            Description = "How alerts are printed: table (default), csv or json (one object per line).",
            DefaultValueFactory = _ => QueryOutputFormat.Table,
        };
        var command = new Command("alerts", "List the lake's alerts with the summary of their events.")
        {
            lake,
            rule,
            severity,
            limit,
            format,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var root = result.GetValue(lake)!;
            var minimum = Severity.Info;
            var error = !root.Exists ? $"lake folder '{root.FullName}' does not exist."
                : result.GetValue(limit) < 1 ? "--limit must be at least 1."
                : result.GetValue(severity) is { } text && !SeverityText.TryParse(text, out minimum)
                    ? $"--severity '{text}' is not one of info, low, medium, high, critical."
                    : null;
            if (error is not null)
            {
                await console.Error.WriteLineAsync($"panther: {error}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var selected = result.GetValue(format);
            string output;
            try
            {
                using var query = new LakeQuery(new LakeLayout(root.FullName));
                var rows = query.HasAlerts
                    ? Read(query, result.GetValue(rule), minimum, result.GetValue(limit), selected)
                    : [];
                output = QueryOutput.Render(Columns, rows, selected);
            }
            catch (DuckDBException ex)
            {
                await console.Error.WriteLineAsync($"panther: reading alerts failed: {ex.Message}")
                    .ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            await console.Out.WriteAsync(Encoding.UTF8.GetBytes(output), cancellationToken).ConfigureAwait(false);
            await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static List<object?[]> Read(LakeQuery query, string? rule, Severity minimum, int limit,
        QueryOutputFormat format)
    {
        var parameters = new List<object?>();
        var severities = Enum.GetValues<Severity>().Where(s => s >= minimum)
            .Select(s =>
            {
                parameters.Add(SeverityText.ToUpperName(s));
                return "$" + parameters.Count.ToString(CultureInfo.InvariantCulture);
            })
            .ToList();
        var sql = new StringBuilder($"SELECT {string.Join(", ", Columns)} FROM {LakeQuery.AlertsView} ")
            .Append("WHERE severity IN (").AppendJoin(", ", severities).Append(')');
        if (rule is not null)
        {
            parameters.Add(rule);
            sql.Append(" AND rule_id = $").Append(parameters.Count.ToString(CultureInfo.InvariantCulture));
        }

        sql.Append(" ORDER BY update_time DESC, alert_id LIMIT ").Append(limit.ToString(CultureInfo.InvariantCulture));
        var summary = Array.IndexOf(Columns, "summary");
        return [.. query.Execute(sql.ToString(), parameters).Rows.Select(row =>
        {
            var values = Enumerable.Range(0, row.Count).Select(i => row[i]).ToArray();
            values[summary] = Summary(values[summary] as string, format);
            return values;
        })];
    }

    /// <summary>Shows a summary as text lines in a table or CSV, and as the JSON object it is in JSON output.
    /// </summary>
    private static object? Summary(string? json, QueryOutputFormat format)
    {
        if (json is null)
        {
            return null;
        }

        if (format == QueryOutputFormat.Json)
        {
            try
            {
                return JsonSerializer.Deserialize<JsonElement>(json);
            }
            catch (JsonException)
            {
                return json;
            }
        }

        return AlertSummaryText.Format(json)?.Replace("\n", "; ", StringComparison.Ordinal);
    }
}
