using System.CommandLine;
using DuckDB.NET.Data;
using Panther.Sinks.Layout;
using Panther.Sinks.Query;

namespace Panther.Cli.Commands;

/// <summary>
/// <c>panther query --lake DIR [--format table|csv|json] SQL</c>: runs SQL over a local lake with the embedded DuckDB
/// engine; every log table is available by name (<c>aws_cloudtrail</c>, <c>suricata_dns</c>, ...).
/// </summary>
internal static class QueryCommand
{
    public static Command Create(CliConsole console)
    {
        var lake = new Option<DirectoryInfo>("--lake")
        {
            Description = "The lake's root folder.",
            HelpName = "DIR",
            Required = true,
        };
        var format = new Option<QueryOutputFormat>("--format")
        {
            Description = "How rows are printed: table (default), csv or json (one object per line).",
            DefaultValueFactory = _ => QueryOutputFormat.Table,
        };
        var sql = new Argument<string>("SQL")
        {
            Description = "The query, e.g. \"SELECT count(*) FROM aws_cloudtrail\".",
        };
        var command = new Command("query", "Run SQL over the data lake with the embedded DuckDB engine.")
        {
            lake,
            format,
            sql,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var root = result.GetValue(lake)!;
            if (!root.Exists)
            {
                await console.Error.WriteLineAsync($"panther: lake folder '{root.FullName}' does not exist.")
                    .ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            LakeQueryResult rows;
            try
            {
                using var query = new LakeQuery(new LakeLayout(root.FullName));
                rows = query.Execute(result.GetValue(sql)!);
            }
            catch (DuckDBException ex)
            {
                await console.Error.WriteLineAsync($"panther: query failed: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var text = QueryOutput.Render(rows, result.GetValue(format));
            await console.Out.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text), cancellationToken)
                .ConfigureAwait(false);
            await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
