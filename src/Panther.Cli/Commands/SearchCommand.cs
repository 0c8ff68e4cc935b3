using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DuckDB.NET.Data;
using Panther.Sinks.Layout;
using Panther.Sinks.Query;
using Panther.Sinks.Search;

namespace Panther.Cli.Commands;

/// <summary>
/// <c>panther search --lake DIR [--from TIME] [--to TIME] [--events] INDICATOR...</c>: finds indicators (IPs,
/// domains, hashes, ARNs, account ids, emails, user names, ...) in every log table of a local lake at once and
/// prints, per indicator and table, the event count and the first and last time seen; with <c>--events</c>, the
/// matching events. <c>--print-sql --target athena|snowflake|duckdb</c> prints the same search as SQL with its
/// parameter values beside it instead of running it.
/// </summary>
internal static class SearchCommand
{
    private static readonly JsonSerializerOptions ParameterJson = new()
    {
        Encoder = JavaScriptEncoder.Default,
    };

    public static Command Create(CliConsole console)
    {
        var lake = new Option<DirectoryInfo>("--lake")
        {
            Description = "The lake's root folder. Required unless --print-sql is given.",
            HelpName = "DIR",
        };
        var from = new Option<string>("--from")
        {
            Description = "Only events at or after this time: 2026-12-03, 2026-12-03T15:00:00Z, or an age (24h, 7d).",
            HelpName = "TIME",
        };
        var to = new Option<string>("--to")
        {
            Description = "Only events before this time, written as for --from.",
            HelpName = "TIME",
        };
        var events = new Option<bool>("--events")
        {
            Description = "Also list the matching events (table, time, log type, row id), newest first.",
        };
        var limit = new Option<int>("--limit")
        {
            Description = "The most events listed per indicator with --events. Default 100.",
            HelpName = "N",
            DefaultValueFactory = _ => 100,
        };
        var format = new Option<QueryOutputFormat>("--format")
        {
            Description = "How rows are printed: table (default), csv or json (one object per line).",
            DefaultValueFactory = _ => QueryOutputFormat.Table,
        };
        var printSql = new Option<bool>("--print-sql")
        {
            Description = "Print the search as SQL for --target instead of running it; values are parameters.",
        };
        var target = new Option<string>("--target")
        {
            Description = "The engine of --print-sql: athena (default), snowflake or duckdb.",
            HelpName = "ENGINE",
            DefaultValueFactory = _ => "athena",
        };
        target.AcceptOnlyFromAmong("athena", "snowflake", "duckdb");
        var prefix = new Option<string>("--database-prefix")
        {
            Description = "For Athena, the prefix of the Glue databases (panther gives panther_logs). Default panther.",
            HelpName = "PREFIX",
            DefaultValueFactory = _ => "panther",
        };
        var schemas = SchemaOption.Create();
        var indicators = new Argument<string[]>("INDICATOR")
        {
            Description = "Values to find, e.g. 203.0.113.7, evil.example.com, user:alice; the kind is detected "
                + "unless given as KIND:VALUE (ip, domain, md5, sha1, sha256, account, arn, email, user, ...).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("search", "Find indicators in every log table of the lake.")
        {
            lake,
            from,
            to,
            events,
            limit,
            format,
            printSql,
            target,
            prefix,
            schemas,
            indicators,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var request = new Request(console, result.GetValue(format));
            var parsed = await request.ParseAsync(result.GetValue(indicators)!, result.GetValue(from),
                result.GetValue(to)).ConfigureAwait(false);
            if (parsed is not var (found, range))
            {
                return ExitCodes.Usage;
            }

            var root = result.GetValue(lake);
            if (result.GetValue(printSql))
            {
                var eventLimit = result.GetValue(events) ? Math.Max(1, result.GetValue(limit)) : 0;
                return await PrintSqlAsync(console, found, range, root, result.GetValue(target)!,
                    result.GetValue(prefix) ?? "", result.GetValue(schemas) ?? [], eventLimit).ConfigureAwait(false);
            }

            if (root is null || !root.Exists)
            {
                await console.Error.WriteLineAsync(root is null
                    ? "panther: --lake is required unless --print-sql is given."
                    : MissingLake.Message(root.FullName)).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (result.GetValue(limit) < 1)
            {
                await console.Error.WriteLineAsync("panther: --limit must be at least 1.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            return await request.RunAsync(new LakeLayout(root.FullName), found, range,
                result.GetValue(events) ? result.GetValue(limit) : 0, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> PrintSqlAsync(CliConsole console, IReadOnlyList<Indicator> indicators,
        SearchRange? range, DirectoryInfo? root, string target, string prefix, IReadOnlyList<string> schemaPaths,
        int eventLimit)
    {
        IReadOnlyList<string> tables;
        if (root is not null)
        {
            using var query = new LakeQuery(new LakeLayout(root.FullName));
            tables = query.Tables;
        }
        else
        {
            var registry = await SchemaOption.CreateRegistryAsync(schemaPaths, console.Error).ConfigureAwait(false);
            if (registry is null)
            {
                return ExitCodes.Usage;
            }

            tables = [.. registry.Schemas.Select(s => s.TableName).Distinct(StringComparer.Ordinal).Order()];
        }

        if (tables.Count == 0)
        {
            await console.Error.WriteLineAsync("panther: the lake has no log tables to search.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var dialect = target switch
        {
            "snowflake" => SearchDialect.Snowflake,
            "duckdb" => SearchDialect.DuckDb,
            _ => SearchDialect.Athena,
        };
        var text = new StringBuilder();
        try
        {
            foreach (var indicator in indicators)
            {
                var statements = eventLimit > 0
                    ? [IndicatorSql.Summary(indicator, tables, range, dialect, prefix),
                        IndicatorSql.Events(indicator, tables, range, eventLimit, dialect, prefix)]
                    : new[] { IndicatorSql.Summary(indicator, tables, range, dialect, prefix) };
                foreach (var statement in statements)
                {
                    text.Append("-- ").Append(indicator.Kind.Name).Append(' ')
                        .AppendLine(JsonSerializer.Serialize(indicator.Value, ParameterJson));
                    text.Append("-- parameters, in order: ")
                        .AppendLine(JsonSerializer.Serialize(statement.Parameters, ParameterJson));
                    text.AppendLine(statement.Sql).AppendLine(";");
                }
            }
        }
        catch (ArgumentException ex)
        {
            await console.Error.WriteLineAsync($"panther: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        await console.Out.WriteAsync(Encoding.UTF8.GetBytes(text.ToString())).ConfigureAwait(false);
        await console.Out.FlushAsync().ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>The parts of one search that need the console and the output format.</summary>
    private sealed class Request(CliConsole console, QueryOutputFormat format)
    {
        public async Task<(IReadOnlyList<Indicator>, SearchRange?)?> ParseAsync(string[] texts, string? from,
            string? to)
        {
            var indicators = new List<Indicator>();
            var valid = true;
            foreach (var text in texts)
            {
                if (Indicator.TryParse(text, out var indicator, out var error))
                {
                    indicators.Add(indicator!);
                }
                else
                {
                    await console.Error.WriteLineAsync($"panther: {error}.").ConfigureAwait(false);
                    valid = false;
                }
            }

            var now = DateTimeOffset.UtcNow;
            var start = await TimeAsync("--from", from, now).ConfigureAwait(false);
            var end = await TimeAsync("--to", to, now).ConfigureAwait(false);
            valid &= start.Valid && end.Valid;
            if (valid && start.Time >= end.Time)
            {
                await console.Error.WriteLineAsync("panther: --from must be before --to.").ConfigureAwait(false);
                valid = false;
            }

            if (!valid)
            {
                return null;
            }

            return (indicators, start.Time is null && end.Time is null ? null : new SearchRange(start.Time, end.Time));
        }

        public async Task<int> RunAsync(LakeLayout layout, IReadOnlyList<Indicator> indicators, SearchRange? range,
            int eventLimit, CancellationToken cancellationToken)
        {
            var text = new StringBuilder();
            try
            {
                using var query = new LakeQuery(layout);
                var search = new IndicatorSearch(query);
                var matches = search.Summarize(indicators, range);
                text.Append(QueryOutput.Render(
                    ["indicator", "kind", "table", "events", "first_seen", "last_seen"],
                    [.. indicators.SelectMany(indicator => Rows(indicator, matches))],
                    format));
                if (eventLimit > 0)
                {
                    foreach (var indicator in indicators)
                    {
                        var rows = search.FindEvents(indicator, range, eventLimit);
                        if (format == QueryOutputFormat.Table)
                        {
                            text.AppendLine().Append("events holding ").Append(indicator.Text).AppendLine(":");
                        }

                        text.Append(QueryOutput.Render(
                            ["indicator", .. rows.Columns.Select(c => c.Name)],
                            [.. rows.Rows.Select(r => (object?[])[indicator.Text,
                                .. Enumerable.Range(0, r.Count).Select(i => r[i])])],
                            format));
                    }
                }
            }
            catch (DuckDBException ex)
            {
                await console.Error.WriteLineAsync($"panther: search failed: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            await console.Out.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), cancellationToken)
                .ConfigureAwait(false);
            await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        private static IEnumerable<object?[]> Rows(Indicator indicator, IReadOnlyList<IndicatorMatch> matches)
        {
            var found = matches.Where(m => ReferenceEquals(m.Indicator, indicator)).ToList();
            if (found.Count == 0)
            {
                return [[indicator.Text, indicator.Kind.Name, null, 0L, null, null]];
            }

            return found.Select(m => new object?[]
            {
                indicator.Text, indicator.Kind.Name, m.Table, m.Events, m.FirstSeen, m.LastSeen,
            });
        }

        private async Task<(bool Valid, DateTimeOffset? Time)> TimeAsync(string option, string? text,
            DateTimeOffset now)
        {
            if (text is null)
            {
                return (true, null);
            }

            if (SearchTime.TryParse(text, now, out var time))
            {
                return (true, time);
            }

            await console.Error.WriteLineAsync(
                $"panther: {option} '{text}' is not a time: give 2026-12-03, 2026-12-03T15:00:00Z, or an age such "
                + "as 24h or 7d.").ConfigureAwait(false);
            return (false, null);
        }
    }
}
